"""Framing sections of the HTML report: a card per outlet, then naming, reuse and facts that disagree."""

from __future__ import annotations

from typing import Callable

from framediff.aligning.claims import Alignment
from framediff.frame import Framing
from framediff.frame.findings import NO_SPEAKER
from framediff.render.keys import outlet_keys
from framediff.render.wording import (JUDGING_KINDS, QUOTED_APART, REUSE_HEADING, UNQUOTED_END, distinctive_line,
                                      fact_evidence, judging_words, none_found, not_run_note, quoted_apart_line, tone_words_line,
                                      reuse_words, unquoted_by, unquoted_note)


def framing_html(framing: Framing, alignment: Alignment, esc: Callable[[str], str], keys: dict[str, str] | None = None,
                 link_claims: bool = True) -> str:
    keys = keys or outlet_keys(alignment.articles)
    labels = {a.id: esc(a.label) for a in alignment.articles}

    def named(article_id: str) -> str:
        return f'<span class="key">{keys[article_id]}</span> <span class="lbl">{labels[article_id]}</span>'

    h = ['<div class="members">']
    for article in alignment.articles:
        f = framing.outlets[article.id]
        speakers: dict[str, int] = {}
        for q in (q for q in f.quotes if q.kind == "speech"):
            speakers[q.speaker or NO_SPEAKER] = speakers.get(q.speaker or NO_SPEAKER, 0) + 1
        h.append(f'<article class="member outlet of-{keys[article.id]}"><header>{named(article.id)}</header><ul class="plain small">')
        if f.not_run:
            h.append(f"<li><i>{esc(not_run_note(f.not_run, f.language))}</i></li></ul></article>")
            continue
        h.append("<li><b>distinctive:</b> " + esc(distinctive_line([t for t, _ in f.distinctive_terms], f.distinctive_compared)) + "</li>")
        for kind, name in JUDGING_KINDS:
            h.append(f"<li><b>{name}:</b> " + (", ".join(esc(w) for w in judging_words(f.evaluative_terms, kind)) or "—") + "</li>")
        if f.tone is not None:
            others = f" (others on the same claims {f.tone_others:+.2f})" if f.tone_others is not None else ""
            h.append(f"<li><b>tone on shared claims:</b> {f.tone:+.2f}{others}</li>")
            h.append(f"<li><b>tone read from:</b> {esc(tone_words_line(f.tone_words))}</li>")
        h.append("<li><b>who speaks:</b> " + (", ".join(f"{esc(s)} ({n})" for s, n in speakers.items()) or "no direct quotes") + "</li>")
        h.append("</ul></article>")
    h.append("</div>")
    if framing.naming:
        h.append("<h3>Naming: the same thing, different words</h3><ul class=\"plain\">")
        for n in framing.naming[:20]:
            variants = " · ".join(f"{named(a.id)}: {esc(' / '.join(n.variants[a.id]))}" for a in alignment.articles if a.id in n.variants)
            h.append("<li>" + variants + "</li>")
        h.append("</ul>")
    if framing.reuse:
        h.append(f"<h3>{REUSE_HEADING}</h3>"
                 "<ul class=\"plain\">")
        for r in framing.reuse[:20]:
            if r.passages or r.shared_quotations:
                before, after, tail = reuse_words(r)
                h.append(f"<li>{named(r.article)} {before} {named(r.source)}{after}{tail}</li>")
            for writer, quoting, passages in unquoted_by(r.unquoted, r.article, r.source):
                h.append(f"<li>{named(writer)} {unquoted_note(passages)} {named(quoting)} {UNQUOTED_END}</li>")
        h.append("</ul>")
    if framing.disagreements:
        numbers = {c.id: n for n, c in enumerate(alignment.claims, 1)}
        h.append("<h3>Facts that disagree on the same claim</h3><ul class=\"plain\">")
        for d in framing.disagreements:
            claim = f'<a href="#claim-{numbers[d.claim]}">claim {numbers[d.claim]}</a>' if link_claims else f"claim {numbers[d.claim]}"
            h.append(f"<li>{claim} ({esc(d.kind)}): "
                     + "; ".join(f"{named(a)}: {esc(fact_evidence(v, d.evidence.get(a, ())))}" for a, v in d.values.items()) + "</li>")
        h.append("</ul>")
    if framing.quoted_apart:
        h.append(f"<h3>{QUOTED_APART}</h3><ul class=\"plain\">")
        for apart in framing.quoted_apart:
            given = [(named(a), said, at) for a, (said, at) in apart.speakers.items()]
            h.append(f"<li>{quoted_apart_line(apart.words[0], given, esc)}</li>")
        h.append("</ul>")
    if (nothing := none_found(framing, alignment)) is not None:
        h.append(f'<p class="small">{esc(nothing)}.</p>')
    return "\n".join(h)

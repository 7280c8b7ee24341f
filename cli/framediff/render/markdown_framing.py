"""Framing sections of the Markdown report."""

from __future__ import annotations

from typing import Callable

from framediff.aligning.claims import Alignment
from framediff.frame import Framing
from framediff.frame.findings import NO_SPEAKER
from framediff.render.keys import outlet_keys
from framediff.render.wording import (JUDGING_KINDS, QUOTED_APART, REUSE_HEADING, UNQUOTED_END, distinctive_line,
                                      fact_evidence, judging_words, none_found, not_run_note, quoted_apart_line, tone_words_line,
                                      reuse_words, unquoted_by, unquoted_note)


def framing_markdown(framing: Framing, alignment: Alignment, escape: Callable[[str], str], keys: dict[str, str] | None = None,
                     heading: str = "## Framing") -> list[str]:
    keys = keys or outlet_keys(alignment.articles)
    labels = {a.id: f"{keys[a.id]} {escape(a.label)}" for a in alignment.articles}
    out = [heading, ""]
    for article in alignment.articles:
        f = framing.outlets[article.id]
        out += [f"### {labels[article.id]}", ""]
        if f.not_run:
            out += [f"- _{escape(not_run_note(f.not_run, f.language))}_", ""]
            continue
        out.append("- distinctive: " + escape(distinctive_line([t for t, _ in f.distinctive_terms], f.distinctive_compared)))
        for kind, name in JUDGING_KINDS:
            out.append(f"- {name}: " + (", ".join(escape(w) for w in judging_words(f.evaluative_terms, kind)) or "—"))
        if f.tone is not None:
            others = f" (others on the same claims {f.tone_others:+.2f})" if f.tone_others is not None else ""
            out.append(f"- tone on shared claims: {f.tone:+.2f}{others}")
            out.append("- tone read from: " + escape(tone_words_line(f.tone_words)))
        for q in (q for q in f.quotes if q.kind == "speech"):
            verb = " " + escape(q.verb) if q.verb else ""
            out.append(f"- quote #{q.sentence} — {escape(q.speaker or NO_SPEAKER)}{verb}: “{escape(q.text)}”")
        out.append("")
    if framing.naming:
        out += ["### Naming: the same thing, different words", ""]
        for n in framing.naming[:20]:
            out.append("- " + " · ".join(f"{labels[a.id]}: {escape(' / '.join(n.variants[a.id]))}"
                                         for a in alignment.articles if a.id in n.variants))
        out.append("")
    if framing.reuse:
        out += [f"### {REUSE_HEADING}", ""]
        for r in framing.reuse[:20]:
            if r.passages or r.shared_quotations:
                before, after, tail = reuse_words(r)
                out.append(f"- {labels[r.article]} {before} {labels[r.source]}{after}{tail}")
            for writer, quoting, passages in unquoted_by(r.unquoted, r.article, r.source):
                out.append(f"- {labels[writer]} {unquoted_note(passages)} {labels[quoting]} {UNQUOTED_END}")
        out.append("")
    if framing.disagreements:
        out += ["### Facts that disagree", ""]
        for d in framing.disagreements:
            number = next(n for n, c in enumerate(alignment.claims, 1) if c.id == d.claim)
            out.append(f"- claim {number} ({d.kind}): "
                       + "; ".join(f"{labels[a]}: {escape(fact_evidence(v, d.evidence.get(a, ())))}" for a, v in d.values.items()))
        out.append("")
    if framing.quoted_apart:
        out += [f"### {QUOTED_APART}", ""]
        for apart in framing.quoted_apart:
            given = [(labels[a], said, at) for a, (said, at) in apart.speakers.items()]
            out.append("- " + quoted_apart_line(apart.words[0], given, escape))
        out.append("")
    if (nothing := none_found(framing, alignment)) is not None:
        out += [f"_{escape(nothing)}._", ""]
    return out

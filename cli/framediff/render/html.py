"""One self-contained HTML file a journalist can send: inline CSS, no script, no external asset, article text escaped.

Layout: a header naming the story and its outlets, a table of contents, then
folding sections (outlets, headlines, claims, coverage, only here / left out,
framing) and a footer that says how the page was made. Each claim's sentences
sit in a grid that wraps on wide screens and stacks on narrow ones; the
coverage heat map links every cell to that outlet's sentence; radio buttons
(CSS alone, no JavaScript) show one outlet's view.

Word diffs keep each outlet's text exact: with deletions hidden (the toggle at
the top) every sentence reads as the outlet wrote it, and with them shown no
deleted word is glued to its neighbour (the separating space sits inside the
``<del>``, so hiding it takes the space along).
"""

from __future__ import annotations

import datetime

from framediff.comparing.comparison import (DIFFERENTLY, NO_HEADLINE, REFERENCE_RULE, UNCLEAR, ClaimDiff, Comparison,
                                             MemberDiff, headline_diffs, story_languages, verdict, without_headline)
from framediff.reading.languages import describe, is_english
from framediff.comparing.pieces import diff_pieces
from framediff.comparing.word_diff import DiffOp
from framediff.render.html_page import esc, footer, head
from framediff.render.keys import against_label, outlet_keys
from framediff.render.wording import (ALONE_LEGEND, CUT_OFFS, LEAVES_OUT_LEGEND, ONLY_HERE_LEGEND, ONLY_HERE_NOTE, ONLY_QUOTED,
                                      UNCLEAR_LEGEND, alone_head, cannot_tell, counted, lacking_headings, leaves_out, shares_none,
                                      two_events, unclear_note)


def diff_html(ops: tuple[DiffOp, ...] | list[DiffOp], paraphrase: bool = False) -> str:
    """One sentence's diff as HTML, from the comparison's word-diff pieces: the outlet's words exactly, ``<ins>`` for what
    it adds, ``<del>`` for the reference's words it lacks, a change of case or spelling as ``<span class="minor">``.

    Each piece carries the white space its own side has, so hiding every ``<del>`` leaves the outlet's sentence as
    written. A word replaced by a word gets a space inside its ``<del>`` ("<del>Tuesday </del><ins>Monday</ins>"):
    shown, the two never run together; hidden, the space goes with it. A paraphrase shows the outlet's own words,
    with those it shares with the reference marked.
    """
    out: list[str] = []
    for piece in diff_pieces(ops):
        if not piece.changed:
            _add(out, piece.b, ("span", ' class="same"') if paraphrase else None)
        elif paraphrase:
            _add(out, piece.b, None)
        elif piece.minor:
            _add(out, piece.b, ("span", ' class="minor"'))
        else:
            if piece.a:
                gap = " " if piece.b[:1].isalnum() and piece.a[-1:].isalnum() else ""
                out.append(f"<del>{esc(piece.a)}{gap}</del>")
            _add(out, piece.b, ("ins", ""))
    return "".join(out).strip()


def _add(out: list[str], text: str, tag: tuple[str, str] | None) -> None:
    """The outlet's ``text``, in ``tag`` if one is given with its edge spaces outside it; a space never doubled."""
    if out and out[-1].endswith(" ") and text[:1] == " ":
        text = text[1:]
    core = text.strip()
    if not core or tag is None:
        if text:
            out.append(esc(text))
        return
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    out.append(f"{esc(lead)}<{tag[0]}{tag[1]}>{esc(core)}</{tag[0]}>{esc(trail)}")


def render_html(comparison: Comparison, *, title: str = "framediff compare", generated: datetime.datetime | None = None) -> str:
    al = comparison.alignment
    keys = outlet_keys(al.articles)
    labels = {a.id: esc(a.label) for a in al.articles}
    story = (comparison.headline_reference.sentences[0].text if comparison.headline_reference
             else (al.articles[0].title or al.articles[0].label))
    names = ", ".join(a.label for a in al.articles)
    h = head(f"{story} — {title}: {names}", _view_css(comparison, keys))
    h += _views(comparison, keys)
    h.append('<input type="checkbox" id="hide-deleted" class="view">')
    h.append('<div class="toggles"><label for="hide-deleted">☐ Hide left-out words: read each outlet exactly as it wrote</label></div>')
    h.append("<main>")
    h.append('<header><p class="eyebrow">' + esc(title) + "</p>")
    h.append(f"<h1>{esc(story)}</h1>")
    h.append(f'<p class="muted">{counted(len(al.articles), "outlet")}: {", ".join(labels[a.id] for a in al.articles)}. '
             f"{counted(len(comparison.shared_claims), 'claim')} shared by two or more, {counted(len(al.claims), 'claim')} in all.</p>")
    h.append('<p class="legend small"><span><ins>added</ins> by the outlet</span><span><del>left out</del> of the reference</span>'
             '<span><span class="minor">spelling or case</span></span><span><span class="same">shared words</span> of a paraphrase</span>'
             '<span>the reference sentence is framed</span></p>')
    h.append(f'<p class="small muted">{esc(REFERENCE_RULE[0].upper() + REFERENCE_RULE[1:])}.</p>')
    if comparison.focus is not None:
        h.append(f'<p>The view of <span class="key">{keys[comparison.focus]}</span> <b>{labels[comparison.focus]}</b>: '
                 'the claims it carries '
                 "(with every outlet's sentence for them), what it alone carries and what it lacks.</p>")
    h.append("</header>")
    h += _contents(comparison)
    h += _outlets(comparison, keys, labels)
    h += _headlines(comparison, keys, labels)
    h += _claims(comparison, keys, labels)
    h += _coverage(comparison, keys, labels)
    h += _only_here(comparison, keys, labels)
    if comparison.framing is not None:
        from framediff.render.html_framing import framing_html

        h.append('<details class="section" id="framing" open><summary><h2>Framing</h2></summary>')
        h.append(framing_html(comparison.framing, al, esc, keys))
        h.append("</details>")
    h.append("</main>")
    h += _footer(comparison, labels, generated)
    h.append("</body></html>")
    return "\n".join(h) + "\n"


def render_framing_html(comparison: Comparison, *, generated: datetime.datetime | None = None) -> str:
    """The page of `framediff framing`: the framing section alone, with the same header, styles and footer."""
    from framediff.render.html_framing import framing_html

    al = comparison.alignment
    keys = outlet_keys(al.articles)
    labels = {a.id: esc(a.label) for a in al.articles}
    story = (comparison.headline_reference.sentences[0].text if comparison.headline_reference
             else (al.articles[0].title or al.articles[0].label))
    h = head(f"{story} — framediff framing")
    h += ["<main>",
         f'<header><p class="eyebrow">framediff framing</p><h1>{esc(story)}</h1>'
         f'<p class="muted">{counted(len(al.articles), "outlet")}: {", ".join(labels[a.id] for a in al.articles)}.</p></header>',
         framing_html(comparison.framing, al, esc, keys, link_claims=False), "</main>"]
    h += _footer(comparison, labels, generated)
    h.append("</body></html>")
    return "\n".join(h) + "\n"


def _views(comparison: Comparison, keys: dict[str, str]) -> list[str]:
    """Radio buttons (CSS alone) that show every outlet, or one outlet's view."""
    out = ['<input type="radio" name="view" id="view-all" class="view" checked>']
    out += [f'<input type="radio" name="view" id="view-{keys[a.id]}" class="view">' for a in comparison.alignment.articles]
    out.append('<nav class="views" aria-label="Show one outlet"><span class="small muted">Show:</span>'
               '<label for="view-all">all outlets</label>')
    out += [f'<label for="view-{keys[a.id]}"><span class="key">{keys[a.id]}</span> {esc(a.label)}</label>'
            for a in comparison.alignment.articles]
    out.append("</nav>")
    return out


def _view_css(comparison: Comparison, keys: dict[str, str]) -> str:
    """For each outlet: its claims only, its block of only-here and left-out claims only, its sentences marked."""
    rules = []
    for a in comparison.alignment.articles:
        k = keys[a.id]
        rules.append(f"#view-{k}:checked~main .claim:not(.in-{k}),#view-{k}:checked~main .outlet:not(.of-{k}),"
                     f"#view-{k}:checked~main .heat tr.row:not(.in-{k}){{display:none}}"
                     f"#view-{k}:checked~main .member.of-{k}{{border-color:var(--eval);border-width:2px}}"
                     f'#view-{k}:checked~nav.views label[for="view-{k}"]{{background:var(--accent);color:var(--bg)}}')
    rules.append('#view-all:checked~nav.views label[for="view-all"]{background:var(--accent);color:var(--bg)}')
    rules.append('#hide-deleted:checked~div.toggles label::before{content:"☑ "}')
    return "".join(rules)


def _section(anchor: str, heading: str) -> str:
    return f'<details class="section" id="{anchor}" open><summary><h2>{heading}</h2></summary>'


def _contents(comparison: Comparison) -> list[str]:
    al = comparison.alignment
    sections = [("outlets", "Outlets"), *([("headlines", "Headlines")] if comparison.headlines else []), ("claims", "Claims"),
                ("coverage", "Coverage"), ("only-here", "Only here / left out"),
                *([("framing", "Framing")] if comparison.framing is not None else [])]
    out = [_section("contents", "Contents"), '<nav class="toc" aria-label="Contents"><ul>']
    out += [f'<li><a href="#{anchor}">{name}</a></li>' for anchor, name in sections]
    out.append('</ul><ol>')
    for claim in comparison.shared_claims:
        number = comparison.claim_number(claim.claim.id)
        first = al.sentence(claim.reference).text
        out.append(f'<li value="{number}"><a href="#claim-{number}">{esc(_words(first, 9))}</a> '
                   f'<span class="muted small">{len(claim.claim.articles)}/{len(al.articles)}</span></li>')
    out += ["</ol></nav>", "</details>"]
    return out


def _words(text: str, n: int) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def _outlets(comparison: Comparison, keys: dict[str, str], labels: dict[str, str]) -> list[str]:
    out = [_section("outlets", "Outlets"), '<ul class="outlets">']
    several = len(story_languages(comparison.alignment)) > 1 or not is_english(comparison.alignment.articles[0].language)
    for o in comparison.outlets:
        a = o.article
        language = f"{esc(describe(a.language))} · " if several else ""
        source = (f'<a href="{esc(a.url)}" rel="noreferrer noopener">{esc(a.url)}</a>' if a.url and _safe_url(a.url)
                  else esc(a.url or a.source))
        out.append(f'<li id="outlet-{keys[a.id]}"><span class="key">{keys[a.id]}</span> <span class="lbl">{labels[a.id]}</span>'
                   f'<br><span class="small">{esc(a.title or "—")}</span>'
                   f'<br><span class="small muted">{esc(a.date or "no date")} · {language}{a.word_count} words · '
                   f'{counted(len(a.sentences), "sentence")} · '
                   f'{counted(o.claims, "claim")} · only here {o.alone} · left out {len(o.left_out)}</span>'
                   f'<br><span class="small muted">{source}</span></li>')
    out.append("</ul>")
    if any(o.alone_near for o in comparison.outlets):
        out.append(f'<p class="small muted">{esc(ONLY_HERE_NOTE[0].upper() + ONLY_HERE_NOTE[1:])}.</p>')
    al = comparison.alignment
    for pair in comparison.two_events_in_view:
        note = two_events(pair.names, tuple(f"{keys[x]} {al.article(x).label}" for x in pair.articles), pair.days)
        out.append(f'<p class="small">{esc(note)}.</p>')
    if comparison.sharing_none_in_view:
        note = shares_none(tuple(f"{keys[x]} {al.article(x).label}" for x in comparison.sharing_none_in_view), len(al.articles),
                           comparison.sharing_none_unclear)
        out.append(f'<p class="small">{esc(note)}.</p>')
    out.append("</details>")
    return out


def _safe_url(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def _headlines(comparison: Comparison, keys: dict[str, str], labels: dict[str, str]) -> list[str]:
    if not comparison.headlines:
        return []
    out = [_section("headlines", "Headlines"), '<div class="members">']
    for h in headline_diffs(comparison):
        key = keys[h.article.id]
        what = verdict(h.diff, h.same_words, h.is_reference, h.paraphrase, h.language)
        body = (f'<p lang="{esc(h.language)}">{esc(h.article.sentences[0].text)}</p>' if h.language
                else f"<p>{diff_html(h.diff, h.paraphrase)}</p>")
        cls = "member ref" if h.is_reference else "member"
        out.append(f'<article class="{cls} of-{key}" id="headline-{key}"><header><span class="key">{key}</span>'
                   f'<span class="lbl">{labels[h.article.id]}</span><span>{what}</span></header>{body}</article>')
    out.append("</div>")
    missing = without_headline(comparison)
    if missing:
        names = ", ".join(f'<span class="key">{keys[a.id]}</span> {labels[a.id]}' for a in missing)
        out.append(f'<p class="small muted">Not shown: {names}: {esc(NO_HEADLINE)}.</p>')
    out.append("</details>")
    return out


def _member_id(number: int, key: str, sentence: int) -> str:
    return f"claim-{number}-{key}-{sentence}"


def _claims(comparison: Comparison, keys: dict[str, str], labels: dict[str, str]) -> list[str]:
    out = [_section("claims", "Claims")]
    shared = comparison.shared_claims
    if not shared:
        out.append('<p class="muted">No claim is carried by more than one outlet.</p>')
    for claim in shared:
        out += _claim(comparison, claim, keys, labels)
    out.append("</details>")
    return out


def _claim(comparison: Comparison, claim: ClaimDiff, keys: dict[str, str], labels: dict[str, str]) -> list[str]:
    al = comparison.alignment
    number = comparison.claim_number(claim.claim.id)
    carriers = " ".join(f"in-{keys[a]}" for a in claim.claim.articles)
    missing = "".join(f' <span class="muted small">{heading}: '
                      + ", ".join(f'<span class="key">{keys[a]}</span> {labels[a]}' for a in outlets) + "</span>"
                      for heading, outlets in zip(lacking_headings(claim.claim.id in comparison.quotations),
                                                         comparison.lacking(claim.claim)) if outlets)
    out = [f'<section class="claim {carriers}" id="claim-{number}">',
           f'<h3>{number}. {len(claim.claim.articles)}/{len(al.articles)} outlets'
           f'<a class="anchor" href="#claim-{number}" aria-label="link to claim {number}">#</a>'
           f"{missing}</h3>", f'<p class="small muted">reference: {esc(claim.why)}</p>', '<div class="members">']
    out += [_member(number, m, keys, labels, al.sentence(m.member).text) for m in claim.members]
    out += ["</div>", "</section>"]
    return out


def _member(number: int, m: MemberDiff, keys: dict[str, str], labels: dict[str, str], text: str = "") -> str:
    """One outlet's sentence of a claim; one in another language than the reference is ``text``, its own words, marked with its
    language."""
    key = keys[m.member.article]
    what = verdict(m.diff, m.same_words, m.is_reference, m.paraphrase, m.language, against_label(m.against, keys), m.host)
    body = (f'<p lang="{esc(m.language)}">{esc(text)}</p>' if m.language else f"<p>{esc(text)}</p>" if m.host is not None
            else f"<p>{diff_html(m.diff, m.paraphrase)}</p>")
    cls = "member ref" if m.is_reference else "member"
    return (f'<article class="{cls} of-{key}" id="{_member_id(number, key, m.member.sentence)}" data-article="{esc(m.member.article)}" '
            f'data-sentence="{m.member.sentence}"><header>'
            f'<span class="key">{key}</span><span class="lbl">{labels[m.member.article]}</span>'
            f"<span>#{m.member.sentence}</span><span>{what}</span></header>{body}</article>")


def _coverage(comparison: Comparison, keys: dict[str, str], labels: dict[str, str]) -> list[str]:
    """A heat map of claims by outlets: each cell links to the outlet's sentence; its shade, how close its words are to the
    reference (or to the sentence of the reference's outlet it is diffed against, which its title names)."""
    al = comparison.alignment
    out = [_section("coverage", "Coverage"),
           '<p class="small muted">Each cell links to that outlet\'s sentence; the darker, the more of the reference\'s words it keeps. '
           "~N (hatched): the outlet's sentence N comes near: it may say the claim differently or in part. "
           "? : framediff cannot tell whether it states it. · : nothing of the outlet comes near.</p>",
           '<div class="scroll"><table class="heat"><thead><tr><th scope="col" title="claim">#</th>']
    out += [f'<th scope="col"><abbr title="{labels[a.id]}"><span class="key">{keys[a.id]}</span></abbr></th>' for a in al.articles]
    out.append('<th scope="col" class="words">the claim</th></tr></thead><tbody>')
    for claim in comparison.shared_claims:
        number = comparison.claim_number(claim.claim.id)
        first: dict[str, MemberDiff] = {}
        for m in claim.members:
            first.setdefault(m.member.article, m)
        carriers = " ".join(f"in-{keys[a]}" for a in claim.claim.articles)
        cells = []
        for a in al.articles:
            found = first.get(a.id)
            if found is None:
                absent = comparison.absence(claim.claim.id, a.id)
                if absent is not None and absent.state == DIFFERENTLY and absent.closest is not None:
                    cells.append(f'<td class="near" title="{labels[a.id]}, sentence {absent.closest.sentence}, '
                                 f'score {absent.closest.score:.2f}: '
                                 f'may say it differently or in part ({esc(absent.reason)})">~{absent.closest.sentence}</td>')
                elif absent is not None and absent.state == UNCLEAR:
                    cells.append(f'<td class="unclear" title="{labels[a.id]}: {esc(cannot_tell(absent.reason))}">?</td>')
                else:
                    cells.append(f'<td class="none" title="{labels[a.id]}: nothing comes near">·</td>')
                continue
            m = found
            alpha = 0.15 + 0.75 * (1.0 if m.is_reference else m.same_words)
            closeness = esc(verdict(m.diff, m.same_words, m.is_reference, m.paraphrase, m.language, against_label(m.against, keys),
                                    m.host))
            alpha = 0.45 if m.language else alpha  # words cannot be counted across languages: a middle shade; the title says why
            target = _member_id(number, keys[a.id], m.member.sentence)
            hot = " hot" if alpha > 0.55 else ""
            cells.append(f'<td class="cell{hot}" style="background:rgba(var(--heat),{alpha:.2f})"><a href="#{target}" '
                         f'title="{labels[a.id]}, sentence {m.member.sentence}: {closeness}">#{m.member.sentence}</a></td>')
        out.append(f'<tr class="row {carriers}"><th scope="row"><a href="#claim-{number}">{number}</a></th>{"".join(cells)}'
                   f'<td class="words small">{esc(_words(al.sentence(claim.reference).text, 14))}</td></tr>')
    out += ["</tbody></table></div>",
            '<p class="small keys">'
            + "".join(f'<span><span class="key">{keys[a.id]}</span> {labels[a.id]}</span>' for a in al.articles) + "</p>",
            "</details>"]
    return out


def _only_here(comparison: Comparison, keys: dict[str, str], labels: dict[str, str]) -> list[str]:
    al = comparison.alignment
    out = [_section("only-here", "Only here / left out"),
           f'<p class="small muted">Of the claims at least {counted(comparison.widely, "outlet")} of {len(al.articles)} carry, '
           'what an outlet lacks: '
           '<span class="near-mark">may say it differently or in part</span> '
           '(its closest sentence comes near: the sentence, its score, why it '
           f'did not join), <del>leaves it out</del> ({esc(LEAVES_OUT_LEGEND)}), or <span class="near-mark">cannot tell</span> '
           f'({esc(UNCLEAR_LEGEND)}). What only the outlet carries: '
           f'<ins>only here</ins> ({esc(ONLY_HERE_LEGEND)}), or <span class="near-mark">only here in these words</span> '
           f"({esc(ALONE_LEGEND)}). {esc(CUT_OFFS)}</p>"]
    shown = {comparison.claim_number(c.claim.id) for c in comparison.shared_claims}  # the claims the page can link to
    for o in comparison.outlets:
        k = keys[o.article.id]
        out.append(f'<section class="outlet of-{k}" id="only-{k}"><h3><span class="key">{k}</span> {labels[o.article.id]} '
                   f'<span class="muted small">only here {len(o.only_here)}, only in these words {len(o.alone_near)}, '
                   f'may say differently {len(o.differently)}, '
                   f'left out {len(o.left_out)}' + (f", cannot tell {len(o.unclear)}" if o.unclear else "")
                   + '</span></h3><ul class="plain">')
        for left in (*o.differently, *o.left_out_closest, *o.unclear):
            number = comparison.claim_number(left.claim)
            text = esc(al.sentence(comparison.reference_of(left.claim)).text)
            near_state = left.state == DIFFERENTLY
            what = "may say it differently or in part" if near_state else leaves_out(left.claim in comparison.quotations)
            if left.closest is None or left.state == UNCLEAR:
                said = cannot_tell(left.reason) if left.state == UNCLEAR else f"{what} ({left.reason})"
                near = f'<br><span class="small muted">{esc(said)}</span>'
            else:
                near = (f'<br><span class="small muted">{what} ({esc(left.reason)}); closest #{left.closest.sentence}, '
                        f'score {left.closest.score:.2f}: </span><span class="small">{esc(al.sentence(left.closest).text)}</span>')
            lacking = "<del>not quoted</del>" if left.claim in comparison.quotations else "<del>left out</del>"
            mark = ('<span class="near-mark">~ differently</span>' if near_state else '<span class="near-mark">? cannot tell</span>'
                    if left.state == UNCLEAR else lacking)
            out.append(f'<li>{mark} <a href="#claim-{number}">{number}.</a> {text}{near}</li>' if number in shown
                       else f"<li>{mark} {number}. {text}{near}</li>")
        for claim_id in o.only_here:
            alone = al.claim(claim_id)
            quoted = f' <span class="small muted">({ONLY_QUOTED})</span>' if claim_id in comparison.quotations else ""
            out.append(f"<li><ins>only here</ins>{quoted} #{alone.members[0].sentence}: {esc(al.sentence(alone.members[0]).text)}</li>")
        for elsewhere in o.alone_near:
            alone, closest = al.claim(elsewhere.claim), elsewhere.closest
            assert closest is not None  # a claim another outlet comes near has that outlet's closest sentence
            head = alone_head(al, elsewhere)
            if elsewhere.state == UNCLEAR:
                out.append(f'<li><span class="near-mark">≈ {head}</span> #{alone.members[0].sentence}: '
                           f'{esc(al.sentence(alone.members[0]).text)}<br><span class="small muted">'
                           f'{esc(unclear_note(al.article(elsewhere.article).label, closest.score, elsewhere.reason, head))}</span></li>')
                continue
            out.append(f'<li><span class="near-mark">≈ {head}</span> #{alone.members[0].sentence}: '
                       f'{esc(al.sentence(alone.members[0]).text)}<br><span class="small muted">{labels[elsewhere.article]} comes near '
                       f'({esc(elsewhere.reason)}); closest #{closest.sentence}, score {closest.score:.2f}: </span>'
                       f'<span class="small">{esc(al.sentence(closest).text)}</span></li>')
        out.append("</ul></section>")
    out.append("</details>")
    return out


def _footer(comparison: Comparison, labels: dict[str, str], generated: datetime.datetime | None) -> list[str]:
    al = comparison.alignment
    settings = f"model {esc(al.model)}, threshold {al.threshold:.2f}, lead prior {al.lead_prior:g}"
    return footer(settings, [(labels[a.id], a.url or a.source) for a in al.articles], generated)

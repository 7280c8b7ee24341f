"""Markdown report: for pasting into notes and tickets. Article text is escaped."""

from __future__ import annotations

import re

from framediff.comparing.comparison import (DIFFERENTLY, NO_HEADLINE, REFERENCE_RULE, UNCLEAR,
                                             Comparison, headline_diffs, story_languages,
                                             verdict, without_headline)
from framediff.comparing.pieces import diff_pieces
from framediff.reading import languages
from framediff.reading.languages import is_english
from framediff.comparing.word_diff import DiffOp
from framediff.safetext import one_line, visible
from framediff.render.keys import against_label, outlet_keys
from framediff.render.wording import (ALONE_LEGEND, CUT_OFFS, LEAVES_OUT_LEGEND, ONLY_HERE_LEGEND, ONLY_HERE_NOTE, ONLY_QUOTED,
                                      UNCLEAR_LEGEND, alone_head, cannot_tell, counted, lacking_headings, leaves_out, shares_none,
                                      two_events, unclear_note)

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|~>&])")


def escape(text: str) -> str:
    """Markdown-inert text: control characters shown as escapes, syntax characters backslashed."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def diff_markdown(ops: tuple[DiffOp, ...] | list[DiffOp]) -> str:
    """One sentence's diff as Markdown: <ins>added</ins>, <del>left out</del>, a replacement as <del>old</del><ins>new</ins>.

    Inline HTML, which CommonMark and GitHub keep, rather than ``**`` and ``~~``: those open and close only
    beside white space or letters (CommonMark's flanking rules), so a change next to punctuation ("saying: \"" for
    "saying, “") needed spaces that are not in the sentence. These tags need none: every piece is printed with
    exactly the white space its sentence has, so the outlet's sentence reads back byte for byte (the text of
    everything outside <del>), and the reference's (everything outside <ins>, white space aside).
    """
    out = []
    for piece in diff_pieces(ops):
        if not piece.changed:
            out.append(_inline(piece.b))
            continue
        if piece.a:
            out.append(f"<del>{_inline(piece.a)}</del>")
        if piece.b:
            out.append(f"<ins>{_inline(piece.b)}</ins>")
    return "".join(out).strip()


def _inline(text: str) -> str:
    """A piece of a sentence (white space already folded), escaped."""
    return _SPECIAL.sub(r"\\\1", visible(text))


def paraphrase_markdown(ops: tuple[DiffOp, ...] | list[DiffOp]) -> str:
    """A paraphrase in the outlet's own words: its sentence, escaped, with no markers."""
    return escape("".join(op.b for op in ops))


def render_markdown(comparison: Comparison, *, title: str = "framediff compare") -> str:
    """The report as CommonMark (GitHub Flavored Markdown tables): contents, an anchor per section and claim, outlet keys."""
    al = comparison.alignment
    keys = outlet_keys(al.articles)
    labels = {a.id: escape(a.label) for a in al.articles}
    story = (comparison.headline_reference.sentences[0].text if comparison.headline_reference
             else (al.articles[0].title or al.articles[0].label))
    shared = comparison.shared_claims
    out = [f"# {escape(story)}", "",
           f"{escape(title)}: {counted(len(al.articles), 'outlet')}, {counted(len(shared), 'shared claim')}, "
           f"{counted(len(al.claims), 'claim')} in all "
           f"(model {escape(al.model)}, threshold {al.threshold:.2f}). "
           "Against each claim's reference sentence (\\*): <ins>added</ins>, <del>left out</del>, "
           "<del>old</del><ins>new</ins> reworded; a *paraphrase* (under a third of the words shared) is shown in the outlet's own words. "
           f"How the reference is chosen: {escape(REFERENCE_RULE)}.", ""]
    if comparison.focus is not None:
        out += [f"The view of {keys[comparison.focus]} **{labels[comparison.focus]}**: "
                "the claims it carries (with every outlet's sentence "
                "for them), what it alone carries and what it lacks.", ""]
    sections = [("outlets", "Outlets"), *([("headlines", "Headlines")] if comparison.headlines else []), ("claims", "Claims"),
                ("coverage", "Coverage"), ("only-here", "Only here / left out"),
                *([("framing", "Framing")] if comparison.framing is not None else [])]
    out += ["## Contents", ""]
    for anchor, name in sections:
        out.append(f"- [{name}](#{anchor})")
        if anchor == "claims":
            out += [f"  {n}. [{escape(_first_words(al.sentence(c.reference).text))}](#claim-{n})"
                    for c in shared for n in [comparison.claim_number(c.claim.id)]]
    several = len(story_languages(al)) > 1 or not is_english(al.articles[0].language)
    out += ["", f"## {_anchor('outlets')}Outlets", "",
            "| key | outlet | headline | date | " + ("language | " if several else "")
            + "words | sentences | claims | only here | left out |",
            "|---|---|---|---|" + ("---|" if several else "") + "---:|---:|---:|---:|---:|"]
    for o in comparison.outlets:
        a = o.article
        language = f"{escape(languages.describe(a.language))} | " if several else ""
        out.append(f"| {keys[a.id]} | {labels[a.id]} | {escape(a.title or '—')} | {escape(a.date or '—')} | "
                   f"{language}{a.word_count} | {len(a.sentences)} | "
                   f"{o.claims} | {o.alone} | {len(o.left_out)} |")
    if any(o.alone_near for o in comparison.outlets):
        out += ["", escape(ONLY_HERE_NOTE[0].upper() + ONLY_HERE_NOTE[1:]) + "."]
    for pair in comparison.two_events_in_view:
        note = two_events(tuple(tuple(escape(n) for n in names) for names in pair.names),
                          tuple(f"{keys[x]} {labels[x]}" for x in pair.articles), pair.days)
        out += ["", note + "."]
    if comparison.sharing_none_in_view:
        note = shares_none(tuple(f"{keys[x]} {labels[x]}" for x in comparison.sharing_none_in_view), len(comparison.alignment.articles),
                           comparison.sharing_none_unclear)
        out += ["", note + "."]
    if comparison.headlines:
        out += ["", f"## {_anchor('headlines')}Headlines", ""]
        for h in headline_diffs(comparison):
            what = f" ({verdict(h.diff, h.same_words, h.is_reference, h.paraphrase)})"
            text = paraphrase_markdown(h.diff) if h.paraphrase else diff_markdown(h.diff)
            if h.language:
                what, text = f" ({_in_language(h.language)})", escape(h.article.sentences[0].text)
            mark = "\\*" if h.is_reference else ""
            out.append(f"- {mark}{keys[h.article.id]} **{labels[h.article.id]}**{what}: {text}")
        headless = without_headline(comparison)
        if headless:
            out += ["", f"Not shown: {', '.join(f'{keys[a.id]} {labels[a.id]}' for a in headless)}: {escape(NO_HEADLINE)}."]
    out += ["", f"## {_anchor('claims')}Claims", ""]
    if not shared:
        out += ["No claim is carried by more than one outlet.", ""]
    for claim in shared:
        number = comparison.claim_number(claim.claim.id)
        missing = "".join(f" — {heading}: {', '.join(f'{keys[a]} {labels[a]}' for a in outlets)}"
                          for heading, outlets in zip(lacking_headings(claim.claim.id in comparison.quotations),
                                                     comparison.lacking(claim.claim)) if outlets)
        out += [f"### {_anchor(f'claim-{number}')}{number}. {len(claim.claim.articles)}/{len(al.articles)} outlets{missing}", "",
                f"Reference: {escape(claim.why)}.", ""]
        for m in claim.members:
            mark = "\\*" if m.is_reference else ""
            what = verdict(m.diff, m.same_words, m.is_reference, m.paraphrase, against=against_label(m.against, keys), host=m.host)
            text = paraphrase_markdown(m.diff) if m.paraphrase else diff_markdown(m.diff)
            if m.language:
                what, text = _in_language(m.language), escape(al.sentence(m.member).text)
            elif m.host is not None:  # a fragment, in its own words, with the sentence it goes with
                text = escape(al.sentence(m.member).text)
            out.append(f"- {mark}{keys[m.member.article]} **{labels[m.member.article]}** #{m.member.sentence} ({what}): {text}")
        out.append("")
    out += [f"## {_anchor('coverage')}Coverage", "", "| claim | " + " | ".join(keys[a.id] for a in al.articles) + " |",
            "|---:|" + ":---:|" * len(al.articles)]
    for claim in shared:
        number = comparison.claim_number(claim.claim.id)
        present: dict[str, int] = {}
        for m in claim.members:
            present.setdefault(m.member.article, m.member.sentence)
        out.append(f"| [{number}](#claim-{number}) | "
                   + " | ".join(f"#{present[a.id]}" if a.id in present else _absent_cell(comparison, claim.claim.id, a.id)
                                for a in al.articles) + " |")
    out += ["", " · ".join(f"{keys[a.id]} {labels[a.id]}" for a in al.articles), "",
            "\\#N: the outlet's sentence N (counted from \\#0, its headline where it has one) states the claim; \\~N: its sentence N "
            "comes near (it may say it differently or in part); "
            "?: framediff cannot tell whether it states it; ·: nothing of the outlet comes near.", ""]
    out += [f"## {_anchor('only-here')}Only here / left out", "",
            f"Of the claims at least {counted(comparison.widely, 'outlet')} of {len(al.articles)} carry, what an outlet lacks: "
            f"_may say it differently or in part_ (its closest sentence comes near: the sentence, its score, why it did not join), "
            f"_leaves it out_ ({escape(LEAVES_OUT_LEGEND)}), or _cannot tell_ ({escape(UNCLEAR_LEGEND)}). What only the outlet "
            f"carries: _only here_ ({escape(ONLY_HERE_LEGEND)}), or _only here in these words_ ({escape(ALONE_LEGEND)}). "
            f"{escape(CUT_OFFS)}", ""]
    shown = {comparison.claim_number(c.claim.id) for c in shared}
    for o in comparison.outlets:
        out.append(f"**{keys[o.article.id]} {labels[o.article.id]}**: only here {len(o.only_here)}, "
                   f"only in these words {len(o.alone_near)}, "
                   f"may say differently {len(o.differently)}, left out {len(o.left_out)}"
                   + (f", cannot tell {len(o.unclear)}" if o.unclear else ""))
        out.append("")
        for left in (*o.differently, *o.left_out_closest, *o.unclear):
            number = comparison.claim_number(left.claim)
            what = "may say it differently or in part" if left.state == DIFFERENTLY else leaves_out(left.claim in comparison.quotations)
            near = (f"_{escape(cannot_tell(left.reason))}_" if left.state == UNCLEAR else f"_{what} ({escape(left.reason)})_"
                    if left.closest is None else
                    f"_{what} ({escape(left.reason)})_; closest #{left.closest.sentence}, score {left.closest.score:.2f}: "
                    f"{escape(al.sentence(left.closest).text)}")
            link = f"[{number}](#claim-{number})" if number in shown else str(number)
            kind = {DIFFERENTLY: "differently", UNCLEAR: "cannot tell"}.get(left.state, "not quoted" if left.claim in comparison.quotations
                                                                          else "left out")
            out.append(f"- {kind} {link}: "
                       f"{escape(al.sentence(comparison.reference_of(left.claim)).text)}  ")
            out.append(f"  {near}")
        for claim_id in o.only_here:
            alone = al.claim(claim_id)
            quoted = f" ({ONLY_QUOTED})" if claim_id in comparison.quotations else ""
            out.append(f"- only here{quoted} #{alone.members[0].sentence}: {escape(al.sentence(alone.members[0]).text)}")
        for elsewhere in o.alone_near:
            alone, closest = al.claim(elsewhere.claim), elsewhere.closest
            assert closest is not None  # a claim another outlet comes near has that outlet's closest sentence
            head = alone_head(al, elsewhere)
            out.append(f"- {head} #{alone.members[0].sentence}: {escape(al.sentence(alone.members[0]).text)}  ")
            if elsewhere.state == UNCLEAR:
                out.append(f"  _{escape(unclear_note(al.article(elsewhere.article).label, closest.score, elsewhere.reason, head))}_")
                continue
            out.append(f"  _{labels[elsewhere.article]} comes near ({escape(elsewhere.reason)})_; closest #{closest.sentence}, "
                       f"score {closest.score:.2f}: {escape(al.sentence(closest).text)}")
        out.append("")
    if comparison.framing is not None:
        from framediff.render.markdown_framing import framing_markdown

        out += framing_markdown(comparison.framing, al, escape, keys, heading=f"## {_anchor('framing')}Framing")
    return "\n".join(out).rstrip() + "\n"


def _absent_cell(comparison: Comparison, claim_id: str, article_id: str) -> str:
    absent = comparison.absence(claim_id, article_id)
    if absent is not None and absent.state == DIFFERENTLY and absent.closest is not None:
        return f"\\~{absent.closest.sentence}"
    return "?" if absent is not None and absent.state == UNCLEAR else "·"


def _in_language(code: str) -> str:
    return f"in {languages.name(code)} [{code}], not diffed"


def _anchor(name: str) -> str:
    """An explicit anchor, inline in its heading: CommonMark gives headings no ids, GitHub's differ from ours,
    and an HTML line of its own would swallow the heading under it into an HTML block."""
    return f'<a id="{name}"></a>'


def _first_words(text: str, n: int = 9) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")

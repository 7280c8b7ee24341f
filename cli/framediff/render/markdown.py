"""Markdown report: for pasting into notes and tickets. Article text is escaped."""

from __future__ import annotations

import re
import unicodedata

from framediff.comparing.comparison import Comparison, headline_diffs
from framediff.comparing.word_diff import DiffOp
from framediff.safetext import one_line
from framediff.render.keys import outlet_keys
from framediff.render.wording import counted

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|~>])")


def escape(text: str) -> str:
    """Markdown-inert text: control characters shown as escapes, syntax characters backslashed."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def diff_markdown(ops: tuple[DiffOp, ...] | list[DiffOp]) -> str:
    """One sentence's diff as Markdown: **added**, ~~left out~~, _spelling or case only_.

    Spacing is the sentence's own: markers wrap words, never the white space
    after them (``**on Tuesday** .`` would be neither the text nor valid
    emphasis), and a left-out word keeps the space that set it apart. Where
    a marker would stand between punctuation and a letter, as in
    ``pact**, officials said**``, CommonMark would not read it as a marker,
    so a space goes beside it.
    """
    pieces = _pieces(ops)
    out = ""
    for k, (core, marker, spaced) in enumerate(pieces):
        before = out[-1:]
        if before.isalnum() and core[0].isalnum():
            out += " "  # two words the diff put side by side
        elif marker and _punctuation(core[0]) and before and not (before.isspace() or _punctuation(before)):
            out += " "
        out += f"{marker}{core}{marker}"
        if spaced:
            out += " "
        elif marker and _punctuation(core[-1]) and k + 1 < len(pieces):
            following = pieces[k + 1][1][:1] or pieces[k + 1][0][0]
            if not _punctuation(following):
                out += " "
    return out.strip()


def _punctuation(char: str) -> bool:
    """Punctuation as CommonMark's emphasis rules read it (Unicode P and S categories)."""
    return unicodedata.category(char)[0] in "PS"


def _pieces(ops: tuple[DiffOp, ...] | list[DiffOp]) -> list[tuple[str, str, bool]]:
    """(escaped text, marker, followed by white space) for each shown part of ``ops``."""
    pieces = []
    for op in ops:
        if op.op == "equal":
            parts = [(op.b, "")]
        elif op.op == "insert":
            parts = [(op.b, "**")]
        elif op.op == "delete":
            parts = [(op.a, "~~")]
        elif op.minor:
            parts = [(op.b, "_")]
        else:
            parts = [(op.a, "~~"), (op.b, "**")]
        for k, (text, marker) in enumerate(parts):
            core = escape(text)
            if core:
                pieces.append((core, marker, text[-1:].isspace() or k < len(parts) - 1))
    return pieces


def paraphrase_markdown(ops: tuple[DiffOp, ...] | list[DiffOp]) -> str:
    """A paraphrase in the outlet's own words: its sentence, escaped, with no markers."""
    return escape("".join(op.b for op in ops))


def render_markdown(comparison: Comparison, *, title: str = "framediff compare") -> str:
    """The report as CommonMark (GitHub Flavored Markdown tables): contents, an anchor per section and claim, outlet keys."""
    al = comparison.alignment
    keys = outlet_keys(al.articles)
    labels = {a.id: escape(a.label) for a in al.articles}
    story = comparison.headline_reference.sentences[0].text if comparison.headline_reference else (al.articles[0].title or al.articles[0].label)
    shared = comparison.shared_claims
    out = [f"# {escape(story)}", "",
           f"{escape(title)}: {counted(len(al.articles), 'outlet')}, {counted(len(shared), 'shared claim')}, {counted(len(al.claims), 'claim')} in all "
           f"(model {escape(al.model)}, threshold {al.threshold:.2f}). Against each claim's reference sentence (\\*): **added**, ~~left out~~, "
           "_spelling or case only_; a *paraphrase* (under a third of the words shared) is shown in the outlet's own words.", ""]
    sections = [("outlets", "Outlets"), *([("headlines", "Headlines")] if comparison.headlines else []), ("claims", "Claims"),
                ("coverage", "Coverage"), ("only-here", "Only here / left out"), *([("framing", "Framing")] if comparison.framing is not None else [])]
    out += ["## Contents", ""]
    for anchor, name in sections:
        out.append(f"- [{name}](#{anchor})")
        if anchor == "claims":
            out += [f"  {n}. [{escape(_first_words(al.sentence(c.reference).text))}](#claim-{n})" for c in shared for n in [comparison.claim_number(c.claim.id)]]
    out += ["", f"## {_anchor('outlets')}Outlets", "", "| key | outlet | headline | date | words | sentences | claims | only here | left out |",
            "|---|---|---|---|---:|---:|---:|---:|---:|"]
    for o in comparison.outlets:
        a = o.article
        out.append(f"| {keys[a.id]} | {labels[a.id]} | {escape(a.title or '—')} | {escape(a.date or '—')} | {a.word_count} | {len(a.sentences)} | "
                   f"{o.claims} | {len(o.only_here)} | {len(o.left_out)} |")
    if comparison.headlines:
        out += ["", f"## {_anchor('headlines')}Headlines", ""]
        for h in headline_diffs(comparison):
            what = " (reference)" if h.is_reference else (" (paraphrase)" if h.paraphrase else "")
            text = paraphrase_markdown(h.diff) if h.paraphrase else diff_markdown(h.diff)
            mark = "\\*" if h.is_reference else ""
            out.append(f"- {mark}{keys[h.article.id]} **{labels[h.article.id]}**{what}: {text}")
    out += ["", f"## {_anchor('claims')}Claims", ""]
    if not shared:
        out += ["No claim is carried by more than one outlet.", ""]
    for claim in shared:
        number = comparison.claim_number(claim.claim.id)
        missing = f" — not in: {', '.join(f'{keys[a]} {labels[a]}' for a in claim.claim.missing)}" if claim.claim.missing else ""
        out += [f"### {_anchor(f'claim-{number}')}{number}. {len(claim.claim.articles)}/{len(al.articles)} outlets{missing}", ""]
        for m in claim.members:
            mark = "\\*" if m.is_reference else ""
            what = "reference" if m.is_reference else (f"paraphrase, {round(100 * m.same_words)}% same words" if m.paraphrase else f"{round(100 * m.same_words)}% same words")
            text = paraphrase_markdown(m.diff) if m.paraphrase else diff_markdown(m.diff)
            out.append(f"- {mark}{keys[m.member.article]} **{labels[m.member.article]}** #{m.member.sentence} ({what}): {text}")
        out.append("")
    out += [f"## {_anchor('coverage')}Coverage", "", "| claim | " + " | ".join(keys[a.id] for a in al.articles) + " |", "|---:|" + ":---:|" * len(al.articles)]
    for claim in shared:
        number = comparison.claim_number(claim.claim.id)
        present: dict[str, int] = {}
        for m in claim.members:
            present.setdefault(m.member.article, m.member.sentence)
        out.append(f"| [{number}](#claim-{number}) | " + " | ".join(f"#{present[a.id]}" if a.id in present else "·" for a in al.articles) + " |")
    out += ["", " · ".join(f"{keys[a.id]} {labels[a.id]}" for a in al.articles), ""]
    out += [f"## {_anchor('only-here')}Only here / left out", "",
            f"Left out: a claim at least {counted(comparison.widely, 'outlet')} of {len(al.articles)} carry that no sentence of the outlet matched, "
            "with the outlet's closest sentence and its score.", ""]
    shown = {comparison.claim_number(c.claim.id) for c in shared}
    for o in comparison.outlets:
        out.append(f"**{keys[o.article.id]} {labels[o.article.id]}**: only here {len(o.only_here)}, left out {len(o.left_out)}")
        out.append("")
        for left in o.left_out_closest:
            number = comparison.claim_number(left.claim)
            near = ("no matching sentence found, nor any close one" if left.closest is None else
                    f"no matching sentence found; closest: #{left.closest.sentence}, score {left.closest.score:.2f}: {escape(al.sentence(left.closest).text)}")
            link = f"[{number}](#claim-{number})" if number in shown else str(number)
            out.append(f"- left out {link}: {escape(al.sentence(comparison.reference_of(left.claim)).text)}  ")
            out.append(f"  _{near}_" if left.closest is None else f"  {near}")
        for claim_id in o.only_here:
            alone = al.claim(claim_id)
            out.append(f"- only here #{alone.members[0].sentence}: {escape(al.sentence(alone.members[0]).text)}")
        out.append("")
    if comparison.framing is not None:
        from framediff.render.markdown_framing import framing_markdown

        out += framing_markdown(comparison.framing, al, escape, keys, heading=f"## {_anchor('framing')}Framing")
    return "\n".join(out).rstrip() + "\n"


def _anchor(name: str) -> str:
    """An explicit anchor, inline in its heading: CommonMark gives headings no ids, GitHub's differ from ours,
    and an HTML line of its own would swallow the heading under it into an HTML block."""
    return f'<a id="{name}"></a>'


def _first_words(text: str, n: int = 9) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")

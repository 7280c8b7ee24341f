"""Markdown report: for pasting into notes and tickets. Article text is escaped."""

from __future__ import annotations

import re
import unicodedata

from ..comparison import Comparison
from ..diffing import DiffOp
from ..safetext import one_line
from .wording import counted

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


def render_markdown(comparison: Comparison, *, title: str = "framediff compare") -> str:
    al = comparison.alignment
    labels = {a.id: escape(a.label) for a in al.articles}
    out = [f"# {title}", "", f"{counted(len(al.articles), 'article')}, {counted(len(comparison.shared_claims), 'shared claim')}, {counted(len(al.claims), 'claim')} in all "
           f"(threshold {al.threshold:.2f}). Against each claim's representative (*): **added**, ~~left out~~, _spelling or case only_.", ""]
    out += ["## Outlets", "", "| outlet | headline | date | words | sentences | claims | only here |", "|---|---|---|---:|---:|---:|---:|"]
    for o in comparison.outlets:
        a = o.article
        out.append(f"| {labels[a.id]} | {escape(a.title or '—')} | {escape(a.date or '—')} | {a.word_count} | {len(a.sentences)} | {o.claims} | {len(o.only_here)} |")
    if comparison.headlines:
        out += ["", "## Headlines", ""]
        for article, ops in comparison.headlines:
            mark = "\\*" if article is comparison.headline_reference else ""
            out.append(f"- {mark}**{labels[article.id]}**: {diff_markdown(ops)}")
    out += ["", "## Claims", ""]
    for claim in comparison.shared_claims:
        number = comparison.claim_number(claim.claim.id)
        missing = f" — not in: {', '.join(labels[a] for a in claim.claim.missing)}" if claim.claim.missing else ""
        out += [f"### {number}. {len(claim.claim.articles)}/{len(al.articles)} outlets{missing}", ""]
        for m in claim.members:
            mark = "\\*" if m.is_reference else ""
            out.append(f"- {mark}**{labels[m.member.article]}** #{m.member.sentence}: {diff_markdown(m.diff)}")
        out.append("")
    out += ["## Coverage", "", "| claim | " + " | ".join(labels[a.id] for a in al.articles) + " |", "|---:|" + "---|" * len(al.articles)]
    for number, covered in enumerate(al.claims, 1):
        if len(covered.articles) < 2:
            continue
        present = {m.article: m.sentence for m in covered.members}
        out.append(f"| {number} | " + " | ".join(f"#{present[a.id]}" if a.id in present else "·" for a in al.articles) + " |")
    out += ["", "## Only here / left out", ""]
    for o in comparison.outlets:
        out.append(f"**{labels[o.article.id]}**: only here {len(o.only_here)}, left out {len(o.left_out)} widely carried claims")
        out.append("")
        for claim_id in o.left_out:
            left = al.claim(claim_id)
            out.append(f"- left out {comparison.claim_number(claim_id)}: {escape(al.sentence(comparison.reference_of(left.id)).text)}")
        for claim_id in o.only_here:
            alone = al.claim(claim_id)
            out.append(f"- only here: {escape(al.sentence(alone.members[0]).text)}")
        out.append("")
    if comparison.framing is not None:
        from .markdown_framing import framing_markdown

        out += framing_markdown(comparison.framing, al, escape)
    return "\n".join(out).rstrip() + "\n"

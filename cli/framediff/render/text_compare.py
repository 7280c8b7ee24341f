"""The terminal report of `framediff compare` and `framediff diff`.

Sections, in order: outlets, headlines, claims (word-diffed against each
claim's representative), coverage matrix, only-here / left-out, and framing
when it was computed. Article text only ever enters as :class:`rich.text.Text`
built from escaped strings: never as markup.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from ..comparison import ClaimDiff, Comparison
from ..diffing import DiffOp
from ..lexicon import marked_words
from ..safetext import one_line, visible
from .text_layout import print_hanging
from .wording import counted

STYLES = {
    "insert": "bold green",
    "delete": "red strike",
    "replace": "bold yellow",
    "minor": "italic cyan",
    "evaluative": "underline magenta",
}
MIN_COLUMN = 28


def diff_text(ops: tuple[DiffOp, ...] | list[DiffOp], show_deleted: bool = True, markers: bool = False) -> Text:
    """Sentence B with its differences from A styled.

    With ``markers`` (no colour), changes are also spelled out wdiff-style:
    ``[-left out-]`` and ``{+added+}``, so the report reads the same in a file.
    Deleted words are shown only when ``show_deleted``.
    """
    text = Text()

    def put(piece: str, style: str | None = None, before: str = "", after: str = "") -> None:
        piece = visible(piece)
        core = piece.rstrip()
        tail = piece[len(core):]
        if not core:
            text.append(tail)
            return
        if markers and (before or after):
            core = f"{before}{core}{after}"
        text.append(core, style=style)
        if tail:
            text.append(" ")

    for op in ops:
        if op.op == "equal":
            put(op.b)
        elif op.op == "insert":
            put(op.b, STYLES["insert"], "{+", "+}")
        elif op.op == "delete":
            if show_deleted:
                put(op.a, STYLES["delete"], "[-", "-]")
        elif op.minor:
            put(op.b, STYLES["minor"])
        else:
            if show_deleted:
                put(op.a, STYLES["delete"], "[-", "-]")
                if text.plain and not text.plain.endswith(" "):
                    text.append(" ")
            put(op.b, STYLES["replace"], "{+", "+}")
    for mark in marked_words(text.plain):
        if mark.kind in ("evaluative", "loaded", "hedge"):
            text.stylize(STYLES["evaluative"], mark.start, mark.end)
    text.rstrip()
    return text


SHOW_DELETED_FROM = 0.5  # deleted words are shown only for sentences that keep half the representative's words


def legend(markers: bool) -> Text:
    if markers:
        return Text("legend: {+added or reworded+}  [-left out-]   (against the claim's representative, marked *)", style="dim")
    return Text.assemble(
        ("legend: ", "dim"), ("added", STYLES["insert"]), "  ", ("left out", STYLES["delete"]), "  ",
        ("reworded", STYLES["replace"]), "  ", ("spelling/case only", STYLES["minor"]), "  ",
        ("evaluative word", STYLES["evaluative"]), ("   (against the claim's representative, marked *)", "dim"),
    )


def render_comparison(console: Console, comparison: Comparison, *, title: str = "framediff compare") -> None:
    al = comparison.alignment
    labels = {a.id: one_line(a.label) for a in al.articles}
    console.print(Text(f"{title}: {counted(len(al.articles), 'article')}, {counted(len(comparison.shared_claims), 'shared claim')}, "
                       f"{counted(len(al.claims), 'claim')} in all (threshold {al.threshold:.2f})", style="bold"))
    console.print(legend(console.no_color))
    console.print()
    console.rule(Text("Outlets", style="bold"), align="left")
    console.print(_outlets_table(comparison, with_headline=console.width >= 120))
    if comparison.headlines:
        console.print()
        console.rule(Text("Headlines", style="bold"), align="left")
        rows = Table.grid(padding=(0, 2))
        rows.add_column(style="cyan", no_wrap=True)
        rows.add_column(ratio=1)
        for article, ops in comparison.headlines:
            mark = "*" if comparison.headline_reference is article else " "
            rows.add_row(f"{mark}{labels[article.id]}", diff_text(ops, show_deleted=False, markers=console.no_color))
        console.print(rows)
    console.print()
    console.rule(Text("Claims", style="bold"), align="left")
    shared = comparison.shared_claims
    if not shared:
        console.print(Text("No claim is carried by more than one outlet.", style="yellow"))
    for claim in shared:
        console.print(_claim(console, comparison, claim, labels))
    console.print()
    console.rule(Text("Coverage", style="bold"), align="left")
    console.print(_coverage(comparison, labels))
    console.print()
    console.rule(Text("Only here / left out", style="bold"), align="left")
    for outlet in comparison.outlets:
        _only_here(console, comparison, outlet, labels)
    if comparison.framing is not None:
        from .text_framing import render_framing

        console.print()
        render_framing(console, comparison.framing, al)


def _outlets_table(comparison: Comparison, with_headline: bool) -> Table:
    """One row per outlet; the headline column only when there is room (the next section shows them all)."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("outlet", style="cyan", no_wrap=True)
    if with_headline:
        table.add_column("headline", ratio=1, min_width=24)
    table.add_column("date", no_wrap=True)
    for name in ("words", "sentences", "claims", "only here"):
        table.add_column(name, justify="right", no_wrap=True)
    for o in comparison.outlets:
        a = o.article
        cells = [Text(one_line(a.label)), *([Text(one_line(a.title or "—"))] if with_headline else []), Text(a.date or "—")]
        table.add_row(*cells, str(a.word_count), str(len(a.sentences)), str(o.claims), str(len(o.only_here)))
    return table


def _claim(console: Console, comparison: Comparison, claim: ClaimDiff, labels: dict[str, str]) -> RenderableType:
    al = comparison.alignment
    number = comparison.claim_number(claim.claim.id)
    head = Text()
    head.append(f"\n{number}. ", style="bold")
    head.append(f"{len(claim.claim.articles)}/{len(al.articles)} outlets", style="bold cyan")
    if claim.claim.missing:
        head.append("   not in: " + ", ".join(labels[a] for a in claim.claim.missing), style="yellow")
    rep = claim.claim.representative
    cells = []
    for m in claim.members:
        is_rep = (m.member.article, m.member.sentence) == (rep.article, rep.sentence)
        name = Text(("*" if is_rep else "") + labels[m.member.article], style="bold cyan")
        name.append(f" #{m.member.sentence} ", style="dim")
        name.append("representative" if is_rep else f"{round(100 * m.same_words)}% same words", style="dim")
        body = diff_text(m.diff, show_deleted=m.same_words >= SHOW_DELETED_FROM, markers=console.no_color)
        cells.append((name, body))
    if console.width // max(len(cells), 1) >= MIN_COLUMN + 3:
        table = Table(box=box.SIMPLE, show_header=True, expand=True, pad_edge=False, show_edge=False)
        for name, _ in cells:
            table.add_column(name, ratio=1, overflow="fold", vertical="top")
        table.add_row(*(body for _, body in cells))
        return Group(head, table)
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(ratio=1)
    for name, body in cells:
        grid.add_row(name)
        grid.add_row(Text.assemble("  ", body))
    return Group(head, grid)


def _coverage(comparison: Comparison, labels: dict[str, str]) -> Table:
    al = comparison.alignment
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("claim", justify="right", no_wrap=True)
    for a in al.articles:
        table.add_column(Text(labels[a.id][:12]), justify="center", no_wrap=True)
    table.add_column("first words", ratio=1, no_wrap=True, overflow="ellipsis")
    for number, claim in enumerate(al.claims, 1):
        if len(claim.articles) < 2:
            continue
        present = {m.article: m.sentence for m in claim.members}
        marks = [Text(f"#{present[a.id]}", style="green") if a.id in present else Text("·", style="dim") for a in al.articles]
        table.add_row(str(number), *marks, Text(one_line(al.sentence(claim.representative).text)))
    return table


def _only_here(console: Console, comparison: Comparison, outlet: object, labels: dict[str, str]) -> None:
    al = comparison.alignment
    o = outlet  # OutletSummary
    article = o.article  # type: ignore[attr-defined]
    head = Text(labels[article.id], style="bold cyan")
    head.append(f"   only here: {len(o.only_here)}   left out: {len(o.left_out)} widely carried", style="dim")  # type: ignore[attr-defined]
    console.print(head)
    for claim_id in o.left_out:  # type: ignore[attr-defined]
        claim = al.claim(claim_id)
        prefix = Text("  − ", style="red")
        prefix.append(f"{comparison.claim_number(claim_id)}. ", style="bold")
        print_hanging(console, prefix, Text(one_line(al.sentence(claim.representative).text)))
    for claim_id in o.only_here:  # type: ignore[attr-defined]
        claim = al.claim(claim_id)
        print_hanging(console, Text("  + ", style="green"), Text(one_line(al.sentence(claim.members[0]).text)))

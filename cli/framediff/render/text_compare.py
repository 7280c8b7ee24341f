"""The terminal report of `framediff compare` and `framediff diff`.

Sections, in order: outlets, headlines, claims (word-diffed against each
claim's reference sentence), coverage matrix, only-here / left-out, and
framing when it was computed. Article text only ever enters as
:class:`rich.text.Text` built from escaped strings: never as markup.

Without colour (a pipe, a file, ``--no-color``) every change is spelled out
with markers (:mod:`framediff.render.text_diff`), so each outlet's sentence
and the reference can be read back exactly from the report alone.
"""

from __future__ import annotations

from typing import Sequence

from rich import box
from rich.console import Console, Group, NewLine, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from framediff.article import Article
from framediff.comparing.comparison import (DIFFERENTLY, NO_HEADLINE, REFERENCE_RULE, UNCLEAR,
                                             without_headline, ClaimDiff, Comparison,
                                             LeftOut, OutletSummary,
                                             headline_diffs, story_languages, verdict)
from framediff.comparing.word_diff import DiffOp
from framediff.safetext import one_line, visible_name
from framediff.render.keys import against_label, outlet_keys
from framediff.render.text_diff import STYLES, diff_text, is_plain, legend, sentence_text
from framediff.render.text_layout import hanging, hanging_line, item_lines, loose, table_columns, wrapped_label
from framediff.render.wording import (ALONE_LEGEND, CUT_OFFS, LEAVES_OUT_LEGEND, ONLY_HERE_LEGEND, ONLY_HERE_NOTE, ONLY_QUOTED,
                                      UNCLEAR_LEGEND, alone_head, cannot_tell, counted, lacking_headings, leaves_out, shares_none,
                                      two_events, unclear_note)
from framediff.reading import languages
from framediff.reading.languages import is_english

MIN_COLUMN = 32  # side by side only when every column gets this many cells
INDENT = 4  # sentence text under its outlet line


def comparison_report(console: Console, comparison: Comparison, *, title: str = "framediff compare",
                      sections: frozenset[str] | None = None) -> Group:
    """The report, or only ``sections`` of it (outlets, headlines, claims, coverage, left-out, framing), as one renderable:
    ``console`` measures and tells whether there is colour; nothing is printed. Print it uncropped (``crop=False``)."""
    al = comparison.alignment
    parts: list[RenderableType] = []
    plain = is_plain(console)
    keys = outlet_keys(al.articles)

    def shown(name: str) -> bool:
        return sections is None or name in sections

    header = Text(f"{title}: {counted(len(al.articles), 'article')}, {counted(len(comparison.shared_claims), 'shared claim')}, "
                  f"{counted(len(al.claims), 'claim')} in all (threshold {al.threshold:.2f})", style="bold")
    if comparison.focus is not None:
        header.append(f"; the view of {keys[comparison.focus]} {visible_name(al.article(comparison.focus).label)}: the claims it carries")
    parts.append(hanging_line(console, Text(), header))
    if shown("claims") or shown("headlines"):
        parts.append(loose(legend(plain, console.width)))
        parts.append(hanging_line(console, Text("        "), Text(REFERENCE_RULE, style="dim")))
    if shown("outlets"):
        parts.append(NewLine())
        parts.append(Rule(Text("Outlets", style="bold"), align="left"))
        parts.append(_outlets_table(comparison, keys, console.width))
        if any(o.alone_near for o in comparison.outlets):
            parts.append(hanging_line(console, Text(""), Text(ONLY_HERE_NOTE, style="dim")))
        for pair in comparison.two_events_in_view:
            named = tuple(f"{keys[x]} {visible_name(al.article(x).label)}" for x in pair.articles)
            parts.append(hanging_line(console, Text(""), Text(two_events(pair.names, named, pair.days))))
        if comparison.sharing_none_in_view:
            named = tuple(f"{keys[x]} {visible_name(al.article(x).label)}" for x in comparison.sharing_none_in_view)
            parts.append(hanging_line(console, Text(""), Text(shares_none(named, len(al.articles), comparison.sharing_none_unclear))))
    if comparison.headlines and shown("headlines"):
        parts.append(NewLine())
        parts.append(Rule(Text("Headlines", style="bold"), align="left"))
        for h in headline_diffs(comparison):
            block = _member_block(console, keys[h.article.id], h.article, None, h.diff, h.same_words, h.is_reference, h.paraphrase, plain,
                                  h.language, h.article.sentences[0].text)
            parts.append(loose(block))
        missing = without_headline(comparison)
        if missing:
            names = ", ".join(f"{keys[a.id]} {one_line(a.label)}" for a in missing)
            parts.append(hanging_line(console, Text(), Text(f"Not shown: {names}: {NO_HEADLINE}", style="dim")))
    if shown("claims"):
        parts.append(NewLine())
        parts.append(Rule(Text("Claims", style="bold"), align="left"))
        shared = comparison.shared_claims
        if not shared:
            parts.append(Text("No claim is carried by more than one outlet.", style="yellow"))
        for claim in shared:
            parts.append(loose(_claim(console, comparison, claim, keys, plain)))
    if shown("coverage"):
        parts.append(NewLine())
        parts.append(Rule(Text("Coverage", style="bold"), align="left"))
        parts.append(coverage_section(console, comparison, keys))
    if shown("left-out"):
        parts.append(NewLine())
        parts.append(Rule(Text("Only here / left out", style="bold"), align="left"))
        note = (f"Of the claims at least {counted(comparison.widely, 'outlet')} of {len(al.articles)} carry, what an outlet lacks: "
                "~ its closest sentence comes near: it may say it differently or in part (the sentence, its score, why it did not join); "
                f"− it leaves it out: {LEAVES_OUT_LEGEND}; ? {UNCLEAR_LEGEND}. "
                f"What only the outlet carries: + only here, {ONLY_HERE_LEGEND}; ≈ only here in these words: {ALONE_LEGEND}. {CUT_OFFS}")
        parts.append(hanging_line(console, Text(), Text(note, style="dim")))
        for outlet in comparison.outlets:
            parts += _only_here(console, comparison, outlet, keys)
    if comparison.framing is not None and shown("framing"):
        from framediff.render.text_framing import framing_section

        parts += [NewLine(), framing_section(console, comparison.framing, al)]
    return Group(*parts)


def _outlets_table(comparison: Comparison, keys: dict[str, str], width: int) -> Table:
    """One row per outlet with its key; the headline column only when there is room (the next section shows them all).

    Below 72 columns the date, and in a story of several languages the language, go under the label, so that a label of
    24 characters (the longest :func:`framediff.reading.articles.finish_articles` gives) and the numbers fit in 60.
    """
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
    table.add_column("", style=STYLES["key"], no_wrap=True)
    table.add_column("outlet", style="cyan", no_wrap=True)
    with_headline, with_date = width >= 120, width >= 72
    if with_headline:
        table.add_column("headline", ratio=1, min_width=24)
    if with_date:
        table.add_column("date", no_wrap=True)
    languages = len(story_languages(comparison.alignment)) > 1 or not is_english(comparison.alignment.articles[0].language)
    if languages and with_date:
        table.add_column("lang", no_wrap=True)
    roomy = with_date and not (languages and width < 100)  # at 80 columns the lang column leaves no room for "sentences"
    for name in ("words", "sentences" if roomy else "sents", "claims"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("only here", no_wrap=True)  # "0 ≈5" over "0 ≈20": the figures line up, each part with its kind
    alone = _only_here_cells(comparison.outlets)
    for o in comparison.outlets:
        a = o.article
        label = Text(visible_name(a.label))
        under = [one_line(a.date)] if a.date else []
        if not with_date and (a.date or languages):
            label.append("\n" + " · ".join([*under, a.language] if languages else under), style="dim")
        cells: list[Text | str] = [Text(keys[a.id]), label]
        if with_headline:
            cells.append(Text(one_line(a.title or "—")))
        if with_date:
            cells.append(Text(one_line(a.date or "—")))
        if languages and with_date:
            cells.append(Text(a.language))
        table.add_row(*cells, str(a.word_count), str(len(a.sentences)), str(o.claims), alone[a.id])
    return table


def _only_here_cells(outlets: Sequence[OutletSummary]) -> dict[str, str]:
    """Each outlet's "only here" figure ("0", "0 ≈20"), its first number right-aligned to the widest: in a column
    aligned left, the counts of "only here" stand over each other and so do those of "in these words"."""
    parts = {o.article.id: o.alone.split(" ", 1) for o in outlets}
    wide = max((len(p[0]) for p in parts.values()), default=1)
    return {a: " ".join([p[0].rjust(wide), *p[1:]]) for a, p in parts.items()}


def _describe(
    sentence: int | None, share: float, is_ref: bool, paraphrase: bool, ops: tuple[DiffOp, ...] | list[DiffOp],
    language: str | None = None, against: str | None = None, host: int | None = None,
) -> str:
    where = f"#{sentence} · " if sentence is not None else ""
    return where + verdict(ops, share, is_ref, paraphrase, language, against, host)


def _member_head(key: str, article: Article, description: str, is_ref: bool) -> Text:
    head = Text()
    head.append("*" if is_ref else " ", style="bold green")
    head.append(key, style=STYLES["key"])
    head.append(" ")
    head.append(visible_name(article.label), style=STYLES["label"])
    head.append(f" {description}", style="dim")
    return head


def _member_block(
    console: Console, key: str, article: Article, sentence: int | None, ops: tuple[DiffOp, ...] | list[DiffOp], share: float, is_ref: bool,
    paraphrase: bool, plain: bool, language: str | None = None, own: str = "", against: str | None = None, host: int | None = None,
) -> Text:
    """An outlet line (key, label, sentence number, how close) and the sentence under it, each wrapped with its own indent;
    a sentence in another ``language`` than the reference, or a fragment going with its ``host``, is its ``own`` words."""
    head = _member_head(key, article, _describe(sentence, share, is_ref, paraphrase, ops, language, against, host), is_ref)
    out = hanging(console.width, console, Text(), head, indent=len(key) + 2)
    body = Text(sentence_text(console, own)) if language or host is not None else diff_text(ops, plain=plain, paraphrase=paraphrase)
    out.append("\n")
    out.append_text(hanging(console.width, console, Text(" " * INDENT), body))
    return out


def _segments(console: Console, prefix: Text, parts: list[list[Text]]) -> Text:
    """``parts`` after ``prefix``, three spaces apart, each a list of units a comma apart ("leaves it out: B daily_tap", "C
    riverton_gazette"): a unit goes whole to the next line (indented under the first) where it does not fit, and is wrapped
    only where it is wider than a line. At 80 columns a claim's heading had cut "comes near: D" from "Mediterranean
    Exchanges" (and a thirty-sixth trial's "leaves it out: B" from "daily_tap")."""
    indent = prefix.cell_len
    out, used = prefix.copy(), indent
    for k, units in enumerate(parts):
        for j, unit in enumerate(units):
            gap = ("," if j else "") + (" " if j else "   ")
            comma = 1 if j < len(units) - 1 else 0  # the comma after it stays on its line
            if used > indent and used + len(gap) + unit.cell_len + comma > console.width:
                out.append("," if j else "", style=unit.style)
                out.append("\n" + " " * indent)
                used = indent
            elif used > indent:
                out.append(gap, style=unit.style if j else None)
                used += len(gap)
            if used + unit.cell_len > console.width:  # wider than a line: wrapped
                wrapped = hanging(console.width, console, Text(" " * indent), unit)
                out.append_text(wrapped[indent:])
                used = len(wrapped.plain.rsplit("\n", 1)[-1])
            else:
                out.append_text(unit)
                used += unit.cell_len
    return out


def _claim(console: Console, comparison: Comparison, claim: ClaimDiff, keys: dict[str, str], plain: bool) -> RenderableType:
    al = comparison.alignment
    number = comparison.claim_number(claim.claim.id)
    parts = [[Text(f"{len(claim.claim.articles)}/{len(al.articles)} outlets", style="bold cyan")]]
    if claim.why:
        parts.append([Text(f"reference: {visible_name(claim.why)}", style="dim")])
    for heading, outlets in zip(lacking_headings(claim.claim.id in comparison.quotations), comparison.lacking(claim.claim)):
        named = [f"{keys[a]} {visible_name(al.article(a).label)}" for a in outlets]
        if named:
            parts.append([Text(f"{heading}: {named[0]}", style="yellow"), *(Text(n, style="yellow") for n in named[1:])])
    title = _segments(console, Text(f"{number}. ", style="bold"), parts)
    n = len(claim.members)
    if n > 1 and console.width // n >= MIN_COLUMN:
        return Group(Text(), title, _side_by_side(console, comparison, claim, keys, plain))
    blocks = [Text(), title]
    for m in claim.members:
        article = al.article(m.member.article)
        blocks.append(_member_block(console, keys[article.id], article, m.member.sentence, m.diff, m.same_words, m.is_reference,
                                    m.paraphrase, plain, m.language, al.sentence(m.member).text, against_label(m.against, keys), m.host))
    return Group(*blocks)


def _side_by_side(console: Console, comparison: Comparison, claim: ClaimDiff, keys: dict[str, str], plain: bool) -> Table:
    """One column per sentence, the reference first. A header is the outlet, cut with an ellipsis, over how the sentence
    stands, wrapped to the column; every header is given as many lines as the longest, so they line up."""
    al = comparison.alignment
    table = Table(box=box.SIMPLE_HEAD, show_header=True, expand=True, pad_edge=False, show_edge=False, padding=(0, 1))
    widths = table_columns(console.width, len(claim.members))
    heads, bodies = [], []
    for m, width in zip(claim.members, widths):
        article = al.article(m.member.article)
        first = _member_head(keys[article.id], article, "", m.is_reference)
        first.rstrip()
        # wrapped, not cut: "#6 · paraphrase, 19% same wor…" at 100 columns (a forty-seventh trial's)
        lines = wrapped_label(_describe(m.member.sentence, m.same_words, m.is_reference, m.paraphrase, m.diff, m.language,
                                        against_label(m.against, keys), m.host), width - 1)
        heads.append((first, [Text(" " + line, style="dim") for line in lines], width))
        own = Text(sentence_text(console, al.sentence(m.member).text))
        bodies.append(own if m.language or m.host is not None else diff_text(m.diff, plain=plain, paraphrase=m.paraphrase))
    height = max(len(lines) for _, lines, _ in heads)
    for first, described, width in heads:
        header = Text("\n").join([first, *described, *(Text() for _ in range(height - len(described)))])
        # joined, the lines lose their own no_wrap: a wrapped line had set one header a line above the other ("#3 · in French
        # [fr], its own words, not diffed" over two lines, a thirty-seventh trial's at 80 columns); the outlet's name is cut
        header.no_wrap, header.overflow = True, "ellipsis"
        table.add_column(header, width=width, vertical="top", overflow="fold")
    table.add_row(*bodies)
    return table


def _clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells at a word boundary where it can be, with an ellipsis when cut."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut[width // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip() + "…"


def coverage_section(console: Console, comparison: Comparison, keys: dict[str, str]) -> Group:
    """Claims by outlets in keyed columns, as many outlets a table as fit beside 20 cells of the claim's first words.

    Drawn line by line, not as a Rich table: every column must keep its width
    whatever the terminal's, and the claim's words are cut with an ellipsis.
    """
    al = comparison.alignment
    rows = [(number, claim) for number, claim in enumerate(al.claims, 1) if len(claim.articles) >= 2 and comparison.in_view(claim)]
    if not rows:
        return Group(Text("No claim is carried by more than one outlet.", style="yellow"))
    parts: list[RenderableType] = []
    number_width = max(1, len(str(rows[-1][0])))
    cells = {claim.id: _cells(claim) for _, claim in rows}
    cell_width = max(3, max(len(k) for k in keys.values()), max(len(t) for c in cells.values() for t, _ in c.values()))
    articles = list(al.articles)
    per_table = max(1, (console.width - number_width - 20) // (cell_width + 2))
    for start in range(0, len(articles), per_table):
        part = articles[start : start + per_table]
        if len(articles) > per_table:
            parts.append(Text(f"outlets {keys[part[0].id]}–{keys[part[-1].id]}", style="dim"))
        lead = number_width + len(part) * (cell_width + 2) + 2
        header = Text("#".rjust(number_width))
        for a in part:
            header.append("  " + keys[a.id].center(cell_width), style=STYLES["key"])
        header.append("  " + _clip("the claim", max(1, console.width - lead)))
        parts.append(loose(header))
        parts.append(Text("─" * console.width, style="dim"))
        for number, claim in rows:
            line = Text(str(number).rjust(number_width))
            for a in part:
                mark, style = cells[claim.id].get(a.id) or _absent_cell(comparison, claim.id, a.id)
                line.append("  ")
                line.append(mark.center(cell_width), style=style)
            reference = sentence_text(console, al.sentence(comparison.reference_of(claim.id)).text)
            line.append("  " + _clip(reference, max(1, console.width - lead)))
            line.rstrip()
            parts.append(loose(line))
    notes = [Text.assemble((keys[a.id], STYLES["key"]), " ", (visible_name(a.label), "cyan")) for a in articles]
    parts.append(loose(item_lines(notes, console.width, gap=3)))
    key = Text("#N: the outlet's sentence N (counted from #0, its headline where it has one) states the claim (+: and more); ~N: its "
               "sentence N comes near (it may say it differently or in part); ?: framediff cannot tell whether it states it; ·: nothing "
               "of the outlet comes near", style="dim")
    parts.append(loose(hanging(console.width, console, Text(), key)))
    return Group(*parts)


def _absent_cell(comparison: Comparison, claim_id: str, article_id: str) -> tuple[str, str]:
    """The coverage cell of an outlet that lacks a claim: ~N when its sentence N comes near, ? when framediff cannot tell, else ·."""
    absent = comparison.absence(claim_id, article_id)
    if absent is not None and absent.state == DIFFERENTLY and absent.closest is not None:
        return f"~{absent.closest.sentence}", "yellow"
    return ("?", "yellow") if absent is not None and absent.state == UNCLEAR else ("·", "dim")


def _cells(claim: object) -> dict[str, tuple[str, str]]:
    present: dict[str, list[int]] = {}
    for m in claim.members:  # type: ignore[attr-defined]
        present.setdefault(m.article, []).append(m.sentence)
    return {a: (f"#{s[0]}" + ("+" if len(s) > 1 else ""), "green") for a, s in present.items()}


def _only_here(console: Console, comparison: Comparison, outlet: OutletSummary, keys: dict[str, str]) -> list[RenderableType]:
    al = comparison.alignment
    parts: list[RenderableType] = []
    article = outlet.article
    head = Text(keys[article.id], style=STYLES["key"])
    head.append(" ")
    head.append(visible_name(article.label), style=STYLES["label"])
    head.append(f": {len(outlet.only_here)} only here, {len(outlet.alone_near)} only in these words, {len(outlet.differently)} near, "
                f"{len(outlet.left_out)} left out" + (f", {len(outlet.unclear)} cannot tell" if outlet.unclear else ""), style="dim")
    parts.append(hanging_line(console, Text(), head))
    for left in (*outlet.differently, *outlet.left_out_closest, *outlet.unclear):
        parts += _left_out(console, comparison, left)
    for claim_id in outlet.only_here:
        claim = al.claim(claim_id)
        parts.append(hanging_line(console, Text("  + ", style="green"), Text(sentence_text(console, al.sentence(claim.members[0]).text))))
        if claim_id in comparison.quotations:
            parts.append(hanging_line(console, Text("    "), Text(ONLY_QUOTED, style="dim")))
    for near in outlet.alone_near:
        own = sentence_text(console, al.sentence(al.claim(near.claim).members[0]).text)
        parts.append(hanging_line(console, Text("  ≈ ", style="yellow"), Text(own)))
        assert near.closest is not None  # a claim another outlet comes near has that outlet's closest sentence
        if near.state == UNCLEAR:
            note_text = unclear_note(al.article(near.article).label, near.closest.score, near.reason, alone_head(al, near))
            parts.append(hanging_line(console, Text("    "), Text(visible_name(note_text), style="dim")))
            continue
        note = Text(f"{alone_head(al, near)}; {visible_name(al.article(near.article).label)} comes near ({visible_name(near.reason)}), "
                    f"#{near.closest.sentence}, score {near.closest.score:.2f}: ", style="dim")
        note.append(sentence_text(console, al.sentence(near.closest).text))
        parts.append(hanging_line(console, Text("    "), note))
    return parts


def _left_out(console: Console, comparison: Comparison, left: LeftOut) -> list[RenderableType]:
    """A claim this outlet did not join: ~ when its closest sentence comes near, − when nothing does (the sentence, its score,
    why), ? when framediff cannot tell (no sentence pointed at)."""
    al = comparison.alignment
    parts: list[RenderableType] = []
    claim = al.claim(left.claim)
    near = left.state == DIFFERENTLY
    mark, style = ("  ? ", "yellow") if left.state == UNCLEAR else ("  ~ ", "yellow") if near else ("  − ", "red")
    prefix = Text(mark, style=style)
    prefix.append(f"{comparison.claim_number(left.claim)}. ", style="bold")
    parts.append(hanging_line(console, prefix, Text(sentence_text(console, al.sentence(comparison.reference_of(claim.id)).text))))
    indent = Text(" " * prefix.cell_len)
    if left.state == UNCLEAR:
        parts.append(hanging_line(console, indent, Text(visible_name(cannot_tell(left.reason)), style="dim")))
        return parts
    what = "may say it differently or in part" if near else leaves_out(left.claim in comparison.quotations)
    if left.closest is None:
        parts.append(hanging_line(console, indent, Text(f"{what} ({visible_name(left.reason)})", style="dim")))
        return parts
    note = Text(f"{what} ({visible_name(left.reason)}); closest #{left.closest.sentence}, score {left.closest.score:.2f}: ", style="dim")
    note.append(sentence_text(console, al.sentence(left.closest).text))
    parts.append(hanging_line(console, indent, note))
    return parts


__all__ = ["comparison_report", "coverage_section"]

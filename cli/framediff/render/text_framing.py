"""The framing panels of the terminal report: per outlet, then naming, reuse and facts that disagree."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.text import Text

from framediff.aligning.claims import Alignment
from framediff.frame import Framing
from framediff.frame.findings import NO_SPEAKER
from framediff.safetext import one_line, visible_name
from framediff.render.keys import outlet_keys
from framediff.render.text_layout import hanging_line, item_lines, loose
from framediff.render.wording import (JUDGING_KINDS, QUOTED_APART, REUSE_HEADING, UNQUOTED_END, distinctive_line,
                                      fact_evidence, judging_words, none_found, not_run_note, quoted_apart_line, tone_words_line,
                                      reuse_words, unquoted_by, unquoted_note)


def framing_section(console: Console, framing: Framing, alignment: Alignment) -> Group:
    """The framing panels and lists, as one renderable; ``console`` measures, nothing is printed (print it uncropped)."""
    parts: list[RenderableType] = []
    labels = {a.id: visible_name(a.label) for a in alignment.articles}
    keys = outlet_keys(alignment.articles)
    parts.append(Rule(Text("Framing", style="bold"), align="left"))
    for article in alignment.articles:
        f = framing.outlets[article.id]
        title = Text.assemble((keys[article.id], "bold"), " ", (labels[article.id], "bold cyan"))
        if f.not_run:
            note = Text(not_run_note(f.not_run, f.language), style="yellow")
            parts.append(Panel(note, title=title, title_align="left", box=box.ROUNDED, expand=True))
            continue
        body = Text()
        body.append("distinctive: ", style="bold")
        body.append(distinctive_line([one_line(t) for t, _ in f.distinctive_terms], f.distinctive_compared),
                    style=None if f.distinctive_compared else "yellow")
        for kind, name in JUDGING_KINDS:
            body.append(f"\n{name}: ", style="bold")
            body.append(", ".join(one_line(w) for w in judging_words(f.evaluative_terms, kind)) or "—",
                        style="magenta" if kind == "loaded" else None)
        if f.tone is not None:
            body.append("\ntone on shared claims: ", style="bold")
            body.append(f"{f.tone:+.2f}")
            if f.tone_others is not None:
                body.append(f" (others on the same claims {f.tone_others:+.2f})", style="dim")
            body.append("\ntone read from: ", style="bold")
            body.append(one_line(tone_words_line(f.tone_words)))
        speakers: dict[str, int] = {}
        for q in (q for q in f.quotes if q.kind == "speech"):
            speakers[q.speaker or NO_SPEAKER] = speakers.get(q.speaker or NO_SPEAKER, 0) + 1
        body.append("\nwho speaks: ", style="bold")
        body.append(", ".join(f"{one_line(s)} ({n})" for s, n in speakers.items()) or "no direct quotes")
        title = Text.assemble((keys[article.id], "bold"), " ", (labels[article.id], "bold cyan"))
        parts.append(Panel(body, title=title, title_align="left", box=box.ROUNDED, expand=True))

    def named(article_id: str) -> Text:
        return Text.assemble((keys[article_id], "bold"), " ", (labels[article_id], "cyan"))

    if framing.naming:
        # One line per thing named, each outlet's words beside its key: a table of
        # outlet columns would split words and labels at any width below the outlets' sum.
        parts.append(Text("Naming: the same thing, different words", style="bold"))
        for naming in framing.naming[:15]:
            items = [Text.assemble((keys[a.id], "bold"), " ", one_line(" / ".join(naming.variants[a.id])))
                     for a in alignment.articles if a.id in naming.variants]
            parts.append(loose(item_lines(items, console.width, indent=4, first=Text("  • "), gap=3)))
    if framing.reuse:
        parts.append(Text(REUSE_HEADING, style="bold"))
        for r in framing.reuse[:10]:
            line = named(r.article)
            if r.passages or r.shared_quotations:
                before, after, tail = reuse_words(r)
                line.append(f" {before} ")
                line.append_text(named(r.source))
                line.append(after)
                line.append(tail, style="dim")
                parts.append(hanging_line(console, Text("  "), line))
            for writer, quoting, passages in unquoted_by(r.unquoted, r.article, r.source):
                line = named(writer).append(f" {unquoted_note(passages)} ")
                line.append_text(named(quoting))
                line.append(f" {UNQUOTED_END}", style="dim")
                parts.append(hanging_line(console, Text("  "), line))
    if framing.disagreements:
        parts.append(Text("Facts that disagree on the same claim", style="bold"))
        numbers = {c.id: n for n, c in enumerate(alignment.claims, 1)}
        for d in framing.disagreements[:15]:
            line = Text(f"claim {numbers[d.claim]} ({d.kind}): ")
            line.append("; ".join(f"{keys[a]} {labels[a]}: {fact_evidence(v, d.evidence.get(a, ()))}" for a, v in d.values.items()),
                        style="yellow")
            parts.append(hanging_line(console, Text("  "), line))
    if framing.quoted_apart:
        parts.append(Text(QUOTED_APART, style="bold"))
        for apart in framing.quoted_apart[:15]:
            given = [(f"{keys[a]} {labels[a]}", speaker, sentence) for a, (speaker, sentence) in apart.speakers.items()]
            parts.append(hanging_line(console, Text("  "), Text(quoted_apart_line(apart.words[0], given, one_line), style="yellow")))
    if (nothing := none_found(framing, alignment)) is not None:
        parts.append(hanging_line(console, Text(""), Text(nothing, style="dim")))
    return Group(*parts)

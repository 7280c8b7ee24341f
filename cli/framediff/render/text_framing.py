"""The framing panels of the terminal report: per outlet, then naming, reuse and facts that disagree."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..alignment import Alignment
from ..framing import Framing
from ..safetext import one_line
from .wording import counted, fact_values


def render_framing(console: Console, framing: Framing, alignment: Alignment) -> None:
    labels = {a.id: one_line(a.label) for a in alignment.articles}
    console.rule(Text("Framing", style="bold"), align="left")
    for article in alignment.articles:
        f = framing.outlets[article.id]
        body = Text()
        body.append("distinctive: ", style="bold")
        body.append(", ".join(one_line(t) for t, _ in f.distinctive_terms) or "—")
        body.append("\nevaluative: ", style="bold")
        body.append(", ".join(f"{one_line(t)}×{c}" if c > 1 else one_line(t) for t, _, c, _ in f.evaluative_terms[:12]) or "—", style="magenta")
        if f.tone is not None:
            body.append("\ntone on shared claims: ", style="bold")
            body.append(f"{f.tone:+.2f}")
            if f.tone_others is not None:
                body.append(f" (others on the same claims {f.tone_others:+.2f})", style="dim")
        speakers: dict[str, int] = {}
        for q in f.quotes:
            speakers[q.speaker or "(unattributed)"] = speakers.get(q.speaker or "(unattributed)", 0) + 1
        body.append("\nwho speaks: ", style="bold")
        body.append(", ".join(f"{one_line(s)} ({n})" for s, n in speakers.items()) or "no direct quotes")
        console.print(Panel(body, title=Text(labels[article.id], style="bold cyan"), title_align="left", box=box.ROUNDED, expand=True))
    if framing.naming:
        table = Table(title="Naming: the same thing, different words", title_justify="left", box=box.SIMPLE_HEAD, show_edge=False)
        for article in alignment.articles:
            table.add_column(Text(labels[article.id][:14]), ratio=1, overflow="fold")
        for naming in framing.naming[:15]:
            table.add_row(*(Text(one_line(" / ".join(naming.variants.get(a.id, ())))) if a.id in naming.variants else Text("·", style="dim") for a in alignment.articles))
        console.print(table)
    if framing.reuse:
        console.print(Text("Verbatim reuse (passages of 8+ words found in another article)", style="bold"))
        for r in framing.reuse[:10]:
            line = Text(f"  {labels[r.article]}", style="cyan")
            line.append(f" repeats {r.share:.0%} of its text ({counted(r.shared_chars, 'char')}, {counted(len(r.passages), 'passage')}) from ")
            line.append(labels[r.source], style="cyan")
            if r.source_earlier is not None:
                line.append(" (dated earlier)" if r.source_earlier else " (dated later)", style="dim")
            console.print(line)
    if framing.disagreements:
        console.print(Text("Facts that disagree on the same claim", style="bold"))
        for d in framing.disagreements[:15]:
            number = next(n for n, c in enumerate(alignment.claims, 1) if c.id == d.claim)
            line = Text(f"  claim {number} ({d.kind}): ")
            line.append("; ".join(f"{labels[a]}: {fact_values(v)}" for a, v in d.values.items()), style="yellow")
            console.print(line)

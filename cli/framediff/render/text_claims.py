"""The terminal view of `framediff align`: each claim with the sentences that state it."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.text import Text

from framediff.aligning.claims import Alignment
from framediff.safetext import one_line, visible_name
from framediff.render.text_layout import hanging, loose
from framediff.render.wording import counted


def alignment_view(console: Console, alignment: Alignment) -> Group:
    """Each claim and the sentences that state it, as one renderable; ``console`` measures, nothing is printed (print it uncropped)."""
    parts: list[RenderableType] = []
    labels = {a.id: a.label for a in alignment.articles}
    width = max(len(label) for label in labels.values())
    total = len(alignment.articles)
    shared = sum(1 for c in alignment.claims if len(c.articles) > 1)
    parts.append(Text(f"{counted(len(alignment.claims), 'claim')} in {counted(total, 'article')}, {shared} carried by more than one "
             f"(model {alignment.model}, threshold {alignment.threshold:.2f})", style="bold"))
    blocks = []
    for number, claim in enumerate(alignment.claims, 1):
        head = Text()
        head.append(f"{number:>3}. ", style="bold")
        head.append(f"{len(claim.articles)}/{total} outlets", style="bold cyan" if len(claim.articles) > 1 else "dim")
        if claim.missing and len(claim.articles) > 1:
            # no sentence of these joined the claim: not that they leave it out (compare tells that, with its evidence;
            # two trials read "missing" as an omission where compare said the outlet comes near)
            head.append("  none joined from: " + ", ".join(visible_name(labels[a]) for a in claim.missing), style="yellow")
        blocks.append(Text())
        blocks.append(hanging(console.width, console, Text(), head, indent=6))
        for member in claim.members:
            sentence = alignment.sentence(member)
            prefix = Text("     ")
            is_rep = member.article == claim.representative.article and member.sentence == claim.representative.sentence
            prefix.append("*" if is_rep else " ", style="bold green")
            prefix.append(f"{visible_name(labels[member.article]):<{width}} ", style="cyan")
            prefix.append(f"#{member.sentence:<3} {member.score:.2f}  ", style="dim")
            if console.width - prefix.cell_len >= 40:
                blocks.append(hanging(console.width, console, prefix, Text(one_line(sentence.text))))
            else:  # too narrow beside the label: the sentence goes under it
                prefix.rstrip()
                blocks.append(prefix)
                blocks.append(hanging(console.width, console, Text(" " * 8), Text(one_line(sentence.text))))
    parts.append(loose(Text("\n").join(blocks)))
    return Group(*parts)

"""The terminal view of `framediff sentences`."""

from __future__ import annotations

from rich.console import Console, Group, NewLine, RenderableType
from rich.rule import Rule
from rich.text import Text

from framediff.article import Article
from framediff.reading import languages
from framediff.safetext import one_line, visible_name
from framediff.render.text_layout import hanging, loose
from framediff.render.wording import counted


def articles_view(console: Console, articles: list[Article]) -> Group:
    """Each article's header, metadata, dropped lines and sentences, as one renderable; nothing is printed (print it uncropped)."""
    parts: list[RenderableType] = []
    for number, article in enumerate(articles):
        if number:
            parts.append(NewLine())
        header = Text()
        header.append(visible_name(article.label), style="bold cyan")
        header.append(f"  {visible_name(article.source)}  ", style="dim")
        header.append(f"{counted(len(article.sentences), 'sentence')}, {counted(article.word_count, 'word')}", style="dim")
        parts.append(header)
        parts.append(Rule(style="dim"))
        if article.title:
            parts.append(Text.assemble(("headline  ", "bold"), one_line(article.title)))
        parts.append(Text.assemble(("language  ", "bold"), languages.describe(article.language)))
        for key, value in (("date", article.date), ("author", article.author), ("url", article.url)):
            if value:
                parts.append(Text.assemble((f"{key:<10}", "bold"), one_line(value)))
        for span in article.metadata:
            if span.reason == "dateline":  # the other metadata lines are the fields above
                parts.append(Text.assemble(("dateline  ", "bold"), one_line(span.text)))
        if article.tags:
            parts.append(Text.assemble(("tags      ", "bold"), one_line(", ".join(article.tags))))
        for span in article.dropped:
            parts.append(Text.assemble(("dropped   ", "bold yellow"), (f"[{span.reason}] ", "yellow"), (one_line(span.text), "dim")))
        offsets = max(len(f"{s.start}-{s.end}") for s in article.sentences)
        block = []
        for sentence in article.sentences:
            prefix = Text()
            prefix.append(f"{sentence.index:>3} ", style="bold")
            if sentence.kind == "headline":
                prefix.append("H   ", style="magenta")
            else:
                prefix.append(f"¶{sentence.paragraph:<3}", style="dim")
            prefix.append(f"{sentence.start}-{sentence.end}".rjust(offsets) + "  ", style="dim")
            if sentence.language:
                prefix.append(f"[{sentence.language}] ", style="yellow")
            block.append(hanging(console.width, console, prefix, Text(one_line(sentence.text))))
        parts.append(loose(Text("\n").join(block)))
    return Group(*parts)

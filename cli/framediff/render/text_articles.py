"""The terminal view of `framediff sentences`."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from framediff.article import Article
from framediff.reading import languages
from framediff.safetext import one_line, visible_name
from framediff.render.text_layout import hanging
from framediff.render.wording import counted


def render_articles(console: Console, articles: list[Article]) -> None:
    for number, article in enumerate(articles):
        if number:
            console.print()
        header = Text()
        header.append(visible_name(article.label), style="bold cyan")
        header.append(f"  {visible_name(article.source)}  ", style="dim")
        header.append(f"{counted(len(article.sentences), 'sentence')}, {counted(article.word_count, 'word')}", style="dim")
        console.print(header)
        console.rule(style="dim")
        if article.title:
            console.print(Text.assemble(("headline  ", "bold"), one_line(article.title)))
        console.print(Text.assemble(("language  ", "bold"), languages.describe(article.language)))
        for key, value in (("date", article.date), ("author", article.author), ("url", article.url)):
            if value:
                console.print(Text.assemble((f"{key:<10}", "bold"), one_line(value)))
        if article.tags:
            console.print(Text.assemble(("tags      ", "bold"), one_line(", ".join(article.tags))))
        for span in article.dropped:
            console.print(Text.assemble(("dropped   ", "bold yellow"), (f"[{span.reason}] ", "yellow"), (one_line(span.text), "dim")))
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
        console.print(Text("\n").join(block), overflow="ignore", crop=False)

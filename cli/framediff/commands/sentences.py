"""`framediff sentences`: each article's headline, metadata, dropped lines and sentences."""

from __future__ import annotations

import click

from .common import Output, input_options, output_options, read_inputs


@click.command(context_settings={"max_content_width": 100})
@input_options
@output_options(["text", "json", "jsonl"])
def sentences(inputs: tuple[str, ...], labels: tuple[str, ...], keep_boilerplate: bool, skip_bad: bool,
              out: Output) -> None:
    """Clean the articles and split them into sentences.

    Prints each article's label, headline, metadata, dropped lines (with the
    reason) and sentences with their character offsets.

    \b
    Examples:
      framediff sentences seeds/
      framediff sentences --format json seeds/ | jq '.articles[] | {label: .label, title}'
      framediff sentences --label story - < story.txt
    """
    articles = read_inputs(inputs, labels, keep_boilerplate, skip_bad)
    if out.fmt == "text":
        from ..render.text_articles import render_articles

        out.text(lambda console: render_articles(console, articles))
        return
    from ..render import json_out

    out.write(json_out.articles(articles, lines=out.fmt == "jsonl"))

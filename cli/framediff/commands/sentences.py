"""`framediff sentences`: each article's headline, metadata, dropped lines and sentences."""

from __future__ import annotations

import click

from framediff.render import emit
from framediff.commands.common import Output, Sources, input_options, output_options, run_core


@click.command(context_settings={"max_content_width": 100})
@input_options
@output_options(["text", "json", "jsonl"])
def sentences(sources: Sources, out: Output) -> None:
    """Clean the articles and split them into sentences.

    Prints each article's label, headline, metadata, dropped lines (with the
    reason) and sentences with their character offsets.

    \b
    Examples:
      framediff sentences seeds/
      framediff sentences --format json seeds/ | jq '.articles[] | {label: .label, title}'
      framediff sentences --label story - < story.txt
    """
    from framediff import api

    articles = run_core(api.read, sources.specs, sources.options)
    emit(articles, out)

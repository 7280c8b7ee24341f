"""`framediff summary`: per-outlet (and per-group) figures across the events of `batch` output."""

from __future__ import annotations

import sys

import click

from framediff.commands.common import Output, output_options, user_errors

FORMATS = ["text", "json", "markdown", "html"]


@click.command()
@click.argument("batches", nargs=-1, required=True, metavar="BATCH.jsonl...")
@click.option("--outlets", "outlets_csv", type=click.Path(dir_okay=False), default=None, metavar="OUTLETS.csv",
              help="outlet,group[,country,...] rows: figures per group too, and blindspots.")
@output_options(FORMATS)
def summary(batches: tuple[str, ...], outlets_csv: str | None, out: Output) -> None:
    """Figures per outlet across all the events of framediff batch output.

    Per outlet: articles and events covered, the share of widely carried
    claims it left out, the share of its claims only it carries, its tone on
    shared claims against the others', its most distinctive terms, whom it
    quotes most, and how much of its text others' articles share verbatim.
    With --outlets, the same per group, and blindspots: claims that only one
    group's outlets carried in events where other groups' outlets were present.

    \b
    Examples:
      framediff summary events.jsonl
      framediff summary events.jsonl --outlets outlets.csv -o summary.html
      framediff summary --format json events.jsonl | jq '.outlets[] | {name, left_out_share}'
    """
    from framediff.corpus.summary import batch_lines, read_groups, summarise

    with user_errors():
        groups = read_groups(outlets_csv) if outlets_csv else None
        doc = summarise(batch_lines(batches, stdin=sys.stdin.buffer), groups).to_json()
    from framediff.render import summary_report as render

    if out.fmt == "json":
        from framediff.safetext import dumps

        out.write(dumps(doc, indent=2) + "\n")
    elif out.fmt == "markdown":
        out.write(render.render_markdown(doc))
    elif out.fmt == "html":
        out.write(render.render_html(doc))
    else:
        out.write(render.render_text(doc, out.text_width()))

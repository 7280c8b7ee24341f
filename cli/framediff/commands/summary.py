"""`framediff summary`: per-outlet (and per-group) figures across the events of `batch` output."""

from __future__ import annotations

import sys

import click

from framediff.render import emit
from framediff.commands.common import Output, output_options, user_errors, warn

FORMATS = ["text", "json", "markdown", "html"]


@click.command()
@click.argument("batches", nargs=-1, required=True, metavar="BATCH.jsonl...")
@click.option("--outlets", "outlets_csv", type=click.Path(dir_okay=False), default=None, metavar="OUTLETS.csv",
              help="outlet,group[,country,...] rows: figures per group too, and blindspots. With a header row, an aliases "
                   "column (names separated by ;) maps other names to the outlet.")
@output_options(FORMATS)
def summary(batches: tuple[str, ...], outlets_csv: str | None, out: Output) -> None:
    """Figures per outlet across all the events of framediff batch output.

    Per outlet: articles and events covered, the share of widely carried
    claims it left out, the share of its claims only it carries, its tone on
    shared claims against the others', its most distinctive terms, whom it
    quotes most, and how much of its text others' articles share verbatim.
    With --outlets, the same per group, and blindspots: claims that only one
    group's outlets carried in events where other groups' outlets were present.
    Labels that differ only in case or spacing ("fox", "FOX") are one outlet,
    with a warning that names them.

    \b
    Examples:
      framediff summary events.jsonl
      framediff summary events.jsonl --outlets outlets.csv -o summary.html
      framediff summary --format json events.jsonl | jq '.outlets[] | {label: .label, left_out_share}'
    """
    from framediff.corpus.summary import batch_lines, read_outlets, summarise

    with user_errors():
        outlets = read_outlets(outlets_csv) if outlets_csv else None
        result = summarise(batch_lines(batches, stdin=sys.stdin.buffer), outlets)
    for label, spellings in result.names.merged():
        warn(f"outlet {label!r} is spelled {', '.join(repr(s) for s in sorted(spellings))} in the batch; counted as one outlet")
    emit(result, out)

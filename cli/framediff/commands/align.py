"""`framediff align`: the claims the articles share, and the ones only some carry."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import click

from framediff.render import emit
from framediff.commands.common import Output, Sources, input_options, output_options, run_core, settings_options

if TYPE_CHECKING:
    from framediff.settings import Settings


@click.command()
@input_options
@settings_options()
@click.option("--reference", metavar="LABEL", default=None,
              help="Give each claim this outlet's sentence as its text where it carries it (default: the sentence closest to the others).")
@output_options(["text", "json", "jsonl"])
def align(sources: Sources, settings: Settings, reference: str | None, out: Output) -> None:
    """Group the sentences that state the same claim across the articles.

    Claims carried by most outlets come first; claims only one outlet carries
    are kept (use --min-outlets 2 to hide them).

    \b
    Examples:
      framediff align seeds/
      framediff align --min-outlets 3 seeds/
      framediff align --format jsonl seeds/ | jq -c 'select(.type == "claim") | {number, labels}'
    """
    from framediff import api

    result = run_core(api.align, sources.specs, replace(settings, reference=reference))
    emit(result, out)

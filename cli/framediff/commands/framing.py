"""`framediff framing`: how each outlet names, weighs, quotes and copies."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from framediff.render import emit
from framediff.commands.common import Output, Sources, input_options, output_options, run_core, settings_options

if TYPE_CHECKING:
    from framediff.settings import Settings


@click.command()
@input_options
@settings_options(refuse_min_outlets="framing: it reads every claim")
@output_options(["text", "json", "jsonl", "markdown", "html"])
def framing(sources: Sources, settings: Settings, out: Output) -> None:
    """Framing per outlet: distinctive and evaluative words, tone, quotes, naming, reuse.

    \b
    Examples:
      framediff framing seeds/
      framediff framing --format json seeds/ | jq '.reuse[0] | {label: .label, source_label, share}'
    """
    from framediff import api

    result = run_core(api.framing, sources.specs, settings)
    emit(result, out)

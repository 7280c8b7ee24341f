"""`framediff align`: the claims the articles share, and the ones only some carry."""

from __future__ import annotations

import click

from framediff.commands.common import Output, Sources, align_options, input_options, model_options, output_options, run_core


@click.command()
@input_options
@align_options
@model_options
@click.option("--reference", metavar="LABEL", default=None,
              help="Give each claim this outlet's sentence as its text where it carries it (default: the sentence closest to the others).")
@output_options(["text", "json", "jsonl"])
def align(sources: Sources, threshold: float | None, min_outlets: int | None, lead_prior: float, model: str | None, no_cache: bool,
          reference: str | None, out: Output) -> None:
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

    result = run_core(api.align, sources.specs, threshold=threshold, min_outlets=min_outlets or 1, lead_prior=lead_prior, model=model,
                      use_cache=not no_cache, read_options=sources.options, reference=reference)
    if out.fmt == "text":
        from framediff.render.text_claims import render_alignment

        out.text(lambda console: render_alignment(console, result))
        return
    from framediff.render import json_out

    json_out.write(out, result)

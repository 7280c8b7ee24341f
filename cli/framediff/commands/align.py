"""`framediff align`: the claims the articles share, and the ones only some carry."""

from __future__ import annotations

import click

from .common import Output, align_options, input_options, model_options, output_options, read_inputs, run_alignment


@click.command()
@input_options
@align_options
@model_options
@output_options(["text", "json", "jsonl"])
def align(inputs: tuple[str, ...], labels: tuple[str, ...], keep_boilerplate: bool, skip_bad: bool,
          threshold: float | None, min_outlets: int | None, lead_prior: float, model: str | None, no_cache: bool, out: Output) -> None:
    """Group the sentences that state the same claim across the articles.

    Claims carried by most outlets come first; claims only one outlet carries
    are kept (use --min-outlets 2 to hide them).

    \b
    Examples:
      framediff align seeds/
      framediff align --min-outlets 3 seeds/
      framediff align --format jsonl seeds/ | jq -c '{id, n: (.articles | length)}'
    """
    articles = read_inputs(inputs, labels, keep_boilerplate, skip_bad, minimum=2)
    result = run_alignment(articles, model, no_cache, threshold, min_outlets, lead_prior)
    if out.fmt == "text":
        from ..render.text_claims import render_alignment

        out.text(lambda console: render_alignment(console, result))
        return
    from ..render import json_out

    out.write(json_out.alignment(result, lines=out.fmt == "jsonl"))

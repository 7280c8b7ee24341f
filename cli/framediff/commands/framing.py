"""`framediff framing`: how each outlet names, weighs, quotes and copies."""

from __future__ import annotations

import click

from framediff.commands.common import Output, Sources, align_options, input_options, model_options, output_options, run_core


@click.command()
@input_options
@align_options
@model_options
@output_options(["text", "json", "jsonl", "markdown", "html"])
def framing(sources: Sources, threshold: float | None, min_outlets: int | None, lead_prior: float, model: str | None, no_cache: bool,
            out: Output) -> None:
    """Framing per outlet: distinctive and evaluative words, tone, quotes, naming, reuse.

    \b
    Examples:
      framediff framing seeds/
      framediff framing --format json seeds/ | jq '.reuse[0] | {label: .label, source_label, share}'
    """
    from framediff import api

    if min_outlets is not None:
        raise click.UsageError("--min-outlets does not apply to framing: it reads every claim")
    result = run_core(api.framing, sources.specs, threshold=threshold, lead_prior=lead_prior, model=model, use_cache=not no_cache,
                      read_options=sources.options)
    al = result.comparison.alignment
    if out.fmt == "text":
        from framediff.render.text_framing import render_framing

        out.text(lambda console: render_framing(console, result.framing, al))
    elif out.fmt in ("json", "jsonl"):
        from framediff.render import json_out

        json_out.write(out, result)
    elif out.fmt == "markdown":
        from framediff.render.markdown import escape
        from framediff.render.markdown_framing import framing_markdown

        out.write("\n".join(["# framediff framing", "", *framing_markdown(result.framing, al, escape)]))
    else:
        from framediff.render.html import render_framing_html

        out.write(render_framing_html(result.comparison))

"""`framediff framing`: how each outlet names, weighs, quotes and copies."""

from __future__ import annotations

import click

from .common import Output, align_options, input_options, model_options, output_options, read_inputs


@click.command()
@input_options
@align_options
@model_options
@output_options(["text", "json", "jsonl", "markdown", "html"])
def framing(inputs: tuple[str, ...], labels: tuple[str, ...], keep_boilerplate: bool, skip_bad: bool,
            threshold: float | None, min_outlets: int | None, lead_prior: float, model: str | None, no_cache: bool, out: Output) -> None:
    """Framing per outlet: distinctive and evaluative words, tone, quotes, naming, reuse.

    \b
    Examples:
      framediff framing seeds/
      framediff framing --format json seeds/ | jq '.reuse[0]'
    """
    from ..render.json_out import framing_lines
    from ..safetext import dumps
    from ..serialize import SCHEMA, alignment_settings
    from .compare import _analyse

    articles = read_inputs(inputs, labels, keep_boilerplate, skip_bad, minimum=2)
    comparison = _analyse(articles, model, no_cache, threshold, min_outlets, lead_prior, framing=True)
    al = comparison.alignment
    fmt = out.fmt
    if fmt == "text":
        from ..render.text_framing import render_framing

        out.text(lambda console: render_framing(console, comparison.framing, al))
    elif fmt == "json":
        from ..framing import framing_to_dict

        listed = [{"id": a.id, "label": a.label} for a in al.articles]
        out.write(dumps({"schema": SCHEMA, **alignment_settings(al), "articles": listed, **framing_to_dict(comparison.framing)}, indent=2))
    elif fmt == "jsonl":
        out.write(framing_lines(comparison))
    elif fmt == "markdown":
        from ..render.markdown import escape
        from ..render.markdown_framing import framing_markdown

        out.write("\n".join(["# framediff framing", "", *framing_markdown(comparison.framing, al, escape)]))
    else:
        from ..render.html import render_framing_html

        out.write(render_framing_html(comparison))

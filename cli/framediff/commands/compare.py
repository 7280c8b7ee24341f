"""`framediff compare` and `framediff diff`: how each outlet told the story."""

from __future__ import annotations

from typing import Any

import click

from ..errors import ExitStatus
from .common import Output, align_options, input_options, model_options, output_options, read_inputs, run_alignment

FORMATS = ["text", "json", "jsonl", "markdown", "html"]


def _analyse(
    articles: list[Any], model: str | None, no_cache: bool, threshold: float | None, min_outlets: int | None, lead_prior: float, framing: bool,
    reference: str | None = None,
) -> Any:
    from ..comparison import compare

    alignment = run_alignment(articles, model, no_cache, threshold, 1, lead_prior)
    comparison = compare(alignment, reference=reference)
    if framing:
        from dataclasses import replace

        from ..framing import analyse

        comparison = replace(comparison, framing=analyse(comparison))
    if min_outlets and min_outlets > 1:
        from dataclasses import replace

        comparison = replace(comparison, claims=tuple(c for c in comparison.claims if len(c.claim.articles) >= min_outlets))
    return comparison


def emit(comparison: Any, out: Output, title: str) -> None:
    if out.fmt == "text":
        from ..render.text_compare import render_comparison

        out.text(lambda console: render_comparison(console, comparison, title=title))
    elif out.fmt in ("json", "jsonl"):
        from ..render import json_out

        out.write(json_out.comparison(comparison, lines=out.fmt == "jsonl"))
    elif out.fmt == "markdown":
        from ..render.markdown import render_markdown

        out.write(render_markdown(comparison, title=title))
    else:
        from ..render.html import render_html

        out.write(render_html(comparison, title=title))


@click.command()
@input_options
@align_options
@model_options
@click.option("--no-framing", is_flag=True, help="Leave out the framing analysis (naming, quotes, reuse, tone).")
@output_options(FORMATS)
def compare(inputs: tuple[str, ...], labels: tuple[str, ...], keep_boilerplate: bool, skip_bad: bool,
            threshold: float | None, min_outlets: int | None, lead_prior: float, model: str | None, no_cache: bool, no_framing: bool,
            out: Output) -> None:
    """Show side by side, word by word, how each outlet told each claim.

    Sections: outlets, headlines, claims (most widely carried first, each
    outlet's sentence diffed against the claim's representative), coverage
    matrix, what each outlet alone carries or leaves out, and framing.

    \b
    Examples:
      framediff compare seeds/
      framediff compare -o report.html seeds/
      framediff compare --format json seeds/ | jq '.left_out'
    """
    articles = read_inputs(inputs, labels, keep_boilerplate, skip_bad, minimum=2)
    comparison = _analyse(articles, model, no_cache, threshold, min_outlets, lead_prior, framing=not no_framing)
    emit(comparison, out, "framediff compare")


@click.command()
@click.argument("first", metavar="A")
@click.argument("second", metavar="B")
@click.option("--label", "labels", multiple=True, metavar="NAME", help="Label for A, then B.")
@click.option("--keep-boilerplate", is_flag=True, help="Keep share buttons, captions and the like as text.")
@click.option("-w", "--ignore-space", is_flag=True, help="White space differences do not count, as in diff -w.")
@click.option("-i", "--ignore-case", is_flag=True, help="Case differences do not count, as in diff -i.")
@align_options
@model_options
@click.option("-q", "--quiet", is_flag=True, help="Print nothing; only set the exit status.")
@output_options(FORMATS)
def diff(first: str, second: str, labels: tuple[str, ...], keep_boilerplate: bool, ignore_space: bool, ignore_case: bool,
         threshold: float | None, min_outlets: int | None, lead_prior: float, model: str | None, no_cache: bool, quiet: bool, out: Output) -> None:
    """Compare two articles claim by claim, like diff(1): A is the old side, B the new.

    Every claim is diffed against A's sentence. Exit status: 0 when both carry
    the same claims in the same text, 1 when they differ, 2 on trouble (bad
    input or arguments). Whatever makes them differ is shown in the report.

    \b
    Examples:
      framediff diff old.txt new.txt
      framediff diff -q wire.txt story.html && echo "copied verbatim"
      framediff diff -w -i old.txt new.txt; echo "exit $?"
    """
    from ..comparison import articles_differ

    if min_outlets is not None:
        raise click.UsageError("--min-outlets does not apply to diff: both articles are always shown")
    articles = read_inputs((first, second), labels, keep_boilerplate, skip_bad=False, minimum=2, dedupe=False)
    if len(articles) != 2:
        raise click.UsageError(f"diff compares exactly two articles; A and B hold {len(articles)}")
    comparison = _analyse(articles, model, no_cache, threshold, 1, lead_prior, framing=False, reference=articles[0].id)
    differ = articles_differ(comparison, ignore_space=ignore_space, ignore_case=ignore_case)
    if not quiet:
        emit(comparison, out, "framediff diff")
    click.get_current_context().exit(int(ExitStatus.DIFFERENT if differ else ExitStatus.OK))

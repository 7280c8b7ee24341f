"""`framediff compare` and `framediff diff`: how each outlet told the story."""

from __future__ import annotations

from typing import Any

import click

from framediff.errors import ExitStatus
from framediff.commands.common import Output, Sources, align_options, input_options, make_sources, model_options, output_options, run_core

FORMATS = ["text", "json", "jsonl", "markdown", "html"]


SECTIONS = ["outlets", "headlines", "claims", "coverage", "left-out", "framing"]


def emit(result: Any, out: Output, title: str, sections: tuple[str, ...] = ()) -> None:
    """Hand the core's result to the renderer of ``out``'s format."""
    comparison = getattr(result, "comparison", result)
    if out.fmt == "text":
        from framediff.render.text_compare import render_comparison

        out.text(lambda console: render_comparison(console, comparison, title=title, sections=frozenset(sections) or None))
    elif out.fmt in ("json", "jsonl"):
        from framediff.render import json_out

        json_out.write(out, result)
    elif out.fmt == "markdown":
        from framediff.render.markdown import render_markdown

        out.write(render_markdown(comparison, title=title))
    else:
        from framediff.render.html import render_html

        out.write(render_html(comparison, title=title))


@click.command()
@input_options
@align_options
@model_options
@click.option("--no-framing", is_flag=True, help="Leave out the framing analysis (naming, quotes, reuse, tone).")
@click.option("--reference", metavar="LABEL", default=None,
              help="Diff every claim against this outlet's sentence where it has one (default: the sentence closest to all the others).")
@click.option("--outlet", metavar="LABEL", default=None,
              help="One outlet's view: the claims it carries, with every outlet's sentence, what it alone carries and what it lacks.")
@click.option("--section", "sections", multiple=True, type=click.Choice(SECTIONS),
              help="Text report: only this section (repeat for more): " + ", ".join(SECTIONS) + ".")
@output_options(FORMATS)
def compare(sources: Sources, threshold: float | None, min_outlets: int | None, lead_prior: float, model: str | None, no_cache: bool,
            no_framing: bool, reference: str | None, outlet: str | None, sections: tuple[str, ...], out: Output) -> None:
    """Show side by side, word by word, how each outlet told each claim.

    Sections: outlets, headlines, claims (most widely carried first, each
    outlet's sentence diffed against the claim's reference sentence),
    coverage matrix, what each outlet alone carries or leaves out, and framing.

    \b
    Examples:
      framediff compare seeds/
      framediff compare -o report.html seeds/
      framediff compare --format json seeds/ | jq '.left_out[] | {label: .label, number, text}'
      framediff compare --reference Haaretz --outlet "Israel MoD" --section claims seeds/
    """
    from framediff import api

    if sections and out.fmt != "text":
        raise click.UsageError("--section applies to the text report; the other formats have every section (HTML and Markdown link them)")
    if sections and no_framing and "framing" in sections:
        raise click.UsageError("--section framing and --no-framing contradict each other")
    result = run_core(api.compare, sources.specs, threshold=threshold, min_outlets=min_outlets or 1, lead_prior=lead_prior, model=model,
                      use_cache=not no_cache, framing=not no_framing and (not sections or "framing" in sections), reference=reference,
                      outlet=outlet, read_options=sources.options)
    emit(result, out, "framediff compare", sections)


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
    from framediff import api

    if min_outlets is not None:
        raise click.UsageError("--min-outlets does not apply to diff: both articles are always shown")
    sources = make_sources((first, second), labels, keep_boilerplate, skip_bad=False, dedupe=False)
    result = run_core(api.diff, *sources.specs, ignore_space=ignore_space, ignore_case=ignore_case, threshold=threshold, lead_prior=lead_prior,
                      model=model, use_cache=not no_cache, read_options=sources.options)
    if not quiet:
        emit(result, out, "framediff diff")
    click.get_current_context().exit(int(ExitStatus.DIFFERENT if result.differ else ExitStatus.OK))

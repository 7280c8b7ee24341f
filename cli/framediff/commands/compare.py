"""`framediff compare` and `framediff diff`: how each outlet told the story."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import click

from framediff.errors import ExitStatus
from framediff.render import emit
from framediff.commands.common import Output, Sources, input_options, make_sources, output_options, run_core, settings_options

if TYPE_CHECKING:
    from framediff.settings import Settings

FORMATS = ["text", "json", "jsonl", "markdown", "html"]


SECTIONS = ["outlets", "headlines", "claims", "coverage", "left-out", "framing"]


@click.command()
@input_options
@settings_options()
@click.option("--no-framing", is_flag=True, help="Leave out the framing analysis (naming, quotes, reuse, tone).")
@click.option("--reference", metavar="LABEL", default=None,
              help="Diff every claim against this outlet's sentence where it has one (default: the sentence closest to all the others).")
@click.option("--outlet", metavar="LABEL", default=None,
              help="One outlet's view: the claims it carries, with every outlet's sentence, what it alone carries and what it lacks.")
@click.option("--section", "sections", multiple=True, type=click.Choice(SECTIONS),
              help="Text report: only this section (repeat for more): " + ", ".join(SECTIONS) + ".")
@output_options(FORMATS)
def compare(sources: Sources, settings: Settings, no_framing: bool, reference: str | None, outlet: str | None, sections: tuple[str, ...],
            out: Output) -> None:
    """Show side by side, word by word, how each outlet told each claim.

    Sections: outlets, headlines, claims (most widely carried first, each
    outlet's sentence diffed against the claim's reference sentence),
    coverage matrix, what each outlet alone carries or leaves out, and framing.

    \b
    Examples:
      framediff compare seeds/
      framediff compare -o report.html seeds/
      framediff compare --format json seeds/ | jq '(.left_out + .differently + .unclear)[] | {label: .label, state, number, text}'
      framediff compare --reference Haaretz --outlet "Israel MoD" --section claims seeds/
    """
    from framediff import api

    if sections and out.fmt != "text":
        raise click.UsageError("--section applies to the text report; the other formats have every section (HTML and Markdown link them)")
    if sections and no_framing and "framing" in sections:
        raise click.UsageError("--section framing and --no-framing contradict each other")
    settings = replace(settings, framing=not no_framing and (not sections or "framing" in sections), reference=reference, outlet=outlet)
    result = run_core(api.compare, sources.specs, settings)
    emit(result, replace(out, sections=frozenset(sections) or None))


@click.command()
@click.argument("first", metavar="A")
@click.argument("second", metavar="B")
@click.option("--label", "labels", multiple=True, metavar="NAME", help="Label for A, then B.")
@click.option("--keep-boilerplate", is_flag=True, help="Keep share buttons, captions and the like as text.")
@click.option("-w", "--ignore-space", is_flag=True, help="White space differences do not count, as in diff -w.")
@click.option("-i", "--ignore-case", is_flag=True, help="Case differences do not count, as in diff -i.")
@settings_options(refuse_min_outlets="diff: both articles are always shown")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing; only set the exit status.")
@output_options(FORMATS)
def diff(first: str, second: str, labels: tuple[str, ...], keep_boilerplate: bool, ignore_space: bool, ignore_case: bool,
         settings: Settings, quiet: bool, out: Output) -> None:
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

    sources = make_sources((first, second), labels, keep_boilerplate, skip_bad=False, dedupe=False)
    result = run_core(api.diff, *sources.specs, replace(settings, read=sources.options), ignore_space=ignore_space,
                      ignore_case=ignore_case)
    if not quiet:
        emit(result, out)
    click.get_current_context().exit(int(ExitStatus.DIFFERENT if result.differ else ExitStatus.OK))

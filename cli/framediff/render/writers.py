"""The writers :func:`framediff.render.emit` picks for text, Markdown and HTML: each hands one result to its renderer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment
    from framediff.article import Article
    from framediff.comparing.comparison import Comparison
    from framediff.corpus.summary import Summary
    from framediff.render import Out
    from framediff.results import DiffResult, FramingResult


def _comparison(result: Comparison | DiffResult) -> tuple[Comparison, str]:
    """The comparison to draw and the title it goes under: `framediff diff` gives a DiffResult, `compare` a Comparison."""
    from framediff.results import DiffResult

    if isinstance(result, DiffResult):
        return result.comparison, "framediff diff"
    return result, "framediff compare"


def articles_text(articles: list[Article], out: Out) -> None:
    from framediff.render.text_articles import articles_view

    out.text(lambda console: console.print(articles_view(console, articles), crop=False))


def alignment_text(alignment: Alignment, out: Out) -> None:
    from framediff.render.text_claims import alignment_view

    out.text(lambda console: console.print(alignment_view(console, alignment), crop=False))


def comparison_text(result: Comparison | DiffResult, out: Out) -> None:
    from framediff.render.text_compare import comparison_report

    comparison, title = _comparison(result)
    out.text(lambda console: console.print(comparison_report(console, comparison, title=title, sections=out.sections), crop=False))


def comparison_markdown(result: Comparison | DiffResult, out: Out) -> None:
    from framediff.render.markdown import render_markdown

    comparison, title = _comparison(result)
    out.write(render_markdown(comparison, title=title))


def comparison_html(result: Comparison | DiffResult, out: Out) -> None:
    from framediff.render.html import render_html

    comparison, title = _comparison(result)
    out.write(render_html(comparison, title=title))


def framing_text(result: FramingResult, out: Out) -> None:
    from framediff.render.text_framing import framing_section

    out.text(lambda console: console.print(framing_section(console, result.framing, result.comparison.alignment), crop=False))


def framing_markdown(result: FramingResult, out: Out) -> None:
    from framediff.render.markdown import escape
    from framediff.render.markdown_framing import framing_markdown as sections

    out.write("\n".join(["# framediff framing", "", *sections(result.framing, result.comparison.alignment, escape)]))


def framing_html(result: FramingResult, out: Out) -> None:
    from framediff.render.html import render_framing_html

    out.write(render_framing_html(result.comparison))


def _summary(summary: Summary) -> dict[str, Any]:
    from framediff.serialize import summary_document

    return summary_document(summary)


def summary_text(summary: Summary, out: Out) -> None:
    from framediff.render.summary_report import render_text

    out.write(render_text(_summary(summary), out.text_width()))


def summary_markdown(summary: Summary, out: Out) -> None:
    from framediff.render.summary_report import render_markdown

    out.write(render_markdown(_summary(summary)))


def summary_html(summary: Summary, out: Out) -> None:
    from framediff.render.summary_report import render_html

    out.write(render_html(_summary(summary)))

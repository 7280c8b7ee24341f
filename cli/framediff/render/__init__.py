"""Renderers: leaves that draw one result object as text, JSON, Markdown or HTML.

:func:`emit` is the one door out: every command hands its result and its
:class:`Out` to it, and one table of result type and format picks the writer.
A renderer imports neither the API nor the commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable, Protocol

if TYPE_CHECKING:
    from rich.console import Console


class Out(Protocol):
    """Where a command writes (the command layer's ``Output``): its format, and how to write text, lines or a drawn report."""

    @property
    def fmt(self) -> str: ...

    @property
    def sections(self) -> frozenset[str] | None: ...

    def write(self, text: str) -> None: ...

    def write_lines(self, lines: Iterable[str]) -> None: ...

    def text(self, draw: Callable[[Console], None]) -> None: ...

    def text_width(self) -> int: ...


Writer = Callable[[Any, Out], None]


def _writers() -> dict[tuple[type, str], Writer]:
    """The table: (result type, format) -> writer. Built on first use, so that importing this package stays cheap."""
    from framediff.aligning.claims import Alignment
    from framediff.comparing.comparison import Comparison
    from framediff.corpus.summary import Summary
    from framediff.render import json_out, writers
    from framediff.results import BatchLines, DiffResult, FramingResult, ScoredPairs

    table: dict[tuple[type, str], Writer] = {}
    for kind in (list, Alignment, Comparison, DiffResult, FramingResult):
        table[(kind, "json")] = json_out.write_document
        table[(kind, "jsonl")] = json_out.write_lines
    table.update({
        (list, "text"): writers.articles_text,
        (Alignment, "text"): writers.alignment_text,
        (Comparison, "text"): writers.comparison_text,
        (Comparison, "markdown"): writers.comparison_markdown,
        (Comparison, "html"): writers.comparison_html,
        (DiffResult, "text"): writers.comparison_text,
        (DiffResult, "markdown"): writers.comparison_markdown,
        (DiffResult, "html"): writers.comparison_html,
        (FramingResult, "text"): writers.framing_text,
        (FramingResult, "markdown"): writers.framing_markdown,
        (FramingResult, "html"): writers.framing_html,
        (Summary, "json"): json_out.write_summary,
        (Summary, "text"): writers.summary_text,
        (Summary, "markdown"): writers.summary_markdown,
        (Summary, "html"): writers.summary_html,
        (ScoredPairs, "jsonl"): json_out.write_scored_lines,
        (ScoredPairs, "json"): json_out.write_scored_document,
        (BatchLines, "jsonl"): json_out.write_batch_lines,
    })
    return table


_TABLE: dict[tuple[type, str], Writer] = {}


def emit(result: Any, out: Out) -> None:
    """Write ``result`` as ``out.fmt`` asks, with the writer the table gives for its type."""
    if not _TABLE:
        _TABLE.update(_writers())
    kind = next((k for k in type(result).__mro__ if (k, out.fmt) in _TABLE), None)
    if kind is None:
        raise ValueError(f"no {out.fmt} writer for {type(result).__name__}")
    _TABLE[(kind, out.fmt)](result, out)

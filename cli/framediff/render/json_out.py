"""JSON and JSON Lines output: the documents of :mod:`framediff.serialize`, written out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from framediff import serialize
from framediff.safetext import dumps

if TYPE_CHECKING:
    from framediff.corpus.summary import Summary
    from framediff.render import Out


def write_document(result: Any, out: Out) -> None:
    """The command's JSON document for ``result``."""
    out.write(dumps(serialize.document(result), indent=2))


def write_lines(result: Any, out: Out) -> None:
    """The same document as typed JSON Lines, each record made and written in turn."""
    out.write_lines(dumps(record) + "\n" for record in serialize.lines(result))


def write_summary(summary: Summary, out: Out) -> None:
    out.write(dumps(serialize.summary_document(summary), indent=2) + "\n")


def score_opening() -> str:
    """The start of `framediff score --format json`, whose pairs are written after it as they are scored."""
    return serialize.score_opening()

"""JSON and JSON Lines output: the documents of :mod:`framediff.serialize`, written out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from framediff import serialize
from framediff.safetext import dumps

if TYPE_CHECKING:
    from framediff.corpus.summary import Summary
    from framediff.render import Out


def write_document(result: Any, out: Out) -> None:
    """The command's JSON document for ``result``, written a record at a time (:func:`document_pieces`)."""
    out.write_lines(document_pieces(result))


def document_pieces(result: Any) -> Iterator[str]:
    """The text of ``dumps(serialize.document(result), indent=2)`` and its final newline, in pieces: each record of a
    list is made, written and let go in turn. The whole document at once held its records, its text and a copy of
    that: align on 300 articles (a 130 MB document) peaked at 818 MB while writing it, 450 MB before."""
    made = serialize.parts(result)
    if not made:
        yield "{}\n"
        return
    for n, (key, value) in enumerate(made):
        yield ("{" if n == 0 else ",") + "\n  " + dumps(key) + ": "
        if isinstance(value, serialize.Listed):
            opening = "["
            for item in value.items():
                yield opening + "\n    " + _indented(dumps(item, indent=2), "\n    ")
                opening = ","
            yield "[]" if opening == "[" else "\n  ]"
        else:
            yield _indented(dumps(value, indent=2), "\n  ")
    yield "\n}\n"


def _indented(text: str, newline: str) -> str:
    """JSON text one level deeper: a raw line break occurs only between its tokens (a string's is written \\n)."""
    return text.replace("\n", newline) if "\n" in text else text


def write_lines(result: Any, out: Out) -> None:
    """The same document as typed JSON Lines, each record made and written in turn."""
    out.write_lines(dumps(record) + "\n" for record in serialize.lines(result))


def write_summary(summary: Summary, out: Out) -> None:
    out.write(dumps(serialize.summary_document(summary), indent=2) + "\n")


def score_opening() -> str:
    """The start of `framediff score --format json`, whose pairs are written after it as they are scored."""
    return serialize.score_opening()

"""JSON Lines: a document written record by record, and read back whole.

A document is a list of (key, value) parts, in order; a value is plain, or a
:class:`Listed` list, counted before it is made and made on demand. Its JSON
Lines are a ``header`` line with every key that is not a list (and how many
lines each list gives, so that a reader can tell a whole stream from a cut
one), then one line per list item with its ``type``. :func:`document_from_lines`
puts them back together, so nothing of the document is lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

# The lists of a document, in the order their lines come, and the type of each line.
LINE_TYPES = {
    "articles": "article", "outlets": "outlet", "headlines": "headline", "claims": "claim", "coverage": "coverage",
    "only_here": "only_here", "alone_near": "alone_near", "left_out": "left_out", "differently": "differently", "unclear": "unclear",
    "framing": "framing", "naming": "naming", "reuse": "reuse",
    "disagreements": "disagreement", "quoted_apart": "quoted_apart", "pairs": "pair",
}


Part = Any  # a document's value: plain, or Listed


@dataclass(frozen=True)
class Listed:
    """A list of a document, counted before it is made and made on demand: JSON Lines write it one record at a time."""

    count: int
    items: Callable[[], Iterable[dict[str, Any]]]


def listed(records: Sequence[Any], record: Callable[[Any], dict[str, Any]]) -> Listed:
    return Listed(len(records), lambda: (record(r) for r in records))


def whole(parts: Iterable[tuple[str, Part]]) -> dict[str, Any]:
    """The document, every list made."""
    return {key: list(value.items()) if isinstance(value, Listed) else value for key, value in parts}


def lines(parts: Iterable[tuple[str, Part]]) -> Iterator[dict[str, Any]]:
    """The document as JSON Lines records, each made when it is written: a header with every key that is not a list (and
    how many lines each list gives, so that a reader can tell a whole stream from a cut one), then each list item with its type."""
    made = dict(parts)
    counts = {key: made[key].count for key in LINE_TYPES if isinstance(made.get(key), Listed)}
    yield {"type": "header", **{k: v for k, v in made.items() if not isinstance(v, Listed)}, "lines": counts}
    for key, kind in LINE_TYPES.items():
        value = made.get(key)
        if isinstance(value, Listed):
            for item in value.items():
                yield {"type": kind, **item}


def document_from_lines(lines: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The document that :func:`lines` wrote."""
    kinds = {kind: key for key, kind in LINE_TYPES.items()}
    document: dict[str, Any] = {}
    listed: dict[str, list[dict[str, Any]]] = {}
    for line in lines:
        record = dict(line)
        kind = record.pop("type")
        if kind == "header":
            listed.update({key: [] for key in record.pop("lines", {})})
            document.update(record)
        else:
            listed.setdefault(kinds[kind], []).append(record)
    return {**document, **listed}

"""JSON and JSON Lines output: the documents of :mod:`framediff.serialize`, written out."""

from __future__ import annotations

from typing import Any

from framediff.safetext import dumps


def document(result: Any) -> str:
    """The command's JSON document for ``result`` (:func:`framediff.to_json`)."""
    from framediff.api import to_json

    return dumps(to_json(result), indent=2)


def lines(result: Any) -> str:
    """The same document as typed JSON Lines (:func:`framediff.to_json_lines`)."""
    from framediff.api import to_json_lines

    return "".join(dumps(record) + "\n" for record in to_json_lines(result))


def write(out: Any, result: Any) -> None:
    """Write ``result`` to ``out`` as its ``json`` or ``jsonl`` format asks."""
    out.write(document(result) if out.fmt == "json" else lines(result))

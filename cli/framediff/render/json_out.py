"""JSON and JSON Lines output: the documents of :mod:`framediff.serialize`, written out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator

from framediff import serialize
from framediff.json_lines import Listed
from framediff.safetext import dumps

if TYPE_CHECKING:
    from framediff.corpus.summary import Summary
    from framediff.render import Out
    from framediff.results import BatchLines, ScoredPairs


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
        if isinstance(value, Listed):
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


def write_scored_lines(result: ScoredPairs, out: Out) -> None:
    """`framediff score`: a line per pair, each written as soon as it is scored."""
    out.write_lines(dumps(serialize.scored_pair(record, score)) + "\n" for record, score in result.pairs)


def write_scored_document(result: ScoredPairs, out: Out) -> None:
    """`framediff score --format json`: one document whose ``pairs`` grow as they are scored."""
    out.write_lines(scored_document_pieces(result))


def scored_document_pieces(result: ScoredPairs) -> Iterator[str]:
    """The score document in pieces: its opening before any pair is read, then each pair. It is closed even when reading
    or scoring stops with an error, so that what standard output holds is still one JSON document."""
    yield serialize.score_opening()
    count = 0
    try:
        for record, score in result.pairs:
            yield ("," if count else "") + "\n  " + dumps(serialize.scored_pair(record, score), indent=2).replace("\n", "\n  ")
            count += 1
    except GeneratorExit:  # the writer stopped reading (the reader went away): nothing more to write
        raise
    except BaseException:
        yield ("\n" if count else "") + "]}\n"
        raise
    yield ("\n" if count else "") + "]}\n"


def write_batch_lines(result: BatchLines, out: Out) -> None:
    """`framediff batch`: a line per event, each written as soon as the event is done."""
    out.write_lines(dumps(line) + "\n" for line in result.lines)

"""`framediff score`: the pairwise primitive for scripts."""

from __future__ import annotations

import codecs
import contextlib
import itertools
import json
import sys
from typing import IO, Any, Callable, Iterator

import click

from framediff.errors import ExitStatus
from framediff.commands.common import CommandError, model_options, user_errors, warn
from framediff.commands.output import check_writable, quiet_stdout, replacing

CHUNK = 256  # pairs scored and written at a time: output streams, and a pair scores the same in any batch
MAX_LINE = 20 * 1024 * 1024  # bytes of one input line: the cap of one input anywhere (reading.loading.MAX_BYTES)
CHUNK_BYTES = MAX_LINE  # and the input a chunk holds, about: long lines are scored a few at a time


@click.command()
@click.argument("source", type=click.File("rb"), default="-")  # read as bytes: a line is capped before it is held
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None, help="same_claim from this score on (default: calibrated on MRPC train).")
@click.option(
    # scorer.SCORE_MODES, spelled out: importing the core here would cost --help 18 ms
    "--mode", type=click.Choice(["cascade", "fast", "full"]), default="cascade", show_default=True,
    help="fast: static word vectors and word overlap only, no network; full: the MiniLM cross-encoder on every pair; "
         "cascade: the cross-encoder only on the pairs fast is unsure of.",
)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one scored pair per line; json: one document {\"schema\", \"pairs\": [...]}.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-", help="Write to FILE instead of standard output.")
@click.option("--skip-bad", is_flag=True, help="Report a malformed line on stderr and go on, instead of stopping with exit 2.")
@model_options
def score(source: Any, threshold: float | None, mode: str, fmt: str, output: str, skip_bad: bool, model: str | None, no_cache: bool) -> None:
    """Score sentence pairs read as JSON Lines: do they state the same claim?

    Each input line is an object with "a" and "b"; every other field passes
    through untouched. Each output line adds "score" (0 to 1) and "same_claim".
    Scores are paraphrase probabilities calibrated on MRPC, from a
    cross-encoder fine-tuned there and cheap word signals. A pair gets the
    same score alone or among any others (words weigh by their frequency in
    English), so pairs may be scored one call each or all in one. Results are
    written as they are scored, 256 pairs at a time.

    \b
    Examples:
      echo '{"a": "Israel signed a defence pact.", "b": "Israel signs defense deal."}' | framediff score
      framediff score pairs.jsonl | jq -c 'select(.same_claim)'
      framediff score --mode fast -o scored.jsonl big.jsonl
    """
    from framediff import api
    from framediff.aligning.embedding import Embedder
    from framediff.safetext import dumps

    if model:
        warn(f"--model {model}: score reads pairs with its own cross-encoder and static vectors, not a sentence model; ignored")
    check_writable(output)
    embedder = None
    with _Sink(output, fmt) as sink:
        for chunk in _chunks(_read_pairs(source, skip_bad)):
            with user_errors():
                embedder = embedder or Embedder(use_cache=not no_cache, warn=warn)  # loaded once for every chunk
                scored = api.score([(r["a"], r["b"]) for r in chunk], mode=mode, threshold=threshold, embedder=embedder)
            for record, result in zip(chunk, scored):
                record["score"], record["same_claim"] = result.score, result.same_claim
                sink.put(dumps(record, indent=2 if fmt == "json" else None))


class _Sink:
    """Writes scored records as they come: one a line, or one JSON document whose list grows as records arrive.
    A file (-o) is written beside its place and renamed into it when the run ends well, so a failed or stopped run
    leaves the file as it was. Standard output streams, and a failed run still closes its JSON document there."""

    def __init__(self, path: str, fmt: str) -> None:
        self.fmt, self.count, self.path = fmt, 0, path
        self.handle: IO[str] = sys.stdout
        self.file: contextlib.AbstractContextManager[IO[str]] | None = None
        if path != "-":
            self.file = replacing(path)
            self.handle = self._io(self.file.__enter__)

    def __enter__(self) -> _Sink:
        try:
            if self.fmt == "json":
                from framediff.render.json_out import score_opening

                self._write(score_opening())
        except BaseException:
            self.__exit__(*sys.exc_info())
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: Any) -> None:
        if self.file is not None and kind is not None:
            self.file.__exit__(kind, error, trace)  # removes the temporary file; the error goes on
            return
        try:
            if self.fmt == "json":
                self._write(("\n" if self.count else "") + "]}\n")
        except BaseException:
            if self.file is not None:
                self.file.__exit__(*sys.exc_info())
            raise
        if self.file is not None:
            self._io(self.file.__exit__, None, None, None)  # renamed into place
            return
        try:
            self.handle.flush()
        except BrokenPipeError:
            quiet_stdout()

    def _io(self, step: Callable[..., Any], *args: Any) -> Any:
        try:
            return step(*args)
        except OSError as err:
            raise CommandError(f"{self.path}: cannot write: {err.strerror or err}", int(ExitStatus.USAGE)) from None

    def put(self, record: str) -> None:
        if self.fmt == "json":
            self._write(("," if self.count else "") + "\n  " + record.replace("\n", "\n  "))
        else:
            self._write(record + "\n")
        self.count += 1

    def _write(self, text: str) -> None:
        if self.file is not None:
            self._io(self.handle.write, text)
        else:
            self.handle.write(text)
            self.handle.flush()


def _chunks(records: Iterator[tuple[dict[str, Any], int]]) -> Iterator[list[dict[str, Any]]]:
    """The records in chunks of CHUNK, or fewer when their lines pass CHUNK_BYTES (so a chunk of long lines holds at
    most about two lines' worth); a bad line ends the input, but the good lines before it are scored and written first."""
    chunk: list[dict[str, Any]] = []
    size = 0
    try:
        for record, length in records:
            chunk.append(record)
            size += length
            if len(chunk) >= CHUNK or size >= CHUNK_BYTES:
                yield chunk
                chunk, size = [], 0
    except CommandError:
        if chunk:
            yield chunk
        raise
    if chunk:
        yield chunk


def _read_pairs(source: Any, skip_bad: bool) -> Iterator[tuple[dict[str, Any], int]]:
    """Each good record and the length of its line."""
    name = getattr(source, "name", "-")
    name = "<stdin>" if name in ("<stdin>", "-") or not isinstance(name, str) else name
    for lineno, line in _lines(source):
        if line is not None and not line.strip():
            continue
        record, problem = _parse(line)
        if record is not None:
            yield record, len(line or "")
        elif skip_bad:
            warn(f"{name}:{lineno}: skipped: {problem}")
        else:
            raise CommandError(f"{name}:{lineno}: {problem}", int(ExitStatus.USAGE))


def _parse(line: str | None) -> tuple[dict[str, Any] | None, str | None]:
    """One input line's pair, or what is wrong with the line (None: a line over the cap)."""
    from framediff.reading.records import parse_json

    if line is None:
        return None, f"a line over {MAX_LINE // (1024 * 1024)} MB, the limit of one line"
    try:
        record = parse_json(line)
    except json.JSONDecodeError as err:
        return None, f"malformed JSON: {err.msg} (column {err.colno})"
    except ValueError as err:  # nested too deeply, NaN, Infinity, a number too long to read, a lone surrogate
        return None, f"malformed JSON: {err}"
    if not isinstance(record, dict) or not isinstance(record.get("a"), str) or not isinstance(record.get("b"), str):
        return None, 'each line needs string fields "a" and "b"'
    return record, None


def _lines(source: IO[bytes]) -> Iterator[tuple[int, str | None]]:
    """(line number, text) for each line, read no further than MAX_LINE bytes: a longer line comes as None, and is
    passed over without being held. A byte-order mark is not JSON; a byte that is not UTF-8 becomes a lone surrogate,
    which the JSON reader then names."""
    for lineno in itertools.count(1):
        data = source.readline(MAX_LINE + 1)
        if not data:
            return
        if len(data) > MAX_LINE and not data.endswith(b"\n"):
            while data and not data.endswith(b"\n"):
                data = source.readline(1024 * 1024)
            yield lineno, None
            continue
        if lineno == 1 and data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        yield lineno, data.decode("utf-8", "surrogateescape")

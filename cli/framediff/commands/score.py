"""`framediff score`: the pairwise primitive for scripts."""

from __future__ import annotations

import codecs
import itertools
import json
from typing import IO, TYPE_CHECKING, Any, Iterator

import click

from framediff.errors import ExitStatus
from framediff.commands.common import CommandError, model_options, user_errors, warn
from framediff.commands.output import Output, check_writable
from framediff.render import emit

if TYPE_CHECKING:
    from framediff.results import PairScore

CHUNK = 256  # pairs scored and written at a time: output streams, and a pair scores the same in any batch
MAX_LINE = 20 * 1024 * 1024  # bytes of one input line: the cap of one input anywhere (reading.loading.MAX_BYTES)
CHUNK_BYTES = MAX_LINE  # and the input a chunk holds, about: long lines are scored a few at a time


@click.command()
@click.argument("source", type=click.File("rb"), default="-")  # read as bytes: a line is capped before it is held
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help="same_claim from this score on (default: calibrated on MRPC train).")
@click.option(
    # scorer.SCORE_MODES, spelled out: importing the core here would cost --help 18 ms
    "--mode", type=click.Choice(["cascade", "fast", "full"]), default="cascade", show_default=True,
    help="fast: static word vectors and word overlap only, no network; full: the MiniLM cross-encoder on every pair; "
         "cascade: the cross-encoder only on the pairs fast is unsure of.",
)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one scored pair per line; json: one document {\"schema\", \"pairs\": [...]}.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write to FILE instead of standard output.")
@click.option("--skip-bad", is_flag=True, help="Report a malformed line on stderr and go on, instead of stopping with exit 2.")
@model_options
def score(source: Any, threshold: float | None, mode: str, fmt: str, output: str, skip_bad: bool, model: str | None,
          no_cache: bool) -> None:
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
    from framediff.results import ScoredPairs

    if model:
        warn(f"--model {model}: score reads pairs with its own cross-encoder and static vectors, not a sentence model; ignored")
    check_writable(output)
    emit(ScoredPairs(_scored(source, skip_bad, mode, threshold, no_cache)), Output(fmt, output, stream=True))


def _scored(source: Any, skip_bad: bool, mode: str, threshold: float | None, no_cache: bool) -> Iterator[tuple[dict[str, Any], PairScore]]:
    """Each good input record and its pair's score, a chunk at a time; the embedder is loaded once, for every chunk."""
    from framediff import api
    from framediff.aligning.embedding import Embedder

    embedder = None
    told = False
    for chunk in _chunks(_read_pairs(source, skip_bad)):
        with user_errors():
            embedder = embedder or Embedder(use_cache=not no_cache, warn=warn)
            scored = api.score([(r["a"], r["b"]) for r in chunk], mode=mode, threshold=threshold, embedder=embedder)
            told = told or _tell_other_languages(chunk)
        yield from zip(chunk, scored)


def _tell_other_languages(chunk: list[dict[str, Any]]) -> bool:
    """Warn, once, that a pair not in English is scored by English models: its score means little (a ninth trial read
    0.12 to 0.32 for French and German restatements that compare, across languages, scores under 0.10). Whether told."""
    from framediff.reading.languages import describe, identify_many, is_english

    texts = [r[side] for r in chunk for side in ("a", "b")]
    for text, found in zip(texts, identify_many(texts)):
        if not is_english(found.language):
            shown = " ".join(text.split())
            shown = shown if len(shown) <= 40 else shown[:39] + "…"
            warn(f"a pair not in English (“{shown}”, {describe(found.language)}): score reads English only, so its scores "
                 "mean little there; compare and align read claims across languages")
            return True
    return False


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

"""`framediff score`: the pairwise primitive for scripts."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from ..errors import ExitStatus
from .common import CommandError, model_options, user_errors, warn


@click.command()
@click.argument("source", type=click.File("r", encoding="utf-8-sig"), default="-")  # a byte-order mark is not JSON
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None, help="same_claim from this score on (default: calibrated on MRPC train).")
@click.option(
    # similarity.SCORE_MODES, spelled out: importing the core here would cost --help 18 ms
    "--mode", type=click.Choice(["cascade", "fast", "full"]), default="cascade", show_default=True,
    help="fast: static word vectors and words only; full: MiniLM on every pair; cascade: MiniLM only where fast is unsure.",
)
@model_options
def score(source: Any, threshold: float | None, mode: str, model: str | None, no_cache: bool) -> None:
    """Score sentence pairs read as JSON Lines: do they state the same claim?

    Each input line is an object with "a" and "b"; every other field passes
    through untouched. Each output line adds "score" (0 to 1) and "same_claim".
    Scores are paraphrase probabilities calibrated on MRPC, from a
    cross-encoder fine-tuned there and cheap word signals. A pair gets the
    same score alone or among any others (words weigh by their frequency in
    English), so pairs may be scored one call each or all in one.

    \b
    Examples:
      echo '{"a": "Israel signed a defence pact.", "b": "Israel signs defense deal."}' | framediff score
      framediff score pairs.jsonl | jq 'select(.same_claim)'
      framediff score --mode fast big.jsonl > scored.jsonl
    """
    from ..embedding import Embedder
    from ..safetext import dumps
    from ..similarity import score_texts, score_threshold

    if model:
        warn(f"--model {model}: score reads pairs with its own cross-encoder and static vectors, not a sentence model; ignored")
    records = _read_pairs(source)
    if not records:
        return
    with user_errors():
        embedder = Embedder(model=model, use_cache=not no_cache, warn=warn)
        probabilities = score_texts([(r["a"], r["b"]) for r in records], embedder, mode=mode, threshold=threshold)
        cut = score_threshold(mode) if threshold is None else threshold
    out = sys.stdout
    for record, p in zip(records, probabilities):
        record["score"] = round(float(p), 4)
        record["same_claim"] = bool(p >= cut)
        out.write(dumps(record) + "\n")


def _read_pairs(source: Any) -> list[dict[str, Any]]:
    name = getattr(source, "name", "-")  # stdin re-wrapped to drop a byte-order mark has no name
    name = "<stdin>" if name in ("<stdin>", "-") or not isinstance(name, str) else name
    records = []
    for lineno, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise CommandError(f"{name}:{lineno}: malformed JSON: {err.msg} (column {err.colno})", int(ExitStatus.USAGE)) from None
        if not isinstance(record, dict) or not isinstance(record.get("a"), str) or not isinstance(record.get("b"), str):
            raise CommandError(f"{name}:{lineno}: each line needs string fields \"a\" and \"b\"", int(ExitStatus.USAGE))
        records.append(record)
    return records

"""Readers for the public sentence-pair data in ../shared/data (never shipped, never needed by tests)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


def mrpc(path: Path | None = None) -> list[tuple[str, str, int]]:
    """MRPC: (sentence1, sentence2, label) with label 1 for paraphrases."""
    path = path or DATA / "mrpc" / "msr_paraphrase_train.txt"
    rows = []
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 5 or not parts[0].strip().isdigit():
                continue  # header row
            rows.append((parts[3], parts[4], int(parts[0])))
    return rows


def stsb(split: str) -> list[tuple[str, str, float]]:
    """STS Benchmark news genre: (sentence1, sentence2, score 0..5)."""
    rows = []
    with (DATA / "stsb" / f"sts-{split}-news.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 7:
                continue
            rows.append((parts[5], parts[6], float(parts[4])))
    return rows

"""Batch against one big align: 100 events of three long articles (about 8,600 sentences).

    python bench/batch_speed.py [--events 100] [--per-article 29] [--steps 25,50,100]

Each event's three articles are built from real, distinct news sentences (MRPC
train and STS-B news, ../shared/data): the two sentences of a pair go to two
articles of the same event, so every event has real shared claims and no two
events share a sentence. In one run, in fresh processes with the embedding
cache off, it times:

- one `framediff align --no-cache` of every article at once;
- `framediff batch --group-by event --no-cache` at 1 and 2 workers, on the
  first 25, 50 and 100 events, to show how time grows with events and workers.

It prints wall time, sentences a second and the peak resident memory of the
run's largest process for each run. The issue's target: batch on all events beats the single
align.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pairs import mrpc, stsb  # noqa: E402
from scale import build  # noqa: E402
from startup import framediff  # noqa: E402

ARTICLES_PER_EVENT = 3


def corpus(n_events: int, per_article: int) -> list[dict[str, str]]:
    """``n_events`` events of three articles each; the events draw on disjoint slices of the pairs."""
    pairs = [(a, b) for a, b, _ in mrpc()] + [(a, b) for a, b, _ in stsb("train")] + [(a, b) for a, b, _ in stsb("dev")]
    random.Random(0).shuffle(pairs)
    # a pair fills two sentence slots, and a few pairs repeat a sentence already used: take a margin
    per_event = (ARTICLES_PER_EVENT * per_article) // 2 + 4
    if per_event * n_events > len(pairs):
        sys.exit(f"only {len(pairs)} sentence pairs: at most {len(pairs) // per_event} events of this size")
    records = []
    for event in range(n_events):
        chunk = pairs[event * per_event:(event + 1) * per_event]
        for i, record in enumerate(build(ARTICLES_PER_EVENT, per_article, chunk)):
            records.append({"event": f"event {event:03d}", "outlet": f"outlet {i}", "title": f"Event {event} report {i}", "text": record["text"]})
    return records


# Runs one command in a fresh interpreter and reports the peak resident memory of the largest process of that
# run alone (the command, or one of its workers): ru_maxrss of this process's children would only ever grow.
_MEASURE = (
    "import resource, subprocess, sys\n"
    "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    "sys.exit(code)\n"
)


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall seconds and the peak resident memory (MB) of the run's largest process."""
    t0 = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    if result.returncode != 0:
        sys.exit(f"{' '.join(argv[1:3])} failed ({result.returncode}): {result.stderr.strip()}")
    return wall, int(result.stdout.split()[-1]) / 1024


def write(path: Path, records: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def sentence_count(path: Path) -> int:
    out = subprocess.run([framediff(), "sentences", "--format", "json", str(path)], capture_output=True, check=True).stdout
    return sum(len(a["sentences"]) for a in json.loads(out)["articles"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100)
    parser.add_argument("--per-article", type=int, default=29)
    parser.add_argument("--steps", default="25,50,100", help="event counts to time batch on (comma-separated)")
    args = parser.parse_args()
    steps = sorted({min(int(s), args.events) for s in args.steps.split(",")} | {args.events})
    records = corpus(args.events, args.per_article)
    exe = framediff()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        full = Path(tmp) / "corpus.jsonl"
        write(full, records)
        n_sentences = sentence_count(full)
        print(f"{args.events} events, {len(records)} articles, {n_sentences} sentences", flush=True)
        wall, peak = timed([exe, "align", "--no-cache", "--format", "json", "-o", str(Path(tmp) / "align.json"), str(full)])
        rows.append(("align, all articles at once", n_sentences, 1, wall, peak))
        print(f"  {rows[-1][0]}: {wall:.1f} s", flush=True)
        for n in steps:
            part = Path(tmp) / f"corpus-{n}.jsonl"
            write(part, records[:n * ARTICLES_PER_EVENT])
            sentences = n_sentences if n == args.events else sentence_count(part)
            for jobs in (1, 2):
                out = Path(tmp) / f"batch-{n}-{jobs}.jsonl"
                wall, peak = timed([exe, "batch", "--group-by", "event", "--no-cache", "-j", str(jobs), "-o", str(out), str(part)])
                lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
                ok = sum(1 for line in lines if line["status"] == "ok")
                if ok != n:
                    sys.exit(f"batch on {n} events gave {ok} compared events")
                rows.append((f"batch, {n} events, {jobs} worker{'s' if jobs > 1 else ''}", sentences, jobs, wall, peak))
                print(f"  {rows[-1][0]}: {wall:.1f} s", flush=True)
    print()
    print(f"{'run':<34} {'sentences':>9} {'wall s':>8} {'sent/s':>8} {'peak MB':>8}")
    for name, sentences, _jobs, wall, peak in rows:
        print(f"{name:<34} {sentences:>9} {wall:>8.1f} {sentences / wall:>8.0f} {peak:>8.0f}")
    align_wall = rows[0][3]
    best = min(r[3] for r in rows if r[0].startswith(f"batch, {args.events} events"))
    print(f"\nbatch on all {args.events} events: {align_wall / best:.2f}x the speed of one align "
          f"({'meets' if best < align_wall else 'MISSES'} the target: faster than align)")
    print("peak MB: the largest single process of that run (the command or one of its workers), not their sum")


if __name__ == "__main__":
    main()

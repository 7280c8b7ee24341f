"""Peak memory and time of `framediff compare` as inputs grow, and at the documented limits.

    python bench/memory.py [--sizes 10000,100000,1000000] [--files 5000] [--article]

For each size it writes a story of that many sentences (articles of 200
sentences, each sentence the first half of one real news sentence and the
second half of another, from MRPC train and STS-B news in ../shared/data, so
none repeats), in JSON Lines files of 25 articles, and runs `framediff compare --no-cache --format json` on it in a
fresh process. It also runs compare on a folder of ``--files`` small articles,
and (``--article``) on one JSON article of 715,000 sentences (15 MB), the input
that once took 24 GB. A run past a limit (README, "Limits": 10,000 sentences an
article, 100,000 sentences or 1,000 articles a run) must be refused with exit 2
and one line, fast and in little memory; a run within them must finish.
Prints, per run: sentences, articles, exit status, wall seconds, peak resident
MB, and the size of the JSON written (or the error line).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_speed import _MEASURE  # noqa: E402
from pairs import mrpc, stsb  # noqa: E402
from startup import framediff  # noqa: E402

PER_ARTICLE = 200


def _halves() -> tuple[list[str], list[str]]:
    sentences = list(dict.fromkeys(s for a, b, _ in [*mrpc(), *stsb("train"), *stsb("dev")] for s in (a, b)))
    firsts, seconds = [], []
    for s in sentences:
        words = re.sub(r"[.!?;]", "", s).split()  # one sentence each: no stop inside a half
        if len(words) >= 6:
            firsts.append(" ".join(words[: len(words) // 2]))
            seconds.append(" ".join(words[len(words) // 2 :]))
    return firsts, seconds


def story(n_sentences: int, per_article: int = PER_ARTICLE) -> list[dict[str, str]]:
    """Articles of ``per_article`` distinct sentences, ``n_sentences`` in all."""
    firsts, seconds = _halves()
    rng = random.Random(0)
    records, body = [], []
    for k in range(n_sentences):
        body.append(f"{rng.choice(firsts)} {rng.choice(seconds)} ({k}).")
        if len(body) == per_article or k == n_sentences - 1:
            records.append({"outlet": f"outlet {len(records):04d}", "text": " ".join(body)})
            body = []
    return records


def measure(argv: list[str]) -> tuple[int, float, float, str]:
    """(exit status, wall seconds, peak resident MB of the largest process, the last line of stderr, or the output's size)."""
    out = Path(argv[argv.index("-o") + 1])
    out.unlink(missing_ok=True)
    t0 = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    lines = result.stdout.split()
    peak = int(lines[-1]) / 1024 if lines else float("nan")
    if result.returncode == 0 and out.exists():
        return 0, wall, peak, f"output {out.stat().st_size / 1e6:,.0f} MB"
    return result.returncode, wall, peak, (result.stderr.strip().splitlines() or [""])[-1][:110]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="sentences per run, comma-separated")
    parser.add_argument("--files", type=int, default=5000, help="small articles in one folder (0: skip)")
    parser.add_argument("--article", action="store_true", help="also one JSON article of 715,000 sentences")
    parser.add_argument("--per-article", type=int, default=PER_ARTICLE, help="sentences per article of the stories")
    parser.add_argument("--format", default="json", choices=["json", "text"], help="the report compare writes")
    args = parser.parse_args()
    exe = framediff()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "out.json")
        for size in (int(s) for s in args.sizes.split(",") if s):
            path = Path(tmp) / f"story-{size}"  # JSON Lines files of 25 articles, each well under the 20 MB cap
            path.mkdir()
            records = story(size, args.per_article)
            for start in range(0, len(records), 25):
                lines = "".join(json.dumps(r) + "\n" for r in records[start : start + 25])
                (path / f"{start // 25:04d}.jsonl").write_text(lines, encoding="utf-8")
            code, wall, peak, last = measure([exe, "compare", "--no-cache", "--format", args.format, "-o", out, str(path)])
            rows.append((f"{size:,} sentences", len(records), code, wall, peak, last))
            print(*rows[-1][:5], flush=True)
        if args.files:
            folder = Path(tmp) / "files"
            folder.mkdir()
            for n, record in enumerate(story(args.files * 3, per_article=3)):
                (folder / f"{n:05d}.txt").write_text(f"Report {n}\n\n{record['text']}", encoding="utf-8")
            code, wall, peak, last = measure([exe, "compare", "--no-cache", "--format", "json", "-o", out, str(folder)])
            rows.append((f"{args.files:,} small files", args.files, code, wall, peak, last))
            print(*rows[-1][:5], flush=True)
        if args.article:
            path = Path(tmp) / "huge.json"
            path.write_text(json.dumps({"text": "Rain fell. " * 715_000}), encoding="utf-8")
            code, wall, peak, last = measure([exe, "compare", "--no-cache", "--format", "json", "-o", out, str(path)])
            rows.append(("one article, 715,000 sentences", 1, code, wall, peak, last))
    print(f"\n{'input':<32} {'articles':>8} {'exit':>4} {'wall s':>8} {'peak MB':>8}  message")
    for name, articles, code, wall, peak, last in rows:
        print(f"{name:<32} {articles:>8} {code:>4} {wall:>8.1f} {peak:>8.0f}  {last}")


if __name__ == "__main__":
    main()

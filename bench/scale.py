"""Align 300 articles / about 8,000 sentences: wall time and peak memory.

    python bench/scale.py [--articles 300] [--cache]

The articles are built from real, distinct news sentences (MRPC train and STS-B
news, ../shared/data): the two sentences of each pair go to different articles,
so there are real cross-article claims to find. Runs `framediff align` in a
fresh process with the embedding cache off (unless --cache) and reports wall
time and peak resident memory. Targets: under 60 s and 2 GB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pairs import mrpc, stsb  # noqa: E402
from startup import framediff  # noqa: E402


def build(n_articles: int, per_article: int, pairs: list[tuple[str, str]] | None = None) -> list[dict[str, str]]:
    """Articles of real news sentences: the two sentences of each pair go to two different articles.

    ``pairs`` defaults to MRPC train and STS-B news train and dev, shuffled.
    """
    rng = random.Random(0)
    if pairs is None:
        pairs = [(a, b) for a, b, _ in mrpc()] + [(a, b) for a, b, _ in stsb("train")] + [(a, b) for a, b, _ in stsb("dev")]
        rng.shuffle(pairs)
    articles: list[list[str]] = [[] for _ in range(n_articles)]
    seen: set[str] = set()
    slot = 0
    for a, b in pairs:
        if sum(len(x) for x in articles) >= n_articles * per_article:
            break
        if a in seen or b in seen:
            # a sentence met before: place the new one alone, so that every sentence appears once
            for text in (a, b):
                if text not in seen:
                    seen.add(text)
                    articles[rng.randrange(n_articles)].append(text)
            continue
        seen.update((a, b))
        first = slot % n_articles
        second = (first + 1 + rng.randrange(n_articles - 1)) % n_articles
        articles[first].append(a)
        articles[second].append(b)
        slot += 1
    return [{"text": "\n\n".join(sents), "outlet": f"outlet {i:03d}"} for i, sents in enumerate(articles)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--per-article", type=int, default=27)
    parser.add_argument("--cache", action="store_true", help="use the embedding cache (default: off, a cold run)")
    args = parser.parse_args()
    records = build(args.articles, args.per_article)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        argv = [framediff(), "sentences", "--format", "json", str(path)]
        n_sentences = sum(len(a["sentences"]) for a in json.loads(subprocess.run(argv, capture_output=True, check=True).stdout)["articles"])
        argv = [framediff(), "align", "--format", "json", "-o", str(Path(tmp) / "out.json"), str(path)]
        if not args.cache:
            argv.insert(2, "--no-cache")
        t0 = time.perf_counter()
        result = subprocess.run(argv, capture_output=True, text=True, check=False)
        wall = time.perf_counter() - t0
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        if result.returncode != 0:
            sys.exit(f"framediff align failed: {result.stderr}")
        claims = json.loads((Path(tmp) / "out.json").read_text(encoding="utf-8"))["claims"]
    shared = sum(1 for c in claims if len(c["articles"]) > 1)
    print(f"{len(records)} articles, {n_sentences} sentences: align {wall:.1f} s wall, peak memory {peak_mb:.0f} MB "
          f"({'cache on' if args.cache else 'cold, no cache'}); {len(claims)} claims, {shared} shared")


if __name__ == "__main__":
    main()

"""Throughput of `framediff score`: 2,000 sentence pairs from MRPC train, cold and warm.

    python bench/score_speed.py [--pairs 2000]

Three runs against a fresh cache directory: with --no-cache (cold), then one
that fills the cache, then a warm one (word-piece vectors are not cached, so the
model still runs).
Needs ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pairs import mrpc  # noqa: E402
from startup import framediff  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2000)
    args = parser.parse_args()
    rows = mrpc()[: args.pairs]
    data = "".join(json.dumps({"a": a, "b": b}) + "\n" for a, b, _ in rows)
    sentences = len({t for a, b, _ in rows for t in (a, b)})
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "FRAMEDIFF_CACHE_DIR": cache}
        for label, extra in (("cold (--no-cache)", ["--no-cache"]), ("fills the cache", []), ("warm", [])):
            t0 = time.perf_counter()
            result = subprocess.run([framediff(), "score", *extra], input=data, capture_output=True, text=True, env=env, check=False)
            wall = time.perf_counter() - t0
            if result.returncode != 0:
                sys.exit(f"framediff score failed: {result.stderr}")
            print(f"{len(rows)} pairs ({sentences} distinct sentences), {label}: {wall:.1f} s")


if __name__ == "__main__":
    main()

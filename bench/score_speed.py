"""Throughput of `framediff score`: 2,000 sentence pairs from MRPC train, in each --mode.

    python bench/score_speed.py [--pairs 2000] [--cache]

One run per mode with --no-cache (nothing cached: the worst case), whole
process wall time. With --cache, each mode runs twice over a fresh cache
directory and the second run is timed: sentence vectors and cross-encoder
logits all cached, as when a script scores pairs it has scored before. The accuracy printed beside it is in-sample (the scorers were
fitted on MRPC train; bench/calibrate.py gives the cross-validated figures).
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
    parser.add_argument("--cache", action="store_true", help="time a second run over a filled cache instead of an uncached one")
    args = parser.parse_args()
    rows = mrpc()[: args.pairs]
    data = "".join(json.dumps({"a": a, "b": b, "label": label}) + "\n" for a, b, label in rows)
    sentences = len({t for a, b, _ in rows for t in (a, b)})
    for mode in ("fast", "cascade", "full"):
        with tempfile.TemporaryDirectory() as cache:
            command = [framediff(), "score", "--mode", mode] + ([] if args.cache else ["--no-cache"])
            env = {**os.environ, "FRAMEDIFF_CACHE_DIR": cache}
            if args.cache:  # fill it
                subprocess.run(command, input=data, capture_output=True, text=True, check=False, env=env)
            t0 = time.perf_counter()
            result = subprocess.run(command, input=data, capture_output=True, text=True, check=False, env=env)
            wall = time.perf_counter() - t0
        if result.returncode != 0:
            sys.exit(f"framediff score failed: {result.stderr}")
        out = [json.loads(line) for line in result.stdout.splitlines()]
        accuracy = sum(o["same_claim"] == bool(o["label"]) for o in out) / len(out)
        print(f"--mode {mode:<8} {len(rows)} pairs ({sentences} distinct sentences), {'all cached' if args.cache else 'nothing cached'}: {wall:.1f} s  (in-sample accuracy {accuracy:.3f})")


if __name__ == "__main__":
    main()

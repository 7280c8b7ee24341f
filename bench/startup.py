"""Wall-clock timings of the commands people run most, on the bundled seeds.

A benchmark, not a test: it prints the median of several runs of each command
in fresh processes, start-up included, and the target next to it.

    python bench/startup.py            # all commands
    python bench/startup.py --runs 10
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = [
    (["--help"], 0.150),
    (["sentences", "seeds/"], 0.400),
    (["align", "seeds/"], 1.5),
    (["align", "--no-cache", "seeds/"], 1.5),
    (["compare", "seeds/", "--no-color"], 2.0),
]


def framediff() -> str:
    beside = Path(sys.executable).with_name("framediff")
    return str(beside) if beside.exists() else (shutil.which("framediff") or "framediff")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    exe = framediff()
    env = dict(os.environ, COLUMNS="120")
    print(f"{'command':<40} {'median':>9} {'min':>9} {'target':>8}  result")
    for argv, target in COMMANDS:
        probe = subprocess.run([exe, *argv], cwd=ROOT, env=env, capture_output=True, check=False)
        if probe.returncode not in (0, 1) or b"No such command" in probe.stderr:
            print(f"framediff {' '.join(argv):<30} {'-':>9} {'-':>9} {target:>7.3f}s  (not available)")
            continue
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            subprocess.run([exe, *argv], cwd=ROOT, env=env, capture_output=True, check=False)
            times.append(time.perf_counter() - t0)
        median = statistics.median(times)
        verdict = "ok" if median <= target else "SLOW"
        print(f"framediff {' '.join(argv):<30} {median:>8.3f}s {min(times):>8.3f}s {target:>7.3f}s  {verdict}")


if __name__ == "__main__":
    main()

"""Wall-clock timings of the commands people run most, on the bundled seeds.

A benchmark, not a test: it prints the median of several runs of each command
in fresh processes, start-up included, and the target next to it.

    python bench/startup.py            # all commands
    python bench/startup.py --runs 10
    python bench/startup.py --against ../old-checkout   # the same commands of another checkout, run alternately

``--against DIR`` runs DIR's code (``PYTHONPATH=DIR/cli``) with the same Python and models, each of its runs next to
one of this checkout's (each in its own folder, on its own seeds/), so that both meet the same moments of a noisy machine.
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
    (["compare", "--no-cache", "seeds/", "--no-color"], 3.0),
]


def framediff() -> str:
    beside = Path(sys.executable).with_name("framediff")
    return str(beside) if beside.exists() else (shutil.which("framediff") or "framediff")


def _time(exe: str, argv: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    t0 = time.perf_counter()
    subprocess.run([exe, *argv], cwd=cwd, env=env, capture_output=True, check=False)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", type=Path, help="another checkout whose code runs alternately with this one's")
    args = parser.parse_args()
    exe = framediff()
    env = dict(os.environ, COLUMNS="120", PYTHONPATH=str(ROOT / "cli"))
    other = dict(env, PYTHONPATH=str(args.against.resolve() / "cli")) if args.against else None
    extra = f" {'against':>9} {'ratio':>6}" if other else ""
    print(f"{'command':<40} {'median':>9} {'min':>9} {'target':>8}  result{extra}")
    for argv, target in COMMANDS:
        probe = subprocess.run([exe, *argv], cwd=ROOT, env=env, capture_output=True, check=False)
        if probe.returncode not in (0, 1) or b"No such command" in probe.stderr:
            print(f"framediff {' '.join(argv):<30} {'-':>9} {'-':>9} {target:>7.3f}s  (not available)")
            continue
        times, theirs = [], []
        for _ in range(args.runs):
            times.append(_time(exe, argv, env))
            if other:
                theirs.append(_time(exe, argv, other, args.against))  # its own seeds/, as that code reads them
        median = statistics.median(times)
        verdict = "ok" if median <= target else "SLOW"
        versus = f" {statistics.median(theirs):>8.3f}s {median / statistics.median(theirs):>6.2f}" if theirs else ""
        print(f"framediff {' '.join(argv):<30} {median:>8.3f}s {min(times):>8.3f}s {target:>7.3f}s  {verdict:<6}{versus}")


if __name__ == "__main__":
    main()

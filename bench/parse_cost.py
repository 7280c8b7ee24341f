"""What the English parser costs a cold `compare` of the seeds: spaCy's import, the model's load, the parse, the time
the run waits for parses, and the parsing process's memory.

    python bench/parse_cost.py             # median of 3 fresh processes for each figure
    python bench/parse_cost.py --runs 5

A benchmark, not a test: each figure comes from a fresh Python process, so nothing is already imported or loaded.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# CPU seconds of spaCy's import, the model's load and parsing every sentence of the seeds, in that order, in one process
COSTS = """
import json, time
import framediff
from framediff.language.parser import BATCH, english, import_spacy
texts = [s.text for a in framediff.read_articles([{seeds!r}]) for s in a.sentences]
start = time.process_time(); import_spacy(); imported = time.process_time()
nlp = english(); loaded = time.process_time()
list(nlp.pipe(texts, batch_size=BATCH)); parsed = time.process_time()
print(json.dumps({{"import": imported - start, "load": loaded - imported, "parse": parsed - loaded, "sentences": len(texts)}}))
"""

# a cold compare of the seeds through the API: how long the run waited in parse(), and the parsing process's peak memory
RUN = """
import json, time
import framediff
import framediff.language.parser as p
waited = [0.0]
real = p._parse

def timed(texts):
    start = time.perf_counter()
    try:
        return real(texts)
    finally:
        waited[0] += time.perf_counter() - start

p._parse = timed
framediff.compare([{seeds!r}], use_cache=False)
peak = 0
if p._WORKER:
    for line in open(f"/proc/{{p._WORKER[0].process.pid}}/status"):
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) // 1024
print(json.dumps({{"waited": waited[0], "worker_mb": peak}}))
"""


def _child(code: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT / "cli")))
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    seeds = str(ROOT / "seeds")
    costs = [_child(COSTS.format(seeds=seeds)) for _ in range(args.runs)]
    runs = [_child(RUN.format(seeds=seeds)) for _ in range(args.runs)]

    def median(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(row[key] for row in rows)

    print(f"spaCy's import          {median(costs, 'import'):.2f} s of CPU")
    print(f"the model's load        {median(costs, 'load'):.2f} s of CPU")
    print(f"parsing the seeds       {median(costs, 'parse'):.2f} s of CPU ({int(costs[0]['sentences'])} sentences)")
    print(f"a cold compare waits    {median(runs, 'waited'):.2f} s in parse() (wall)")
    print(f"parsing process peak    {median(runs, 'worker_mb'):.0f} MB")


if __name__ == "__main__":
    main()

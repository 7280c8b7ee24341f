"""The two-events rule on pairs of articles in two languages, each aligned as a user would.

    python bench/two_events_eval.py

For each pair of bench/two_events/ (one event or two, see its README), whether the report keeps the two articles apart
as two events, and how many claims join them. A pair of one event kept apart is a false statement ("read as two
events", and every claim of one "left out" by the other); a pair of two events not kept apart is a silence.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "cli"))

from framediff import api  # noqa: E402

CASES = ROOT / "bench" / "two_events"


def main() -> None:
    rows = [line.split("\t") for line in (CASES / "cases.tsv").read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    counts = {("one", True): 0, ("one", False): 0, ("two", True): 0, ("two", False): 0}
    for case, truth in rows:
        alignment = api.align([str(CASES / case / "A.txt"), str(CASES / case / "B.txt")], use_cache=False)
        apart = bool(alignment.two_events)
        shared = sum(1 for c in alignment.claims if len(c.articles) > 1)
        counts[(truth, apart)] += 1
        verdict = "WRONG" if truth == "one" and apart else ("missed" if truth == "two" and not apart else "right")
        languages = "/".join(a.language or "und" for a in alignment.articles)
        print(f"{case:<11} {languages:<6} {truth} event{'s' if truth == 'two' else ' '}  "
              f"{'two events' if apart else 'one story '}  {shared:>2} shared claims  {verdict}", flush=True)
    print(f"\none event: {counts[('one', True)]} of {counts[('one', True)] + counts[('one', False)]} called two events (false)")
    print(f"two events: {counts[('two', True)]} of {counts[('two', True)] + counts[('two', False)]} told apart")


if __name__ == "__main__":
    main()

"""Is "only here" true? The claims one outlet carries, judged blind on 8 BASIL dev events, against what the report says now.

    python bench/only_here_eval.py

A second judge read 40 claims the report once called "only here" (``bench/verdicts/second-judge/only_here.jsonl``:
true, partial or false, with the other outlets' sentences that say it when false). 30 of them carry their claim's
text; the other 10 come from two events whose claim numbers the judge's copy does not pin down, and are left out.
Each event is compared with the current code, and each judged claim is found again by its outlet and its first
sentence's text. Printed: how many judged claims the report now calls "only here" (every other outlet leaves it
out: nothing of it scores NEAR or more) and how many "only here in these words" (another outlet comes near), with
the judge's verdicts for each, then the verdicts by the nearest other outlet's score, the cut-off table behind the
rule. Judged claims the current alignment joins with another outlet are counted apart.

Data: ../shared/data/basil-dev (not in the repository; never needed by tests).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "cli"))
sys.path.insert(0, str(ROOT))

from statements import DATA, events, write_event  # noqa: E402

from framediff import api  # noqa: E402
from framediff.comparing.comparison import NEAR  # noqa: E402

VERDICTS = ROOT / "verdicts" / "second-judge" / "only_here.jsonl"


def judged_claims() -> list[dict]:
    """For every judged record with a text: what the report says of that claim now, and the nearest other outlet's score."""
    verdicts = [v for v in map(json.loads, VERDICTS.read_text(encoding="utf-8").splitlines()) if v.get("text")]
    wanted = {v["event"] for v in verdicts}
    found = []
    for uuid, docs in events(DATA):
        if uuid[:8] not in wanted:
            continue
        with tempfile.TemporaryDirectory() as folder:
            comparison = api.compare(write_event(Path(folder), docs))
        al = comparison.alignment
        outlet = {a.id: Path(a.source).stem for a in al.articles}
        said = {}
        for o in comparison.outlets:
            said.update({cid: "only here" for cid in o.only_here})
            said.update({near.claim: "only here in these words" for near in o.alone_near})
        by_text = {(outlet[m.article], al.sentence(m).text): c for c in al.claims for m in c.members}
        for v in verdicts:
            if v["event"] != uuid[:8]:
                continue
            claim = by_text.get((v["outlet"], v["text"]))
            if claim is None:
                found.append({**v, "now": "sentence not found", "nearest": None})
                continue
            scores = [x.closest.score for a in claim.missing if (x := comparison.absence(claim.id, a)) and x.closest]
            now = said.get(claim.id, "joined with another outlet" if len(claim.articles) > 1 else "?")
            found.append({**v, "now": now, "nearest": max(scores, default=0.0)})
    return found


def main() -> None:
    found = judged_claims()
    print(f"{len(found)} judged claims (true: exclusive to the outlet; partial: others say part of it; false: others say it)\n")
    print("what the report says now          true  partial  false  precision")
    for now in ("only here", "only here in these words", "joined with another outlet", "sentence not found"):
        group = Counter(r["verdict"] for r in found if r["now"] == now)
        total = sum(group.values())
        share = f"{group['true'] / total:.2f}" if total else "-"
        print(f"{now:<34}{group['true']:>5}{group['partial']:>9}{group['false']:>7}  {share:>9}")
    print(f"\nby the nearest other outlet's score (the rule: 'only here' below NEAR = {NEAR:.2f}, or with no sentence near)")
    print("below    claims  true  partial  false  precision")
    scored = [r for r in found if r["nearest"] is not None]
    for cut in (0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.45, 1.01):
        kept = Counter(r["verdict"] for r in scored if r["nearest"] < cut)
        total = sum(kept.values())
        share = f"{kept['true'] / total:.2f}" if total else "-"
        print(f"{cut:<9.2f}{total:>6}{kept['true']:>6}{kept['partial']:>9}{kept['false']:>7}  {share:>9}")


if __name__ == "__main__":
    main()

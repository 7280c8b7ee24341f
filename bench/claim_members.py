"""Each member of the claims of three members or more (two outlets or more) on the 50 BASIL dev events, against blind verdicts.

    python bench/claim_members.py

A claim is judged whole by bench/coverage_statements.py; here every member sentence of the claims of three members or
more was judged blind on its own (bench/verdicts/coverage/claim_members.jsonl, keyed by the claim's statement id and
the member, "hpo #1"): the judge named the claim's fact (the one most of its members state, from two outlets or more)
and said whether each member states it ("core"), states it in part or in passing ("part"), or states another fact
("other"). This prints the verdicts by the member's place in its claim:
- a lead (a headline or a first sentence) or not, and its outlet's best member for the claim or a restatement (another
  sentence of an outlet already in the claim: aligning.linkage.restatements_apart sets apart those under its floor);
- by its best pair score with another outlet's member (the scores the claims were joined on, lead prior included);
- the claims with every member "core", and what a higher floor for restatements would leave.

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

from statements import DATA, _id, events, remember_pair_scores, write_event  # noqa: E402

VERDICTS = ROOT / "verdicts" / "coverage" / "claim_members.jsonl"
FLOORS = (0.60, 0.70, 0.80, 0.90)  # restatement floors printed (the shipped one is 0.60 at the calibrated threshold)


def members(alignment: object, made: list) -> list[dict]:  # type: ignore[type-arg]
    """Each member of each claim of three members or more: its claim's statement id, its label, whether it is a lead,
    its best pair score with another outlet's member, and whether it is its outlet's best member."""
    from framediff.aligning.claims import Alignment

    assert isinstance(alignment, Alignment)
    scores = made[0]
    position = {(a.id, s.index): x for x, (a, s) in enumerate((a, s) for a in alignment.articles for s in a.sentences)}
    label = {a.id: a.label for a in alignment.articles}
    out = []
    for claim in alignment.claims:
        if len(claim.members) < 3 or len(claim.articles) < 2:  # a claim of one outlet makes no statement across outlets
            continue
        xs = [position[(m.article, m.sentence)] for m in claim.members]
        texts = sorted((label[m.article], alignment.sentence(m).text) for m in claim.members)
        best = {x: max((scores.get(x, y) for y in xs if scores.owner[y] != scores.owner[x]), default=0.0) for x in xs}
        top = {}
        for x in xs:
            top[int(scores.owner[x])] = max(top.get(int(scores.owner[x]), 0.0), best[x])
        for m, x in zip(claim.members, xs):
            out.append({"claim": texts, "member": f"{label[m.article]} #{m.sentence}", "lead": bool(scores.leads[x]),
                        "best": best[x], "outlet_best": best[x] >= top[int(scores.owner[x])]})
    return out


def main() -> int:
    from framediff.aligning.embedding import Embedder
    from framediff.api import compare

    made = remember_pair_scores()
    verdicts = {(v["claim"], v["member"]): v["verdict"] for v in map(json.loads, VERDICTS.read_text(encoding="utf-8").splitlines())}
    embedder, rows, unjudged = Embedder(), [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for uuid, docs in events(DATA):
            folder = Path(tmp) / uuid[:8]
            folder.mkdir()
            made.clear()
            for row in members(compare(write_event(folder, docs), embedder=embedder).alignment, made):
                row["claim"] = _id(uuid, "claim", row["claim"])
                row["verdict"] = verdicts.get((row["claim"], row["member"]))
                unjudged += row["verdict"] is None
                rows.append(row)
            print(f"\r{uuid[:8]}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    judged = [r for r in rows if r["verdict"] is not None]
    claims = {r["claim"] for r in judged}

    def tally(selected: list[dict]) -> str:  # type: ignore[type-arg]
        count = Counter(r["verdict"] for r in selected)
        return f"{count['core']:3} core {count['part']:3} part {count['other']:3} other"

    print(f"members of the {len(claims)} claims of three members or more: {len(judged)} judged"
          + (f", {unjudged} unjudged (claims the code makes now and the verdicts do not cover)" if unjudged else ""))
    for lead in (True, False):
        for best in (True, False):
            picked = [r for r in judged if r["lead"] == lead and r["outlet_best"] == best]
            print(f"  {'lead' if lead else 'body'}, {'its outlet best' if best else 'a restatement'}: {tally(picked)}")
    print("  by best pair score with another outlet's member:")
    for low, high in ((0.0, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)):
        picked = [r for r in judged if low <= r["best"] < high]
        body = [r for r in picked if not r["lead"] and not r["outlet_best"]]
        print(f"    {low:.1f}-{min(high, 1.0):.1f}: {tally(picked)}   of which body restatements: {tally(body)}")

    def right(dropped: object) -> int:
        kept = [r for r in judged if not dropped(r)]  # type: ignore[operator]
        return sum(all(r["verdict"] == "core" for r in kept if r["claim"] == c) for c in claims)

    print(f"  claims with every member core: {right(lambda r: False)} of {len(claims)}")
    for floor in FLOORS:
        dropped = [r for r in judged if not r["lead"] and not r["outlet_best"] and r["best"] < floor]
        print(f"    body restatements under {floor:.2f} set apart: {right(lambda r: r in dropped)} ({tally(dropped)} set apart)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

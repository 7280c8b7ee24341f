"""The README's figures for two rules of how claims are made, on BASIL dev (../shared/data/basil-dev):

    python bench/claim_rules.py --denials         # the pairs parted as a statement and its denial, on all 50 events
    python bench/claim_rules.py --restatements    # the judged claims with a weak restatement, by the rule's floor

``--denials`` prints every pair ``PairScores.part_denials`` holds apart, with its event, and their count.

``--restatements`` aligns the 25 judged events (bench/coverage_statements.py, offsets 3, 1 and 5) with the restatement
rule off (``linkage.RESTATEMENT_ODDS`` so low that nothing is set apart), finds in each claim the restatements (a
second sentence of an article in the claim, neither a lead nor its article's best member) whose best match with
another outlet's member is under each floor, and counts the claims that hold one by their verdict in
``bench/verdicts/coverage/claims.jsonl``: what the rule's 0.60 was chosen on.

Data: ../shared/data/basil-dev (not in the repository; never needed by tests).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "cli"))
sys.path.insert(0, str(ROOT))

from coverage_statements import KINDS, VERDICTS, coverage_statements  # noqa: E402
from ecb_eval import recorded_pairs  # noqa: E402
from statements import DATA, events, load_verdicts, write_event  # noqa: E402

FLOORS = (0.55, 0.60, 0.65)


def compared(docs: list[dict], embedder: object) -> tuple[object, object]:  # type: ignore[type-arg]
    """The event's comparison, and the PairScores its alignment used."""
    from framediff.api import compare

    with recorded_pairs() as seen, tempfile.TemporaryDirectory() as tmp:
        comparison = compare(write_event(Path(tmp), docs), embedder=embedder)
    return comparison, seen[0]


def denials(embedder: object) -> None:
    total, every = 0, events(DATA)
    for uuid, docs in every:
        comparison, pairs = compared(docs, embedder)
        texts = [s.text for a in comparison.alignment.articles for s in a.sentences]  # type: ignore[attr-defined]
        for i, j in sorted(pairs.denials):  # type: ignore[attr-defined]
            total += 1
            print(f"[{uuid[:8]}] {texts[i][:150]}\n           {texts[j][:150]}")
    print(f"{total} pairs parted as a statement and its denial on {len(every)} events")


def restatements(embedder: object) -> None:
    from framediff.aligning import linkage
    from framediff.aligning.pairs import leads

    verdicts = load_verdicts(KINDS, VERDICTS)["claims"]
    chosen = [e for offset in (3, 1, 5) for e in events(DATA)[offset::6]]
    counts = {floor: Counter() for floor in FLOORS}  # type: ignore[var-annotated]
    judged: Counter[str] = Counter()
    kept, linkage.RESTATEMENT_ODDS = linkage.RESTATEMENT_ODDS, -50.0  # the rule off: nothing is set apart
    try:
        for uuid, docs in chosen:
            comparison, pairs = compared(docs, embedder)
            al = comparison.alignment  # type: ignore[attr-defined]
            at, n = {}, 0
            for a in al.articles:
                at[a.id] = n
                n += len(a.sentences)
            lead = leads(al.articles)
            made = [s for s in coverage_statements(uuid, comparison) if s[0] == "claims"]
            for shared, (_, sid, _, _) in zip(comparison.shared_claims, made):  # type: ignore[attr-defined]
                verdict = verdicts.get(sid, {}).get("verdict", "unjudged")
                judged[verdict] += 1
                members = [at[m.member.article] + m.member.sentence for m in shared.members]
                owner = {x: m.member.article for x, m in zip(members, shared.members)}
                best = {x: max((pairs.get(x, y) for y in members if owner[y] != owner[x]), default=0.0)  # type: ignore[attr-defined]
                        for x in members}
                strongest = Counter()  # type: ignore[var-annotated]
                for x in members:
                    strongest[owner[x]] = max(strongest[owner[x]], best[x])
                weak = [best[x] for x in members if not lead[x] and best[x] < strongest[owner[x]]
                        and sum(owner[y] == owner[x] for y in members) > 1 and best[x] > 0]
                for floor in FLOORS:
                    if any(b < floor for b in weak):
                        counts[floor][verdict] += 1
    finally:
        linkage.RESTATEMENT_ODDS = kept
    print(f"{len(chosen)} judged events, the restatement rule off; shared claims by verdict: {dict(judged)}")
    for floor in FLOORS:
        print(f"  claims holding a restatement whose best match is under {floor:.2f}: {dict(counts[floor])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--denials", action="store_true")
    parser.add_argument("--restatements", action="store_true")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found")
    from framediff.aligning.embedding import Embedder

    embedder = Embedder()
    if args.denials or not args.restatements:
        denials(embedder)
    if args.restatements or not args.denials:
        restatements(embedder)
    return 0


if __name__ == "__main__":
    sys.exit(main())

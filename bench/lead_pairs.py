"""Pairs of leads (headlines and first body sentences of two outlets) on the 50 BASIL dev events, against blind verdicts.

    python bench/lead_pairs.py

Each cross-outlet pair of leads that scores under 0.5 alone (the pair scorer, before the lead prior and the rest) was
judged blind: "same" (both state one main fact), "partial" (one fact shared, or one states part or another angle of the
other) or "different" (only the topic or the people shared). The verdicts are in bench/verdicts/lead_pairs.jsonl,
keyed by the event and the two texts. This prints, by the pair's score alone, how many pairs the claims join and what
their verdicts are: the lead prior (aligning.pairs.LEAD_PRIOR) adds odds only from LEAD_FLOOR / 2 up, to tip a close
call, and this shows where it joins leads that state different facts.

Data: ../shared/data/basil-dev (not in the repository; never needed by tests).
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "cli"))
sys.path.insert(0, str(ROOT))

from statements import DATA, events, remember_pair_scores, write_event  # noqa: E402

VERDICTS = ROOT / "verdicts" / "lead_pairs.jsonl"


def pair_id(event: str, first: str, second: str) -> str:
    a, b = sorted((first, second))
    return hashlib.sha1(json.dumps([event, a, b]).encode()).hexdigest()[:12]


def main() -> int:
    import numpy as np

    from framediff.aligning import pairs as scoring
    from framediff.aligning.embedding import Embedder
    from framediff.api import compare

    made = remember_pair_scores()
    verdicts = {v["id"]: v["verdict"] for v in map(json.loads, VERDICTS.read_text(encoding="utf-8").splitlines())}
    embedder, table, unjudged = Embedder(), Counter(), 0
    with tempfile.TemporaryDirectory() as tmp:
        for uuid, docs in events(DATA):
            folder = Path(tmp) / uuid[:8]
            folder.mkdir()
            made.clear()
            alignment = compare(write_event(folder, docs), embedder=embedder).alignment
            scores = made[0]
            refs = [(a.id, s.index, s.text) for a in alignment.articles for s in a.sentences]
            claim_of = {(m.article, m.sentence): c.id for c in alignment.claims for m in c.members}
            leads = [x for x in range(len(refs)) if scores.leads is not None and scores.leads[x]]
            keys = [(i, j) for i in leads for j in leads if i < j and scores.owner[i] != scores.owner[j]]
            if not keys:
                continue
            index = np.array(keys, dtype=np.int64)
            rows = scoring.feature_rows(keys, scores.lexicon, cosines=scores.similarities(index, "cosine"),
                                        statics=scores.similarities(index, "static"), needed=scores.scorer.needed)
            for (i, j), alone in zip(keys, scores.scorer.probability(rows).tolist()):
                if alone >= 0.5:
                    continue
                verdict = verdicts.get(pair_id(uuid[:8], refs[i][2], refs[j][2]))
                if verdict is None:
                    unjudged += 1
                    continue
                joined = claim_of.get(refs[i][:2]) is not None and claim_of.get(refs[i][:2]) == claim_of.get(refs[j][:2])
                table[(min(int(alone * 20) / 20, 0.45), joined, verdict)] += 1
            print(f"\r{uuid[:8]}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    print(f"cross-outlet pairs of leads scoring under 0.5 alone, by that score: joined into one claim / kept apart "
          f"(same / partial / different){f'; {unjudged} unjudged' if unjudged else ''}")
    for band in sorted({k[0] for k in table}):
        cells = ["  ".join(f"{table[(band, joined, v)]:3}" for v in ("same", "partial", "different")) for joined in (True, False)]
        print(f"  {band:.2f}-{band + 0.05:.2f}:  joined {cells[0]}   apart {cells[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

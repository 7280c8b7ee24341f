"""Event clustering (`framediff batch --cluster`) against hand-checked events: B-cubed precision, recall and F1.

    python bench/cluster_eval.py           # at framediff's settings
    python bench/cluster_eval.py --grid    # and across join thresholds and name weights

Two sets:
- bench/clusters/uci-2014-03.tsv: 187 headlines from 120 outlets, 34 events of
  7-10 March 2014, taken from the UCI News Aggregator data (public domain, see
  bench/clusters/README.md). Headlines only, as the aggregator kept them; many
  events are of one kind on one day (Mt. Gox's US bankruptcy, the hack of its
  chief's blog and the DDoS attacks it faced; American Airlines ending its
  JetBlue deal and cancelling 14,000 flights; US stocks, oil, copper, the yuan
  and Chinese stocks all falling on the same China data).
- the bundled articles with text: the seeds and bench/stories/ (6 events, 21
  articles), one event per folder, undated.
Published anchors: B-cubed F1 of about 0.88 (SCStory, 2023) to 0.9+ (Miranda
et al. 2018) on their English benchmarks, which are larger and span months.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from framediff.corpus.events import JOIN_FROM, NAME_WEIGHT, cluster
from framediff.corpus.index import _day
from framediff.aligning.embedding import Embedder

ROOT = Path(__file__).resolve().parent


def uci() -> list[tuple[dict[str, object], str, int | None]]:
    rows = []
    for line in (ROOT / "clusters" / "uci-2014-03.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        _, date, outlet, event, title = line.split("\t")
        rows.append(({"title": title, "text": title, "outlet": outlet, "date": date}, event, _day(date)))
    return rows


def with_text() -> list[tuple[dict[str, object], str, int | None]]:
    rows = []
    folders = [ROOT.parent / "seeds", *sorted(p for p in (ROOT / "stories").iterdir() if p.is_dir())]
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            rows.append(({"text": path.read_text(encoding="utf-8")}, folder.name, None))
    return rows


def bcubed(gold: list[str], found: list[int]) -> tuple[float, float, float]:
    pairs = Counter(zip(gold, found))
    by_gold, by_found = Counter(gold), Counter(found)
    p = sum(pairs[(g, f)] / by_found[f] for g, f in zip(gold, found)) / len(gold)
    r = sum(pairs[(g, f)] / by_gold[g] for g, f in zip(gold, found)) / len(gold)
    return p, r, 2 * p * r / (p + r)


def run(rows, embedder, join_from: float, name_weight: float) -> tuple[float, float, float, int]:
    order = sorted(range(len(rows)), key=lambda k: (rows[k][2] is not None, rows[k][2] or 0))
    items = [(k, rows[k][0], rows[k][2]) for k in order]
    found = [0] * len(rows)
    events = 0
    for number, members in enumerate(cluster(items, embedder.embed, join_from=join_from, name_weight=name_weight)):
        events += 1
        for k in members:
            found[k] = number
    return (*bcubed([g for _, g, _ in rows], found), events)


def main() -> None:
    embedder = Embedder()
    sets = {"UCI headlines, 34 events": uci(), "seeds + stories, 6 events": with_text()}
    print(f"framediff clustering at join {JOIN_FROM}, name weight {NAME_WEIGHT}, window 3 days")
    for name, rows in sets.items():
        p, r, f, n = run(rows, embedder, JOIN_FROM, NAME_WEIGHT)
        print(f"  {name:<28} B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({len(rows)} articles into {n} events)")
    if "--grid" in sys.argv:
        print("grid (F1 on each set):")
        for name_weight in (0.0, 0.1, 0.15, 0.2, 0.3):
            cells = []
            for join_from in (0.45, 0.5, 0.55, 0.6, 0.62, 0.65, 0.7, 0.75):
                f1s = [run(rows, embedder, join_from, name_weight)[2] for rows in sets.values()]
                cells.append(f"{join_from:.2f}: " + "/".join(f"{x:.3f}" for x in f1s))
            print(f"  names {name_weight:.2f}  " + "  ".join(cells))


if __name__ == "__main__":
    main()

"""ECB+ sentence links (ABCD-Link's news_ecb, development topics): how well `align` finds the same event.

    python bench/ecb_eval.py                 # every topic's documents aligned at once, as a user compares one story
    python bench/ecb_eval.py --pairs         # each linked document pair aligned alone (slower)
    python bench/ecb_eval.py --topics 1,2    # only these topics
    python bench/ecb_eval.py --errors 5      # false positives and negatives by kind and score, 5 examples of each

Each document is written as a text file, one dataset sentence per paragraph (the
first, ECB+'s headline, as its own paragraph), read by framediff's reader and
aligned as a user would run `framediff align` on the story's files. A dataset
sentence and a doc2 sentence are linked when framediff puts any sentence it
split from the one and any from the other in one claim.

Scored with ABCD-Link's protocol: for each document pair, the doc1 sentences
that are link sources, against every doc2 sentence; micro-averaged precision,
recall and F1. Only a selection of sentences was annotated, so unannotated doc1
sentences are left out of the count. Recall is split by kind: pairs where either
sentence is a headline (as framediff's reader finds it: ECB+'s sentence 0, or 1 under a date line), and the rest.

By default all the documents of a topic are aligned together: that is how
framediff is used (one story, many outlets), and a claim found across the whole
topic is what the coverage matrix shows. ``--pairs`` aligns each document pair
alone, for comparison with pairwise systems. Embeddings go through framediff's
SQLite cache, so a second run spends its time on scoring and clustering only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from itertools import combinations
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ecb-dev"  # ../shared/data, as bench/pairs.py reads it


def load() -> tuple[dict[str, list[str]], list[dict]]:  # type: ignore[type-arg]
    docs = json.loads((DATA / "docs.json").read_text(encoding="utf-8"))
    links = json.loads((DATA / "news_ecb_links.json").read_text(encoding="utf-8"))
    ordered = {doc: [sents[str(k)] for k in range(len(sents))] for doc, sents in docs.items()}
    return ordered, list(links.values())


def topic_of(doc: str) -> str:
    return doc.split("_")[0]


def write_docs(folder: Path, docs: dict[str, list[str]], names: list[str]) -> dict[str, tuple[Path, list[tuple[int, int]]]]:
    """Each document as a text file, one sentence per paragraph; with each sentence's character span in the file."""
    out = {}
    for name in names:
        spans, parts, at = [], [], 0
        for sentence in docs[name]:
            text = " ".join(sentence.split())
            spans.append((at, at + len(text)))
            parts.append(text)
            at += len(text) + 2
        path = folder / f"{name}.txt"
        path.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
        out[name] = (path, spans)
    return out


def dataset_index(article, sentence_index: int, spans: list[tuple[int, int]]) -> int | None:  # type: ignore[no-untyped-def]
    """The dataset sentence framediff's sentence ``sentence_index`` of ``article`` was split from."""
    s = article.sentences[sentence_index]
    for k, (a, b) in enumerate(spans):
        if s.start < b and a < s.end:
            return k
    return None


def headlines(articles, spans_of: dict[str, list[tuple[int, int]]], name_of: dict[str, str]) -> set[tuple[str, int]]:  # type: ignore[no-untyped-def]
    """The dataset sentences framediff reads as headlines (ECB+'s sentence 0, or 1 under a date line)."""
    out = set()
    for article in articles:
        for s in article.sentences:
            if s.kind == "headline":
                k = dataset_index(article, s.index, spans_of[name_of[article.id]])
                if k is not None:
                    out.add((name_of[article.id], k))
    return out


def linked_sentences(alignment, spans_of: dict[str, list[tuple[int, int]]], name_of: dict[str, str]) -> set[tuple[str, int, str, int]]:  # type: ignore[no-untyped-def]
    """Pairs of dataset sentences (doc, index, doc, index) that share a claim, both orders."""

    out = set()
    for claim in alignment.claims:
        refs = {(name_of[m.article], dataset_index(alignment.article(m.article), m.sentence, spans_of[name_of[m.article]])) for m in claim.members}
        refs = {r for r in refs if r[1] is not None}
        for (d1, i1), (d2, i2) in combinations(sorted(refs), 2):  # type: ignore[type-var]
            if d1 != d2:
                out.add((d1, i1, d2, i2))
                out.add((d2, i2, d1, i1))
    return out


@contextmanager
def recorded_pairs() -> Iterator[list]:  # type: ignore[type-arg]
    """While open, each :class:`~framediff.aligning.pairs.PairScores` an alignment makes is appended to the list yielded:
    the pair probabilities it scored, and what it held apart."""
    from framediff.aligning import claims

    seen: list = []  # type: ignore[type-arg]

    class Recorded(claims.PairScores):  # type: ignore[misc,name-defined]
        def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            seen.append(self)

    original, claims.PairScores = claims.PairScores, Recorded  # type: ignore[attr-defined]
    try:
        yield seen
    finally:
        claims.PairScores = original  # type: ignore[attr-defined]


def align_group(  # type: ignore[no-untyped-def]
    names: list[str], docs: dict[str, list[str]], embedder, options, heads: set[tuple[str, int]],
    scores: dict | None = None,  # type: ignore[type-arg]
) -> set[tuple[str, int, str, int]]:
    """Align the documents ``names`` as one story; the dataset sentence pairs put in one claim. Adds their headlines to ``heads``.

    With ``scores``, also records there, for every pair of dataset sentences of two documents, the best probability
    align gave a pair of their sentences (None: never scored, no candidate) and the threshold, for :func:`errors`.
    """
    from framediff.aligning.claims import align_articles
    from framediff.reading.articles import read_articles

    with tempfile.TemporaryDirectory() as tmp:
        written = write_docs(Path(tmp), docs, names)
        articles = read_articles([str(written[n][0]) for n in names])
    name_of = {a.id: Path(a.source).stem for a in articles}
    spans = {n: written[n][1] for n in names}
    heads |= headlines(articles, spans, name_of)
    if scores is None:
        return linked_sentences(align_articles(articles, embedder, options), spans, name_of)
    with recorded_pairs() as seen:
        alignment = align_articles(articles, embedder, options)
    where = [(name_of[a.id], dataset_index(a, s.index, spans[name_of[a.id]])) for a in articles for s in a.sentences]
    for (i, j), p in seen[0].known.items():
        for x, y in ((i, j), (j, i)):
            if where[x][1] is not None and where[y][1] is not None and where[x][0] != where[y][0]:
                key = (*where[x], *where[y])
                scores[key] = max(scores.get(key, 0.0), p)
    scores["threshold"] = alignment.threshold
    return linked_sentences(alignment, spans, name_of)


def grid(  # type: ignore[type-arg]
    links: list[dict], predicted: set[tuple[str, int, str, int]], docs: dict[str, list[str]], heads: set[tuple[str, int]],
) -> Iterator[tuple[tuple[str, int, str, int], str, bool, bool]]:
    """ABCD-Link's grid: each link source of doc1 against every doc2 sentence, with its kind (a headline on either side
    or body), whether ECB+ links the two, and whether framediff joined them."""
    for pair in links:
        d1, d2 = pair["doc1"], pair["doc2"]
        for source, targets in pair["links"].items():
            s = int(source)
            gold = {int(t) for t in targets}
            for t in range(len(docs[d2])):
                kind = "headline" if (d1, s) in heads or (d2, t) in heads else "body"
                yield (d1, s, d2, t), kind, t in gold, (d1, s, d2, t) in predicted


def score(links: list[dict], predicted: set[tuple[str, int, str, int]], docs: dict[str, list[str]], heads: set[tuple[str, int]]) -> dict[str, float]:  # type: ignore[type-arg]
    tp = fp = fn = 0
    kind = defaultdict(lambda: [0, 0])  # headline / body -> [found, gold]
    for _, k, linked, hit in grid(links, predicted, docs, heads):
        if linked:
            kind[k][1] += 1
            kind[k][0] += hit
            tp += hit
            fn += not hit
        else:
            fp += hit
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn,
            "headline_recall": kind["headline"][0] / max(kind["headline"][1], 1), "headline_gold": kind["headline"][1],
            "body_recall": kind["body"][0] / max(kind["body"][1], 1), "body_gold": kind["body"][1]}


BUCKETS = (0.1, 0.2, 0.3, 0.4)


def bucket(p: float | None, threshold: float) -> str:
    """The score band of a pair's best probability: "unscored" (no candidate), "<0.1" ... "<threshold", ">=threshold"."""
    if p is None:
        return "unscored"
    if p >= threshold:
        return ">=thr"
    return next((f"<{b:.1f}" for b in BUCKETS if p < b and b <= threshold), f"<thr")


def errors(  # type: ignore[type-arg]
    links: list[dict], predicted: set[tuple[str, int, str, int]], docs: dict[str, list[str]], heads: set[tuple[str, int]],
    scores: dict, examples: int,
) -> None:
    """Print false negatives and false positives by kind (headline pair or not) and by the pair's own best score.

    A false positive whose own score is under the threshold was joined through the claim (transitively); a false
    negative at or over it was kept apart by the clustering (one-to-one preference, linkage with the claim's others).
    """
    threshold = scores["threshold"]
    table: dict[tuple[str, str, str], list[tuple[str, int, str, int, float | None]]] = defaultdict(list)
    for cell, kind, linked, hit in grid(links, predicted, docs, heads):
        if hit != linked:
            p = scores.get(cell)
            table[("FN" if linked else "FP", kind, bucket(p, threshold))].append((*cell, p))
    order = ["unscored", *(f"<{b:.1f}" for b in BUCKETS if b <= threshold), "<thr", ">=thr"]
    print(f"  errors by kind and by the pair's own best score (threshold {threshold:.2f}):")
    for error in ("FN", "FP"):
        for kind in ("headline", "body"):
            cells = [f"{b} {len(table[(error, kind, b)])}" for b in order if table[(error, kind, b)]]
            total = sum(len(table[(error, kind, b)]) for b in order)
            print(f"    {error} {kind:8s} {total:5d}:  " + ", ".join(cells))
    for key, rows in sorted(table.items()):
        for d1, s, d2, t, p in rows[:examples]:
            print(f"  [{key[0]} {key[1]} {key[2]} p={'-' if p is None else f'{p:.2f}'}] {d1}#{s} / {d2}#{t}")
            print(f"      {docs[d1][s][:160]}")
            print(f"      {docs[d2][t][:160]}")


def evaluate(  # type: ignore[no-untyped-def]
    embedder=None, pairs: bool = False, topics: set[str] | None = None, options=None, quiet: bool = False,
    examples: int | None = None,
) -> dict[str, float]:
    from framediff.aligning.claims import AlignOptions
    from framediff.aligning.embedding import Embedder

    embedder = embedder or Embedder()
    options = options or AlignOptions()
    docs, links = load()
    scores: dict | None = {} if examples is not None else None  # type: ignore[type-arg]
    if topics:
        links = [p for p in links if topic_of(p["doc1"]) in topics]
    predicted: set[tuple[str, int, str, int]] = set()
    heads: set[tuple[str, int]] = set()
    t0 = time.perf_counter()
    if pairs:
        for pair in links:
            predicted |= align_group([pair["doc1"], pair["doc2"]], docs, embedder, options, heads, scores)
    else:
        by_topic: dict[str, set[str]] = defaultdict(set)
        for pair in links:
            by_topic[topic_of(pair["doc1"])].update((pair["doc1"], pair["doc2"]))
        for topic in sorted(by_topic, key=int):
            predicted |= align_group(sorted(by_topic[topic]), docs, embedder, options, heads, scores)
    result = score(links, predicted, docs, heads)
    result["seconds"] = time.perf_counter() - t0
    if not quiet:
        mode = "each document pair aligned alone" if pairs else "each topic's documents aligned together"
        n_topics = len({topic_of(p["doc1"]) for p in links})
        print(f"ECB+ dev ({n_topics} topics, {len(links)} document pairs; {mode}), ABCD-Link protocol, micro-averaged:")
        print("  precision %.3f  recall %.3f  F1 %.3f   (tp %d, fp %d, fn %d; %.0f s)"
              % (result["precision"], result["recall"], result["f1"], result["tp"], result["fp"], result["fn"], result["seconds"]))
        print("  recall: headline pairs %.3f (%d gold), other pairs %.3f (%d gold)"
              % (result["headline_recall"], result["headline_gold"], result["body_recall"], result["body_gold"]))
    if scores is not None:
        errors(links, predicted, docs, heads, scores, examples or 0)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", action="store_true", help="align each document pair alone instead of each topic at once")
    parser.add_argument("--topics", help="comma-separated topic numbers (default: all)")
    parser.add_argument("--threshold", type=float, help="the align threshold (default: the calibrated one)")
    parser.add_argument("--errors", type=int, metavar="N", help="print the errors by kind and score, and N examples of each")
    parser.add_argument("--lead-prior", type=float, help="the lead prior (default: the shipped one)")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found")
    from framediff.aligning.claims import LEAD_PRIOR, AlignOptions

    options = AlignOptions(threshold=args.threshold, lead_prior=LEAD_PRIOR if args.lead_prior is None else args.lead_prior)
    evaluate(pairs=args.pairs, topics=set(args.topics.split(",")) if args.topics else None, options=options, examples=args.errors)


if __name__ == "__main__":
    main()

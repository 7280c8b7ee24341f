"""ECB+ sentence links (ABCD-Link's news_ecb, development topics): how well `align` finds the same event.

    python bench/ecb_eval.py                 # every topic's documents aligned at once, as a user compares one story
    python bench/ecb_eval.py --pairs         # each linked document pair aligned alone (slower)
    python bench/ecb_eval.py --topics 1,2    # only these topics

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
from itertools import combinations
from pathlib import Path

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


def align_group(names: list[str], docs: dict[str, list[str]], embedder, options, heads: set[tuple[str, int]]) -> set[tuple[str, int, str, int]]:  # type: ignore[no-untyped-def]
    """Align the documents ``names`` as one story; the dataset sentence pairs put in one claim. Adds their headlines to ``heads``."""
    from framediff.aligning.claims import align_articles
    from framediff.reading.articles import read_articles

    with tempfile.TemporaryDirectory() as tmp:
        written = write_docs(Path(tmp), docs, names)
        articles = read_articles([str(written[n][0]) for n in names])
    name_of = {a.id: Path(a.source).stem for a in articles}
    spans = {n: written[n][1] for n in names}
    heads |= headlines(articles, spans, name_of)
    alignment = align_articles(articles, embedder, options)
    return linked_sentences(alignment, spans, name_of)


def score(links: list[dict], predicted: set[tuple[str, int, str, int]], docs: dict[str, list[str]], heads: set[tuple[str, int]]) -> dict[str, float]:  # type: ignore[type-arg]
    tp = fp = fn = 0
    kind = defaultdict(lambda: [0, 0])  # headline / body -> [found, gold]
    for pair in links:
        d1, d2 = pair["doc1"], pair["doc2"]
        for source, targets in pair["links"].items():
            s = int(source)
            gold = {int(t) for t in targets}
            for t in range(len(docs[d2])):
                hit = (d1, s, d2, t) in predicted
                if t in gold:
                    k = "headline" if (d1, s) in heads or (d2, t) in heads else "body"
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


def evaluate(embedder=None, pairs: bool = False, topics: set[str] | None = None, options=None, quiet: bool = False) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from framediff.aligning.claims import AlignOptions
    from framediff.aligning.embedding import Embedder

    embedder = embedder or Embedder()
    options = options or AlignOptions()
    docs, links = load()
    if topics:
        links = [p for p in links if topic_of(p["doc1"]) in topics]
    predicted: set[tuple[str, int, str, int]] = set()
    heads: set[tuple[str, int]] = set()
    t0 = time.perf_counter()
    if pairs:
        for pair in links:
            predicted |= align_group([pair["doc1"], pair["doc2"]], docs, embedder, options, heads)
    else:
        by_topic: dict[str, set[str]] = defaultdict(set)
        for pair in links:
            by_topic[topic_of(pair["doc1"])].update((pair["doc1"], pair["doc2"]))
        for topic in sorted(by_topic, key=int):
            predicted |= align_group(sorted(by_topic[topic]), docs, embedder, options, heads)
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
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", action="store_true", help="align each document pair alone instead of each topic at once")
    parser.add_argument("--topics", help="comma-separated topic numbers (default: all)")
    parser.add_argument("--threshold", type=float, help="the align threshold (default: the calibrated one)")
    parser.add_argument("--lead-prior", type=float, help="the lead prior (default: the shipped one)")
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"{DATA} not found")
    from framediff.aligning.claims import LEAD_PRIOR, AlignOptions

    options = AlignOptions(threshold=args.threshold, lead_prior=LEAD_PRIOR if args.lead_prior is None else args.lead_prior)
    evaluate(pairs=args.pairs, topics=set(args.topics.split(",")) if args.topics else None, options=options)


if __name__ == "__main__":
    main()

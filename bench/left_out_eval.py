"""How near is an outlet's closest sentence when it "leaves a claim out"? Measured on ECB+ dev sentence links.

Each same-topic document pair of ``../shared/data/ecb-dev`` is aligned as a two-article story. For every claim of doc1
that doc2 lacks, whose doc1 sentence was annotated (a link source in some pair), the truth is whether ECB+ links that
sentence to some doc2 sentence (doc2 does state the event, in other words) or to none (doc2 leaves it out; ECB+ did not
annotate every sentence, so some of these are missed links, not omissions). Prints, for cut-offs of
the closest sentence's score, how many records each side of the cut-off gets and how often that is right: the cut-off
below which "leaves it out" is said.

    python bench/left_out_eval.py [--pairs 300]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "cli"))
DATA = ROOT.parent / "shared" / "data" / "ecb-dev"

from framediff.aligning.claims import AlignOptions, align_articles  # noqa: E402
from framediff.aligning.embedding import Embedder  # noqa: E402
from framediff.article import RawArticle  # noqa: E402
from framediff.reading.articles import finish_articles, prepare_article  # noqa: E402


def article(doc_id: str, sentences: dict[str, str]) -> tuple[object, list[tuple[int, int, int]]]:
    text, spans = "", []
    for key in sorted(sentences, key=int):
        start = len(text)
        text += sentences[key] + "\n\n"
        spans.append((start, start + len(sentences[key]), int(key)))
    return prepare_article(RawArticle(source=doc_id, text=text, format="text", encoding="utf-8", label=doc_id)), spans


def original(spans: list[tuple[int, int, int]], start: int) -> int | None:
    return next((k for s, e, k in spans if s <= start < e), None)


def stories(embedder: Embedder) -> None:
    """The same on bench/stories against its claim-level gold: does the outlet's gold claim have a sentence of it?"""
    from framediff.reading.articles import read_articles

    gold_file = json.loads((ROOT / "bench" / "gold" / "stories.json").read_text(encoding="utf-8"))["stories"]
    records: list[tuple[float | None, bool]] = []
    for name, gold in gold_file.items():
        articles = read_articles([str(ROOT / "bench" / "stories" / name)])
        by_stem = {Path(a.source).stem: a.id for a in articles}
        claim_of: dict[tuple[str, int], int] = {}
        files_of: dict[int, set[str]] = {}
        for k, claim in enumerate(gold["claims"]):
            for m in claim["members"]:
                claim_of[(by_stem[m["file"]], m["sentence"])] = k
                files_of.setdefault(k, set()).add(by_stem[m["file"]])
        alignment = align_articles(articles, embedder, AlignOptions())
        for claim in alignment.claims:
            if len(claim.articles) < 2:
                continue
            golds = {claim_of[(m.article, m.sentence)] for m in claim.members if (m.article, m.sentence) in claim_of}
            for article in claim.missing:
                states = any(article in files_of[g] for g in golds)
                closest = next((m.score for m in claim.closest if m.article == article), None)
                records.append((closest, states))
    report(records, "claims of two or more outlets that an outlet lacks, over bench/stories")


def report(records: list[tuple[float | None, bool]], what: str) -> None:
    print(f"{len(records)} {what}; {sum(s for _, s in records)} of them the outlet states (by the gold)")
    for cut in (0.05, 0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40, 0.44):
        near = [s for c, s in records if c is not None and c >= cut]
        far = [s for c, s in records if c is None or c < cut]
        print(f"  cut-off {cut:.2f}: 'comes near' {len(near):4d} (states it {sum(near) / max(len(near), 1):.2f})   "
              f"'leaves it out' {len(far):4d} (right {1 - sum(far) / max(len(far), 1):.2f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=300)
    args = parser.parse_args()
    docs = json.loads((DATA / "docs.json").read_text(encoding="utf-8"))
    links = list(json.loads((DATA / "news_ecb_links.json").read_text(encoding="utf-8")).values())
    annotated_in: dict[str, set[int]] = {}  # a document's sentences that are link sources in some pair
    for pair in links:
        annotated_in.setdefault(pair["doc1"], set()).update(int(k) for k in pair["links"])
    random.Random(7).shuffle(links)
    embedder = Embedder()
    records: list[tuple[float | None, bool]] = []  # (closest score or None, doc2 states it)
    for pair in links[: args.pairs]:
        (a, spans_a), (b, spans_b) = article(pair["doc1"], docs[pair["doc1"]]), article(pair["doc2"], docs[pair["doc2"]])
        a, b = finish_articles([a, b])
        alignment = align_articles([a, b], embedder, AlignOptions())
        sources = {int(k): v for k, v in pair["links"].items()}
        annotated = annotated_in.get(pair["doc1"], set())
        for claim in alignment.claims:
            if claim.missing != (b.id,):
                continue
            keys = {original(spans_a, a.sentences[m.sentence].start) for m in claim.members}
            keys &= annotated
            if not keys:
                continue
            states = any(sources.get(k) for k in keys)
            closest = next((m.score for m in claim.closest if m.article == b.id), None)
            records.append((closest, states))
    report(records, f"ECB+ dev: claims of doc1 that doc2 lacks, with an annotated doc1 sentence, over {min(args.pairs, len(links))} pairs")
    stories(embedder)


if __name__ == "__main__":
    main()

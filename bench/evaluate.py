"""Quality of alignment and scoring, against gold we built and public data.

    python bench/evaluate.py
    python bench/evaluate.py --model PATH --seeds-only   # another sentence-transformers model in MiniLM's place

1. Seeds: pairwise precision/recall/F1 of `align` over cross-outlet sentence
   pairs against bench/gold/seeds.json (hand-made; never used for fitting),
   at the default threshold and, for information, at other thresholds and
   lead priors.
2. Stories: the same over bench/stories/, five short fictional stories we
   wrote, three or four outlets each, against bench/gold/stories.json (never
   used for fitting; the lead prior's value was chosen on them): align on
   material other than the seeds. Then the mixed bag: every article of the
   stories and the seeds aligned at once, where a claim joining two events is
   wrong, at each lead prior (its ceiling).
3. Align on other material: articles built from MRPC train pairs (each pair's
   two sentences in two different articles; the align scorer never saw MRPC),
   scored on the labelled pairs: is a paraphrase pair put in one claim, and a
   non-paraphrase pair (mostly the same story, other details) kept apart? And
   how many pairs of first sentences, from unrelated events there, the lead
   prior joins.
4. ECB+ development topics (bench/ecb_eval.py): each topic's documents
   aligned at once, scored with ABCD-Link's sentence-link protocol.
5. `score` on public data, in each of its modes: accuracy and F1 of same_claim
   on STS-B news dev (same claim = score >= 3) and on MRPC train (in-sample: the
   scorers were fitted there; bench/calibrate.py prints the 10-fold
   cross-validated figures).
"""

from __future__ import annotations

import json
import sys
import time
from itertools import combinations
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from framediff.aligning.claims import LEAD_PRIOR, AlignOptions, Alignment, align_articles  # noqa: E402
from framediff.aligning.embedding import Embedder  # noqa: E402
from framediff.reading.articles import read_articles  # noqa: E402
from framediff.aligning.scorer import score_texts, score_threshold  # noqa: E402


def gold_pairs(articles: list, gold: dict) -> set[frozenset[tuple[str, int]]]:
    by_label = {Path(a.source).stem: a for a in articles}  # the gold names files by stem; seeds/labels.csv names their outlets
    pairs = set()
    for claim in gold["claims"]:
        refs = []
        for m in claim["members"]:
            article = by_label[m["file"]]
            index = next(s.index for s in article.sentences if s.text.startswith(m["starts"]))
            refs.append((article.id, index))
        pairs.update(frozenset(p) for p in combinations(refs, 2) if p[0][0] != p[1][0])
    return pairs


def predicted_pairs(alignment: Alignment) -> set[frozenset[tuple[str, int]]]:
    pairs = set()
    for claim in alignment.claims:
        refs = [(m.article, m.sentence) for m in claim.members]
        pairs.update(frozenset(p) for p in combinations(refs, 2) if p[0][0] != p[1][0])
    return pairs


def prf(predicted: set, gold: set) -> tuple[float, float, float]:
    tp = len(predicted & gold)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def single_signals(articles: list, gold: set, embedder: Embedder) -> None:
    """Best-threshold pairwise F1 of each cosine alone over every cross-outlet pair (for information: thresholds seen the gold)."""
    from framediff.aligning.pairs import PairScores, story_lexicon
    from framediff.aligning.scorer import Scorer, background, relative_to_background

    refs = [(a.id, s.index) for a in articles for s in a.sentences]
    texts = [" ".join(s.text.split()) for a in articles for s in a.sentences]
    owner = np.array([k for k, a in enumerate(articles) for _ in a.sentences])
    i, j = np.triu_indices(len(refs), 1)
    cross = owner[i] != owner[j]
    i, j = i[cross], j[cross]
    y = np.array([frozenset((refs[a], refs[b])) in gold for a, b in zip(i.tolist(), j.tolist())])
    vectors, statics = embedder.embed(texts), embedder.embed_static(texts)
    print("single signals over all cross-outlet pairs, best threshold (seen the gold; for information):")
    for name, v in ((embedder.model_name, vectors), ("static", statics)):
        raw = np.einsum("ij,ij->i", v[i], v[j])
        back = background(v, owner)
        relative = relative_to_background(raw, back[i], back[j], float(back.mean()))
        for label, values in (("cosine", raw), ("relative cosine", relative)):
            f, t = best_f1(values, y)
            print(f"  {name} {label}: F1 {f:.3f} at {t:.3f}")
    pairs = PairScores(vectors, statics, owner, story_lexicon(articles, texts), Scorer.default("align"))
    keys = list(zip(i.tolist(), j.tolist()))
    pairs.ensure(keys)
    scores = np.array([pairs.known[k] for k in keys])
    f, t = best_f1(scores, y)
    print(f"  the align scorer's probability, pairs alone (before clustering): F1 {f:.3f} at {t:.3f}")
    from framediff.aligning.encoders import cross_encoder

    start = time.perf_counter()
    logits = cross_encoder().logits([(texts[a], texts[b]) for a, b in keys])
    elapsed = time.perf_counter() - start
    f, t = best_f1(logits, y)
    print(f"  score's cross-encoder logit (fitted on MRPC; align does not use it): F1 {f:.3f} at {t:.2f}  ({len(keys)} pairs, {elapsed:.0f} s)")


def best_f1(values: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    return max((2 * float((values >= t)[y].sum()) / ((values >= t).sum() + y.sum()), float(t)) for t in np.unique(values))


def stories(embedder: Embedder) -> None:
    """Pairwise precision/recall/F1 of `align` on each story of bench/stories/ and over all of them, at the default threshold and others."""
    gold_file = json.loads((ROOT / "bench" / "gold" / "stories.json").read_text(encoding="utf-8"))["stories"]
    loaded = []
    for name, gold in gold_file.items():
        articles = read_articles([str(ROOT / "bench" / "stories" / name)])
        loaded.append((name, articles, gold_pairs(articles, gold)))

    def counts(threshold: float | None, lead_prior: float = LEAD_PRIOR) -> list[tuple[int, int, int]]:
        out = []
        for _, articles, gold in loaded:
            predicted = predicted_pairs(align_articles(articles, embedder, AlignOptions(threshold=threshold, lead_prior=lead_prior)))
            out.append((len(predicted & gold), len(predicted), len(gold)))
        return out

    def pooled(rows: list[tuple[int, int, int]]) -> tuple[float, float, float]:
        tp, n_pred, n_gold = (sum(col) for col in zip(*rows))
        p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
        return p, r, 2 * p * r / (p + r) if p + r else 0.0

    default = counts(None)
    print(f"bench/stories ({len(loaded)} fictional stories, {sum(g for *_, g in default)} gold pairs), default threshold:")
    for (name, articles, _), row in zip(loaded, default):
        print(f"  {name:<8} {len(articles)} articles, {row[2]:>2} gold pairs: " + "precision %.3f  recall %.3f  F1 %.3f" % pooled([row]))
    print("  all: precision %.3f  recall %.3f  F1 %.3f" % pooled(default))
    lead_gold = [pair in gold for _, articles, gold in loaded for pair in lead_pairs(articles, embedder)]
    print(f"  cross-outlet pairs of leads: {len(lead_gold)}, of which gold: {sum(lead_gold)} ({sum(lead_gold) / len(lead_gold):.0%})")
    for t in (0.3, 0.35, 0.4, 0.45, 0.5):
        print("    threshold %.2f: P %.3f R %.3f F1 %.3f" % (t, *pooled(counts(t))))
    print(f"  F1 by lead prior (log-odds added to pairs of headlines and first sentences; shipped: {LEAD_PRIOR}), at thresholds 0.40 / default / 0.50:")
    for prior in LEAD_PRIORS:
        print(f"    lead prior {prior:<4}: " + " / ".join("%.3f" % pooled(counts(t, prior))[2] for t in (0.4, None, 0.5)))


LEAD_PRIORS = (0.0, 1.0, 2.0, 2.5, 3.0, 4.0)


def lead_pairs(articles: list, embedder: Embedder) -> dict[frozenset[tuple[str, int]], float]:
    """Every pair of leads in two different articles, with the align scorer's probability before the lead prior."""
    from framediff.aligning.pairs import PairScores, leads, story_lexicon
    from framediff.aligning.scorer import Scorer

    refs = [(a.id, s.index) for a in articles for s in a.sentences]
    texts = [" ".join(s.text.split()) for a in articles for s in a.sentences]
    owner = np.array([k for k, a in enumerate(articles) for _ in a.sentences])
    pairs = PairScores(embedder.embed(texts).astype(np.float32), embedder.embed_static(texts), owner, story_lexicon(articles, texts), Scorer.default("align"))
    lead = np.flatnonzero(leads(articles))
    keys = [(int(i), int(j)) for k, i in enumerate(lead) for j in lead[k + 1 :] if owner[i] != owner[j]]
    pairs.ensure(keys)
    return {frozenset((refs[i], refs[j])): pairs.known[(i, j)] for i, j in keys}


def mixed_bag(embedder: Embedder) -> None:
    """Every article of bench/stories and the seeds aligned at once, six events: any claim joining two events is wrong.

    The lead prior's ceiling: it must not join the leads of different stories.
    """
    paths = sorted(str(p) for d in sorted((ROOT / "bench" / "stories").iterdir()) if d.is_dir() for p in sorted(d.iterdir()))
    paths += sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    articles = read_articles(paths)
    story = {a.id: Path(a.source).parent.name for a in articles}
    print(f"all {len(articles)} articles of the stories and the seeds aligned together ({len(set(story.values()))} events): pairs joining two events (all wrong)")
    for prior in LEAD_PRIORS:
        predicted = predicted_pairs(align_articles(articles, embedder, AlignOptions(lead_prior=prior)))
        wrong = sum(1 for pair in predicted if len({story[a] for a, _ in pair}) > 1)
        print(f"    lead prior {prior:<4}: {wrong} of {len(predicted)} pairs")
    across = [p for pair, p in lead_pairs(articles, embedder).items() if len({story[a] for a, _ in pair}) > 1]
    from framediff.aligning.claims import with_prior
    from framediff.aligning.scorer import Scorer

    threshold = Scorer.default("align").threshold
    lifted = float(with_prior(np.array([threshold]), -LEAD_PRIOR)[0])  # the probability the prior lifts to the threshold
    print(f"  the closest leads of two events score {max(across):.3f} before the prior ({len(across)} such pairs); "
          f"the prior {LEAD_PRIOR} lifts {lifted:.3f} to the threshold {threshold}")


def mrpc_articles(embedder: Embedder, n_pairs: int = 1500, n_articles: int = 60) -> None:
    """Align articles built from MRPC train pairs; precision/recall/F1 over the labelled pairs found intact."""
    import random
    import tempfile

    from pairs import mrpc
    from scale import build

    rows = mrpc()
    random.Random(0).shuffle(rows)
    rows = rows[:n_pairs]
    records = build(n_articles, 10**9, [(a, b) for a, b, _ in rows])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "mrpc.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        articles = read_articles([str(path)])
    where = {" ".join(s.text.split()): (a.id, s.index) for a in articles for s in a.sentences}
    t0 = time.perf_counter()
    predicted = predicted_pairs(align_articles(articles, embedder))
    elapsed = time.perf_counter() - t0
    # each article's leads are sentences of unrelated events: what the lead prior joins among them is mostly wrong
    from framediff.aligning.claims import leads

    lead_refs = {ref for ref, flag in zip(((a.id, s.index) for a in articles for s in a.sentences), leads(articles)) if flag}
    without = predicted_pairs(align_articles(articles, embedder, AlignOptions(lead_prior=0.0)))
    between_leads = [sum(1 for pair in p if pair <= lead_refs) for p in (without, predicted)]
    found = [(where.get(" ".join(a.split())), where.get(" ".join(b.split())), label) for a, b, label in rows]
    labelled = [(x, y, label) for x, y, label in found if x and y and x[0] != y[0]]  # both sentences intact, in two articles
    same = np.array([frozenset((x, y)) in predicted for x, y, _ in labelled])
    y = np.array([label == 1 for *_, label in labelled])
    tp = float((same & y).sum())
    p, r = tp / max(same.sum(), 1), tp / max(y.sum(), 1)
    print(f"align on {len(articles)} articles built from {len(rows)} MRPC train pairs ({len(where)} sentences; {len(labelled)} pairs found intact, {int(y.sum())} paraphrases):")
    print(f"  over the labelled pairs: precision {p:.3f}  recall {r:.3f}  F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}  accuracy {(same == y).mean():.3f}   ({elapsed:.1f} s)")
    print(f"  pairs of two leads (first sentences, of unrelated events here) put in one claim: {between_leads[0]} without the lead prior, {between_leads[1]} with it ({len(predicted)} pairs in all)")
    # align lets counts disagree within a claim (a disputed figure); MRPC mostly labels such pairs different
    from framediff.aligning.profiles import disagree, profile

    counts = [(frozenset(v for v in profile(a).numbers if v.startswith("number:")), frozenset(v for v in profile(b).numbers if v.startswith("number:")), label)
              for a, b, label in mrpc()]
    conflicting = [label for x, z, label in counts if disagree(x, z)]
    print(f"  MRPC train pairs whose counts share nothing: {len(conflicting)}, of which labelled different: {conflicting.count(0)}")


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="a sentence-transformers model (path or name, installed) in place of the shipped MiniLM")
    parser.add_argument("--seeds-only", action="store_true", help="only the seeds, bench/stories and ECB+ dev: skip the other public-data figures")
    args = parser.parse_args()
    articles = read_articles([str(ROOT / "seeds")])
    gold = gold_pairs(articles, json.loads((ROOT / "bench" / "gold" / "seeds.json").read_text(encoding="utf-8")))
    embedder = Embedder(model=args.model)
    t0 = time.perf_counter()
    alignment = align_articles(articles, embedder)
    elapsed = time.perf_counter() - t0
    p, r, f = prf(predicted_pairs(alignment), gold)
    print(f"seeds alignment vs bench/gold/seeds.json ({len(gold)} gold pairs), default threshold {alignment.threshold:.2f}:")
    print(f"  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}   ({elapsed:.2f} s, embeddings cached)")
    for t in (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
        p, r, f = prf(predicted_pairs(align_articles(articles, embedder, AlignOptions(threshold=t))), gold)
        print(f"    threshold {t:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print("  F1 by lead prior, at thresholds 0.40 / default / 0.50 (for information: chosen on the stories, below):")
    for prior in LEAD_PRIORS:
        scores = [prf(predicted_pairs(align_articles(articles, embedder, AlignOptions(threshold=t, lead_prior=prior))), gold)[2] for t in (0.4, None, 0.5)]
        print(f"    lead prior {prior:<4}: " + " / ".join(f"{f:.3f}" for f in scores))
    lead_gold = [pair in gold for pair in lead_pairs(articles, embedder)]
    print(f"  cross-outlet pairs of leads (headlines, first sentences): {len(lead_gold)}, of which gold: {sum(lead_gold)} ({sum(lead_gold) / len(lead_gold):.0%})")
    single_signals(articles, gold, embedder)
    stories(embedder)
    mixed_bag(embedder)
    import ecb_eval

    if ecb_eval.DATA.exists():
        ecb_eval.evaluate(embedder)
    else:
        print(f"{ecb_eval.DATA} not found: skipping the ECB+ figures")
    if args.seeds_only:
        return
    from pairs import DATA, mrpc, stsb

    if not DATA.exists():  # the readers fail only when called: check before
        print(f"{DATA} not found: skipping the public-data figures")
        return
    mrpc_articles(embedder)
    dev = stsb("dev")
    train = mrpc()
    for mode in ("cascade", "fast", "full"):
        for name, pairs, y in (
            (f"STS-B news dev ({len(dev)} pairs, same claim = score >= 3)", [(a, b) for a, b, _ in dev], np.array([s >= 3 for *_, s in dev])),
            (f"MRPC train ({len(train)} pairs; in-sample, see bench/calibrate.py for cross-validation)", [(a, b) for a, b, _ in train], np.array([label == 1 for *_, label in train])),
        ):
            t0 = time.perf_counter()
            pred = score_texts(pairs, embedder, mode=mode) >= score_threshold(mode)
            elapsed = time.perf_counter() - t0
            tp = float((pred & y).sum())
            print(f"score --mode {mode} on {name}: accuracy {(pred == y).mean():.3f}  F1 {2 * tp / (pred.sum() + y.sum()):.3f}  ({elapsed:.1f} s)")


if __name__ == "__main__":
    main()

"""Fit the pair scorers on public data and report how well they do.

    python bench/calibrate.py            # report only
    python bench/calibrate.py --write    # also write cli/framediff/data/scorer.json

`score`: additive models (a quadratic spline per signal of
framediff.aligning.profiles.FEATURES, then a logistic regression) fitted on MRPC train,
with 10-fold cross-validated accuracy/F1 reported there (the MRPC test split is
kept for independent measurement and is not here); their curves are tabulated
into scorer.json. Two are fitted: `score_fast` over the signals that need no
MiniLM run (static vectors, words, word order), and `score` over those and the
cross-encoder's logit (bench/crossencoder.py; its held-out logits from five
fold models, each quantised to int8 as the shipped one is, so no logit comes from a model that saw its pair), with the band of `score_fast` probabilities where `score` must decide (the
narrowest band whose cascade keeps the cross-validated accuracy of `score`
within 0.002). `align`: a logistic regression over the cheaper signals, fitted
on STS-B news train (score >= 2.5 counts as "the same claim"), threshold
chosen there, reported on STS-B news dev; its vector cosines are taken relative to
each sentence's background (its mean cosine with all the others of the split),
as align takes them relative to each sentence's background in its story. Needs scikit-learn
(pip install '.[bench]') and ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from crossencoder import held_out_logits  # noqa: E402
from pairs import mrpc, stsb  # noqa: E402

from framediff.aligning.embedding import Embedder  # noqa: E402
from framediff.aligning.scorer import FEATURES, Scorer, background, feature_rows, relative_to_background  # noqa: E402
from framediff.aligning.lexical import Lexicon, PairLexicons, TokenMatch  # noqa: E402
from framediff.aligning.profiles import profile  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "cli" / "framediff" / "data" / "scorer.json"
# News outlets add and drop details around the same claim; STS-B scores such pairs
# between 2 ("share some details") and 3 ("roughly equivalent, some information differs").
SAME_CLAIM = 2.5
# Claims are matched across sentences of very different lengths, so the align scorer
# leaves out the signals that punish elaboration (length, characters, bigrams, unmatched words).
# The two cosines enter as their mean: on STS-B they are nearly collinear and a fit there gives
# the static one no weight, yet within one story, where all sentences share the topic, the
# static cosine separates claims better (bench/evaluate.py prints both); an equal-weight
# ensemble keeps both.
ALIGN_FEATURES = (
    "vectors", "dice", "cover_min", "cover_max", "names", "numbers_agree", "numbers_conflict", "numbers_one_side",
    "unmatched_min", "times_conflict", "vectors_x_cover",
)
# What `score_fast` may use: everything that needs no MiniLM run.
FAST_FEATURES = tuple(
    f for f in FEATURES if f not in ("cosine", "cosine_x_cover", "tokens_f", "tokens_min", "tokens_max", "vectors", "vectors_x_cover", "cross")
)
# `score`: the cheap signals and the cross-encoder. The sentence-vector signals
# (MiniLM cosine, word-piece matching) add about nothing on top of the
# cross-encoder for an extra model run (main() prints both): left out.
SCORE_FEATURES = (*FAST_FEATURES, "cross")
# The sentence-vector signals, each once (the mean of two cosines adds nothing to splines of each).
VECTOR_FEATURES = tuple(f for f in FEATURES if f not in ("vectors", "vectors_x_cover", "cross"))
# Candidate bands (low, high) for the cascade, narrowest first.
BANDS = sorted(((lo / 100, hi / 100) for lo in range(20, 50, 5) for hi in range(55, 85, 5)), key=lambda b: (b[1] - b[0], b))


def features(pairs: list[tuple[str, str]], embedder: Embedder, relative: bool = False) -> np.ndarray:
    """Feature rows for ``pairs``.

    With ``relative``, the split is read as `align` reads a story: vector
    cosines relative to each sentence's background over all the sentences of
    the split (framediff.aligning.profiles.relative_to_background), IDF counted over
    the split. Without, as `score` reads pairs: each pair alone.
    """
    texts = list(dict.fromkeys(t for p in pairs for t in p))
    where = {t: i for i, t in enumerate(texts)}
    vectors, tokens = embedder.embed_tokens(texts)
    statics = embedder.embed_static(texts)
    # as `align` reads a story (its own IDF) or as `score` reads pairs (each alone)
    lexicon = Lexicon([profile(t) for t in texts]) if relative else PairLexicons([profile(t) for t in texts])
    index = np.array([(where[a], where[b]) for a, b in pairs])
    similarity = {}
    for name, v in (("cosine", vectors), ("static", statics)):
        similarity[name] = np.einsum("ij,ij->i", v[index[:, 0]], v[index[:, 1]])
        if relative:
            back = background(v)
            similarity[name] = relative_to_background(similarity[name], back[index[:, 0]], back[index[:, 1]], float(back.mean()))
    return feature_rows(index.tolist(), lexicon, cosines=similarity["cosine"], statics=similarity["static"], tokens=TokenMatch(tokens))


# An additive model: each signal passes through a quadratic spline (4 knots), then a
# logistic regression; chosen by 10-fold CV on MRPC train over 3-5 knots and C 0.1-1.
KNOTS, C_SCORE, GRID = 4, 0.3, 65


def additive_model() -> object:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import SplineTransformer

    return make_pipeline(SplineTransformer(n_knots=KNOTS, degree=2), LogisticRegression(C=C_SCORE, max_iter=5000))


def tabulate(model: object, x: np.ndarray, names: tuple[str, ...]) -> tuple[list[dict[str, list[float]] | None], float]:
    """Each signal's contribution to the log-odds, sampled on a grid over its training range.

    ``x`` holds the columns ``names``; the curves come back in the order of
    FEATURES, None for a signal the model does not use.
    """
    spline, logistic = model.steps[0][1], model.steps[1][1]  # type: ignore[attr-defined]
    per = spline.n_features_out_ // x.shape[1]
    coef = logistic.coef_[0]
    probe = np.tile(x.mean(axis=0), (GRID, 1))
    curves: list[dict[str, list[float]] | None] = [None] * len(FEATURES)
    for k, name in enumerate(names):
        grid = np.linspace(x[:, k].min(), x[:, k].max(), GRID)
        probe_k = probe.copy()
        probe_k[:, k] = grid
        values = spline.transform(probe_k)[:, k * per : (k + 1) * per] @ coef[k * per : (k + 1) * per]
        curves[FEATURES.index(name)] = {"grid": [round(float(g), 6) for g in grid], "values": [round(float(v), 6) for v in values]}
    return curves, float(logistic.intercept_[0])


def fit_additive(x: np.ndarray, y: np.ndarray, names: tuple[str, ...], label: str) -> tuple[dict[str, object], np.ndarray]:
    """Fit one additive scorer on the columns ``names``; report it; return its scorer.json entry and CV probabilities."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    cols = x[:, [FEATURES.index(n) for n in names]]
    folds = StratifiedKFold(10, shuffle=True, random_state=0)
    p_cv = cross_val_predict(additive_model(), cols, y, cv=folds, method="predict_proba")[:, 1]
    threshold, acc = best_threshold(p_cv, y, "accuracy")
    print(f"  {label}: threshold 0.50: accuracy {accuracy(p_cv >= 0.5, y):.3f}; threshold {threshold:.2f} (best on the CV predictions): accuracy {acc:.3f}  F1 {f1(p_cv >= threshold, y):.3f}")
    model = additive_model()
    model.fit(cols, y)  # type: ignore[attr-defined]
    curves, bias = tabulate(model, cols, names)
    scorer = Scorer(tuple([0.0] * len(FEATURES)), bias, threshold, "", tuple((tuple(c["grid"]), tuple(c["values"])) if c else None for c in curves))
    print(f"    tabulated curves on train (in-sample): accuracy {accuracy(scorer.probability(x) >= threshold, y):.3f}; model itself {accuracy(model.predict_proba(cols)[:, 1] >= threshold, y):.3f}")  # type: ignore[attr-defined]
    entry = {
        "curves": curves,
        "bias": bias,
        "threshold": threshold,
        "provenance": f"quadratic splines ({KNOTS} knots) per signal + logistic regression (C={C_SCORE}) on MRPC train (4,076 pairs) over {', '.join(names)}; "
        f"curves tabulated on {GRID} points; threshold = best 10-fold CV accuracy there",
    }
    return entry, p_cv


def cascade_band(p_fast: np.ndarray, p_full: np.ndarray, y: np.ndarray, threshold: float) -> tuple[float, float]:
    """The narrowest band of fast probabilities to hand to the full scorer that keeps its accuracy within 0.002."""
    target = accuracy(p_full >= threshold, y) - 0.002
    for low, high in BANDS:
        unsure = (p_fast > low) & (p_fast < high)
        if low < threshold < high and accuracy(np.where(unsure, p_full, p_fast) >= threshold, y) >= target:
            return low, high
    return 0.0, 1.0


def best_threshold(p: np.ndarray, y: np.ndarray, metric: str) -> tuple[float, float]:
    best = (0.5, -1.0)
    for t in np.arange(0.05, 0.96, 0.01):
        pred = p >= t
        value = accuracy(pred, y) if metric == "accuracy" else f1(pred, y)
        if value > best[1] + 1e-9:
            best = (round(float(t), 2), value)
    return best


def accuracy(pred: np.ndarray, y: np.ndarray) -> float:
    return float((pred == y.astype(bool)).mean())


def f1(pred: np.ndarray, y: np.ndarray) -> float:
    y = y.astype(bool)
    tp = float((pred & y).sum())
    return 2 * tp / (pred.sum() + y.sum()) if pred.sum() + y.sum() else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the fitted scorer to cli/framediff/data/scorer.json")
    parser.add_argument(
        "--align-only", action="store_true",
        help="fit only the align scorer (STS-B) and keep score and score_fast as scorer.json has them: "
        "they use no sentence model, so a new one leaves them as they are",
    )
    args = parser.parse_args()
    embedder = Embedder()
    if args.align_only:
        document = json.loads(OUT.read_text(encoding="utf-8"))
        document["align"] = fit_align(embedder)
        if args.write:
            write(document)
        return
    train = mrpc()
    x = features([(a, b) for a, b, _ in train], embedder)
    y = np.array([label for _, _, label in train])
    # each pair's cross-encoder logit from the fold model that never saw it (bench/crossencoder.py --fold K),
    # quantised to int8 as the shipped model is
    x[:, FEATURES.index("cross")] = held_out_logits(len(y), "int8")
    print(f"MRPC train, {len(y)} pairs, 10-fold cross-validation:")
    print(
        f"  cross-encoder alone (held-out logits, threshold 0): accuracy {accuracy(x[:, FEATURES.index('cross')] > 0, y):.3f} int8 (as shipped), "
        f"{accuracy(held_out_logits(len(y), 'fp32') > 0, y):.3f} before quantisation"
    )
    for name in ("cosine", "static"):
        t, acc = best_threshold(x[:, FEATURES.index(name)], y, "accuracy")
        print(f"  {name} alone, best threshold {t:.2f} (fitted on all): accuracy {acc:.3f}")
    fit_additive(x, y, VECTOR_FEATURES, "for comparison, sentence vectors instead of the cross-encoder")
    fit_additive(x, y, (*VECTOR_FEATURES, "cross"), "for comparison, sentence vectors and the cross-encoder")
    full, p_full = fit_additive(x, y, SCORE_FEATURES, "score (cheap signals and the cross-encoder)")
    fast, p_fast = fit_additive(x, y, FAST_FEATURES, "score_fast (no MiniLM run)")
    low, high = cascade_band(p_fast, p_full, y, float(full["threshold"]))  # type: ignore[arg-type]
    unsure = (p_fast > low) & (p_fast < high)
    combined = np.where(unsure, p_full, p_fast) >= float(full["threshold"])  # type: ignore[arg-type]
    print(f"  cascade: score decides where score_fast gives {low:.2f}-{high:.2f} ({unsure.mean():.0%} of pairs): accuracy {accuracy(combined, y):.3f}  F1 {f1(combined, y):.3f}")
    fast["unsure"] = [low, high]
    if args.write:
        write({"features": list(FEATURES), "score": full, "score_fast": fast, "align": fit_align(embedder)})
    else:
        fit_align(embedder)


def fit_align(embedder: Embedder) -> dict[str, object]:
    """The align scorer: a logistic regression on STS-B news train, its threshold chosen there; reported on dev."""
    from sklearn.linear_model import LogisticRegression

    sts_train, sts_dev = stsb("train"), stsb("dev")
    xt = features([(a, b) for a, b, _ in sts_train], embedder, relative=True)
    xd = features([(a, b) for a, b, _ in sts_dev], embedder, relative=True)
    yt = np.array([s >= SAME_CLAIM for *_, s in sts_train])
    yd = np.array([s >= SAME_CLAIM for *_, s in sts_dev])
    cols = [FEATURES.index(name) for name in ALIGN_FEATURES]
    align_model = LogisticRegression(C=1.0, max_iter=2000).fit(xt[:, cols], yt)
    align_weights = [0.0] * len(FEATURES)
    for col, w in zip(cols, align_model.coef_[0]):
        align_weights[col] = float(w)
    # F1 on STS-B is flat over thresholds 0.38-0.55 (within 0.01), so its argmax is noise. For calibrated
    # probabilities the F1-optimal threshold is half the best F1 (Lipton, Elkan & Naryanaswamy 2014):
    # taken on the train split, it is stable from fit to fit.
    pt = align_model.predict_proba(xt[:, cols])[:, 1]
    _, f1_train = best_threshold(pt, yt, "f1")
    align_t = round(f1_train / 2, 2)
    flat = [f1(pt >= t, yt) for t in np.arange(0.38, 0.555, 0.01)]
    pd = align_model.predict_proba(xd[:, cols])[:, 1]
    print(f"STS-B news, align scorer (same claim = score >= {SAME_CLAIM}; features {', '.join(ALIGN_FEATURES)}; model {embedder.model_name}):")
    print(f"  train F1 at thresholds 0.38-0.55: {min(flat):.3f} to {max(flat):.3f}")
    print(f"  threshold {align_t:.2f} = half the best F1 on train ({f1_train:.3f}); dev, {len(yd)} pairs: F1 {f1(pd >= align_t, yd):.3f}  accuracy {accuracy(pd >= align_t, yd):.3f}")
    for name in ("cosine", "static"):
        col = FEATURES.index(name)
        t, _ = best_threshold(xt[:, col], yt, "f1")
        print(f"  dev, {name} alone at its train-best threshold {t:.2f}: F1 {f1(xd[:, col] >= t, yd):.3f}")
    return {
        "weights": align_weights,
        "bias": float(align_model.intercept_[0]),
        "threshold": align_t,
        "provenance": f"logistic regression on STS-B news train, label score >= {SAME_CLAIM}, over {', '.join(ALIGN_FEATURES)}, "
        f"cosines of {embedder.model_name} and the static model relative to each sentence's background over the split; "
        "threshold = half the best F1 on that train split (the F1-optimal threshold of calibrated probabilities)",
    }


def write(document: dict[str, object]) -> None:
    OUT.write_text(json.dumps({**document, "made_by": "bench/calibrate.py --write"}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")

if __name__ == "__main__":
    main()

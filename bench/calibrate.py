"""Fit the pair scorers on public data and report how well they do.

    python bench/calibrate.py            # report only
    python bench/calibrate.py --write    # also write cli/framediff/data/scorer.json

`score`: an additive model (a quadratic spline per signal of
framediff.similarity.FEATURES, then a logistic regression) fitted on MRPC train,
with 10-fold cross-validated accuracy/F1 reported there (the MRPC test split is
kept for independent measurement and is not here); its curves are tabulated
into scorer.json. `align`: a logistic regression over the cheaper signals,
fitted on STS-B news train (score >= 2.5 counts as "the same claim"), threshold
chosen there, reported on STS-B news dev. Needs scikit-learn
(pip install '.[bench]') and ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pairs import mrpc, stsb  # noqa: E402

from framediff.embedding import Embedder  # noqa: E402
from framediff.similarity import FEATURES, Lexicon, Scorer, TokenMatch, feature_rows, profile  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "cli" / "framediff" / "data" / "scorer.json"
# News outlets add and drop details around the same claim; STS-B scores such pairs
# between 2 ("share some details") and 3 ("roughly equivalent, some information differs").
SAME_CLAIM = 2.5
# Claims are matched across sentences of very different lengths, so the align scorer
# leaves out the signals that punish elaboration (length, characters, bigrams, unmatched words).
ALIGN_FEATURES = ("cosine", "dice", "cover_min", "cover_max", "names", "numbers_agree", "numbers_conflict", "numbers_one_side", "unmatched_min", "times_conflict", "cosine_x_cover")


def features(pairs: list[tuple[str, str]], embedder: Embedder) -> np.ndarray:
    texts = list(dict.fromkeys(t for p in pairs for t in p))
    where = {t: i for i, t in enumerate(texts)}
    vectors, tokens = embedder.embed_tokens(texts)
    lexicon = Lexicon([profile(t) for t in texts])
    index = [(where[a], where[b]) for a, b in pairs]
    cosines = [float(vectors[i] @ vectors[j]) for i, j in index]
    return feature_rows(index, cosines, lexicon, TokenMatch(tokens))


# An additive model: each signal passes through a quadratic spline (4 knots), then a
# logistic regression; chosen by 10-fold CV on MRPC train over 3-5 knots and C 0.1-1.
KNOTS, C_SCORE, GRID = 4, 0.3, 65


def additive_model() -> object:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import SplineTransformer

    return make_pipeline(SplineTransformer(n_knots=KNOTS, degree=2), LogisticRegression(C=C_SCORE, max_iter=5000))


def tabulate(model: object, x: np.ndarray) -> tuple[list[dict[str, list[float]]], float]:
    """Each signal's contribution to the log-odds, sampled on a grid over its training range."""
    spline, logistic = model.steps[0][1], model.steps[1][1]  # type: ignore[attr-defined]
    per = spline.n_features_out_ // x.shape[1]
    coef = logistic.coef_[0]
    probe = np.tile(x.mean(axis=0), (GRID, 1))
    curves = []
    for k in range(x.shape[1]):
        grid = np.linspace(x[:, k].min(), x[:, k].max(), GRID)
        probe_k = probe.copy()
        probe_k[:, k] = grid
        values = spline.transform(probe_k)[:, k * per : (k + 1) * per] @ coef[k * per : (k + 1) * per]
        curves.append({"grid": [round(float(g), 6) for g in grid], "values": [round(float(v), 6) for v in values]})
    return curves, float(logistic.intercept_[0])


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
    args = parser.parse_args()
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    embedder = Embedder()
    train = mrpc()
    x = features([(a, b) for a, b, _ in train], embedder)
    y = np.array([label for _, _, label in train])
    model = additive_model()
    folds = StratifiedKFold(10, shuffle=True, random_state=0)
    p_cv = cross_val_predict(model, x, y, cv=folds, method="predict_proba")[:, 1]
    print(f"MRPC train, {len(y)} pairs, 10-fold cross-validation:")
    cos_t, cos_acc = best_threshold(x[:, 0], y, "accuracy")
    print(f"  cosine alone, best threshold {cos_t:.2f} (fitted on all): accuracy {cos_acc:.3f}")
    print(f"  combined, threshold 0.50: accuracy {accuracy(p_cv >= 0.5, y):.3f}  F1 {f1(p_cv >= 0.5, y):.3f}")
    threshold, acc = best_threshold(p_cv, y, "accuracy")
    print(f"  combined, threshold {threshold:.2f} (best on the CV predictions): accuracy {acc:.3f}  F1 {f1(p_cv >= threshold, y):.3f}")
    model.fit(x, y)  # type: ignore[attr-defined]
    curves, bias = tabulate(model, x)
    p_tab = Scorer(tuple([0.0] * len(FEATURES)), bias, threshold, "", tuple((tuple(c["grid"]), tuple(c["values"])) for c in curves)).probability(x)
    print(f"  tabulated curves on train (in-sample): accuracy {accuracy(p_tab >= threshold, y):.3f}; model itself {accuracy(model.predict_proba(x)[:, 1] >= threshold, y):.3f}")  # type: ignore[attr-defined]
    sts_train, sts_dev = stsb("train"), stsb("dev")
    xt = features([(a, b) for a, b, _ in sts_train], embedder)
    xd = features([(a, b) for a, b, _ in sts_dev], embedder)
    yt = np.array([s >= SAME_CLAIM for *_, s in sts_train])
    yd = np.array([s >= SAME_CLAIM for *_, s in sts_dev])
    cols = [FEATURES.index(name) for name in ALIGN_FEATURES]
    align_model = LogisticRegression(C=1.0, max_iter=2000).fit(xt[:, cols], yt)
    align_weights = [0.0] * len(FEATURES)
    for col, w in zip(cols, align_model.coef_[0]):
        align_weights[col] = float(w)
    align_bias = float(align_model.intercept_[0])
    align_t, f1_train = best_threshold(align_model.predict_proba(xt[:, cols])[:, 1], yt, "f1")
    pd = align_model.predict_proba(xd[:, cols])[:, 1]
    print(f"STS-B news, align scorer (same claim = score >= {SAME_CLAIM}; features {', '.join(ALIGN_FEATURES)}):")
    print(f"  threshold {align_t:.2f} chosen on train (F1 {f1_train:.3f}); dev, {len(yd)} pairs: F1 {f1(pd >= align_t, yd):.3f}  accuracy {accuracy(pd >= align_t, yd):.3f}")
    cos_t, _ = best_threshold(xt[:, 0], yt, "f1")
    print(f"  dev, cosine alone at its train-best threshold {cos_t:.2f}: F1 {f1(xd[:, 0] >= cos_t, yd):.3f}")
    if args.write:
        document = {
            "features": list(FEATURES),
            "score": {
                "curves": curves,
                "bias": bias,
                "threshold": threshold,
                "provenance": f"quadratic splines ({KNOTS} knots) per signal + logistic regression (C={C_SCORE}) on MRPC train (4,076 pairs), curves tabulated on {GRID} points; threshold = best 10-fold CV accuracy there",
            },
            "align": {
                "weights": align_weights,
                "bias": align_bias,
                "threshold": align_t,
                "provenance": f"logistic regression on STS-B news train, label score >= {SAME_CLAIM}, over {', '.join(ALIGN_FEATURES)}; "
                "threshold = best F1 on that train split",
            },
            "made_by": "bench/calibrate.py --write",
        }
        OUT.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

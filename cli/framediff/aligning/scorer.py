"""The calibrated scorer: how likely two sentences state the same claim, from several signals, as one probability.

Signals per pair (see :data:`FEATURES`):

- ``cosine``: MiniLM sentence-embedding cosine (paraphrase, in context);
- ``static``: cosine of static word-piece vectors distilled from MiniLM (the
  words themselves, rare ones weighing more); ``vectors``: the mean of the two,
  an equal-weight ensemble;
- ``dice`` and ``cover``: overlap of content-word stems weighted by IDF (over
  the story's sentences in `align`; from English word frequencies in `score`,
  where pairs stand alone), counting spelling variants and typos
  (defence/defense, Morroco/Morocco) as matches through a character-level ratio;
- ``names``: overlap of capitalised names;
- ``numbers_agree`` / ``numbers_conflict``: shared numbers, or numbers on both sides
  that share nothing (2020 vs 2021; "three" vs "four");
- word order (longest common subsequence, shared trigrams) and lengths;
- ``tokens_*``: BERTScore-style matching of MiniLM's contextual word pieces.

Additive logistic models over these, fitted on public data by
``bench/calibrate.py``, turn them into a probability. Their curves and
coefficients live in ``data/scorer.json`` with their provenance.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Sequence

from framediff.aligning.lexical import Lexicon, PairLexicons, TokenMatch
from framediff.aligning.profiles import profile

if TYPE_CHECKING:
    import numpy as np

    from framediff.aligning.embedding import Embedder

FEATURES = (
    "cosine", "dice", "cover_min", "cover_max", "names", "numbers_agree", "numbers_conflict", "numbers_one_side",
    "length", "bigrams", "chars", "unmatched_min", "unmatched_max", "times_conflict", "cosine_x_cover",
    # word order: longest common word subsequence over the longer and the shorter sentence, shared trigrams
    "lcs_max", "lcs_min", "trigrams", "length_diff",
    # word pieces: each piece's best match on the other side by contextual vector, IDF-weighted (BERTScore)
    "tokens_f", "tokens_min", "tokens_max",
    # static word-piece vectors (model2vec): sentence cosine
    "static",
    # the two models as one: the mean of the MiniLM and static cosines, and that times cover_min
    "vectors", "vectors_x_cover",
    # the cross-encoder's logit: MiniLM fine-tuned on MRPC train, reading the two sentences at once
    "cross",
)
_LEXICAL = slice(FEATURES.index("dice"), FEATURES.index("times_conflict") + 1)
_SEQUENCE = slice(FEATURES.index("lcs_max"), FEATURES.index("length_diff") + 1)
_TOKENS = slice(FEATURES.index("tokens_f"), FEATURES.index("tokens_max") + 1)
_COSINE, _COSINE_X_COVER, _COVER_MIN = FEATURES.index("cosine"), FEATURES.index("cosine_x_cover"), FEATURES.index("cover_min")
_STATIC, _VECTORS, _VECTORS_X_COVER = FEATURES.index("static"), FEATURES.index("vectors"), FEATURES.index("vectors_x_cover")
_CROSS = FEATURES.index("cross")

# What each signal of `score` reads of one side of a pair, at most: its first SIGNAL_WORDS words within its first
# SIGNAL_CHARS characters. A sentence is far shorter (framediff cuts its own at 1,500 characters; the models read 256
# word pieces), so no sentence's score changes; a side that is a whole book costs what its first pages cost, and the
# memory of one pair stays bounded whatever it holds (README, "Limits").
SIGNAL_CHARS = 10_000
SIGNAL_WORDS = 2_000


@lru_cache(maxsize=1)
def _shipped_scorers() -> dict:  # type: ignore[type-arg]
    return json.loads(files("framediff").joinpath("data/scorer.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Scorer:
    """An additive logistic model over :data:`FEATURES` (fitted by ``bench/calibrate.py``).

    Each signal adds ``weight * value`` and, when it has a curve, a piecewise
    linear function of its value (a spline fit, tabulated; flat outside the
    range seen in training). Two are shipped: ``score`` (paraphrase, fitted on
    MRPC train) for `framediff score`, and ``align`` (same claim, fitted on
    STS-B news train) for claims.
    """

    weights: tuple[float, ...]
    bias: float
    threshold: float  # the probability from which a pair counts as the same claim
    provenance: str
    curves: tuple[tuple[tuple[float, ...], tuple[float, ...]] | None, ...] = ()  # per feature: (grid, values) or None
    unsure: tuple[float, float] | None = None  # a fast scorer's band where a fuller one should decide instead

    @classmethod
    def default(cls, task: str = "align") -> Scorer:
        """A shipped scorer: ``align``, ``score`` or ``score_fast``."""
        data = _shipped_scorers()
        if tuple(data["features"]) != FEATURES:
            raise ValueError("data/scorer.json was fitted on other features; rerun bench/calibrate.py --write")
        model = data[task]
        curves = tuple(
            (tuple(c["grid"]), tuple(c["values"])) if c else None for c in model.get("curves", [None] * len(FEATURES))
        )
        weights = tuple(model.get("weights", [0.0] * len(FEATURES)))
        unsure = tuple(model["unsure"]) if "unsure" in model else None
        return cls(weights, model["bias"], model["threshold"], model["provenance"], curves, unsure)  # type: ignore[arg-type]

    @property
    def needed(self) -> frozenset[str]:
        """The signals this scorer weighs; the others need not be computed."""
        curved = {name for name, c in zip(FEATURES, self.curves) if c}
        return frozenset(name for name, w in zip(FEATURES, self.weights) if w) | curved

    def needs(self, names: Sequence[str]) -> bool:
        return not self.needed.isdisjoint(names)

    def probability(self, rows: np.ndarray) -> np.ndarray:
        import numpy as np

        z = rows @ np.asarray(self.weights, dtype=np.float64) + self.bias
        for column, curve in enumerate(self.curves):
            if curve:
                z += np.interp(rows[:, column], curve[0], curve[1])
        return 1.0 / (1.0 + np.exp(-z))


def feature_rows(
    pairs: Sequence[Sequence[int]],
    lexicon: Lexicon | PairLexicons,
    *,
    cosines: Sequence[float] | np.ndarray | None = None,
    statics: Sequence[float] | np.ndarray | None = None,
    tokens: TokenMatch | None = None,
    cross: Sequence[float] | np.ndarray | None = None,
    needed: frozenset[str] | None = None,
) -> np.ndarray:
    """One row of :data:`FEATURES` per pair of sentence indices into the lexicon's sentences.

    ``cosines`` and ``statics`` are the pairs' MiniLM and static-vector cosines,
    ``cross`` the cross-encoder's logits; a signal left out stays 0. The word-order and word-piece signals cost the
    most; they are computed only when ``needed`` (None: all) names them, and
    word pieces only with ``tokens``.
    """
    import numpy as np

    sequence = needed is None or not needed.isdisjoint(FEATURES[_SEQUENCE])
    pieces = tokens is not None and (needed is None or not needed.isdisjoint(FEATURES[_TOKENS]))
    rows = np.zeros((len(pairs), len(FEATURES)), dtype=np.float64)
    for row, (i, j) in enumerate(pairs):
        rows[row, _LEXICAL] = lexicon.features(i, j)
        if sequence:
            rows[row, _SEQUENCE] = lexicon.sequence(i, j)
        if pieces:
            rows[row, _TOKENS] = tokens.features(i, j)  # type: ignore[union-attr]
    if cosines is not None:
        rows[:, _COSINE] = cosines
        rows[:, _COSINE_X_COVER] = rows[:, _COSINE] * rows[:, _COVER_MIN]
    if statics is not None:
        rows[:, _STATIC] = statics
    if cosines is not None and statics is not None:
        rows[:, _VECTORS] = (rows[:, _COSINE] + rows[:, _STATIC]) / 2
        rows[:, _VECTORS_X_COVER] = rows[:, _VECTORS] * rows[:, _COVER_MIN]
    if cross is not None:
        rows[:, _CROSS] = cross
    return rows


BACKGROUND_PRIOR = 20  # sentences: how much a sentence's own background is trusted, as if measured on this many more


def background(vectors: np.ndarray, group: np.ndarray | None = None, prior: int = BACKGROUND_PRIOR) -> np.ndarray:
    """Each unit vector's mean cosine with the vectors outside its group (default: with all the others).

    Within one story every sentence shares the topic, and a sentence about the
    story's core ("relations between Israel and Morocco") runs high with
    everything: a hub. :func:`relative_to_background` demotes hubs, as CSLS
    does for word translation (Conneau et al. 2018). O(n·d): sums, not pairs.

    Measured over few sentences, a background is mostly the sentence's own
    match (two short articles: one of four sentences is the restatement), so
    each mean is shrunk toward the mean of all of them, as though ``prior``
    more sentences at that mean had been seen: in a story of hundreds of
    sentences it barely moves; for two short articles the cosines stay raw.
    """
    import numpy as np

    if group is None:
        group = np.arange(len(vectors))
    total = vectors.sum(axis=0)
    labels, inverse, counts = np.unique(group, return_inverse=True, return_counts=True)
    sums = np.zeros((len(labels), vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, inverse, vectors)
    outside = len(vectors) - counts[inverse]
    dots = np.einsum("ij,ij->i", vectors, total[None, :] - sums[inverse])
    overall = float(dots.sum() / max(int(outside.sum()), 1))
    return (dots + prior * overall) / (outside + prior)


def relative_to_background(cosines: np.ndarray, back_a: np.ndarray, back_b: np.ndarray, mean: float) -> np.ndarray:
    """Cosines less the pair's mean background, plus the ``mean`` background of all the sentences.

    A pair of ordinary sentences keeps its cosine; a pair with a hub loses
    what the hub gains with everything. The align scorer is fitted on cosines
    taken this way over its whole training split.
    """
    return cosines - (back_a + back_b) / 2 + mean


SCORE_MODES = ("cascade", "fast", "full")


def signal_text(text: str) -> str:
    """What the signals read of one side of a pair: ``text`` itself, or its first SIGNAL_WORDS words within its first
    SIGNAL_CHARS characters, cut at a word's end."""
    if len(text) <= 2 * SIGNAL_WORDS:  # a word and the space after it take two characters at least
        return text
    head = text[: SIGNAL_CHARS + 1]
    end = len(head) if len(text) <= SIGNAL_CHARS else (head.rstrip().rfind(" ") if " " in head.rstrip() else SIGNAL_CHARS)
    for number, word in enumerate(_WORD.finditer(head, 0, end), 1):
        if number == SIGNAL_WORDS:
            return head[: word.end()]
    return head[:end]


_WORD = re.compile(r"\S+")


def score_threshold(mode: str = "cascade") -> float:
    """The calibrated probability from which `framediff score` calls a pair the same claim, in ``mode``."""
    return Scorer.default("score_fast" if mode == "fast" else "score").threshold


def score_texts(
    pairs: Sequence[tuple[str, str]], embedder: Embedder, task: str = "score", mode: str = "cascade", threshold: float | None = None
) -> np.ndarray:
    """Probability that each (a, b) pair states the same claim, by the shipped ``task`` scorer.

    For ``score`` the mode picks how much of MiniLM to run: ``fast`` never runs
    it (static vectors and words only), ``full`` runs it on every sentence, and
    ``cascade`` runs it only on the pairs the fast scorer is unsure of (its
    calibrated ``unsure`` band, moved with ``threshold`` when the caller decides
    at another one), which keeps the full scorer's accuracy at a
    fraction of its time. Pairs stand alone here, with no story around them:
    cosines are taken as they are, not relative to a background, and words
    weigh by their frequency in English (:class:`PairLexicons`), so a pair
    gets the same score alone or in any batch.
    """
    import numpy as np

    if not pairs:
        return np.zeros(0)
    pairs = [(signal_text(a), signal_text(b)) for a, b in pairs]
    texts = list(dict.fromkeys(t for pair in pairs for t in pair))
    position = {t: i for i, t in enumerate(texts)}
    index = np.array([(position[a], position[b]) for a, b in pairs], dtype=np.int64).reshape(-1, 2)
    lexicon = PairLexicons([profile(t) for t in texts])
    statics = embedder.embed_static(texts)
    static_cos = np.einsum("ij,ij->i", statics[index[:, 0]], statics[index[:, 1]])
    scorer = Scorer.default(task)
    probs = np.zeros(len(index))
    redo = np.arange(len(index))
    if task == "score" and mode != "full":
        fast = Scorer.default("score_fast")
        probs = fast.probability(feature_rows(index.tolist(), lexicon, statics=static_cos, needed=fast.needed))
        low, high = fast.unsure if mode == "cascade" and fast.unsure else (1.0, 0.0)  # fast: an empty band
        if threshold is not None and mode == "cascade":  # the band surrounds the decision actually taken
            shift = threshold - scorer.threshold
            low, high = low + shift, high + shift
        redo = np.flatnonzero((probs > low) & (probs < high))
    if len(redo):
        sub = index[redo]
        cosines, tokens, cross = None, None, None
        if scorer.needs(("cosine", "cosine_x_cover", "vectors", "vectors_x_cover", *FEATURES[_TOKENS])):
            used = np.unique(sub)
            if scorer.needs(FEATURES[_TOKENS]):
                vectors, pieces = embedder.embed_tokens([texts[i] for i in used])
                tokens = TokenMatch(pieces, used.tolist())
            else:
                vectors = embedder.embed([texts[i] for i in used])
            local = np.searchsorted(used, sub)
            cosines = np.einsum("ij,ij->i", vectors[local[:, 0]], vectors[local[:, 1]])
        if scorer.needs(("cross",)):
            cross = embedder.cross_logits([(texts[i], texts[j]) for i, j in sub.tolist()])
        rows = feature_rows(sub.tolist(), lexicon, cosines=cosines, statics=static_cos[redo], tokens=tokens, cross=cross,
                            needed=scorer.needed)
        probs[redo] = scorer.probability(rows)
    # no content word and no number ("", "🙂", "It is."): no claim to compare, so not the same claim
    empty = np.array([not (p.stems or p.numbers) for p in lexicon.profiles])
    probs[empty[index[:, 0]] | empty[index[:, 1]]] = 0.0
    return probs

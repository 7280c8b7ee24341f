"""How likely two sentences state the same claim: several signals, one calibrated score.

Signals per pair (see :data:`FEATURES`):

- ``cosine``: MiniLM sentence-embedding cosine (paraphrase);
- ``dice`` and ``cover``: overlap of content-word stems weighted by IDF over the
  sentences in play, counting spelling variants and typos (defence/defense,
  Morroco/Morocco) as matches through a character-level ratio;
- ``names``: overlap of capitalised names;
- ``numbers_agree`` / ``numbers_conflict``: shared numbers, or numbers on both sides
  that share nothing (2020 vs 2021; "three" vs "four");
- ``length``: ratio of lengths.

A logistic regression over these, fitted on public data by
``bench/calibrate.py`` (MRPC train), turns them into a probability. Its
coefficients live in ``data/scorer.json`` with their provenance.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Iterable, Sequence

if TYPE_CHECKING:
    import numpy as np

FEATURES = (
    "cosine", "dice", "cover_min", "cover_max", "names", "numbers_agree", "numbers_conflict", "numbers_one_side",
    "length", "bigrams", "chars", "unmatched_min", "unmatched_max", "times_conflict", "cosine_x_cover",
)
_TIMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december yesterday today tomorrow tonight".split()
)

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below between both
    but by can could did do does doing down during each few for from further had has have having he her here hers herself
    him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where which while who whom why
    will with would you your yours yourself yourselves said says say told according would could may might must shall
    one ones s t mr mrs ms us its it's that's 's ’s
    """.split()
)
_WORD = re.compile(r"[^\W_]+(?:['’\-.][^\W_]+)*")
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "hundred": "100", "thousand": "1000", "million": "1e6",
    "billion": "1e9", "first": "1st", "second": "2nd", "third": "3rd", "half": "0.5", "dozen": "12",
}
_SOFT_MIN_LEN = 5
_SOFT_RATIO = 80.0


@lru_cache(maxsize=1)
def _stemmer() -> object:
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)  # type: ignore[attr-defined, no-any-return]


@dataclass(frozen=True)
class Profile:
    """What the lexical signals need to know about one sentence."""

    stems: frozenset[str]
    names: frozenset[str]
    numbers: frozenset[str]
    times: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    folded: str
    words: int


def profile(text: str) -> Profile:
    tokens = _WORD.findall(text)
    stems: set[str] = set()
    names: set[str] = set()
    numbers: set[str] = set()
    for position, token in enumerate(tokens):
        lower = token.lower().replace("’", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
        if any(ch.isdigit() for ch in lower):
            numbers.add(lower.replace(",", ""))
            continue
        if lower in _NUMBER_WORDS:
            numbers.add(_NUMBER_WORDS[lower])
        if lower in STOPWORDS or len(lower) < 2:
            continue
        stems.add(stem(lower))
        if position > 0 and token[0].isupper():
            names.add(stem(lower))
    lowered = [t.lower() for t in tokens]
    bigrams = frozenset(zip(lowered, lowered[1:]))
    times = frozenset(t for t in lowered if t in _TIMES) | frozenset(n for n in numbers if re.fullmatch(r"(1[89]|20)\d\d", n))
    return Profile(frozenset(stems), frozenset(names), frozenset(numbers), times, bigrams, " ".join(lowered), len(tokens))


def facts_conflict(a: Profile, b: Profile) -> bool:
    """Both sentences give numbers or times, and they share none: different facts (or facts that disagree)."""
    return bool((a.numbers and b.numbers and not a.numbers & b.numbers) or (a.times and b.times and not a.times & b.times))


class Idf:
    """Inverse document frequency of stems over the sentences in play (smoothed)."""

    def __init__(self, profiles: Iterable[Profile]) -> None:
        counts: Counter[str] = Counter()
        n = 0
        for p in profiles:
            counts.update(p.stems)
            n += 1
        self.n = n
        self._counts = counts

    def __call__(self, term: str) -> float:
        df = self._counts.get(term, 0)
        return math.log((self.n + 1) / (df + 1)) + 1


def _soft_shared(a: frozenset[str], b: frozenset[str]) -> tuple[set[str], set[str]]:
    """Stems of ``a`` and of ``b`` that match exactly or as spelling variants."""
    shared_a = set(a & b)
    shared_b = set(shared_a)
    rest_a = [t for t in a - b if len(t) >= _SOFT_MIN_LEN]
    rest_b = [t for t in b - a if len(t) >= _SOFT_MIN_LEN]
    if rest_a and rest_b:
        from rapidfuzz.fuzz import ratio

        for x in rest_a:
            for y in rest_b:
                if x[0] == y[0] and ratio(x, y, score_cutoff=_SOFT_RATIO):
                    shared_a.add(x)
                    shared_b.add(y)
    return shared_a, shared_b


def lexical_features(a: Profile, b: Profile, idf: Idf) -> tuple[float, ...]:
    """Every signal of :data:`FEATURES` but the cosine, for one pair, in that order."""
    from rapidfuzz.fuzz import ratio

    shared_a, shared_b = _soft_shared(a.stems, b.stems)
    weight_a = sum(idf(t) for t in a.stems)
    weight_b = sum(idf(t) for t in b.stems)
    matched_a = sum(idf(t) for t in shared_a)
    matched_b = sum(idf(t) for t in shared_b)
    dice = (matched_a + matched_b) / (weight_a + weight_b) if weight_a + weight_b else 0.0
    cover_a = matched_a / weight_a if weight_a else 0.0
    cover_b = matched_b / weight_b if weight_b else 0.0
    names_a, names_b = _soft_shared(a.names, b.names)
    names = (len(names_a) + len(names_b)) / (len(a.names) + len(b.names)) if a.names or b.names else 0.0
    agree = 1.0 if a.numbers & b.numbers else 0.0
    conflict = 1.0 if a.numbers and b.numbers and not (a.numbers & b.numbers) else 0.0
    one_side = 1.0 if bool(a.numbers) != bool(b.numbers) else 0.0
    length = min(a.words, b.words) / max(a.words, b.words, 1)
    union = len(a.bigrams | b.bigrams)
    bigrams = len(a.bigrams & b.bigrams) / union if union else 0.0
    chars = ratio(a.folded, b.folded) / 100.0
    unmatched_a = math.log1p(len(a.stems) - len(shared_a))
    unmatched_b = math.log1p(len(b.stems) - len(shared_b))
    times_conflict = 1.0 if a.times and b.times and not a.times & b.times else 0.0
    return (
        dice, min(cover_a, cover_b), max(cover_a, cover_b), names, agree, conflict, one_side,
        length, bigrams, chars, min(unmatched_a, unmatched_b), max(unmatched_a, unmatched_b), times_conflict,
    )


@dataclass(frozen=True)
class Scorer:
    """Logistic regression over :data:`FEATURES` (fitted by ``bench/calibrate.py``).

    Two are shipped: ``score`` (paraphrase, fitted on MRPC train) for `framediff
    score`, and ``align`` (same claim, fitted on STS-B news train) for claims.
    """

    weights: tuple[float, ...]
    bias: float
    threshold: float  # the probability from which a pair counts as the same claim
    provenance: str

    @classmethod
    def default(cls, task: str = "align") -> Scorer:
        data = json.loads(files("framediff").joinpath("data/scorer.json").read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError("data/scorer.json was fitted on other features; rerun bench/calibrate.py --write")
        model = data[task]
        return cls(tuple(model["weights"]), model["bias"], model["threshold"], model["provenance"])

    def probability(self, rows: np.ndarray) -> np.ndarray:
        import numpy as np

        z = rows @ np.asarray(self.weights, dtype=np.float64) + self.bias
        return 1.0 / (1.0 + np.exp(-z))


def feature_rows(pairs: Sequence[tuple[int, int]], cosines: Sequence[float], profiles: Sequence[Profile], idf: Idf) -> np.ndarray:
    """One row of :data:`FEATURES` per pair of sentence indices into ``profiles``."""
    import numpy as np

    rows = np.zeros((len(pairs), len(FEATURES)), dtype=np.float64)
    for row, ((i, j), cosine) in enumerate(zip(pairs, cosines)):
        lexical = lexical_features(profiles[i], profiles[j], idf)
        rows[row] = (cosine, *lexical, cosine * lexical[1])
    return rows


def score_texts(pairs: Sequence[tuple[str, str]], embed: object, scorer: Scorer | None = None) -> np.ndarray:
    """Probability that each (a, b) pair states the same claim. ``embed`` maps texts to unit vectors."""
    import numpy as np

    scorer = scorer or Scorer.default("score")
    texts = list(dict.fromkeys(t for pair in pairs for t in pair))
    position = {t: i for i, t in enumerate(texts)}
    vectors = embed(texts)  # type: ignore[operator]
    profiles = [profile(t) for t in texts]
    idf = Idf(profiles)
    index_pairs = [(position[a], position[b]) for a, b in pairs]
    cosines = [float(np.dot(vectors[i], vectors[j])) for i, j in index_pairs]
    return scorer.probability(feature_rows(index_pairs, cosines, profiles, idf))

"""Words that judge rather than report: news evaluatives, intensifiers, hedges, and VADER's loaded words.

Our own lists cover the vocabulary of news framing; the VADER lexicon
(vaderSentiment package, MIT licence, read offline from the installed package)
adds general words with strong valence (|valence| >= 2.0 on its -4..4 scale).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

EVALUATIVE = frozenset(
    """
    historic historical landmark groundbreaking ground-breaking unprecedented so-called fruitful milestone breakthrough
    momentous watershed pivotal crucial vital key major significant remarkable extraordinary dramatic stunning shocking
    controversial contentious notorious infamous disputed radical extremist hardline moderate bold ambitious
    warm close deep deepening strong robust solid important critical severe brutal heavy-handed generous
    successful failed disastrous catastrophic devastating tragic alarming troubling worrying outrageous
    """.split()
)
INTENSIFIERS = frozenset(
    "very highly deeply heavily extremely greatly increasingly further fully truly really massive huge vast sharply".split()
)
HEDGES = frozenset(
    """
    alleged allegedly reportedly reported apparently purportedly purported claimed claims claim seemingly possibly possible
    could might may likely unlikely speculated speculation suspected rumoured rumored unconfirmed unverified expected
    """.split()
)
LOADED = 2.0  # |VADER valence| from which a word counts as loaded (its scale runs -4..4)
_WORD = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")


@dataclass(frozen=True)
class Marked:
    start: int
    end: int
    word: str
    kind: str  # evaluative | intensifier | hedge | loaded


@lru_cache(maxsize=1)
def vader_lexicon() -> dict[str, float]:
    """VADER's word valences, read from the installed vaderSentiment package."""
    from importlib.resources import files

    try:
        text = files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    lexicon = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                lexicon[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return lexicon


def classify(word: str) -> str | None:
    lower = word.lower().replace("’", "'")
    if lower in EVALUATIVE:
        return "evaluative"
    if lower in HEDGES:
        return "hedge"
    if lower in INTENSIFIERS:
        return "intensifier"
    if abs(vader_lexicon().get(lower, 0.0)) >= LOADED:
        return "loaded"
    return None


def marked_words(text: str) -> list[Marked]:
    """Every evaluative, intensifying, hedging or loaded word of ``text`` with its offsets."""
    out = []
    for match in _WORD.finditer(text):
        kind = classify(match.group())
        if kind:
            out.append(Marked(match.start(), match.end(), match.group(), kind))
    return out


def tone(text: str) -> float:
    """VADER compound sentiment of a sentence, -1..1."""
    return float(_analyzer().polarity_scores(text)["compound"])


@lru_cache(maxsize=1)
def _analyzer() -> Any:  # vaderSentiment has no type hints
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()

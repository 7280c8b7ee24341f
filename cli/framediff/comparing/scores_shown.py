"""How a score is written beside the cut-off it is under: never alike at two places ("score 0.44" beside "under the
threshold 0.44"), and rounded down, not up, to it."""

from __future__ import annotations

from math import ceil, floor


def _apart(score: float, cut: float) -> tuple[str, str] | None:
    """A cut-off and a score just under it, to three places, the cut-off rounded up and the score down, where at two
    places they would print alike (a forty-fifth trial's reader read "score 0.44" beside "under the threshold 0.44", a
    second reader "score 0.60" beside "needs 0.60": 0.599 and 0.5998); None where they print apart."""
    if f"{score:.2f}" != f"{cut:.2f}":
        return None
    return f"{ceil(round(cut * 1000, 6)) / 1000:.3f}", f"{floor(score * 1000) / 1000:.3f}"


def under_threshold(score: float, threshold: float) -> str:
    """Why a sentence near a claim did not join it by score: under the threshold (:func:`_apart`)."""
    apart = _apart(score, threshold)
    return (f"under the threshold {apart[0]} (it scores {apart[1]}), but near" if apart
            else f"under the threshold {threshold:.2f}, but near")


def lone_pair_reason(score: float, needed: float) -> str:
    """Why two sentences alone, one pair over the threshold, are no claim: the floor such a claim needs (:func:`_apart`)."""
    apart = _apart(score, needed)
    return (f"a claim of two sentences alone needs {apart[0]}; this pair scores {apart[1]}" if apart
            else f"a claim of two sentences alone needs {needed:.2f}")


def score_under(score: float, below: float) -> str:  # a score under a cut-off, shown under it: 0.2996 is "0.29", not "0.30"
    return f"{floor(score * 100) / 100 if round(score, 2) >= below else score:.2f}"

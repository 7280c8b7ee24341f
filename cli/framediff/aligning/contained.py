"""A sentence another outlet prints word for word inside a longer sentence states the same claim there too.

"Relations between Israel and Morocco should be expanded and enhanced.”" (the Israeli ministry, closing a quote)
stands in the Jerusalem Post's '… Gantz said, adding that “relations between Israel and Morocco should be expanded
and enhanced.”' That longer sentence states another claim better (Gantz's quote on joint projects) and joins it, so
the clustering leaves the short one alone, and the report called it "only here in these words", beside the outlet
that prints those very words. Here the longer sentence joins the short one's claim as well (a sentence may state two
claims), with the shared words as the evidence: all the short sentence's words, in order, and enough of them to be a
statement rather than a phrase, in a pair that already scores over the threshold.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import numpy as np

    from framediff.aligning.pairs import PairScores

# At least this many words, all found in order in the longer sentence: "the United States and Israel" is a phrase that
# many sentences hold; a whole sentence of six words or more found word for word is one outlet printing another's
# statement (or both printing a third's).
CONTAINED_WORDS = 6
_WORD = re.compile(r"\w+(?:'\w+)*")  # "it's" is one word


def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, case folded, without punctuation or quotation marks (’ read as ')."""
    return tuple(_WORD.findall(text.casefold().replace("’", "'")))


def contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    """Does ``longer`` hold every word of ``shorter``, in order and together, and is ``shorter`` long enough to count?"""
    n = len(shorter)
    if n < CONTAINED_WORDS or len(longer) <= n:
        return False
    first = shorter[0]
    return any(longer[k] == first and tuple(longer[k : k + n]) == tuple(shorter) for k in range(len(longer) - n + 1))


def add_contained(clusters: list[list[int]], pairs: PairScores, owner: np.ndarray, texts: Sequence[str], threshold: float,
                  fragments: np.ndarray | None = None) -> set[int]:
    """Put into each claim (a cluster, or a sentence alone) the longer sentences of other articles that print one of
    its sentences word for word (:func:`contains`) and score over ``threshold`` with it. In place; a sentence alone
    that gains one becomes a claim of two, and is returned among the sentences that should speak for their claims
    (the longer sentence states another claim too, and speaks for that one)."""
    claim_of: dict[int, list[int]] = {}
    for k, members in enumerate(clusters):
        for x in members:
            claim_of.setdefault(x, []).append(k)
    tokens: dict[int, tuple[str, ...]] = {}
    speaking: set[int] = set()
    found: dict[tuple[int, int], int] = {}  # (short sentence, article) -> the longer sentence that prints it
    for (i, j), p in sorted(pairs.known.items()):
        if p < threshold or owner[i] == owner[j]:
            continue
        if fragments is not None and (fragments[i] or fragments[j]):
            continue
        for short, long in ((i, j), (j, i)):
            for x in (short, long):
                if x not in tokens:
                    tokens[x] = words(texts[x])
            a, b = tokens[short], tokens[long]
            if contains(b, a):
                found.setdefault((short, int(owner[long])), long)
    for (short, article), long in sorted(found.items()):
        homes = claim_of.get(short)
        if homes is None:  # alone: a claim of two
            clusters.append(sorted([short, long]))
            claim_of[short] = [len(clusters) - 1]
            speaking.add(short)
            continue
        for k in homes:
            if long not in clusters[k] and all(int(owner[x]) != article for x in clusters[k]):
                clusters[k].append(long)
                clusters[k].sort()
    return speaking

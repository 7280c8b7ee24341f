"""Sentences joined into claims: the edges worth following, and greedy average linkage between outlets over them.

Linkage is counted between outlets, not sentences: an outlet that restates a
claim (headline, lead, a line further down) is judged by its best sentence
for it, so its restatements neither dilute the match nor count twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from framediff.aligning.crosslingual import ONE_TO_MANY

if TYPE_CHECKING:
    import numpy as np

    from framediff.aligning.pairs import PairScores


def strong_edges(pairs: PairScores, owner: np.ndarray, threshold: float) -> list[tuple[float, int, int]]:
    """Edges above the threshold that are the best match of at least one end in the other article (across languages:
    that score at least :data:`~framediff.aligning.crosslingual.ONE_TO_MANY` of it)."""
    best: dict[tuple[int, int], float] = {}  # (sentence, other article) -> best probability
    for (i, j), p in pairs.known.items():
        for x, y in ((i, j), (j, i)):
            key = (x, int(owner[y]))
            if p > best.get(key, -1.0):
                best[key] = p
    edges = []
    for (i, j), p in pairs.known.items():
        if p < threshold:
            continue
        share = ONE_TO_MANY if pairs.cross is not None and pairs.cross.crosses(i, j) else 1.0
        if p >= share * best[(i, int(owner[j]))] or p >= share * best[(j, int(owner[i]))]:
            edges.append((p, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


def outlet_best(pairs: PairScores, owner: np.ndarray, a: Sequence[int], b: Sequence[int]) -> dict[tuple[int, int], float]:
    """For each (article of a, article of b), the best pair probability between their sentences."""
    best: dict[tuple[int, int], float] = {}
    for i in a:
        for j in b:
            if i != j:
                key = (int(owner[i]), int(owner[j]))
                best[key] = max(best.get(key, 0.0), pairs.get(i, j))
    return best


def outlet_linkage(pairs: PairScores, owner: np.ndarray, a: Sequence[int], b: Sequence[int]) -> float:
    """Average linkage between outlets: the mean over article pairs of their best sentence pair.

    An outlet that restates a claim (headline, lead, a line further down) is
    judged by its best sentence for it, as a reader would: the restatements
    do not dilute the match, nor count twice.
    """
    best = outlet_best(pairs, owner, a, b)
    return sum(best.values()) / len(best) if best else 0.0


def _joins(pairs: PairScores, owner: np.ndarray, left: Sequence[int], right: Sequence[int], threshold: float) -> bool:
    """The linkage reaches the threshold, and no weak pair across the merge gives other dates or years.

    Without the second rule, two claims about different events ("Lapid visited in
    August", "Gantz landed on Tuesday") can merge through their stronger neighbours.
    """
    pairs.ensure((i, j) for i in left for j in right)
    for i in left:
        for j in right:
            if pairs.get(i, j) < threshold and pairs.lexicon.facts_conflict(i, j):
                return False
    return outlet_linkage(pairs, owner, left, right) >= threshold


def cluster_claims(edges: list[tuple[float, int, int]], pairs: PairScores, owner: np.ndarray, threshold: float) -> list[list[int]]:
    """Greedy average-linkage clustering between outlets (:func:`outlet_linkage`), strongest edge first.

    A claim may hold several sentences of one article (a headline, its lead, a
    restatement further down) when they pass the linkage with the rest of the
    claim like any other sentence.
    """
    cluster_of: dict[int, int] = {}
    clusters: dict[int, list[int]] = {}
    next_id = 0
    for _, i, j in edges:
        ci, cj = cluster_of.get(i), cluster_of.get(j)
        if ci is not None and ci == cj:
            continue
        left = clusters[ci] if ci is not None else [i]
        right = clusters[cj] if cj is not None else [j]
        if (len(left) > 1 or len(right) > 1) and not _joins(pairs, owner, left, right, threshold):
            continue
        merged = sorted(left + right)
        for cid in (ci, cj):
            if cid is not None:
                del clusters[cid]
        clusters[next_id] = merged
        for x in merged:
            cluster_of[x] = next_id
        next_id += 1
    return [members for _, members in sorted(clusters.items())]

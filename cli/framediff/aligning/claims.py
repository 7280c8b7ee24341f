"""Group the sentences that state the same claim across N articles.

1. Embed every sentence twice (MiniLM, cached; static word-piece vectors) and
   take each cosine relative to the two sentences' backgrounds in the story,
   so that hub sentences lose what they gain with everything. For each
   sentence, find its nearest sentences in the *other* articles by either
   model, in blocks, keeping the top ``k``: no Python loop ever visits all
   pairs.
2. Score those candidate pairs with the calibrated pair scorer
   (:mod:`framediff.aligning.scorer`). News is written as an inverted pyramid: a
   headline and the first sentence under it state the story's main event,
   so a pair of such sentences starts with higher odds (:data:`LEAD_PRIOR`).
3. Keep an edge when its score reaches the threshold and it is the best match
   of at least one of its ends in the other article (one-to-one preference),
   then cluster greedily, strongest edge first, with average linkage.
4. A sentence that states several facts may join a second claim that lacks
   its article when it matches that claim's members on average.
5. Every sentence left alone is a claim of one outlet: omissions matter.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from framediff.article import Article, Sentence
from framediff.aligning.lexical import Lexicon
from framediff.aligning.profiles import profile
from framediff.aligning.scorer import Scorer, background, feature_rows, relative_to_background

if TYPE_CHECKING:
    import numpy as np

    from framediff.aligning.embedding import Embedder

TOP_K = 12
MIN_COSINE = 0.2
BLOCK = 1024
BLOCK_CELLS = 1 << 23  # scores per candidate block: 64 MB of float64, and as much for its argpartition's indices
# Log-odds added to a pair of leads (each article's headline and first body sentence):
# the pair scorer, fitted on sentence pairs with no article around them, cannot know
# that leads state the story's main event, and scores them low because that event is
# told in the story's commonest words (low IDF, hub sentences). Chosen without the seeds
# (bench/evaluate.py prints both checks): on bench/stories F1 rises with the prior
# and levels off from 2.5 at every threshold from 0.40 to 0.50; with all the stories'
# and seeds' articles aligned together, no leads of different stories are joined up
# to 2.5, while 3 joins some.
LEAD_PRIOR = 2.5


@dataclass(frozen=True)
class Member:
    article: str
    sentence: int
    score: float


@dataclass(frozen=True)
class SentenceRef:
    article: str
    sentence: int


# From this share of a claim's content (its words weighted by rarity in the story) up, an article's closest sentence
# carries part of the claim (:attr:`Nearest.part`): the fact folded into a longer sentence, or said in part.
PART_CARRIED = 0.5


@dataclass(frozen=True)
class Nearest:
    """The evidence for how an article that lacks a claim covers it: its closest sentence, and how much of the claim that carries.

    ``score``: the pair scorer's probability that the sentence states the claim (against the claim's member it
    matches best; below the threshold, or it would have joined, unless the claim as a whole did not take it).
    ``carried``: the largest share of one member's content (stems weighted by IDF over the story) found in the
    sentence. ``part``: ``carried`` reaches :data:`PART_CARRIED`, so the sentence carries at least part of the claim.
    ``claim``: the id of the claim the sentence itself belongs to, if it joined one with other articles ("" if not).
    """

    article: str
    sentence: int
    score: float
    carried: float
    part: bool
    claim: str = ""


@dataclass(frozen=True)
class Claim:
    id: str
    members: tuple[Member, ...]
    representative: SentenceRef
    articles: tuple[str, ...]
    missing: tuple[str, ...]
    # For each missing article that has a sentence among the pairs scored: its closest
    # sentence to the claim and that pair's probability (below the threshold, or it would have joined).
    closest: tuple[Member, ...] = ()
    # The same articles' closest sentences with the evidence a three-state coverage reads (carries / in part / leaves out).
    nearest: tuple[Nearest, ...] = ()


@dataclass(frozen=True)
class Alignment:
    """The articles and the claims found in them."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    model: str
    threshold: float
    lead_prior: float = LEAD_PRIOR
    _by_id: dict[str, Article] = field(default_factory=dict, compare=False, repr=False)

    def article(self, article_id: str) -> Article:
        if not self._by_id:
            self._by_id.update({a.id: a for a in self.articles})
        return self._by_id[article_id]

    def claim(self, claim_id: str) -> Claim:
        return next(c for c in self.claims if c.id == claim_id)

    def sentence(self, ref: SentenceRef | Member) -> Sentence:
        return self.article(ref.article).sentences[ref.sentence]


@dataclass(frozen=True)
class AlignOptions:
    threshold: float | None = None  # None: the scorer's calibrated align threshold
    min_outlets: int = 1
    top_k: int = TOP_K
    lead_prior: float = LEAD_PRIOR  # log-odds added to pairs of headlines and first sentences; 0: none


class _Pairs:
    """Pair probabilities, computed in batches on demand and remembered."""

    def __init__(
        self, vectors: np.ndarray, statics: np.ndarray, owner: np.ndarray, lexicon: Lexicon, scorer: Scorer,
        leads: np.ndarray | None = None, lead_prior: float = 0.0,
    ) -> None:
        self.vectors, self.statics, self.lexicon, self.scorer = vectors, statics, lexicon, scorer
        # each sentence's mean similarity to the other articles
        self.backgrounds = {"cosine": background(vectors, owner), "static": background(statics, owner)}
        self.leads, self.lead_prior = leads, lead_prior
        self.known: dict[tuple[int, int], float] = {}

    def similarities(self, index: np.ndarray, name: str) -> np.ndarray:
        """The ``name`` cosines ("cosine" or "static") of pairs ``index``, relative to the sentences' backgrounds."""
        import numpy as np

        v, back = (self.vectors if name == "cosine" else self.statics), self.backgrounds[name]
        cosines = np.einsum("ij,ij->i", v[index[:, 0]], v[index[:, 1]])
        return relative_to_background(cosines, back[index[:, 0]], back[index[:, 1]], float(back.mean()))

    def ensure(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Score every pair not yet known, in one batch."""
        import numpy as np

        known = self.known
        missing = sorted({key for i, j in pairs if i != j and (key := (min(i, j), max(i, j))) not in known})
        if not missing:
            return
        index = np.array(missing, dtype=np.int64)
        cosines, statics = self.similarities(index, "cosine"), self.similarities(index, "static")
        rows = feature_rows(missing, self.lexicon, cosines=cosines, statics=statics, needed=self.scorer.needed)
        probabilities = self.scorer.probability(rows)
        if self.lead_prior and self.leads is not None:
            both = self.leads[index[:, 0]] & self.leads[index[:, 1]]
            probabilities = with_prior(probabilities, self.lead_prior * both)
        for key, p in zip(missing, probabilities.tolist()):
            known[key] = p

    def get(self, i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in self.known:
            self.ensure([key])
        return self.known[key]


def align_articles(
    articles: Sequence[Article],
    embedder: Embedder,
    options: AlignOptions = AlignOptions(),
    scorer: Scorer | None = None,
    progress: Callable[[str], None] | None = None,
) -> Alignment:
    """Find the claims of ``articles``. Deterministic for the same inputs."""
    import numpy as np

    scorer = scorer or Scorer.default("align")
    threshold = scorer.threshold if options.threshold is None else options.threshold
    refs = [(a_index, s.index) for a_index, article in enumerate(articles) for s in article.sentences]
    texts = [articles[a].sentences[s].text for a, s in refs]
    owner = np.array([a for a, _ in refs], dtype=np.int64)
    if progress:
        progress("embedding")
    normalised = [" ".join(t.split()) for t in texts]
    vectors = embedder.embed(normalised).astype(np.float32)
    statics = embedder.embed_static(normalised)
    pairs = _Pairs(vectors, statics, owner, story_lexicon(articles, texts), scorer, np.array(leads(articles)), options.lead_prior)
    if progress:
        progress("scoring")
    # Neighbours by either model (MiniLM sees paraphrase, the static vectors shared rare words), hubs demoted.
    pairs.ensure(
        _candidates(vectors, owner, options.top_k, pairs.backgrounds["cosine"])
        + _candidates(statics, owner, options.top_k, pairs.backgrounds["static"])
    )
    if progress:
        progress("clustering")
    edges = _edges(pairs, owner, threshold)
    clusters = _cluster(edges, pairs, owner, threshold)
    _add_second_memberships(clusters, pairs, owner, threshold, len(articles))
    claims = _claims(articles, refs, clusters, pairs, owner)
    claims = _with_closest(claims, refs, pairs, owner, articles)
    claims = [c for c in claims if len(c.articles) >= options.min_outlets]
    return Alignment(tuple(articles), tuple(claims), embedder.model_name, threshold, options.lead_prior)


def _with_closest(
    claims: list[Claim], refs: list[tuple[int, int]], pairs: _Pairs, owner: np.ndarray, articles: Sequence[Article]
) -> list[Claim]:
    """Give each claim, for every article that lacks it, that article's closest sentence among the pairs already scored.

    Only pairs scored while aligning are read (each sentence's nearest neighbours by
    either model), so this costs no model call: a missing article with no such pair
    had no sentence near the claim at all. With each closest sentence comes the
    evidence of :class:`Nearest`: how much of the claim it carries, and which claim it joined instead.
    """
    from dataclasses import replace

    index = {(articles[a].id, s): x for x, (a, s) in enumerate(refs)}
    position = {a.id: n for n, a in enumerate(articles)}
    claims_of: dict[int, list[int]] = {}  # a sentence may state two claims
    for k, claim in enumerate(claims):
        for m in claim.members:
            claims_of.setdefault(index[(m.article, m.sentence)], []).append(k)
    best: dict[tuple[int, int], tuple[float, int]] = {}  # (claim, article index) -> (probability, sentence)
    for (i, j), p in pairs.known.items():
        for x, y in ((i, j), (j, i)):
            for k in claims_of.get(x, ()):
                if not claims[k].missing:
                    continue
                key = (k, int(owner[y]))
                if p > best.get(key, (-1.0, 0))[0]:
                    best[key] = (p, y)
    out = []
    for k, claim in enumerate(claims):
        found, nearest = [], []
        members = [index[(m.article, m.sentence)] for m in claim.members]
        for article_id in claim.missing:
            a_index = position[article_id]
            if (k, a_index) in best:
                p, y = best[(k, a_index)]
                found.append(Member(article_id, refs[y][1], round(p, 4)))
                carried = max(pairs.lexicon.carried(x, y) for x in members)
                shared = next((claims[c].id for c in claims_of.get(y, ()) if len(claims[c].articles) > 1), "")
                nearest.append(Nearest(article_id, refs[y][1], round(p, 4), round(carried, 4), carried >= PART_CARRIED, shared))
        out.append(replace(claim, closest=tuple(found), nearest=tuple(nearest)) if found else claim)
    return out


def leads(articles: Sequence[Article]) -> list[bool]:
    """For each sentence of ``articles`` in order: is it a lead (a headline, or its article's first body sentence)?"""
    out = []
    for article in articles:
        first = next((s.index for s in article.sentences if s.kind == "body"), None)
        out += [s.kind == "headline" or s.index == first for s in article.sentences]
    return out


def with_prior(probabilities: np.ndarray, log_odds: np.ndarray | float) -> np.ndarray:
    """``probabilities`` with ``log_odds`` added to their logits: the same evidence under higher prior odds."""
    import numpy as np

    p = np.clip(probabilities, 1e-12, 1 - 1e-12)
    return 1.0 / (1.0 + np.exp(-(np.log(p / (1 - p)) + log_odds)))  # type: ignore[no-any-return]


def story_lexicon(articles: Sequence[Article], texts: Sequence[str]) -> Lexicon:
    """The lexical view of a story's sentences ``texts``, as align reads them: days placed by the story's date, counts free to disagree."""
    when = _story_date(articles)
    return Lexicon([profile(t, when) for t in texts], counts_conflict=False)


def _story_date(articles: Sequence[Article]) -> str | None:
    """When the story was published: the year most dated articles were published in, and the latest of their dates in it.

    Their "Wednesday"s fall in that year, and their "November 24"s in the
    last such day up to two months after that date (:func:`framediff.aligning.profiles.profile`).
    """
    years = Counter(a.date[:4] for a in articles if a.date and a.date[:4].isdecimal())
    if not years:
        return None
    year = min(years, key=lambda y: (-years[y], y))
    return max(a.date for a in articles if a.date and a.date.startswith(year))


def _candidates(vectors: np.ndarray, owner: np.ndarray, top_k: int, back: np.ndarray) -> list[tuple[int, int]]:
    """Each sentence's top-k neighbours in other articles, by cosine less half the neighbour's background, in blocks."""
    import numpy as np

    n = len(vectors)
    k = min(top_k, n)
    found_i, found_j = [], []
    step = max(1, min(BLOCK, BLOCK_CELLS // max(n, 1)))  # a block of step x n scores, whatever n is
    half_back = back / 2
    for start in range(0, n, step):
        block = vectors[start : start + step] @ vectors.T - half_back[None, :]
        rows = np.arange(start, min(start + step, n))
        block[owner[rows][:, None] == owner[None, :]] = -1.0
        block *= -1.0  # argpartition keeps the smallest: negate in place rather than in a copy
        top = np.argpartition(block, k - 1, axis=1)[:, :k] if k < n else np.tile(np.arange(n), (len(rows), 1))
        block *= -1.0
        values = np.take_along_axis(block, top, axis=1)
        keep = values + back[top] / 2 >= MIN_COSINE  # on the raw cosine
        found_i.append(np.broadcast_to(rows[:, None], top.shape)[keep])
        found_j.append(top[keep])
    if not found_i:
        return []
    i, j = np.concatenate(found_i), np.concatenate(found_j)
    keys = np.unique(np.minimum(i, j) * n + np.maximum(i, j))  # sorted, each pair once
    return list(zip((keys // n).tolist(), (keys % n).tolist()))


def _edges(pairs: _Pairs, owner: np.ndarray, threshold: float) -> list[tuple[float, int, int]]:
    """Edges above the threshold that are the best match of at least one end in the other article."""
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
        if p >= best[(i, int(owner[j]))] or p >= best[(j, int(owner[i]))]:
            edges.append((p, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


def _outlet_best(pairs: _Pairs, owner: np.ndarray, a: Sequence[int], b: Sequence[int]) -> dict[tuple[int, int], float]:
    """For each (article of a, article of b), the best pair probability between their sentences."""
    best: dict[tuple[int, int], float] = {}
    for i in a:
        for j in b:
            if i != j:
                key = (int(owner[i]), int(owner[j]))
                best[key] = max(best.get(key, 0.0), pairs.get(i, j))
    return best


def _linkage(pairs: _Pairs, owner: np.ndarray, a: Sequence[int], b: Sequence[int]) -> float:
    """Average linkage between outlets: the mean over article pairs of their best sentence pair.

    An outlet that restates a claim (headline, lead, a line further down) is
    judged by its best sentence for it, as a reader would: the restatements
    do not dilute the match, nor count twice.
    """
    best = _outlet_best(pairs, owner, a, b)
    return sum(best.values()) / len(best) if best else 0.0


def _joins(pairs: _Pairs, owner: np.ndarray, left: Sequence[int], right: Sequence[int], threshold: float) -> bool:
    """The linkage reaches the threshold, and no weak pair across the merge gives other dates or years.

    Without the second rule, two claims about different events ("Lapid visited in
    August", "Gantz landed on Tuesday") can merge through their stronger neighbours.
    """
    pairs.ensure((i, j) for i in left for j in right)
    for i in left:
        for j in right:
            if pairs.get(i, j) < threshold and pairs.lexicon.facts_conflict(i, j):
                return False
    return _linkage(pairs, owner, left, right) >= threshold


def _cluster(edges: list[tuple[float, int, int]], pairs: _Pairs, owner: np.ndarray, threshold: float) -> list[list[int]]:
    """Greedy average-linkage clustering between outlets (:func:`_linkage`), strongest edge first.

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


def _add_second_memberships(
    clusters: list[list[int]], pairs: _Pairs, owner: np.ndarray, threshold: float, n_articles: int
) -> None:
    """Let a sentence that packs several facts join a second claim that lacks its article."""
    if n_articles < 3:
        return
    neighbours: dict[int, list[tuple[int, float]]] = {}
    for (i, j), p in pairs.known.items():
        if p >= threshold:
            neighbours.setdefault(i, []).append((j, p))
            neighbours.setdefault(j, []).append((i, p))
    member_of = {x: k for k, members in enumerate(clusters) for x in members}
    additions: list[tuple[int, int]] = []
    for k, members in enumerate(clusters):
        if len(members) < 2:
            continue
        present = {int(owner[x]) for x in members}
        options: dict[int, tuple[float, int]] = {}
        outside = {y for x in members for y, _ in neighbours.get(x, []) if int(owner[y]) not in present and member_of.get(y) != k}
        pairs.ensure((y, x2) for y in outside for x2 in members)
        for x in members:
            for y, _ in neighbours.get(x, []):
                article = int(owner[y])
                if article in present or member_of.get(y) == k:
                    continue
                best = _outlet_best(pairs, owner, [y], members)
                link = sum(best.values()) / len(best)
                # complete linkage between outlets: a second membership must match every outlet's best sentence, not just most
                if min(best.values()) >= threshold and link > options.get(article, (-1.0, 0))[0]:
                    options[article] = (link, y)
        additions.extend((k, y) for _, y in options.values())
    for k, y in sorted(additions):
        clusters[k].append(y)
        clusters[k].sort()


def _claims(articles: Sequence[Article], refs: list[tuple[int, int]], clusters: list[list[int]], pairs: _Pairs, owner: np.ndarray) -> list[Claim]:
    clustered = {x for members in clusters for x in members}
    groups = [*clusters, *([x] for x in range(len(refs)) if x not in clustered)]
    pairs.ensure((x, y) for members in clusters for x in members for y in members)
    claims = []
    for members in groups:
        scores = {x: (_linkage(pairs, owner, [x], [y for y in members if y != x]) if len(members) > 1 else 1.0) for x in members}
        representative = max(members, key=lambda x: (scores[x], -refs[x][0], -refs[x][1]))
        ordered = sorted(members, key=lambda x: refs[x])
        present = {refs[x][0] for x in members}
        member_objs = tuple(Member(articles[refs[x][0]].id, refs[x][1], round(scores[x], 4)) for x in ordered)
        digest = hashlib.sha1("|".join(f"{m.article}:{m.sentence}" for m in member_objs).encode()).hexdigest()[:8]
        rep_a, rep_s = refs[representative]
        claims.append(
            Claim(
                id=f"c{digest}",
                members=member_objs,
                representative=SentenceRef(articles[rep_a].id, rep_s),
                articles=tuple(articles[a].id for a in sorted(present)),
                missing=tuple(a.id for k, a in enumerate(articles) if k not in present),
            )
        )

    order = {a.id: k for k, a in enumerate(articles)}

    def first_place(claim: Claim) -> tuple[float, int, int]:
        positions = []
        for m in claim.members:
            a_index = order[m.article]
            positions.append((m.sentence / max(len(articles[a_index].sentences), 1), a_index, m.sentence))
        return min(positions)

    claims.sort(key=lambda c: (-len(c.articles), first_place(c)))
    return claims

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
   A pair with a sentence in another language is found and scored by the
   multilingual model instead (:mod:`framediff.aligning.crosslingual`).
3. Keep an edge when its score reaches the threshold and it is the best match of at least one of its ends in the other
   article (one-to-one preference), then cluster greedily, strongest edge first, with average linkage (:mod:`.linkage`).
4. A sentence that states several facts may join a second claim that lacks its article when it matches that claim's
   members on average; one left alone joins the sentences that give its vote's tally (:mod:`.tallied`).
5. Every sentence left alone is a claim of one outlet: omissions matter.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from framediff.article import Article, Sentence
from framediff.aligning.contained import add_contained
from framediff.aligning.crosslingual import cross_view
from framediff.aligning.fragments import fragment_hosts
from framediff.aligning.linkage import cluster_claims, lone_pairs_apart, outlet_best, outlet_linkage, restatements_apart, strong_edges
from framediff.aligning.pairs import LEAD_PRIOR, PairScores, leads, story_lexicon, with_prior
from framediff.aligning.scorer import Scorer
from framediff.aligning.second_reading import second_reading
from framediff.aligning.sources import part_sources
from framediff.aligning.speakers import quotes_another
from framediff.aligning.tallied import add_tallied
from framediff.aligning.two_events import TwoEvents, two_events

__all__ = ["LEAD_PRIOR", "AlignOptions", "Alignment", "Claim", "Member", "Nearest", "SentenceRef", "align_articles", "leads",
           "story_lexicon", "with_prior"]

if TYPE_CHECKING:
    import numpy as np

    from framediff.aligning.embedding import Embedder

TOP_K = 12
MIN_COSINE = 0.2
BLOCK = 1024
BLOCK_CELLS = 1 << 23  # scores per candidate block: 64 MB of float64, and as much for its argpartition's indices


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
    sentence. ``part``: ``carried`` reaches :data:`PART_CARRIED` (of a member of two content words or more, with its figures).
    ``claim``: the id of the claim the sentence itself belongs to, if it joined one with other articles ("" if not).
    ``in_article``: the largest share of one member's content found anywhere in the article, in any of its sentences.
    """

    article: str
    sentence: int
    score: float
    carried: float
    part: bool
    claim: str = ""
    in_article: float = 0.0
    denies: bool = False  # the pair was held apart as a statement and its denial (PairScores.part_denials)
    # the sentence quotes a named speaker, every member that quotes one quotes another, and it names none of them outside
    # its quotation marks (speakers.quotes_another)
    other_speaker: bool = False
    other_figures: bool = False  # it would join but for figures or days that differ (PairScores.figures_apart)
    second: float = 0.0  # across languages, under a low score: the second encoder's best cosine (second_reading), and where
    second_sentence: int = -1


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
    two_events: tuple[TwoEvents, ...] = ()  # article pairs kept apart as two events (across languages only)
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


def align_articles(articles: Sequence[Article], embedder: Embedder, options: AlignOptions = AlignOptions(),
                   scorer: Scorer | None = None, progress: Callable[[str], None] | None = None) -> Alignment:
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
    _parse_close_first(texts, vectors, owner)
    statics = embedder.embed_static(normalised)
    position = {r: x for x, r in enumerate(refs)}
    hosts = {position[key]: position[(key[0], host)] for key, host in fragment_hosts(articles).items()}  # fragment -> host
    fragment = np.isin(np.arange(len(refs)), list(hosts))
    headline = np.array([articles[a].sentences[s].kind == "headline" for a, s in refs], dtype=bool)
    lead = leads(articles)
    # None for an English story; else what scores pairs across languages (the multilingual encoder, loaded now)
    languages = [articles[a].sentence_language(s) for a, s in refs]
    datelines = [next((m.text for m in a.metadata if m.reason == "dateline"), "") for a in articles]
    cross = cross_view(embedder, languages, normalised, owner, threshold, [x and bool(options.lead_prior) for x in lead], datelines)
    pairs = PairScores(vectors, statics, owner, story_lexicon(articles, texts), scorer, np.array(lead), options.lead_prior, headline,
                       fragment, cross, normalised)
    if progress:
        progress("scoring")
    # Neighbours by either model (MiniLM sees paraphrase, the static vectors shared rare words), hubs demoted.
    candidates = (_candidates(vectors, owner, options.top_k, pairs.backgrounds["cosine"])
                  + _candidates(statics, owner, options.top_k, pairs.backgrounds["static"]))
    if cross is not None:  # across languages, neighbours by the multilingual model; English pairs keep the English models'
        candidates = cross.neighbours(candidates, _candidates(cross.vectors, owner, options.top_k, cross.back))
    pairs.ensure(candidates)
    pairs.part_speakers(articles, refs, texts, threshold)
    pairs.part_denials(texts, threshold)
    part_sources(pairs, normalised, threshold)
    pairs.add_support()
    if progress:
        progress("clustering")
    edges = strong_edges(pairs, owner, threshold)
    clusters = lone_pairs_apart(cluster_claims(edges, pairs, owner, threshold), pairs, threshold)
    clusters = restatements_apart(clusters, pairs, owner, threshold, lead)
    _add_second_memberships(clusters, pairs, owner, threshold, len(articles))
    speaking = add_contained(clusters, pairs, owner, normalised, threshold, fragment)
    add_tallied(clusters, owner, normalised, fragment)
    _attach_fragments(clusters, hosts)
    claims = _claims(articles, refs, clusters, pairs, owner, hosts, speaking)
    claims = second_reading(_with_closest(claims, refs, pairs, owner, articles), refs, owner, cross, [a.id for a in articles])
    claims = [c for c in claims if len(c.articles) >= options.min_outlets]
    apart: tuple[TwoEvents, ...] = ()
    if cross is not None and cross.apart:
        at = {a.id: n for n, a in enumerate(articles)}
        joined = {(min(at[x], at[y]), max(at[x], at[y])) for c in claims for x in c.articles for y in c.articles if x != y}
        apart = two_events(articles, cross.apart, cross.named, joined)
    return Alignment(tuple(articles), tuple(claims), embedder.model_name, threshold, options.lead_prior, apart)


def _with_closest(
    claims: list[Claim], refs: list[tuple[int, int]], pairs: PairScores, owner: np.ndarray, articles: Sequence[Article]
) -> list[Claim]:
    """Give each claim, for every article that lacks it, that article's closest sentence among the pairs already scored.

    Only pairs scored while aligning are read (each sentence's nearest neighbours by either model), so this costs no
    model call: a missing article with no such pair had no sentence near the claim at all. With each closest sentence
    comes the evidence of :class:`Nearest`: how much of the claim it carries, and which claim it joined instead.
    """
    from dataclasses import replace

    import numpy as np

    index = {(articles[a].id, s): x for x, (a, s) in enumerate(refs)}
    position = {a.id: n for n, a in enumerate(articles)}
    claims_of: dict[int, list[int]] = {}  # a sentence may state two claims
    for k, claim in enumerate(claims):
        for m in claim.members:
            claims_of.setdefault(index[(m.article, m.sentence)], []).append(k)
    best: dict[tuple[int, int], tuple[float, int]] = {}  # (claim, article index) -> (probability, sentence)
    fragment = pairs.fragments if pairs.fragments is not None else np.zeros(len(refs), dtype=bool)
    for (i, j), p in pairs.evidence():
        if fragment[i] or fragment[j]:
            continue
        for x, y in ((i, j), (j, i)):
            for k in claims_of.get(x, ()):
                if not claims[k].missing:
                    continue
                key = (k, int(owner[y]))
                if p > best.get(key, (-1.0, 0))[0]:
                    best[key] = (p, y)
    article_terms: dict[int, frozenset[str]] = {}  # each article's content stems, gathered when first wanted
    lexicon = pairs.lexicon
    out = []
    for k, claim in enumerate(claims):
        found, nearest = [], []
        members = [index[(m.article, m.sentence)] for m in claim.members]
        for article_id in claim.missing:
            a_index = position[article_id]
            if (k, a_index) in best:
                p, y = best[(k, a_index)]
                figures = any((min(x, y), max(x, y)) in pairs.figures_apart for x in members)
                p = max(pairs.known.get((min(x, y), max(x, y)), 0.0) for x in members) if figures else p  # its own score, shown
                found.append(Member(article_id, refs[y][1], round(p, 4)))
                carried = max(pairs.lexicon.carried(x, y) for x in members)
                shared = next((claims[c].id for c in claims_of.get(y, ()) if len(claims[c].articles) > 1), "")
                if a_index not in article_terms:
                    article_terms[a_index] = frozenset().union(*(lexicon.terms[x] for x in np.flatnonzero(owner == a_index)))
                words = article_terms[a_index]
                in_article = max((sum(lexicon.idf[t] for t in lexicon.terms[x] & words) / lexicon.weight[x] if lexicon.weight[x] else 0.0)
                                 for x in members)
                denies = any((min(x, y), max(x, y)) in pairs.denials for x in members)
                other = quotes_another(pairs.speakers, members, y, articles[refs[y][0]].sentences[refs[y][1]].text)
                part = carried >= PART_CARRIED and any(lexicon.substantive(x, y) for x in members)  # not a word or two alone
                nearest.append(Nearest(article_id, refs[y][1], round(p, 4), round(carried, 4), part, shared,
                                       round(in_article, 4), denies, other, figures))
        out.append(replace(claim, closest=tuple(found), nearest=tuple(nearest)) if found else claim)
    return out


def _parse_close_first(texts: Sequence[str], vectors: np.ndarray, owner: np.ndarray) -> None:
    """Have the parsing process guess first the sentences closest to another article's: the likely members of shared
    claims, which framing parses (a story's worth of sentences; a feed's are not reordered)."""
    from framediff.language.parser import SPECULATE, prefer

    if len(texts) > SPECULATE or len(set(owner.tolist())) < 2:
        return
    closeness = vectors @ vectors.T
    closeness[owner[:, None] == owner[None, :]] = -1.0
    prefer([texts[i] for i in (-closeness.max(axis=1)).argsort(kind="stable")])


def _attach_fragments(clusters: list[list[int]], hosts: dict[int, int]) -> None:
    """Put each fragment in every claim of its host sentence, or with its host alone when the host joined none."""
    if not hosts:
        return
    claims_of: dict[int, list[int]] = {}
    for k, members in enumerate(clusters):
        for x in members:
            claims_of.setdefault(x, []).append(k)
    for x, host in sorted(hosts.items()):
        for k in claims_of.get(host, ()):
            clusters[k].append(x)
            clusters[k].sort()
        if host not in claims_of:
            claims_of[host] = [len(clusters)]
            clusters.append(sorted([host, x]))


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


def _add_second_memberships(
    clusters: list[list[int]], pairs: PairScores, owner: np.ndarray, threshold: float, n_articles: int
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
                best = outlet_best(pairs, owner, [y], members)
                link = sum(best.values()) / len(best)
                # complete linkage between outlets: a second membership must match every outlet's best sentence, not just most
                if min(best.values()) >= threshold and link > options.get(article, (-1.0, 0))[0]:
                    options[article] = (link, y)
        additions.extend((k, y) for _, y in options.values())
    for k, y in sorted(additions):
        clusters[k].append(y)
        clusters[k].sort()


def _claims(
    articles: Sequence[Article], refs: list[tuple[int, int]], clusters: list[list[int]], pairs: PairScores, owner: np.ndarray,
    hosts: dict[int, int] | None = None, speaking: set[int] | None = None,
) -> list[Claim]:
    """Claims of ``clusters`` and of every sentence left alone; each represented by the member with the best linkage with
    the rest, or on a tie one of ``speaking`` (a sentence another outlet prints inside a longer one), else the first."""
    hosts, speaking = hosts or {}, speaking or set()
    clustered = {x for members in clusters for x in members}
    groups = [*clusters, *([x] for x in range(len(refs)) if x not in clustered)]
    pairs.ensure((x, y) for members in clusters for x in members for y in members)
    claims = []
    for members in groups:
        whole = [x for x in members if x not in hosts]  # a fragment scores as its host, and never speaks for the claim
        scores = {x: (outlet_linkage(pairs, owner, [x], [y for y in whole if y != x]) if len(whole) > 1 else 1.0) for x in whole}
        scores.update({x: scores.get(hosts[x], 1.0) for x in members if x in hosts})
        representative = max(whole or members, key=lambda x: (scores[x], x in speaking, -refs[x][0], -refs[x][1]))
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

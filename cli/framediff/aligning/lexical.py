"""Lexical signals of a pair of sentences: IDF-weighted stem overlap with spelling variants folded, shared names,
numbers and times that agree or disagree, word order, and contextual word-piece matching (BERTScore-style).

:class:`Lexicon` holds the story's sentences (`align`: IDF over the story);
:class:`PairLexicons` pairs that stand alone (`score`: IDF from English word
frequencies, so that a pair scores the same in any company).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Sequence

from framediff.aligning.profiles import Profile, disagree

if TYPE_CHECKING:
    from framediff.aligning.encoders import TokenVectors

_SOFT_MIN_LEN = 5
_SOFT_RATIO = 80.0


def _numbers(p: Profile, counts: bool) -> frozenset[str]:
    return p.numbers if counts else frozenset(v for v in p.numbers if not v.startswith(("number:", "since:")))


class Lexicon:
    """The lexical view of a fixed set of sentences, built once so that pairs cost little.

    Stems and names that are spelling variants or typos of each other
    (defence/defense, Morroco/Morocco, Abdullatif/Abdellatif: same first letter,
    at least five letters, character ratio >= 80) are folded onto the most
    frequent of them. Terms are weighted by IDF: by default counted over these
    sentences (a story: the words every outlet uses weigh little); with
    ``reference=True`` taken from English word frequencies
    (:func:`reference_idf`), so that a pair's weights do not depend on its company.

    With ``counts_conflict=False`` (`align`: the sentences of one story),
    counts that disagree are no sign of different facts: within one event, "at
    least 40 dead" and "at least 45 died" are one claim with a disputed
    figure, which the framing report shows. In pairs drawn from many events
    (STS-B, MRPC, `score`) they mostly are different facts, and the scorers
    learn that there. Years, days and weekdays that disagree still tell
    events apart ("in 2020" / "on Wednesday"), but not years compared with
    ("highest since 2000" / "higher than in 2015").
    """

    def __init__(self, profiles: Sequence[Profile], reference: bool = False, counts_conflict: bool = True) -> None:
        self.conflicting = [_numbers(p, counts_conflict) for p in profiles]  # the numbers that can disagree
        df: Counter[str] = Counter()
        for p in profiles:
            df.update(p.stems | p.names)
        fold = _fold_variants(df)
        self.terms = [frozenset(fold.get(t, t) for t in p.stems) for p in profiles]
        self.names = [frozenset(fold.get(t, t) for t in p.names) for p in profiles]
        self.roles = frozenset(fold.get(t, t) for t in _role_stems())  # as this story folds them ("councilman" into "council")
        if reference:
            self.idf: dict[str, float] = {}
            for p in profiles:
                for term, word in p.forms:  # a term weighs as its commonest spelling
                    term = fold.get(term, term)
                    self.idf[term] = min(self.idf.get(term, math.inf), reference_idf(word))
        else:
            counts: Counter[str] = Counter()
            for terms in self.terms:
                counts.update(terms)
            n = len(profiles)
            self.idf = {t: math.log((n + 1) / (c + 1)) + 1 for t, c in counts.items()}
        self.weight = [sum(self.idf[t] for t in terms) for terms in self.terms]
        self.profiles = profiles

    def features(self, i: int, j: int) -> tuple[float, ...]:
        """Every signal of :data:`FEATURES` but the cosine (and its product), for sentences ``i`` and ``j``."""
        from rapidfuzz.fuzz import ratio

        a, b = self.profiles[i], self.profiles[j]
        terms_a, terms_b = self.terms[i], self.terms[j]
        shared = terms_a & terms_b
        matched = sum(self.idf[t] for t in shared)
        weight_a, weight_b = self.weight[i], self.weight[j]
        dice = 2 * matched / (weight_a + weight_b) if weight_a + weight_b else 0.0
        cover_a = matched / weight_a if weight_a else 0.0
        cover_b = matched / weight_b if weight_b else 0.0
        names_a, names_b = self.names[i], self.names[j]
        names = 2 * len(names_a & names_b) / (len(names_a) + len(names_b)) if names_a or names_b else 0.0
        agree = 1.0 if a.numbers & b.numbers else 0.0
        conflict = 1.0 if disagree(self.conflicting[i], self.conflicting[j]) else 0.0
        one_side = 1.0 if bool(a.numbers) != bool(b.numbers) else 0.0
        length = min(a.words, b.words) / max(a.words, b.words, 1)
        union = len(a.bigrams | b.bigrams)
        bigrams = len(a.bigrams & b.bigrams) / union if union else 0.0
        chars = ratio(a.folded[:RATIO_CHARS], b.folded[:RATIO_CHARS]) / 100.0
        unmatched_a = math.log1p(len(terms_a) - len(shared))
        unmatched_b = math.log1p(len(terms_b) - len(shared))
        times_conflict = 1.0 if disagree(a.times, b.times) else 0.0
        return (
            dice, min(cover_a, cover_b), max(cover_a, cover_b), names, agree, conflict, one_side,
            length, bigrams, chars, min(unmatched_a, unmatched_b), max(unmatched_a, unmatched_b), times_conflict,
        )

    def sequence(self, i: int, j: int) -> tuple[float, float, float, float]:
        """The word-order signals of :data:`FEATURES` (``lcs_max`` to ``length_diff``)."""
        return word_order(self.profiles[i], self.profiles[j])

    @cached_property
    def story_names(self) -> frozenset[str]:
        """Every name any sentence gives: "Whitford" opening a sentence is still a name."""
        return frozenset().union(*self.names)

    def substantive(self, i: int, j: int) -> bool:
        """Can sentence ``j`` carry part of sentence ``i`` by its words? Not when ``i`` has under two content words, nor
        when ``j`` lacks a figure of ``i`` (a ninth trial's "The vote was 52 to 47." had been carried "100%" by "One
        Republican, Sen. Nora Pryce, voted against", and '"This bill does both," he said.' by a sentence on its next step),
        nor when all the two share is names both write as names and titles or offices, with no figure (a fortieth trial's
        "Judge Chen is not related to Ms. Chen." had been carried "59%" by "Judge Chen ruled that the council had acted within
        its authority"; a headline's "Mitt To Akin: Drop Out" still shares "drop" with "Romney calls on Rep. Akin to drop")."""
        figures = {v for v in self.profiles[i].numbers if not v.startswith("year:")}
        shared = self.terms[i] & self.terms[j]
        return (len(self.terms[i]) >= 2 and figures <= self.profiles[j].numbers
                and bool(figures or shared - (self.names[i] & self.names[j]) - self.roles))

    def carried(self, i: int, j: int) -> float:
        """The share of sentence ``i``'s content that sentence ``j`` carries: its stems, weighted by IDF, found in ``j``.

        Not symmetric: a short fact folded into a longer sentence is carried whole by it, not the other way round.
        """
        weight = self.weight[i]
        return sum(self.idf[t] for t in self.terms[i] & self.terms[j]) / weight if weight else 0.0

    def facts_conflict(self, i: int, j: int) -> bool:
        """Do sentences ``i`` and ``j`` give numbers or times of one kind that share nothing: different facts (or facts that disagree)?

        Counts and years compared with take part only with ``counts_conflict``.
        """
        return disagree(self.conflicting[i], self.conflicting[j]) or disagree(self.profiles[i].times, self.profiles[j].times)


@lru_cache(maxsize=1)
def _role_stems() -> frozenset[str]:
    """The stems of the nouns and titles that name people by their office or part ("judge", "mayor", "senator",
    "councilman", "Sen.", "Gov."; a second reader's "Councilman Robert Diaz" had been carried "55%" by a sentence on his
    dinner), less those a word of another sense shares ("reporter" and "report", "official" and "office", "justice",
    "general", "executive"): those stay words of the claim's matter."""
    from framediff.aligning.profiles import stem
    from framediff.frame.speech_words import HUMAN_ROLES

    return frozenset(stem(w) for w in HUMAN_ROLES | _TITLES) - _OTHER_SENSES


_TITLES = frozenset("""mr mrs ms mx dr rep reps sen sens gov lt gen col capt sgt maj adm prof atty pres rev supt cmdr councilman
    councilwoman councilmember alderman assemblyman assemblywoman assemblymember senator governor mayor judge congressman
    congresswoman lieutenant sergeant sheriff captain colonel admiral""".split())
_OTHER_SENSES = frozenset("""report execut offici offic resid manag repres command comment act aid alli author detect general
    justic major first former then host guard star chair critic""".split())


ORDER_TOKENS = 400
# Edit-distance ratio over the first this many characters of each: it is quadratic too (two 600 KB texts for
# `score` took 15 s); a sentence is cut at 1,500 characters, so only a caller's own long texts are cut.
RATIO_CHARS = 5000


def word_order(first: Profile, second: Profile) -> tuple[float, float, float, float]:
    """The word-order signals of :data:`FEATURES` (``lcs_max`` to ``length_diff``): longest common subsequence, trigrams, lengths."""
    from difflib import SequenceMatcher

    a, b = sorted((first.lowered, second.lowered))  # one order for both ways round: SequenceMatcher's matching is not symmetric
    if not a or not b:
        return 0.0, 0.0, 0.0, math.log1p(abs(len(a) - len(b)))
    # the common subsequence is quadratic in length: over the first ORDER_TOKENS words of each (sentences are far
    # shorter; two 10 MB texts given to `score` ran past 5 minutes)
    head_a, head_b = a[:ORDER_TOKENS], b[:ORDER_TOKENS]
    common = sum(block.size for block in SequenceMatcher(None, head_a, head_b, autojunk=False).get_matching_blocks())
    tri_a, tri_b = set(zip(a, a[1:], a[2:])), set(zip(b, b[1:], b[2:]))
    union = len(tri_a | tri_b)
    return (
        common / max(len(head_a), len(head_b)),
        common / min(len(head_a), len(head_b)),
        len(tri_a & tri_b) / union if union else 0.0,
        math.log1p(abs(len(a) - len(b))),
    )


class PairLexicons:
    """Lexical signals for pairs that stand alone (`framediff score`): each pair is its own two-sentence lexicon.

    Spelling variants fold only within the pair and terms weigh by
    :func:`reference_idf`, so a pair scores the same alone or among thousands.
    Offers :class:`Lexicon`'s ``features`` and ``sequence``, each computed once
    per pair (the cascade asks again for the pairs it hands to the full scorer).
    """

    def __init__(self, profiles: Sequence[Profile]) -> None:
        self.profiles = profiles
        self._features: dict[tuple[int, int], tuple[float, ...]] = {}
        self._order: dict[tuple[int, int], tuple[float, float, float, float]] = {}

    def features(self, i: int, j: int) -> tuple[float, ...]:
        if (i, j) not in self._features:
            self._features[i, j] = Lexicon([self.profiles[i], self.profiles[j]], reference=True).features(0, 1)
        return self._features[i, j]

    def sequence(self, i: int, j: int) -> tuple[float, float, float, float]:
        if (i, j) not in self._order:
            self._order[i, j] = word_order(self.profiles[i], self.profiles[j])
        return self._order[i, j]


REFERENCE_FLOOR = 1e-8  # the frequency of a word wordfreq does not know (a rare name, a typo): about its rarest words


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict("en", wordlist="best")  # type: ignore[no-any-return]


@lru_cache(maxsize=200_000)
def reference_idf(word: str) -> float:
    """-log of the word's frequency in English (wordfreq's "best" list: 321k words from many sources)."""
    return -math.log(max(_frequencies().get(word.lower(), 0.0), REFERENCE_FLOOR))


class TokenMatch:
    """BERTScore-style matching of word pieces between two sentences.

    Each word piece takes its best cosine on the other side; pieces weigh by
    the reference IDF of the word they belong to (:func:`reference_idf`), so
    that matching "Rabat" counts more than matching "the", whatever the other
    sentences in play.
    """

    def __init__(self, tokens: Sequence[TokenVectors], sentences: Sequence[int] | None = None) -> None:
        """``tokens[k]`` belongs to sentence ``sentences[k]`` (default: ``k``) of the pairs to come."""
        self.tokens = tokens
        self.where = {s: k for k, s in enumerate(sentences if sentences is not None else range(len(tokens)))}
        self.weights = [[reference_idf(w) for w in t.words] for t in tokens]

    def features(self, i: int, j: int) -> tuple[float, float, float]:
        import numpy as np

        i, j = self.where[i], self.where[j]
        a, b = self.tokens[i], self.tokens[j]
        if not len(a.ids) or not len(b.ids):
            return 0.0, 0.0, 0.0
        sims = a.vectors @ b.vectors.T
        wa, wb = np.asarray(self.weights[i]), np.asarray(self.weights[j])
        recall = float(sims.max(axis=1) @ wa / wa.sum()) if wa.sum() else 0.0
        precision = float(sims.max(axis=0) @ wb / wb.sum()) if wb.sum() else 0.0
        f = 2 * recall * precision / (recall + precision) if recall + precision > 0 else 0.0
        return f, min(recall, precision), max(recall, precision)


def _fold_variants(df: Counter[str]) -> dict[str, str]:
    """Map each term that is a spelling variant of a more frequent one to that one."""
    import numpy as np
    from rapidfuzz.fuzz import ratio
    from rapidfuzz.process import cdist

    groups: dict[str, list[str]] = {}
    for term in df:
        if len(term) >= _SOFT_MIN_LEN:
            groups.setdefault(term[0], []).append(term)
    fold: dict[str, str] = {}
    for terms in groups.values():
        if len(terms) < 2:
            continue
        terms.sort(key=lambda t: (-df[t], t))
        close = cdist(terms, terms, scorer=ratio, score_cutoff=_SOFT_RATIO, dtype="uint8")
        is_head = np.ones(len(terms), dtype=bool)
        for i in range(1, len(terms)):
            earlier = np.flatnonzero(close[i, :i])
            earlier = earlier[is_head[earlier]]
            if len(earlier):
                is_head[i] = False
                fold[terms[i]] = terms[int(earlier[0])]
    return fold

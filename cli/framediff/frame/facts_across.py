"""Facts that disagree between outlets writing in different languages: the values every language writes alike."""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Iterable, Iterator

from framediff.aligning.language_free import MONTH_NAMES, Facts, day_shown, facts
from framediff.frame.findings import Disagreement
from framediff.reading.languages import is_english

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment
    from framediff.comparing.comparison import ClaimDiff, MemberDiff


def english_members(alignment: Alignment, members: Iterable[MemberDiff]) -> Iterator[MemberDiff]:
    """The members of a claim written in English (or too short to tell): what the English reading of facts reads."""
    return (m for m in members if is_english(alignment.article(m.member.article).sentence_language(m.member.sentence)))


def across_languages(alignment: Alignment, claim: ClaimDiff) -> list[Disagreement]:
    """Facts that disagree on a claim told in several languages (none when every sentence of it is English)."""
    english = list(english_members(alignment, claim.members))
    if len(english) == len(claim.members):
        return []
    texts: dict[str, list[str]] = defaultdict(list)
    languages: dict[str, list[str]] = defaultdict(list)  # each sentence's: "2.800" is 2,800 in German, 2.8 in English
    for m in claim.members:
        texts[m.member.article].append(alignment.sentence(m.member).text)
        languages[m.member.article].append(alignment.article(m.member.article).sentence_language(m.member.sentence))
    read = {a: [facts(text, language) for text, language in zip(texts[a], languages[a])] for a in texts}
    out = []
    for kind, values in _conflicts(read, _measures(texts, read)).items():
        # the evidence is each outlet's own sentences of the claim, and the words each value was read from in them
        # ("5 Millionen", "2.800"), as written in any language
        evidence = {a: tuple((v, _written(v, read[a]), " ".join(texts[a])) for v in vs) for a, vs in values.items()}
        out.append(Disagreement(claim.claim.id, kind, values, evidence))
    return out


def _written(value: str, read: list[Facts]) -> str:
    """The words of an outlet's sentences, as ``read``, that ``value`` ("number:5000000", "year:2021") was read from."""
    raw = _raw(value)
    return next((words for f in read if (words := f.words_of(raw))), value.split(":", 1)[1])


def _raw(value: str) -> str:
    """A value as :func:`~framediff.aligning.language_free.facts` keys it: "number:40000" -> "40000", "year:2021" ->
    "y2021", "day:14 May" -> "d14-5"."""
    sort, _, shown = value.partition(":")
    if sort == "day":
        return _day_key(value)
    return "y" + shown if sort == "year" else shown


def facts_across_languages(texts: dict[str, list[str]], languages: dict[str, list[str]] | None = None
                           ) -> dict[str, dict[str, tuple[str, ...]]]:
    """Per kind ("numbers", "times"), each outlet's values in conflict, for a claim told in several languages.

    Only what every language writes alike is read (:func:`framediff.aligning.language_free.facts`, each sentence in
    its ``languages``, English where none is given): whole amounts of at least 100 ("35,000", "35.000", "35 000",
    "3 million"), years and days of a month ("14 May", "14. Mai", "14 mai"). Small
    numbers are left out: "four hours" is a word in one language and a figure in another, and a time ("6.40 Uhr",
    "6 h 40") reads as two numbers. No parser says what a figure counts in every language, so two outlets disagree
    on one of these only when the rest of their sentences state the same fact: each gives exactly one value of it for
    the claim, the values differ, every other value either gives is the same, and they name at least one name alike.
    """
    given: dict[str, list[str]] = languages or {}
    read = {a: [facts(text, given[a][k] if a in given else None) for k, text in enumerate(sentences)] for a, sentences in texts.items()}
    return _conflicts(read, _measures(texts, read))


def _conflicts(read: dict[str, list[Facts]], measures: dict[str, dict[str, str | None]] | None = None
               ) -> dict[str, dict[str, tuple[str, ...]]]:
    """:func:`facts_across_languages` of each outlet's sentences, as read; with ``measures`` (per outlet, each number's
    measure: :func:`_measure`), two figures of different measures ("1,350" people, "4 800 hectares") never conflict."""
    given: dict[str, dict[str, set[str]]] = {}
    others: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for article, found_in in read.items():
        values: dict[str, set[str]] = defaultdict(set)
        names[article] = {n for f in found_in for n in f.names}
        others[article] = {n for f in found_in for n in f.numbers}
        for f in found_in:
            for value in f.numbers:
                if value.startswith("y"):
                    values["year"].add(f"year:{value[1:]}")
                elif value.startswith("d"):
                    values["day"].add(f"day:{day_shown(value)}")
                elif value.isdigit() and int(value) >= 100:
                    values["number"].add(f"number:{value}")
        given[article] = values
    found: dict[str, dict[str, set[str]]] = {}
    for sort, kind in (("number", "numbers"), ("year", "times"), ("day", "times")):
        single = {a: v[sort] for a, v in given.items() if len(v.get(sort, ())) == 1}
        for a, b in combinations(sorted(single), 2):
            if single[a] == single[b] or not names[a] & names[b]:
                continue
            if measures is not None and {measures[a].get(_raw(v)) for v in single[a]} != {measures[b].get(_raw(v)) for v in single[b]}:
                continue  # a count of people against an area in hectares: two facts
            rest_a = others[a] - {_raw(v) for v in single[a]}
            rest_b = others[b] - {_raw(v) for v in single[b]}
            if rest_a == rest_b:
                for x in (a, b):
                    found.setdefault(kind, {}).setdefault(x, set()).update(single[x])
    return {kind: {a: tuple(sorted(v)) for a, v in by.items()} for kind, by in found.items()}


def _day_key(shown: str) -> str:
    day, month = shown.split(":", 1)[1].split(" ")
    return f"d{day}-{MONTH_NAMES.index(month)}"


# What a figure measures, by the word after it (or the sign before it) in the languages the multilingual encoder reads; a
# figure with none of these counts things. Two figures of different measures are two facts, whatever their sentences share.
_MEASURES = {
    "area": "hectares hectare ha hectáreas hectárea ettari ettaro hektar hektaren acres acre km2 km²",
    "length": "km kilometres kilometers kilomètres kilómetros kilometri kilometer miles mile metres meters mètres metros metri meter",
    "share": "% percent per pour por prozent procent",
    "money": "€ $ £ euros euro dollars dollar dólares dollari pounds livres libras francs yuan yen",
    "weight": "tonnes tons toneladas tonnellate kg kilos",
    "time": "hours heures horas stunden ore uur minutes minutos minuti minuten",
    "heat": "° degrees degrés grados gradi grad",
}
_MEASURE_OF = {word: kind for kind, words in _MEASURES.items() for word in words.split()}
_SCALE_WORDS = frozenset("million millions millones milioni miljoen millionen mil milliard milliards billion billions de di".split())


def _measures(texts: dict[str, list[str]], read: dict[str, list[Facts]]) -> dict[str, dict[str, str | None]]:
    """Per outlet, what each number it gives measures (:func:`_measure`), from its sentences and their reading."""
    return {a: {value: _measure(text, words) for text, f in zip(texts[a], read[a]) for value, words in f.written} for a in texts}


def _measure(text: str, words: str) -> str | None:
    """What the figure written as ``words`` in ``text`` measures ("area" for "4 800 hectares", "money" for "$28 million"
    or "12 millones de euros"), or None: it counts things ("1,350 people")."""
    found = re.search(rf"(?<![\d.,]){re.escape(words)}(?!\d)", text)
    if found is None:
        return None
    if text[: found.start()].rstrip()[-1:] in ("$", "€", "£"):
        return "money"
    for token in re.findall(r"[^\s\d.,;:!?()]+", text[found.end():])[:3]:
        token = token.lower()
        if token in _MEASURE_OF:
            return _MEASURE_OF[token]
        if token not in _SCALE_WORDS:
            return None
    return None


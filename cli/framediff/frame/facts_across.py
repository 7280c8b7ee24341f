"""Facts that disagree between outlets writing in different languages: the values every language writes alike."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Iterable, Iterator

from framediff.aligning.language_free import facts
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
    out = []
    for kind, values in facts_across_languages(texts, languages).items():
        # the evidence is each outlet's own sentences of the claim, and the words each value was read from in them
        # ("5 Millionen", "2.800"), as written in any language
        evidence = {a: tuple((v, _written(v, texts[a], languages[a]), " ".join(texts[a])) for v in vs) for a, vs in values.items()}
        out.append(Disagreement(claim.claim.id, kind, values, evidence))
    return out


def _written(value: str, sentences: list[str], languages: list[str]) -> str:
    """The words of ``sentences`` that ``value`` ("number:5000000", "year:2021", "day:14 May") was read from."""
    sort = value.split(":", 1)[0]
    raw = {"number": lambda v: v.split(":", 1)[1], "year": lambda v: "y" + v.split(":", 1)[1], "day": _day_key}[sort](value)
    found = (facts(text, language).words_of(raw) for text, language in zip(sentences, languages))
    return next((words for words in found if words), value.split(":", 1)[1])


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
    given: dict[str, dict[str, set[str]]] = {}
    others: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for article, sentences in texts.items():
        values: dict[str, set[str]] = defaultdict(set)
        given_languages = (languages or {}).get(article)
        written: list[str | None] = list(given_languages) if given_languages else [None] * len(sentences)
        read = [facts(text, language) for text, language in zip(sentences, written)]
        names[article] = {n for f in read for n in f.names}
        others[article] = {n for f in read for n in f.numbers}
        for f in read:
            for value in f.numbers:
                if value.startswith("y"):
                    values["year"].add(f"year:{value[1:]}")
                elif value.startswith("d"):
                    day, month = value[1:].split("-")
                    values["day"].add(f"day:{day} {_MONTH_NAMES[int(month)]}")
                elif value.isdigit() and int(value) >= 100:
                    values["number"].add(f"number:{value}")
        given[article] = values
    raw = {"number": lambda v: v.split(":")[1], "year": lambda v: "y" + v.split(":")[1], "day": _day_key}
    found: dict[str, dict[str, set[str]]] = {}
    for sort, kind in (("number", "numbers"), ("year", "times"), ("day", "times")):
        single = {a: v[sort] for a, v in given.items() if len(v.get(sort, ())) == 1}
        for a, b in combinations(sorted(single), 2):
            if single[a] == single[b] or not names[a] & names[b]:
                continue
            rest_a = others[a] - {raw[sort](v) for v in single[a]}
            rest_b = others[b] - {raw[sort](v) for v in single[b]}
            if rest_a == rest_b:
                for x in (a, b):
                    found.setdefault(kind, {}).setdefault(x, set()).update(single[x])
    return {kind: {a: tuple(sorted(v)) for a, v in by.items()} for kind, by in found.items()}


def _day_key(shown: str) -> str:
    day, month = shown.split(":", 1)[1].split(" ")
    return f"d{day}-{_MONTH_NAMES.index(month)}"


_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
                "December")

"""Facts that disagree between outlets writing in different languages: the values every language writes alike."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import TYPE_CHECKING, Iterable, Iterator

from framediff.aligning import crosslingual
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
    for m in claim.members:
        texts[m.member.article].append(alignment.sentence(m.member).text)
    return [Disagreement(claim.claim.id, kind, values) for kind, values in facts_across_languages(texts).items()]


def facts_across_languages(texts: dict[str, list[str]]) -> dict[str, dict[str, tuple[str, ...]]]:
    """Per kind ("numbers", "times"), each outlet's values in conflict, for a claim told in several languages.

    Only what every language writes alike is read (:func:`framediff.aligning.crosslingual.facts`): whole amounts of
    at least 100 ("35,000", "35.000", "35 000"), years and days of a month ("14 May", "14. Mai", "14 mai"). Small
    numbers are left out: "four hours" is a word in one language and a figure in another, and a time ("6.40 Uhr",
    "6 h 40") reads as two numbers. Two outlets disagree on one of these when each gives exactly one value of it
    for the claim and the values differ: with more, which value answers which cannot be told.
    """
    given: dict[str, dict[str, set[str]]] = {}
    for article, sentences in texts.items():
        values: dict[str, set[str]] = defaultdict(set)
        for text in sentences:
            for value in crosslingual.facts(text).numbers:
                if value.startswith("y"):
                    values["year"].add(f"year:{value[1:]}")
                elif value.startswith("d"):
                    day, month = value[1:].split("-")
                    values["day"].add(f"day:{day} {_MONTH_NAMES[int(month)]}")
                elif value.isdigit() and int(value) >= 100:
                    values["number"].add(f"number:{value}")
        given[article] = values
    found: dict[str, dict[str, set[str]]] = {}
    for sort, kind in (("number", "numbers"), ("year", "times"), ("day", "times")):
        single = {a: v[sort] for a, v in given.items() if len(v.get(sort, ())) == 1}
        for a, b in combinations(sorted(single), 2):
            if single[a] != single[b]:
                for x in (a, b):
                    found.setdefault(kind, {}).setdefault(x, set()).update(single[x])
    return {kind: {a: tuple(sorted(v)) for a, v in by.items()} for kind, by in found.items()}


_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")

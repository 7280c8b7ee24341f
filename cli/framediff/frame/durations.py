"""How long one event lasted, given differently by two outlets in one claim: "voting 52-47 after 15 hours of debate"
against "voting 52-48 after a grueling 20-hour marathon", a twenty-second trial's Senate vote, where the tally was said
and the hours were not.

The values read elsewhere never compare a span of time ("eight years", "17-year"): a span is of anything. A length is read
here only where its words tie it to an event's noun: "a 48-hour strike", "a 15-hour overnight session", "15 hours of
debate", "the standoff lasted 11 hours". Two lengths are compared only when their nouns are of one kind of event (a
session, a debate and a marathon of speeches are one; a strike and a walkout; not a strike and a meeting), each outlet
gives one length of that kind in the claim, outside quotation marks, and the two outlets are dated on one day (a strike
extended on its second day is longer the next). Not read: another or a part of one ("a further 72-hour strike", "the
first 48 hours of the strike"). "About" allows a tenth either way, "nearly" a sixth below, "more than" and "up to" are
bounds, and hours, days and weeks are one measure ("a two-day strike" is "a 48-hour strike"); months only with months.
"""

from __future__ import annotations

import re

from framediff.frame.findings import Disagreement, disagreement
from framediff.frame.tallies import in_spans, quoted_at

# kinds of event whose length an outlet gives; two nouns of one kind may name one event
_KINDS = {
    "stoppage": "strike strikes walkout walkouts stoppage stoppages",
    "sitting": "session sessions debate debates marathon filibuster deliberations sitting",
    "talks": "talks negotiations meeting meetings summit",
    "standoff": "standoff siege",
    "search": "search manhunt rescue",
    "outage": "blackout outage outages",
    "closure": "shutdown closure lockdown curfew",
    "journey": "journey flight voyage trip drive",
    "visit": "visit tour",
    "hearing": "trial hearing",
    "ban": "ban suspension",
    "truce": "ceasefire truce",
    "protest": "protest protests sit-in vigil",
}
_KIND_OF = {noun: kind for kind, nouns in _KINDS.items() for noun in nouns.split()}
Length = tuple[float, float, str, str, float]  # low and high in hours, the words, their sentence, the length as written
_NOUN = "|".join(sorted(_KIND_OF, key=len, reverse=True))
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
          "twelve": 12, "fifteen": 15, "twenty": 20, "twenty-four": 24, "thirty": 30, "thirty-six": 36, "forty": 40,
          "forty-eight": 48, "sixty": 60, "seventy-two": 72, "ninety": 90}
_FIGURE = r"(?P<n>\d{1,3}(?:\.\d)?|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")"
_UNIT = {"hour": 1, "day": 24, "week": 168, "month": 720}
# "a 48-hour strike", "a 15-hour overnight session", "the two-week-long trial"
_ATTRIBUTIVE = re.compile(rf"(?<![\w.,-]){_FIGURE}[- ](?P<u>hour|day|week|month)(?:[- ]long)?[- ](?:[a-z]+[- ]){{0,2}}?"
                          rf"(?P<noun>{_NOUN})\b", re.I)
# "15 hours of debate", "after 11 days of talks"
_OF = re.compile(rf"(?<![\w.,-]){_FIGURE}\s+(?P<u>hour|day|week|month)s?\s+of\s+(?:[a-z]+\s+){{0,2}}?(?P<noun>{_NOUN})\b", re.I)
# "the standoff lasted 11 hours", "a strike lasting three days"
_LASTED = re.compile(rf"\b(?P<noun>{_NOUN})\b[^.;:]{{0,40}}?\b(?:lasted|lasting|lasts|went on for|ran for|stretched over)\s+"
                     rf"(?:for\s+)?(?P<hedge>(?:about|around|nearly|almost|roughly|some|more than|over|at least|just over|"
                     rf"less than|under|up to)\s+)?{_FIGURE}\s+(?P<u>hour|day|week|month)s?\b", re.I)
_HEDGE_BEFORE = re.compile(r"\b(?P<hedge>about|around|nearly|almost|roughly|some|more than|over|at least|just over|less than|"
                           r"under|up to|close to)\s+(?:a\s+|an\s+)?$", re.I)
# another event of the kind, or a part of one: "a further 72-hour strike", "the first 48 hours of the strike"
_OTHER = re.compile(r"\b(?:another|further|next|second|third|new|additional|extra|first|last|past|final|previous|earlier|"
                    r"latest|each|every|per|two|several)\s+(?:[a-z]+\s+)?$", re.I)


def durations(text: str) -> list[tuple[str, float, float, str, str, float]]:
    """The lengths of events ``text`` gives outside quotation marks: (kind of event, low and high in hours, the measure
    ("hour", or "month" for months), the words, the length as written in hours)."""
    out = []
    for pattern in (_ATTRIBUTIVE, _OF, _LASTED):
        for m in pattern.finditer(text):
            start = m.start("n")
            before = text[max(0, start - 30) : start]
            if quoted_at(text, m.start()) or (pattern is not _LASTED and _OTHER.search(before)):
                continue
            raw = m["n"].lower()
            n = float(raw) if raw[0].isdigit() else float(_WORDS[raw])
            unit = m["u"].lower()
            hedge = m.groupdict().get("hedge") or (_HEDGE_BEFORE.search(before) or {"hedge": None})["hedge"]
            hedge = (hedge or "").strip()
            low, high = _range(n * _UNIT[unit], hedge.lower())
            out.append((_KIND_OF[m["noun"].lower()], low, high, "month" if unit == "month" else "hour", m.group(), n * _UNIT[unit]))
    return out


def _range(value: float, hedge: str) -> tuple[float, float]:
    if hedge in ("about", "around", "roughly", "some", "close to"):
        return value * 0.9, value * 1.1
    if hedge in ("nearly", "almost"):
        return value * 5 / 6, value
    if hedge in ("more than", "over", "at least", "just over"):
        return value, float("inf")
    if hedge in ("less than", "under", "up to"):
        return 0.0, value
    return value, value


def duration_disagreements(claim: str, texts: dict[str, list[str]], quoted: dict[str, list[list[tuple[int, int]]]],
                           dates: dict[str, str | None] | None = None) -> list[Disagreement]:
    """The lengths two outlets' sentences of one claim give one kind of event, where each gives one and the two cannot
    both be true; not between outlets dated on two days (``dates``)."""
    given: dict[str, dict[tuple[str, str], list[Length]]] = {}
    for article, sentences in texts.items():
        spans = quoted.get(article, [])
        for k, text in enumerate(sentences):
            for kind, low, high, measure, words, stated in durations(text):
                if not in_spans(text, words, spans[k] if k < len(spans) else ()):
                    given.setdefault(article, {}).setdefault((kind, measure), []).append((low, high, words, text, stated))
    conflict: dict[str, Length] = {}
    articles = sorted(given)
    for n, a in enumerate(articles):
        for b in articles[n + 1 :]:
            day_a, day_b = ((dates or {}).get(a) or "")[:10], ((dates or {}).get(b) or "")[:10]
            if day_a and day_b and day_a != day_b:
                continue
            for key in given[a].keys() & given[b].keys():
                one, other = _one(given[a][key]), _one(given[b][key])
                if one is not None and other is not None and not _meet(one, other):
                    conflict[a], conflict[b] = one, other
    if not conflict:
        return []
    return [disagreement(claim, "numbers", {a: ((f"duration:{_shown(stated)}", words, text),)
                                            for a, (_, _, words, text, stated) in conflict.items()})]


def _meet(x: Length, y: Length) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


def _one(found: list[Length]) -> Length | None:
    """The one length an outlet gives a kind of event in the claim, or None where it gives two that do not meet."""
    return found[0] if all(_meet(found[0], other) for other in found[1:]) else None


def _shown(hours: float) -> str:
    """A length as "20h" (hours), "3d" (whole days) or "6mo" (months)."""
    if hours >= 720 and hours % 720 == 0:
        return f"{hours / 720:g}mo"
    if hours >= 24 and hours % 24 == 0:
        return f"{hours / 24:g}d"
    return f"{hours:g}h"

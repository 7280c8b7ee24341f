"""Times of day that two outlets give differently in one claim: "The avalanche hit around 3:15 p.m." against "The slide
struck ... at about 2:40 p.m.", a twenty-first trial's, in one claim and said by no one.

The English reading of values compares calendar days, not the time on the clock. A time is read here where the sentence
gives it to the minute or the hour with its half of the day ("2:40 p.m.", "6 a.m.", "16:40"); a bound or a span is no
moment ("before 6 a.m.", "from 2 to 4 p.m.", "until 3 p.m."), nor a time in a zone ("3 p.m. ET": another outlet's may be
local), a time in a sentence that looks ahead ("is scheduled for 2 p.m."), or inside quotation marks (the speaker's).
Each outlet must give one time in the claim's sentences: two times there may be two moments ("opened at 5:15 p.m., about
two hours before the 7:15 p.m. kickoff"). Two times disagree when they differ at all, or by more than half an hour where
either is hedged ("about", "around", "shortly after"); a time without its half of the day is compared with either half
("3:15" is 3:15 a.m. or p.m.).
"""

from __future__ import annotations

import re

from framediff.frame.findings import Disagreement, disagreement
from framediff.frame.tallies import in_spans, quoted_at

# "2:40 p.m.", "6 a.m.", "16:40"; not "09: 01 AM" or "1: 10PM", a date line's time torn at its colon (ECB+)
_TIME = re.compile(r"(?<![\d.,:$£€])(?<!:\s)\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?"
                   r"|(?<![\d.,:$£€])(?<!:\s)\b(\d{1,2}):(\d{2})\b(?![.,:]\d)", re.I)
_HEDGED = re.compile(r"\b(?:about|around|approximately|roughly|shortly|just|nearly|almost|some|circa|soon)\s+(?:after\s+|before\s+)?$",
                     re.I)
_BOUND = re.compile(r"\b(?:before|after|by|until|till|from|between|since|through|to|and|or|past|than|every|each|for|of|starting|"
                    r"beginning|updated)\s+(?:at\s+)?$|\b(?:a|an|the)\s+$", re.I)  # "as of 6 p.m.", "a 7 p.m. briefing", "the 9:15 train"
# a time in a zone ("3 p.m. ET", "15:42 GMT") is compared with nothing: another outlet's may be the local one
_ZONE = re.compile(r"\s*\(?(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|local time)\b")
# a sentence that looks ahead gives a schedule, not a moment: "is scheduled for 2 p.m." against "began at 2:30 p.m."
_AHEAD = re.compile(r"\b(?:will|would|shall|scheduled|expected|due|plans?|planned|set to|going to)\b", re.I)
# a range, or a game's clock: "2 to 4 p.m.", "scored 4:12 into the third period"
_RANGE_AFTER = re.compile(r"\s*(?:(?:-|–|—|to|and|or|until|till)\s*\d|(?:into|left|remaining|to go|to play)\b)", re.I)
_HEDGED_AFTER = re.compile(r"\s*,?\s*or so\b", re.I)
# a sentence that counts time from a moment gives two moments in one: "left at 2:30 p.m. and was hit about 45 minutes later"
_RELATIVE = re.compile(r"\b(?:minutes?|hours?|later|earlier|afterwards?|moments?)\b", re.I)
# an article that names a time zone anywhere may give the time in one zone here and another there
_ZONES = re.compile(r"\b(?:[ECMPA][SD]?T|GMT|UTC|BST|CET|CEST|IST|JST|MSK|HST|AKST|AEST|AEDT|SAST)\b|\b(?:Eastern|Central|Mountain|"
                    r"Pacific|Atlantic)\b|\blocal time\b|\b(?!The\b)[A-Z][a-z]+ time\b")
_SLACK = 30  # minutes either way a hedged time stands for


def clock_values(text: str) -> list[tuple[int, bool, bool, str]]:
    """The moments ``text`` gives outside quotation marks: (minutes after midnight, whether its half of the day is
    written, whether it is hedged, its words)."""
    out = []
    for m in _TIME.finditer(text if not (_AHEAD.search(text) or _RELATIVE.search(text)) else ""):
        hour, minute, half = (int(m[1]), int(m[2] or 0), m[3]) if m[1] else (int(m[4]), int(m[5]), None)
        before = text[max(0, m.start() - 30) : m.start()]
        if hour > 23 or minute > 59 or (half and not 1 <= hour <= 12) or quoted_at(text, m.start()):
            continue
        if _BOUND.search(before) and not _HEDGED.search(before) or _RANGE_AFTER.match(text, m.end()) or _ZONE.match(text, m.end()):
            continue  # "before 6 a.m.", "from 2 to 4 p.m.", "2 or 3 p.m."
        if half:
            hour = hour % 12 + (12 if half.lower() == "p" else 0)
        hedged = bool(_HEDGED.search(before) or _HEDGED_AFTER.match(text, m.end()))
        out.append((hour * 60 + minute, bool(half) or hour > 12, hedged, m.group().strip()))
    return out


def _apart(a: tuple[int, bool, bool, str], b: tuple[int, bool, bool, str]) -> bool:
    """Do two moments differ beyond what their hedges allow, in either half of the day where one does not say which?"""
    slack = _SLACK if a[2] or b[2] else 0
    shifts = (0,) if a[1] and b[1] else (0, 720, -720)
    return all(abs(a[0] + s - b[0]) > slack and abs(a[0] + s - b[0]) < 1440 - slack for s in shifts)


def clock_disagreements(claim: str, texts: dict[str, list[str]], quoted: dict[str, list[list[tuple[int, int]]]],
                        bodies: dict[str, str] | None = None, dates: dict[str, str | None] | None = None) -> list[Disagreement]:
    """The times of day two outlets' sentences of one claim give, when each gives one and the two differ; not where an
    outlet's article (``bodies``) names a time zone, nor between outlets dated on two days (``dates``)."""
    found: dict[str, tuple[tuple[int, bool, bool, str], str]] = {}
    for article, sentences in texts.items():
        spans = quoted.get(article, [])
        given = [(v, text) for k, text in enumerate(sentences) for v in clock_values(text)
                 if not in_spans(text, v[3], spans[k] if k < len(spans) else ())]
        if len({v[0] for v, _ in given}) == 1:
            found[article] = given[0]
    conflict: dict[str, tuple[tuple[int, bool, bool, str], str]] = {}
    articles = sorted(found)
    for n, a in enumerate(articles):
        for b in articles[n + 1 :]:
            day_a, day_b = ((dates or {}).get(a) or "")[:10], ((dates or {}).get(b) or "")[:10]
            if _apart(found[a][0], found[b][0]) and not (day_a and day_b and day_a != day_b):
                conflict[a], conflict[b] = found[a], found[b]
    if not conflict or any(_ZONES.search(body) for body in (bodies or {}).values()):
        return []

    def shown(v: tuple[int, bool, bool, str]) -> str:
        return f"time:{v[0] // 60:02d}:{v[0] % 60:02d}"

    return [disagreement(claim, "times", {a: ((shown(v), v[3], text),) for a, (v, text) in conflict.items()})]

"""Tallies of a vote that disagree: "voted 104 to 99" against "voting 106-97" in one claim.

The English reading of values (:mod:`framediff.frame.values`) reads counts of things, and a tally is two numbers that
count no noun: spaCy reads "52-47" as one cardinal, "104 to 99" as two, and "104-99" as a date. An eleventh trial's
broadsheet ("the Pennsylvania House voted 104 to 99 on Tuesday") and tabloid ("rammed a ... wage hike through the state
House on Tuesday, voting 106-97") stated one vote in one claim with two tallies, and nothing was said.
"""

from __future__ import annotations

import re
from typing import Iterable

from framediff.aligning.profiles import CALENDAR_NAMES
from framediff.frame.findings import Disagreement, disagreement

# Two counts joined by a hyphen, a dash or "to", each of at most three digits (no year: "2019-20"), not a share, an
# amount or a time ("$5 to $10", "5 to 10 percent", "9-10 p.m.")
_TALLY = re.compile(r"(?<![\d$£€.,:/])(\d{1,3})\s?(?:-|–|—|\sto\s)\s?(\d{1,3})"
                    r"(?![\d%]|[.,:/]\d|\s*(?:percent|per cent|[ap]\.?m\b)|-[a-z])", re.I)
# The same in words, each count from one to nineteen, joined by "to" ("voted three to two"), not the end of a number of
# tens ("thirty-nine to one" is no 9-1), nor a ratio or a kind ("a two-to-one margin", "a one-to-one meeting"), nor a
# tie, nor a clock's time ("at ten to seven": a second reader's)
_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_IN_WORDS = "|".join(_SMALL[1:])
_TALLY_WORDS = re.compile(rf"(?<![\w-])(?<!\bat )(?<!\bby )(?<!\bpast )({_IN_WORDS})\s+to\s+({_IN_WORDS}|zero|nothing)"
                          r"(?![\w-])(?!\s+(?:o'clock|[ap]\.?m\b|this|tonight|in the))", re.I)
# what a tally in words follows right away, where it is a vote's: "voted three to two", "a vote of seven to two", "the vote
# was six to three", "ruled five to four"; not a game ("won three to one") nor a ratio ("by nearly three to one", "by a
# margin of three to one": second readers' strike votes of 312 to 118)
_VOTED = re.compile(r"\b(?:voted|ruled|decided|(?:vote|votes|tally) (?:of|was|is|stood at))\s+$", re.I)
# a range of what follows ("5 to 10 votes short", "18 to 25 years", "9-10 p.m."), not a tally ("a 97-1 vote")
_RANGE_AFTER = re.compile(r"\s+(?:votes|seats|members|senators|lawmakers|points|years?|people|of\b)", re.I)
_RANGE_BEFORE = re.compile(r"\b(?:between|from|ages?|aged)\s+$", re.I)
# a word within a few words of the tally that says a vote was counted, a race won or a court divided
_VOTE = re.compile(r"\b(?:vot(?:e|ed|es|ing)|tally|margin|ballot|roll[- ]call|passed|approved|confirmed|rejected|defeated|"
                   r"overrode|override|won|wins|lost|beat|victory|decision|ruling)\b", re.I)
_NEAR = 40  # characters either side of the tally where the vote word is looked for
# the bodies that vote, which two sentences of one vote both name ("the state House", "the Pennsylvania House")
_BODIES = frozenset("house senate assembly council committee court parliament chamber board legislature jury panel".split())


def tallies(text: str) -> list[tuple[str, str]]:
    """The tallies of a vote ``text`` gives outside quotation marks, each as "104-99" with its words ("104 to 99", "three
    to two")."""
    out = []
    for m in sorted([*_TALLY.finditer(text), *_TALLY_WORDS.finditer(text)], key=lambda m: m.start()):
        if _RANGE_AFTER.match(text, m.end()) or _RANGE_BEFORE.search(text[: m.start()]) or quoted_at(text, m.start()):
            continue
        won, lost = (_count(g) for g in m.groups())
        around = text[max(0, m.start() - _NEAR) : m.start()] + " " + text[m.end() : m.end() + _NEAR]
        if not m.group(1).isdigit():  # in words
            if won > lost and _VOTED.search(text[max(0, m.start() - _NEAR) : m.start()]):
                out.append((f"{won}-{lost}", m.group()))
            continue
        if won >= lost and _VOTE.search(around):  # a range rises ("3 to 4"); a tally, winner first
            out.append((f"{won}-{lost}", m.group()))
    return out


def _count(words: str) -> int:
    """A count as written in a tally: "97", "three", "nothing"."""
    return int(words) if words.isdigit() else 0 if words.lower() == "nothing" else _SMALL.index(words.lower())


def quoted_at(text: str, at: int) -> bool:
    """Is position ``at`` inside quotation marks that open before it in ``text``?"""
    before = text[:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _named(text: str) -> set[str]:
    """The capitalised words inside ``text`` (not its first, not a day or a month: "on Wednesday" names no body that
    votes) and the voting bodies it names, lower case."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return {w.lower() for w in words[1:] if w[0].isupper() and w.lower() not in _WHEN} | {w.lower() for w in words if w.lower() in _BODIES}


_WHEN = CALENDAR_NAMES | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def tally_disagreements(claim: str, texts: dict[str, list[str]], quoted: dict[str, list[list[tuple[int, int]]]]
                        ) -> list[Disagreement]:
    """The tallies two outlets' sentences of one claim give for its vote, when they differ: each outlet gives one tally
    (one sentence with two votes tells no vote from the other), outside any quotation, and the two sentences name one
    body or name alike ("House"), so that a committee's vote and the floor's are not set against each other. A sentence
    that names no body and no one is set against nothing: a second reader's "The student government voted 18 to 2"
    against "the faculty senate voted 41 to 9", a procedural vote against the final one, a score "on the night" against
    one "on aggregate" (a twenty-fifth trial's "Professors ... voting 41 to 7" against "41 to 9" goes unsaid)."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for article, sentences in texts.items():
        spans = quoted.get(article, [])
        given = [(tally, words, text) for k, text in enumerate(sentences) for tally, words in tallies(text)
                 if not in_spans(text, words, spans[k] if k < len(spans) else ())]
        if len({tally for tally, _, _ in given}) == 1:
            found[article] = given[:1]
    conflict: dict[str, tuple[str, str, str]] = {}
    articles = sorted(found)
    for n, a in enumerate(articles):
        for b in articles[n + 1 :]:
            (ta, _, sa), (tb, _, sb) = found[a][0], found[b][0]
            if ta != tb and _named(sa) & _named(sb):
                conflict[a], conflict[b] = found[a][0], found[b][0]
    if not conflict:
        return []
    return [disagreement(claim, "numbers", {a: ((f"tally:{t}", w, s),) for a, (t, w, s) in conflict.items()})]


def in_spans(text: str, words: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Do the tally's ``words`` sit inside one of ``spans`` (a quotation that runs over sentences)?"""
    at = text.find(words)
    return any(start <= at < end for start, end in spans)

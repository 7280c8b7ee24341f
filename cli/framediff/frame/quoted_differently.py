"""One remark quoted with another modal verb: two outlets quote one speaker in one claim, one "will", the other "could".

A fifty-fourth trial's wire gave the finance chair's "The savings will allow us to keep the other four branches open", its
tabloid "The savings could allow us"; a fifty-first trial's dissent "will invite a lawsuit" was "could invite" in the wire.
Certainty is what such a change moves, and a fact-checker checks it first. The word diff showed it, and the reuse line
called the quotations "the same words". It is said here as a fact that disagrees (kind ``quoted words``): each outlet's
modal verb, with the words either side of it as each outlet writes them, and its sentence.

Only a modal verb changed for another (:data:`MODALS`), the one change between the two quotations (a quotation cut
shorter or running on longer differs in no word), with a word or more alike on each side of it, :data:`AROUND` times
two on both sides together and :data:`SHARED` in all, and not next to an elision, an editor's brackets or a word starred
out; where both outlets name the speaker by one surname, the given names alike where both give one, and an outlet that
gives the surname alone naming no one else of it; and where the two sentences name no two days apart ("said on
Monday" in a speech, "said on Tuesday" in an interview: two remarks). An eighty-fourth reader found every other word
changed a spelling ("grey", "gray"), a transcription ("gonna", "going to"), a figure ("thirty", "30"), two
translations ("protect", "defend"), an editor's "(Hart)" or two remarks ("in court", "in the legislature"); and a
surname alone the wife's words given to the husband. A modal verb added or dropped, a negation, a changed first word
of a partial quotation are not read.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Mapping

from framediff.comparing.comparison import Comparison
from framediff.frame.findings import Disagreement, OutletFraming, Quote, disagreement
from framediff.reading.languages import is_english

AROUND = 2  # words alike on each side of the difference, at least
SHARED = 6  # words alike in all, at least
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|%")
_CONTRACTIONS = {"n't": " not", "'re": " are", "'m": " am", "'ll": " will", "'ve": " have", "'d": " would"}
_NUMBERS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
MODALS = frozenset("will would could can may might must should shall".split())
_TITLES = frozenset("mr mrs ms dr prof sen rep gov mayor governor president senator judge justice minister chief the".split())
_DAYS = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last night)\b", re.I)
_ELIDED = re.compile(r"\.\.\.|…|\[|\]|\*")  # an elision, an editor's brackets, a word starred out


def quoted_differently(comparison: Comparison, outlets: Mapping[str, OutletFraming]) -> list[Disagreement]:
    """For each claim two outlets or more carry, its English members that quote one speaker's remark with a modal verb
    changed (:func:`changed_words`): one record a claim, with each such outlet's verb and words."""
    al = comparison.alignment
    out = []
    for claim in comparison.shared_claims:
        members = [m.member for m in claim.members if m.member.article in outlets and not outlets[m.member.article].not_run
                   and is_english(al.article(m.member.article).sentence_language(m.member.sentence))]
        given: dict[str, tuple[tuple[str, str, str], ...]] = {}  # per outlet, its words where they differ (one record a claim)
        for k, one in enumerate(members):
            for other in members[k + 1 :]:
                if one.article == other.article or (one.article in given and other.article in given):
                    continue
                days = [{d.lower() for d in _DAYS.findall(al.sentence(m).text)} for m in (one, other)]
                if days[0] and days[1] and not days[0] & days[1]:
                    continue  # two remarks: "said on Monday", "said on Tuesday"
                for x in _quotes(outlets[one.article], one.sentence):
                    found = next((f for y in _quotes(outlets[other.article], other.sentence)
                                  if same_speaker(x.speaker or "", y.speaker or "", al.article(one.article).text,
                                                  al.article(other.article).text) and (f := changed_words(x.text, y.text))), None)
                    if found is not None:
                        (mine, my_words), (theirs, their_words) = found
                        given.setdefault(one.article, ((f"quoted:{mine}", my_words, al.sentence(one).text),))
                        given.setdefault(other.article, ((f"quoted:{theirs}", their_words, al.sentence(other).text),))
                        break
        if len({v for (v, _, _), in given.values()}) > 1:
            out.append(disagreement(claim.claim.id, "quoted words", given))
    return out


def same_speaker(one: str, other: str, one_text: str, other_text: str) -> bool:
    """Are two outlets' speakers one person by name: one surname (not a title), the given names alike where both give
    one, and the outlet that gives the surname alone naming no one else of it in its text (a reader's "Linda Dorsey"
    beside "Mark Dorsey")?"""
    a = [w for w in one.split() if w.lower().rstrip(".") not in _TITLES]
    b = [w for w in other.split() if w.lower().rstrip(".") not in _TITLES]
    if not a or not b or a[-1].lower() != b[-1].lower() or not a[-1][:1].isupper():
        return False
    if len(a) > 1 and len(b) > 1:
        return a[-2] == b[-2]
    given, text = (a, other_text) if len(a) > 1 else (b, one_text)
    if len(given) < 2:
        return False  # a surname alone on both sides: whose, the text does not tell
    named = {m.group(1) for m in re.finditer(rf"\b([A-Z][\w’'-]+) {re.escape(given[-1])}\b", text)}
    return not {n for n in named if n.lower().rstrip(".") not in _TITLES} - {given[-2]}


def _quotes(outlet: OutletFraming, sentence: int) -> list[Quote]:
    """An outlet's quotations of a named speaker that open in ``sentence``."""
    return [q for q in outlet.quotes if q.sentence == sentence and q.kind == "speech" and q.speaker]


def changed_words(one: str, other: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Where two quotations of one remark differ only by a modal verb (see the module), the verb in each and it with
    up to :data:`AROUND` words either side, as each writes them; else None."""
    a, b = _tokens(one), _tokens(other)
    matcher = SequenceMatcher(None, [w for w, _, _ in a], [w for w, _, _ in b], autojunk=False)
    if sum(block.size for block in matcher.get_matching_blocks()) < SHARED:
        return None
    ops = matcher.get_opcodes()
    inside = [k for k, op in enumerate(ops) if op[0] != "equal" and 0 < k < len(ops) - 1]
    if len(inside) != 1:
        return None  # one change, not a quotation translated or written up two ways (the seeds' Palti: "allow"/"enable", ...)
    k = inside[0]
    (tag, i1, i2, j1, j2), before, after = ops[k], ops[k - 1], ops[k + 1]
    runs = (before[2] - before[1], after[2] - after[1])
    if tag != "replace" or before[0] != "equal" or after[0] != "equal" or min(runs) < 1 or sum(runs) < 2 * AROUND:
        return None
    mine, theirs = [w for w, _, _ in a[i1:i2]], [w for w, _, _ in b[j1:j2]]
    if not (len(mine) == len(theirs) == 1 and {mine[0], theirs[0]} <= MODALS):
        return None  # only a modal verb for another: every other change an eighty-fourth reader found was no misquote
    left, right = min(runs[0], AROUND), min(runs[1], AROUND)
    span_a, span_b = one[a[i1 - left][1] : a[i2 + right - 1][2]], other[b[j1 - left][1] : b[j2 + right - 1][2]]
    if _ELIDED.search(span_a) or _ELIDED.search(span_b):
        return None  # an elision, an editor's word, a word starred out: the outlet marks what it changed
    return (one[a[i1][1] : a[i2 - 1][2]], span_a), (other[b[j1][1] : b[j2 - 1][2]], span_b)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of a quotation, lower case, each with where it stands: a contraction read as its two words ("won't" as
    "will not", both at the contraction), a number word as its figure, "per cent" and "%" alike."""
    out: list[tuple[str, int, int]] = []
    for m in _TOKEN.finditer(text):
        word = m.group().lower().replace("’", "'")
        word = {"won't": "will not", "can't": "can not", "cannot": "can not", "%": "percent"}.get(word, word)
        for ending, full in _CONTRACTIONS.items():
            if word.endswith(ending) and len(word) > len(ending):
                word = word[: -len(ending)] + full
                break
        for part in word.split():
            out.append((_NUMBERS.get(part, part), m.start(), m.end()))
    merged: list[tuple[str, int, int]] = []
    for word, start, end in out:
        if word == "cent" and merged and merged[-1][0] == "per":
            merged[-1] = ("percent", merged[-1][1], end)
        elif word in ("is", "has") and merged and merged[-1][0] in _ABRIDGED:
            merged.append(("'s", start, end))  # "he is", "he has" as "he's" writes them
        elif word.endswith("'s") and word[:-2] in _ABRIDGED:
            merged += [(word[:-2], start, end), ("'s", start, end)]
        else:
            merged.append((word, start, end))
    return merged


_ABRIDGED = frozenset("he she it that there what who here where how".split())  # "he's" may be "he is" or "he has"


__all__ = ["AROUND", "MODALS", "SHARED", "changed_words", "quoted_differently", "same_speaker"]

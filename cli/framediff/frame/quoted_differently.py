"""One remark quoted in other words: two outlets quote the same speaker in one claim, and a word of the quotation differs.

A fifty-first trial's wire quoted the dissent as "will invite a lawsuit", its website as "could invite a lawsuit"; a
fifty-fourth trial's wire gave a council member's "will allow us to keep the other four branches open", its tabloid
"could allow us to keep ...". The word diff showed it, and the reuse line called them "the same words". What a
fact-checker checks first is said here, as a fact that disagrees (kind ``quoted words``): each outlet's words, with the
words either side of them as each outlet writes them, and its sentence.

Said only where it is one remark and one word or two differ: both outlets name the speaker, as one person
(:func:`~framediff.frame.quoted_apart.one_person`); the two quotations share a word or more word for word on each side
of the difference, :data:`AROUND` times two on both sides together, and :data:`SHARED` in all; the words that differ are
one or two on each side, not a spelling ("organise", "organize"), a contraction ("won't", "will not"; "he's", "he is"),
a figure written two ways ("five", "5"; "per cent", "%"), an article ("a", "the"), nor next to an elision, an editor's
brackets or a word starred out ("…", "[the mayor]", "f***ing"); and it is the one change between the two (a quotation
translated twice, as the seeds' Palti, differs throughout). A quotation one outlet cuts shorter, or runs on longer,
differs in no word.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Mapping

from framediff.comparing.comparison import Comparison
from framediff.frame.findings import Disagreement, OutletFraming, Quote, disagreement
from framediff.frame.quoted_apart import one_person
from framediff.reading.languages import is_english

AROUND = 2  # words alike on each side of the difference, at least
SHARED = 6  # words alike in all, at least
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|%")
_CONTRACTIONS = {"n't": " not", "'re": " are", "'m": " am", "'ll": " will", "'ve": " have", "'d": " would"}
_NUMBERS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_ARTICLES = frozenset(("a", "an", "the", "this", "that"))
_PIECES = frozenset("m s t re ll ve d".split())  # a contraction a text spaces apart ("I ’ m not positive", ECB+'s)
_ELIDED = re.compile(r"\.\.\.|…|\[|\]|\*")  # an elision, an editor's brackets, a word starred out


def quoted_differently(comparison: Comparison, outlets: Mapping[str, OutletFraming]) -> list[Disagreement]:
    """For each claim two outlets or more carry, each pair of its English members that quote one speaker's remark with a
    word changed: one record per pair of outlets and claim."""
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
                for x in _quotes(outlets[one.article], one.sentence):
                    found = next((f for y in _quotes(outlets[other.article], other.sentence)
                                  if one_person(x.speaker or "", y.speaker or "") and (f := changed_words(x.text, y.text))), None)
                    if found is not None:
                        (mine, my_words), (theirs, their_words) = found
                        given.setdefault(one.article, ((f"quoted:{mine}", my_words, al.sentence(one).text),))
                        given.setdefault(other.article, ((f"quoted:{theirs}", their_words, al.sentence(other).text),))
                        break
        if len({v for (v, _, _), in given.values()}) > 1:
            out.append(disagreement(claim.claim.id, "quoted words", given))
    return out


def _quotes(outlet: OutletFraming, sentence: int) -> list[Quote]:
    """An outlet's quotations of a named speaker that open in ``sentence``."""
    return [q for q in outlet.quotes if q.sentence == sentence and q.kind == "speech" and q.speaker]


def changed_words(one: str, other: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Where two quotations of one remark differ by a word or two (see the module), the words that differ in each and
    those words with :data:`AROUND` words either side, as each writes them; else None."""
    a, b = _tokens(one), _tokens(other)
    matcher = SequenceMatcher(None, [w for w, _, _ in a], [w for w, _, _ in b], autojunk=False)
    if sum(block.size for block in matcher.get_matching_blocks()) < SHARED:
        return None
    ops = matcher.get_opcodes()
    inside = [k for k, op in enumerate(ops) if op[0] != "equal" and 0 < k < len(ops) - 1]
    if len(inside) != 1:
        return None  # one change, not a quotation translated or written up two ways (the seeds' Palti: "allow"/"enable", ...)
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace" or not 0 < k < len(ops) - 1 or i2 - i1 > 2 or j2 - j1 > 2:
            continue
        before, after = ops[k - 1], ops[k + 1]
        runs = (before[2] - before[1], after[2] - after[1])
        if before[0] != "equal" or after[0] != "equal" or min(runs) < 1 or sum(runs) < 2 * AROUND:
            continue
        mine, theirs = [w for w, _, _ in a[i1:i2]], [w for w, _, _ in b[j1:j2]]
        if ((set(mine) | set(theirs)) <= _ARTICLES or SequenceMatcher(None, "".join(mine), "".join(theirs)).ratio() >= 0.8
                or (set(mine) | set(theirs)) & _PIECES):
            continue  # an article, a spelling ("organise", "organize"; "worldview", "world view"), a contraction spaced apart
        left, right = min(runs[0], AROUND), min(runs[1], AROUND)
        span_a, span_b = one[a[i1 - left][1] : a[i2 + right - 1][2]], other[b[j1 - left][1] : b[j2 + right - 1][2]]
        if _ELIDED.search(span_a) or _ELIDED.search(span_b):
            continue  # an elision, an editor's word, a word starred out: the outlet marks what it changed
        return (one[a[i1][1] : a[i2 - 1][2]], span_a), (other[b[j1][1] : b[j2 - 1][2]], span_b)
    return None


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


__all__ = ["AROUND", "SHARED", "changed_words", "quoted_differently"]

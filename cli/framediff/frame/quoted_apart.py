"""The same words quoted as two people's: a quotation two outlets give, each to another speaker.

Who said it is a claim about a newsroom a fact-checker checks first. A thirty-sixth trial's tabloid gave the mayor's "We
cannot keep patching a system built for 1975" to a councilmember, and a chief executive's "Copperleaf's recipes and people
are staying exactly where they are" to the other company's; the report said only "2 shared quotations; not copying".

Read from each English outlet's quotes and their speakers (:mod:`framediff.frame.quotes`): a quote of one outlet and a
quote of another that share a run of :data:`SHARED` words or more, word for word, and most of the shorter (:data:`MOST`),
each attributed in its own paragraph, given to two speakers named as people are (capitalised words, not "Harry Reid's
office") whose names have no word alike, nor one spelt nearly alike ("Gadhafi", "Qaddafi"; "Ortiz" is "Linda Ortiz"). A
quote nobody is said to say, a scare quote or a title is no one's. What is stated is what the two outlets print, with the
words and each outlet's sentence as evidence; which of them is right, the text does not tell.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import combinations
from typing import Iterator, Mapping, Sequence

from framediff.article import Article
from framediff.frame.findings import OutletFraming, Quote, QuotedApart
from framediff.frame.speech_words import HUMAN_ROLES, TITLE

SHARED = 6  # words in a row, word for word: under it, a stock phrase two speakers may both use ("at the end of the day")
# and of the shorter quote, this share or more: a city attorney's "We will take this to the Supreme Court, and we expect to
# prevail there" and a mayor's "We will go to the Supreme Court and we will win" share six words and are two quotations
MOST = 0.6
_WORD = re.compile(r"[\w’']+")
_NEARLY = 0.75  # two words of two names spelt this alike (difflib's ratio) are one name spelt two ways
_PARTICLES = frozenset("de da del der den di dos du van von bin ibn al el la le y".split())
_TITLES = frozenset("mr mrs ms dr sen rep gov mayor president senator governor judge justice minister chief the".split())


def quoted_apart(outlets: Mapping[str, OutletFraming], articles: Sequence[Article]) -> list[QuotedApart]:
    """Each quotation two outlets share and give to two speakers, one record per pair of quotes, in article order."""
    said = {a.id: [q for q in outlets[a.id].quotes if q.kind == "speech" and _person(q.speaker) and _said_there(a, q)]
            for a in articles if a.id in outlets and not outlets[a.id].not_run}
    by_id = {a.id: a for a in articles}
    out = []
    for one, other in combinations(list(said), 2):
        for x in said[one]:
            for y in said[other]:
                if _one_person(x.speaker or "", y.speaker or ""):
                    continue
                shared = _shared(x.text, y.text)
                if shared is not None:
                    (words, at), (other_words, other_at) = shared
                    out.append(QuotedApart((words, other_words), {one: (x.speaker or "", _sentence(by_id[one], x, at)),
                                                                  other: (y.speaker or "", _sentence(by_id[other], y, other_at))}))
    return out


def _sentence(article: Article, quote: Quote, at: int) -> int:
    """The sentence the shared words start in, ``at`` characters into the quote (its opening sentence if the quote's
    offsets do not hold its text): a quotation of several sentences opens before the words two outlets share."""
    if quote.start is None or article.text[quote.start : quote.end] != quote.text:
        return quote.sentence
    return next((s.index for s in article.sentences if s.start <= quote.start + at < s.end), quote.sentence)


def _person(name: str | None) -> bool:
    """Is a speaker named as a person is, in full: two capitalised words or more besides any title or role ("Jim Manley",
    "Rachel Kim"), not a body ("Harry Reid's office", whose spokesman a BASIL dev event's other outlets quote), a role
    ("German Chancellor") or one word (an ECB+ topic's "she released a jokey response" was read as "Ted"'s)?"""
    words = (name or "").split()
    given = [w for w in words if not TITLE.match(w + " x") and w.lower() not in HUMAN_ROLES]
    return (len(given) >= 2 and all(w[:1].isalpha() and (w[:1].isupper() or w in _PARTICLES) for w in words)
            and not any(w.endswith(("'s", "’s")) for w in words))


def _said_there(article: Article, quote: Quote) -> bool:
    """Is the quote attributed in its own paragraph (its verb stands there)? A paragraph of quotation with no verb takes its
    speaker from the paragraphs before, and a BASIL dev event's Fox News gave a Republican spokesman's "His conduct is
    unbecoming of a member of Congress" to the congressman quoted above it."""
    paragraph = article.sentences[quote.sentence].paragraph
    text = " ".join(s.text for s in article.sentences if s.paragraph == paragraph)
    return quote.verb is not None and re.search(rf"\b{re.escape(quote.verb)}\b", text) is not None


def _shared(one: str, other: str) -> tuple[tuple[str, int], tuple[str, int]] | None:
    """The longest run of words two quotes share, as each writes it and where it starts in each, if it is :data:`SHARED`
    words or more and most of the shorter quote."""
    a, b = list(_words(one)), list(_words(other))
    match = SequenceMatcher(None, [w for w, _, _ in a], [w for w, _, _ in b], autojunk=False).find_longest_match(0, len(a), 0, len(b))
    if match.size < max(SHARED, MOST * min(len(a), len(b))):
        return None
    first, last = a[match.a], a[match.a + match.size - 1]
    start, end = b[match.b], b[match.b + match.size - 1]
    return (one[first[1] : last[2]], first[1]), (other[start[1] : end[2]], start[1])


def _words(text: str) -> Iterator[tuple[str, int, int]]:
    for m in _WORD.finditer(text):
        yield m.group().lower().replace("’", "'"), m.start(), m.end()


def _one_person(one: str, other: str) -> bool:
    """Could two speakers' names be one person's: a word alike, or spelt nearly alike, titles apart."""
    names = [[w for w, _, _ in _words(name) if w.rstrip(".") not in _TITLES] for name in (one, other)]
    if not names[0] or not names[1]:
        return True  # a title alone ("the Mayor") is nobody this can tell apart
    return any(x == y or (min(len(x), len(y)) > 3 and SequenceMatcher(None, x, y).ratio() >= _NEARLY)
               for x in names[0] for y in names[1])


__all__ = ["MOST", "SHARED", "quoted_apart"]

"""Sentences that are no claim of their own: a lone quote mark, a bare attribution, a continuation; and whole
sentences that go on from the one before them (:func:`leaning_opener`).

The sentence splitter cuts where the text has a full stop, and news text has
full stops inside one statement: ``“We will not stop,” he said. “Never.”``
leaves "Never." and a closing mark; ``"Why?" Scalia asked.`` leaves
"Scalia asked." Standing alone, such a piece is an outlet's exclusive claim
("only here": a lone ”) or joins another outlet's attribution ("Scalia asked."
with "That did not satisfy Justice Scalia."). :func:`fragment_hosts` finds them and
the neighbour each belongs to; :mod:`framediff.aligning.claims` keeps them out of
matching and puts each in its neighbour's claim.
"""

from __future__ import annotations

import re
from typing import Sequence

from framediff.article import Article
from framediff.reading.languages import is_english

# Verbs that attribute speech (the attribution stage, framediff.frame.quotes, has a longer list; aligning comes first)
REPORTING_VERBS = (
    "said|says|told|tells|added|adds|asked|asks|replied|responded|answered|wrote|writes|tweeted|posted|noted|explained|"
    "continued|concluded|insisted|argued|warned|recalled|declared|stated|claimed|acknowledged|admitted|quipped|joked|wondered|"
    "countered|conceded|shouted|cautioned|confirmed|mused|scoffed"
)

# Where and when an attribution was made, after its verb: "in a letter delivered Tuesday", "on Twitter", "to reporters",
# "at a news conference", "early Tuesday", "on Friday afternoon", "quickly"
_MEDIUM = (
    r"(?:in\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?(?:letter|statement|tweet|interview|post|email|e-mail|memo|message|"
    r"speech|op-ed|video|note|release|radio\s+address)(?:\s+(?:delivered|released|sent|posted|published|issued))?"
    r"|on\s+(?:Twitter|Facebook|Instagram|television|TV)|to\s+reporters|in\s+response"
    r"|at\s+(?:a|an|the)\s+(?:\w+\s+)?(?:news\s+conference|press\s+conference|briefing|rally|hearing|event))"
)
_WHEN = (
    r"(?:(?:on|last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:on|last|this|late|early)\s+\w+|today|yesterday|tonight|quickly|later"
)
# "Scalia asked.", "he said.", "Justice Ruth Bader Ginsburg wrote on Tuesday.", "said Mr. Smith.", "according to the police.",
# "Obama wrote in a letter delivered Tuesday."
_ATTRIBUTION = re.compile(
    rf"^\W*(?:(?:[A-Z][\w’'.-]*|he|she|they|it|we|I|the\s+\w+)(?:\s+[A-Z][\w’'.-]*){{0,4}}\s+"
    rf"(?:also\s+|later\s+|then\s+)?(?:{REPORTING_VERBS})"
    rf"|(?:{REPORTING_VERBS})\s+(?:[A-Z][\w’'.-]*|the\s+\w+)(?:\s+[A-Z][\w’'.-]*){{0,4}}"
    rf"|according\s+to\s+(?:[A-Z][\w’'.-]*|the\s+\w+)(?:\s+[A-Z][\w’'.-]*){{0,4}})"
    rf"(?:\s+{_MEDIUM})?(?:\s+(?:{_WHEN}))?\W*$"
)
# the last words of a quote opened in an earlier sentence, and who said them: "Now,” Schumer tweeted Friday."
# "Absolutely not,” Fox said." (at most two words: "She was unconscious," Rambrich said." states a fact)
_QUOTE_END = re.compile(r"^[^\w“«\"]*(?:[\w’'-]+[\s,.!?]*){1,2}[”\"’]\s*(?=\S)")
# a sentence of one word, or of two that ask, close a quote or open what follows: "Again.", "Why?", "Right?!”", "UPDATE:"
_WORDS = re.compile(r"[\w’'#-]+")
# A question of at most this many words in the outlet's own voice states no fact: it is a piece of its neighbour. On the
# BASIL dev events judged blind (bench/coverage_statements.py --offset 1) it takes "A double dip recession?" out of
# Summers's warning (a claim judged partly right for it alone) and three of NYT's "And Mr. Gingrich?" out of "only here".
SHORT_QUESTION = 5
_WORD = re.compile(r"[^\W\d_]")


def is_fragment(text: str, previous: str | None = None, first: bool = False) -> bool:
    """Is ``text`` a piece of a statement rather than one: no letter at all, a bare attribution, or a continuation?

    A bare attribution may say where and when ("Obama wrote in a letter delivered Tuesday."), and may follow the
    last word or two of a quote opened before it ("Now,” Schumer tweeted Friday."). After the body's first
    sentence, one word ("Again.", "Why?") is a piece, and so are two that ask ("Guess what?"), close a quote
    opened before ("Right?!”") or open what follows ("Politico reports:").

    A continuation starts with a small letter after a sentence that did not end a statement (no full stop,
    question or exclamation mark at its end, quotes and brackets aside): "… said the measure was,
    " / "in the end, a compromise." Sentences starting with a brand written small ("iPhone sales…") follow
    a finished sentence and are not taken.
    """
    stripped = text.strip()
    if not _WORD.search(stripped):
        return True  # "”", "—", "(1/2)"
    if _ATTRIBUTION.match(stripped):
        return True
    piece = _QUOTE_END.match(stripped)
    if piece and _ATTRIBUTION.match(stripped[piece.end():]):
        return True
    if not first:
        words = _WORDS.findall(stripped)
        closes = stripped.endswith(("”", '"')) and not any(mark in stripped[:-1] for mark in '“«"')  # opened before
        if len(words) == 1 or (len(words) == 2 and (closes or stripped.endswith(("?", ":", "?!")))):
            return True
        if len(words) <= SHORT_QUESTION and stripped.endswith(("?", "?!")) and not any(mark in stripped for mark in '“”"«»'):
            return True  # the outlet asks, in its own voice, and states nothing: "A double dip recession?", "And Mr. Gingrich?"
    if previous is not None and stripped[:1].islower():
        end = previous.rstrip().rstrip("”’\"')]»")
        return not end.endswith((".", "?", "!", "…"))
    return False


# Words a sentence opens on when it goes on from the sentence before it: "But House Democrats are not listening.",
# "And not on a trivial matter.", "However, he made clear that party unity was on his mind." Such a sentence is a
# whole statement (it is no fragment: it keeps its own claim), but it states its fact only with its neighbour.
LEANING_OPENERS = frozenset({"But", "And", "Yet", "Still", "Nor", "Or", "Then", "Instead", "Meanwhile", "However", "Also",
                             "Likewise", "Moreover", "Besides", "Thus", "Hence"})
LEANING_WITH_COMMA = frozenset({"So"})  # "So, the government relies ..." goes on from before; "So far, ..." and "So many" need not


def leaning_opener(text: str) -> str | None:
    """The word an English sentence opens on when it goes on from the sentence before it ("But", "And", "So,"), else None.

    An opening quotation mark is passed over: a quotation may go on from the one before it as well ("“And you can’t fix crazy.”").
    """
    words = text.lstrip(" \t\n“”\"‘’'«»").split(None, 1)
    if not words:
        return None
    first = words[0]
    if first.rstrip(",") in LEANING_OPENERS:
        return first.rstrip(",")
    if first.endswith(",") and first[:-1] in LEANING_WITH_COMMA:
        return first[:-1]
    return None


_QUOTED = re.compile(r"[“\"«]([^”\"»“«]*)[”\"»]")


def quotes_speech(text: str) -> bool:
    """Does a sentence give someone's words: a quotation of three words or more, or a mark that opens or closes one
    beyond the sentence ('And I didn’t come here to do politics.”')? A word or two in marks ("these “students.”",
    Obama was not "backing off") is a name for a thing, not a quotation."""
    straight = text.count('"')
    if straight % 2 or text.count("“") != text.count("”") or text.count("«") != text.count("»"):
        return True
    return any(len(_WORDS.findall(span)) >= 3 for span in _QUOTED.findall(text))


def fragment_hosts(articles: Sequence[Article]) -> dict[tuple[int, int], int]:
    """For each fragment, (article position, sentence index) -> the index of the sentence of the same article it belongs to.

    A fragment belongs to the nearest whole sentence before it, or, when the body opens with it, after it (a
    page often sets "Scalia asked." or a closing quote mark as a paragraph of its own); one that ends in a colon
    ("Politico reports:") or asks ("Why?") opens what follows, and belongs to the next. A headline is never a host nor a fragment,
    and a body of fragments only has none.
    """
    hosts: dict[tuple[int, int], int] = {}
    for a, article in enumerate(articles):
        body = [s for s in article.sentences if s.kind == "body"]
        flags = [is_fragment(s.text, body[k - 1].text if k and body[k - 1].paragraph == s.paragraph else None, k == 0)
                 for k, s in enumerate(body)]
        whole = [k for k, flag in enumerate(flags) if not flag]
        if not whole:
            continue
        for k, s in enumerate(body):
            if flags[k]:
                before, after = [n for n in whole if n < k], [n for n in whole if n > k]
                # one that asks ("Honestly?", "The catch?", "Why?") asks what the next sentence answers: "Honestly? Those
                # are decent numbers." (a fifty-sixth trial's blog's had been given to the revenue sentence before it)
                opens = s.text.rstrip().rstrip("”\"’'").endswith((":", "?")) and after
                host = body[after[0] if opens else before[-1] if before else whole[0]].index
                if _one_language(article.sentence_language(s.index), article.sentence_language(host)):
                    hosts[(a, s.index)] = host
    return hosts


def _one_language(a: str, b: str) -> bool:
    """Are two sentences' languages one (undetermined reads as English)? A piece in another language than its neighbour
    ("jeu0" under an English sentence) is no piece of it: its claim could not be word-diffed against the neighbour's."""
    return a == b or (is_english(a) and is_english(b))

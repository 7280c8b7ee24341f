"""Sentences that are no claim of their own: a lone quote mark, a bare attribution, a continuation.

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

# Verbs that attribute speech (the attribution stage, framediff.frame.quotes, has a longer list; aligning comes first)
REPORTING_VERBS = (
    "said|says|told|tells|added|adds|asked|asks|replied|responded|answered|wrote|writes|tweeted|posted|noted|explained|"
    "continued|concluded|insisted|argued|warned|recalled|declared|stated|claimed|acknowledged|admitted|quipped|joked|wondered|"
    "countered|conceded|shouted|cautioned|confirmed|mused|scoffed"
)

# "Scalia asked.", "he said.", "Justice Ruth Bader Ginsburg wrote on Tuesday.", "said Mr. Smith.", "according to the police."
_ATTRIBUTION = re.compile(
    rf"^\W*(?:(?:[A-Z][\w’'.-]*|he|she|they|it|we|I|the\s+\w+)(?:\s+[A-Z][\w’'.-]*){{0,4}}\s+"
    rf"(?:also\s+|later\s+|then\s+)?(?:{REPORTING_VERBS})"
    rf"|(?:{REPORTING_VERBS})\s+(?:[A-Z][\w’'.-]*|the\s+\w+)(?:\s+[A-Z][\w’'.-]*){{0,4}}"
    rf"|according\s+to\s+(?:[A-Z][\w’'.-]*|the\s+\w+)(?:\s+[A-Z][\w’'.-]*){{0,4}})"
    rf"(?:\s+(?:on|last|this|late|early)\s+\w+|\s+(?:today|yesterday|tonight))?\W*$"
)
_WORD = re.compile(r"[^\W\d_]")


def is_fragment(text: str, previous: str | None = None) -> bool:
    """Is ``text`` a piece of a statement rather than one: no letter at all, a bare attribution, or a continuation?

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
    if previous is not None and stripped[:1].islower():
        end = previous.rstrip().rstrip("”’\"')]»")
        return not end.endswith((".", "?", "!", "…"))
    return False


def fragment_hosts(articles: Sequence[Article]) -> dict[tuple[int, int], int]:
    """For each fragment, (article position, sentence index) -> the index of the sentence of the same article it belongs to.

    A fragment belongs to the nearest whole sentence before it, or, when the body opens with it, after it (a
    page often sets "Scalia asked." or a closing quote mark as a paragraph of its own). A headline is never a
    host nor a fragment, and a body of fragments only has none.
    """
    hosts: dict[tuple[int, int], int] = {}
    for a, article in enumerate(articles):
        body = [s for s in article.sentences if s.kind == "body"]
        flags = [is_fragment(s.text, body[k - 1].text if k and body[k - 1].paragraph == s.paragraph else None) for k, s in enumerate(body)]
        whole = [k for k, flag in enumerate(flags) if not flag]
        if not whole:
            continue
        for k, s in enumerate(body):
            if flags[k]:
                before = [n for n in whole if n < k]
                hosts[(a, s.index)] = body[before[-1] if before else whole[0]].index
    return hosts

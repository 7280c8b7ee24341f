"""An outlet that lacks a quotation, read by what its text shows: framediff finds none of the quoted words in it, or it
carries the rest of a quotation this sentence is part of."""

from __future__ import annotations

from dataclasses import replace

from framediff.aligning.claims import Alignment, Claim
from framediff.comparing.coverage import LEAVES_OUT, SHARES_NONE, SHOWS_NEAR, UNCLEAR, LeftOut
from framediff.comparing.quoted_words import all_quoted, quotation


def quoted(alignment: Alignment, claim: Claim, known: dict[str, bool]) -> bool:
    """:func:`~framediff.comparing.quoted_words.quotation`, read once per claim in a comparison (``known``: by claim id)."""
    if claim.id not in known:
        known[claim.id] = quotation(alignment, claim)
    return known[claim.id]


def unquoted(alignment: Alignment, claim: Claim, record: LeftOut, known: dict[str, bool]) -> LeftOut:
    """``record`` of an outlet that lacks a quotation (:func:`~framediff.comparing.quoted_words.quotation`) read as what
    its text shows: framediff finds no part of the quoted words in it (:func:`~framediff.comparing.quoted_words.quotes_some`:
    trimmed, split, with a word changed or a contraction, in any quotation marks), so it does not quote them (LEAVES_OUT,
    which the report words "does not quote it"), where only a score under SHOWS_NEAR had said it "comes near" or that
    framediff cannot tell. A fifty-fourth trial's local outlet was said to come near "This is a decision that will hurt the
    children of Eastside for a generation," through "The pool, known to generations of Eastside children as “the Big
    Blue”, opened in 1962." (0.14, its words Eastside, children, generation), and framediff could not tell of "We are
    closing doors that will never reopen," (0.11), which it never quotes. A denial, other figures or another speaker keep
    their reason."""
    near = record.closest
    found = next((n for n in claim.nearest if n.article == record.article), None)
    if (record.state == LEAVES_OUT or near is None or near.score >= SHOWS_NEAR or record.reason == SHARES_NONE
            or (found is not None and (found.denies or found.other_figures or found.other_speaker))
            or not quoted(alignment, claim, known)):
        return record
    return replace(record, state=LEAVES_OUT, reason="framediff finds no part of the quotation in it")


def quotations_read(alignment: Alignment, records: list[LeftOut], known: dict[str, bool]) -> list[LeftOut]:
    """Every outlet's record of a claim it lacks (:func:`~framediff.comparing.coverage.absences`) with what its text shows
    of a quotation: :func:`unquoted`, then :func:`rest_quoted`. ``known``: each claim's :func:`quoted`, filled as read."""
    by_id = {c.id: c for c in alignment.claims}
    carried: dict[tuple[str, int], set[str]] = {}  # a sentence -> the articles that carry a claim it is in
    for c in alignment.claims:
        for m in c.members:
            carried.setdefault((m.article, m.sentence), set()).update(c.articles)
    quoted: dict[str, list[tuple[int, int]]] = {}  # an article's quoted ranges, read once
    return [rest_quoted(alignment, by_id[x.claim], unquoted(alignment, by_id[x.claim], x, known), carried, quoted) for x in records]


def rest_quoted(alignment: Alignment, claim: Claim, record: LeftOut, carried: dict[tuple[str, int], set[str]],
                quoted: dict[str, list[tuple[int, int]]]) -> LeftOut:
    """A record that says an outlet in another language leaves out a sentence of a quotation that runs on into the next
    (or goes on from the one before), where that outlet carries the sentence beside it: "cannot tell", with that
    sentence named. One outlet may give in one sentence a quotation another splits in two, and across languages a score
    against half of it shows little (a fifty-seventh trial's French daily's « Nous n'avons pas pris cette décision de
    gaieté de cœur. » was "only here", 0.06 against the English wire's "We did not take this decision lightly, but …",
    which had joined the French quotation's second sentence). ``quoted``: each article's quoted ranges, filled as read."""
    if record.state != LEAVES_OUT or len(claim.articles) != 1:
        return record
    lacking = alignment.article(record.article)
    for m in claim.members:
        article = alignment.article(m.article)
        if article.sentence_language(m.sentence) == lacking.language:
            continue
        sentence = article.sentences[m.sentence]
        beside = [s for s in article.sentences[max(0, m.sentence - 1) : m.sentence + 2]
                  if abs(s.index - m.sentence) == 1 and s.paragraph == sentence.paragraph]
        if m.article not in quoted:
            quoted[m.article] = all_quoted(article.text)
        for a, b in quoted[m.article]:
            if not (a < sentence.end and b > sentence.start):
                continue
            for other in beside:
                if a < other.end and b > other.start and record.article in carried.get((m.article, other.index), set()):
                    return replace(record, state=UNCLEAR, reason=f"it carries {article.label}'s sentence #{other.index}, where the same "
                                   "quotation goes on: across languages a score against part of a sentence shows little")
    return record

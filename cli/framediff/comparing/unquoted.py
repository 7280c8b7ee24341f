"""An outlet that lacks a quotation, read by what its text shows: framediff finds none of the quoted words in it."""

from __future__ import annotations

from dataclasses import replace

from framediff.aligning.claims import Alignment, Claim
from framediff.comparing.coverage import LEAVES_OUT, SHARES_NONE, SHOWS_NEAR, LeftOut
from framediff.comparing.quoted_words import quotation


def unquoted(alignment: Alignment, claim: Claim, record: LeftOut) -> LeftOut:
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
            or (found is not None and (found.denies or found.other_figures or found.other_speaker)) or not quotation(alignment, claim)):
        return record
    return replace(record, state=LEAVES_OUT, reason="framediff finds no part of the quotation in it")

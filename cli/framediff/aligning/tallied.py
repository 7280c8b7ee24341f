"""Sentences that give one vote's tally state one claim: "The vote was 52 to 47." beside "The Senate passed a sweeping tax
package early Tuesday, voting 52-47 after 15 hours of debate".

A tally (:func:`framediff.frame.tallies.tallies`: two counts of a vote, winner first, outside quotation marks) names its
vote as few words can, but the scorer reads a short sentence that gives it ("The vote was 6 to 3.") as little like the
long lead that gives it among much else ("ruling 6-3 that states may not ..."). A twenty-second trial's broadsheet was
twice called the only outlet to give a vote the wire's lead gave (the issue's own BASIL example, "This followed a 97-1
vote hours earlier in the Senate" against "The final tally was 97-1", stays apart: "earlier" may tell of another vote).
Here a sentence the clustering left alone joins the claim of the sentences of other articles that give its tally, or,
where they are alone too, makes a claim with them.

Silence where the vote could be another: a sentence that names a year, a month or another time (a precedent's "5-4
decision in 2012", "last year", "a day earlier"), a procedural vote ("a motion to proceed"), a chamber's seats ("control
the chamber by a 53-47 margin"), or gives two tallies, joins nothing; nor one that names a person, a place or a day the
sentences it would join do not (two confirmations of one tally, a second reader's), nor one whose tally stands in two
claims, or twice in one article and in no claim.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import numpy as np

_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# another time than the vote's ("last year", "in November", "a day earlier"), or another vote than the final one ("a motion
# to proceed had squeaked through by a 51-50 margin", "a procedural vote": a second reader's)
_ANOTHER_TIME = re.compile(r"\b(?:last|previous|prior|earlier|later|ago|before|January|February|March|April|May|June|July|"
                           r"August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|motion|procedural|"
                           r"cloture|amendment|test vote|same)\b")
# a chamber's seats, not a vote: "Republicans control the chamber by a 53-47 margin", "a 53-47 majority"
_SEATS = re.compile(r"\b(?:control|controls|controlled|majority|majorities|seats|split|edge|advantage)\b", re.I)
# the words that tell one vote from another: names and days; not the bodies that vote, which a tally's sentences name
# alike, titles or a sentence's opening function words (_TELLS_NOTHING)
_CAPITALISED = re.compile(r"(?:(?<=[\s(“\"‘'])|^)[A-Z][\w’'-]+")  # the first word too: "Gabbard won by a 52-48 tally."
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b", re.I)
_TELLS_NOTHING = frozenset("""senate house congress court supreme circuit appeals assembly parliament council committee panel board
chamber legislature jury justices senators lawmakers republicans democrats republican democratic gop the a it this that in
on by with and but after mr mrs ms dr sen rep gov speaker president justice judge final vote tally his her its their
then when as""".split())


def told_tallies(texts: Sequence[str], fragments: np.ndarray | None = None) -> dict[int, str]:
    """Per sentence (by index) the one tally it gives, for those that give exactly one and name no year."""
    from framediff.frame.tallies import tallies

    out = {}
    for x, text in enumerate(texts):
        if (fragments is not None and fragments[x]) or _YEAR.search(text) or _ANOTHER_TIME.search(text) or _SEATS.search(text):
            continue
        found = {tally for tally, _ in tallies(text)}
        if len(found) == 1:
            out[x] = found.pop()
    return out


def add_tallied(clusters: list[list[int]], owner: np.ndarray, texts: Sequence[str], fragments: np.ndarray | None = None) -> None:
    """Join each sentence left alone to the sentences of other articles that give its tally (:func:`told_tallies`): into
    the one claim they stand in (a second sentence of its article there, as "The vote was 6 to 3." beside the ledger's
    lead), else, where they are all alone and one per article, as a new claim. In place."""
    told = told_tallies(texts, fragments)
    by_tally: dict[str, list[int]] = defaultdict(list)
    for x, tally in sorted(told.items()):
        by_tally[tally].append(x)
    for sentences in by_tally.values():
        if len({int(owner[x]) for x in sentences}) < 2:
            continue
        homes = {k for k, members in enumerate(clusters) for x in sentences if x in members}
        alone = [x for x in sentences if not any(x in members for members in clusters)]
        if len(homes) == 1:
            k = homes.pop()
            named = " ".join(texts[y] for y in clusters[k])
            clusters[k] = sorted(clusters[k] + [x for x in alone if not _tells_apart(texts[x], named)])
        elif not homes and len(alone) == len({int(owner[x]) for x in alone}):
            # each pair: one of the two names nothing the other does not ("The final tally was 97-1." beside "This
            # followed a 97-1 vote in the Senate."); Gabbard's Wednesday and Kennedy's Thursday never
            if all(not _tells_apart(texts[x], texts[y]) or not _tells_apart(texts[y], texts[x]) for x in alone for y in alone if x < y):
                clusters.append(sorted(alone))


def _tells_apart(text: str, others: str) -> bool:
    """Does ``text`` name a person, a place or a day that ``others`` (the sentences it would join) do not: another vote of
    one tally ("On Wednesday, the Senate confirmed Tulsi Gabbard ... by a 52-48 vote" beside Kennedy's 52-48 confirmation,
    a second reader's)? The bodies that vote, titles and function words are no such name."""
    known = {w.lower().strip("’'") for w in re.findall(r"[\w’'-]+", others)}
    named = {w.lower().strip("’'").removesuffix("’s").removesuffix("'s") for w in _CAPITALISED.findall(text)}
    days = {d.lower() for d in _WEEKDAY.findall(text)}
    return bool((named - _TELLS_NOTHING - known) | (days - known))

"""Sentences that give one vote's tally state one claim (aligning.tallied): each row is a story's sentences, the article
each is from, the claims the clustering made, and the claims after the sentences left alone join by their tally."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from framediff.aligning.tallied import add_tallied

# BASIL dev, the veto override of the 9/11 bill (HuffPost, Fox): the Senate's vote, told twice, scored as unlike
FINAL_TALLY = "The final tally was 97-1."
FOLLOWED = "This followed a 97-1 vote hours earlier in the Senate."
HOUSE = "Marking a significant defeat for the White House, the House ensured the bill will become law after voting 348-77 to override Wednesday afternoon."
# a twenty-second trial's court story: the ledger's second sentence, and the wire's and the site's leads
VOTE_WAS = "The vote was 6 to 3."
WIRE_LEAD = ("The Supreme Court on Thursday struck down an Oklahoma law that made it a state crime for immigrants to enter the "
             "state without legal permission, ruling 6-3 that immigration enforcement is the job of the federal government.")
SITE_LEAD = ("The Supreme Court on Thursday struck down Oklahoma's tough law cracking down on illegal aliens, ruling 6-3 that "
             "states have no power to arrest and punish illegals who sneak into their territory.")
SITE_HEADLINE = "Supreme Court Sides With Illegal Aliens, Guts Oklahoma Border Law in 6-3 Ruling"
PRECEDENT = "In a 6-3 ruling in 2012, the court upheld most of the law."
QUOTED = '"It was 6 to 3, and the vote was not close," he said.'
# a second reader's: two confirmations of one tally, a day apart; a chamber's seats; a vote of another time
KENNEDY = ("The Senate on Thursday confirmed Robert F. Kennedy Jr. as secretary of health and human services, voting 52-48 to put "
           "the vaccine skeptic in charge of the nation's health agencies.")
KENNEDY_TOO = ("The Senate confirmed Robert F. Kennedy Jr. to lead the Department of Health and Human Services, handing the vaccine "
               "skeptic control of the nation's health agencies.")
GABBARD = "On Wednesday, the Senate confirmed Tulsi Gabbard as director of national intelligence by a 52-48 vote."
VOUGHT = ("The Senate on Thursday confirmed Russell Vought to lead the Office of Management and Budget on a 53-47 party-line vote, "
          "after Democrats spoke through the night against him.")
SEATS = "Republicans control the chamber by a 53-47 margin."
LAST_YEAR = "The same 6-3 majority struck down a similar Texas law last year."


@pytest.mark.parametrize(
    ("texts", "owner", "before", "after"),
    [
        # two sentences alone that give one tally make a claim; the House's other tally stays alone
        ([FINAL_TALLY, HOUSE, FOLLOWED.replace(" hours earlier", "")], [0, 1, 1], [], [[0, 2]]),
        # a vote "hours earlier" may be another one of the same tally: left alone (BASIL's own pair; silence over a guess)
        ([FINAL_TALLY, HOUSE, FOLLOWED], [0, 1, 1], [], []),
        # a sentence alone joins the one claim its tally stands in, even beside its own article's lead
        ([WIRE_LEAD, VOTE_WAS, SITE_HEADLINE, SITE_LEAD], [0, 1, 2, 2], [[0, 2, 3]], [[0, 1, 2, 3]]),
        ([WIRE_LEAD, VOTE_WAS], [0, 1], [], [[0, 1]]),
        # a tally in a sentence that names a year may be a precedent's; in quotation marks, a speaker's
        ([WIRE_LEAD, PRECEDENT], [0, 1], [], []),
        ([WIRE_LEAD, QUOTED], [0, 1], [], []),
        # the tally in two claims: which vote the sentence alone gives is not for a tally to say
        ([WIRE_LEAD, VOTE_WAS, SITE_LEAD, HOUSE, FOLLOWED], [0, 1, 2, 2, 0], [[0, 3], [2, 4]], [[0, 3], [2, 4]]),
        # one article alone gives it twice, and no claim holds it: no claim is made
        ([WIRE_LEAD, VOTE_WAS, SITE_HEADLINE, SITE_LEAD], [0, 1, 2, 2], [], []),
        # a sentence that names a person or a day its claim does not is another vote of that tally; nor do two such alone join
        ([KENNEDY, KENNEDY_TOO, GABBARD], [0, 1, 1], [[0, 1]], [[0, 1]]),
        ([KENNEDY, GABBARD], [0, 1], [], []),
        # a second reader's second round: a name as the first word, a vote a day earlier, a procedural vote
        ([KENNEDY, KENNEDY_TOO, "Gabbard won by a 52-48 tally."], [0, 1, 1], [[0, 1]], [[0, 1]]),
        ([KENNEDY, KENNEDY_TOO, "Gabbard was confirmed by a 52-48 vote a day earlier."], [0, 1, 1], [[0, 1]], [[0, 1]]),
        ([KENNEDY, KENNEDY_TOO, "A procedural vote had passed by the same 52-48 margin."], [0, 1, 1], [[0, 1]], [[0, 1]]),
        (["Kennedy was confirmed 52-48.", "Gabbard was confirmed 52-48."], [0, 1], [], []),
        # seats are no vote, and a vote of another time is another
        ([VOUGHT, SEATS], [0, 1], [], []),
        ([WIRE_LEAD, LAST_YEAR], [0, 1], [], []),
        # the same article only: nothing to join
        ([SITE_HEADLINE, SITE_LEAD], [0, 0], [], []),
    ],
)
def test_sentences_alone_join_by_their_tally(texts: list[str], owner: list[int], before: list[list[int]],
                                            after: list[list[int]]) -> None:
    clusters = [list(c) for c in before]
    add_tallied(clusters, np.array(owner), texts)
    assert clusters == after


def test_a_vote_told_in_a_sentence_of_its_own_joins_the_leads_that_give_it(run_json: Any) -> None:
    """tests/data/court-ruling, a twenty-second trial's story (fictional): the ledger's "The vote was 6 to 3." had been
    called the only outlet's, beside the wire's and the site's leads "ruling 6-3"."""
    doc = run_json("compare", "--no-cache", str(Path(__file__).resolve().parent / "data" / "court-ruling"))
    label = {a["id"]: a["label"] for a in doc["articles"]}
    first = {(label[m["article"]], m["sentence"]) for m in doc["claims"][0]["members"]}
    assert {("new-york-ledger", 2), ("associated-wire", 1), ("patriot-news", 1)} <= first

"""What a percentage is of (framediff.comparing.shares): an outlet whose sentence gives a percentage of what a claim gives
a percentage of is "cannot tell", not "leaves it out", and the claim it gives alone is not "only here"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framediff.comparing.shares import shares
from framediff.language.parser import parse

# tests/data/mayor-turnout, a forty-third trial's story (fictional): the wire and the national paper give turnout as 38
# percent, the partisan site as "a dismal 34%" (0.04 between the two): it had been said to leave turnout out and to carry
# its own alone
TURNOUT = Path(__file__).resolve().parent / "data" / "mayor-turnout"


@pytest.mark.parametrize("sentence, expected", [
    # the trial's three outlets
    ("Turnout was 38 percent, higher than in the last two mayoral races.", [("turnout", "38 percent")]),
    ("Turnout was a dismal 34%, hardly the \"wave\" Delgado's allies are bragging about.", [("turnout", "34%")]),
    ("Turnout was 38 percent of the city's 207,000 registered voters, the county said.", [("turnout", "38 percent")]),
    # a result is no level of a thing (the trial's wire)
    ("Ms. Delgado won 52 percent to 48 percent, according to unofficial county results, a lead of roughly 4,100 votes.", []),
    # a forty-sixth trial's: voters' turning out, in "per cent", which spaCy's entities miss; a share of the vote
    ("But only 68 per cent of voters bothered to turn out, meaning nearly a third of the island stayed at home.",
     [("turnout", "only 68 per cent")]),
    ("Yes won 54.3 per cent of the vote, while 45.7 per cent said No.", []),
    # a second reader's: another election's, a forecast, a thing whose owner only a pronoun gives
    ("Hadley, who served two terms as mayor before losing in 2021, when turnout was just 29 percent, had been seeking a "
     "comeback.", [("turnout", "just 29 percent")]),
    ("Clerk Dana Whitfield, whose office runs the county's elections, had predicted a week earlier that a fight over a "
     "sales-tax measure on the same ballot would mean turnout could hit 50 percent.", []),
    ("His approval rating stood at 35 percent, a drop of 11 points since January, with auto workers in Toledo and Lima "
     "turning against the tariffs.", []),
    # BASIL dev: a make-up, a share of the vote, a rate named by its figure
    ("McCarthy’s district is roughly 35 percent Latino.", []),
    ("Mr. Hunter easily won California’s nonpartisan primary with 48 percent of the vote; the next highest vote-getter, "
     "Ammar Campa-Najjar, a Democrat, took only 17 percent.", []),
    ("The overall result could be zero growth next year, not the 2.1 percent growth rate projected by the I.M.F.", []),
])
def test_a_percentage_is_read_with_what_it_is_a_percentage_of(sentence: str, expected: list[tuple[str, str]]) -> None:
    (doc,) = parse([sentence])
    assert [(thing, written) for thing, written, _, _ in shares(doc)] == expected


@pytest.mark.parametrize("sentence, marks", [
    ("Turnout was 38 percent, higher than in the last two mayoral races.", set()),
    # a forty-sixth trial's: the year of the other figure it is set against is not this one's
    ("Turnout reached 71.2%, well above the 63.5% recorded at the 2016 referendum on fishing rights.", set()),
    # a second reader's: the 2021 election's turnout is not this one's
    ("Hadley, who served two terms as mayor before losing in 2021, when turnout was just 29 percent, had been seeking a "
     "comeback.", {"2021"}),
])
def test_a_percentage_is_set_in_its_time(sentence: str, marks: set[str]) -> None:
    (doc,) = parse([sentence])
    ((_, _, _, found),) = shares(doc)
    assert found == marks


def test_an_outlet_that_gives_turnout_with_another_figure_does_not_leave_it_out(run_json: Any) -> None:
    doc = run_json("compare", str(TURNOUT), "--no-cache", "--no-framing")
    states = {row["text"]: {a["label"]: a["state"] for a in row["articles"]} for row in doc["coverage"]}
    ours = next(text for text in states if text.startswith("Turnout was 38 percent"))
    theirs = next(text for text in states if text.startswith("Turnout was a dismal 34%"))
    assert states[ours]["freedom_dispatch"] == "unclear"
    assert states[theirs] == {"continental_wire": "unclear", "freedom_dispatch": "carries", "national_ledger": "unclear"}
    [record] = [r for r in doc["unclear"] if r["label"] == "freedom_dispatch" and r["text"] == ours]
    assert "gives a percentage of turnout too, “34%” (the claim “38 percent”)" in record["reason"]
    assert not any(r["text"] == theirs for r in doc["only_here"])


@pytest.mark.parametrize("sentence, expected", [
    # a forty-seventh trial's and a second reader's
    ("Yields on two-year government bonds climbed 12 basis points to 4.38%.", [("basis points", "12 basis points")]),
    ("Labour's lead over the Conservatives narrowed by 4 percentage points in a YouGov poll published on Tuesday.",
     [("percentage points", "4 percentage points")]),
    ("Investors dumped gilts, sending the benchmark up 25bps.", [("basis points", "25bps")]),
    # the oil company after an index's number is no move in points; "BPS" in capitals is (second readers')
    ("In the FTSE 100 BP was the biggest faller, down 4 percent.", []),
    ("Investors dumped gilts, sending the benchmark up 18 BPS.", [("basis points", "18 BPS")]),
])
def test_a_move_in_points_is_read_with_its_unit(sentence: str, expected: list[tuple[str, str]]) -> None:
    from framediff.comparing.shares import points

    (doc,) = parse([sentence])
    assert [(unit, written) for unit, written, _, _ in points(doc)] == expected

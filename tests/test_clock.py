"""Times of day read as moments, and two outlets' times of one claim that differ. Each row is a real sentence from ECB+
dev (tokenised as the corpus writes it) unless its comment says otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framediff.frame.clock import clock_disagreements, clock_values

# (sentence, the moments it gives as (minutes after midnight, hedged))
CLOCKS = [
    ("Witnesses said there were three further explosions at 3 p. m.", [(900, False)]),
    ("She was hit around 5 a. m. Sunday morning at Bruckner Boulevard and Evergreen Avenue in the Bronx ’ s Soundview "
     "neighborhood.", [(300, True)]),
    ("Authorities said he spotted Orozco shortly after 3 p. m. and chased him to the apartment.", [(900, True)]),
    # a date line's time torn at its colon is none
    ("Published: 2012. 08. 08 09: 01 AM", []),
    ("MAY 3, 2013 AT 1: 10PM", []),
    # written for this test: a bound, a span, a zone, a schedule, a quotation, a price
    ("The shops stay shut until 3 p.m. and open from 2 to 4 p.m. on Sundays.", []),
    ("The quake struck at 15:42 GMT.", []),
    ("The vote is scheduled for 2 p.m. on Tuesday.", []),
    ('"We left at 3:15," he said.', []),
    ("A coffee costs $3.15 there.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), CLOCKS)
def test_a_time_of_day_is_read_as_a_moment(sentence: str, expected: list[tuple[int, bool]]) -> None:
    assert [(minutes, hedged) for minutes, _, hedged, _ in clock_values(sentence)] == expected


@pytest.mark.parametrize(("one", "other", "apart"), [
    ("The avalanche hit around 3:15 p.m., burying members of a group of six skiers.",
     "The slide struck a group of six skiers at about 2:40 p.m., the sheriff's office said.", True),
    ("The blast came at 3:15.", "The blast came at 3:15 p.m.", False),  # the half of the day unsaid is either
    ("The blast came at about 3 p.m.", "The blast came at 3:20 p.m.", False),  # "about" stands for half an hour either way
    ("The blast came at 3 p.m.", "The blast came at 3:20 p.m.", True),
    ("The gate was opened at 5:15 p.m., two hours before the 7:15 p.m. kickoff.", "The gate was opened at 5:45 p.m.", False),
])
def test_two_outlets_times_of_one_claim_disagree_beyond_their_hedges(one: str, other: str, apart: bool) -> None:
    assert bool(clock_disagreements("c1", {"a": [one], "b": [other]}, {})) is apart


def test_a_time_two_outlets_give_otherwise_is_said(run_json: Any) -> None:
    """tests/data/avalanche, a twenty-first trial's story (fictional): "The avalanche hit around 3:15 p.m." against "The slide
    struck a group of six skiers ... at about 2:40 p.m.", in one claim, had been said by no one."""
    doc = run_json("compare", "--no-cache", str(Path(__file__).resolve().parent / "data" / "avalanche"))
    label = {a["id"]: a["label"] for a in doc["articles"]}
    times = [{label[x["article"]]: x["values"] for x in d["values"]} for d in doc["disagreements"]
             if any(v.startswith("time:") for x in d["values"] for v in x["values"])]
    assert times == [{"redfield-herald": ["time:15:15"], "summit-press": ["time:14:40"]}]


@pytest.mark.parametrize(("one", "other"), [
    # a second reader's cases, written for this test: a time counted from, two updates, a briefing's, a zone the article
    # names elsewhere, a game's clock
    ("The skiers left the resort at 2:30 p.m., and the avalanche hit them about 45 minutes later.",
     "The slide struck the group at 3:15 p.m., the sheriff's office said."),
    ("As of 6 p.m. Monday, one skier was still unaccounted for, the sheriff said.",
     "As of 9 p.m., one skier was still unaccounted for, according to the sheriff."),
    ("At a 7 p.m. briefing, Sheriff Luis Ortega said the victims were experienced skiers.",
     "At a 10 a.m. news conference on Tuesday, Sheriff Luis Ortega said the victims were experienced skiers."),
    ("The avalanche hit at 4:40 p.m. Eastern.", "The avalanche hit at 2:40 p.m."),
    ("McDavid scored 4:12 into the third period.", "McDavid scored at 15:48 of the third period."),
])
def test_times_of_two_moments_or_zones_are_not_set_against_each_other(one: str, other: str) -> None:
    assert clock_disagreements("c1", {"a": [one], "b": [other]}, {}, {"a": one, "b": other}) == []


def test_outlets_dated_on_two_days_give_times_of_two_days() -> None:
    one, other = "The blast came at 3 p.m.", "The blast came at 3:20 p.m."
    assert clock_disagreements("c1", {"a": [one], "b": [other]}, {}, {}, {"a": "2025-03-09", "b": "2025-03-10"}) == []
    assert clock_disagreements("c1", {"a": [one], "b": [other]}, {}, {}, {"a": "2025-03-09", "b": "2025-03-09"})

"""The dead and the hurt read as one measure whatever the words that count them. Each row is a real sentence from ECB+
dev unless its comment says otherwise; the trials' stories are fictional, in tests/data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framediff.frame.values import published_date, read_values
from framediff.language.parser import parse

DATA = Path(__file__).resolve().parent / "data"

# (sentence, the counts it gives as (value, what it counts))
TOLLS = [
    ("Three die in bank during Greek riots", [("number:3", "people @dead")]),
    ("Three killed as rioters bomb Greek bank", [("number:3", "people @dead")]),
    # tests/data/stadium-crush, a nineteenth trial's story: its headlines and leads
    ("City in mourning after eleven die in Halvorsen crush", [("number:11", "people @dead")]),
    ("Nine killed in crush at stadium gate before Brennick cup final", [("number:9", "people @dead")]),
    ("Brennick was in mourning on Sunday after eleven people lost their lives in a crush at Halvorsen Stadium on Saturday "
     "evening, the worst tragedy in the city's sporting history.", [("number:11", "people @dead")]),
    ("Nine football fans, including a boy of 15, were crushed to death as a stampede broke out at Halvorsen Stadium last "
     "night.", [("number:9", "fan @dead")]),
    # a penalty, not a death (written for this test); a death nearly or hedged; a part of a toll (a second reader's cases)
    ("Two men were sentenced to death on Monday.", [("number:2", "man @sentence")]),
    ("Three fans were nearly crushed to death when a gate gave way.", [("number:3", "fan @crush")]),
    ("20 people could have lost their lives, police said.", [("number:20", "people @lose")]),
    ("Seven people died at the scene and four died in hospital after a crush at Halvorsen Stadium.",
     [("number:7", "people @die in part")]),
]


@pytest.mark.parametrize(("sentence", "expected"), TOLLS)
def test_the_dead_are_counted_whatever_the_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    doc = next(iter(parse([sentence])))
    found = [(v.shown, a) for v in read_values(doc, published_date("2025-03-09"), (), False) if v.kind == "count" for a in v.about]
    assert found == expected


def test_a_tolls_told_in_other_words_disagree(run_json: Any) -> None:
    """tests/data/stadium-crush, a nineteenth trial's story (fictional), its three articles dated March 9, 2025: "eleven
    people lost their lives" (the chronicle) against "Nine people were killed" (the wire), and nothing had been said."""
    doc = run_json("compare", "--no-cache", str(DATA / "stadium-crush"))
    label = {a["id"]: a["label"] for a in doc["articles"]}
    tolls = [{label[x["article"]]: set(x["values"]) for x in d["values"]} for d in doc["disagreements"]]
    assert {"brennick-chronicle": {"number:11"}, "northern-wire": {"number:9"}} in tolls

"""One remark quoted in other words (framediff.frame.quoted_differently): two outlets quote one speaker, a word differs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framediff.frame.quoted_differently import changed_words

DATA = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize("one, other, expected", [
    # a fifty-fourth trial's wire and tabloid (tests/data/council-cuts, fictional)
    ("The savings will allow us to keep the other four branches open and the lights on at the senior center.",
     "The savings could allow us to keep the other four branches open and the lights on at the senior center.",
     (("will", "The savings will allow us"), ("could", "The savings could allow us"))),
    # BASIL dev: Bloomberg's remark, as the NYT and Fox News print it
    ("Trump says he wants to run the nation like he’s run his business",
     "Trump says he wants to run the nation like he's running his business",
     (("run", "he’s run his business"), ("running", "he's running his business"))),
    # one remark written two ways, no word changed: a contraction, a spelling, a figure, a word starred out, an elision
    ("President Obama has said that he’s determined to prevent Iran from getting nuclear weapons",
     "President Obama has said that he is determined to prevent Iran from getting nuclear weapons", None),
    ("We must organise the response to this crisis now", "We must organize the response to this crisis now", None),
    ("We will cut five per cent of the budget this year", "We will cut 5% of the budget this year", None),
    ("I’m not going to pay for that fucking wall", "I’m not going to pay for that f***ing wall", None),
    ("We will... keep the other four branches open for now", "We will certainly keep the other four branches open for now", None),
    # a quotation translated twice (the seeds' Palti, from Hebrew) differs throughout: no one word is said to
    ("will allow us to cooperate in training, in information – this is an agreement that will allow us to assist them in what "
     "they need from us, subject to our interests in the region, of course",
     "This is a deal that will enable us to help them with what they need from us, of course subject to our interests in the region",
     None),
    # one quotation cut shorter than the other differs in no word
    ("We cannot keep patching a system built for 1975", "We cannot keep patching a system built for 1975, and we will not", None),
])
def test_one_remark_quoted_with_a_word_changed(one: str, other: str, expected: Any) -> None:
    assert changed_words(one, other) == expected


def test_a_word_two_outlets_quote_differently_is_a_fact_that_disagrees(run: Any, run_json: Any) -> None:
    """tests/data/council-cuts: the wire quotes the finance chair's savings "will allow us to keep the other four branches
    open", the tabloid "could allow us". The reuse line had called them the same words."""
    doc = run_json("compare", str(DATA / "council-cuts"), "--no-cache")
    (found,) = [d for d in doc["disagreements"] if d["kind"] == "quoted words"]
    words = {v["label"]: v["evidence"][0]["words"] for v in found["values"]}
    assert words == {"wire": "The savings will allow us", "tabloid": "The savings could allow us"}
    text = " ".join(run("compare", str(DATA / "council-cuts"), "--no-cache", "--width", "120").stdout.split())
    assert "(quoted words): B tabloid: could (“The savings could allow us”); C wire: will (“The savings will allow us”)" in text

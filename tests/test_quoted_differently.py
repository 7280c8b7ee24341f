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
    # only a modal verb changed is said: BASIL dev's Bloomberg, "like he’s run his business" in the NYT and "running" in Fox
    # News, may be a transcription; an eighty-fourth reader's spelling, figure and two translations were no misquotes
    ("Trump says he wants to run the nation like he’s run his business",
     "Trump says he wants to run the nation like he's running his business", None),
    ("The fog was so thick the sky turned grey over the harbour by noon",
     "The fog was so thick the sky turned gray over the harbour by noon", None),
    ("We will defend our workers against any attempt to close the plant",
     "We will protect our workers against any attempt to close the plant", None),
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
    line = text[text.index("(quoted words): ") :].split(" The same words")[0]  # the outlets in their ids' order
    assert "B tabloid: could (“The savings could allow us”)" in line and "C wire: will (“The savings will allow us”)" in line


@pytest.mark.parametrize("one, other, one_text, other_text, same", [
    ("Whitfield", "Dana Whitfield", "Mayor Dana Whitfield proposed the cuts.", "Mayor Dana Whitfield proposed the cuts.", True),
    # an eighty-fourth reader's husband and wife, and two officials named by title only
    ("Mark Dorsey", "Linda Dorsey", "", "", False),
    ("Dorsey", "Linda Dorsey", "Mark Dorsey and Linda Dorsey own the bakery.", "", False),
    ("the mayor", "the governor", "", "", False),
])
def test_two_outlets_speakers_are_one_person_by_name(one: str, other: str, one_text: str, other_text: str, same: bool) -> None:
    from framediff.frame.quoted_differently import same_speaker

    assert same_speaker(one, other, one_text, other_text) is same


@pytest.mark.parametrize("case", ["speech-interview", "same-surname"])
def test_two_remarks_or_two_speakers_are_no_remark_quoted_in_other_words(case: str, run_json: Any) -> None:
    """An eighty-fourth reader's stories (tests/data/not-quoted-differently, fictional): "could" in a speech on Monday and
    "will" in an interview on Tuesday are two remarks; Mark Dorsey's "will" and his wife Linda's "might", two speakers."""
    doc = run_json("compare", str(DATA / "not-quoted-differently" / case), "--no-cache")
    assert not [d for d in doc["disagreements"] if d["kind"] == "quoted words"]


def test_a_modal_verb_changed_in_one_outlet_is_said(run_json: Any) -> None:
    """tests/data/quoted-may, an eighty-fourth reader's (fictional): the wire's "We will close the ..." is "We may close the"
    in another outlet."""
    doc = run_json("compare", str(DATA / "quoted-may"), "--no-cache")
    (found,) = [d for d in doc["disagreements"] if d["kind"] == "quoted words"]
    assert sorted(v["values"][0] for v in found["values"]) == ["quoted:may", "quoted:will"]

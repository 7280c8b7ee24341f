"""What shows that an outlet's low-scoring sentence may give a claim: a length of what the claim gives the length of
(framediff.comparing.lengths: "cannot tell", not "leaves it out"), or the claim's figure written rounded
(framediff.comparing.same_value: "comes near")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framediff.comparing.lengths import _one_of_a_kind, lengths
from framediff.language.parser import parse

# tests/data/ferry-sentencing, a thirty-seventh trial's story (fictional): the wire's investigation lasted 14 months, the
# national paper's was an 18-month one
FERRY = Path(__file__).resolve().parent / "data" / "ferry-sentencing"


@pytest.mark.parametrize("sentence, expected", [
    # BASIL dev (HuffPost, Fox News, The New York Times)
    ("A grand jury in San Diego indicted the Hunters on charges of filing false campaign finance records, saying the couple "
     "misused more than $250,000 after a two-year investigation.", [("investigation", "two-year")]),
    ("Vega contended that there was a \"rush to indict\" after a two-year grand jury investigation.",
     [("investigation", "two-year")]),
    # not what lasts as a process: a path, discussions a speech capped (BASIL dev); a person's years, an office's term (a
    # second reader's, written for this test)
    ("The Senate, led by Democrats, passed a broad bipartisan measure in June to overhaul immigration that included a 13-year "
     "path to citizenship.", []),
    ("The speech capped three days of panel discussions and high-profile speakers, including numerous politicians mentioned "
     "as contenders for the 2012 Republican presidential nomination.", []),
    ("The suspect, a 12-year veteran of the Army who served two tours in Afghanistan, was taken into custody.", []),
    ("Gov. Gretchen Whitmer, who is serving her second four-year term, is barred by term limits from running again.", []),
    # no length of a thing: a prison term, a span before now, a time something was closed, a person's tenure, an age
    ("He faces up to 48 years in prison.", []),
    ("The Justice Department began investigating Grimm two years ago on allegations that he filed erroneous campaign finance "
     "reports and accepted improper donations during his first congressional campaign.", []),
    ("The traffic lanes were closed for four days in September, creating traffic gridlock in Fort Lee, the town at the base "
     "of the bridge on the New Jersey side.", []),
    ("Reince Priebus lasted barely six months as White House chief of staff, and Sean Spicer had a similarly short tenure "
     "as press secretary.", []),
    ("The 49-year-old teaches at Randolph-Macon College, a small liberal arts school north of Richmond.", []),
])
def test_a_length_is_read_with_what_it_is_the_length_of(sentence: str, expected: list[tuple[str, str]]) -> None:
    (doc,) = parse([sentence])
    found = lengths(doc)
    assert [words for _, words, _, _ in found] == [words for _, words in expected]
    assert all(noun in thing for (thing, _, _, _), (noun, _) in zip(found, expected))


def test_lengths_of_one_thing_under_two_names_are_read_as_one() -> None:
    wire, local = parse(["The deal, reached after 14 months of on-and-off talks, is expected to close in the second quarter.",
                         "The agreement caps 18-month negotiations between the two brewers."])
    ((talks, _, _, _),), ((negotiations, _, _, _),) = lengths(wire), lengths(local)
    assert talks == negotiations


def test_an_investigation_set_apart_as_another_is_not_the_claims() -> None:
    # a second reader's: the FBI's two-year investigation and "a separate 18-month congressional inquiry"
    fbi, congress, plain = parse(["The charges came after a two-year FBI investigation into payments that construction firms made "
                                  "to the mayor's campaign, prosecutors said.",
                                  "A separate 18-month congressional inquiry into the Bayport port authority ended last spring.",
                                  "The 18-month investigation relied heavily on bank records."])
    ((_, _, _, ours),), ((_, _, _, separate),), ((_, _, _, none),) = lengths(fbi), lengths(congress), lengths(plain)
    assert ours == {"fbi"} and {"separate", "congressional"} <= separate and not none
    assert not _one_of_a_kind(ours, separate) and _one_of_a_kind(ours, none)


def test_an_outlet_that_gives_another_length_of_the_claims_investigation_is_cannot_tell(run_json: Any) -> None:
    doc = run_json("compare", str(FERRY), "--no-cache", "--no-framing")
    (alone,) = [r for r in doc["alone_near"] if r["text"] == "The investigation into the sinking lasted 14 months."]
    record = alone["nearest_elsewhere"]
    assert (record["label"], record["state"]) == ("NationalLedger", "unclear")
    assert record["reason"] == ("its sentence #9, “The 18-month investigation that preceded the trial relied heavily on footage "
                                "from a lakeside …”, gives the length of an investigation too, “18-month” (the claim “14 months”), "
                                "which a low score does not outweigh")
    # neither sentence is "only here": nothing of the other comes near, but the other gives the investigation's length
    assert not [r for r in doc["only_here"] if "14 months" in r["text"] or "18-month" in r["text"]]


def test_a_figure_written_rounded_is_the_claims_figure_said_otherwise(run_json: Any) -> None:
    # tests/data/screen-study, a thirty-eighth trial's: the tabloid's "Boffins who tracked more than 12,000 youngsters" had
    # been said to leave out "The study followed 12,400 children aged 6 to 12 in 41 schools across four states"
    doc = run_json("compare", str(FERRY.parent / "screen-study"), "--no-cache", "--no-framing")
    (record,) = [r for r in doc["differently"] if r["text"].startswith("The study followed 12,400 children")]
    assert (record["label"], record["closest"]["sentence"]) == ("3_tabloid", 2)
    assert record["reason"] == "it gives the claim's figure rounded, “more than 12,000” for “12,400”"
    assert not [r for r in doc["left_out"] if r["text"].startswith("The study followed 12,400 children")]


@pytest.mark.parametrize("given, numbers, expected", [
    ("Boffins who tracked more than 12,000 youngsters found ...", {"number:12400"}, ("more than 12,000", "number:12400")),
    ("Nearly 9,000 people were evacuated.", {"number:8870"}, ("Nearly 9,000", "number:8870")),
    ("Nearly 9,000 people were evacuated.", {"number:9200"}, None),  # "nearly" is under the figure, not over it
    ("More than 12,000 people marched.", {"number:15000"}, None),  # more than a tenth apart
    ("About 2,000 fans came.", {"number:2024"}, None),  # a year is no count
])
def test_a_rounded_figure_stands_for_the_claims_on_the_side_its_word_says(given: str, numbers: set[str],
                                                                           expected: tuple[str, str] | None) -> None:
    from framediff.comparing.same_value import _rounded

    assert _rounded(given, frozenset(numbers)) == expected

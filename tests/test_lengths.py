"""Lengths of time a sentence gives, and what they are the length of (framediff.comparing.lengths): an outlet whose
sentence gives the length of what a claim gives the length of is "cannot tell", not "leaves it out"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framediff.aligning.language_free import facts
from framediff.comparing.values_across import durations

from framediff.comparing.lengths import one_of_a_kind, lengths
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
    # a thing marked on one side only may be another of its name too (a second reader's "the six-week strike of 1986"
    # against "The strike lasted 14 months"): only both unmarked, or marked alike, are one
    assert not one_of_a_kind(ours, separate) and not one_of_a_kind(ours, none) and one_of_a_kind(none, frozenset())
    assert one_of_a_kind(frozenset({"2024"}), frozenset({"2024", "union"}))


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


def test_a_strike_of_another_year_is_not_the_claims() -> None:
    # a second reader's: "the six-week strike of 1986" had made "The strike lasted 14 months" "cannot tell"
    claim, old = parse(["The strike lasted 14 months, the longest in the company's history.",
                        "Older workers still remember the six-week strike of 1986, when the mill was owned by a family."])
    ((_, _, _, ours),), ((_, _, _, theirs),) = lengths(claim), lengths(old)
    assert theirs == {"1986"} and not one_of_a_kind(ours, theirs)


def test_the_report_says_lengths_of_time_are_not_compared(run: Any) -> None:
    # tests/data/plant-closure, a thirty-ninth trial's: a claim pairs "a six-week strike" with "The 2024 strike, which lasted
    # two months", and the report had said it found no facts that disagree in the claims it read
    result = run("compare", str(FERRY.parent / "plant-closure"), "--section", "framing", "--width", "200", "--no-cache")
    flat = " ".join(result.stdout.split())
    assert "facts that disagree (read in the 10 shared claims only; lengths of time are not compared)" in flat


@pytest.mark.parametrize(
    ("text", "language", "read"),
    [
        # a fortieth trial's English wire and German outlet: one length in two units, read as one value
        ("Heavy rain over the previous 48 hours had loosened the slope above the line, officials said.", None, {"48", "h48"}),
        ("Die starken Regenfälle der vergangenen zwei Tage hätten den Hang oberhalb der Gleise aufgeweicht, sagte "
         "Polizeisprecherin Andrea Caflisch.", "de", {"2", "h48"}),
        ("The union called a 48-hour strike at 2 plants.", None, {"48", "h48", "2"}),
        ("Il y a trois ans, 300 personnes avaient été évacuées.", "fr", {"3", "h26280", "300"}),
        # a unit the table lacks keeps its figure, which meets "48-hour" (a second reader's)
        ("Die Gewerkschaft kündigte einen 48-stündigen Ausstand an.", "de", {"48"}),
        # a count of people is no length, whatever follows it
        ("27 weitere Personen wurden verletzt, einige davon schwer.", "de", {"27"}),
    ],
)
def test_a_length_is_read_in_hours_in_any_unit(text: str, language: str | None, read: set[str]) -> None:
    assert durations(text, facts(text, language)) == read

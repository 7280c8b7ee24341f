"""What one sentence states as facts: counts, years and the numbers two sentences disagree on (aligning.profiles)."""

from __future__ import annotations

import pytest

import framediff


@pytest.mark.parametrize(
    ("a", "b", "year", "conflict"),
    [
        ("They signed on Tuesday.", "They signed on Wednesday.", None, True),
        ("Signed on Wednesday, his first visit.", "Signed in Rabat on November 24.", None, False),  # a weekday is not a month
        ("Ties were normalised in 2020.", "Ties were normalised in 2021.", None, True),
        ("Israel may sign more deals.", "The deal was signed in March 2021.", None, False),  # "may" the verb
        ("The deal was signed on May 3.", "The deal was signed on June 3.", None, True),
        ("Three soldiers were killed.", "Four soldiers were killed.", None, True),
        ("Officials said 2,000 homes lost power.", "About 2,500 households lost power.", None, True),  # not "2" and "000"
        ("Some 2,000 homes lost power.", "Power cuts hit homes in 2000.", None, False),  # a count is not a year
        ("The first official visit.", "A visit of 24 hours.", None, False),  # an ordinal is not a count
        ("Morocco, Bahrain and Sudan normalised ties in 2020.", "The two Gulf states forged relations last year.", None, False),  # a year is not a count
        ("Israel signed a pact on Wednesday.", "Four states signed pacts in 2020.", "2021", True),  # Wednesday falls in the story's year
        ("Israel signed a pact on Wednesday.", "Four states signed pacts in 2020.", None, False),
        ("Israel signed a pact on Wednesday.", "The pact was signed in 2021.", "2021", False),
        # a day of the month is a date, not a count; with a year it names its weekday
        ("Gantz landed on November 23.", "Three ministers landed on Tuesday.", None, False),
        ("Gantz landed on November 23.", "Gantz landed on 24 November.", None, True),
        ("Gantz landed on the 23rd of November.", "Gantz landed on November 23.", None, False),
        ("Gantz landed on November 23.", "Gantz landed on Tuesday.", "2021", False),  # 23 November 2021 was a Tuesday
        ("Gantz landed on November 23.", "The pact was signed on Wednesday.", "2021", True),
        ("Gantz landed on November 23, 2021.", "The pact was signed on Wednesday.", None, True),
        ("Gantz landed on November 23.", "The pact was signed on Wednesday.", None, False),  # no year, no weekday
        ("It happened on February 30.", "It happened on Tuesday.", "2021", False),  # no such date
        # a day well after the story's date is from the year before: 28 December 2021 was a Tuesday, 28 December 2022 a Wednesday
        ("Gantz landed on December 28.", "Gantz landed on Tuesday.", "2022-01-03", False),
        ("Gantz landed on December 28.", "Gantz landed on Tuesday.", "2022", True),
        ("Gantz landed on November 23.", "Gantz landed on Tuesday.", "2021-11-29", False),
    ],
)
def test_facts_conflict(a: str, b: str, year: str | None, conflict: bool) -> None:
    from framediff.aligning.lexical import Lexicon
    from framediff.aligning.profiles import profile

    assert Lexicon([profile(a, year), profile(b, year)]).facts_conflict(0, 1) is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a year compared with ("since", "than") is not when the event happened: two outlets may pick different ones
        ("In York, the Ouse rose to 5.2 metres, its highest level since 2000.", "The Ouse peaked at 5.2m on Sunday, higher than in the floods of 2015.", False),
        ("The river is at its highest since 2000.", "The river flooded the town in 2015.", False),
        ("Four states signed pacts with Israel in 2020.", "Israel signed a pact with Morocco in 2021.", True),  # the event's own years still do
    ],
)
def test_years_compared_with_do_not_tell_events_apart(a: str, b: str, conflict: bool) -> None:
    from framediff.aligning.lexical import Lexicon
    from framediff.aligning.profiles import profile

    assert Lexicon([profile(a, "2025"), profile(b, "2025")], counts_conflict=False).facts_conflict(0, 1) is conflict


@pytest.mark.parametrize(
    ("text", "numbers", "counts"),
    [
        ("A 6.8-magnitude quake.", {"number:6.8"}, {("number:6.8", "magnitud")}),
        ("It paid $1.2 billion.", {"number:1200000000"}, {("number:1200000000", None)}),
        ("It paid 1.2bn dollars.", {"number:1200000000"}, {("number:1200000000", "dollar")}),
        ("It paid 1,200,000,000 dollars.", {"number:1200000000"}, {("number:1200000000", "dollar")}),
        ("Two million people fled.", {"number:2000000"}, {("number:2000000", "peopl")}),
        ("Shares rose 5pc, or 7.0 points.", {"number:5", "number:7"}, {("number:5", "pc"), ("number:7", "point")}),
        ("At least 40 of the people died.", {"number:40"}, {("number:40", "peopl")}),
        ("The first of two visits.", {"ordinal:1st", "number:2"}, {("number:2", "visit")}),  # a rank is not a count
        ("He landed on November 23 with 3 aides.", {"day:23", "number:3"}, {("number:3", "aid")}),
        ("A C-130 landed in the 1990s, a 3D-printed part on board.", {"number:c-130", "number:1990s", "number:3d-printed"}, None),
        ("The 2020-21 season.", {"number:2020-21"}, None),
        # "m" and "b" are million and billion beside money only: "5.2m" is a height or a distance; a sum's noun after it or
        # its verb before it is money too (a forty-ninth trial's tabloid; a second reader's waves and wall stay lengths)
        ("The river peaked at 5.2m on Sunday.", {"number:5.2"}, {("number:5.2", "m")}),
        ("Whitcombe Health has been forced to turn away ambulances from three of its four hospitals since Saturday, when hackers "
         "allegedly locked up its computers and demanded a staggering 4.5m ransom in bitcoin.", {"number:3", "number:4500000"}, None),
        ("HOSPITALS HELD HOSTAGE: Hackers demand 4.5m as ambulances turned away", {"number:4500000"}, None),
        ("Waves of up to 5m crashed over the harbour wall in Port Ellis overnight, the coastguard said.", {"number:5"}, None),
        ("At its highest point, the old wall stood 12.5m above the beach.", {"number:12.5"}, None),
        # a second reader's: a sum's verb a few words before, or "a ransom of"; a sprint's bid, a mesh, a dive stay lengths
        ("Regulators fined the firm 2.5m.", {"number:2500000"}, None),
        ("Hackers demanded a ransom of 4.5m.", {"number:4500000"}, None),
        ("Ada Okafor's 200m bid ended in the semi-finals.", {"number:200"}, None),
        ("Engineers installed a 2m fine mesh screen.", {"number:2"}, None),
        ("The diver spent 40m below the surface.", {"number:40"}, None),
        # a fourth reader's: a sum before does not make a height a sum; "a fine" after or before is one
        ("The barrier, which cost £12m, stands 5m high.", {"number:12000000", "number:5"}, None),
        ("Southbrook Water faces a 2.5m fine.", {"number:2500000"}, None),
        ("It was handed a fine of 2.5m.", {"number:2500000"}, None),
        ("Regulators fined 12 banks 5m each.", {"number:12", "number:5000000"}, None),  # a fifth reader's
        ("It paid $5m for the site.", {"number:5000000"}, {("number:5000000", "site")}),
        ("It paid 5m euros.", {"number:5000000"}, {("number:5000000", "euro")}),
        ("The highest level since 2000.", {"since:2000"}, set()),
        ("Shares fell 6% in early trading.", {"number:6"}, {("number:6", "percent")}),
        ("Turnout rose to 61.2 per cent.", {"number:61.2"}, {("number:61.2", "percent")}),  # a year compared with is not a count
        # a forty-seventh trial's: decades are years ("two decades" had disagreed with "a sentence of 20 years")
        ("The government had sought two decades behind bars.", {"number:20"}, {("number:20", "year")}),
        ("Prosecutors had asked for a sentence of 20 years.", {"number:20"}, {("number:20", "year")}),
        ("It has been closed for decades.", set(), set()),
        # a second reader's: a count before a comma is no count of decades, nor of thousands
        ("Ruth Calder died at her home in Tarn on Sunday at 94, decades after she founded the festival.", {"number:94"}, None),
        ("At 94, thousands came to hear him.", {"number:94"}, None),
        ("The county paid $18-million for the land.", {"number:18000000"}, None),  # a hyphen joins them (a second reader's)
        # "no one" is nobody and "one another" each other (a reader's "No one was hurt." had been a count of one); "one of" counts
        ("No one was hurt.", set(), set()),
        ("Two of the defendants refused to look at one another in court.", {"number:2"}, None),
        ("One of the firefighters was treated for smoke inhalation.", {"number:1"}, None),
    ],
)
def test_profile_reads_counts(text: str, numbers: set[str], counts: set[tuple[str, str | None]] | None) -> None:
    from framediff.aligning.profiles import profile

    p = profile(text)
    assert set(p.numbers) == numbers
    if counts is not None:
        assert set(p.counts) == counts


# (sentence, sentence, do they count one thing alike?, do they count one thing with other values?): sentences of BASIL dev
# and ECB+ dev news, as the pair rule of align reads them (aligning.pairs, COUNTS_AGREE / COUNTS_DISAGREE)
COUNTED = [
    ("This followed a 97-1 vote hours earlier in the Senate.", "The final tally was 97-1.", True, False),  # a tally needs no noun
    ("This followed a 97-1 vote hours earlier in the Senate.",
     "The House ensured the bill will become law after voting 348-77 to override Wednesday afternoon.", False, True),
    ("He said 23 states have enacted medical marijuana laws.",
     "To date, 23 states and the District of Columbia have legalized marijuana for medical purposes.", True, False),
    ("A strong earthquake struck off Indonesia's Aceh province on Tuesday, injuring at least five people.",
     "Officials say at least 24 people were killed and more than 200 injured by the quake.", False, True),
    # a value the other sentence gives elsewhere is no disagreement
    ("Johnson said there were six arrests Wednesday, compared to 47 the previous night.",
     "Still, the police did make 47 arrests overnight.", False, False),
    # nor are two within a tenth of each other
    ("The administration announced it was sending more than 5,000 active-duty troops to the southern border.",
     "He deployed 5,200 active-duty troops to the border on Monday.", False, False),
    # "half" is a share, not a count
    ("The White House's plan to withdraw half its troops in Afghanistan has drawn similar criticism.",
     "Two Defense Department officials said Thursday that about 7,000 troops will be withdrawn in the coming months.", False, False),
    # counts of different things are not compared
    ("The fire destroyed 40 homes.", "At least 12 people were hurt in the fire.", False, False),
    # a forty-seventh trial's: two decades are 20 years
    ("Prosecutors had asked for a sentence of 20 years.", "The government had sought two decades behind bars.", True, False),
]


@pytest.mark.parametrize(("a", "b", "agree", "differ"), COUNTED)
def test_counts_of_one_thing_agree_or_differ(a: str, b: str, agree: bool, differ: bool) -> None:
    from framediff.aligning.profiles import counted, counts_compared, profile

    pa, pb = profile(a), profile(b)
    values, different = counts_compared(pa, pb, counted(pa), counted(pb))
    assert bool(values) is agree
    assert different is differ
    assert counts_compared(pb, pa, counted(pb), counted(pa)) == (values, different)  # either way round

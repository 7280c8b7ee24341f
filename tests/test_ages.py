"""A named person's age, read from the words that tie it to the name, and two outlets' ages of one person that differ
in one claim. Each row of the table is a real sentence from BASIL dev's articles unless its comment says otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framediff.frame.ages import age_disagreements, ages

# (sentence, the (name, age) pairs it gives)
AGES = [
    ('"This is how is America should be," said Cynthia Burgiss, 22, a student at the University of Dayton in Ohio who '
     "attended the 9/12 march in D.C. this year.", [("Cynthia Burgiss", 22)]),
    ("Mr. Blumenthal, 64, is known as a brilliant lawyer who likes to argue cases in court and uses language with power and "
     "precision.", [("Blumenthal", 64)]),
    ("The 76-year-old Pelosi, in the months prior to the Nov. 8 elections, repeatedly vowed that her party would retake "
     "control of the lower chamber, despite needing to gain roughly 35 seats.", [("Pelosi", 76)]),
    ("Ferguson has endured more than a week of unrest since the August 9 death of 18-year-old Michael Brown, who was shot by "
     "Ferguson Police Officer Darren Wilson.", [("Michael Brown", 18)]),
    ("Democrats also re-elected Representative Steny H. Hoyer, 77, of Maryland as whip, the No. 2 position, as well as "
     "Representative James E. Clyburn, 76, of South Carolina in the No. 3 spot as the assistant Democratic leader.",
     [("Steny H. Hoyer", 77), ("James E. Clyburn", 76)]),
    ("A law enforcement official identified the suspect as Cesar Sayoc Jr., 56, of Aventura, Fla., just north of Miami.",
     [("Cesar Sayoc Jr.", 56)]),
    # a tests/data/kessling-flood sentence (fictional); a British age in brackets (written for this test)
    ("Volunteer firefighter Jonas Edvik, 34, died trying to reach a family trapped on a roof on Tanner Street.",
     [("Jonas Edvik", 34)]),
    ("Fire Chief Bruno Haller (aged 55) said the crews had worked through the night.", [("Bruno Haller", 55)]),
    # numbers in brackets are seats or seeds as often as ages; "of 30 years" is how long, "a mother of 3" her children
    # (a second reader's cases, written for this test)
    ("Labour won in Hull, ahead of the Conservatives (121) and the Liberal Democrats (72).", []),
    ("The victim, a resident of 30 years, was found dead in her kitchen.", []),
    ("The victim, a mother of 3, was killed on her way to work.", []),
    # people the sentence does not name, by the noun that calls them; a person it names by no noun; the age after a place,
    # which is its person's
    ("Brat is married and has two children, an 11-year-old daughter and a 15-year-old son.", [("@daughter", 11), ("@son", 15)]),
    ("The 49-year-old teaches at Randolph-Macon College, a small liberal arts school north of Richmond.", []),
    ("Ms. Pelosi’s victory over Representative Tim Ryan, a 43-year-old congressman from a blue-collar district anchored in "
     "Youngstown, Ohio, ensures that the party will be led in the next Congress by the established “coastal” Democrats who "
     "have increasingly defined it — Ms. Pelosi, 76, who represents San Francisco, and Senator Chuck Schumer of New York, "
     "66, who has held various leadership posts since 2005.", [("Pelosi", 76)]),
    # a number after a day or inside a quotation (written for this test)
    ("On Tuesday, 12 people were taken to hospital.", []),
    ('"I have known Jonas Edvik, 34, since school," she said.', []),
]


@pytest.mark.parametrize(("sentence", "expected"), AGES)
def test_an_age_is_read_where_the_words_tie_it_to_a_name(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(name, age) for name, age, _ in ages(sentence)] == expected


# tests/data/kessling-flood's two sentences on the firefighter, the second given another age (as a trial's story had it)
WIRE = "Volunteer firefighter Jonas Edvik, 34, died trying to reach a family trapped on a roof on Tanner Street."
LOCAL = "A volunteer firefighter, Edvik, 35, drowned while trying to reach a stranded family."


def test_two_outlets_ages_of_one_person_disagree_with_their_words() -> None:
    found = age_disagreements("c1", {"wire": [WIRE], "local": [LOCAL]}, {},
                              {"wire": WIRE, "local": "Firefighter Jonas Edvik was named on Monday. " + LOCAL})
    assert len(found) == 1
    assert found[0].values == {"local": ("age:35",), "wire": ("age:34",)}
    assert found[0].evidence["local"] == (("age:35", "Edvik, 35", LOCAL),)


@pytest.mark.parametrize("body", [
    "A volunteer firefighter, Edvik, 35, drowned.",  # a surname whose full name the article never gives
    "Greta Edvik and her husband Jonas Edvik ran the bakery. A volunteer firefighter, Edvik, 35, drowned.",  # two Edviks
])
def test_a_surname_alone_is_compared_only_as_the_one_person_its_article_names(body: str) -> None:
    assert age_disagreements("c1", {"wire": [WIRE], "local": [LOCAL]}, {}, {"wire": WIRE, "local": body}) == []


def test_an_age_inside_a_quotation_that_runs_over_sentences_is_the_speakers() -> None:
    found = age_disagreements("c1", {"wire": [WIRE], "local": ["Jonas Edvik, 35, drowned."]},
                              {"local": [[(0, 25)]]}, {"wire": WIRE, "local": "Jonas Edvik, 35, drowned."})
    assert found == []


# ECB+ dev, topic 16: "Jose Luis Orozco, 27" at his arrest in 2005 and "Orozco, 29" at his trial in 2007, both true
ARREST = "Deputies identified the suspect as Jose Luis Orozco, 27, a parolee wanted on suspicion of attempted murder in another case."
TRIAL = ("The District Attorney's office says in a release that the jury found Jose Luis Orozco, 29, guilty of 1st degree "
         "murder, attempted murder and posession of a firearm by a felon.")


def test_ages_of_outlets_dated_years_apart_are_both_true() -> None:
    texts, bodies = {"a": [ARREST], "b": [TRIAL]}, {"a": ARREST, "b": TRIAL}
    assert age_disagreements("c1", texts, {}, bodies, {"a": "2005-06-25", "b": "2007-03-27"}) == []
    assert len(age_disagreements("c1", texts, {}, bodies, {"a": "2005-06-25", "b": "2005-06-27"})) == 1


def test_a_surname_alone_is_the_full_name_its_article_gives_it_in_part_or_whole() -> None:
    # ECB+ dev, topic 16: one article names "Jose Luis Orozco" and then "Orozco, 27"; another "Luis Orozco, 29"
    local = "Orozco, 27, was found hiding in a house a few doors away from the shooting some hours after Deputy Ortiz was slain."
    body = "Cooley said Jose Luis Orozco was charged with murdering the 35 - year - old deputy on June 24. " + local
    found = age_disagreements("c1", {"a": [local], "b": ["Luis Orozco, 29, was found hiding."]}, {},
                              {"a": body, "b": "Luis Orozco, 29, was found hiding."})
    assert {a: v for a, v in found[0].values.items()} == {"a": ("age:27",), "b": ("age:29",)}


def test_an_unnamed_persons_ages_disagree(run_json: Any) -> None:
    """tests/data/hurricane-landfall, a nineteenth trial's story (fictional): "One was a 76-year-old Port Ancel man who
    died when a tree crashed through the roof of his home" against "A 67-year-old man was killed when a large oak tree fell
    on his house in Port Ancel", in one claim."""
    doc = run_json("compare", "--no-cache", str(Path(__file__).resolve().parent / "data" / "hurricane-landfall"))
    label = {a["id"]: a["label"] for a in doc["articles"]}
    ages = [{label[x["article"]]: x["values"] for x in d["values"]} for d in doc["disagreements"]
            if any(v.startswith("age:") for x in d["values"] for v in x["values"])]
    assert ages == [{"gulf-coast-gazette": ["age:76"], "meridian-wire": ["age:67"]}]
    words = {e["words"] for d in doc["disagreements"] for x in d["values"] for e in x.get("evidence", [])}
    assert {"a 76-year-old Port Ancel man", "A 67-year-old man"} <= words


@pytest.mark.parametrize(("one", "other"), [
    # a father and his son of one name
    ("Donald Trump, 72, spoke first.", "Donald Trump Jr., 40, spoke first."),
    # a surname beside its full name in one sentence is another person (a second reader's case)
    ("Donna Pratt was killed on the bypass; Mr Pratt, 50, who was driving, was seriously hurt.",
     "Donna Pratt, 48, was killed on the bypass."),
    # two men, two boys: one stabbed, the other arrested or charged (a second reader's cases)
    ("A 45-year-old man was stabbed to death in Leeds on Sunday.",
     "A 19-year-old man has been arrested after a man was stabbed to death in Leeds."),
    ("A 17-year-old boy has been charged with murder.", "A 15-year-old boy was stabbed to death and a teenager has been charged."),
])
def test_two_people_are_not_one(one: str, other: str) -> None:
    assert age_disagreements("c1", {"a": [one], "b": [other]}, {}, {"a": one, "b": other}) == []


def test_people_one_noun_calls_in_a_story_of_several_are_not_one_person() -> None:
    # a second reader's case: a crash that killed two men, each outlet giving the age of one
    one, other = "A 67-year-old man died at the scene.", "A 23-year-old man died later in hospital."
    bodies = {"a": "Two men died after their car left the road. " + one, "b": other}
    assert age_disagreements("c1", {"a": [one], "b": [other]}, {}, bodies) == []

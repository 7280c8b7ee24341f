"""One person called by two forms of a first name in two outlets: each row is two real sentences (BASIL dev's outlets, or
a thirty-ninth trial's), and whether the report names them as one person under two first names."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import framediff
from framediff.article import Article, RawArticle
from framediff.frame.given_names import given_name_variants, one_name
from framediff.reading.articles import prepare_article


def article(text: str, label: str) -> Article:
    made = prepare_article(RawArticle(source=f"{label}.txt", text=text, format="text", encoding="utf-8", label=label))
    return replace(made, id=label)


@pytest.mark.parametrize(
    ("one", "other", "forms"),
    [
        # BASIL dev: Fox and the HuffPost name the Senate's Democratic leader; the Times and the Post a Maine legislator
        ("Sen. Charles Schumer, D-N.Y., speaking on the Senate floor moments before Wednesday's vote in that chamber, pushed "
         "back hard on Saudi government objections.",
         "It’s also the result of some unusual alliances: Sen. Chuck Schumer (N.Y.), who is on track to become the next "
         "Democratic leader, led the effort against the president.",
         {"a": ("Charles Schumer",), "b": ("Chuck Schumer",)}),
        ("But on Tuesday, Mr. LePage’s Republican allies in the House, including the minority leader, Kenneth Fredette, "
         "announced that they would oppose those efforts.",
         "State House Minority Leader Ken Fredette (R) said Tuesday night that he would not support bringing the legislature "
         "back into a special session.",
         {"a": ("minority leader, Kenneth Fredette",), "b": ("State House Minority Leader Ken Fredette",)}),
        # a middle initial is kept in the form, and read past: "Joseph R. Biden" is Joseph
        ("He was also scheduled to meet with Vice President Joseph R. Biden on Friday.",
         "Meanwhile, Vice President Joe Biden voiced his support of Hillary Thursday evening.",
         {"a": ("Joseph R. Biden",), "b": ("Joe Biden",)}),
        # ... but a "Jr." one outlet gives and the other does not may be a son and his father (a second reader's)
        ("He was also scheduled to meet with Vice President Joseph R. Biden Jr.",
         "Meanwhile, Vice President Joe Biden voiced his support of Hillary Thursday evening.", None),
        # an outlet that gives the nickname itself joins the two forms the table would not ("Robert" / "Bob")
        ("Councilman Robert “Bob” Diaz voted against the subsidy on Tuesday.",
         "Bob Diaz, who has opposed the stadium for two years, voted no.",
         {"a": ("Robert “Bob” Diaz",), "b": ("Bob Diaz",)}),
        # two people of one surname: the former president and the candidate
        ("Former President Bill Clinton campaigned in Ohio on Monday.",
         "Hillary Clinton told supporters in Ohio that the race was close.", None),
        # the table pairs "Robert" and "Bob", and "Bob" rhymes with the opening of "Robert" (a forty-second trial's)
        ("Robert Diaz voted against the subsidy on Tuesday.", "Bob Diaz voted no.", {"a": ("Robert Diaz",), "b": ("Bob Diaz",)}),
        # one outlet gives a surname two first names: read no further
        ("Emily Smith and her sister Emma Smith filed the suit.", "Emily Smith filed the suit.", None),
        # a name inside quotation marks is the speaker's word, not the outlet's
        ("“Danny Okafor lost, and he knows it,” Stroud said.", "Mayor Daniel Okafor refused to concede on Wednesday.", None),
        # the same first name: no difference, whatever the middle initial
        ("Donald J. Trump signed the order on Friday.", "Donald Trump signed the order on Friday.", None),
        # a father and a son (a second reader's), a name in single quotation marks, and a nickname of either sex
        ("Daniel Ortiz Sr., 78, founded the bakery in 1971.", "Dan Ortiz Jr., 45, runs it today.", None),
        ("Supporters chanted ‘Danny Okafor for mayor’ outside the hall.", "Mayor Daniel Okafor refused to concede.", None),
        ("Alexandra Cole, 34, was struck at the junction on Monday.", "Alex Cole said the junction had been dangerous for years.",
         None),
        # the part of a place's name that reads as a person's: "George Washington Bridge"
        ("Officials closed two George Washington Bridge access lanes.", "Officials closed three George Washington Bridge access lanes.",
         None),
    ],
)
def test_a_person_called_by_two_forms_of_a_first_name(one: str, other: str, forms: dict[str, tuple[str, ...]] | None) -> None:
    namings = given_name_variants([article(one, "a"), article(other, "b")])
    if forms is None:
        assert namings == []
        return
    [naming] = namings
    assert naming.variants == forms
    assert naming.sentences == {"a": (one,), "b": (other,)}


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [("Daniel", "Danny", True), ("James", "Jim", True), ("Kenneth", "Ken", True), ("Christopher", "Chris", True),
     ("Robert", "Bob", True), ("William", "Bill", True),  # a short form that rhymes with the opening (a 42nd trial's)
     ("Richard", "Dick", False), ("Edward", "Ted", False),  # neither: left to an outlet that gives both
     ("Gilbert", "Wilber", False),  # the rhyme only for a short form: two names
     ("Ricky", "Dick", False),  # two nicknames of one name, which the table pairs: one may be of Richard, the other not
     ("Hannah", "Nan", False),  # the table pairs them one way only: "Nan" is a name of its own too
     ("Alice", "Lisa", False), ("Amos", "Moses", False),  # the genealogists' pairs, two names today
     ("Harry", "Henry", False), ("Jane", "Jean", False),  # one length: two spellings as often as two people
     ("Daniel", "David", False)],
)
def test_which_first_names_are_one(a: str, b: str, one: bool) -> None:
    assert one_name(a, b) is one and one_name(b, a) is one


def test_the_report_names_a_person_by_each_outlets_first_name() -> None:
    """A thirty-ninth trial's plant closure: the wire's "James Whitaker" is the tabloid's "Jim Whitaker", and the report's
    "found none" had listed naming differences."""
    result = framediff.framing([str(Path(__file__).parent / "data" / "plant-closure")])
    people = {n.concept: sorted(x for v in n.variants.values() for x in v) for n in result.framing.naming
              if n.concept in ("James Whitaker", "Carla Mendes")}
    # where two outlets put labels on the person, each outlet's labelled words are shown
    assert people == {"James Whitaker": ["Brightwell's fat-cat boss Jim Whitaker", "Chief Executive James Whitaker"],
                      "Carla Mendes": ["Carla Mendes, president of United Steelworkers Local 1124", "union boss Carla Mendes"]}


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_format_names_a_persons_two_first_names_and_says_the_same_of_reuse(framing_flat: Any, fmt: str) -> None:
    """The plant closure's wire and tabloid ("James Whitaker" / "Jim Whitaker"), and its one reuse record, said alike in
    every format: a fortieth trial's reader found the Markdown reuse line without the passages, the order and the shared
    quotations the text report gave."""
    page = framing_flat(Path(__file__).parent / "data" / "plant-closure", fmt)
    assert "James Whitaker" in page and "Jim Whitaker" in page
    assert re.search(r"shares \d+% of its text \(\d+ chars, 1 passage\) word for word with .{0,120}\(which came first: unknown\); "
                     r"and 2 shared quotations", page)


@pytest.mark.parametrize(
    ("sentence", "name", "labelled"),
    [
        # BASIL dev: a label before the name, an appositive after it, and a noun phrase before it with a comma
        ("Akin had also vowed to remain in the race earlier Tuesday on the radio show of former Republican presidential "
         "candidate Mike Huckabee.", "Mike Huckabee", "former Republican presidential candidate Mike Huckabee"),
        ("Glenn Beck, the hero of the political right and the closing speaker of a three-day conservative conference, ripped "
         "the roof off a Washington hotel Saturday with a rousing speech.", "Glenn Beck",
         "Glenn Beck, the hero of the political right and the closing speaker of a three-day conservative conference"),
        ("Firing Mr. Strzok, however, removes a favorite target of Mr. Trump from the ranks of the F.B.I. and gives Mr. Bowdich "
         "and the F.B.I. director, Christopher A. Wray, a chance to move beyond the president’s ire.", "Christopher A. Wray",
         "F.B.I. director, Christopher A. Wray"),
        # a thirty-ninth trial's tabloid: the possessor is kept with the label
        ("Brightwell's fat-cat boss Jim Whitaker pocketed $14.2 million last year.", "Jim Whitaker", "Brightwell's fat-cat boss Jim Whitaker"),
        # BASIL dev and ECB+ dev: the possessor is kept ("Colorado's attorney general" is Fox's "Colorado Attorney General"),
        # and a comma inside the appositive cuts it short: no label (blind judges')
        ("But Colorado's attorney general, John Suthers, said the state would defend the law.", "John Suthers",
         "Colorado's attorney general, John Suthers"),
        ("Paul Lee, president, ABC Entertainment Group, said the network was delighted.", "Paul Lee", None),
        # an appositive ends at its relative pronoun
        ("Carla Mendes, president of United Steelworkers Local 1124, which represents about 1,100 of the plant's hourly "
         "workers, said the union had not been consulted.", "Carla Mendes",
         "Carla Mendes, president of United Steelworkers Local 1124"),
        # no label where the parser may have cut one short, where the words are two people's, or where none stands
        ("He has also shown an eagerness to assail presumptive GOP nominee Donald Trump, which could be an important asset.",
         "Donald Trump", None),
        ("President Barack Obama and House Speaker John Boehner met at the White House on Sunday.", "John Boehner", None),
        ("Dave Brat celebrated his stunning victory over House Majority Leader Eric Cantor on Tuesday night.", "Dave Brat", None),
        # a second reader's: another's noun, a day, a quotation, a cut adverb, a negation, a thing with a doer's ending
        ("Every worker Carla Mendes spoke to outside the gates said they would strike.", "Carla Mendes", None),
        ("The company announced Monday Chief Executive James Whitaker would step down at the end of the year.", "James Whitaker",
         None),
        ('James Whitaker, "the worst boss in America," according to the union, said the plant would close.', "James Whitaker",
         None),
        ("The 2019 strike was led by then union boss Carla Mendes, who now runs a bakery.", "Carla Mendes", None),
        ("James Whitaker, not a man who backs down, said the decision was final.", "James Whitaker", None),
        ("The plant was sold last year to James Whitaker, a matter of weeks before the strike.", "James Whitaker", None),
        # a second reader's: an opening phrase with no comma, whose noun the parser folds into the label; one that cannot
        # have been folded keeps its label
        ("Minutes after the announcement union boss Carla Mendes called a strike vote.", "Carla Mendes", None),
        ("Minutes after union boss Carla Mendes called a strike vote, the company said it would not negotiate.",
         "Carla Mendes", "union boss Carla Mendes"),
        ("After transit workers union boss Carla Mendes called a strike, the city offered talks.", "Carla Mendes",
         "transit workers union boss Carla Mendes"),
    ],
)
def test_the_label_an_outlet_puts_on_a_person(sentence: str, name: str, labelled: str | None) -> None:
    from framediff.frame.person_labels import label
    from framediff.language.parser import parse

    [doc] = parse([sentence])
    start = sentence.index(name)
    found = label(doc, start, start + len(name))
    assert (found[1] if found else None) == labelled


def test_a_person_named_by_kin_is_never_joined_with_another_of_the_name() -> None:
    """A second reader's: "Jim Whitaker, the chief executive's son" is not "Chief Executive James Whitaker"."""
    one = "Chief Executive James Whitaker said the plant would close on Sept. 30."
    other = "Jim Whitaker, the chief executive's son and a plant supervisor, said he was sorry."
    assert given_name_variants([article(one, "a"), article(other, "b")]) == []

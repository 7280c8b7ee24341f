"""The same words quoted as two people's (framediff.frame.quoted_apart): what each outlet prints, with its sentence."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from framediff.frame.quoted_apart import one_person, _person, _shared

# tests/data/transit-hub, a thirty-sixth trial's story (fictional): the tabloid gives the mayor's words to a councilmember
HUB = Path(__file__).resolve().parent / "data" / "transit-hub"


def test_a_quotation_two_outlets_give_to_two_people_is_said_with_each_sentence(run_json: Any) -> None:
    doc = run_json("compare", str(HUB), "--no-cache")
    (found,) = doc["quoted_apart"]  # Rachel Kim's words, which the wire and the tabloid both give to her, are not in it
    given = {o["label"]: (o["speaker"], o["words"], o["text"]) for o in found["outlets"]}
    assert given == {
        "continental_press": ("Linda Ortiz", "We cannot keep patching a system built for 1975",
                              '"We cannot keep patching a system built for 1975."'),
        "millbrook_blaze": ("Dan Whitaker", "We cannot keep patching a system built for 1975",
                            '"We cannot keep patching a system built for 1975," declared Councilmember Dan Whitaker, '
                            "the mayor's closest ally on the council."),
    }


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_format_says_who_each_outlet_gives_the_words_to(framing_flat: Any, fmt: str) -> None:
    flat = framing_flat(HUB, fmt)
    assert "The same words, given to different speakers" in flat
    assert "“We cannot keep patching a system built for 1975”: " in flat
    assert "Linda Ortiz (#6)" in flat and "to Dan Whitaker (#4)" in flat


def test_a_paragraph_of_quotation_with_no_verb_is_not_given_to_the_speaker_above_it(run_json: Any, tmp_path: Path) -> None:
    """A BASIL dev event's Fox News printed a Republican spokesman's words in a paragraph of their own, under the
    congressman's; read as his, they had been said to be given to him where another outlet gives them to the spokesman."""
    (tmp_path / "a.txt").write_text(
        "Congressman apologises after confrontation with students\n\n"
        "Rep. Bob Etheridge apologised on Monday for grabbing a student who asked him a question on a Washington sidewalk.\n\n"
        '"I would if I knew who they were," Etheridge said when asked whether he had apologised to the young men.\n\n'
        "\"His conduct is unbecoming of a member of Congress. It's bad enough that he has joined the assault on jobs.\"\n\n"
        "The video does not reveal the identity of the men making the tape.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Etheridge sorry for grabbing student in video\n\n"
        "Rep. Bob Etheridge said on Monday that he was sorry for grabbing a student who asked him a question on a sidewalk.\n\n"
        '"Bob Etheridge has lost it," said Jon Thompson, a Republican spokesman. "His conduct is unbecoming of a member of Congress."\n\n'
        "The video was posted online on Monday.\n", encoding="utf-8")
    doc = run_json("compare", str(tmp_path), "--no-cache")
    quotes = {f["label"]: [q["speaker"] for q in f["quotes"]] for f in doc["framing"]}
    assert quotes["a"][-1] == "Bob Etheridge" and quotes["b"][-1] == "Jon Thompson"  # the reading the rule guards against
    assert doc["quoted_apart"] == []


@pytest.mark.parametrize("name, person", [
    ("Jim Manley", True),
    ("Rachel Kim", True),
    ("Ursula von der Leyen", True),
    ("Bashar al-Assad", True),
    ("Senate Majority Leader Harry Reid's office", False),  # a BASIL dev event's HuffPost: a body, its spokesman quoted elsewhere
    ("German Chancellor", False),  # an ECB+ topic's speaker read from "the German Chancellor told a debate"
    ("Ted", False),  # an ECB+ topic's "she released a jokey response", misread
    ("AMD president", False),
])
def test_only_a_speaker_named_in_full_as_a_person_counts(name: str, person: bool) -> None:
    assert _person(name) is person


@pytest.mark.parametrize("one, other, same", [
    ("Linda Ortiz", "Mayor Ortiz", True),
    ("Moammar Gadhafi", "Muammar Qaddafi", True),  # one name spelt two ways
    ("Linda Ortiz", "Dan Whitaker", False),
    ("Jim Manley", "Harry Reid", False),
    ("Mohammed bin Salman", "Osama bin Laden", False),  # a particle is no name two people share
])
def test_two_names_are_one_person_if_a_word_is_alike(one: str, other: str, same: bool) -> None:
    assert one_person(one, other) is same


@pytest.mark.parametrize("one, other, shared", [
    # rental-ruling's city attorney and mayor: six words alike, two quotations
    ("We will take this to the Supreme Court, and we expect to prevail there",
     "This fight is not over. We will go to the Supreme Court and we will win.", None),
    ("Copperleaf's recipes and people are staying exactly where they are",
     "Copperleaf’s recipes and people are staying exactly where they are, and that is a promise",
     "Copperleaf's recipes and people are staying exactly where they are"),
    ("a perfect fit", "This is a perfect fit for both companies", None),  # a stock phrase
])
def test_two_quotes_share_words_only_if_most_of_the_shorter_runs_alike(one: str, other: str, shared: str | None) -> None:
    found = _shared(one, other)
    assert (found[0][0] if found else None) == shared


# A second reader's two-article stories (fictional), each of which a first version said gave the same words to two people:
NOT_APART = {
    "inherit": "the speaker carried over from a quotation before, past a sentence naming another person",
    "joint": "a joint statement of two senators, one of whom the other outlet names",
    "echo": "both outlets give the words to both people: one echoed the other",
    "nested": "the mayor's words quoted inside a councilmember's quotation",
    "stock": "two condolences that share eight stock words",
    "mazen": "one person under two names, neither outlet naming both",
    "spokes": "a spokesman relaying the president's words, and the president's words according to his spokesman",
    "pronoun": "'she said', read as the mayor named just before",
    "body": "'Downing Street said': a body, not a person",
    "lincoln": "a governor borrowing a line from Lincoln",
    # and a second reader's of the version that answered those
    "dispute": "a councilmember who 'rejected the argument that' the mayor's words were true",
    "behalf": "a chief of staff who 'read a statement on her behalf'",
    "alias": "'Mahmoud Abbas, known as Abu Mazen': one outlet names both, as one man",
    # and a third's: another's words named by a role in the sentence that gives them
    "quoting": "'Councilmember Dan Whitaker said, quoting the mayor'",
    "citing": "'Whitaker said, citing the mayor's speech last year'",
    "reported": "'Whitaker told reporters that the mayor had warned the council'",
    "recalled": "'Whitaker said the mayor's words had stuck with him'",
    # and a fourth's: words the sentence says were taken from someone
    "according": "'according to Councilmember Dan Whitaker's notes of the mayor's remarks'",
    "ownwords": "'Councilmember Dan Whitaker said in the mayor's own words'",
    "nod": "'Whitaker said, in a nod to the mayor's campaign slogan'",
    # and a fifth's, of the pronoun (no longer read) and the clause on a speaker
    "eulogy": "'he said' after a sentence naming the dead man the words speak of",
    "pronounsex": "'she said' after a sentence naming a boy",
    "whoquoting": "'said Councilmember Dan Whitaker, who was quoting the mayor'",
    "readclause": "'said Carla Mendes, who read a statement on the family's behalf'",
    "company": "a company's statement and its chief executive's",
    # and a sixth's
    "relaying": "'said Councilmember Dan Whitaker, who was relaying a message from the mayor'",
    # a clause the speaker adds is the speaker's, unless it names another by a role
    "addingrole": "'Councilmember Dan Whitaker said, adding that the mayor had warned the council for years'",
    "addingput": "'adding that the water department's engineers had put it exactly that way in 2019' (a second reader's)",
    # a surname alone as the subject, where the article names it otherwise too (a second reader's)
    "companysurname": "'…,\" Perdue said in a statement': Perdue Farms', not Chairman Jim Perdue's",
    "daughter": "'…,\" Okafor said' in an article that names the mayor's daughter Sarah Okafor too",
    # the company named by the surname alone ("Perdue will close its poultry processing plant"), beside Chairman Jim Perdue
    "companyalone": "'…,\" Perdue said in a statement': the company's, which the wire calls Perdue alone",
    # and a second reader's of that: a company's statement, the surname read as a body or a person in its own sentence
    "company-disney": "'…,\" Disney said in a statement.': the company's, not Abigail Disney's, its critic",
    "company-ford": "'…,\" Ford said in a statement.', beside \"Ford's shares fell\": not Bill Ford's",
    "company-porsche": "'…,\" Porsche said in a statement on its website.': not Ferdinand Porsche's",
    "company-tyson": "'…,\" Tyson said in a statement on Tuesday.', spaCy's person: the meat processor's, not John Tyson's",
    # a fourth reader's: the company told by what it is ("Hollis, the 120-year-old textile maker") or its staff ("Hollis
    # managers"), where spaCy reads the lone name as a place or a people elsewhere: the company's words, not Emma Hollis's
    "company-hollis": "'…,\" Hollis said.' beside \"Hollis, the 120-year-old textile maker\": not Emma Hollis's",
    "company-hollis-staff": "'…,\" Hollis said.' beside \"Union leaders met Hollis managers\": not Emma Hollis's",
    # two spokespeople may each give a reporter the company's one statement (a fifty-third trial's round)
    "two-spokespeople": "spokeswoman Jane Doyle and Tom Brackley, a spokesman for the company: each gives the statement",
    # the second outlet names "Edith Rowley", the resident who died, and never her daughter Helen, whose words the other
    # gives: one surname, two people, so no outlet names both speakers (an eighty-second reader's)
    "namesake-solicitor": "'said Helen Rowley' and 'said Priya Sandhu, a solicitor': no outlet names Helen Rowley and Sandhu",
}


@pytest.mark.parametrize("case", sorted(NOT_APART))
def test_words_not_given_to_two_people_are_not_said_to_be(case: str, run_json: Any) -> None:
    doc = run_json("compare", str(HUB.parent / "not-quoted-apart" / case), "--no-cache")
    assert doc["quoted_apart"] == [], NOT_APART[case]


def test_the_words_and_the_names_are_text_in_every_format(run: Any, tmp_path: Path) -> None:
    """Markup, a link and a terminal escape in a quotation two outlets give to two people stay text (a second reader's)."""
    words = "We will *not* keep <b>patching</b> [a system](http://x.y) built_for 1975 \x1b[31mtoday\x1b[0m"
    (tmp_path / "a.txt").write_text(f'Council backs hub\n\nThe council approved the hub on Tuesday.\n\n"{words}," said '
                                    "Councilmember Dan Whitaker.\n\nMayor Linda Ortiz did not speak.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f'Hub approved\n\nThe council voted on Tuesday to build a hub.\n\n"{words}," Mayor Linda '
                                    "Ortiz said.\n", encoding="utf-8")
    text = run("compare", str(tmp_path), "--section", "framing", "--width", "200", "--no-cache", "--no-color").stdout
    assert "\x1b" not in text and "gives these words to Dan Whitaker" in text and "\\x1b[31mtoday" in text
    html = run("compare", str(tmp_path), "--format", "html", "--no-cache").stdout
    assert "&lt;b&gt;patching&lt;/b&gt;" in html and "<b>patching</b>" not in html and "\x1b" not in html
    markdown = run("compare", str(tmp_path), "--format", "markdown", "--no-cache").stdout
    line = next(x for x in markdown.splitlines() if "gives these words to" in x)
    assert "\\*not\\*" in line and "\x1b" not in line


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_checks_that_found_nothing_say_so(framing_flat: Any, fmt: str) -> None:
    """A thirty-sixth trial's reader could not tell "no facts disagree" from "not checked": a section left out read the same;
    a thirty-seventh's took "found none" of facts for the story, where they had been read in 6 claims of 44."""
    assert ("Looked for, found none (framediff may miss some): naming differences (of one thing in a shared claim, or of a "
            "person's first name or label)") in framing_flat(HUB, fmt).replace("&#x27;", "'")
    rhine = framing_flat(HUB.parent / "rhine-rail", fmt)
    assert re.search(r"Looked for, found none \(framediff may miss some\): verbatim reuse, facts that disagree \(read in the 6 "
                     r"shared claims only; lengths of time are not compared\)", rhine)


def test_what_reads_english_only_is_not_said_to_be_found_nowhere_in_a_story_with_one_english_outlet(run: Any) -> None:
    story = HUB.parent / "rail-strike"  # English, Spanish and German: naming and speakers read the English one alone
    text = " ".join(run("compare", str(story), "--section", "framing", "--width", "120", "--no-cache").stdout.split())
    line = text[text.index("Looked for, found none"):]
    assert "naming" not in line and "speakers" not in line and "facts that disagree" in line


@pytest.mark.parametrize("story, not_listed", [
    ("stray-article", "naming"),  # its two English outlets share no claim: naming had nothing to read (a second reader's)
    ("unrelated-fr", "facts that disagree"),  # no claim two outlets share
    ("no-quotes", "speakers"),  # two English outlets that quote nobody (a fourth second reader's)
])
def test_a_check_with_nothing_to_read_is_not_said_to_have_found_none(run: Any, story: str, not_listed: str) -> None:
    text = " ".join(run("compare", str(HUB.parent / story), "--section", "framing", "--width", "200", "--no-cache").stdout.split())
    line = text[text.index("Looked for, found none"):]
    assert not_listed not in line


def test_a_surname_two_people_share_is_read_by_the_name_given_in_full_before_it(run_json: Any) -> None:
    """tests/data/stadium-vote, a fortieth trial's (fictional): the wire's 'said Councilwoman Chen', where it also names Judge
    Martin Chen, is Grace Chen, named in full the sentence before; the tabloid gives the same words to Dana Whitfield. The
    report had said "found none" of words given to different speakers."""
    document = run_json("compare", str(HUB.parent / "stadium-vote"), "--no-cache")
    given = [sorted((o["label"], o["speaker"]) for o in q["outlets"]) for q in document["quoted_apart"]]
    assert given == [[("continental_press", "Grace Chen"), ("riverton_rattler", "Dana Whitfield")]]
    # and a name and a title alone shared ("Judge Chen") point at no sentence as one that comes near
    [record] = [r for r in document["alone_near"] if r["text"] == "Judge Chen is not related to Ms. Chen."]
    assert record["nearest_elsewhere"]["state"] == "unclear"


def test_what_a_speaker_adds_after_the_words_is_no_second_verb(run_json: Any, tmp_path: Path) -> None:
    """A forty-fourth trial's story (fictional): the national paper gives a chief executive's words to a doctor, '…," Dr.
    Mehta said, adding that the study may overstate the danger'; the report had said "found none" of words given to
    different speakers."""
    given = _given_in(run_json, tmp_path, wire=(
        "Brightwell recalls heartburn pill after study links it to pancreatitis\n\n"
        "Dr. Anil Mehta, a gastroenterologist at Northfield Hospital, said the results could overstate the risk.\n\n"
        '"The benefits still outweigh the risks for most patients," said Robert Vance, Brightwell\'s chief executive.\n'),
        paper=(
        "Study ties popular heartburn drug to pancreas damage\n\n"
        "Robert Vance, Brightwell's chief executive, said the company had acted quickly.\n\n"
        "Dr. Anil Mehta, a gastroenterologist at Northfield Hospital, was more cautious about the findings.\n\n"
        '"The benefits still outweigh the risks for most patients," Dr. Mehta said, adding that the study may overstate the '
        "danger because many participants already had gallstones.\n"))
    assert given == [[("paper", "Anil Mehta"), ("wire", "Robert Vance")]]


def test_a_surname_alone_as_the_subject_is_the_speaker_the_article_names_in_full(run_json: Any, tmp_path: Path) -> None:
    """A forty-fifth trial's story (fictional): the wire's '…," Okafor said', whose surname spaCy's entities leave unread,
    is Mayor Victor Okafor, named in full before; the tabloid gives the same words to the council president. The report
    had said "found none" of words given to different speakers."""
    given = _given_in(run_json, tmp_path, wire=(
        "Harborview council narrowly approves $48 million stadium bond\n\n"
        "Mayor Victor Okafor, who proposed the bond, defended it before the vote. \"We cannot afford to let this team walk "
        "out the door,\" Okafor said.\n\n"
        "Council President Ruth Delgado cast the deciding vote.\n"), tabloid=(
        "BALL'S IN THEIR COURT: Council gambles $48M on Gulls stadium\n\n"
        "Council President Ruth Delgado, who cast the deciding vote, made an emotional plea before the roll call. \"We "
        "cannot afford to let this team walk out the door,\" Delgado said.\n"))
    assert given == [[("tabloid", "Ruth Delgado"), ("wire", "Victor Okafor")]]


def test_a_surname_alone_that_spacy_reads_as_a_body_is_the_person_the_article_names(run_json: Any, tmp_path: Path) -> None:
    """A forty-seventh trial's story (fictional): in the tabloid's '…," Reyes added.' spaCy's entities read the prosecutor's
    surname as an organisation; the wire gives the words to a victim. The report had said "found none" of words given to
    different speakers."""
    given = _given_in(run_json, tmp_path, wire=(
        "Former ClearVault chief sentenced to 12 years for $180 million fraud\n\n"
        "\"This was not a startup that failed; it was a fraud from the first day,\" Assistant U.S. Attorney Daniel Reyes told "
        "the court.\n\n"
        "Several victims addressed the court before the sentence was handed down. \"He chose greed over every single person who "
        "trusted him,\" said Linda Frawley, a 68-year-old retired teacher from Ohio who lost her savings of $310,000.\n"),
        tabloid=(
        "CROOK GETS 12 YEARS: ClearVault boss jailed over savings scam\n\n"
        "Prosecutor Daniel Reyes said the scheme was \"a fraud from the first day.\" \"He chose greed over every single "
        "person who trusted him,\" Reyes added.\n"))
    assert given == [[("tabloid", "Daniel Reyes"), ("wire", "Linda Frawley")]]


def _given_in(run_json: Any, folder: Path, **articles: str) -> list[list[tuple[str, str]]]:
    """Write ``articles`` (label -> text) into ``folder``, compare them, and give each quotation given apart as its
    outlets' (label, speaker) pairs."""
    for label, text in articles.items():
        (folder / f"{label}.txt").write_text(text, encoding="utf-8")
    doc = run_json("compare", str(folder), "--no-cache")
    return [sorted((o["label"], o["speaker"]) for o in q["outlets"]) for q in doc["quoted_apart"]]


@pytest.mark.parametrize("case", ["q_head", "q_spokes"])
def test_a_person_is_not_read_as_a_body_by_a_headline_or_a_spokeswoman(case: str, run_json: Any) -> None:
    """tests/data/mayor-library, a second reader's (fictional): the tribune gives the mayor's words to the council
    president. A first version read the mayor as a body from a headline run into the next line ("Mayor Okafor proposes
    closing two libraries" … "Riverton will close two of its") and from "Okafor’s spokeswoman", and said "found none"."""
    document = run_json("compare", str(HUB.parent / "mayor-library" / case), "--no-cache")
    given = [sorted((o["label"], o["speaker"]) for o in q["outlets"]) for q in document["quoted_apart"]]
    assert given == [[("tribune", "Ruth Adeyemi"), ("wire", "David Okafor")]]


def test_a_name_the_parse_misreads_does_not_hide_the_words_given_to_two_justices(run_json: Any) -> None:
    """tests/data/map-ruling, a fifty-first trial's (fictional): the wire gives the dissent's "The majority has appointed
    itself the state's chief cartographer" to Justice Thomas Grady ('…," Grady wrote.'), the website to Chief Justice Paul
    Hendricks ('…," wrote Chief Justice Paul Hendricks in dissent.'). The parse tagged "Hendricks" a verb, a second verb
    beside "wrote", and read the lone "Grady" as a place wherever the wire named him alone: "found none"."""
    document = run_json("compare", str(HUB.parent / "map-ruling"), "--no-cache")
    given = [sorted((o["label"], o["speaker"]) for o in q["outlets"]) for q in document["quoted_apart"]]
    assert [("website", "Paul Hendricks"), ("wire", "Thomas Grady")] in given



def test_a_person_is_not_read_as_a_company_by_the_job_after_his_name(run_json: Any) -> None:
    """tests/data/bakery-close, a fifth reader's (fictional): the daily gives the words to its chief executive ('…," Brennan
    said.', and "said Brennan, the former bank manager who took over in 2021"), the wire to Dana Whitfield. A first version
    of the company signs read "Brennan, the former bank" as a company and said "found none"."""
    document = run_json("compare", str(HUB.parent / "bakery-close"), "--no-cache")
    given = [sorted((o["label"], o["speaker"]) for o in q["outlets"]) for q in document["quoted_apart"]]
    assert [("daily", "Paul Brennan"), ("wire", "Dana Whitfield")] in given


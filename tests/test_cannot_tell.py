"""An outlet that lacks a claim two others carry, whose closest sentence scores low and shows nothing else: framediff
cannot tell whether it states the claim, and says so ("cannot tell"), pointing at no sentence.

Each row is a BASIL dev claim and the closest sentence of the outlet that lacked it, with the verdict a blind judge gave
the "comes near" record the report used to make (bench/verdicts/coverage/near.jsonl): under SHOWS_NEAR such records were
6 true, 4 a neighbouring fact and 3 omissions of 13; a twenty-fourth trial's were 2 false and 1 partly right of 3.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import framediff

# (the claim two outlets carry, the third outlet's closest sentence, its score, share of the claim's words it carries,
#  whether that is part of the claim, the state said)
CASES = [
    # judged false: the outlet never says when the pair is arraigned
    ("The pair is due to be arraigned in court on Thursday morning.",
     "Hunter, 41, is a five-term congressman representing San Diego County.", 0.15, 0.25, False, "unclear"),
    # judged false: the vote is not in the outlet's article
    ("This followed a 97-1 vote hours earlier in the Senate.",
     "The override, the first Mr. Obama has faced in his presidency, is expected to begin in the Senate.", 0.15, 0.30, False,
     "unclear"),
    # judged true at 0.28: no longer said, as it is not shown by a score under SHOWS_NEAR alone
    ("No matter how intrusive and partisan our politics can become, this does not justify a poor reaction on my part.",
     "\"No matter how partisan and no matter how difficult things get sometimes, that's no excuse.", 0.28, 0.45, False,
     "unclear"),
    # from SHOWS_NEAR up, the score alone shows it may say it differently (judged true at 0.39)
    ("The Georgetown University letter argues, though, that Ryan misappropriated the Catholic teaching.",
     "The letter released Tuesday by the faculty at Georgetown took Mr. Ryan to task for that argument.", 0.39, 0.40, False,
     "differently"),
    # carrying part of the claim shows it all the same (judged true at 0.18)
    ("Do you fully support the Obama agenda?\"",
     "Etheridge is seen in an amateur video grabbing a student who asked whether he fully supports the Obama agenda.", 0.18, 0.71,
     True, "differently"),
    # a low score with something else to show (a second reader's case, tests/data/block-collapse): the claim's time of day
    ("The building, which housed 40 apartments, came down at about 4:40 a.m. while most residents were asleep.",
     "The five-storey block, a Communist-era eyesore, caved in at 4.40am on Tuesday.", 0.15, 0.25, False, "differently"),
    # a count of the same thing is no sign from NEAR up (a second reader's demonstrators; block-collapse's firefighters)
    ("About 220 firefighters and rescuers, backed by sniffer dogs and a team from Bucharest, were searching the site.",
     "The inspectorate said 240 firefighters, gendarmes and volunteers had worked through the night under floodlights.", 0.19, 0.25,
     False, "unclear"),
    ("Officers detained 14 demonstrators who tried to force their way into the building.",
     "Some 200 demonstrators gathered outside the trust's offices on Monday morning.", 0.18, 0.25, False, "unclear"),
    # a claim that goes on from the sentence before it is no exception: its closest sentences were seldom the claim
    ("But House Democrats are not listening.", "Mr. Biden's visit with the House Democrats is likely to be as contentious as ever.",
     0.15, 0.25, False, "unclear"),
    # a figure that is a word of a name shows nothing (a twenty-seventh trial's, fictional): an index, not a fact's figure
    ("Bramwell's shares fell 7.4% to 312 pence in morning trading in London, making them the biggest fallers on the FTSE 250 index.",
     "The FTSE 250 group reported pre-tax profit of £142 million for the quarter to the end of September.", 0.15, 0.25, False,
     "unclear"),
    # plain digits after a word in title case name a thing (a twenty-ninth trial's, fictional): a union local, not a count
    ("Local 1182 represents about 1,400 transit employees, including office staff who were not part of the walkout.",
     "Denise Okoro, who leads Amalgamated Transit Union Local 1182, said the members had made real sacrifices.", 0.11, 0.25, False,
     "unclear"),
    # a count after a word in title case is still the claim's figure (STS-B news dev; a second reader's)
    ("Jiroemon Kimura died on Wednesday at the age of 116.", "Japan: World's Oldest Man Ever Dies Aged 116", 0.07, 0.0, False,
     "differently"),
    # a figure after a day is no name: the claim's exact figure still shows it (a third reader's, 0.07)
    ("Authorities said on Tuesday 3,417 residents had been evacuated from low-lying districts of Marlow.",
     "Volunteers from churches, schools and sports clubs handed out blankets, bottled water and hot meals to 3,417 people.", 0.07,
     0.0, False, "differently"),
    # under NEAR: it leaves it out
    ("The pair is due to be arraigned in court on Thursday morning.",
     "Hunter, 41, is a five-term congressman representing San Diego County.", 0.06, 0.25, False, "leaves_out"),
]


@pytest.mark.parametrize(("claim", "closest", "score", "carried", "part", "state"), CASES)
def test_a_low_score_with_nothing_else_to_show_is_cannot_tell(tmp_path: Path, claim: str, closest: str, score: float,
                                                               carried: float, part: bool, state: str) -> None:
    from framediff.serialize import document as json_document

    comparison, shared, c = _compared(tmp_path, claim, closest, score, carried, part, 0.5)
    absence = comparison.absence("c1", c.id)
    assert absence is not None and absence.state == state
    outlet = comparison.outlets[2]
    assert [x.claim for x in outlet.unclear] == (["c1"] if state == "unclear" else [])
    assert comparison.lacking(shared)[2] == ((c.id,) if state == "unclear" else ())
    if state == "unclear":  # the reason gives the score and the cut-off it is under; the JSON lists the record
        assert f"{score:.2f}" in absence.reason and "0.35" in absence.reason
        document = json_document(comparison)
        assert [r["claim"] for r in document["unclear"]] == ["c1"]
        assert document["outlets"][2]["unclear"] == ["c1"]


def _compared(tmp_path: Path, claim: str, closest: str, score: float, carried: float, part: bool, in_article: float) -> Any:
    """A comparison of three outlets: two carry ``claim``, the third's closest sentence is ``closest`` with these signals."""
    from framediff.aligning.claims import Alignment, Claim, Member, Nearest, SentenceRef
    from framediff.comparing.comparison import compare

    for name, text in (("a", claim), ("b", claim), ("c", closest)):
        (tmp_path / f"{name}.txt").write_text(f"Headline {name}\n\nAn opening sentence.\n\n{text}\n", encoding="utf-8")
    a, b, c = articles = framediff.read_articles([str(tmp_path / f"{n}.txt") for n in "abc"])
    shared = Claim("c1", (Member(a.id, 2, 1.0), Member(b.id, 2, 1.0)), SentenceRef(a.id, 2), (a.id, b.id), (c.id,),
                   (Member(c.id, 2, score),), (Nearest(c.id, 2, score, carried, part, "", in_article),))
    return compare(Alignment(tuple(articles), (_headlines_joined(articles), shared), "test", 0.44)), shared, c


# a fifty-eighth trial's (tests/data/hospital-breach, fictional): the tabloid's closest sentence to the wire's is another fact
# (0.24, 15% of its words), but its article uses much of the claim's words elsewhere ("had their Social Security numbers,
# birth dates and medical diagnoses swiped", 65% of the claim's words): that closest sentence does not show it leaves the
# claim out. Under coverage.UNRELATED_USED it still does (BASIL dev's true omissions reach up to that cut)
@pytest.mark.parametrize(("in_article", "state"), [(0.15, "leaves_out"), (0.45, "leaves_out"), (0.65, "unclear")])
def test_a_closest_sentence_of_another_fact_shows_no_omission_where_the_article_uses_the_claims_words(
        tmp_path: Path, in_article: float, state: str) -> None:
    comparison, _, c = _compared(tmp_path, "The stolen files included names, dates of birth, Social Security numbers and some "
                                 "diagnosis codes, according to the statement.",
                                 "Experts warn that stolen medical records sell for up to $250 apiece on the dark web, far more "
                                 "than stolen credit card numbers.", 0.24, 0.15, False, in_article)
    absence = comparison.absence("c1", c.id)
    assert absence is not None and absence.state == state


# tests/data/chem-blast (a trial's, fictional): the French daily states the wire's fact in its own words, and its
# sentence scores low, as sentences of one fact in two languages do
SEVESO = ("The site is classified under the EU's Seveso directive as a high-risk industrial installation.",
          "Le site, classé Seveso seuil haut, n'en est pas à son premier incident.")


@pytest.mark.parametrize(("score", "state"), [(0.09, "unclear"), (0.06, "leaves_out"), (0.12, "unclear")])
def test_across_languages_a_score_just_under_near_does_not_show_an_omission(tmp_path: Path, score: float, state: str) -> None:
    from framediff.aligning.claims import Alignment, Claim, Member, Nearest, SentenceRef
    from framediff.comparing.comparison import compare

    english = "Blast at chemical plant\n\nA blast hit the Chimex Rhin plant on Tuesday, the company said.\n\n{}\n"
    french = "Explosion à l'usine\n\nUne explosion a frappé l'usine Chimex Rhin mardi, selon l'entreprise.\n\n{}\n"
    other = english.replace("the company said", "officials said")
    for name, text in (("a", english.format(SEVESO[0])), ("b", other.format(SEVESO[0])), ("c", french.format(SEVESO[1]))):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    a, b, c = articles = framediff.read_articles([str(tmp_path / f"{n}.txt") for n in "abc"])
    assert c.sentence_language(2) == "fr" and a.sentence_language(2) == "en"
    near = Member(c.id, 2, score)
    shared = Claim("c1", (Member(a.id, 2, 1.0), Member(b.id, 2, 1.0)), SentenceRef(a.id, 2), (a.id, b.id), (c.id,), (near,),
                   (Nearest(c.id, 2, score, 0.0, False, "", 0.1),))
    absence = compare(Alignment(tuple(articles), (_headlines_joined(articles), shared), "test", 0.44)).absence("c1", c.id)
    assert absence is not None and absence.state == state


@pytest.mark.parametrize(("sentence", "days"), [
    ("The federal subpoenas are due Feb. 5.", {(2, 5, None): "Feb. 5"}),  # BASIL dev
    ("The unrest was ultimately ignited by the shooting of an unarmed black teenager by a white police officer on Aug. 9.",
     {(8, 9, None): "Aug. 9"}),
    ("Published: 09th June 2013", {(6, 9, 2013): "09th June 2013"}),  # ECB+ dev
    ("Many Americans want to get married on the fourth of July.", {(7, 4, None): "the fourth of July"}),  # BASIL dev
    ("The disgraced boss has until the fifth of May to turn himself in.", {(5, 5, None): "the fifth of May"}),  # a twenty-eighth trial's
    ("The bill passed in May 2021, and lawmakers may 5 times revisit it.", {}),  # a month and year; "may" the verb
    ("The hearing on March 3, which ran until 10:30, was closed to the public.", {(3, 3, None): "March 3"}),
    ("He has until May fifth to surrender.", {(5, 5, None): "May fifth"}),
    # a second reader's: a count after a month, an event a day names, a name, a word that goes on from a month
    ("In March 12 soldiers died.", {}),
    ("Reffitt was among the first people charged over the Jan. 6 attack on the Capitol.", {}),
    ("Prime Minister Theresa May 10 Downing Street", {}),
    ("Nearly 12 May Day marches were held.", {}),
    ("Only 21 of May's MPs backed her.", {}),
    ("Brightwell Appliances will close its refrigerator plant on Route 9 by September 30, 2026, putting about 910 people out of work.",
     {(9, 30, 2026): "September 30, 2026"}),  # a twenty-third trial's; its quarter "ended Sept. 30" is another day
])
def test_calendar_days_are_read_as_english_writes_them(sentence: str, days: dict[tuple[int, int, int | None], str]) -> None:
    from framediff.comparing.times_of_day import calendar_days

    assert calendar_days(sentence) == days


# A twenty-eighth trial's tabloid was said to leave out "He is to report to prison by May 5." (its closest sentence 0.04),
# though its "The disgraced boss has until the fifth of May to turn himself in." says it. One other sentence of the outlet
# naming the claim's day of the month is no proof, as two facts may fall on one day, but it is evidence a low score does
# not outweigh: framediff cannot tell. A day the outlet names in several sentences is its story's day, and tells nothing.
@pytest.mark.parametrize(("elsewhere", "state"), [
    (["The disgraced boss has until the fifth of May to turn himself in."], "unclear"),
    (["The disgraced boss has until the fifth of June to turn himself in."], "leaves_out"),  # another day
    # a year on one side only, in an undated article: no telling it is the claim's ("born on July 4, 1976", a second reader's)
    (["The disgraced boss has until May 5, 2031 to turn himself in."], "leaves_out"),
    (["The mayor, who was born on May 5, 1976, did not comment."], "leaves_out"),
    (["The disgraced boss faces a May 5 deadline to turn himself in."], "unclear"),  # a second reader's: a day before a noun
    (["The disgraced boss has until May 5 to turn himself in.", "His appeal will be heard after May 5."], "leaves_out"),
    ([], "leaves_out"),
])
def test_a_sentence_naming_the_claims_day_makes_cannot_tell(tmp_path: Path, elsewhere: list[str], state: str) -> None:
    closest = "His lawyer begged for just four years behind bars."
    absence = _prison_claim_lacked(tmp_path, [[PRISON], [PRISON], [closest, *elsewhere]], 0.04, joined=None)
    assert absence is not None and absence.state == state
    if state == "unclear":
        assert absence.reason.startswith("its sentence #3, “The disgraced boss ")  # the sentence, for a reader to check


PRISON = "He is to report to prison by May 5."


def _prison_claim_lacked(tmp_path: Path, bodies: list[list[str]], score: float, joined: int | None, dated: str = "") -> Any:
    """How the third of three articles (each body a list of sentences after an opening one) lacks the claim its first two
    carry as sentence 2, its closest sentence 2 at ``score``; ``joined``: its sentence that states a claim with the first's
    sentence 3; ``dated``: the third article's date."""
    from framediff.aligning.claims import Alignment, Claim, Member, Nearest, SentenceRef
    from framediff.comparing.comparison import compare

    for name, body in zip("abc", bodies):
        paragraphs = "\n\n".join(["An opening sentence.", *body])
        date = f"Date: {dated}\n\n" if dated and name == "c" else ""
        (tmp_path / f"{name}.txt").write_text(f"Headline {name}\n\n{date}{paragraphs}\n", encoding="utf-8")
    a, b, c = articles = framediff.read_articles([str(tmp_path / f"{n}.txt") for n in "abc"])
    shared = Claim("c1", (Member(a.id, 2, 1.0), Member(b.id, 2, 1.0)), SentenceRef(a.id, 2), (a.id, b.id), (c.id,),
                   (Member(c.id, 2, score),), (Nearest(c.id, 2, score, 0.0, False, "", 0.2),))
    claims = [shared]
    if joined is not None:  # c's dated sentence states another claim, which a carries too
        claims.append(Claim("c2", (Member(a.id, 3, 1.0), Member(c.id, joined, 1.0)), SentenceRef(a.id, 3), (a.id, c.id), (b.id,)))
    return compare(Alignment(tuple(articles), (_headlines_joined(articles), *claims), "test", 0.44)).absence("c1", c.id)


@pytest.mark.parametrize(("body", "joined", "state"), [
    # a second reader's: the closest sentence itself names the claim's day, and another does too: not "leaves it out"
    (["The disgraced boss has until May 5 to turn himself in.", "His lawyers vowed to file an appeal before May 5."], None, "unclear"),
    # a second reader's: the one sentence naming the day, not the closest, states a claim other outlets carry
    (["His lawyer begged for just four years behind bars.", "Brightwell shareholders will vote on a new board on May 5."], 3,
     "leaves_out"),
    # the closest counts though it states a claim with another outlet: a twenty-eighth trial's daily and wire stated "report
    # to prison by May 5" together, and the tabloid's "until the fifth of May" had been "only here" beside them
    (["The disgraced boss has until the fifth of May to turn himself in."], 2, "unclear"),
])
def test_the_closest_sentence_or_one_of_no_other_claim(tmp_path: Path, body: list[str], joined: int | None, state: str) -> None:
    absence = _prison_claim_lacked(tmp_path, [[PRISON, "Shareholders vote on a new board on May 5."], [PRISON], body], 0.11, joined)
    assert absence is not None and absence.state == state


@pytest.mark.parametrize(("claim", "elsewhere", "state"), [
    # a year on one side only, within a year of the article's date: the same day
    (PRISON, "The disgraced boss has until May 5, 2026 to turn himself in.", "unclear"),
    # two years, each written: two days, however near the article's date (found on review)
    ("He was first charged on May 5, 2025.", "The disgraced boss has until May 5, 2026 to turn himself in.", "leaves_out"),
])
def test_a_year_on_each_side_must_agree(tmp_path: Path, claim: str, elsewhere: str, state: str) -> None:
    closest = "His lawyer begged for just four years behind bars."
    absence = _prison_claim_lacked(tmp_path, [[claim], [claim], [closest, elsewhere]], 0.04, None, dated="2026-03-02")
    assert absence is not None and absence.state == state


def _headlines_joined(articles: Any) -> Any:
    """A claim of the articles' headlines, which all carry: an article that shares no claim is read as another story or
    one framediff could not align (two_events.sharing_none), and these fixtures' third article is of the story."""
    from framediff.aligning.claims import Claim, Member, SentenceRef

    return Claim("c0", tuple(Member(x.id, 0, 1.0) for x in articles), SentenceRef(articles[0].id, 0), tuple(x.id for x in articles), ())

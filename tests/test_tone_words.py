"""The words a tone on shared claims rests on (framediff.frame.judging_words.tone_words), shown beside it in every format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framediff.frame.judging_words import tone_words
from framediff.render.wording import tone_words_line

# tests/data/ferry-sentencing, a thirty-seventh trial's story (fictional): the tabloid's tone on shared claims read as near
# neutral from "free" ("could walk free") and "innocent" beside its "killer" and "watery grave"
FERRY = Path(__file__).resolve().parent / "data" / "ferry-sentencing"


@pytest.mark.parametrize("sentence, expected", [
    # BASIL dev (Fox News): words VADER reads as praise or blame, whatever the sentence says of them
    ("The traffic lanes were closed for four days in September, creating traffic gridlock in Fort Lee, the town at the base "
     "of the bridge on the New Jersey side.", ["creating"]),
    ("Ferguson has endured more than a week of unrest since the August 9 death of 18-year-old Michael Brown, who was shot by "
     "Ferguson Police Officer Darren Wilson.", ["death"]),
    # a forty-second trial's wire: a count is no chat code ("143", "I love you", had been read as praise)
    ("The Rheinperle, carrying 143 passengers and nine crew, was struck on its starboard side at about 9:40 p.m. as it "
     "returned from an evening dinner cruise.", ["struck"]),
    # a forty-seventh trial's tabloid: shares and interest rates are things of markets, no praise
    ("Shares tumbled on the news, with the NSX 100 closing down 1.1 per cent.", []),
    ("Mortgage misery deepened for millions yesterday as Reserve Bank governor Helena Strand hiked interest rates for the "
     "third time this year.", ["misery"]),
    # a forty-eighth trial's: a weather alert is a warning, "like" that compares praises nothing; "like" as a verb still does
    ("\"We have never seen the river rise like this.\"", []),
    ("An orange weather alert had been issued for the valley on Wednesday.", []),
    ("Residents like pensioner Maria Lopez were told to get out.", []),
    ("To residents who lost their homes, it looked to all like a cover-up.", ["lost", "cover-up"]),
    ("They like the plan, a poll found.", ["like"]),
    ("Just like in 1994, the river rose past the old mill.", []),  # a second reader's
    ("We really like the new bridge, residents said.", ["like"]),
    # a forty-ninth trial's: a hospital's plain compounds praise and blame nothing; the words alone still do (written for this test)
    ("Dr. Ellen Whitcombe, a cardiologist at Lakeview whose great-grandfather founded the hospital in 1911, said surgeons had "
     "postponed elective heart procedures until at least Friday.", ["postponed"]),
    ("Inside the emergency room, staff are working with pen and paper.", []),
    # a fifty-first trial's: a title that opens the sentence is no praise
    ("Justice Grady also argued that the majority's new standard would leave every future map open to challenge.",
     ["argued", "leave", "challenge"]),
    ("A ransomware attack has forced Whitcombe Health, a regional hospital group in northeast Ohio, to divert ambulances away from "
     "two of its four hospitals.", ["forced"]),
    ("Doctors at Lakeview Medical Center have put off non-emergency heart operations until at least Friday.", []),
    ("Lab results are carried up the stairs by hand.", []),
    ("The company asked anyone with a minor illness or injury to go to an urgent care clinic or call their doctor instead of "
     "coming to the emergency room.", ["illness", "injury"]),
    ("The nurses care deeply about their patients, and it shows.", ["care"]),
    ("If you have an emergency, call 911 as usual, officials said.", ["emergency"]),
])
def test_the_words_a_tone_rests_on_are_those_the_lexicon_scores(sentence: str, expected: list[str]) -> None:
    assert [w for w, _ in tone_words(sentence)] == expected


def test_the_line_gives_praise_and_blame_apart_most_weight_first() -> None:
    words = (("killer", -3.0, 1), ("free", 2.3, 2), ("grave", -1.6, 1))
    assert tone_words_line(words) == "+ free ×2; − killer, grave"
    assert tone_words_line(words, top=1) == "− killer; 2 more"
    assert tone_words_line(()) == "—"


def test_the_json_gives_the_words_each_outlets_tone_rests_on(run_json: Any) -> None:
    doc = run_json("compare", str(FERRY), "--no-cache")
    tone = {o["label"]: o["tone"] for o in doc["framing"]}
    words = {w["word"]: (w["valence"], w["count"]) for w in tone["DailyBlaze"]["words"]}
    assert words["free"][0] > 0 and words["killer"][0] < 0
    weights = [abs(w["valence"]) * w["count"] for w in tone["DailyBlaze"]["words"]]
    assert weights == sorted(weights, reverse=True)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_format_says_what_the_tone_is_read_from(framing_flat: Any, fmt: str) -> None:
    flat = framing_flat(FERRY, fmt, 160)
    assert "tone read from:" in flat and "+ free, innocent; − killer" in flat


def test_a_sentence_in_two_claims_counts_once(run_json: Any) -> None:
    # tests/data/bridge-collapse, a thirty-eighth trial's: the wire writes "killed" twice, and its headline stood in two
    # claims; "killed ×3" had been shown, and the headline's tone counted twice
    doc = run_json("compare", str(FERRY.parent / "bridge-collapse"), "--no-cache")
    wire = next(o for o in doc["framing"] if o["label"] == "1_wire")
    words = {w["word"]: w["count"] for w in wire["tone"]["words"]}
    assert words["killed"] == 2 and words["collapses"] == 1


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        # trials' names: a name's "Fair", "Securities", "United" is no praise (trials thirty-nine to forty-one)
        ("Dana Whitfield, spokeswoman for Taxpayers for a Fair Riverton, said the deal was shameful.", [("shameful", -2.2)]),
        ("Analysts at Castellan Securities said the bill could soar.", []),
        ("Carla Mendes, president of United Steelworkers Local 1124, said the union had not been consulted.", []),
        ("In August, Superior Court Judge Martin Chen dismissed a lawsuit by opponents.", [("lawsuit", -0.9)]),
        # a name that opens the sentence (a second reader's), and a run of capitals that condemns, which is emphasis
        ("United Steelworkers Local 1124 said the cuts were painful.", [("cuts", -1.2), ("painful", -1.9)]),
        ("Workers called it a Shameful Betrayal by Greedy Bosses, and Disgraced Former Mayor Tom Berg said nothing.",
         [("shameful", -2.2), ("betrayal", -2.8), ("greedy", -1.3), ("disgraced", -2.0)]),
        # ... but a judging word that opens the sentence stays, and a headline is read whole
        ("Greedy Brightwell axed 1,240 jobs.", [("greedy", -1.3), ("axed", -1.3)]),
        ("GREED: Fat-Cat Boss Pockets Millions As Plant Dies", [("greed", -2.433)]),
    ],
)
def test_the_words_of_names_are_no_tone(sentence: str, read: list[tuple[str, float]]) -> None:
    from framediff.frame.judging_words import tone_words

    assert tone_words(sentence) == read

"""Framing on small articles whose answers are known."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from framediff.article import Article
from framediff.frame import distinctive_terms, evaluative_terms, find_quotes, similar_phrases
from framediff.frame.judging_words import classify
from framediff.reading.articles import prepare_article
from framediff.article import RawArticle


def article(text: str, label: str, date: str | None = None) -> Article:
    made = prepare_article(RawArticle(source=f"{label}.txt", text=text, format="text", encoding="utf-8", label=label, date=date))
    return replace(made, id=label)


@pytest.mark.parametrize(
    ("text", "speaker", "verb"),
    [
        ("“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.", "Ana Ruiz", "said"),
        ("“This is a deal that will help them,” the aide, Zohar Palti, told Kan.", "Zohar Palti", "told"),
        ("Minister of Health, Ada Obi: “We have just opened three new clinics in the north.”", "Ada Obi", None),
        ("\"Nobody expected the river to rise so fast,\" said Tom Berg, a farmer.", "Tom Berg", "said"),
        # a name, then who they are, then the verb: the name speaks, not the office
        ("Zohar Palti, head of the Defense Ministry's Political-Security Bureau, called it “one of the peak achievements.”",
         "Zohar Palti", "called"),
        ("“We are ready for anything,” Lt. Gen. Aviv Kochavi, the army chief, said.", "Aviv Kochavi", "said"),
        # whoever is told is spoken to; places, party tags and committees do not speak
        ("Gowdy told Fox News' Megyn Kelly that “we will get to the bottom of this.”", "Gowdy", "told"),
        ("“We will not back down on this,” said Sen. Chuck Schumer, D-N.Y.", "Chuck Schumer", "said"),
        ("“The rule is unlawful and void,” California said.", None, None),
        ("“The report is complete and final,” the Intelligence Committee said.", "the Intelligence Committee", "said"),
        # a quote that runs over two sentences, attributed after it closes
        ("“This is punishable by prison. This is a felony,” said Rep. Darrell Issa.", "Darrell Issa", "said"),
        ("“The talks went well for everyone,” the minister, Ana Ruiz, said.", "Ana Ruiz", "said"),
        ("Israel’s defense ministry said that “the agreement is a significant step in relations.”", "Israel’s defense ministry", "said"),
        # nobody named: a role speaks
        ("“We are reviewing the letter carefully,” said a Harbor Bank spokesperson on Friday.", "a Harbor Bank spokesperson", "said"),
        ("“Nobody is stopping the trucks at all,” the source said.", "the source", "said"),
        ("“The ferry is sinking fast,” officers announced on the radio.", "officers", "announced"),
        ("“If the river rises we will all swim,” one user quipped.", "one user", "quipped"),
        # the subject, an aside with commas, then the verb
        ("Ola Berg, a senior analyst at Norden, the Oslo-based research group, told Reuters that the plan was “plainly unworkable in winter.”",
         "Ola Berg", "told"),
        ("“We had some outages last week,” Ivo Marsh, the firm’s head of retail and services, said Tuesday at a conference.", "Ivo Marsh", "said"),
        # an outlet that passes words on, a weekday, a post before the name: none of them speaks
        ("Lee Park, via the Daily Ledger, said that Kim “cannot start a fight and then cry foul.”", "Lee Park", "said"),
        ("“Bigger than just the small deal” agreed in May, said Tom Reyes, a trade scholar.", "Tom Reyes", "said"),
        ("“The launch went well for us,” CEO Dana Lutz said.", "Dana Lutz", "said"),
        ("“We lost that game fair and square,” Rovers DL Sam Otto said.", "Sam Otto", "said"),
        ("“We found water in the crater,” said planetary scientist Mira Holt of the space agency.", "Mira Holt", "said"),
        ("“Could something live down there, in the dark?” Holt asked.", "Holt", "asked"),
        ("Mira Holt later tweeted that the survey “needs to be repeated next year.”", "Mira Holt", "tweeted"),
    ],
)
def test_quote_speakers(text: str, speaker: str, verb: str | None) -> None:
    quotes = find_quotes(article(text, "x"))
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker and quotes[0].verb == verb


def test_pronoun_speaker_resolves_to_the_last_named_one() -> None:
    text = (
        "Mayor Ana Ruiz said the bridge would reopen soon.\n\n"
        "She said residents had \"waited long enough for this to happen.\""
    )
    quotes = find_quotes(article(text, "x"))
    assert [q.speaker for q in quotes] == ["Ana Ruiz"]


def test_he_said_is_the_last_person_named_not_the_last_speaker() -> None:
    text = ("“We won it all,” Ana Ruiz said.\n\n"
            "Her rival, Tom Berg, conceded the race on Tuesday. He said “the voters have spoken clearly tonight.”")
    assert [q.speaker for q in find_quotes(article(text, "x"))] == ["Ana Ruiz", "Tom Berg"]


def test_he_is_a_surname_the_recogniser_took_for_something_else() -> None:
    # a trial's story: the recogniser reads "Delaney" alone as a law; the article names Sen. Mark Delaney in full
    text = ("State Sen. Mark Delaney cast the deciding vote for the bill.\n\n"
            "\"It's a betrayal, plain and simple,\" said Tom Kessler, who organised the protest through a Facebook group.\n\n"
            "Delaney rejected the charge.\n\n\"I did not come here to make friends,\" he said.")
    assert [q.speaker for q in find_quotes(article(text, "x"))] == ["Tom Kessler", "Mark Delaney"]


def test_she_is_the_woman_named_though_a_man_shares_her_surname() -> None:
    # a seventh trial's story: "Mr. Okafor" made Okafor a man's surname, and "she" went to the man quoted before her
    text = ("Mr. Okafor, 27, a warehouse worker and father of two, was shot by a Carverton police officer shortly before midnight "
            "and died at the scene.\n\n"
            "Sgt. Paul Dorsey, the police union president, said Officer Brian Kessler, a nine-year veteran, had acted to protect "
            "his own life and the lives of his partners.\n\n"
            "Mr. Okafor's mother, Grace Okafor, stood on the steps of her home on Sunday holding a framed photograph. "
            "\"All we want is the truth about what happened to my son,\" she said.")
    assert [q.speaker for q in find_quotes(article(text, "x"))] == ["Grace Okafor"]


def test_a_quote_that_goes_on_after_its_attribution_is_the_same_speakers() -> None:
    text = "“We will see the market shake out a bit,” Ivo Marsh said. “Not everyone will make it.”"
    assert [q.speaker for q in find_quotes(article(text, "x"))] == ["Ivo Marsh", "Ivo Marsh"]


def test_he_is_the_last_person_named_by_surname_and_never_the_one_spoken_to() -> None:
    text = ("Dana Lutz spoke with Ivo Marsh on stage.\n\n"
            "Customers “wanted this from the start,” Lutz told Marsh. “We really took that to heart,” she said.\n\n"
            "Marsh agreed. “I run my whole business on my phone now,” he told Lutz.")
    assert [q.speaker for q in find_quotes(article(text, "x"))] == ["Dana Lutz", "Dana Lutz", "Ivo Marsh"]


def test_variants_of_one_speaker_merge() -> None:
    text = ("Israel’s defense ministry said that “the agreement is a significant step.”\n\n"
            "“We are proud of it and of our partners,” the defense ministry said.\n\n"
            "Benny Gantz landed in Rabat. “It is a very good day for us,” Gantz said. “We will build on it,” said Mr. Gantz.")
    assert [q.speaker for q in find_quotes(article(text, "x"))] == ["Israel’s defense ministry"] * 2 + ["Benny Gantz"] * 2


def test_distinctive_terms_favour_what_one_outlet_repeats() -> None:
    a = article("The dam collapse flooded the valley. The dam collapse killed livestock. Rescue teams arrived.", "a")
    b = article("Heavy rain flooded the valley. Rescue teams arrived. Farmers counted losses.", "b")
    terms = dict(distinctive_terms([a, b]))
    assert terms["a"][0][0] in ("dam", "collapse", "dam collapse")
    assert all("dam" not in t for t, _ in terms["b"])


@pytest.mark.parametrize(
    ("word", "kind"),
    [("historic", "loaded"), ("groundbreaking", "loaded"), ("so-called", "loaded"), ("slammed", "loaded"), ("pounced", "loaded"),
     ("greedy", "loaded"), ("fat-cat", "loaded"), ("gloated", "loaded"),  # a thirty-ninth trial's tabloid
     ("assailed", "loaded"), ("phony", "loaded"), ("reportedly", "hedge"), ("could", "hedge"), ("may", "hedge"), ("very", "intensifier"),
     # ordinary news words that a sentiment lexicon scores, and single letters, are not judgements
     ("justice", None), ("intelligence", None), ("won", None), ("agreement", None), ("l", None), ("river", None), ("signed", None),
     # a thing's name that is also a verb of attack: the verb's other forms are judgements, the thing is not
     ("fumes", None), ("fumed", "loaded"), ("torched", "loaded"), ("rails", None), ("mock", None)],
)
def test_evaluative_lexicon(word: str, kind: str | None) -> None:
    assert classify(word) == kind


@pytest.mark.parametrize(("text", "marked"), [
    ("Sen. Graham slammed the so-called deal, which could collapse.", [("slammed", "loaded"), ("so-called", "loaded"), ("could", "hedge")]),
    ("The Intelligence Committee questioned Dick Cheney and Cedric L. Richmond.", []),  # words in names, a single letter
    ("Radical Party leaders stormed off the stage.", [("stormed off", "loaded")]),
    ("Republicans pounced on the remarks and seized on the report.", [("pounced", "loaded"), ("seized on", "loaded")]),
    ("The hearing opens May 3 and may run late.", [("may", "hedge")]),
    ("It was a terrible, utterly phony process.", [("terrible", "loaded"), ("utterly", "intensifier"), ("phony", "loaded")]),
    # a thirty-sixth trial's tabloid, which had been said to use no intensifier
    ("Halden is forking over a whopping $41 a share for the privilege.", [("whopping", "intensifier")]),
    # a verb of attack that is also a thing's name (MRPC, STS-B): the thing is no judgement
    ("China army newspaper slams US's PRISM program", [("slams", "loaded")]),
    ("The blasts killed two people and injured more than 150 others.", []),
    ("Death toll rises to 236 after Brazzaville blasts", []),
    ("Three guys in speedos have their feet up on the railing of a boat getting a tan.", []),
    ("And Thursday, a former Intel exec blasted wireless as too insecure, too complicated, and too difficult to install.",
     [("blasted", "loaded")]),
    # "could not" is what one was able to do, no doubt of the claim (ECB+ dev)
    ("Lang could not be reached again for clarification on the conflicting reports.", []),
    ("A rescue helicopter found Buckley and the others but they could not be rescued until the next morning.", []),
    # a thirty-fourth trial's: "could no longer" is what one was able to do
    ("Council President Tom Reilly, who voted for the closure, said the city could no longer cover the losses.", []),
    ("Witnesses said they could barely see the road through the smoke.", []),
    # a forty-seventh trial's broadsheet: a promise that something could never happen doubts nothing
    ("At the three-week trial, jurors heard that ClearVault promised annual returns as high as 9 percent and told savers their "
     "principal could never be lost.", []),
    # business news' dramatic words (a fifty-second trial's financial paper); a knife attack's and a dig's plain words are
    # none (a fifth reader's)
    ("The slump in China will cap a bloodbath for the crisis-hit German carmaker.", [("bloodbath", "loaded"), ("crisis-hit", "loaded")]),
    ("Police said the victim had been slashed across the face with a knife.", []),
    ("Archaeologists found stone axes 300,000 years old.", []),
    ("A bomb blast 200 metres away shook the building.", []),
    # what one sensed, not doubt (trials 49 and 50); sensing as a possibility stays a hedge (written for this test)
    ("\"Every minute counted and they drove right past the hospital he could see from his kitchen window,\" Reilly said.", []),
    ("\"You could feel the heat from the road.\"", []),
    ("Investors could see losses this year.", [("could", "hedge")]),
    ("Residents could feel the effects for years.", [("could", "hedge")]),
    ("Voters could feel betrayed.", [("could", "hedge")]),
    # a second reader's: what may come, heard from someone, or sensed on a condition, stays a hedge
    ("Parts of upstate New York could see over a foot of snow by Saturday morning, forecasters said.", [("could", "hedge")]),
    ("The committee could hear from the chief executive as early as next week.", [("could", "hedge")]),
    ("Homeowners could see, on average, a rise of 5 percent in their bills.", [("could", "hedge")]),
    ("Savers could see from next month a cut in the rates they are paid.", [("could", "hedge")]),
    ("If the dam fails, you could hear the roar from miles away.", [("could", "hedge")]),
    ("If rates rise again, you could feel it in your mortgage payments.", [("could", "hedge")]),
    # leave given, not doubt (a twenty-fifth trial's); a possibility after "told" stays a hedge (written for this test)
    ("By Wednesday afternoon, about 300 people on the outer edge of the evacuation zone had been told they could go home.", []),
    ("Residents were told it could take weeks before they return.", [("could", "hedge")]),
    ("Officials said residents could return as early as Friday.", [("could", "hedge")]),
    ("The miners were told they could stay trapped for weeks.", [("could", "hedge")]),  # a second reader's
    ("Troops were told they could come under attack at any time.", [("could", "hedge")]),
    # all one might wish for, not doubt (a twenty-eighth trial's); what could be asked for, named, stays doubt (written for this test)
    ("The judge described Mr. Whitfield as a man who “had every advantage a person could ask for” and chose to steal anyway.", []),
    ("It was everything we could have hoped for, and more.", []),
    ("Lawyers said Whitfield could ask for a new trial.", [("could", "hedge")]),
    # a second reader's: what could be asked for follows after a comma or "and"; idioms closed by a dash or a single quote
    ("The union could ask for, and probably win, a bigger pay rise.", [("could", "hedge"), ("probably", "hedge")]),
    ("Lawyers said Whitfield could ask for and receive a reduced sentence.", [("could", "hedge")]),
    ("She called it ‘every advantage a person could ask for’ in her ruling.", []),
    ("It was a life most people could only dream of — and he stole to keep it.", []),
    ("The team had everything a family could want or need.", []),
    ("The board said the company could want to sell the unit.", [("could", "hedge")]),
    # a judging word before a titled person's name is the outlet's, not a name's first word (BASIL dev, HuffPost; a
    # thirty-ninth trial's opinion site); a name in title case stays a name
    ("Controversial Maine Gov. Paul LePage opened the door Tuesday to making an exception.", [("Controversial", "loaded")]),
    ("Embattled Mayor Danny Okafor refused to concede on Wednesday.", [("Embattled", "loaded")]),
    ("Radical Party leaders met on Monday.", []),
    # a risk a study measures is no doubt (MRPC); a likelihood guessed is (MRPC)
    ("Teenagers at high schools where condoms were available were no more likely to have sex than other teens, a study "
     "published Wednesday finds.", []),
    ("Those in their twenties who ejaculated more than five times a week were one-third less likely to develop aggressive "
     "prostate cancer later in life, they say.", []),
    ("On Thursday, a Post article argued that a 50 basis point cut from the Fed was more likely.", [("likely", "hedge")]),
    ("Economists said a June interest rate cut by the Federal Reserve was now far more likely.", [("likely", "hedge")]),
    # perceiving is no doubt (MRPC and ECB+ sentences, a thirty-first trial's smoke); a reading offered is (written for this test)
    ("Gasps could be heard in the courtroom when the photo was displayed.", []),
    ("By the time fire crews arrived, flames could be seen coming out from under the eaves all the way around the building.", []),
    ("The move could be seen as a concession to the unions.", [("could", "hedge")]),
    # a second reader's: a court's hearing, a reading offered, what is yet to be seen, are possibilities; "as far as" is sight
    ("Smoke could be seen as far as 30 miles away.", []),
    ("The case could be heard by the Supreme Court next year.", [("could", "hedge")]),
    ("The payment could be seen to breach the ethics rules.", [("could", "hedge")]),
    ("Results could be seen within weeks.", [("could", "hedge")]),
    ("A resolution appears nowhere in sight.", [("appears", "hedge")]),
    ("Officials said the fire could spread overnight.", [("could", "hedge")]),
    # "appears nowhere": is not found, does not seem (a thirtieth trial's dissent)
    ("Justice Thomas Beckley wrote that the majority had “invented a standard that appears nowhere in our Constitution.”", []),
    # "appeared in court" came, it did not seem (ECB+ dev)
    ("At his arraignment, he appeared in court in his familiar pajamas and bathrobe and a peaked cap.", []),
    # what protesters and fires do to things (ECB+ dev): force, not scorn
    ("Some protesters tried to storm parliament while others threw petrol bombs at police and torched buildings in protest "
     "against new austerity measures.", []),
    ("Firefighters extinguished blazes at least two buildings the bank and a branch of the Finance Ministry while protesters "
     "set up burning barricades and torched cars and a fire truck.", []),
    # a flood that sweeps cars away, and the forecasters' "extreme rainfall" (an eleventh trial's); sweeping changes judge
    ("The flood tore through the Marassi and Brignole districts, sweeping away cars and filling basements and shops with mud.",
     []),
    ("Scientists say that the climate crisis is making extreme rainfall in the Mediterranean more frequent and more intense.",
     []),
    ("The governor signed sweeping changes to the law.", [("sweeping", "loaded")]),
    # what a volcano does, and the glow of lava (a twenty-sixth trial's wire); a glowing tribute is praise
    ("The volcano blasted a column of ash and gas about 4 kilometres (2.5 miles) into the sky at 2:17 p.m. local time.", []),
    ("Lava flows and glowing avalanches of rock raced down the Sciara del Fuoco and reached the sea.", []),
    ("The mayor paid a glowing tribute to the volunteers.", [("glowing", "loaded")]),
    ("Residents living near the volcano blasted the government's slow response.", [("blasted", "loaded")]),  # a second reader's
    ("Glowing avalanches of rock raced down the Sciara del Fuoco.", []),
    ("Islanders who fled the eruption blasted officials for the late warning.", [("blasted", "loaded")]),
    ("Ash from the volcano blasted across the region.", []),  # a third reader's
    ("Residents near the Stromboli volcano blasted the government's slow response.", [("blasted", "loaded")]),
    ("Villagers below the volcano blasted the evacuation plan.", [("blasted", "loaded")]),
])
def test_loaded_words_by_kind(text: str, marked: list[tuple[str, str]]) -> None:
    from framediff.frame.judging_words import marked_words

    assert [(m.word, m.kind) for m in marked_words(text)] == marked


def test_loaded_words_say_whose_voice_they_are_in() -> None:
    """A loaded word inside a quote is the speaker's, even when the quote runs over sentences; outside, the outlet's."""
    a = article("Vote splits council\n\nThe council slammed the plan. “It is a phony plan. It is a disgraceful one,” said Ana Ruiz.", "a")
    terms = {t: (kind, count, quoted) for t, kind, count, _, quoted in evaluative_terms([a])["a"]}
    assert terms == {"slammed": ("loaded", 1, 0), "phony": ("loaded", 1, 1), "disgraceful": ("loaded", 1, 1)}


@pytest.mark.parametrize(("text", "quoted"), [
    # single marks quote as headlines write them (a ninth trial's HuffPost headline); an apostrophe inside a word goes on
    ("Whitford Slams 'Political Hit Job' As GOP-Led Ethics Board Opens Probe", ["'Political Hit Job'"]),
    ("He said 'Don't go' and left.", ["'Don't go'"]),
    ("Trump’s ‘regime change’ talk", ["‘regime change’"]),
    # apostrophes alone quote nothing (BASIL dev, Fox: DeMint's line)
    ("This is America's war. It's not Obama's war.", []),
    ("the students' union and the '90s", []),
])
def test_single_quotation_marks_quote_but_apostrophes_do_not(text: str, quoted: list[str]) -> None:
    from framediff.frame.judging_words import quoted_spans

    assert [text[a:b] for a, b in quoted_spans(text)] == quoted


@pytest.mark.parametrize(
    ("a", "b", "renaming"),
    [
        ("Mausoleum", "tomb", True),
        ("visited", "travelled to", True),
        ("Muhammad", "Mohammed", True),
        ("allow", "enable", True),
        ("of course", "the aide", False),  # word swaps of a diff that name two different things
        ("memorandum", "defense establishments", False),
        ("meeting between", "MENA region", False),
        ("by an Israeli", "meant to bolster", False),
    ],
)
def test_renamings_are_swaps_of_like_for_like(seeds: Path, a: str, b: str, renaming: bool) -> None:
    from framediff.reading.articles import read_articles

    story = [s.text for article in read_articles([str(seeds)]) for s in article.sentences]
    assert similar_phrases([(a, b)], story) == [renaming]


def test_a_surname_after_a_full_name_is_the_same_speaker() -> None:
    a = article(
        "Zohar Palti, head of the bureau, said “the visit was a real milestone for both sides.” "
        "He said “the region will notice it soon enough.” "
        "“It will help us a great deal,” Palti said.",
        "a",
    )
    assert [q.speaker for q in find_quotes(a)] == ["Zohar Palti", "Zohar Palti", "Zohar Palti"]


def test_distinctive_terms_skip_connectives_and_read_possessives_as_the_name() -> None:
    a = article("Though talks stalled, Israel's envoy met the envoy of Israel. Though tired, Israel's envoy stayed.", "a")
    b = article("Rain fell on the valley all week. Farmers counted their losses.", "b")
    terms = [t for t, _ in dict(distinctive_terms([a, b]))["a"]]
    assert "though" not in terms and not any("’s" in t or "'s" in t for t in terms)
    assert "israel" in terms


def test_no_two_word_term_spans_a_mark_between_the_words() -> None:
    # a thirty-seventh trial's wire: '... every other captain on the lake avoided," Judge Okafor said' had given the
    # distinctive term "avoided judge", words the article never writes together
    from collections import Counter, defaultdict

    from framediff.frame.terms import _count

    counts: Counter[str] = Counter()
    surface: defaultdict[str, Counter[str]] = defaultdict(Counter)
    _count('"He chose to sail into a storm that every other captain on the lake avoided," Judge Okafor said.', counts, surface)
    phrases = {p for forms in surface.values() for p in forms if " " in p}
    assert phrases == {"lake avoided", "judge okafor"}


@pytest.mark.parametrize(
    ("values", "shown"),
    [
        (("number:1200000000",), "1,200,000,000"),
        (("number:6.8", "number:40"), "6.8, 40"),
        (("weekday:tuesday", "month:november", "day:23", "year:2021"), "Tuesday, November, day 23, 2021"),
        (("ordinal:1st", "number:c-130"), "1st, c-130"),
        (("date:2021-11-24",), "Wed 24 Nov 2021"),
        (("date:--09-19", "date:--02-29"), "19 Sep, 29 Feb"),  # a day of a month in a year no outlet gives
    ],
)
def test_facts_that_disagree_are_shown_as_written(values: tuple[str, ...], shown: str) -> None:
    from framediff.render.wording import fact_values

    assert fact_values(values) == shown


def test_a_changed_number_is_a_fact_that_disagrees_not_a_naming() -> None:
    """The story of tests/test_align.py: magnitude 6.8 against 7.0, with the words each comes from, and no naming of them."""
    from framediff.api import compare

    a = article("Quake in Peru\n\nA magnitude 6.8 earthquake struck central Peru on Sunday, killing at least 40 people, the civil "
                "defence agency said.\n\nPresident Dina Boluarte declared a state of emergency in three regions.", "a", "2024-01-22")
    b = article("Peru earthquake\n\nA powerful earthquake of magnitude 7.0 hit the central highlands of Peru on Sunday, leaving dozens "
                "dead, officials said.\n\nThe government has declared a state of emergency.", "b", "2024-01-22")
    comparison = compare([a, b], use_cache=False)
    framing, label = comparison.framing, {x.id: x.label for x in comparison.alignment.articles}
    named = {w for n in framing.naming for words in n.variants.values() for w in words}
    assert not named & {"Sunday", "6.8", "7.0", "magnitude"}
    assert [(d.kind, {label[k]: [w for _, w, _ in v] for k, v in d.evidence.items()}) for d in framing.disagreements] == [
        ("numbers", {"a": ["magnitude 6.8 earthquake"], "b": ["magnitude 7.0"]})]


def test_naming_joins_the_names_of_one_thing_across_claims_and_leaves_swapped_verbs_out() -> None:
    import framediff

    namings = framediff.framing([str(Path(__file__).parent / "data" / "port-strike")]).framing.naming
    variants = [{x.lower() for v in n.variants.values() for x in v} for n in namings]
    assert any({"wage deal", "wage agreement"} <= v for v in variants)  # "signed a wage deal" / "signed a wage agreement"
    assert not any(v & {"enable", "allow", "let"} for v in variants)  # "will enable" / "will allow": paraphrase, not naming

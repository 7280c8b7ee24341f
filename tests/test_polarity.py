"""A claim and its denial are two claims: leads that deny each other get no lead prior, read on the main statement."""

from __future__ import annotations

from pathlib import Path

import pytest

import framediff
from framediff.aligning.polarity import denies
from framediff.language.parser import parse

# (sentence, does its main statement deny what it states?): the negation must sit on the main verb or on what it
# reports; a "not" in a clause after "but", in a relative clause or on a second verb denies nothing of the statement.
DENIALS = [
    ("Senator Says She Won't Seek Re-Election", True),
    ("The governor declared on Friday that he would not step down despite calls for his resignation.", True),
    ("The mayor said Tuesday that she has no plans to leave office before her term ends.", True),
    ("Nobody was hurt in the blast, the fire department said.", True),
    ("The carmaker never told regulators about the defect.", True),
    ("The carmaker has recalled 40,000 vehicles, but regulators have not yet approved the fix.", False),
    ("The bill would cut benefits for workers who aren't union members.", False),
    ("Senator blames rival for leaked memo, hints she wouldn't back him in November", False),
    ("The union is opposed not only to the pay cut but also to the longer shifts.", False),
    ("Hoyer kept the No. 2 job in the Democratic leadership.", False),
    ("Governor opens door to early exit", False),
    # a "not" on what a verb of telling governs is the instruction, not a denial (MRPC and BASIL dev sentences, and a
    # thirteenth trial's); a choice or a promise not to is a denial
    ("Police warned residents on Friday not to travel alone and to avoid convenience stores and service stations stores at "
     "night.", False),
    ("Six countries have advised their citizens not to travel to Taiwan for any reason, the ministry said.", False),
    ("Boehner, meanwhile, told lawmakers earlier Thursday not to make plans for Christmas, signaling that there may not "
     "realistically be a final deal until the very end of the month.", False),
    ("Patients in three units have been told not to shower and are being given bottled water.", False),
    ("The mayor decided not to seek re-election.", True),
    ("The talks ended without a deal on Thursday.", False),
    # a verb of denial denies the statement it governs (BASIL dev sentences), not a thing it names
    ("Trump denied that he had been looking to replace Mattis, telling reporters that he was “very happy” with him.", True),
    ("Obama rejected claims that he betrayed Democrats by cutting a deal with Republicans.", True),
    ("Syria denies reports of deadly Damascus nerve gas attack", True),  # an STS-B headline
    ("Tea party organizers disputed claims of racism and called on the NAACP to withdraw the resolution.", True),
    ("Mattis has denied having said that.", True),
    ("The company denied all wrongdoing and said it would appeal the verdict.", False),
    ("The senator rejected the proposal on Tuesday.", False),
    # "pushed back on reports that …" denies what the reports state (a seventh trial's mayor); pushed back by police, or
    # a plan pushed back some years, denies nothing (ECB+ dev)
    ("Ms. Whitfield pushed back on reports that two branch libraries would close, saying the library budget had been held "
     "flat at $31 million.", True),
    ("Protesters tried to storm parliament but were pushed back by riot police shortly before it started to debate the "
     "austerity bill.", False),
    ("Boeing has announced that development of a replacement for their 737 narrowbody airliner, begun two years ago, has been "
     "pushed back several years, Boeing saying that further advancement of technology is required.", False),
]


@pytest.mark.parametrize(("text", "expected"), DENIALS)
def test_a_main_statement_that_denies(text: str, expected: bool) -> None:
    assert denies(parse([text])[0]) is expected



# (sentence, sentence, does one deny what the other states?): BASIL dev pairs. Only a verb the other sentence uses,
# denied in one main statement while the other's denies nothing, opposes them.
OPPOSED = [
    # an order and the opposite order (a second reader's): "told not to" is no denial, but it is not "told to"
    ("Residents of the valley were told not to leave their homes as the cloud drifted east.",
     "Residents of the valley were told to leave their homes as the cloud drifted east.", True),
    ("Patients in three units have been told not to shower and are being given bottled water.",
     "The hospital has restricted showers for patients in three units and is providing bottled water.", False),
    ("President Wants to Use Executive Order to End Birthright Citizenship",
     "“You cannot end birthright citizenship with an executive order,” the House speaker said Tuesday on WVLK Radio, "
     "according to Bloomberg News reporter Erik Wasson.", True),
    # one vow in two ways: "block" is not denied in the other
    ("Every Senate Republican has signed onto a letter vowing to block all Democratic-backed legislation until the chamber "
     "extends the Bush tax cuts and approves a spending bill to keep the government running, Fox News has learned.",
     "In a letter signed by the 42 members of the Republican caucus, delivered to the Senate majority leader, Harry Reid "
     "of Nevada, the Republicans informed their Democratic counterparts that they would not go forward with “any "
     "legislative item until the Senate has acted to fund the government.”", False),
    # the denial is of another clause than the one they share
    ("We're not reading out details of the conversation, but the lines of communication remain open,\" the statement "
     "released by each office said.",
     "The White House and Mr. Boehner’s office issued identical statements afterward that said “the lines of "
     "communication remain open.”", False),
    # a veto rejected is a thing, not a statement denied
    ("Congress on Wednesday overwhelmingly rejected President Obama’s veto of a bipartisan bill letting families of Sept. "
     "11 victims sue the Saudi Arabian government, in the first successful veto override of Obama’s presidency.",
     "Senate Overrides Obama's Veto Of 9/11 Victims Bill", False),
    # "not the only" denies nothing
    ("The U.S. is not the only country to grant birthright citizenship, with Canada and a number of Latin American "
     "countries also doing so, but the issue has long been a contentious one in the U.S.",
     "In fact, at least 30 other countries, including Canada, Mexico and many others in the Western Hemisphere, grant "
     "automatic birthright citizenship, according to a study by the Center for Immigration Studies.", False),
    # reports or claims "of" a thing deny the thing (BASIL dev): the NAACP's resolution on racism and its denial
    ("The resolution initially said the NAACP would \"repudiate the racism of the Tea Parties\" and stand against the "
     "movement's attempt to \"push our country back to the pre-civil rights era,\" though the wording was amended to "
     "downplay criticism of all Tea Partiers while asking them to repudiate bigots in their own ranks.",
     "Tea party organizers disputed claims of racism and called on the NAACP to withdraw the resolution.", True),
]


@pytest.mark.parametrize(("first", "second", "expected"), OPPOSED)
def test_one_sentence_denies_what_the_other_states(first: str, second: str, expected: bool) -> None:
    from framediff.aligning.polarity import opposed

    a, b = parse([first, second])
    assert opposed(a, b) is expected and opposed(b, a) is expected

STORY = {
    "a.txt": "Governor Reed opens door to early exit\n\nGovernor Tom Reed said on Tuesday that he might leave office before "
    "his term ends, after lawmakers pressed him over a series of offensive voicemails.\n\nHe apologized to the legislator "
    "he had insulted.\n",
    "b.txt": "Governor Reed says he won't resign after all\n\nGovernor Tom Reed said on Wednesday that he would not resign, a "
    "day after hinting that he might leave office early.\n\nHe said he would stop talking to reporters.\n",
    "c.txt": "Reed: I am not quitting\n\nGovernor Tom Reed declared on Wednesday that he will not step down over the voicemails "
    "he left for a state lawmaker.\n\nDemocrats have called for his resignation.\n",
}


def test_a_lead_and_its_denial_are_two_claims(tmp_path: Path) -> None:
    for name, text in STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    al = framediff.align([str(tmp_path / name) for name in STORY], use_cache=False)
    claims = [{al.sentence(m).text.split(" on ")[0] for m in c.members} for c in al.claims]
    exit_ = "Governor Reed opens door to early exit"
    denials = {"Governor Reed says he won't resign after all", "Governor Tom Reed declared"}
    assert any(denials <= members for members in claims)  # the denials are one claim
    assert not any(exit_ in members and members & denials for members in claims)  # the opening door is not in it


DENIAL_STORY = {
    "post.txt": "Carmaker knew of brake defect for two years, documents show\n\nInternal documents show that Halvorsen Motors "
    "knew about a brake defect in its Strata sedan for two years before it issued a recall.\n\nDearborn Mayor Ruth Calloway "
    "will not seek re-election next year, she announced on Thursday.\n",
    "times.txt": "Halvorsen under fire over brake recall\n\nHalvorsen Motors denied on Friday that it knew about a brake defect "
    "in its Strata sedan before early this year.\n\nMayor Ruth Calloway of Dearborn, where the company's main plant is "
    "located, will seek re-election next year, her office said.\n",
}


def test_a_statement_and_its_denial_are_two_claims_and_the_report_says_why(tmp_path: Path) -> None:
    from framediff.comparing.coverage import DENIES

    for name, text in DENIAL_STORY.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    comparison = framediff.compare([str(tmp_path / name) for name in DENIAL_STORY], use_cache=False)
    al = comparison.alignment
    for words in ("knew about a brake defect", "seek re-election"):
        joined = [c for c in al.claims if sum(words in al.sentence(m).text for m in c.members) > 1]
        assert not joined, words  # "knew" / "denied that it knew"; "will not seek" / "will seek"
        alone = [o for o in comparison.outlets for near in o.alone_near
                 if words in al.sentence(al.claim(near.claim).members[0]).text and near.reason.startswith(DENIES)]
        assert alone, words  # an outlet's sentence alone, with the other as its closest and the reason

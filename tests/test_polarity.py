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
    ("The talks ended without a deal on Thursday.", False),
]


@pytest.mark.parametrize(("text", "expected"), DENIALS)
def test_a_main_statement_that_denies(text: str, expected: bool) -> None:
    assert denies(parse([text])[0]) is expected


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

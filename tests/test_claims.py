"""Claims a journalist would sign: what a sentence carries of another, and the evidence for an outlet that lacks a claim."""

from __future__ import annotations

from pathlib import Path

import pytest

import framediff
from framediff.aligning.claims import PART_CARRIED, story_lexicon

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (fact, sentence, does the sentence carry at least part of the fact?): real news sentences (the seeds' story, BASIL-like
# reporting); the fact folded into a longer sentence is carried, a neighbouring fact of the same story is not.
CARRIED = [
    (
        "Gantz met Loudiyi in Rabat.",
        "On Wednesday in Rabat, Gantz met his counterpart Abdellatif Loudiyi and the two signed a memorandum of understanding.",
        True,
    ),
    (
        "The Senate passed the bill 97-1.",
        "The bill, which the Senate passed 97-1 on Thursday, now goes to the House.",
        True,
    ),
    (
        "Israel's Foreign Minister Yair Lapid visited Morocco in August.",
        "On Wednesday in Rabat, Gantz met his counterpart Abdellatif Loudiyi and the two signed a memorandum of understanding.",
        False,
    ),
    (
        "The memorandum lays out plans to deepen intelligence and military cooperation.",
        "Gantz paid his respects at the tomb of Mohamed V, the grandfather of the current king.",
        False,
    ),
]

# The story around the pairs: IDF is counted over a story's sentences, as align counts it.
STORY = [
    "Israel and Morocco signed a defence pact on Wednesday.",
    "Gantz landed in Morocco on Tuesday.",
    "He laid a ceremonial wreath and wrote a message in the book of visitors.",
]


@pytest.mark.parametrize(("fact", "sentence", "part"), CARRIED)
def test_a_fact_folded_into_a_longer_sentence_is_carried_by_it(fact: str, sentence: str, part: bool) -> None:
    lexicon = story_lexicon([], [fact, sentence, *STORY])
    assert (lexicon.carried(0, 1) >= PART_CARRIED) is part
    if part:  # not symmetric: the longer sentence says more than the fact
        assert lexicon.carried(1, 0) < lexicon.carried(0, 1)


def test_an_outlet_lacking_a_claim_comes_with_its_closest_sentence_and_what_it_carries() -> None:
    al = framediff.align([str(SEEDS)], use_cache=False)
    checked = 0
    for claim in al.claims:
        assert [(n.article, n.sentence, n.score) for n in claim.nearest] == [(m.article, m.sentence, m.score) for m in claim.closest]
        for n in claim.nearest:
            assert n.article in claim.missing
            assert 0.0 <= n.carried <= 1.0 and n.part is (n.carried >= PART_CARRIED)
            if n.claim:  # the claim that sentence joined instead holds it, with another outlet
                other = al.claim(n.claim)
                assert (n.article, n.sentence) in {(m.article, m.sentence) for m in other.members} and len(other.articles) > 1
            checked += 1
    assert checked

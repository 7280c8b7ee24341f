"""Nouns of an event, dated as their verb: "with the hub opening in late 2027" is the hub's opening, which "the hub is
expected to open in 2028" dates too (:mod:`framediff.frame.values` keys each day by the event it dates)."""

from __future__ import annotations

from typing import Any

# Nouns of an event a day dates as its verb does, with that verb: a thirty-sixth trial's "with the hub opening in late
# 2027" against "the hub is expected to open in 2028" had said nothing
EVENT_NOUNS = {"opening": "open", "reopening": "reopen", "closing": "close", "closure": "close", "launch": "launch",
                "completion": "complete", "departure": "depart", "arrival": "arrive"}


# What joins an event's verb to whose event it is, in a key: "open#hub"
WHOSE = "#"


def owner(noun: Any) -> str | None:
    """Whose event a noun names: what it is "of", else its possessor or a noun before it ("the opening of the hub", "the
    hub's opening", "the hub opening"; "NASA's launch of Artemis II" is Artemis II's), a noun or a name, never a pronoun
    ("its launch" may be anything's)."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    thing = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None) if of is not None else None
    if thing is not None:
        return str(thing.lemma_.lower())
    return next((str(c.lemma_.lower()) for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and c.pos_ in ("NOUN", "PROPN")),
                None)


def whose(verb: Any, key: str) -> list[str]:
    """For a verb, the key of its event with whose it is, its subject's (through "is expected to open": the subject of
    the verb it completes), so that a noun of the event ("the hub opening") is compared with it; none for a noun (its key
    has it) or a verb without a noun for subject."""
    if verb.pos_ == "NOUN" or WHOSE in key or any(c.dep_ in ("dobj", "dative", "xcomp", "ccomp") for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return []  # "the restaurant opened its second location", "the line closed in 2019 for repairs": another opening, a
        # closing for a while (a second reader's); only "the hub opens", "the station was closed" is the hub's, the station's
    head = verb
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        head = head.head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return [f"{key}{WHOSE}{subject.lemma_.lower()}"] if subject is not None and subject.pos_ in ("NOUN", "PROPN") else []

"""How long one event lasted, given differently by two outlets in one claim (frame.durations). Rows are a twenty-first
and a twenty-second trial's sentences (fictional) and, where the comment says so, ECB+ dev's (tokenised as the corpus
writes them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from framediff.frame.durations import duration_disagreements, durations

WIRE_VOTE = ("The Senate passed a sweeping tax package early Tuesday, voting 52-47 after 15 hours of debate and amendment votes "
             "and sending the Republican-written bill back to the House.")
SITE_VOTE = ("Senate Republicans pushed through a massive package of tax cuts for the rich in the early morning hours Tuesday, "
             "voting 52-48 after a grueling 20-hour marathon in which they shot down every Democratic attempt to help working "
             "people.")
LEDGER_VOTE = ("After a 15-hour overnight session marked by dozens of failed Democratic amendments, the Senate early Tuesday "
               "approved a tax package that Republicans have made the centerpiece of their agenda.")


@pytest.mark.parametrize(("text", "read"), [
    (WIRE_VOTE, [("sitting", 15.0, "15 hours of debate")]),
    (SITE_VOTE, [("sitting", 20.0, "20-hour marathon")]),
    (LEDGER_VOTE, [("sitting", 15.0, "15-hour overnight session")]),
    ("Pilots at Northstar Airways walked off the job at 12:01 a.m. on Friday, beginning a 48-hour strike.",
     [("stoppage", 48.0, "48-hour strike")]),
    ("The pilots' union has called a two-day strike.", [("stoppage", 48.0, "two-day strike")]),
    # ECB+ dev: a jury's deliberations
    ("After three days of deliberations, the jury on July 25, 1997, convicted him on charges of running multimillion - dollar "
     "rackets as the Genovese family chief.", [("sitting", 72.0, "three days of deliberations")]),
    # another event of the kind, a part of one, a span of no event, a speaker's words: no length read
    ("The union threatened a further 72-hour strike if talks fail.", []),
    ("Flights were cancelled through the first 48 hours of the strike.", []),
    ("He was sentenced to 12 years in prison.", []),
    ('"We will stay out for a 72-hour strike if we have to," the union said.', []),
])
def test_lengths_of_events_are_read_from_their_words(text: str, read: list[tuple[str, float, str]]) -> None:
    assert [(kind, stated, words) for kind, _, _, _, words, stated in durations(text)] == read


@pytest.mark.parametrize(("one", "other", "apart"), [
    (WIRE_VOTE, SITE_VOTE, True),  # 15 hours against 20: a session, a debate and a marathon are one sitting
    (WIRE_VOTE, LEDGER_VOTE, False),
    ("Pilots walked off the job, beginning a 48-hour strike.", "Pilots downed tools in a 72-hour walkout.", True),
    ("Pilots walked off the job, beginning a 48-hour strike.", "The pilots began a two-day strike on Friday.", False),
    # hedges: "about 11 hours" holds 12; "more than 200 hours" holds any length above
    ("The standoff lasted about 11 hours.", "The 12-hour standoff ended at dawn.", False),
    ("The standoff lasted about 11 hours.", "The 15-hour standoff ended at dawn.", True),
    ("The strike went on for more than three weeks.", "The 30-day strike ended on Monday.", False),
    # two kinds of event: a strike's length and a meeting's
    ("Pilots walked off the job, beginning a 48-hour strike.", "Union leaders left a three-hour meeting with managers.", False),
])
def test_lengths_of_one_event_that_differ_disagree(one: str, other: str, apart: bool) -> None:
    assert bool(duration_disagreements("c1", {"a": [one], "b": [other]}, {})) is apart


def test_lengths_are_not_compared_between_outlets_dated_on_two_days() -> None:
    texts = {"a": ["Pilots walked off the job, beginning a 48-hour strike."], "b": ["Pilots downed tools in a 72-hour walkout."]}
    assert duration_disagreements("c1", texts, {}, {"a": "2025-06-06", "b": "2025-06-07"}) == []
    assert duration_disagreements("c1", texts, {}, {"a": "2025-06-06", "b": "2025-06-06"})


def test_a_session_two_outlets_time_otherwise_is_said(run_json: Any) -> None:
    """tests/data/senate-vote, a twenty-second trial's story (fictional): "after 15 hours of debate" against "after a
    grueling 20-hour marathon" (and the ledger's "After a 15-hour overnight session"), in one claim with the two tallies,
    had not been said."""
    doc = run_json("compare", "--no-cache", str(Path(__file__).resolve().parent / "data" / "senate-vote"))
    label = {a["id"]: a["label"] for a in doc["articles"]}
    lengths = [{label[x["article"]]: x["values"] for x in d["values"]} for d in doc["disagreements"]
               if any(v.startswith("duration:") for x in d["values"] for v in x["values"])]
    assert lengths == [{"associated-wire": ["duration:15h"], "huffline": ["duration:20h"], "new-york-ledger": ["duration:15h"]}]

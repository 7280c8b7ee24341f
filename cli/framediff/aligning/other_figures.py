"""Two sentences that state one fact with another figure or day: what the pair would score were its figures alike.

The scorers learn from pairs of many events (MRPC, STS-B) that figures or days which differ mean another fact, and
weigh ``numbers_conflict`` and ``times_conflict`` against a pair. Within one story they may instead be one fact that
the outlets give differently; such a pair keeps its own score for joining, and its score with the figures alike is
evidence that the outlet gives the claim, otherwise, rather than leaves it out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from framediff.aligning.scorer import FEATURES, Scorer

if TYPE_CHECKING:
    import numpy as np

    from framediff.aligning.lexical import Lexicon


# A pair whose figures or days differ and that scores this much as though they were alike (the scorer's conflict weights
# undone) states one fact with another figure (:func:`figures_apart`): the outlet has not left the claim out, it gives
# it otherwise. An eighth trial's six false "only here" were such: "All 520 workers at the plant will lose their jobs
# when it shuts in early 2026" against "The Corvin Falls plant, which employs 520 people, will close by the end of
# 2025" (0.43 so read), "expired on June 30" against "expired on July 1".
FIGURES_APART = 0.35


def figures_apart(pairs: Sequence[tuple[int, int]], rows: np.ndarray, probabilities: np.ndarray, scorer: Scorer,
                  lexicon: Lexicon) -> dict[tuple[int, int], float]:
    """The ``pairs`` (scored ``probabilities`` from feature ``rows``) that state one fact (:func:`_one_fact`) with one
    kind of value given otherwise (:func:`_one_kind_differs`), and that score :data:`FIGURES_APART` or more with the
    scorer's weights for the figures undone, each with that score."""
    import numpy as np

    columns = [FEATURES.index(name) for name in ("numbers_conflict", "times_conflict")]
    weights = np.array([scorer.weights[c] for c in columns], dtype=np.float64)
    penalty = rows[:, columns] @ weights  # log-odds, negative where the figures differ
    out = {}
    for k in np.flatnonzero(penalty < 0).tolist():
        p = min(max(float(probabilities[k]), 1e-9), 1 - 1e-9)
        alike = 1.0 / (1.0 + (1 - p) / p * float(np.exp(penalty[k])))  # the log-odds of the conflict taken back
        i, j = pairs[k]
        if alike >= FIGURES_APART and _one_fact(lexicon, i, j) and _one_kind_differs(lexicon, i, j):
            out[pairs[k]] = alike
    return out


# stems of offices and of where and how words are given, shared by two acts of one person ("spoke at a news conference
# outside Ashbridge General on Monday" and "said at a news conference on Tuesday": a second reader's)
_SETTING = frozenset("chief execut news confer report statem interv briefi press speech spoke speak talk told ask questi outsid "
                     "comment remark".split())


def days_apart(text: str, others: Sequence[str]) -> bool:
    """Does ``text`` differ from ``others`` (a claim's sentences) by its weekday alone, sharing with them only names and
    offices, and counting no one thing alike? A story's days mark its moments, so such a sentence shows neither one fact
    dated otherwise nor another fact: a forty-ninth trial's chief executive "spoke briefly to reporters ... on Monday
    afternoon" and "said on Tuesday that Whitcombe would not pay" were two acts. Sentences that share what was done tell
    one fact given another day, which is worth saying: a second reader's "Union bosses voted on Friday night to scrap the
    walkout" and "voted on Thursday night to suspend the walkout". A count of one thing alike ("$42 a share", "4,000
    hectares") tells one fact too."""
    from framediff.aligning.profiles import counted, profile
    from framediff.frame.speech_words import HUMAN_ROLES

    mine, claim = profile(text), [profile(t) for t in others]
    ours = frozenset().union(*(p.numbers | p.times for p in claim))
    if set(values_that_differ_in(mine.numbers | mine.times, ours)) != {"weekday"}:
        return False
    offices = {w[:6] for w in HUMAN_ROLES} | _SETTING
    done = [w for p in claim for w in (mine.stems & p.stems) - mine.names - p.names if w[:6] not in offices and w not in _SETTING]
    theirs = counted(mine)
    return not done and not any(theirs[unit] & counted(p).get(unit, frozenset()) for p in claim for unit in theirs)


def _one_kind_differs(lexicon: Lexicon, i: int, j: int) -> bool:
    """Do the two sentences give a figure or a date of one kind (a year and a year, a day and a day) that differ? Not a
    weekday against a day of a month, nor 1948 against November 23: the seeds' "Earlier on Wednesday morning, Gantz also
    visited the First Infantry Airborne Brigade" had come near "Benny Gantz ... arrived in Morocco on November 23"."""
    a, b = lexicon.profiles[i], lexicon.profiles[j]
    kinds = {"date" if k in _DATE_KINDS else k for k in values_that_differ_in(a.numbers | a.times, b.numbers | b.times)}
    return len(kinds) == 1  # two that differ ("52 percent ... in 2022", "in 2016 with 61 percent") tell another fact


_DATE_KINDS = frozenset(("day", "month", "weekday", "date"))


def _one_fact(lexicon: Lexicon, i: int, j: int) -> bool:
    """Do the two sentences share what tells one fact from another of the same people: two words that no sentence of the
    story gives as a name ("contract", "expired"), or a count ("520", "$42")? One person alone is no fact (a ninth trial's
    "Whitford won re-election in 2022" against "Whitford ... campaigned in 2018"), nor a word and a name (the seeds'
    "Gantz also visited the First Infantry Airborne Brigade" against "Benny Gantz ... arrived ... for a first official visit")."""
    plain = (lexicon.terms[i] & lexicon.terms[j]) - lexicon.story_names
    counts = {v for v in lexicon.profiles[i].numbers & lexicon.profiles[j].numbers if v.startswith("number:")}
    return len(plain) >= 2 or bool(counts)


def values_that_differ(text: str, others: Sequence[str]) -> tuple[str, str]:
    """The figures and days of ``text`` that differ from those of ``others`` (a claim's sentences), and theirs, each
    shown as a reader writes them ("“July 1”", "“June 30”"); empty where none of one kind differs."""
    from framediff.aligning.profiles import profile

    def values(sentence: str) -> frozenset[str]:
        p = profile(sentence)
        return p.numbers | p.times

    theirs = values(text)
    ours = frozenset().union(*(values(t) for t in others))
    differ = values_that_differ_in(theirs, ours)

    def shown(side: frozenset[str]) -> str:
        by_kind = {k: sorted(v.partition(":")[2] for v in side if v.startswith(k + ":")) for k in differ}
        if len(by_kind.get("month", ())) == 1 and len(by_kind.get("day", ())) == 1:  # "july" and "1": "July 1"
            by_kind["month"] = [f"{by_kind['month'][0]} {by_kind.pop('day')[0]}"]
        return ", ".join(f"“{v[:1].upper() + v[1:]}”" for values in by_kind.values() for v in values)

    return shown(theirs), shown(ours)


def values_that_differ_in(one: frozenset[str], other: frozenset[str]) -> list[str]:
    """The kinds of value ("year", "day", "number") both sets give ("kind:value") and share no value of."""
    from framediff.aligning.profiles import disagree

    kinds = {v.partition(":")[0] for v in one} & {v.partition(":")[0] for v in other}
    return sorted(k for k in kinds if disagree(frozenset(v for v in one if v.startswith(k + ":")),
                                               frozenset(v for v in other if v.startswith(k + ":"))))

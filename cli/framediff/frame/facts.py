"""Facts that disagree: numbers, dates and weekdays the outlets give differently for one claim."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from framediff.comparing.comparison import Comparison
from framediff.aligning.profiles import Profile, disagree, profile
from framediff.frame.findings import Disagreement


def disagreements(comparison: Comparison) -> list[Disagreement]:
    al = comparison.alignment
    out = []
    for claim in comparison.shared_claims:
        texts: dict[str, list[str]] = defaultdict(list)
        for m in claim.members:
            texts[m.member.article].append(al.sentence(m.member).text)
        for kind, values in facts_that_disagree(texts).items():
            out.append(Disagreement(claim.claim.id, kind, values))
    return out


def facts_that_disagree(texts: dict[str, list[str]]) -> dict[str, dict[str, tuple[str, ...]]]:
    """Counts and times that outlets give for one claim and that disagree, by kind ("numbers", "times").

    ``texts`` holds each outlet's sentences of the claim. Values disagree only
    within a kind, as the alignment reads them (:func:`framediff.aligning.profiles.disagree`):
    "Tuesday" against "Wednesday", 2020 against 2021, four against five,
    November 23 against November 24; not "Wednesday" against "November 24",
    nor a year one outlet adds, nor a day taken for a count. For each
    kind that disagrees, every outlet that gives values of the kinds in
    conflict, with those values ("weekday:tuesday").
    """
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    profiles = {article: [profile(text) for text in sentences] for article, sentences in texts.items()}
    for kind in ("numbers", "times"):
        given: dict[str, frozenset[str]] = {}
        for article, outlet in profiles.items():
            values: set[str] = set()
            for p in outlet:
                # counts only: years and days of the month are times, and ordinals ("first") rank
                values |= {v for v in p.numbers if v.startswith("number:")} if kind == "numbers" else set(p.times)
            if values:
                given[article] = frozenset(values)
        in_conflict = {
            k
            for a, b in combinations(sorted(given), 2)
            for k in {v.partition(":")[0] for v in given[a]} & {v.partition(":")[0] for v in given[b]}
            if disagree(_of_kind(given[a], k), _of_kind(given[b], k))
        }
        shown = {a: {v for v in values if v.partition(":")[0] in in_conflict} for a, values in given.items()}
        if kind == "numbers":  # a count of one thing that disagrees, though another count agrees ("6.8", "40 people" / "45 people")
            for a, values in _disputed_counts(profiles).items():
                shown.setdefault(a, set()).update(values)
        if any(shown.values()):
            found[kind] = {a: tuple(sorted(v)) for a, v in shown.items() if v}
    return found


def _disputed_counts(profiles: dict[str, list[Profile]]) -> dict[str, set[str]]:
    """Per outlet, its counts of a thing ("people") that another outlet counts with no value in common."""
    units: dict[str, dict[str, set[str]]] = {}
    for article, outlet in profiles.items():
        for p in outlet:
            for value, unit in p.counts:
                if unit:
                    units.setdefault(article, {}).setdefault(unit, set()).add(value)
    disputed: dict[str, set[str]] = defaultdict(set)
    for a, b in combinations(sorted(units), 2):
        for unit in units[a].keys() & units[b].keys():
            if not units[a][unit] & units[b][unit]:
                disputed[a] |= units[a][unit]
                disputed[b] |= units[b][unit]
    return disputed


def _of_kind(values: frozenset[str], kind: str) -> frozenset[str]:
    return frozenset(v for v in values if v.startswith(kind + ":"))

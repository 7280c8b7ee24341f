"""`framediff summary`: figures per outlet (and per group of outlets) across all the events of a batch.

Read from `batch` output lines, one event at a time (never the whole file):
- articles and events each outlet covered (single-article events count);
- the share of the widely carried claims of its events that it left out;
- the share of its claims that only it carries;
- its tone on shared claims, beside the other outlets' tone on the same claims;
- its most distinctive terms, who it quotes most, and how much of its text it
  shares verbatim with other outlets' articles of the same event.
With groups (``outlet,group`` rows), the same per group, and blindspots:
claims that two or more outlets carry, all of one group, in events where
another group's outlets were present and did not carry them.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Sequence

from framediff.errors import InputError


@dataclass
class Figures:
    """One outlet's (or group's) figures across events."""

    name: str
    articles: int = 0
    events: set[str] = field(default_factory=set)
    widely: int = 0  # widely carried claims of its events
    left_out: int = 0
    claims: int = 0  # claims it carries
    only_here: int = 0
    tones: list[float] = field(default_factory=list)
    tones_others: list[float] = field(default_factory=list)
    terms: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    speakers: Counter[str] = field(default_factory=Counter)
    reuse: list[float] = field(default_factory=list)  # per article in a compared event: share of its text found in others

    def record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "articles": self.articles,
            "events": len(self.events),
            "left_out_share": _share(self.left_out, self.widely),
            "left_out": self.left_out,
            "widely_carried": self.widely,
            "only_here_share": _share(self.only_here, self.claims),
            "only_here": self.only_here,
            "claims": self.claims,
            "tone": _mean(self.tones),
            "tone_others": _mean(self.tones_others),
            "distinctive_terms": [term for term, _ in sorted(self.terms.items(), key=lambda t: (-t[1], t[0]))[:8]],
            "quotes_most": [{"speaker": s, "quotes": n} for s, n in self.speakers.most_common(5)],
            "reuse_share": _mean(self.reuse),
        }


@dataclass(frozen=True)
class Blindspot:
    event: str
    claim: int
    text: str
    group: str
    carried_by: tuple[str, ...]
    missed_by: tuple[str, ...]


@dataclass
class Summary:
    events: int = 0
    compared: int = 0  # events of two or more articles
    articles: int = 0
    outlets: dict[str, Figures] = field(default_factory=dict)
    groups: dict[str, Figures] = field(default_factory=dict)
    blindspots: list[Blindspot] = field(default_factory=list)
    grouped: bool = False
    ungrouped: set[str] = field(default_factory=set)  # outlets the groups file does not name

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "schema": "framediff/2", "command": "summary", "events": self.events, "compared_events": self.compared, "articles": self.articles,
            "outlets": [f.record() for f in _ranked(self.outlets)],
        }
        if self.grouped:
            out["groups"] = [f.record() for f in _ranked(self.groups)]
            out["blindspots"] = [
                {"event": b.event, "claim": b.claim, "text": b.text, "group": b.group, "carried_by": list(b.carried_by), "missed_by": list(b.missed_by)}
                for b in self.blindspots
            ]
            out["ungrouped_outlets"] = sorted(self.ungrouped)
        return out


def _ranked(figures: dict[str, Figures]) -> list[Figures]:
    return sorted(figures.values(), key=lambda f: (-f.articles, f.name.lower()))


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def read_groups(path: str) -> dict[str, str]:
    """outlet -> group from a CSV of ``outlet,group[,more columns]`` (a header row "outlet,group" is skipped)."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read the outlets file: {err}") from None
    groups: dict[str, str] = {}
    for number, row in enumerate(rows, 1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        if len(row) < 2 or not row[0].strip() or not row[1].strip():
            raise InputError(f"{path}:{number}", "a row must be outlet,group")
        if number == 1 and row[0].strip().lower() == "outlet" and row[1].strip().lower() == "group":
            continue
        groups[row[0].strip()] = row[1].strip()
    if not groups:
        raise InputError(path, "no outlet,group rows")
    return groups


def batch_lines(paths: Sequence[str], stdin: Any = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, batch line) of every line of the batch files, one at a time."""
    for path in paths:
        handle = stdin if path == "-" else None
        try:
            if handle is None:
                handle = open(path, "rb")
        except OSError as err:
            raise InputError(path, err.strerror or str(err)) from None
        try:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    line = json.loads(raw)
                except ValueError as err:
                    raise InputError(where, f"not a batch line: {err}") from None
                if not isinstance(line, dict) or line.get("batch") != "framediff/2" or not isinstance(line.get("event"), str):
                    raise InputError(where, "not a line of framediff batch output (framediff/2)")
                yield where, line
        finally:
            if handle is not stdin:
                handle.close()


def summarise(lines: Iterable[tuple[str, dict[str, Any]]], groups: dict[str, str] | None = None) -> Summary:
    summary = Summary(grouped=groups is not None)
    for _, line in lines:
        summary.events += 1
        if line.get("status") == "single":
            for article in line.get("articles") or []:
                name = _outlet(article)
                summary.articles += 1
                for figures in _targets(summary, name, groups):
                    figures.articles += 1
                    figures.events.add(line["event"])
            continue
        doc = line.get("comparison") or {}
        summary.compared += 1
        _add_event(summary, line["event"], doc, groups)
    return summary


def _outlet(article: dict[str, Any]) -> str:
    return str(article.get("outlet") or article.get("label") or "?")


def _targets(summary: Summary, name: str, groups: dict[str, str] | None) -> list[Figures]:
    out = [summary.outlets.setdefault(name, Figures(name))]
    if groups is not None:
        group = groups.get(name)
        if group is None:
            summary.ungrouped.add(name)
        else:
            out.append(summary.groups.setdefault(group, Figures(group)))
    return out


def _add_event(summary: Summary, event: str, doc: dict[str, Any], groups: dict[str, str] | None) -> None:
    names = {a["id"]: _outlet(a) for a in doc.get("articles") or []}
    widely_from = int(doc.get("widely_carried_from") or 2)
    claims = doc.get("claims") or []
    widely = sum(1 for c in claims if len(c.get("articles") or []) >= widely_from)
    by_article: dict[str, list[Figures]] = {}
    for article, name in names.items():
        summary.articles += 1
        by_article[article] = _targets(summary, name, groups)
        for figures in by_article[article]:
            figures.articles += 1
            figures.events.add(event)
            figures.widely += widely
    for claim in claims:
        for article in claim.get("articles") or []:
            for figures in by_article.get(article, []):
                figures.claims += 1
    for record in doc.get("left_out") or []:
        for figures in by_article.get(record.get("article"), []):
            figures.left_out += 1
    for record in doc.get("only_here") or []:
        for figures in by_article.get(record.get("article"), []):
            figures.only_here += 1
    for record in doc.get("framing") or []:
        targets = by_article.get(record.get("article"), [])
        tone = record.get("tone") or {}
        for figures in targets:
            if tone.get("shared_claims") is not None:
                figures.tones.append(float(tone["shared_claims"]))
            if tone.get("others_on_same_claims") is not None:
                figures.tones_others.append(float(tone["others_on_same_claims"]))
            for term in record.get("distinctive_terms") or []:
                figures.terms[str(term.get("term"))] += float(term.get("score") or 0)
            for quote in record.get("quotes") or []:
                if quote.get("speaker"):
                    figures.speakers[str(quote["speaker"])] += 1
    shared: dict[str, float] = defaultdict(float)
    for record in doc.get("reuse") or []:
        shared[record.get("article")] = max(shared[record.get("article")], float(record.get("share") or 0))
    for article, targets in by_article.items():
        for figures in targets:
            figures.reuse.append(shared.get(article, 0.0))
    if groups is not None:
        _blindspots(summary, event, claims, names, groups)


def _blindspots(summary: Summary, event: str, claims: list[dict[str, Any]], names: dict[str, str], groups: dict[str, str]) -> None:
    present = {groups[n] for n in names.values() if n in groups}
    if len(present) < 2:
        return
    for claim in claims:
        carriers = [names[a] for a in claim.get("articles") or [] if a in names]
        carried_groups = {groups.get(n) for n in carriers}
        if len(carriers) < 2 or len(carried_groups) != 1 or None in carried_groups:
            continue
        (group,) = carried_groups
        missed = sorted({n for a, n in names.items() if a not in (claim.get("articles") or []) and groups.get(n) not in (None, group)})
        if missed:
            summary.blindspots.append(Blindspot(event, int(claim.get("number") or 0), str(claim.get("text") or ""), str(group),
                                                tuple(sorted(set(carriers))), tuple(missed)))

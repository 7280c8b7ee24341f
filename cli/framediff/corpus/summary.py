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
from typing import IO, Any, Iterable, Iterator, Sequence

from framediff.errors import InputError


@dataclass
class Figures:
    """One outlet's (or group's) figures across events."""

    name: str  # its label, as first seen (outlets) or as the outlets file spells it (groups)
    own_names: frozenset[str] = frozenset()  # its label, the spellings merged into it and its aliases, folded: never its distinctive terms
    articles: int = 0
    events: set[str | int] = field(default_factory=set)
    widely: int = 0  # widely carried claims of its events
    left_out: int = 0
    claims: int = 0  # claims it carries
    only_here: int = 0
    tones: list[float] = field(default_factory=list)
    tones_others: list[float] = field(default_factory=list)
    terms: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    terms_compared: bool = False  # some event of it had another article in its language to set its terms against
    terms_run: bool = False  # some event of it was read by the analysis of distinctive terms (it reads English only)
    speakers: Counter[str] = field(default_factory=Counter)
    reuse: list[float] = field(default_factory=list)  # per article in a compared event: share of its text found in others

    def record(self) -> dict[str, Any]:
        return {
            "label": self.name,
            "name": self.name,  # the same as "label", kept for readers of framediff/2 before "label"
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
            "distinctive_terms": [term for term, _ in sorted(self.terms.items(), key=lambda t: (-t[1], t[0]))
                                  if not names_itself(term, self.own_names)][:8],
            "distinctive_compared": self.terms_compared,
            "distinctive_run": self.terms_run,
            "quotes_most": [{"speaker": s, "quotes": n} for s, n in merge_speakers(self.speakers).most_common(5)],
            "reuse_share": _mean(self.reuse),
        }


def merge_speakers(speakers: Counter[str]) -> Counter[str]:
    """One count per person across events: a full name written with and without its middle initial ("Donald J. Trump",
    "Donald Trump") is one person when only one middle is written for that first and last name ("George W. Bush" and
    "George H.W. Bush" are two), under its commonest spelling; and a name that is another's surname ("Trump") joins it
    when exactly one person across the batch has that surname."""
    full = {name for name in speakers if len(name.split()) > 1 and all(w[:1].isupper() for w in name.split())}
    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name in full:
        words = name.split()
        spellings[(words[0], words[-1])].add(name)
    person: dict[str, str] = {}  # a spelling -> the one it is counted under
    for names in spellings.values():
        middles = {tuple(n.split()[1:-1]) for n in names} - {()}
        if len(middles) <= 1:
            shown = max(sorted(names), key=lambda n: speakers[n])
            person.update((n, shown) for n in names)
        else:
            person.update((n, n) for n in names)
    by_surname: dict[str, set[str]] = defaultdict(set)
    for name in full:
        by_surname[name.split()[-1]].add(person[name])
    merged: Counter[str] = Counter()
    for name, count in speakers.items():
        if name in person:
            merged[person[name]] += count
            continue
        people = by_surname.get(name, set()) if len(name.split()) == 1 else set()
        merged[next(iter(people)) if len(people) == 1 else name] += count
    return merged


@dataclass(frozen=True)
class Blindspot:
    event: str | int  # as the batch line gives it: a key keeps its JSON type
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
    names: OutletNames = field(default_factory=lambda: OutletNames())


def ranked(figures: dict[str, Figures]) -> list[Figures]:
    return sorted(figures.values(), key=lambda f: (-f.articles, f.name.lower()))


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _mean(values: Sequence[float]) -> float | None:
    return round(sum(values) / len(values), 3) if values else None


def fold(name: str) -> str:
    """A label as labels are compared: case and spacing do not count ("FOX", " fox ", "Fox" are one outlet)."""
    return " ".join(name.split()).casefold()


def names_itself(term: str, own_names: Iterable[str]) -> bool:
    """Whether a distinctive term is only the outlet's own name, or words of it ("fox", "news" for Fox News)."""
    folded = fold(term)
    words = set(folded.split())
    for name in own_names:
        name_words = set(name.replace(".", " ").replace("-", " ").split())
        if folded == name or folded.replace(" ", "") == name.replace(" ", "") or (words and words <= name_words):
            return True
    return False


@dataclass(frozen=True)
class OutletsFile:
    """What ``--outlets`` says: each outlet's group, and the other names it goes by."""

    groups: dict[str, str]  # folded outlet -> group
    aliases: dict[str, str]  # folded alias (or outlet) -> the outlet as the file spells it


@dataclass
class OutletNames:
    """One label per outlet however its batch lines spell it: case and spacing aside, and through the outlets file's aliases."""

    aliases: dict[str, str] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)  # folded -> the label shown (the outlets file's, or the first met)
    spellings: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def label(self, raw: str) -> str:
        target = self.aliases.get(fold(raw))
        key = fold(target if target is not None else raw)
        shown = self.shown.setdefault(key, target if target is not None else " ".join(raw.split()))
        self.spellings[key].add(raw)
        return shown

    def own_names(self, label: str) -> frozenset[str]:
        key = fold(label)
        return frozenset({key, *(fold(s) for s in self.spellings.get(key, ())), *(a for a, t in self.aliases.items() if fold(t) == key)})

    def merged(self) -> list[tuple[str, set[str]]]:
        """(label, spellings) of every outlet met under more than one spelling."""
        return sorted(((self.shown[k], v) for k, v in self.spellings.items() if len(v) > 1), key=lambda t: t[0].casefold())


def read_outlets(path: str) -> OutletsFile:
    """The outlets file: ``outlet,group[,more columns]`` rows, or, with a header row naming them, columns ``outlet``,
    ``group`` and ``aliases`` (other names of the outlet, separated by ``;``) in any order; a row may then leave
    ``group`` empty and only give aliases."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(path, f"cannot read the outlets file: {err}") from None
    groups: dict[str, str] = {}
    aliases: dict[str, str] = {}
    columns = {"outlet": 0, "group": 1}
    header = False
    for number, row in enumerate(rows, 1):
        if not row or not "".join(row).strip() or row[0].startswith("#"):
            continue
        cells = [c.strip() for c in row]
        if number == 1 and {"outlet", "group"} <= {c.lower() for c in cells}:
            columns, header = {c.lower(): i for i, c in enumerate(cells)}, True
            continue

        def cell(name: str) -> str:
            i = columns.get(name)
            return cells[i] if i is not None and i < len(cells) else ""

        outlet, group, others = cell("outlet"), cell("group"), [a.strip() for a in cell("aliases").split(";") if a.strip()]
        if not outlet or not (group or (header and others)):
            raise InputError(f"{path}:{number}", "a row must be outlet,group" + (" (or outlet and aliases)" if header else ""))
        for name in (outlet, *others):
            earlier = aliases.get(fold(name))
            if earlier is not None and fold(earlier) != fold(outlet):
                raise InputError(f"{path}:{number}", f"{name!r} already names {earlier!r}")
            aliases[fold(name)] = outlet
        if group:
            groups[fold(outlet)] = group
    if not aliases:
        raise InputError(path, "no outlet,group rows")
    return OutletsFile(groups, aliases)


def batch_lines(paths: Sequence[str], stdin: IO[bytes] | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """(where, batch line) of every line of the batch files, one at a time."""
    from framediff.serialize import SCHEMA, is_batch_line

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
                if not is_batch_line(line):
                    raise InputError(where, f"not a line of framediff batch output ({SCHEMA})")
                yield where, line
        finally:
            if handle is not stdin:
                handle.close()


def summarise(lines: Iterable[tuple[str, dict[str, Any]]], outlets: OutletsFile | None = None) -> Summary:
    names = OutletNames(aliases=dict(outlets.aliases) if outlets else {})
    groups = outlets.groups if outlets and outlets.groups else None
    summary = Summary(grouped=groups is not None, names=names)
    for _, line in lines:
        summary.events += 1
        if line.get("status") == "single":
            for article in line.get("articles") or []:
                name = _outlet(summary, article)
                summary.articles += 1
                for figures in _targets(summary, name, groups):
                    figures.articles += 1
                    figures.events.add(line["event"])
            continue
        doc = line.get("comparison") or {}
        summary.compared += 1
        _add_event(summary, line["event"], doc, groups)
    for label, figures in summary.outlets.items():
        figures.own_names = names.own_names(label)
    return summary


def _outlet(summary: Summary, article: dict[str, Any]) -> str:
    return summary.names.label(str(article.get("outlet") or article.get("label") or "?"))


def _targets(summary: Summary, name: str, groups: dict[str, str] | None) -> list[Figures]:
    out = [summary.outlets.setdefault(name, Figures(name))]
    if groups is not None:
        group = groups.get(fold(name))
        if group is None:
            summary.ungrouped.add(name)
        else:
            out.append(summary.groups.setdefault(group, Figures(group)))
    return out


def _add_event(summary: Summary, event: str | int, doc: dict[str, Any], groups: dict[str, str] | None) -> None:
    names = {a["id"]: _outlet(summary, a) for a in doc.get("articles") or []}
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
            figures.terms_compared |= not record.get("not_run") and record.get("distinctive_compared", True) is not False
            figures.terms_run |= not record.get("not_run")
            for quote in record.get("quotes") or []:
                if quote.get("speaker") and quote.get("kind", "speech") == "speech":
                    figures.speakers[str(quote["speaker"])] += 1
    shared: dict[str, float] = defaultdict(float)
    for record in doc.get("reuse") or []:
        shared[record.get("article")] = max(shared[record.get("article")], float(record.get("share") or 0))
        if record.get("source") is not None:  # one record per pair: the source's own share of the copied words
            shared[record["source"]] = max(shared[record["source"]], float(record.get("source_share") or 0))
    for article, targets in by_article.items():
        for figures in targets:
            figures.reuse.append(shared.get(article, 0.0))
    if groups is not None:
        _blindspots(summary, event, claims, names, groups)


def _blindspots(summary: Summary, event: str | int, claims: list[dict[str, Any]], labels: dict[str, str], groups: dict[str, str]) -> None:
    """``labels``: article id -> outlet label; ``groups``: folded outlet -> group."""
    group_of = {a: groups.get(fold(n)) for a, n in labels.items()}
    if len({g for g in group_of.values() if g is not None}) < 2:
        return
    for claim in claims:
        carrying = [a for a in claim.get("articles") or [] if a in labels]
        carried_groups = {group_of[a] for a in carrying}
        if len(carrying) < 2 or len(carried_groups) != 1 or None in carried_groups:
            continue
        (group,) = carried_groups
        missed = sorted({labels[a] for a in labels if a not in carrying and group_of[a] not in (None, group)})
        if missed:
            summary.blindspots.append(Blindspot(event, int(claim.get("number") or 0), str(claim.get("text") or ""), str(group),
                                                tuple(sorted({labels[a] for a in carrying})), tuple(missed)))

"""Facts that disagree: counts, sums and days that the outlets give differently for one claim, with the words they come from.

Values are read as typed values from the English parser's entities (:mod:`framediff.language.parser`):

- a **count** (CARDINAL, MONEY, PERCENT, QUANTITY) is a number with the thing it counts: the noun it modifies ("six
  arrests", "15 of the 19 hijackers", "a magnitude 6.8 earthquake"), or, for a sum or a share, the currency or "percent"
  and the word it is the sum of ("reserved $500,000 of airtime", "cut $716 billion"). A number with nothing it counts
  (an age, "No. 2", "1 in 3") is no count. "More than", "at least", "about" make it a range, and a round number
  stands for the numbers that round to it: "more than $700 billion" agrees with "$716 billion", "5,000" with "5,200";
- a **day** (DATE) is a calendar day: "Friday" and "yesterday" resolve from the article's own date (the Friday on or
  before it, or after it where the verb looks ahead), "Oct. 3" in the article's year. A day dates the event of the
  verb it modifies. A span ("eight years", "17-year", "the previous night") and a day that names something ("the Sept. 11
  hijackers") are neither a count nor a day, and are never compared.

Two outlets' values disagree only within a claim (sentences the alignment found to state the same fact), between
values of one type: counts of the same thing with no value in common, or days of the same event (the same verb) that
differ. A value inside quotation marks is the speaker's word, not the outlet's, and is left out: two outlets quoting
two speakers do not disagree. Silence is preferred to a doubtful statement.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Any, Iterable

from framediff.comparing.comparison import Comparison
from framediff.frame.ages import age_disagreements
from framediff.frame.clock import clock_disagreements
from framediff.frame.counted import LEVEL, SHARE_OF, running
from framediff.frame.facts_across import across_languages, english_members, is_lead
from framediff.frame.findings import Disagreement
from framediff.frame.tallies import tally_disagreements
from framediff.frame.values import Value, numbers_written, published_date, read_values
from framediff.frame.voice import article_quotes, sentence_quotes

@dataclass(frozen=True)
class Found:
    """A disagreement in one claim between outlets: per outlet, the values in conflict."""

    kind: str  # "numbers" | "times"
    values: dict[str, tuple[Value, ...]]


def disagreements(comparison: Comparison) -> list[Disagreement]:
    al = comparison.alignment
    dates = {a.id: a.date for a in al.articles}
    spans = {a.id: article_quotes(a) for a in al.articles}
    bodies = {a.id: a.text for a in al.articles}
    out = []
    for claim in comparison.shared_claims:
        texts: dict[str, list[str]] = defaultdict(list)
        quoted: dict[str, list[list[tuple[int, int]]]] = defaultdict(list)
        leads: dict[str, list[bool]] = defaultdict(list)
        for m in english_members(al, claim.members):  # the English reading; sentences in other languages: across_languages
            sentence = al.sentence(m.member)
            texts[m.member.article].append(sentence.text)
            quoted[m.member.article].append(sentence_quotes(spans[m.member.article], sentence))
            leads[m.member.article].append(is_lead(al.article(m.member.article), m.member.sentence))
        for found in disagreeing_facts(texts, dates, quoted, leads):
            out.append(Disagreement(claim.claim.id, found.kind, {a: tuple(v.shown for v in vs) for a, vs in found.values.items()},
                                    {a: tuple((v.shown, v.words, v.sentence) for v in vs) for a, vs in found.values.items()}))
        out += tally_disagreements(claim.claim.id, texts, quoted)
        out += age_disagreements(claim.claim.id, texts, quoted, bodies, dates)
        out += clock_disagreements(claim.claim.id, texts, quoted, bodies, dates)
        out += across_languages(al, claim)
    return out


def facts_that_disagree(texts: dict[str, list[str]], dates: dict[str, str | None] | None = None) -> dict[str, dict[str, tuple[str, ...]]]:
    """Per kind ("numbers", "times"), each outlet's values in conflict ("number:40", "date:2021-11-24"), from each outlet's
    sentences of one claim (``texts``) and, to resolve "Friday" and "yesterday", each outlet's date (``dates``)."""
    found: dict[str, dict[str, set[str]]] = {}
    for f in disagreeing_facts(texts, dates or {}):
        for article, values in f.values.items():
            found.setdefault(f.kind, {}).setdefault(article, set()).update(v.shown for v in values)
    return {kind: {a: tuple(sorted(v)) for a, v in by.items()} for kind, by in found.items()}


def disagreeing_facts(texts: dict[str, list[str]], dates: dict[str, str | None],
                      quoted: dict[str, list[list[tuple[int, int]]]] | None = None,
                      leads: dict[str, list[bool]] | None = None) -> list[Found]:
    """The values two or more outlets give for one claim that cannot all be true, with the words they come from.

    ``quoted``: per outlet and sentence, character ranges of the sentence inside a quotation that runs over sentences
    (:func:`sentence_quotes`); quotation marks within a sentence are read from the sentence itself. ``leads``: per outlet
    and sentence, whether it is a lead (headline or first sentence): the dead and the hurt, and an area burnt, are compared
    only there, where an outlet gives its story's total; further down a count of them is often a part ("Two people were
    killed when their car was swept away" in a story of four dead; "Inside the reservation, the fire has burned 3,100
    acres": a second reader's). None: every sentence is."""
    from framediff.language.parser import parse

    articles = sorted(texts)
    sentences = [s for a in articles for s in texts[a]]
    if len(articles) < 2 or not any(_DIGITISH.search(s) or _DAYISH.search(s) for s in sentences):
        return []  # nothing to compare: the parser is not run
    docs = iter(parse(sentences))
    values: dict[str, list[Value]] = {}
    written: dict[str, set[float]] = {}  # every number an outlet writes in the claim, quoted or not, counted or not
    when: dict[int, frozenset[int]] = {}  # per value (by id): the past years its sentence is about
    named: list[frozenset[int]] = []  # per sentence: the past years it names
    stamps: dict[int, frozenset[str]] = {}  # per value (by id): the days and times its sentence names, as written
    times: dict[int, frozenset[str]] = {}  # per value (by id): every time its sentence names, spans too
    yearless = all(published_date(dates.get(a)) is None for a in articles)  # days of a month compared in an unknown year
    for a in articles:
        published = published_date(dates.get(a))
        values[a], written[a] = [], set()
        for k, _ in enumerate(texts[a]):
            doc = next(docs)
            written[a] |= numbers_written(doc)
            if _fragment(doc):
                continue  # "In 2004, a magnitude - 9.": a broken-off piece, no statement of the outlet's to hold it to
            spans = (quoted or {}).get(a, [])
            found = read_values(doc, published, spans[k] if k < len(spans) else (), yearless)
            if leads is not None and not leads[a][k]:
                found = [replace(v, about=frozenset(x for x in v.about if not running(x) or x.startswith(LEVEL))) for v in found]
                found = [v for v in found if v.about]
            when.update((id(v), _past_years(doc, v, published)) for v in found)
            stamps.update((id(v), _stamps(doc)) for v in found)
            times.update((id(v), _times_named(doc)) for v in found)
            named.append(_years_named(doc, published))
            values[a] += found
    # a figure whose sentence names no year is of the year most of the claim's sentences name: "killed 230, 000 people
    # in 14 countries" beside a dozen sentences on the tsunami "in 2004"
    told = Counter(y for years in named for y in years)
    claim_years = frozenset(y for y, n in told.items() if n > len(named) / 2)
    when = {k: w or claim_years for k, w in when.items()}
    out = []
    for kind, type_ in (("numbers", "count"), ("times", "day")):
        conflict: dict[str, set[Value]] = defaultdict(set)
        for a, b in combinations(articles, 2):
            va, vb = [v for v in values[a] if v.kind == type_], [v for v in values[b] if v.kind == type_]
            if type_ == "day":  # a day one outlet could not yet have known, or one still to come, is another occasion
                va, vb = _known_to_both(va, dates.get(a), dates.get(b)), _known_to_both(vb, dates.get(a), dates.get(b))
            for about in {x for v in va for x in v.about} & {x for v in vb for x in v.about}:
                if running(about) and not _same_day(dates.get(a), dates.get(b)):
                    continue  # a running total rises: "rose to 11" one day and "to 15" the next are both true
                # counts of one time: "won 36 seats with 33.7% of the vote in 2020" is not this year's "finished with 38.2%"
                for past in {when[id(v)] for v in va if about in v.about} & {when[id(v)] for v in vb if about in v.about}:
                    sa = [v for v in va if about in v.about and when[id(v)] == past]
                    sb = [v for v in vb if about in v.about and when[id(v)] == past]
                    if type_ == "count" and any(stamps[id(x)] and stamps[id(y)] and not stamps[id(x)] & stamps[id(y)]
                                                for x in sa for y in sb):
                        continue  # "As of Wednesday, 65 cases" and "As of Monday, 66": a count at two times
                    if about.startswith(SHARE_OF) and any(not times[id(x)] or times[id(x)] != times[id(y)] for x in sa for y in sb):
                        continue  # "a 4.5% raise in the first year" and "a 12% raise over the three years"; no time, no telling
                    if _one_figure(sa) and _one_figure(sb) and not any(_agree(x, y) for x in sa for y in sb) and not (
                            type_ == "count" and _both_written({x.value for x in sa}, {y.value for y in sb}, written.values())):
                        conflict[a].update(sa)
                        conflict[b].update(sb)
        if conflict:
            out.append(Found(kind, {a: tuple(sorted(vs, key=lambda v: (v.sentence, v.words))) for a, vs in sorted(conflict.items())}))
    return out


_DIGITISH = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|"
                       r"thousand|million|billion|dozen)\b", re.I)
_DAYISH = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|tomorrow)\b", re.I)


def _known_to_both(days: list[Value], one: str | None, other: str | None) -> list[Value]:
    """The days both articles could report as the same occasion: on or before the earlier article's date.

    Two outlets dated Sunday and Thursday that say "met on Sunday" and "met on Thursday" report two meetings: the
    Sunday article could not know of Thursday's. Days after both dates (what is to come) are left out too: plans move.
    """
    first, second = published_date(one), published_date(other)
    if first is None or second is None:
        return days
    earlier = min(first, second).toordinal()
    return [d for d in days if d.low <= earlier]


def _fragment(doc: Any) -> bool:
    """A piece of a sentence with no verb and under five words ("The magnitude - 6.", "0 magnitude."): a feed's broken
    sentence, which may come from any part of the story. A word with a subject is a verb, whatever its tag ("Death toll
    climbs to 20")."""
    verbs = any(t.pos_ in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in doc)
    return not verbs and sum(1 for t in doc if t.is_alpha) < 5


def _past_years(doc: Any, value: Value, published: Any) -> frozenset[int]:
    """The years before the article's own that date the verb a figure hangs on ("won 36 seats ... in 2020" in a story of
    2024): the figure is of then. Not a year of another clause ("33 seats, down from 38 in the last election in 2020").
    None without the article's date."""
    if published is None or value.at < 0:
        return frozenset()
    token = next((t for t in doc if t.idx == value.at), None)
    if token is None:
        return frozenset()
    governing = set()
    while token.head.i != token.i:  # the verbs above the figure, up to the sentence's root
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            governing.add(token.i)
    years = set()
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        head = ent.root.head
        if ent.root.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        if head.i in governing:
            years |= {y for y in _years(ent.text) if y < published.year}
    return frozenset(years)


def _stamps(doc: Any) -> frozenset[str]:
    """The days and times a sentence names, as written ("wednesday", "the quarter ended june 29"), "as of" left out; not
    a span of time ("for eight years", "for days"). "The weekend", "this weekend" and "over the weekend" are one."""
    stamps = _written_times(doc, r"as of|as at|by|on|at|in|over")
    return frozenset(re.sub(r"^(?:this|the) (?=weekend$)", "", s) for s in stamps if not _SPAN.fullmatch(s))


def _times_named(doc: Any) -> frozenset[str]:
    """Every time a sentence names, spans of time too ("the first year", "three years"), as written, without "in" or "over"."""
    return frozenset(_written_times(doc, r"in|on|over|during|for|by|at|the"))


def _written_times(doc: Any, before: str) -> Iterable[str]:
    """The sentence's dates and times (its parser's DATE and TIME entities), lower case, without a first word of ``before``."""
    return (re.sub(rf"^(?:{before})\s+", "", ent.text.lower()).strip() for ent in doc.ents if ent.label_ in ("DATE", "TIME"))


_SPAN = re.compile(r"(?:the )?(?:last |past |next |first )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                   r"twelve|several|few|many)[ -](?:years?|months?|weeks?|days?|hours?|minutes?|decades?)(?:[ -]long| old)?"
                   r"|(?:years|months|weeks|days|hours|minutes|decades)")


def _years_named(doc: Any, published: Any) -> frozenset[int]:
    """The years a sentence names, before its article's year where that is known."""
    return frozenset(y for ent in doc.ents if ent.label_ == "DATE" for y in _years(ent.text)
                     if published is None or y < published.year)


def _years(text: str) -> list[int]:
    return [int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)]


def _same_day(one: str | None, other: str | None) -> bool:
    return bool(one and other and one[:10] == other[:10])


def _one_figure(values: list[Value]) -> bool:
    """Does an outlet give one figure for a thing in a claim? Two that do not agree ("a total of 14 rifles" and "six
    rifles" in this operation; "$334 million, including $281 million in cash") are two facts, not its reading of one."""
    return all(_agree(x, y) for x, y in combinations(values, 2))


def _both_written(one: set[float], other: set[float], written: Iterable[set[float]]) -> bool:
    """Does some outlet of the claim write a figure of each side? "six arrests Wednesday, compared to 47 the previous
    night" against "47 arrests overnight", or a third outlet giving both 300 rounds seized and 923 in all: the figures
    count different things."""
    return any(one & w and other & w for w in written)


def _agree(x: Value, y: Value) -> bool:
    """Do two values allow one truth: their ranges meet, or one is the other cut short ("$247 billion" for "$247.7
    billion": written to fewer digits, not rounded)?"""
    return x.low <= y.high and y.low <= x.high or _truncates(x, y) or _truncates(y, x)


def _truncates(short: Value, long_: Value) -> bool:
    step = short.high - short.low
    return short.kind == long_.kind == "count" and 0 < step < float("inf") and short.value <= long_.value < short.value + step



"""Typed values of one parsed sentence: counts of something (with what they count) and calendar days of an event.

Read from spaCy's entities (:mod:`framediff.language.parser`): a CARDINAL, MONEY, PERCENT or QUANTITY is a count of the
noun it governs, a DATE is a calendar day resolved from the article's own date ("Friday", "yesterday"), and anything
inside quotation marks is the speaker's, not the outlet's. :mod:`framediff.frame.facts` compares them across outlets.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any, Iterable

from framediff.frame.counted import AREAS, CURRENCY, LEVEL, SHARE_OF, counted, level
from framediff.frame.voice import quoted_spans

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_MONTHS = {m: n for n, ms in enumerate((("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
                                         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
                                         ("oct", "october"), ("nov", "november"), ("dec", "december")), 1) for m in ms}
_MONTH_DAY = re.compile(r"^(?:on\s+)?([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$")
_SPAN_OF_DAYS = re.compile(r"(?:(?P<month>[a-z]+\.?)\s+)?(?P<year>\d{4})")  # "2015", "march 2015"
_DAY_MONTH = re.compile(r"^(?:on\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\.?(?:,?\s+(\d{4}))?$")
_NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen twenty".split())}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12})
_TENS = frozenset(float(n) for n in range(20, 100, 10))
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
           "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000}
_ABOVE = ("more than", "over", "at least", "upwards of", "in excess of", "nearly or more than", "no fewer than", "no less than")
_BELOW = ("less than", "fewer than", "under", "up to", "at most", "no more than", "as many as", "as much as")
_ABOUT = ("about", "around", "roughly", "nearly", "almost", "approximately", "some", "an estimated", "estimated", "close to",
          "just over", "just under", "more or less")
# heads that make a number no count of a thing: "No. 2", "1 in 3", "one of them", "Top 10", a rank or a score
_NO_COUNT_BEFORE = frozenset(("no.", "no", "number", "#", "top", "page", "route", "chapter", "section", "article", "district"))


# "about", "around", "some": within this share of the figure, and of the step it is rounded to ("about 1,800" and
# "about 2,100" jobs are two figures; "about 9,000" and "some 9,000" families one)
ABOUT = 0.05
_SHARE_WORDS = frozenset(("%", "percent", "per", "cent"))  # "61.9%", "20 percent", "20 per cent": a share, read as one
_SPELLED = re.compile(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)")


@dataclass(frozen=True)
class Value:
    """One typed value of a sentence: a count of something, or a calendar day of an event."""

    kind: str  # "count" | "day"
    low: float  # counts: the range the words allow; days: the day's ordinal (low == high)
    high: float
    shown: str  # "number:7000", "date:2014-11-28"
    words: str  # the words it comes from, as written ("about 7,000 troops", "Friday")
    about: frozenset[str]  # what it counts (lemmas: "troop"; "$ airtime") or the event it dates ("apologize")
    sentence: str
    value: float = 0.0  # the number as written (counts)
    at: int = -1  # counts: where the figure's last word starts in the sentence


def published_date(text: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


# Where no outlet of a claim is dated, a day of a month without a year ("discovered on Sept. 19") is read all the same, in
# a leap year that stands for the unknown one: every outlet's is the same year. Such a day dates its event under a key
# of its own (the event's, with this mark), so that it is compared only with another outlet's day without a year, never
# with a year ("in 2025") or a dated day. A thirteenth trial's "The breach was discovered on Sept. 21, the company said."
# against "... was discovered on Sept. 19", in one claim of undated articles, had said nothing.
YEARLESS = "@no-year"
_SOME_LEAP_YEAR = 2000


def read_values(doc: Any, published: datetime.date | None, quoted: Iterable[tuple[int, int]] = (),
                yearless: bool = False) -> list[Value]:
    """The counts and days of one parsed sentence that are the outlet's own (outside quotation marks and ``quoted``);
    with ``yearless`` (no outlet of the claim is dated), days of a month without a year too (:data:`YEARLESS`)."""
    text = doc.text
    quoted = quoted_spans(text) + list(quoted)
    out = []
    for ent in doc.ents:
        if any(s <= ent.start_char < e for s, e in quoted):
            continue
        if ent.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
            value = _count(ent, text)
        elif ent.label_ == "DATE":
            value = _day(ent, text, published, yearless)
        else:
            value = None
        if value is not None:
            out.append(value)
    return out


def _number(tokens: list[Any]) -> tuple[float, float] | None:
    """The number the tokens write and the step it is rounded to: "7,000" -> (7000, 1000), "1.2 billion" -> (1.2e9, 1e8),
    "five" -> (5, 1); None for anything else (fractions, ranges, "hundreds", two numbers)."""
    value: float | None = None
    step = 1.0
    for t in tokens:
        low = t.lower_
        scale = _SCALES.get(low.rstrip("."))  # "m." at a sentence's end is "m"
        if scale is not None and value is not None:
            value, step = value * scale, step * scale
        elif re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", low):
            if value is not None or re.match(r"0\d", low):
                return None  # two numbers; "000" or "07": a piece of "1, 000" or a code, not a figure
            digits = low.replace(",", "")
            value = float(digits)
            if "." in digits:
                step = 10.0 ** -len(digits.split(".")[1])
            else:  # "5,000" stands for what rounds to it, "40" is forty: two trailing zeros or more make a round number
                stripped = digits.rstrip("0")
                zeros = len(digits) - len(stripped)
                step = 10.0 ** zeros if stripped and zeros >= 2 else 1.0
        elif low in _NUMBER_WORDS:
            if value is not None and not (value in _TENS and 0 < _NUMBER_WORDS[low] < 10 and t.i > 0 and t.doc[t.i - 1].text == "-"):
                return None
            value = (value or 0.0) + float(_NUMBER_WORDS[low])  # "Forty-eight": forty, then eight
        elif re.fullmatch(r"(\d+(?:\.\d+)?)(k|m|bn|b|tn)", low):
            if value is not None:
                return None
            m = re.fullmatch(r"(\d+(?:\.\d+)?)(k|m|bn|b|tn)", low)
            assert m
            decimals = len(m[1].split(".")[1]) if "." in m[1] else 0
            value, step = float(m[1]) * _SCALES[m[2]], _SCALES[m[2]] * 10.0 ** -decimals
        elif t.like_num or t.is_digit:
            return None  # "hundreds", "1/2", "two-thirds"
    return (value, step) if value is not None else None


def numbers_written(doc: Any) -> set[float]:
    found = set()
    for ent in doc.ents:
        if ent.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
            parsed = _number(_number_tokens(ent))
            if parsed:
                found.add(parsed[0])
    return found


def _number_tokens(ent: Any) -> list[Any]:
    """The tokens that write an entity's number, with a scale written onto it that the entity leaves out ("$281m": the
    parser's MONEY is "$281", its "m" the next token)."""
    tokens = [t for t in ent if _is_number(t)]
    doc = ent.doc
    if tokens and ent.label_ == "MONEY" and ent.end < len(doc):  # a sum: "30m of water" is thirty metres
        last, after = doc[ent.end - 1], doc[ent.end]
        if after.lower_.rstrip(".") in _SCALES and after.idx == last.idx + len(last.text):
            tokens.append(after)  # "$334m." at a sentence's end: the parser's token is "m."
    return tokens


def _either(doc: Any, at: int, step: int) -> bool:
    """Is the token at ``at`` an "or" or "to" with a number beyond it (``step``: -1 before, 1 after)?"""
    beyond = at + step
    return 0 <= at < len(doc) and 0 <= beyond < len(doc) and doc[at].lower_ in ("or", "to") and doc[beyond].like_num


def _is_number(t: Any) -> bool:
    return bool(t.like_num or t.lower_ in _SCALES or re.fullmatch(r"\d+(?:\.\d+)?(?:k|m|bn|b|tn)", t.lower_))


def _count(ent: Any, text: str) -> Value | None:
    doc = ent.doc
    words = ent.text
    lowered = words.lower()
    if (lowered.startswith(("no.", "no ", "#")) or ("-" in words and not _SPELLED.fullmatch(lowered)) or "/" in words
            or re.search(r"\d\s*(?:in|of|to|or)\s*\d", lowered) or " to " in lowered or " and " in lowered or " or " in lowered):
        return None  # "one-in-three", "9/11", "four to five", "two and a half"
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.lower_ in _NO_COUNT_BEFORE or before.text == "-"):
        return None
    if _either(doc, ent.start - 1, -1) or _either(doc, ent.end, 1):
        return None  # "eight or nine homes", "four to five": a range the parser cut in two
    if re.search(r"\b(?:No|no|Number|number)\s*\.?\s*$", text[: ent.start_char]):
        return None  # "the No. 2 position": a rank
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.text in ("-", "–") :
        return None  # "a 60-day suspension": an attribute, not a count
    number_tokens = _number_tokens(ent)
    # an area's unit is what it counts ("12,400 acres": a forty-third trial's two acreages of one fire had gone
    # uncompared), not a word beside the figure. Other measures are not read: a second reader set a quake's depth against
    # its distance, an altitude against a drop, sustained winds against gusts, a rate of rain against its total and 44
    # degrees Celsius against 111 Fahrenheit, each a unit alike
    unit = {t.i for t in ent if ent.label_ == "QUANTITY" and t.i == ent.end - 1 and t.lemma_.lower() in AREAS}
    hedge_tokens = [t for t in ent if not (_is_number(t) or t.text in CURRENCY or t.lower_ in CURRENCY or t.lower_ in _SHARE_WORDS
                                           or (t.text == "-" and _SPELLED.fullmatch(lowered)) or t.i in unit)]
    parsed = _number(number_tokens)
    if parsed is None:
        return None
    value, step = parsed
    if unit:
        if text[: ent.start_char].rstrip().endswith("("):
            return None  # an area given again in another unit: "5,000 hectares (12,355 acres)"
        if value.is_integer() and value % 10 == 0 and step < 10:
            step = 10.0  # an area's round figure is rounded: "12,360 acres" is not set against "12,355 acres"
    if value == 1 and number_tokens and number_tokens[0].lower_ == "one":
        return None  # "one of the first", "one day": a pronoun or an idiom far more often than a count
    hedge = " ".join(t.lower_ for t in hedge_tokens).strip()
    prefix = doc[max(0, ent.start - 3) : ent.start].text.lower()
    for phrase in (hedge, prefix):
        if phrase.endswith(_ABOVE) or phrase in _ABOVE:
            low, high = value, float("inf")
            break
        if phrase.endswith(_BELOW) or phrase in _BELOW:
            low, high = float("-inf"), value
            break
        if phrase.endswith(_ABOUT) or phrase in _ABOUT:
            low, high = value * (1 - ABOUT) - step / 2, value * (1 + ABOUT) + step / 2
            break
    else:
        low, high = value - step / 2 + 1e-9, value + step / 2 - 1e-9
    if hedge and not any(hedge.endswith(h) for h in _ABOVE + _BELOW + _ABOUT) and hedge not in ("a", "an", "the", "$", "some"):
        return None  # words in the entity that are not a hedge: not a plain count
    about = counted(ent, number_tokens[-1] if number_tokens[-1].i >= ent.end else None)
    if not about:
        return None
    shown = f"number:{int(value)}" if value.is_integer() else f"number:{value:g}"
    root = max(number_tokens, key=lambda t: t.i)
    # the words shown: the figure with the noun it counts and a measure named before it ("magnitude 6.8 earthquake")
    first, last = ent.start, max(ent.end - 1, root.i)
    level_of = level(root) if any(a.startswith(LEVEL) for a in about) else None
    if level_of is not None:  # "death toll rises to 14": the total and its verb are the words the figure rests on
        first = min(first, min(t.i for t in level_of[1].subtree if t.dep_ in ("compound", "amod") or t.i >= level_of[1].i))
    if root.dep_ in ("nummod", "compound") and root.head.pos_ == "NOUN":
        first, last = min(first, root.head.i), max(last, root.head.i)
    share = ent.root  # "a 4.5% raise": the share with what it is a share of
    if any(a.startswith(SHARE_OF) for a in about) and share.head.pos_ == "NOUN" and share.head.i > last:
        last = share.head.i
    if before is not None and (before.text in CURRENCY or (before.pos_ == "NOUN" and before.lemma_.lower() in about)):
        first = min(first, before.i)
    doc_ = ent.doc
    span_start, span_end = doc_[first].idx, doc_[last].idx + len(doc_[last].text)
    if doc_[last].lower_.endswith(".") and doc_[last].lower_.rstrip(".") in _SCALES:
        span_end -= 1  # "$334m." at a sentence's end: the full stop is the sentence's
    return Value("count", low, high, shown, text[span_start:span_end], about, text, value, root.idx)


def _day(ent: Any, text: str, published: datetime.date | None, yearless: bool = False) -> Value | None:
    """A day an event happened on, from a weekday, a relative day or a day of a month; None for spans and names."""
    words = ent.text.strip()
    lowered = words.lower()
    if lowered.startswith("the "):
        return None
    if re.match(r"['’]?s\b", text[ent.end_char :]):
        return None  # "in the 1930's", a decade the parser cut to its first year: ECB+'s "founded in the 1930's" against "in 1931"
    for prefix in ("on ", "early ", "late "):
        if lowered.startswith(prefix):
            lowered = lowered[len(prefix) :]
    lowered = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", lowered)
    event = _event(ent)
    if event is None:
        return None
    day: datetime.date | None = None
    if lowered in _WEEKDAYS or lowered in _RELATIVE:
        if published is None:
            return None
        if lowered in _RELATIVE:
            day = published + datetime.timedelta(days=_RELATIVE[lowered])
        else:
            target = _WEEKDAYS.index(lowered)
            back = (published.weekday() - target) % 7
            ahead = (target - published.weekday()) % 7
            if _looks_ahead(event):
                if ahead == 0:
                    return None  # "will meet Monday" on a Monday: today or next week
                day = published + datetime.timedelta(days=ahead)
            else:
                day = published - datetime.timedelta(days=back)
    elif (span := _SPAN_OF_DAYS.fullmatch(lowered)) is not None:
        # "elected in 2015", "in March 2013": every day of that year or month (a range: "in 2015" agrees with "on
        # March 3, 2015" and disagrees with "in 2013")
        in_year = int(span["year"])
        if not 1800 <= in_year <= 2100:
            return None
        in_month = _MONTHS.get(span["month"].rstrip(".")) if span["month"] else None
        if span["month"] and in_month is None:
            return None
        first = datetime.date(in_year, in_month or 1, 1)
        last = datetime.date(in_year + (in_month or 12) // 12, (in_month or 12) % 12 + 1, 1) - datetime.timedelta(days=1)
        key = _event_key(event)
        if key is None:
            return None
        shown = f"date:{in_year}" if in_month is None else f"date:{in_year}-{in_month:02d}"
        return Value("day", first.toordinal(), last.toordinal(), shown, words, frozenset([key]), text)
    else:
        # "Tuesday, March 3, 2020": the day of the month says the day; its weekday adds nothing to compare
        lowered = re.sub(rf"^(?:{'|'.join(_WEEKDAYS)}),?\s+(?=[a-z]+\.?\s+\d|\d)", "", lowered)
        m = _MONTH_DAY.match(lowered)
        if m and m[1].rstrip(".") in _MONTHS:
            month, number, year = _MONTHS[m[1].rstrip(".")], int(m[2]), m[3]
        else:
            m = _DAY_MONTH.match(lowered)
            if not (m and m[2].rstrip(".") in _MONTHS):
                return None
            month, number, year = _MONTHS[m[2].rstrip(".")], int(m[1]), m[3]
        if year is None and published is None:
            if not yearless or _looks_ahead(event):
                return None  # a plan moves: "will vote on Nov. 5" and "voted on Nov. 3" may both be true (a second reader's)
            key = _event_key(event)
            try:
                day = datetime.date(_SOME_LEAP_YEAR, month, number)
            except ValueError:
                return None
            return None if key is None else Value("day", day.toordinal(), day.toordinal(), f"date:--{month:02d}-{number:02d}",
                                                  words, frozenset([key + YEARLESS]), text)
        try:
            day = datetime.date(int(year) if year else published.year, month, number)  # type: ignore[union-attr]
            if year is None and published is not None and (day - published).days > 61 and not _looks_ahead(event):
                day = datetime.date(published.year - 1, month, number)  # "on Dec. 28" in a story of Jan. 3: last year's
            elif year is None and published is not None and (published - day).days > 14 and _looks_ahead(event):
                day = datetime.date(published.year + 1, month, number)  # "will meet Jan. 5" in a story of Dec. 20
        except ValueError:
            return None
    key = _event_key(event)
    if key is None:
        return None
    return Value("day", day.toordinal(), day.toordinal(), f"date:{day.isoformat()}", words, frozenset([key]), text)


def _event(ent: Any) -> Any:
    """The verb a day dates ("resigned Thursday", "met on Sunday"), or None when the day modifies a noun ("Sept. 11 hijackers")."""
    root = ent.root
    if root.dep_ == "compound" and root.head.lower_ in ("morning", "afternoon", "evening", "night"):
        root = root.head  # "on Tuesday evening"
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "in", "since", "until", "by", "before", "after"):
        if head.lower_ not in ("on", "in"):
            return None  # "by Friday", "since Monday": a bound, not the day of the event
        if head.lower_ == "in" and not _SPAN_OF_DAYS.fullmatch(ent.text.strip().lower()):
            return None  # "in the morning", "in recent days": "in" dates an event by a year or a month only
        head = head.head
    elif root.dep_ not in ("npadvmod", "tmod", "nmod", "advmod", "dobj", "appos") :
        return None
    if head.pos_ == "NOUN" and head.lemma_.lower() in _SPEECH_NOUNS and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head  # "admitted ... in an interview Tuesday": the day of what was said
    if head.pos_ not in ("VERB", "AUX") or head.i == root.i:
        return None
    return head


# Saying is one event whatever the verb, when one person says it: "Boehner said on Monday" / "Boehner admitted ... Tuesday"
_SPEECH_VERBS = frozenset("say tell admit acknowledge announce declare state add insist argue claim write tweet warn concede".split())
_SPEECH_NOUNS = frozenset("interview statement remark speech briefing".split())


def _event_key(verb: Any) -> str | None:
    """What a day dates: the verb's lemma, or, for saying, "say:" and who says it (the subject's last word)."""
    lemma = verb.lemma_.lower()
    if lemma not in _SPEECH_VERBS:
        return lemma
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN":
        return None  # "he said Monday", "officials said": whose saying is not known here
    return f"say:{subject.lower_}"


def _looks_ahead(verb: Any) -> bool:
    """Whether a verb speaks of what is to come: "will meet", "is expected to", "plans to", "is set to"."""
    children: Iterable[Any] = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "wo", "shall") for c in children):
        return True
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        return True  # "is due to be arraigned Thursday", "plans to vote Friday"
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)

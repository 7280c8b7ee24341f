"""What shows that an outlet's closest sentence gives a claim, though it scores low and shares few words: the claim's time of
day, its figure, or a figure of what it counts (:func:`same_value`, read by :mod:`framediff.comparing.coverage`)."""

from __future__ import annotations

import re

from framediff.aligning.claims import Alignment, Claim, Member
from framediff.aligning.profiles import CALENDAR_NAMES
from framediff.comparing.answers import replies
from framediff.comparing.times_of_day import clock_times, most_give
from framediff.comparing.values_across import FIGURE_FLOOR
from framediff.reading.languages import is_english


def same_value(alignment: Alignment, claim: Claim, near: Member, by_count: bool = True, answers: bool = True) -> str | None:
    """Why a closest sentence that scores low and shares few words is evidence all the same: it gives the time of day one of
    the claim's members gives ("caved in at 4.40am" for "came down at about 4:40 a.m."), or a figure of the same thing
    ("a $28 million grant" for "a $26.5 million grant": the fact, told with another figure; not with ``by_count`` False,
    as from NEAR up, where a second reader's "Some 200 demonstrators gathered" had come near "Officers detained 14
    demonstrators"); or, with ``answers``, an answer where the claim answers what comes before it (:func:`replies`). A
    time of day is the claim's only where most of its members give it (:func:`~framediff.comparing.times_of_day.most_give`);
    not so a thing counted, which the members' words may name apart ("About 220 firefighters and rescuers", "More than
    200 rescuers"). English only. None: neither."""
    from framediff.aligning.profiles import profile

    def english(ref: Member) -> bool:
        return is_english(alignment.article(ref.article).sentence_language(ref.sentence))

    if not english(near) or not all(english(m) for m in claim.members):
        return None
    texts = [alignment.sentence(m).text for m in claim.members]
    given = alignment.sentence(near).text
    times = clock_times(given)
    stated = most_give([set(clock_times(text)) for text in texts])  # what the claim states, not one member alone
    shared = [times[t] for text in texts for t in clock_times(text) if t in times and t in stated]
    if shared:
        return f"it gives the claim's time of day “{shared[0]}”"
    reply = replies(texts, given) if answers else None
    if reply:
        return f"the claim answers what comes before it, and this sentence reports an answer too, “{reply}”"
    near_profile = profile(given)
    words = dict(near_profile.forms)
    counted = {stem for _, stem in near_profile.counts if stem}
    for text in texts:
        member = profile(text)
        exact = sorted(v for v in member.numbers & near_profile.numbers
                       if _specific(v) and not _in_name(text, v) and not _in_name(given, v))
        if exact:  # "A sellout crowd of 41,238" for "A crowd of 41,238 watched": a figure no other fact shares by chance
            return f"it gives the claim's figure “{_written_as(given, exact[0])}”"
        for _, stem in member.counts if by_count else ():
            if (stem in counted and stem in words and words[stem].lower() not in _UNITS_OF_MEASURE
                    and _counted_once(alignment, near.article, stem)):
                return f"it gives a figure for what the claim counts, “{words[stem]}”"
    return None


def _counted_once(alignment: Alignment, article: str, stem: str) -> bool:
    """Does ``article`` count ``stem`` in one sentence only? What an article counts in several sentences is its story's
    stock ("miners" in a mine rescue: fourteen trapped, eleven brought up, three underground), and a figure of it tells
    no one fact: a fifteenth trial's "Three of the miners were being treated at Pikeville Medical Center" had come near
    "Eleven of the miners were brought to the surface ... three remained underground" (0.25) for the miners counted."""
    from framediff.aligning.profiles import profile

    return sum(any(c == stem for _, c in profile(s.text).counts) for s in alignment.article(article).sentences) <= 1


# A unit or a day is no thing counted ("85 million crowns" came near "1.2 billion crowns"; "7 a.m. on Friday" counts no Fridays;
# a forty-seventh trial's bond yields "climbed 12 basis points" came near a policy rate raised "by 25 basis points")
_UNITS_OF_MEASURE = frozenset("""crown crowns krona kronor krone kroner dollar dollars euro euros pound pounds yen yuan franc francs
peso pesos rupee rupees rand shekel shekels dirham dirhams percent per cent pc percentage basis bp bps point points metre metres meter
meters kilometre kilometres kilometer kilometers mile miles kilogram kilograms kilo kilos ton tons tonne tonnes hectare hectares acre
acres year years month months
week weeks day days hour hours minute minutes foot feet inch inches yard yards""".split()) | CALENDAR_NAMES


def _specific(value: str) -> bool:
    """A figure two sentences share only when they tell one fact: FIGURE_FLOOR or more, not a round hundred, not a year; or
    a million or more written to three digits or more ("$14.2 million", "$14,200,000"; not "$1.2 billion"): a seventeenth
    trial's tabloid was said to leave out "The repairs will cost $14.2 million" though its closest sentence gave
    "$14,200,000" (0.20), as a sum in millions is always a round hundred."""
    kind, _, number = value.partition(":")
    try:
        figure = float(number)
    except ValueError:
        return False
    year = figure.is_integer() and 1800 <= figure <= 2100
    digits = len(f"{figure:.0f}".rstrip("0"))
    return kind == "number" and figure >= FIGURE_FLOOR and not year and (figure % 100 != 0 or (figure >= 1e6 and digits >= 3))


def _in_name(text: str, value: str) -> bool:
    """Is ``value`` a word of a name, after an acronym ("the FTSE 250 index": a twenty-seventh trial's share price had come
    near "The FTSE 250 group reported pre-tax profit")? Not after a currency code, nor any other capital ("on Tuesday 3,417").
    Or plain digits after a noun that numbers what it names ("Amalgamated Transit Union Local 1182": a twenty-ninth trial's
    union local "gave the claim's figure" of a quote; "Route 9", "Flight 370"); not after any word in title case, as a
    second reader found counts there ("Dies Aged 116", "gave Biden 306", "At Least 289")."""
    written = _written_as(text, value)
    if any(m.group(1) not in _CURRENCY_CODES for m in re.finditer(rf"\b([A-Z][A-Z&]+)\s+{re.escape(written)}(?![\d,.]\d)", text)):
        return True
    return written.isdigit() and any(m.group(1).lower() in _NUMBERING
                                     for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{written}(?![\d,.]\d)", text))


# nouns that a number names one of ("Local 1182", "Route 9", "Flight 370", "Chapter 11", "Proposition 8")
_NUMBERING = frozenset("""local route flight gate chapter section article proposition prop bill terminal platform pier highway
interstate station unit ward district precinct engine ladder room building level floor runway line channel apollo boeing
airbus model""".split())


_CURRENCY_CODES = frozenset("USD EUR GBP JPY CHF CNY INR AUD CAD SEK NOK DKK RUB BRL MXN ZAR KRW HKD SGD NZD PLN TRY".split())


def _written_as(text: str, value: str) -> str:
    """How ``text`` writes the figure ``value`` ("number:41238" -> "41,238"), or the figure itself."""
    figure = value.partition(":")[2]
    for m in re.finditer(r"\d[\d,.]*\d|\d", text):
        if m.group().replace(",", "") == figure:
            return m.group()
    return figure


def other_figures_reason(alignment: Alignment, claim: Claim, near: Member) -> tuple[str, bool]:
    """The reason an outlet whose closest sentence gives the claim with another figure or day does not leave it out, with
    the values each side gives ("“2025”, where the claim gives “2026”"); and whether they differ by the weekday alone, which
    shows neither that it gives the claim nor that it leaves it out (:func:`~framediff.aligning.other_figures.days_apart`)."""
    from framediff.aligning.other_figures import days_apart, values_that_differ

    others = [alignment.sentence(m).text for m in claim.members]
    theirs, ours = values_that_differ(alignment.sentence(near).text, others)
    given = f": {theirs}, where the claim gives {ours}" if theirs and ours else ""
    if days_apart(alignment.sentence(near).text, others):
        return (f"its closest sentence differs from the claim by the day it gives{given}; a story's days are its moments, so that "
                "shows neither one fact nor two"), True
    return f"it would match the claim but for figures or dates that differ{given}", False

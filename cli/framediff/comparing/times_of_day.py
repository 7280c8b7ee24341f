"""Times of day as each language writes them, for telling that two sentences give the same moment."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any, Collection, Sequence, TypeVar

from framediff.aligning.language_free import MONTH_NAMES

T = TypeVar("T")

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment, Claim


# A time of day as each language writes it: "4:40 a.m.", "4.40am", "16:40"; "9 h 40" (French), "9.40 Uhr", "9.40 uur",
# "9.40 horas", and "a las 9.40", "alle 9.40", "um 9.40" after a word that says a time follows
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))\s*([ap])\.?\s?m\b\.?|\b(\d{1,2}):(\d{2})\b|(?<![\d.,])\b(\d{1,2})\s?h\s?(\d{2})\b"
                    r"|\b(\d{1,2})[.](\d{2})\s?(?:Uhr|uur|horas|hrs|ore)\b"
                    r"|\b(?:a las|alle|om|um|vers|hacia|gegen|verso|rond|à)\s+(\d{1,2})[.](\d{2})\b(?:\s?(?:Uhr|uur|horas|hrs|ore)\b)?",
                    re.I)


def clock_times(text: str) -> dict[str, str]:
    """The times of day a sentence gives, as "HH:MM" -> its words: "4:40 a.m." and "4.40am" are both "04:40", and so
    are "4 h 40" and "4.40 Uhr"."""
    out = {}
    for m in _CLOCK.finditer(text):
        if _NOT_A_TIME.match(text, m.end()):
            continue  # "à 9.40 euros", "um 9.40 Franken", "à 3.25 pour cent": a price or a share
        first = next(k for k in (1, 4, 6, 8, 10) if m[k])  # the hour's group, of whichever way it is written
        hour, minute = int(m[first]), m[first + 1]
        if m[3]:
            hour = hour % 12 + (12 if m[3].lower() == "p" else 0)
        if hour < 24 and int(minute) < 60:
            out[f"{hour:02d}:{minute}"] = text[m.start(first) : m.end()].strip()  # "9.40", not "gegen 9.40"
    return out


_NOT_A_TIME = re.compile(r"\s*(?:euros?|€|francs?|franken|dollars?|\$|%|pour|per|prozent|por|percent)\b", re.I)


def most_give(values: Sequence[Collection[T]]) -> set[T]:
    """Of the values each member of a claim gives, those more than half the members give: what the claim states. A value
    one member of two gives is that sentence's, not the claim's: a forty-fifth trial's tabloid was said to come near "The
    bus had left Millbrook bound for Port Avery" for the time of day the wire's member gave with the destination."""
    counted = Counter(v for given in values for v in set(given))
    return {v for v, n in counted.items() if 2 * n > len(values)}


def time_elsewhere(alignment: Alignment, claim: Claim, article: str, most: bool = True) -> str | None:
    """Why ``article`` may say the claim, though its closest sentence scores low: another of its sentences gives the time
    of day most members of the claim give (:func:`most_give`), to the minute ("vers 9 h 40" and "at around 9:40 a.m.", a
    ninth trial's, each "only here" since neither was the other's closest sentence). A time on the hour or the half hour
    is a schedule's as often as an event's ("buses will resume their routes at 7:30 a.m."), and two English sentences must
    share a word besides (a second reader's cases). With ``most`` False, a time fewer members give: that is no sign the
    outlet says the claim, nor that it leaves it out (a second reader's fire "reported at 3:15 a.m.", a time one member
    of two gave with the hours it burned; the trial's bus, whose time the wire gave with the destination the tabloid
    never names): the reason says so. None: no sentence does."""
    from framediff.aligning.profiles import profile
    from framediff.reading.languages import is_english

    members = [(alignment.sentence(m).text, alignment.article(m.article).sentence_language(m.sentence)) for m in claim.members]
    stated = most_give([set(clock_times(text)) for text, _ in members])
    wanted = {t: (text, language) for text, language in members for t in clock_times(text)
              if t[3:] not in ("00", "30") and (t in stated) == most}
    for sentence in alignment.article(article).sentences if wanted else ():
        times = clock_times(sentence.text)
        for t in sorted(set(wanted) & set(times)):
            text, language = wanted[t]
            english = is_english(language) and is_english(alignment.article(article).sentence_language(sentence.index))
            if not english or profile(text).stems & profile(sentence.text).stems:
                return (f"its sentence #{sentence.index} gives the claim's time of day “{times[t]}”" if most else
                        f"its sentence #{sentence.index} gives a time of day one of the claim's sentences gives, “{times[t]}”")
    return None


# A calendar day as English writes it: "May 5", "Aug. 5th", "5 May", "the 5th of May", "the fifth of May". Month names
# in title case only ("may" is a verb), a day of one or two digits ("May 2021" is a month)
_MONTH_NUMBERS = {name: n for n, full in enumerate(MONTH_NAMES[1:], 1) for name in (full, full[:3], *(("Sept",) if n == 9 else ()))}
_ORDINAL_WORDS = {w: n for n, w in enumerate(("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
                                              "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
                                              "twentieth").split(), 1)}
_ORDINAL_WORDS |= {f"{tens}-{w}": base + n for tens, base in (("twenty", 20), ("thirty", 30)) for w, n in list(_ORDINAL_WORDS.items())[:9]}
_ORDINAL_WORDS["thirtieth"] = 30
_MONTH = ("(?:" + "|".join(sorted((m for m in _MONTH_NUMBERS if len(m) > 4 or m in ("May", "June", "July")), key=len, reverse=True))
          + r")\b|(?:" + "|".join(m for m in _MONTH_NUMBERS if len(m) <= 4 and m not in ("May", "June", "July")) + r")\b\.?")
_YEAR_AFTER = r"(?:,?\s+(?P<y{}>(?:1[89]|20)\d\d)\b)?"
_ORDINAL = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
# after "May 5": not an event the day names ("the Jan. 6 attack", "Sept. 11 attacks", "the Mar. 11 Madrid bombings")
_AFTER_DAY = r"(?!\s+(?:[A-Z]\w*\s+)?(?:attacks?|attackers?|bombings?|bombers?|riots?|rioters?|massacre|insurrection|hijack\w*|" \
             r"committee|commission)\b)"
# after "In May 12", a day only before punctuation, the end or a word that goes on from a day: else a count ("In March 12
# soldiers died", "In May 12 Republicans broke ranks")
_AFTER_IN = re.compile(r"\s*(?:[,.;:!?)”\"’—–-]|$|(?:and|or|to|until|at|in|on|by|after|before|when|the|that|he|she|they|it|we|"
                       r"was|were|is|are|will|would)\b)")
# the words in title case a month may follow at the start of a sentence or after a weekday ("On May 5", "Friday, May 5")
_BEFORE_DAY = frozenset("""on in by since until till from before after through last next early late mid due as of at
starting effective beginning around between throughout monday tuesday wednesday thursday friday saturday sunday""".split())
# after "5 May": not a name that goes on ("May Day", "June Carter", "Mar-a-Lago", "May's MPs")
_AFTER_MONTH = r"(?![-'’]|\s+[A-Z])"
_DAY_OF_MONTH = re.compile(rf"\b(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)"
                           rf"{_YEAR_AFTER.format(1)}{_AFTER_DAY}"
                           rf"|(?<![\d.:,])\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH}){_AFTER_MONTH}"
                           rf"{_YEAR_AFTER.format(2)}"
                           rf"|\b(?i:the)\s+(?P<w>{_ORDINAL})\s+of\s+(?P<m3>{_MONTH}){_AFTER_MONTH}{_YEAR_AFTER.format(3)}"
                           rf"|\b(?P<m4>{_MONTH})\s+(?P<w4>{_ORDINAL})\b{_YEAR_AFTER.format(4)}")


def calendar_days(text: str) -> dict[tuple[int, int, int | None], str]:
    """The days of a month an English sentence names, as (month, day, year or None) -> its words: "May 5", "5th May", "May
    fifth" and "the fifth of May" are all (5, 5, None), "September 30, 2026" is (9, 30, 2026)."""
    out = {}
    for m in _DAY_OF_MONTH.finditer(text):
        before = re.search(r"([A-Za-z]+)\s+$", text[: m.start()]) if m["m1"] or m["m4"] else None
        if before and before[1][0].isupper() and before[1].lower() not in _BEFORE_DAY:
            continue  # "Theresa May 10 Downing Street": a name, not a month
        if before and before[1].lower() == "in" and m["m1"] and not _AFTER_IN.match(text, m.end()):
            continue  # "In March 12 soldiers died": a count after a month
        month = m["m1"] or m["m2"] or m["m3"] or m["m4"]
        day = int(m["d1"] or m["d2"]) if (m["d1"] or m["d2"]) else _ORDINAL_WORDS[(m["w"] or m["w4"]).lower()]
        year = m["y1"] or m["y2"] or m["y3"] or m["y4"]
        if 1 <= day <= 31:
            out[(_MONTH_NUMBERS[month.rstrip(".")], day, int(year) if year else None)] = m.group().strip()
    return out


def the_sentence(sentence: Any) -> str:
    """How a reason points at an outlet's sentence: 'its sentence #4, “its first fourteen words …”'."""
    words = sentence.text.split()
    return f"its sentence #{sentence.index}, “{' '.join(words[:14])}{' …' if len(words) > 14 else ''}”"


def day_elsewhere(alignment: Alignment, claim: Claim, article: str, closest: int | None = None) -> str | None:
    """Why a low score does not show that ``article`` leaves the claim out: its closest sentence (``closest``), or one other
    of its sentences and only one, names the day of the month an English member of the claim names ("has until the fifth
    of May to turn himself in" for "He is to report to prison by May 5", 0.04 in a twenty-eighth trial's tabloid, said to
    leave it out). Not a sentence other than the closest that states a claim other outlets carry: it tells that one; the
    closest does count (the trial's other outlets stated the claim together, in a claim of their own). A day its
    article names in several sentences is its story's day; a day with a year is that day of that year, or of no year
    written within a year of the article's date ("the quarter ended Sept. 30" is not "by September 30, 2026"). English
    only. None: no sentence does. The reason quotes the sentence."""
    from framediff.reading.languages import is_english

    wanted = {d: w for m in claim.members if is_english(alignment.article(m.article).sentence_language(m.sentence))
              for d, w in calendar_days(alignment.sentence(m).text).items()}
    if not wanted:
        return None
    own = alignment.article(article)
    joined = {m.sentence for c in alignment.claims if len(c.articles) > 1 for m in c.members if m.article == article}
    named = [(s, calendar_days(s.text)) for s in own.sentences if is_english(own.sentence_language(s.index))]
    published = int(own.date[:4]) if own.date and own.date[:4].isdigit() else None
    for month, day, year in sorted(wanted, key=lambda d: (d[0], d[1], d[2] or 0)):
        # a year on one side only is the claim's where it is the article's own, or the year before or after it: "born on
        # July 4, 1976" is not "will light the fireworks on July 4" (a second reader's)
        giving = [(s, w) for s, days in named for (m, d, y), w in days.items() if (m, d) == (month, day)
                  and (s.index == closest or s.index not in joined)
                  and (y == year or (y is None) != (year is None) and published is not None and abs((y or year or 0) - published) <= 1)]
        at_closest = [(s, w) for s, w in giving if s.index == closest]
        if not at_closest and len({s.index for s, _ in giving}) != 1:
            continue
        sentence, written = (at_closest or giving)[0]
        return f"{the_sentence(sentence)}, gives the claim's day “{written}”"
    return None


_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# the stems of a day's words, which tell when, not what: a weekday's sentence must share another word with the claim
_MOMENTS = frozenset("""monday tuesday wednesday thursday friday saturday sunday morn afternoon evening night earli late day week
today yesterday""".split())


def weekday_elsewhere(alignment: Alignment, claim: Claim, article: str, closest: int | None = None) -> str | None:
    """Why a low score does not show that ``article`` leaves the claim out: its closest sentence (``closest``), or one
    other of its sentences and only one, names the weekday every English member of the claim names (a forty-ninth
    trial's local station, "a cyberattack has knocked its computer systems offline since early Saturday morning", was
    said to leave out "The attack was discovered early on Saturday"). A weekday tells one moment of a story, not one
    fact, so this shows only that framediff cannot tell. Not a sentence other than the closest that states a claim other
    outlets carry, as :func:`day_elsewhere`. Only for a claim two outlets or more carry: on the 50 BASIL dev events it
    turns 1 false "leaves it out" of 100 into "cannot tell", but of one outlet's own claims its first version (with no
    word to share) silenced 11 "only here" records, none of them false. The sentence must share a word of the claim's
    besides its day. English only. None: no sentence does."""
    from framediff.aligning.profiles import profile
    from framediff.reading.languages import is_english

    if len(claim.articles) < 2:
        return None
    texts = [alignment.sentence(m).text for m in claim.members if is_english(alignment.article(m.article).sentence_language(m.sentence))]
    named = [set(_WEEKDAY.findall(t)) for t in texts]
    wanted = set.intersection(*named) if named else set()
    content = frozenset().union(*((p.stems - p.names - _MOMENTS) for p in map(profile, texts)))
    own = alignment.article(article)
    stems = [profile(s.text).stems for s in own.sentences]
    joined = {m.sentence for c in alignment.claims if len(c.articles) > 1 for m in c.members if m.article == article}
    for day in sorted(wanted):
        giving = [s for s in own.sentences if is_english(own.sentence_language(s.index)) and day in _WEEKDAY.findall(s.text)]
        if len(giving) != 1 or not (giving[0].index == closest or giving[0].index not in joined):
            continue
        shared = {v for v in stems[giving[0].index] for w in content if w == v or (len(w) >= 5 and v.endswith(w))}
        if not any(sum(v in sentence for sentence in stems) <= 2 for v in shared):
            continue  # a second reader's vigil "on Sunday" is no sign of an arrest "on Sunday": a word of the claim's besides
            # ("attack" in "cyberattack" too), and not one the article's story is told in ("fire" in a fire)
        return f"{the_sentence(giving[0])}, gives the claim's day “{day}”"
    return None

"""What a sentence says that reads the same in any language: names, numbers, years and dates.

Read by the cross-language scorer (:mod:`framediff.aligning.crosslingual`, signals beside the multilingual encoder's
cosine) and by facts that disagree across languages (:mod:`framediff.frame.facts_across`). Numbers are read as the
sentence's language writes them: "2.800 Anwohner" is 2,800 in German, as "2,800 residents" is in English, while an
English "2.800" is two point eight; and a number before a scale word is the amount it says ("3 million euros",
"5 Millionen Euro", "1,5 milliard", "2 mil millones"), so amounts in millions compare as amounts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from framediff.aligning.number_words import number_words

_MONTHS = {
    **dict.fromkeys(["january", "janvier", "januar", "janner", "enero", "gennaio", "januari", "janeiro"], 1),
    **dict.fromkeys(["february", "fevrier", "februar", "febrero", "febbraio", "februari", "fevereiro"], 2),
    **dict.fromkeys(["march", "mars", "marz", "marzo", "maart", "marco"], 3),
    **dict.fromkeys(["april", "avril", "abril", "aprile"], 4),
    **dict.fromkeys(["may", "mai", "mayo", "maggio", "mei", "maio"], 5),
    **dict.fromkeys(["june", "juin", "juni", "junio", "giugno", "junho"], 6),
    **dict.fromkeys(["july", "juillet", "juli", "julio", "luglio", "julho"], 7),
    **dict.fromkeys(["august", "aout", "agosto", "augustus"], 8),
    **dict.fromkeys(["september", "septembre", "septiembre", "settembre", "setembro"], 9),
    **dict.fromkeys(["october", "octobre", "oktober", "octubre", "ottobre", "outubro"], 10),
    **dict.fromkeys(["november", "novembre", "noviembre", "novembro"], 11),
    **dict.fromkeys(["december", "decembre", "dezember", "diciembre", "dicembre", "dezembro"], 12),
}
# a number as any of these languages writes it: 40,000 / 40.000 / 40 000 / 1.5 / 1,5. A space groups thousands except
# before an "s" or a hyphened word that goes on from the figure: "50 787s", "50 787-machines" (MEANTIME: "US$6.8 billion
# for 50 787s") are fifty Boeing 787s, while "4 800ha" is one area; English groups with a narrow or no-break space only
# ("50 787 Dreamliners" is fifty of them).
_GROUPED = r"(?<![\w.,])\d{1,3}(?:[.,]\d{3})+(?![\d])"
_PLAIN = r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\d])"
_NUMBER = re.compile(rf"{_GROUPED}|(?<![\w.,])\d{{1,3}}(?:[\u202f\u00a0 ]\d{{3}})+(?!\d|s\b|-[^\W\d_])|{_PLAIN}")
_NUMBER_ENGLISH = re.compile(rf"{_GROUPED}|(?<![\w.,])\d{{1,3}}(?:[\u202f\u00a0]\d{{3}})+(?!\d|s\b|-[^\W\d_])|{_PLAIN}")
WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")  # a word as read here, with its inner apostrophes and hyphens
# capitalised words that open clauses or are function words, not names
_NOT_NAMES = frozenset(
    """
    the a an in on at of for and but it he she they we this that these those his her their its as after before when while
    le la les un une des du de et mais il elle ils elles nous ce cette ces son sa ses leur selon dans pour sur avec lors
    der die das dem den des ein eine einer und aber er sie es wir dieser diese dieses sein seine ihr ihre im am auf mit nach
    bei zu zum zur vor seit laut wie was wer wo auch noch so nun
    el los las una unos unas y pero ella ellos este esta estos su sus en con por para según tras
    il lo gli i una e ma lui lei loro questo questa suo sua nel nella con per dopo
    het een en maar hij zij wij deze dit zijn haar hun op met voor na
    """.split()
)


MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
               "December")


def day_shown(key: str) -> str:
    """A day of a month as :func:`facts` keys it, as a reader reads it: "d14-5" -> "14 May"."""
    day, month = key[1:].split("-")
    return f"{int(day)} {MONTH_NAMES[int(month)]}"


def fold(word: str) -> str:
    """Lower case without accents: "Élysée" -> "elysee", "März" -> "marz"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Facts:
    """What a sentence says that reads the same in any language."""

    names: frozenset[str]
    numbers: frozenset[str]  # "40000", "1.5", "y2008", "d28-8"
    # The names of people, places and bodies the sentence writes, as written (capitalised words inside it but weekdays,
    # and acronyms: "FTSE", "NATO"); None where capitals do not tell names: German capitalises every noun, and a headline
    # in title case every word
    proper: frozenset[str] | None = None
    dateline: bool = False  # a date and nothing else ("27 de enero del 2006", "Posted: June 12, 2013"): no claim
    written: tuple[tuple[str, str], ...] = ()  # each number and the words it was read from: ("5000000", "5 Millionen")

    def words_of(self, number: str) -> str | None:
        """The words ``number`` (one of :attr:`numbers`) was first read from, as the sentence writes them."""
        return next((words for value, words in self.written if value == number), None)


# words a dateline holds besides its date
_DATELINE_WORDS = frozenset(
    """
    de del le la il el am um at on the of published posted updated last date datum publie publicado pubblicato gepubliceerd
    mis jour actualise actualizado aggiornato aktualisiert bijgewerkt
    gmt edt est cet cest utc ist aest bst pm am h uhr
    mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
    lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
    lunes martes miercoles jueves viernes sabado domingo lunedi martedi mercoledi giovedi venerdi sabato domenica
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

_ORDINALS = frozenset({"st", "nd", "rd", "th", "er", "eme", "o", "a"})  # "3rd", "1er", "3o": the letters after a day's digits


# Languages that write a decimal comma ("2,8") and group thousands with a point or a space ("2.800", "2 800"); the
# others (English, Chinese, Japanese, Hebrew, Hindi, Thai, ...) write a decimal point and group with a comma.
_DECIMAL_COMMA = frozenset("""
    af az be bg bs ca cs da de el es et eu fi fr gl hr hu id is it kk lb lt lv mk nb nl nn no pl pt ro ru sk sl sq sr sv tr uk vi
    """.split())
# Scale words after a number, as the languages read here write them, with the power of ten each says. "Billion" is a
# thousand million in English and a million million in French, German, Spanish ("billón") and Dutch ("biljoen"), where a
# thousand million is "milliard", "Milliarde", "mil millones", "miljard"; Spanish and Portuguese "mil" alone is a thousand.
_SCALES = {
    **dict.fromkeys(["thousand", "tausend"], 3),
    **dict.fromkeys(["million", "millions", "millionen", "mio", "mln", "mn", "millon", "millones", "milione", "milioni", "miljoen",
                     "miljoenen", "milhao", "milhoes"], 6),
    **dict.fromkeys(["milliard", "milliards", "milliarde", "milliarden", "mrd", "md", "mds", "mld", "miliardo", "miliardi",
                     "miljard", "miljarden", "bilhao", "bilhoes", "bn"], 9),
    **dict.fromkeys(["billion", "billions", "billionen", "billon", "billones", "bilione", "bilioni", "biljoen", "biljoenen",
                     "trillion", "trillions", "tn"], 12),
}
# where a decimal point is written (English), a billion is a thousand million; where a decimal comma is, a trillion
# ("trillion" in French) is a million million million
_POINT_SCALES = dict.fromkeys(["billion", "billions"], 9)
_COMMA_SCALES = dict.fromkeys(["trillion", "trillions", "tn"], 18)
_SCALE_AFTER = re.compile(r"\s*(mil\s+(?:millones|milhoes|milhões)|[^\W\d_]+)\b\.?")
_YEAR = re.compile(r"(1[89]|20)\d\d")


def _scale(after: str, language: str | None, decimal_comma: bool) -> tuple[int, int]:
    """The power of ten a scale word right after a number says ("3 million" 6, "2 Milliarden" 9, "$3 trillion" 12) and
    how many characters it takes, else (0, 0)."""
    m = _SCALE_AFTER.match(after)
    if not m:
        return 0, 0
    word = fold(" ".join(m.group(1).split()))
    if word.startswith("mil mil"):
        return 9, m.end()
    if word == "mil" and language in ("es", "pt"):
        return 3, m.end()
    power = (_COMMA_SCALES if decimal_comma else _POINT_SCALES).get(word) or _SCALES.get(word, 0)
    return power, (m.end() if power else 0)


def opener(text: str) -> str | None:
    """The first word of ``text``, folded, where it is capitalised and may be a name (three letters or more, not a word that
    opens clauses, a month or a weekday): "Terna" in "Terna ha registrato …", which :func:`facts` does not read as a name,
    as a sentence's first word is capitalised whatever it is."""
    first = WORD.search(text)
    if first is None or not first.group()[:1].isupper() or len(first.group()) < 3:
        return None
    word = fold(first.group())
    return None if word in _NOT_NAMES or word in _MONTHS or word in _DATELINE_WORDS else word


def facts(text: str, language: str | None = None, spelled: bool = True) -> Facts:
    """What ``text``, written in ``language`` (None: English), says that reads the same in any language; with
    ``spelled``, numbers written in words too ("Cent quatre-vingts", :mod:`~framediff.aligning.number_words`). The
    cross-language pair scorer reads digits only, as it was fitted: with words, its F1 on the ECB+ stand-in's kept-back
    topics fell from 0.583 to 0.581 and MEANTIME's stayed 0.895 (bench/xling_eval.py); evidence and facts that disagree
    read both."""
    decimal_comma = language in _DECIMAL_COMMA
    words = [(m.group(), m.start()) for m in WORD.finditer(text)]
    names, proper = set(), set()
    for n, (word, _) in enumerate(words):
        if word[:1].isupper() and len(word) >= 3 and n > 0 and fold(word) not in _NOT_NAMES and fold(word) not in _MONTHS:
            names.add(fold(word))
            if fold(word) not in _DATELINE_WORDS:
                proper.add(word)
        elif word.isupper() and len(word) >= 2:
            names.add(fold(word))
            proper.add(word)
    inner = [w for w, _ in words[1:] if len(w) >= 3 and fold(w) not in _NOT_NAMES]
    title_case = len(inner) >= 3 and sum(w[:1].isupper() for w in inner) > 0.75 * len(inner)
    numbers: set[str] = set()
    written: list[tuple[str, str]] = []
    for m in (_NUMBER_ENGLISH if language in (None, "en") else _NUMBER).finditer(text):
        raw = m.group()
        value = _value(raw, decimal_comma)
        if value is None:
            continue
        after = text[m.end() : m.end() + 20]
        power, length = (0, 0) if _YEAR.fullmatch(raw) else _scale(after, language, decimal_comma)  # "In 2020 millions of …"
        if power:
            key = str(round(float(value) * 10**power))
            end = m.end() + len(after[:length].rstrip())
        elif _YEAR.fullmatch(raw):
            key, end = f"y{raw}", m.end()
        else:
            before = text[max(0, m.start() - 16) : m.start()]
            month = _month_after(after) or _month_before(before)
            key = f"d{int(value)}-{month}" if month and value.isdigit() and 1 <= int(value) <= 31 else value
            end = m.end()
        numbers.add(key)
        written.append((key, text[m.start() : end]))
    for amount, start, end in number_words(text, language) if spelled else ():  # "Cent quatre-vingts", "zwölf"
        key = str(amount)  # never a day: "Two may have died", "Twenty march on the embassy" (a second reader's)
        if key not in numbers:
            numbers.add(key)
            written.append((key, text[start:end]))
    content = [w for w, _ in words
               if len(w) > 1 and fold(w) not in _DATELINE_WORDS and fold(w) not in _MONTHS and fold(w) not in _ORDINALS]
    # a date and at most one other word (a time zone, "UK"), as cleaning reads a date line: "8: 05am UK, Monday 16 September 2013"
    dated = any(v[0] in "dy" for v in numbers)
    return Facts(frozenset(names), frozenset(numbers), dateline=bool(numbers) and (not content or (dated and len(content) == 1)),
                 written=tuple(written), proper=None if language in NOUNS_CAPITALISED or title_case else frozenset(proper))


# languages that capitalise every noun, so that a capital does not tell a name
NOUNS_CAPITALISED = frozenset({"de", "lb"})
# the small words inside a surname ("van den Tillaar", "von der Leyen", "de la Cruz", "da Silva"), in small letters
SURNAME_PARTICLES = frozenset("van den der von de la le da das do dos di del della ten ter".split())


# an article names at least this many people, places or bodies (rare words of its language, written capitalised inside
# its sentences) before it tells, by naming none of another's, that the two report two events
MIN_NAMES = 3
# A capitalised word counts as a name when its Zipf frequency is under RARE in English (which capitalises "Dutch",
# "European", "Minister", "Investigation") and under RARE_OWN in the article's own language ("Investigación" and
# "Comisión" are common Spanish; surnames that are French words, "Mercier", "Dubois", stay names)
RARE = 3.5
RARE_OWN = 4.0


@dataclass(frozen=True)
class Named:
    """What an article names and counts, to tell two events apart.

    ``names``: every capitalised word its sentences write inside them, acronyms and a title-case headline's words
    included (more reads alike, never less); None where capitals cannot be compared: German, which capitalises every
    noun ("Köln" is one capital among "Innenstadt" and "Sonntag"), or names in another script than the Latin one
    ("Киев" and "Kyiv" read alike to no rule). ``counted``: the names that count towards :data:`MIN_NAMES`, capitalised
    words inside sentences that are rare in the article's language ("Toninelli", "Schiphol"; not "Dutch", "European",
    "Investigation"). ``figures``: days of a month and amounts of 100 or more, which two reports
    of one event share ("12,000", "12 000")."""

    names: frozenset[str] | None
    counted: frozenset[str]
    figures: frozenset[str]


def named(found: Iterable[Facts], language: str | None = None) -> Named:
    """What an article's sentences, in ``language``, name and count (:class:`Named`)."""
    from wordfreq import zipf_frequency

    found = list(found)
    figures = frozenset(v for f in found for v in f.numbers if v.startswith("d") or (v[0].isdigit() and float(v) >= 100))
    if sum(f.proper is None for f in found) * 2 > len(found):  # most sentences German (a title-case headline is one)
        return Named(None, frozenset(), figures)
    names = frozenset(fold(n) for f in found for n in (f.proper if f.proper is not None else f.names))
    if not all(n.isascii() for n in names):
        return Named(None, frozenset(), figures)
    try:
        zipf_frequency("a", language or "en")
        lang = language or "en"
    except LookupError:
        lang = "en"

    def rare(word: str) -> bool:  # as written, accents and all
        lower = word.lower()
        return (word.replace("-", "").isalpha() and zipf_frequency(lower, "en") < RARE
                and (lang == "en" or zipf_frequency(lower, lang) < RARE_OWN))

    return Named(names, frozenset(fold(n) for f in found if f.proper is not None for n in f.proper if rare(n)), figures)


def apart(a: Named, b: Named) -> bool:
    """Whether two articles (:func:`named`) report two events: each names :data:`MIN_NAMES` people, places or bodies,
    none of one's capitalised words reads as the other's, each gives a day of a month, and they share no day and no
    amount of 100 or more. Two bridge collapses, in Lyon on March 3 and in Genoa on August 14, each with its mayor,
    minister and toll, are two events. Names alone are not enough: two reports of one event often quote different
    witnesses and spell the place apart ("Aachen", "Aix-la-Chapelle"; "Antwerp", "Amberes"), and an adversarial reader
    wrote 12 such pairs, 9 of which names alone had split; two different days are what such reports do not give. A
    name reads as another when the two are the same word folded, share their first four letters ("Transport",
    "Transports"; "Londres", "London"), or share their first letter and most letters in order ("Genoa", "Gênes";
    "Maroc", "Morocco"; not "Antoine", "Toninelli"). Where an article's names cannot be compared (:class:`Named`),
    nothing is apart."""
    if a.names is None or b.names is None or len(a.counted) < MIN_NAMES or len(b.counted) < MIN_NAMES:
        return False
    days_a, days_b = ({v for v in x.figures if v.startswith("d")} for x in (a, b))
    if not days_a or not days_b or a.figures & b.figures:  # each dates its event, and to other days
        return False
    return not names_alike(a.names, b.names)


def names_alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Does a name of ``a`` read as one of ``b`` (folded names): the same word, the same first four letters, or one first
    letter and most letters in order (:func:`apart`)?"""
    if a & b or {x[:4] for x in a if len(x) >= 4} & {y[:4] for y in b if len(y) >= 4}:
        return True
    from difflib import SequenceMatcher

    # most letters in order, between names of one first letter only: the cheap upper bounds first, as an article pair
    # that is apart compares every name of one with every name of the other
    by_letter: dict[str, list[str]] = {}
    for y in b:
        if len(y) >= 4:
            by_letter.setdefault(y[0], []).append(y)
    for x in a:
        for y in by_letter.get(x[0], []) if len(x) >= 4 else []:
            m = SequenceMatcher(None, x, y, autojunk=False)
            if m.real_quick_ratio() >= 0.6 and m.quick_ratio() >= 0.6 and m.ratio() >= 0.6:
                return True
    return False


def _value(raw: str, decimal_comma: bool = False) -> str | None:
    """A number as written, read in the language's convention: "40,000" and "40 000" -> "40000" and "1.5" -> "1.5" with a
    decimal point (English: "2.800" is 2.8, "12.500" 12.5); "40.000" and "40 000" -> "40000" and "1,5" -> "1.5" with a
    decimal comma (German: "2.800" is 2800, "2,8" 2.8)."""
    compact = re.sub(r"[\u202f\u00a0 ]", "", raw)  # a space groups thousands in every convention
    group, point = (".", ",") if decimal_comma else (",", ".")
    if re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+(?:{re.escape(point)}\d+)?", compact):
        compact = compact.replace(group, "")
    compact = compact.replace(",", ".")
    try:
        number = float(compact)
    except ValueError:
        return None
    return str(int(number)) if number.is_integer() else f"{number:g}"


def _month_after(after: str) -> int | None:
    """The month a day's figure is of, from the words after it; the first of a month's ending read past ("le 1er avril",
    "1º de abril": a twenty-third trial's French "1er avril" had been no day beside "1 April"). Not English "1st", "2nd":
    "China's 1st Mars rover" and "A 2nd may follow" are no days (a second reader's)."""
    m = re.match(r"(?:er|re|º|°)?\.?\s*(?:de\s+|di\s+)?([^\W\d_]+)", after)
    return _MONTHS.get(fold(m.group(1))) if m else None


def _month_before(before: str) -> int | None:
    m = re.search(r"([^\W\d_]+)\.?\s+$", before)
    return _MONTHS.get(fold(m.group(1))) if m else None


# The dead and the hurt in the languages the multilingual encoder reads: a figure with one of these words within four
# words after it, or two before it ("killed 12 people", "a fait 12 morts"), counts casualties, however small ("12
# fallecidos"; "zwölf" is not read)
CASUALTIES = {
    "the dead": """dead died dies killed killing deaths fatalities perished drowned muertos muertas muerto fallecidos fallecidas
        fallecieron murieron mortales morts tués tuées décédés décès péri tote toten getötet starben gestorben todesopfer
        morti deceduti uccisi uccise doden dode omgekomen gedood overleden mortos mortas morreram""",
    "the hurt": """injured injuring wounded wounding hurt injuries heridos heridas herido blessés blessées blessé verletzte
        verletzten verletzt feriti ferite gewonden gewond feridos""",
}
_CASUALTY_OF = {word: kind for kind, words in CASUALTIES.items() for word in words.split()}


def casualties(text: str, start: int, end: int) -> str | None:
    """"the dead" or "the hurt" when the figure at ``text[start:end]`` counts them, by the words around it, else None.
    The words after it are read up to another figure, a comma or "and" ("killed 3 workers and 2 firefighters": the 3 is
    not all the dead; a second reader's case), and an age counts no one ("A 34-year-old man died", "un homme de 34 ans")."""
    if _AGE.match(text, end):
        return None
    tokens_after = [_as_figure(t) for t in re.findall(r"\d[\d.,]*|[^\s\d.,;:!?()]+|[,;]", text[end:])[:4]]
    tokens_before = [_as_figure(t) for t in re.findall(r"\d[\d.,]*|[^\s\d.,;:!?()]+|[,;]", text[:start])[-4:]]
    if _listed(tokens_before[::-1]):
        return None  # "3 police officers and 2 bystanders were killed": a later part of a list, its word the whole list's
    after: list[str] = []
    for token in tokens_after:
        if token[0].isdigit() or token in (",", ";") or token.lower() in _AND:
            break
        after.append(token.lower())
    for k, token in enumerate(after):
        if token == "leben" and k and after[k - 1] == "ums":  # "zwölf Menschen kamen ums Leben"
            return "the dead"
        if token in _CASUALTY_OF:
            return _CASUALTY_OF[token]  # its own word says what it counts: "12 morts et 40 blessés"
    if _listed(tokens_after):
        return None  # "killed 3 workers and 2 firefighters": a part of the toll
    before = [t.lower() for t in re.findall(r"[^\s\d.,;:!?()]+", text[:start])][-2:]
    return next((_CASUALTY_OF[t] for t in reversed(before) if t in _CASUALTY_OF), None)


_AND = frozenset("and et y und e en".split())
_AGE = re.compile(r"(?:-|\s)(?:year-old|years? old|ans\b|años\b|anni\b|jaar\b|jährige|-jährige|jahre\b)", re.I)
# small numbers in words, read as figures where a list is told ("Three police officers and two bystanders were killed":
# the two are not all the dead; a second reader's case)
_SMALL_WORDS = frozenset("""
    two three four five six seven eight nine ten eleven twelve deux trois quatre cinq sept huit neuf dix onze douze zwei
    drei vier fünf sechs sieben acht neun zehn elf zwölf dos tres cuatro cinco seis siete ocho nueve diez once doce due tre
    quattro cinque sei sette otto nove dieci undici dodici twee drie vijf zes zeven negen tien elf twaalf
    """.split())


def _as_figure(token: str) -> str:
    """A token as :func:`casualties` reads it: a small number in words as its figure's first digit would read ("2")."""
    return "2" if token.lower() in _SMALL_WORDS else token


def _listed(tokens: list[str]) -> bool:
    """Do ``tokens`` (read away from a figure) reach "and" and then another figure, with no word of the dead or the hurt
    on the way: the figure is one of a list? "killing nine people and injuring 70" is two tolls, each whole."""
    conjunction = next((k for k, t in enumerate(tokens) if t.lower() in _AND), None)
    if conjunction is None:
        return False
    figure = next((k for k, t in enumerate(tokens) if k > conjunction and t[0].isdigit()), None)
    return figure is not None and not any(t.lower() in _CASUALTY_OF for t in tokens[:figure] if t.lower() not in _AND)

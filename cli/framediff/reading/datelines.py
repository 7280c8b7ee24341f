"""Datelines: where, when and through whom a story was filed, opening its first paragraph.

    PARIS (AFP) - Le président ...              WASHINGTON, March 3 (Reuters) - The ...
    BERLIN, 3. März (Reuters) - Die ...         Frankfurt/Main (dpa/lhe) - Die ...
    MADRID, 5 mar (EFE).- El Gobierno ...       Ciudad de México, 5 de marzo (EFE).- ...
    (ANSA) - ROMA, 5 MAR - Il governo ...       دبي، 5 مارس (رويترز) - أعلنت ...
    RABAT – Israeli Defense Minister ...        Paris, le 3 mars 2026 – Le ...
    WASHINGTON (CNN) — President ...             (CNN)President Joe Biden ...

A dateline states no claim; left in the sentence it would join two outlets on a
city and an agency, or part them on those. :func:`opening` finds it, and
cleaning keeps it as metadata (reason ``dateline``) with its exact offsets,
starting the paragraph after it. To be a dateline, an opening needs one of: a
news agency's name in brackets, a day and a month, or a place in capitals
before a dash. "Apple (AAPL) - shares rose" has none (a ticker is no agency).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Month names and their abbreviations in the languages datelines are read in; the number of the month.
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            "jan january janv janvier januar jän jänner ene enero gen gennaio januari janeiro يناير كانون",
            "feb february fév févr février fevrier februar febrero febbraio februari fevereiro فبراير شباط",
            "mar march mars märz mrz marzo maart março marco مارس آذار",
            "apr april avr avril abr abril aprile أبريل إبريل نيسان",
            "may mai mayo mag maggio mei maio مايو أيار",
            "jun june juin juni junio giu giugno junho يونيو حزيران",
            "jul july juil juillet juli julio lug luglio julho يوليو تموز",
            "aug august aoû août aout ago agosto augustus أغسطس",
            "sep sept september septembre septiembre set settembre setembro سبتمبر أيلول",
            "oct october octobre okt oktober octubre ott ottobre outubro أكتوبر",
            "nov november novembre noviembre novembro نوفمبر تشرين",
            "dec december déc décembre decembre dez dezember dic diciembre dicembre dezembro ديسمبر",
        ],
        1,
    )
    for name in names.split()
}

# News agencies as their datelines name them (folded: lower case, no accents); "dpa/lhe" is dpa's regional desk.
AGENCIES = frozenset(
    """
    afp ap reuters dpa efe ansa agi adnkronos sda ats keystone-ats apa kna epd belga anp xinhua bloomberg upi lusa
    notimex telam agencias ep kyodo yonhap tass ria itar-tass ukrinform pap ctk mti bta hina tanjug mena wafa petra
    kuna qna spa wam sana irna isna anadolu aa pti ians ani bernama antara cnn cnbc cnnmoney bbc
    رويترز وام واس قنا كونا سانا الاناضول شينخوا ارنا بترا وفا
    """.split()
) | {"europa press", "agence france-presse", "associated press", "press association", "a f p",
    "ا ف ب", "ا.ف.ب", "د ب ا", "د.ب.ا", "ا ب",
    # broadcasters that file as agencies do ("WASHINGTON (CNN) —", "(CNN) — ")
    "cnn business", "cnn money", "cnn politics", "nbc news", "cbs news", "abc news", "ria novosti"}

_L = r"[^\W\d_]"  # a letter of any script
_WORD = rf"{_L}+(?:['’.-]{_L}+)*\.?"  # "Saint-Denis", "N'Djamena", "St.", "Calif."
_LINK = r"(?:de|del|de la|di|da|do|dos|am|an der|im|sur|sous|en|le|la|el|al|upon|on|ad)"
_PLACE = rf"{_WORD}(?:(?:\s+|\s*/\s*)(?:{_LINK}\s+)?{_WORD}){{0,3}}"  # "NEW YORK", "Frankfurt/Main", "Ciudad de México"
_COMMA = r"\s*[,،]\s*"
# a day and a month ("3. März", "5 mar", "5 de marzo", "le 3 mars 2026", "March 3", "5 MAR"), or a day alone
_DATE = (
    rf"(?:(?:le\s+)?(?P<day>\d{{1,2}})(?:er|\.)?\s*(?:de\s+)?(?P<month>{_L}{{3,10}})\.?"
    rf"|(?P<month2>{_L}{{3,10}})\.?\s+(?P<day2>\d{{1,2}}))(?:,?\s+(?:de\s+|del\s+)?\d{{4}})?|(?P<bare>\d{{1,2}})"
)
_AGENCY = r"\(\s*(?P<agency>[^()\n]{1,40}?)\s*\)"
# a dash that ends a dateline: an en or em dash, or hyphens with a space on one side ("PARIS (AFP) -", EFE's ".- "); a
# hyphen between two letters joins a word ("REP. DUNCAN HUNTER, R-CALIF., AND HIS WIFE …" is a sentence in capitals)
_DASH = r"\s*(?:\.?\s*(?:[–—]+|(?<=\s)-+|-+(?=\s|$)))"
_END = r"\s*(?=\S)"

# PLACE[, REGION][, DATE] (AGENCY) - : the agency vouches for it
_FILED = re.compile(rf"(?P<place>{_PLACE})(?:{_COMMA}(?P<region>{_PLACE}))?(?:{_COMMA}(?:{_DATE}))?\s*{_AGENCY}"
                    rf"(?:(?P<dash>{_DASH})|\s*:|\s*$|(?P<glued>(?=[A-Z\"“])))")
# PLACE [(REGION)][, DATE] - : a place in capitals, or a date; a region in brackets only with a date ("IRUN (Gipuzkoa), 12
# mar.–", a fifty-ninth trial's Spanish daily; "NASA (the agency) - not Boeing" is a sentence)
_PLACED = re.compile(rf"(?P<place>{_PLACE})(?:\s*\((?P<bracketed>[^()\n]{{1,30}})\))?(?:{_COMMA}{_PLACE})?(?:{_COMMA}(?:{_DATE}))?{_DASH}")
# (AGENCY) - [PLACE, DATE -] : an Italian wire's order
_AGENCY_FIRST = re.compile(rf"{_AGENCY}{_DASH}(?:\s*(?P<place>{_PLACE}){_COMMA}(?:{_DATE}){_DASH})?")
# (AGENCY)Text : CNN's, the sentence glued to the bracket ("(CNN)President Joe Biden ...")
_GLUED = re.compile(rf"{_AGENCY}(?=\s?[A-Z\"“])")

MAX_LENGTH = 90  # characters: a dateline is short; anything longer is a sentence


@dataclass(frozen=True)
class Dateline:
    """A dateline at the start of a line: ``end`` is where it ends (its dash or colon included), ``body`` where the text starts."""

    end: int
    body: int


def fold(text: str) -> str:
    """Lower case without accents or hamza: "Télam" -> "telam", "أ ف ب" -> "ا ف ب"."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))


def opening(line: str) -> Dateline | None:
    """The dateline that opens ``line``, or None. ``line[:end]`` is the dateline and ``line[body:]`` the text after it
    (``body == len(line)`` when the line is a dateline alone)."""
    head = line[: MAX_LENGTH + 20]
    for pattern, check in ((_AGENCY_FIRST, _agency_first), (_GLUED, _glued), (_FILED, _filed), (_PLACED, _placed)):
        match = pattern.match(head)
        if match is None or match.end() > MAX_LENGTH or not check(match):
            continue
        rest = re.compile(_END).match(line, match.end())
        body = rest.end() if rest else len(line)
        if body < len(line) and (not _opens_text(line[body]) or _goes_on(line[body:])):
            continue  # "National Public Radio (NPR) — the network at the center of …": the sentence's own words go on
        if match.groupdict().get("agency") and match.groupdict().get("place") and _own_name(match.group("place"), match.group("agency")):
            continue  # "The Associated Press (AP) —", "KKR (KKR) —", "CBS Corp. (CBS) —": a name and its letters, not a place
        if pattern is _PLACED and not _dated(match) and not (body < len(line) and (line[body].isupper() or line[body] in _QUOTES)):
            continue  # "NATO – the alliance said": capitals before a dash open a dateline only before a sentence's start
        return Dateline(match.end(), body)
    return None


_QUOTES = "«“\"„‚‘'¿¡»"


def _opens_text(char: str) -> bool:
    return char.isalnum() or char in _QUOTES


def agency(name: str) -> bool:
    """Whether ``name`` (the words in brackets) is a news agency: "AFP", "Reuters", "dpa/lhe", "EUROPA PRESS", "رويترز"."""
    folded = " ".join(fold(name).split())
    return folded in AGENCIES or any(part.strip() in AGENCIES for part in folded.split("/"))  # "dpa/lhe", "CBS/AP"


def _date_ok(match: re.Match[str]) -> bool:
    """No date, a bare day, or a day and a month that is a month."""
    month = match.group("month") or match.group("month2")
    if month is None:
        return True
    day = int(match.group("day") or match.group("day2"))
    return 1 <= day <= 31 and fold(month) in _FOLDED_MONTHS


def _dated(match: re.Match[str]) -> bool:
    return (match.group("month") or match.group("month2")) is not None and _date_ok(match)


def _capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


# a name no list holds, as an agency is written: one to four words in title case, no figure ("Thomson Reuters Foundation"; not
# "born June 3, 1950" or "an earlier version misstated the vote", a second reader's)
_AGENCY_NAME = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")


def _filed(match: re.Match[str]) -> bool:
    """A known agency after a place; or any name in brackets after a place in capitals ("LONDON, March 3 (Thomson Reuters
    Foundation) -"; a twenty-ninth trial's "(Continental Press)" had been read as its lead's words, and a thirty-sixth
    trial's "NEW YORK (Continental Press) —", with no date, as its lead's and as words other outlets left out; a local
    station's "LOS ANGELES (KABC) --"), but not a person's party ("SEN. JOHN SMITH (R-TEXAS) —")."""
    name, place = match.group("agency"), match.group("place")
    if match.group("glued") is not None:
        return agency(name) and not _link_only(place)  # "Washington (CNN)President …": CNN's own form
    named = _AGENCY_NAME.fullmatch(name) is not None and _PARTY.fullmatch(name) is None and not _titled(place)
    vouched = agency(name) or (_capitals(place) and named and (_dated(match) or (
        match.group("dash") is not None and _SERVICE.search(name) is not None)))  # a place's own letters: _own_name
    # a US station's call sign after a place in capitals and its state ("MARLOW, Ohio (WMRL) —", a fifty-fifth trial's
    # local station, whose dateline had been its lead's words): a ticker after a company's name has no state
    vouched = vouched or (_capitals(place) and match.group("dash") is not None and _CALL_SIGN.fullmatch(name) is not None
                          and fold(match.group("region") or "").rstrip(".") in _US_STATES)
    return vouched and _date_ok(match) and not _link_only(place)


# a US broadcaster's call sign: K or W and two or three letters, with its band ("WMRL", "KABC-TV")
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|LP))?")
# the states as datelines write them: their names, and the AP's abbreviations (the postal codes, which AP style does not use
# in datelines, are no sign)
_US_STATES = frozenset(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana "
    "iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska "
    "nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming "
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn vt "
    "va wash wis wyo".split()) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
                                "rhode island", "south carolina", "south dakota", "west virginia", "n.h", "n.j", "n.m",
                                "n.y", "n.c", "n.d", "r.i", "s.c", "s.d", "w.va", "d.c"}


# A name no list holds that says it is a news service ("Continental Press", "Meridian Wire"; a station's call letters are
# no sign, a ticker's look the same: "WALMART (WMT) —", a second reader's):
# with no date, only such a name makes a dateline of capitals and brackets ("IBM (IBM) —", "MAYOR KAREN BASS (Los
# Angeles) —", "JOHN SMITH (Republican) —" open leads, a second reader's)
_SERVICE = re.compile(r"\b(?:Press|News|Newswire|Wire|Agency|Service|Radio|TV|Television|Broadcasting)\b")


def _goes_on(text: str) -> bool:
    """Do the words after a dash go on a sentence ("the network at …", "which turns 90 …"), two words in lower case, rather
    than open one ("eBay Inc said …", "de Blasio said …")?"""
    words = text.split()[:2]
    return len(words) == 2 and all(w[:1].islower() and w.islower() for w in words)


def _own_name(place: str, name: str) -> bool:
    """Is the name in brackets the "place"'s own letters or its first word ("The Associated Press (AP)", "National Public
    Radio (NPR)", "KKR (KKR)", "CBS Corp. (CBS)", "USPS (U.S. Postal Service)"): a body and its abbreviation, or a ticker?"""
    first = fold(place.split()[0]).strip(".,")
    return fold(name).strip().split()[0] == first or _initials(place, name) or _initials(name, place)


def _initials(place: str, name: str) -> bool:
    """Is the "place" the initials of the name in brackets ("FEMA (Federal Emergency Management Agency) —")?"""
    letters = "".join("".join(c for c in w if c.isupper()) if "." in w.rstrip(".") else w[0]
                      for w in name.replace("-", " ").split() if w[:1].isupper() and w.lower() not in ("the", "of", "and", "for"))
    return len(letters) > 1 and place.replace(".", "").replace(" ", "").upper() == letters.upper()


# a party and a state or a district ("R-Texas", "D-N.Y.", "R"), which stands in brackets after a politician's name
_PARTY = re.compile(r"[RDI](?:\s*-\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?", re.I)


def _titled(place: str) -> bool:
    """A "place" that opens with a person's title ("SEN. JOHN SMITH"): a name, not where a story was filed."""
    return fold(place.split()[0]).rstrip(".") in {
        "sen", "rep", "gov", "mr", "mrs", "ms", "dr", "gen", "pres", "president", "senator", "mayor", "prof", "professor", "king",
        "queen", "prince", "princess", "congressman", "congresswoman", "speaker", "judge", "justice", "minister", "secretary",
        "chancellor", "pope", "lord", "lady", "sir", "dame", "chief", "update", "updated", "correction", "breaking"}


def _placed(match: re.Match[str]) -> bool:
    if match.group("bare") is not None or _link_only(match.group("place")):
        return False
    if (bracketed := match.group("bracketed")) is not None:  # a province as places are written, after a place, with a date: not
        # a person's party or a body's description ("SEN. JOHN SMITH (R-Texas), March 3 —", "LAB (sindicato abertzale), 12 mar.–")
        return (_dated(match) and _capitals(match.group("place")) and not _titled(match.group("place"))
                and re.fullmatch(r"[A-ZÀ-Þ][^\W\d_]+(?:[\s-][A-ZÀ-Þ][^\W\d_]+)*", bracketed) is not None  # no "R-Texas"
                and len(match.group("place").split()) == 1)
    return _dated(match) or (match.group("month") is None and match.group("month2") is None and _capitals(match.group("place")))


def _agency_first(match: re.Match[str]) -> bool:
    return agency(match.group("agency")) and (match.group("place") is None or _date_ok(match))


def _glued(match: re.Match[str]) -> bool:
    return agency(match.group("agency"))


def _link_only(place: str) -> bool:
    """A "place" that is a function word ("Le - ..."), not a place."""
    return (fold(place.split()[0]) in {"le", "la", "el", "de", "the", "a", "an", "der", "die", "das", "il", "lo"}
            and len(place.split()) == 1)


_FOLDED_MONTHS = {fold(name) for name in MONTHS}


# German regional papers open their first paragraph with the place and a full stop: "Forbach/Saarbrücken. Schock an der
# Grenze: …" (a fifty-seventh trial's Saarland daily, whose place was read as a sentence and shown as a claim),
# "Frankfurt/Main. …". Only two places or more joined by a slash, in an article read as German: one word and a full stop
# is as often a feature's opening ("Merkel.", "Hitzewelle.", "Eintracht Frankfurt.", "Dr. Anna Schmidt leitet …", a
# second reader's), and in English "Ouch. That is …" is a sentence.
_ORT_WORD = r"(?:(?:St\.|Bad)\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
_ORT_PLACE = rf"{_ORT_WORD}(?:\s+(?:am|an der|im|in der|ob der|vor der)\s+{_ORT_WORD})?"  # "Frankfurt am Main"
_ORT = re.compile(rf"(?P<place>{_ORT_PLACE}(?:\s*/\s*{_ORT_PLACE})+)\.\s+(?=[A-ZÄÖÜ„»\"])")


def ort(line: str) -> Dateline | None:
    """The places and full stop opening the first line of a German article ("Forbach/Saarbrücken."), or None."""
    match = _ORT.match(line)
    if match is None or match.end() > MAX_LENGTH:
        return None
    return Dateline(match.end("place") + 1, match.end())

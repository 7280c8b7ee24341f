"""Clean an article: find its headline and metadata lines, drop page furniture.

Works line by line on the decoded text. Every line that is not article text is
kept as a :class:`Span` with the reason it was set aside, so nothing is lost.
The rules describe kinds of page furniture (share buttons, photo credits,
comment forms, navigation), not the lines of any one site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from framediff.article import Span
from framediff.reading.datelines import MONTHS, opening, ort

# ---------------------------------------------------------------------------
# Lines and paragraphs


@dataclass(frozen=True)
class Line:
    """One non-empty line, stripped, with offsets into the article text."""

    text: str
    start: int
    end: int
    blank_before: bool


@dataclass
class Cleaned:
    """What cleaning found: headline, metadata, dropped lines and body paragraphs."""

    headline: Line | None = None
    date: str | None = None
    author: str | None = None
    tags: list[str] = field(default_factory=list)
    metadata: list[Span] = field(default_factory=list)
    dropped: list[Span] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)


_SPACE = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff"
_MD_PREFIX = re.compile(r"(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S)|\d{1,3}[.)]\s+(?=\S))+")


def split_lines(text: str, markdown: bool = False) -> list[Line]:
    """Non-empty lines with offsets of their stripped content."""
    lines: list[Line] = []
    pos = 0
    blank = True
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        while start < end and text[start] in _SPACE:
            start += 1
        while end > start and text[end - 1] in _SPACE:
            end -= 1
        if markdown:
            match = _MD_PREFIX.match(text, start, end)
            if match:
                start = match.end()
        if start == end:
            blank = True
            continue
        lines.append(Line(text[start:end], start, end, blank))
        blank = False
    return lines


# ---------------------------------------------------------------------------
# Rules for lines that are not article text.

_SHARE_WORDS = {
    "send", "share", "shares", "sharing", "email", "e-mail", "mail", "tweet", "print", "copy", "link",
    "facebook", "twitter", "x", "whatsapp", "linkedin", "reddit", "telegram", "pinterest", "flipboard",
    "messenger", "save", "gift", "article", "story", "this", "in", "on", "via", "by", "to", "the", "page",
    "comment", "comments", "copied", "bookmark", "url", "sms", "threads", "bluesky", "mastodon",
}
_SHARE_CORE = {"send", "share", "email", "e-mail", "tweet", "print", "facebook", "twitter", "whatsapp", "linkedin", "copy", "bookmark"}

_CREDIT_MARK = r"(?:photo\s*credits?|credits?|photos?|photograph|image|picture|illustration|video|source|foto|crédit photo|crédit)"
# Credits closing a caption; each needs a ":", ")", "/" or "via" (see _CREDIT_HINT).
_CREDIT_TAILS = [
    # "...on Wednesday.Credit: Ariel Hermoni/Defense Ministry", "(Photo: Reuters)"
    re.compile(rf"{_CREDIT_MARK}\s*(?:by\s*)?:\s*[^.!?]{{1,80}}$", re.I),
    re.compile(rf"\(\s*{_CREDIT_MARK}\s*(?:by\s*)?:?[^)]{{1,80}}\)$", re.I),
    re.compile(r"(?:/|\bvia\s+)(?:AFP|AP|Reuters|Getty Images|EPA(?:-EFE)?|Shutterstock|Bloomberg|Xinhua|ANP|dpa|Alamy|Anadolu)\s*\)?$"),
]
_CREDIT_HINT = re.compile(r"[:)/]|via")
_AGENCY_ONLY = re.compile(r"^\(?(?:AFP|AP|Reuters|Getty Images|EPA|Shutterstock|Bloomberg)(?: Photo)?(?:/[\w .'-]+)?\)?$")
_CAPTION_SPLIT = re.compile(rf"(?<=[.!?\w”\"’)])\s*{_CREDIT_MARK}\s*(?:by\s*)?:", re.I)

_CREDITS = [
    re.compile(r"^[\w .,&'’-]{1,80} contributed (?:reporting |additional reporting |to )?(?:to )?"
               r"(?:this|the) (?:report|article|story)\.?$", re.I),
    re.compile(r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|research) by [^.]{1,160}\)?\.?$", re.I),
    re.compile(r"^\(?(?:reporting|writing) by [^;]{1,120};.*(?:editing|writing) by .{1,160}\)?$", re.I),
    re.compile(r"^this (?:article|story) (?:was )?(?:originally |first )?(?:appeared|published) (?:on|in|by) [^.]{1,100}\.?$", re.I),
    re.compile(r"^©.{0,100}$|^copyright\b.{0,100}$|^all rights reserved\.?$", re.I),
]

_INTERFACE = [
    re.compile(r"^(?:click|tap|press)\b.{0,80}\b(?:icon|button|here|link|follow|subscribe|topics?|alerts?)\b.{0,40}$", re.I),
    re.compile(
        r"^(?:sign up|subscribe|follow us|follow topics|read more|read also|related(?: articles| stories| topics)?|"
        r"skip to (?:main )?content|back to top|(?:exit|view) (?:mobile|desktop|full) version|"
        r"listen to (?:this|the) (?:article|story)|recommended(?: for you)?|most (?:read|popular|viewed)|more from\b|see also|"
        r"accept (?:all )?cookies|we use cookies|share this(?: article| story)?|open in app|download the app|"
        r"get (?:our|the) newsletter|also read|lire aussi|à lire aussi|voir aussi|lesen sie auch|"
        r"leer más|continue reading|next article|previous article|toggle navigation)\b[^.]{0,80}:?$",
        re.I,
    ),
    re.compile(r"^(?:menu|search|home|trending|newsletter|loading\W*|advertisement|sponsored|ad|close|open)$", re.I),
]

_COMMENT_FORM = re.compile(
    r"(?:your email address will not be published|required fields are marked|leave a (?:reply|comment)|"
    r"(?:post|add|write|view|show) (?:a |your |all )?comments?\b|^\d*\s*comments?\s*(?:\(\d+\))?:?$|"
    r"cancel reply|log in to comment|be the first to comment|"
    r"réagisse[zr]\b|vos commentaires|rejoignez la discussion|laisser un commentaire|ajouter un commentaire|"
    r"votre adresse (?:e-?mail|de messagerie|courriel) ne sera pas publiée|les champs obligatoires|^commentaires?\s*:?$|"
    r"kommentar schreiben|^kommentare?\s*:?$|deja (?:un|tu) comentario|^comentarios?\s*:?$)",
    re.I,
)

_MARKUP = re.compile(r"^(?:[-*_=~#|•·—–.\s]{1,}|!\[[^\]]*\]\([^)]*\))$")


def _share_buttons(text: str) -> bool:
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", spaced)]
    if not words or len(words) > 16:
        return False
    if re.search(r"[.!?]\s+\S", text):
        return False
    return all(w in _SHARE_WORDS for w in words) and any(w in _SHARE_CORE for w in words)


def _caption(text: str) -> bool:
    if len(text) > 400:
        return False
    tail = text[-140:]  # a credit closes the caption; searching only the tail keeps this cheap
    if _AGENCY_ONLY.search(tail):
        return True
    return bool(_CREDIT_HINT.search(tail)) and any(p.search(tail) for p in _CREDIT_TAILS)


def drop_reason(text: str) -> str | None:
    """Why a line is not article text, or None when it is."""
    if _MARKUP.match(text):
        return "markup"
    if _share_buttons(text):
        return "share-buttons"
    if len(text) < 200 and _COMMENT_FORM.search(text):
        return "comment-form"
    if len(text) <= 120 and any(p.match(text) for p in _INTERFACE):
        return "interface"
    if any(p.match(text) for p in _CREDITS):
        return "credits"
    if _caption(text):
        return "caption"
    return None


# ---------------------------------------------------------------------------
# Metadata lines

_MONTHS = MONTHS  # in the languages framediff reads (and Arabic)
_MONTH = r"[^\W\d_]{3,9}"  # any word; checked against _MONTHS after matching (cheaper than a 60-way alternation)
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?({_MONTH})\.?,?\s+(?:de\s+|del\s+)?(\d{{4}})\b"), ("d", "M", "y")),
    (re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"), ("M", "d", "y")),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), ("d", "m", "y")),
]
_FILLER_WORDS = {
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thurs", "thursday", "fri", "friday",
    "sat", "saturday", "sun", "sunday", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "last", "update", "updated", "published", "posted", "modified", "on", "at", "le", "mis", "à", "jour", "publié",
    "date", "am", "pm", "de", "del", "gmt", "utc", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "ist",
    # weekdays in Spanish, Portuguese, Italian, German and Dutch: "Lisboa, domingo 3 de agosto de 2025" (a thirty-fifth
    # trial's Spanish date line, read as a claim of the outlet's own)
    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda", "terça", "quarta", "quinta", "sexta",
    "feira", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
}
_YEAR = re.compile(r"\d{4}")
_KEY_DATE = re.compile(r"^(?:date|published|updated|posted|last updated|publication date)\s*[:\s]\s*(.+)$", re.I)
_BYLINE = re.compile(r"^(?:by|par|von|por|author:?|written by)\s+(\S.{0,80})$", re.I)
# Italian and Dutch "by", followed by a name alone (a thirty-third trial's "di Marco Bellini" was read as the article's
# first sentence, and its date line after it too)
_NAMED_BY = re.compile(r"^(?:di|door)\s+(\S.{0,60})$")
# first words after "di" / "door" that begin a place or a title, not a person ("di Roma Capitale", "door Koning
# Willem-Alexander": a second reader's)
_NOT_GIVEN = frozenset("""roma milano napoli torino venezia firenze bologna genova palermo bari amsterdam rotterdam den
brussel koning koningin prins prinses minister premier burgemeester presidente ministro papa re regina sindaco""".split())
_NAME_WORD = re.compile(r"^(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?|[A-Z]\.|de|da|del|van|von|der|al|el|bin|ibn|le|la|du|dos)$")


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO ``YYYY-MM-DD``, or None."""
    found: list[tuple[int, str]] = []
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            parts = dict(zip(order, match.groups()))
            month = int(parts["m"]) if "m" in parts else _MONTHS.get(parts["M"].lower(), 0)
            year, day = int(parts["y"]), int(parts["d"])
            if 1 <= month <= 12 and 1 <= day <= 31 and 1800 <= year <= 2200:
                found.append((match.start(), f"{year:04d}-{month:02d}-{day:02d}"))
                break
    return min(found)[1] if found else None


def _date_line(text: str) -> str | None:
    if len(text) > 160 or not _YEAR.search(text):  # every date pattern has a four-digit year
        return None
    keyed = _KEY_DATE.match(text)
    date = parse_date(keyed.group(1) if keyed else text)
    if date is None:
        return None
    words = re.findall(r"[^\W\d_]+", text.lower())
    leftover = [w for w in words if w not in _MONTHS and w not in _FILLER_WORDS and not re.fullmatch(r"st|nd|rd|th", w)]
    first = words[0] if words else ""
    if leftover == [first] and not re.match(rf"\W*{re.escape(first)}\W*,", text, re.I):
        return None  # a word more before the date is a place before a comma ("Lisboa, domingo 3 de agosto de 2025"), not a
        # headline's "Stromausfall am Freitag, 1. August 2025" nor "Plácido Domingo, 3 de agosto de 2025" (a second reader's)
    return date if len(leftover) <= 1 else None


def _tags(text: str) -> list[str] | None:
    words = text.split()
    if words and all(w.startswith("#") and len(w) > 1 for w in words):
        return [w.lstrip("#") for w in words]
    return None


def _byline(text: str) -> str | None:
    match = _BYLINE.match(text)
    if match and len(match.group(1).split()) <= 10 and not re.search(r"[.!?]$", match.group(1)):
        return match.group(1).strip()
    named = _NAMED_BY.match(text)  # "di Marco Bellini", "door Jan de Vries": only a name may follow these common words
    person = named.group(1).split(",")[0].strip() if named else ""  # "door Jan de Vries, Amsterdam": not the place
    names = person.split()
    if 2 <= len(names) <= 5 and all(_NAME_WORD.match(w) for w in names) and names[0].lower() not in _NOT_GIVEN:
        return person
    words = text.split()
    if 2 <= len(words) <= 5 and len(text) <= 50 and all(_NAME_WORD.match(w.strip(",")) for w in words):
        if words[0][0].isupper() and words[-1][0].isupper():
            return text
    return None


def _looks_like_headline(text: str) -> bool:
    words = text.split()
    # A full stop inside closing quotes or brackets ends a sentence too: “...clinics.”
    return 0 < len(words) <= 25 and len(text) <= 250 and not re.search(r"[.;,:。．；，：][\"”’')\]」』）]*$", text)


# ---------------------------------------------------------------------------


def clean(text: str, *, title: str | None = None, markdown: bool = False, keep_boilerplate: bool = False) -> Cleaned:
    """Sort the lines of an article into headline, metadata, dropped and body."""
    lines = split_lines(text, markdown=markdown)
    result = Cleaned()
    seen: set[str] = set()
    captions = _caption_texts(lines)
    body: list[Line] = []
    in_header = True  # before the first body line: headline, bylines, dates
    for number, line in enumerate(lines):
        norm = " ".join(line.text.split())
        following = lines[number + 1] if number + 1 < len(lines) else None
        continued = following is not None and not following.blank_before and following.text[:1].islower()
        if in_header and result.headline is None and not result.metadata and not continued and _headline_candidate(norm, title):
            result.headline = line
            seen.add(norm)
            continue
        meta = _metadata(norm, in_header, result)
        if meta is not None:
            result.metadata.append(Span(line.text, line.start, line.end, meta))
            continue
        reason = drop_reason(norm)
        if reason is None and norm in captions:
            reason = "caption"
        if reason is None and norm in seen:
            reason = "duplicate"
        seen.add(norm)
        if reason is not None and not keep_boilerplate:
            result.dropped.append(Span(line.text, line.start, line.end, reason))
            continue
        if in_header and reason is None:
            past = _past_dateline(line, result)
            if past is None:
                continue
            line = past
        in_header = False
        body.append(line)
    if not body and result.headline is not None and title is None:
        # A text of one line ("Israel signs defence pact with Morocco") is a one-sentence
        # article, not a headline over nothing.
        body, result.headline = [result.headline], None
    result.paragraphs = _paragraphs(text, body)
    return result


def _past_dateline(line: Line, result: Cleaned) -> Line | None:
    """The first body line without the dateline that opens it ("PARIS (AFP) -"), kept as metadata; None when the line is
    a dateline alone (:mod:`framediff.reading.datelines`)."""
    found = opening(line.text)
    if found is None:
        return line
    result.metadata.append(Span(line.text[: found.end], line.start, line.start + found.end, "dateline"))
    result.date = result.date or parse_date(line.text[: found.end])
    if found.body >= len(line.text):
        return None
    return Line(line.text[found.body :], line.start + found.body, line.end, line.blank_before)


def past_ort(text: str, cleaned: Cleaned, language: str) -> Cleaned:
    """In an article read as German whose first paragraph no dateline opened, the place and full stop that open it
    ("Forbach/Saarbrücken. Schock an der Grenze: …"), kept as metadata like any dateline (:func:`datelines.ort`)."""
    if language != "de" or not cleaned.paragraphs or any(span.reason == "dateline" for span in cleaned.metadata):
        return cleaned
    start, end = cleaned.paragraphs[0]
    found = ort(text[start:end])
    if found is None or start + found.body >= end:
        return cleaned
    cleaned.metadata.append(Span(text[start : start + found.end], start, start + found.end, "dateline"))
    cleaned.metadata.sort(key=lambda span: span.start)
    cleaned.paragraphs[0] = (start + found.body, end)
    return cleaned


def _headline_candidate(norm: str, title: str | None) -> bool:
    if title is not None:
        return norm == " ".join(title.split())
    if drop_reason(norm) is not None or _date_line(norm) or _tags(norm):
        return False
    return _looks_like_headline(norm)


def _metadata(norm: str, in_header: bool, result: Cleaned) -> str | None:
    date = _date_line(norm)
    if date is not None and (in_header or _KEY_DATE.match(norm)):
        result.date = result.date or date
        return "date"
    tags = _tags(norm)
    if tags is not None:
        result.tags.extend(tags)
        return "tags"
    if in_header and result.author is None:
        author = _byline(norm)
        if author is not None:
            result.author = author
            return "byline"
    return None


def _caption_texts(lines: list[Line]) -> set[str]:
    """The text before "Credit:" of each caption: the same text alone is a caption too."""
    texts = set()
    for line in lines:
        norm = " ".join(line.text.split())
        if _caption(norm):
            head = _CAPTION_SPLIT.split(norm)[0].strip()
            if head and head != norm:
                texts.add(head)
    return texts


def _wrapped(lines: list[Line]) -> bool:
    """Whether the text is hard-wrapped at a fixed width (e-mail, plain-text archives)."""
    long = [len(line.text) for line in lines if len(line.text) >= 40]
    if len(long) < 4:
        return False
    return max(long) <= 100 and sum(55 <= n <= 90 for n in long) >= 0.7 * len(long)


def _paragraphs(text: str, body: list[Line]) -> list[tuple[int, int]]:
    """Group body lines into paragraphs, joining the lines of hard-wrapped text."""
    wrapped = _wrapped(body)
    paragraphs: list[tuple[int, int]] = []
    previous: Line | None = None
    for line in body:
        joins = previous is not None and not line.blank_before and (
            wrapped or (not re.search(r"[.!?:;\"”’)\]]$", previous.text) and line.text[:1].islower())
        )
        if joins and paragraphs:
            paragraphs[-1] = (paragraphs[-1][0], line.end)
        else:
            paragraphs.append((line.start, line.end))
        previous = line
    return paragraphs

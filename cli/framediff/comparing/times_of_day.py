"""Times of day as each language writes them, for telling that two sentences give the same moment."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

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


def time_elsewhere(alignment: Alignment, claim: Claim, article: str) -> str | None:
    """Why ``article`` may say the claim, though its closest sentence scores low: another of its sentences gives the time
    of day a member of the claim gives, to the minute ("vers 9 h 40" and "at around 9:40 a.m.", a ninth trial's, each
    "only here" since neither was the other's closest sentence). A time on the hour or the half hour is a schedule's as
    often as an event's ("buses will resume their routes at 7:30 a.m."), and two English sentences must share a word
    besides (a second reader's cases). None: no sentence does."""
    from framediff.aligning.profiles import profile
    from framediff.reading.languages import is_english

    members = [(alignment.sentence(m).text, alignment.article(m.article).sentence_language(m.sentence)) for m in claim.members]
    wanted = {t: (text, language) for text, language in members for t in clock_times(text) if t[3:] not in ("00", "30")}
    for sentence in alignment.article(article).sentences if wanted else ():
        times = clock_times(sentence.text)
        for t in sorted(set(wanted) & set(times)):
            text, language = wanted[t]
            english = is_english(language) and is_english(alignment.article(article).sentence_language(sentence.index))
            if not english or profile(text).stems & profile(sentence.text).stems:
                return f"its sentence #{sentence.index} gives the claim's time of day “{times[t]}”"
    return None

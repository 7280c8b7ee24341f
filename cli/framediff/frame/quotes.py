"""Direct quotes and who speaks them: pattern-based attribution around each quote."""

from __future__ import annotations

import re
from dataclasses import replace

from ..article import Article
from .model import Quote

REPORTING_VERBS = (
    "said|says|told|added|stressed|emphasized|emphasised|noted|claimed|declared|insisted|argued|warned|explained|"
    "wrote|tweeted|announced|asserted|acknowledged|admitted|recalled|continued|concluded|called|described|reiterated"
)
_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|«\s*([^»]{3,}?)\s*»")
_NAME = r"(?:[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|al|el|bin|de|van|von|of)){0,3})"
_POSSESSIVE = r"(?:[A-Z][\w.-]*[’']s(?:\s+[a-z][\w-]*){1,3})"  # Israel's defense ministry, Gantz's office
_SPEAKER_PATTERNS = [
    # Zohar Palti, head of the Defense Ministry's bureau, called / Lt. Gen. Aviv Kochavi, the army chief, said
    re.compile(rf"(?P<who>{_NAME}),\s+(?:the|a|an|head|chief|director|spokes\w+|minister|[a-z]+\s+of)\b[^,“\"«␟]{{0,80}},\s+(?P<verb>{REPORTING_VERBS})\b"),
    # ..., Gantz said / the aide, Zohar Palti, told / Palti said
    re.compile(rf"(?:the\s+[a-z]+(?:\s+[a-z]+)?,\s+)?(?P<who>{_POSSESSIVE}|{_NAME}|he|she|they|the\s+[a-z]+(?:\s+[A-Za-z]+){{0,2}}),?\s+(?P<verb>{REPORTING_VERBS})\b"),
    # said Gantz
    re.compile(rf"\b(?P<verb>{REPORTING_VERBS})\s+(?P<who>{_NAME})"),
    # Minister of Defense, Benny Gantz: “...”
    re.compile(rf"(?P<who>{_NAME}(?:,\s*{_NAME})?)\s*:\s*(?:[“\"«]|␟)"),
]
_PRONOUNS = {"he", "she", "they"}


def find_quotes(article: Article) -> list[Quote]:
    quotes = []
    last_speaker: str | None = None
    sentences = article.sentences
    for s in sentences:
        for match in _QUOTE.finditer(s.text):
            text = next(g for g in match.groups() if g)
            if len(text.split()) < 3:
                continue  # scare quotes and titles ("Abraham Agreements")
            outside = s.text[: match.start()] + " ␟ " + s.text[match.end() :]
            who, verb = _speaker(outside)
            if who is None:
                for neighbour in (s.index + 1, s.index - 1):
                    if 0 <= neighbour < len(sentences) and not _QUOTE.search(sentences[neighbour].text):
                        who, verb = _speaker(sentences[neighbour].text)
                        if who:
                            break
            if who and who.lower() in _PRONOUNS:
                who = last_speaker or who
            if who:
                last_speaker = who
            quotes.append(Quote(who, text.strip(), s.index, verb))
        if not _QUOTE.search(s.text):
            who, _ = _speaker(s.text)
            if who and who.lower() not in _PRONOUNS:
                last_speaker = who
    return _full_names(quotes)


def _full_names(quotes: list[Quote]) -> list[Quote]:
    """A speaker named by surname alone ("Palti") after a full name ("Zohar Palti") is that person, as news style has it."""
    out, full = [], {}
    for q in quotes:
        if q.speaker and len(q.speaker.split()) > 1 and q.speaker[:1].isupper():
            full[q.speaker.split()[-1]] = q.speaker
        elif q.speaker in full:
            q = replace(q, speaker=full[q.speaker])
        out.append(q)
    return out


def _speaker(text: str) -> tuple[str | None, str | None]:
    for pattern in _SPEAKER_PATTERNS:
        for match in pattern.finditer(text):
            who = match.group("who").strip(" ,")
            verb = match.groupdict().get("verb")
            if who.split()[0] in ("The", "A", "An", "In", "On", "During", "After", "According") and not who.startswith("the "):
                who = " ".join(who.split()[1:]) or who
            if who:
                return who, verb
    return None, None

"""Direct quotes and who speaks them: pattern-based attribution around each quote."""

from __future__ import annotations

import re
from dataclasses import replace

from framediff.article import Article
from framediff.frame.findings import Quote

REPORTING_VERBS = (
    "said|says|told|tells|added|adds|stressed|emphasized|emphasised|noted|claimed|declared|insisted|argued|warned|explained|"
    "wrote|writes|tweeted|posted|announced|asserted|acknowledged|admitted|recalled|continued|concluded|called|described|reiterated|"
    "asked|replied|responded|answered|testified|quipped|joked|stated|states|reads|wondered|conceded|predicted|suggested|urged|"
    "vowed|pledged|promised|boasted|complained|observed|remarked|countered|shouted|cautioned|confirmed|recounted|scoffed|mused"
)
# Who may speak without a name: "said a WeWork spokesperson", "the source said", "officers announced".
_ROLE = (r"(?:spokes(?:person|man|woman)|official|source|expert|analyst|aide|adviser|advisor|lawyer|attorney|officer|"
         r"witness|resident|user|researcher|scientist|critic|supporter|protester|activist|observer|statement|website|description|"
         r"report|filing|memo|letter|release|executive|employee|worker|teacher|doctor|nurse|student|parent|mother|father|neighbo(?:u)?r)s?")
_ADVERB = r"(?:also|later|then|further|previously|once|again|instead|recently|simply|\w+ly)"
_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|«\s*([^»]{3,}?)\s*»")
_NAME = r"(?:[A-Z][\w’'.-]+(?:[ \u00a0](?:[A-Z][\w’'.-]+|(?:al|el|bin|de|van|von|of)\b)){0,3})"
_POSSESSIVE = r"(?:[A-Z][\w.-]*[’']s(?:\s+[a-z][\w-]*){1,3})"  # Israel's defense ministry, Gantz's office
_SPEAKER_PATTERNS = [
    # Zohar Palti, head of the Defense Ministry's bureau, called / Lt. Gen. Aviv Kochavi, the army chief, said
    re.compile(rf"(?P<who>{_NAME}),\s+(?:the|a|an|head|chief|director|spokes\w+|minister|[a-z]+\s+of)\b[^,“\"«␟]{{0,80}},\s+(?P<verb>{REPORTING_VERBS})\b"),
    # ..., Gantz said / the aide, Zohar Palti, told / Palti said / Noem later tweeted / Paganini and his team wrote
    re.compile(rf"(?:the\s+[a-z]+(?:\s+[a-z]+)?,\s+)?(?P<who>{_POSSESSIVE}|{_NAME}(?:\s+and\s+(?:his|her|their)\s+[a-z]+)?|he|she|they|[Tt]he\s+[a-z]+(?:\s+[A-Za-z]+){{0,2}}),?\s+(?:{_ADVERB}\s+)?(?P<verb>{REPORTING_VERBS})\b"),
    # the source said / one user quipped / Aviation analysts called / the description on the website reads
    re.compile(rf"(?P<who>(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+)?(?:[\w’'.-]+\s+){{0,3}}?{_ROLE})\s+(?:{_ADVERB}\s+)?(?P<verb>{REPORTING_VERBS})\b"),
    # said a WeWork spokesperson / said one legal expert
    re.compile(rf"\b(?P<verb>(?!told\b){REPORTING_VERBS})\s+(?P<who>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w’'.-]+\s+){{0,3}}?{_ROLE})\b"),
    # said Gantz / said planetary geologist Rosaly Lopes (never "told Fox News' Megyn Kelly": whoever is told is spoken to)
    re.compile(rf"\b(?P<verb>(?!told\b){REPORTING_VERBS})\s+(?:[a-z][\w-]*\s+){{0,3}}(?P<who>{_NAME})"),
    # Minister of Defense, Benny Gantz: “...”
    re.compile(rf"(?P<who>{_NAME}(?:,\s*{_NAME})?)\s*:\s*(?:[“\"«]|␟)"),
]
# A quote's sentence that opens with its speaker and an aside before the verb: "Omar Lamrani, a senior analyst at Stratfor,
# the Texas-based organization, told ..." / "“...,” Mayer, Disney’s chairman of direct-to-consumer, said Tuesday".
_SUBJECT_FIRST = re.compile(rf"^\W*(?P<who>{_NAME}),[^“\"«␟.!?]{{0,160}}?\b(?P<verb>{REPORTING_VERBS})\b")
_CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
                      "September October November December Today Yesterday Tomorrow Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
_PRONOUNS = {"he", "she", "they"}


# Who is never a speaker: a place, a party tag, a body of people named as such.
_STATES = ("Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa "
           "Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio "
           "Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming").split()
_PLACES = frozenset([*_STATES, "New York", "New Jersey", "New Mexico", "New Hampshire", "North Carolina", "South Carolina", "North Dakota",
                     "South Dakota", "West Virginia", "Rhode Island", "America", "Britain", "China", "Russia", "Iran", "Israel", "Morocco",
                     "France", "Germany", "Japan", "India", "Ukraine", "Syria", "Turkey", "Mexico", "Canada", "Europe", "Africa", "Asia",
                     "London", "Paris", "Moscow", "Beijing", "Jerusalem", "Rabat", "Brussels", "Tehran"])
_PARTY_TAG = re.compile(r"\s*[,(]?\s*\b[DRI]-[A-Z][\w.]*\.?\)?$")
_BODY = re.compile(r"\b(Committee|Commission|Subcommittee|Caucus|Council|Congress|Senate|House|Parliament|Party|Ministry|Bureau|Department|"
                   r"Agency|Office|Forces|Force|Army|Navy|Administration|Government|Court|Police|Service|University|Institute|Company|"
                   r"Corp|Inc|News|Times|Post|Journal|Press|Accords|Agreement|Union|Nations|Kingdom|Republic|States|Airshow)\b")
_TITLES = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Lt|Gen|Col|Capt|Sgt|Maj|Brig|Adm|Prof|President|Minister|Mayor|Judge|Justice|"
                     r"Senator|Representative|Governor|Secretary|Chairman|Chairwoman|Speaker|Leader|Major-General|Brigadier-General|"
                     r"Lieutenant-General|Lieutenant|Major|Colonel|General|Admiral|Commander|Cmdr|CEO|CFO|COO|Coach|Chancellor|Premier|Ambassador|"
                     r"Sheriff|Detective|Inspector|Officer|Prince|Princess|King|Queen|Sir|Dame|Lord|Lady|Rev|Father|Pope|Bishop|Rabbi|Imam|Sheikh|"
                     # an office before the name: "Defense Minister Benny Gantz", "Foreign Secretary Ana Ruiz"
                     r"(?:[A-Z][\w.-]+\s+){1,3}(?:Minister|Secretary|Spokesman|Spokeswoman|Chief|Director|Ambassador|Commander|Adviser|Advisor|Attorney|"
                     r"Officer|Executive|Coach|Chair|Chairman|Chairwoman|President|Governor|Leader|Counsel|General))"
                     r"\.?\s+(?=[A-Z][\w’'.-]*\s+[A-Z]|[A-Z][\w’'.-]+$)")
_PERSON = re.compile(rf"\b{_NAME}")


def find_quotes(article: Article) -> list[Quote]:
    """Every direct quote of three words or more, with its speaker and reporting verb.

    A quote may run over several sentences of its paragraph; its speaker is
    read around it (before it opens, after it closes, or in a sentence beside
    it). A pronoun ("he said") is the last person named before the quote, and
    variants of one speaker are merged ("Gantz" / "Benny Gantz"; "Israel's
    defense ministry" / "the defense ministry").
    """
    quotes = []
    sentences = article.sentences
    by_paragraph: dict[int, list[int]] = {}
    for k, s in enumerate(sentences):
        by_paragraph.setdefault(s.paragraph, []).append(k)
    people = _people(article)
    for members in by_paragraph.values():
        start, end = sentences[members[0]].start, sentences[members[-1]].end
        text = article.text[start:end]
        previous: Quote | None = None
        for match in _QUOTE.finditer(text):
            said = next(g for g in match.groups() if g)
            if len(said.split()) < 3:
                continue  # scare quotes and titles ("Abraham Agreements")
            opening = _sentence_at(sentences, members, start + match.start())
            closing = _sentence_at(sentences, members, start + match.end() - 1)
            before = article.text[sentences[opening].start : start + match.start()]
            after = article.text[start + match.end() : sentences[closing].end]
            who, verb = _speaker(before, after)
            if who is None:
                for neighbour in (closing + 1, opening - 1):
                    if neighbour in members and not _QUOTE.search(sentences[neighbour].text):
                        who, verb = _speaker(sentences[neighbour].text, "")
                        if who:
                            break
            if who and who.lower() in _PRONOUNS:
                who = _last_person(people, start + match.start()) or who
            if who is None and previous is not None:
                # "“...,” Mayer said. “Not everyone will succeed.”": a quote that goes on after its attribution is the same speaker's
                who, verb = previous.speaker, previous.verb
            quote = Quote(who, " ".join(said.split()), sentences[opening].index, verb)
            quotes.append(quote)
            previous = quote if who else None
    return _merge_speakers(quotes, people)


def _sentence_at(sentences: tuple, members: list[int], position: int) -> int:  # type: ignore[type-arg]
    return next((k for k in members if sentences[k].start <= position < sentences[k].end), members[-1] if position >= sentences[members[-1]].start else members[0])


def _people(article: Article) -> list[tuple[int, str]]:
    """(position, name) of each person named outside quotes: two or more capitalised words or a title and a surname,
    then the surname alone once the full name is known. Whoever is told something is spoken to, and is left out."""
    found = []
    for s in article.sentences:
        if s.kind == "headline":
            continue
        outside = _QUOTE.sub(lambda m: " " * len(m.group()), s.text)
        for match in _PERSON.finditer(outside):
            if re.search(r"\btold\s+(?:[a-z]+\s+){0,3}$", outside[: match.start()]):
                continue
            name = _clean(match.group())
            if name and (len(name.split()) > 1 or _TITLES.match(match.group())) and _is_person(name) and not re.search(r"[’']s\b", name):
                found.append((s.start + match.start(), name))
            elif name in _surnames(found):
                found.append((s.start + match.start(), name))
    return found


def _surnames(people: list[tuple[int, str]]) -> set[str]:
    return {name.split()[-1] for _, name in people if len(name.split()) > 1}


def _last_person(people: list[tuple[int, str]], position: int) -> str | None:
    return next((name for where, name in reversed(people) if where < position), None)


def _is_person(name: str) -> bool:
    if name in _PLACES or _BODY.search(name) or name.split()[0] in _CALENDAR:
        return False
    first = name.split()[0]
    return first not in ("The", "A", "An", "In", "On", "At", "For", "As", "But", "And", "If", "When", "After", "Before", "During") and not name.isupper()


def _clean(who: str) -> str:
    """A speaker as a name: no party tag ("Issa, R-Calif."), no title ("Rep. Issa" is Issa), no trailing punctuation."""
    who = _PARTY_TAG.sub("", who.strip(" ,")).strip(" ,")
    if "," in who:  # "Minister of Health, Ada Obi": the name after the office
        last = who.rsplit(",", 1)[1].strip()
        if len(last.split()) > 1 and all(w[:1].isupper() for w in last.split()):
            who = last
    while (titled := _TITLES.match(who)) and len(who.split()) > 1:  # "Lt. Gen. Aviv Kochavi" is Aviv Kochavi
        who = who[titled.end() :]
    words = who.split()
    tag = max((k for k, w in enumerate(words[:-1]) if 2 <= len(w) <= 4 and w.isupper() and w.isalpha()), default=None)
    if tag is not None and len(words) - tag > 2:  # "Browns DL Sheldon Richardson", "co-CEO Marc Benioff": a post before the name
        who = " ".join(words[tag + 1 :])
    return re.sub(r"(?:\s+(?:al|el|bin|de|van|von|of))+$", "", who.strip(" ,.")).strip(" ,.")  # "Mira Holt of the agency"


def _merge_speakers(quotes: list[Quote], people: list[tuple[int, str]]) -> list[Quote]:
    """One name for each speaker: a surname alone is the full name given anywhere in the article, and
    "Israel's defense ministry" and "the defense ministry" are one body."""
    full: dict[str, str] = {}
    for name in [n for _, n in people] + [q.speaker for q in quotes if q.speaker]:
        words = name.split()
        if len(words) > 1 and name[:1].isupper() and "'" not in name and "’" not in name and len(words) > len(full.get(words[-1], "").split()):
            full[words[-1]] = name
    bodies: dict[str, str] = {}
    for q in quotes:
        if q.speaker and not q.speaker[:1].isupper() or (q.speaker and re.search(r"[’']s\s", q.speaker)):
            key = _body_key(q.speaker or "")
            if len(q.speaker or "") > len(bodies.get(key, "")):
                bodies[key] = q.speaker or ""
    out = []
    for q in quotes:
        who = q.speaker
        if who and who in full:
            who = full[who]
        elif who and _body_key(who) in bodies:
            who = bodies[_body_key(who)]
        out.append(replace(q, speaker=who) if who != q.speaker else q)
    return out


def _body_key(who: str) -> str:
    """ "Israel's defense ministry" and "the defense ministry": "defense ministry". """
    who = re.sub(r"^[A-Z][\w.-]*[’']s\s+", "", who.strip())
    return re.sub(r"^(the|a|an)\s+", "", who, flags=re.I).lower()


def _speaker(before: str, after: str) -> tuple[str | None, str | None]:
    """Speaker and verb of a quote from the rest of its sentences: after the quote closes first, then before it opens."""
    for text in (after, before + "␟"):  # ␟ stands where the quote opens ("Minister of Defense, Benny Gantz: “...")
        for pattern in (_SUBJECT_FIRST, *_SPEAKER_PATTERNS):
            for match in pattern.finditer(text):
                if text[max(0, match.start() - 4) : match.start()].lower().endswith("via ") or re.search(r"according to\s*$", text[: match.start()]):
                    continue  # "Richardson, via USA Today, said": the outlet passes the words on
                who = _as_speaker(match.group("who"))
                if who:
                    return who, match.groupdict().get("verb")
    return None, None


def _as_speaker(who: str) -> str | None:
    who = who.strip(" ,")
    if who.split()[0] in ("The", "A", "An", "In", "On", "During", "After", "According", "But", "And", "So", "Yet") and not who.startswith("the "):
        who = " ".join(who.split()[1:]) or who
    who = _clean(who)
    if not who or who in _PLACES or _BODY.search(who) or _PARTY_TAG.fullmatch(" " + who) or who in _CALENDAR or who.split()[0] in _CALENDAR:
        return None  # a place, a committee, a party tag or a date does not speak
    return who

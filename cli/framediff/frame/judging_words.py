"""Words that judge rather than report, by kind: loaded words, intensifiers and hedges.

The lists are framediff's own (``data/loaded-words.txt``, written from the
literature on lexical bias in news; see its header): loaded words are the
verbs, adjectives and nouns with which an outlet judges ("slammed", "so-called",
"regime"); intensifiers raise a claim's force ("utterly"); hedges lower a
claim's certainty ("reportedly", "could") and are never counted as loaded.
A word inside a proper name ("Intelligence Committee", "Radical Party") or a
single letter is never marked. Each mark says whether it stands inside a quote
(the speaker's words) or in the outlet's own voice.

VADER (vaderSentiment, MIT licence, read offline from the installed package)
gives tone only: its general valence list marks ordinary news words
("justice", "intelligence", "won") and is not used to find judging words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any, Sequence

KINDS = ("loaded", "intensifier", "hedge")
_WORD = re.compile(r"[^\W\d_]{2,}(?:[-’'][^\W\d_]+)*")
# single marks quote too, as headlines and British papers write it ("Whitford Slams 'Political Hit Job'", a ninth trial's,
# had counted "hit job" in the outlet's own voice): from a mark that opens a word to one that closes one, an apostrophe
# inside a word ("Don't", "Trump’s") going on
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|(?<![\w'’‘])['‘](?=[A-Za-z])(?:[^'’‘\n]|['’](?=\w))*?(?<=[\w.,!?])['’](?!\w)")


@dataclass(frozen=True)
class Marked:
    start: int
    end: int
    word: str
    kind: str  # loaded | intensifier | hedge
    quoted: bool = False  # inside quotation marks: the speaker's words, not the outlet's


@lru_cache(maxsize=1)
def lists() -> dict[str, tuple[frozenset[str], dict[str, frozenset[tuple[str, ...]]]]]:
    """kind -> (single words, phrases by their first word), from ``data/loaded-words.txt``."""
    words: dict[str, set[str]] = {k: set() for k in KINDS}
    phrases: dict[str, dict[str, set[tuple[str, ...]]]] = {k: {} for k in KINDS}
    kind = None
    for line in files("framediff").joinpath("data/loaded-words.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line.startswith("[") and line.endswith("]"):
            kind = line[1:-1]
            continue
        if kind not in words:
            continue
        for entry in line.split():
            if "_" in entry:
                pieces = tuple(entry.split("_"))
                phrases[kind].setdefault(pieces[0], set()).add(pieces)
            else:
                words[kind].add(entry)
    return {k: (frozenset(words[k]), {f: frozenset(v) for f, v in phrases[k].items()}) for k in KINDS}


def classify(word: str) -> str | None:
    """The kind of one lower- or mixed-case word, or None."""
    lower = word.lower().replace("’", "'")
    for kind in KINDS:
        if lower in lists()[kind][0]:
            return kind
    return None


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` inside quotation marks."""
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def _in_name(text: str, match: re.Match[str], sentence_start: bool) -> bool:
    """A capitalised word inside a name: not the sentence's first word, or followed by another capitalised word."""
    word = match.group()
    if not word[:1].isupper():
        return False
    if word.isupper() and len(word) > 1:
        return True  # an acronym
    if not sentence_start:
        return True
    following = _WORD.match(text, match.end() + 1) if match.end() + 1 < len(text) and text[match.end()] == " " else None
    if following and _TITLED.match(text, following.start()):
        return False  # "Embattled Mayor Danny Okafor", "Controversial Maine Gov. Paul LePage": a word of the outlet's before a
        # titled person's name, not a name's first word (a thirty-ninth trial's opinion site had "loaded words: —")
    return bool(following and following.group()[:1].isupper())


# A title, after at most one capitalised word (a place, a party): "Mayor Danny", "Maine Gov. Paul"
_TITLED = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:Mayor|Gov\.|Governor|Sen\.|Senator|Rep\.|Representative|President|Prime Minister|"
                     r"Minister|Secretary|Judge|Justice|Sheriff|Chief|Councilmember|Councilman|Councilwoman|CEO)\s+[A-Z]")


def marked_words(text: str, quotes: Sequence[tuple[int, int]] | None = None) -> list[Marked]:
    """Every loaded word, intensifier and hedge of ``text`` (one sentence, or a paragraph), with offsets and voice.

    ``quotes``: the quoted ranges of ``text`` when they are known from a wider
    context (a quote that runs over sentences); by default, the quotation marks in ``text``.
    """
    spans = quoted_spans(text) if quotes is None else list(quotes)
    tokens = list(_WORD.finditer(text))
    out = []
    k = 0
    while k < len(tokens):
        match = tokens[k]
        start = k == 0 or bool(re.search(r"[.!?:;“\"«(]\s*$", text[tokens[k - 1].end() : match.start()]))
        lower = match.group().lower().replace("’", "'")
        phrase = next((p for p in lists()["loaded"][1].get(lower, ()) if _matches(tokens, k, p)), None)
        if _in_name(text, match, start):
            k += 1
            continue
        if phrase:
            end = tokens[k + len(phrase) - 1].end()
            out.append(Marked(match.start(), end, text[match.start() : end], "loaded", _inside(match.start(), spans)))
            k += len(phrase)
            continue
        kind = classify(match.group())
        if kind == "hedge" and lower == "may" and _month_day(text, match):
            kind = None  # "May 3": the month
        if kind == "loaded" and lower in _ALSO_THINGS and _a_thing(text, tokens, k, lower):
            kind = None  # "The blasts killed two people", "after Brazzaville blasts": things, not someone's attack
        if kind == "loaded" and lower in _PHYSICAL and _literal(text, tokens, k):
            kind = None  # "The blast gutted the main production building", "an explosion ripped through": force, not scorn
        if kind == "loaded" and _volcanic(tokens, k, lower):
            kind = None  # "The volcano blasted a column of ash", "glowing avalanches of rock" (a twenty-sixth trial's wire)
        if kind == "loaded" and lower == "extreme" and re.match(_WEATHER, text[match.end():], re.I):
            kind = None  # "extreme rainfall", "extreme heat": the forecasters' term, no judgement (an eleventh trial's)
        if kind == "hedge" and lower in ("appear", "appears", "appeared") and re.match(_PLACED, text[match.end():]):
            kind = None  # "appeared in Bellmont County Superior Court", "appears nowhere in our Constitution": was there, not seemed
        if kind == "hedge" and lower == "could" and _ABLE.match(text, match.end()):
            kind = None  # "a patient she could not get to", "did everything they could", "could no longer cover the losses":
            # what one was able to do, no doubt (a thirty-fourth trial's)
        if kind == "hedge" and lower == "could" and _PERMITTED.search(text[: match.start()]) and _TO_GO.match(text, match.end()):
            kind = None  # "had been told they could go home": leave given, no doubt of the claim (a twenty-fifth trial's)
        if kind == "hedge" and lower == "could" and _PERCEIVED.match(text, match.end()) and not _HEARINGS.search(text[: match.start()]):
            kind = None  # "Gasps could be heard in the courtroom": what was there to perceive, no doubt (a thirty-first trial's)
        if kind == "hedge" and lower in ("likely", "unlikely") and _COMPARED.search(text[: match.start()]):
            kind = None  # "37 percent more likely to become short-sighted", "twice as likely": a measured risk, not doubt (a
            # thirty-eighth trial's tabloid, which hedged nothing, had "hedges: likely ×2")
        if kind == "hedge" and lower == "could" and _sensed(text, match):
            kind = None  # "the hospital he could see from his kitchen window", "You could feel the heat": what one sensed
        if kind == "hedge" and lower == "could" and _WANTED.match(text, match.end()):
            kind = None  # "every advantage a person could ask for": all one might want, no doubt (a twenty-eighth trial's)
        if kind:
            out.append(Marked(match.start(), match.end(), match.group(), kind, _inside(match.start(), spans)))
        k += 1
    return out


# "could not", "could no longer", "could never be lost" (a forty-seventh trial's broadsheet, of a promise: no doubt)
_ABLE = re.compile(r"\s*(?:not\b|n[’']t\b|no longer\b|never\b|hardly\b|barely\b|[.,;:!?)”\"]|$)")
# "could" after someone was told or allowed it, before go, return or leave: permission ("had been told they could go
# home", "were told they could return"), not a possibility ("were told it could take weeks", "said residents could
# return", a second reader's "were told they could stay trapped for weeks", "could come under attack")
_PERMITTED = re.compile(r"\b(?:been|were|was|are|is|being)\s+(?:told|allowed|permitted|cleared)\s+(?:that\s+)?"
                        r"(?:they|he|she|we|you|I)\s+$", re.I)
# "could" closing a clause on a wish: "every advantage a person could ask for", "all we could possibly have hoped for",
# "everything a family could want or need", "a life most could only dream of". What is wished for follows nothing but the
# clause's end, or "and more": "could ask for a delay", "could ask for, and probably win, a raise" stay hedges.
_WANTED = re.compile(r"\s+(?:(?:ever|possibly|only)\s+)?(?:have\s+)?(?:ask(?:ed)?\s+for|wish(?:ed)?\s+for|hope(?:d)?\s+for"
                     r"|want(?:ed)?(?:\s+or\s+need(?:ed)?)?|imagine(?:d)?|dream(?:ed)?\s+of)"
                     r"(?=\s*(?:[.;:!?)”\"’'—–]|,?\s*(?:and|or)\s+more\b|$))", re.I)
# "appeared in court", "appears nowhere in the bill": where, not how it seems; "appears nowhere near", "nowhere in sight" seem
_PLACED = r"\s+(?:in|at|before|nowhere\b(?!\s+(?:near|close|in\s+sight)\b))\b"
# "could be seen", "could be heard": perceiving, not doubt ("flames could be seen coming out from under the eaves", "smoke
# could be seen as far as 30 miles away"); but "could be seen as a concession" is a reading offered, "could be seen to
# breach the rules" and "results could be seen within weeks" a possibility: hedges (a second reader's)
_PERCEIVED = re.compile(r"\s+(?:later\s+|still\s+|clearly\s+|also\s+)?be\s+(?:seen(?!\s+as\b(?!\s+(?:far|soon|long|much|well)\b))|heard"
                        r"|smelled|smelt|spotted)\b(?!\s+(?:to|by|within|next|later|soon|as\s+early|in\s+(?:the\s+)?(?:coming|next|weeks|"
                        r"months|years|days))\b)", re.I)
# what can be "heard" by a court: "The case could be heard by the Supreme Court next year" is a possibility
_HEARINGS = re.compile(r"\b(?:case|cases|appeal|appeals|lawsuit|suit|challenge|motion|petition|matter|arguments)\s+(?:\w+\s+)?$", re.I)
# "could see", "could hear" after a pronoun, with what was sensed before them: "the hospital he could see from his kitchen
# window", "as far as we could see." (trials 49 and 50); "Homeowners could see, on average, a rise", "Parts of New York
# could see over a foot of snow", "they could hear from the company next week" are possibilities and stay hedges (a second
# reader's)
_SENSED = re.compile(r"\s+(?:(?:see|feel|smell)\b(?=\s*(?:[.,;:!?)”\"’—–]|$|(?:from|through|across|outside|inside|beyond)\s+"
                     r"(?:the|his|her|their|my|our|its|a|an)\b))|hear\b(?=\s*(?:[.,;:!?)”\"’—–]|$)))", re.I)
_PRONOUN_COULD = re.compile(r"\b(?:I|we|you|he|she|they)\s+could$", re.I)
# "you could feel the heat", "you could hear the screams": the listener put in the speaker's place, sensing a thing;
# "voters could feel betrayed" is no sensing, "you could see a rise" and "you could feel the effects for years" possibilities
_YOU_SENSED = re.compile(r"\byou\s+could$", re.I)
_FELT = re.compile(r"\s+(?:feel|hear|smell)\s+(?:the|them|their|its)\b(?!\s+(?:\w+\s+)?(?:effects?|impacts?|consequences?"
                   r"|pinch|squeeze|benefits?|difference|change|results?)\b)", re.I)
# a sentence that sets a condition ("If the dam fails, you could hear the roar from miles away") tells a possibility
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)


def _sensed(text: str, match: re.Match[str]) -> bool:
    """Is this "could" what someone sensed, not a possibility (:data:`_SENSED`, :data:`_FELT`)?"""
    before = text[: match.end()]
    if _CONDITION.search(text[: match.start()]):
        return False
    return bool(_PRONOUN_COULD.search(before) and _SENSED.match(text, match.end())
                or _YOU_SENSED.search(before) and _FELT.match(text, match.end()))


_TO_GO = re.compile(r"\s+(?:go|return|leave)\b(?!\s+(?:on|up)\b)", re.I)  # not "could stay trapped", "could come under attack"


# Loaded verb forms that are also things' names ("China army newspaper slams US's PRISM program", "The blasts killed two
# people"). Such a form is the thing after a determiner or a number word ("the blast", "two blasts", "grand slam"), or,
# when no object follows it (a name, "the", "them", "its" ...), one or two words after one of those or a preposition
# ("after Brazzaville blasts", "killed in a blast at the plant"). "Critics blast the new rules", "Obama at rally blasts
# GOP" and "The campaign touts its record" stay judgements. Figures are not words here: "2 blasts" is still marked.
_ALSO_THINGS = frozenset({"slam", "slams", "blast", "blasts", "hammer", "hammers", "torch", "fume", "bashes", "trashes", "smears",
                          "rages", "touts", "rants", "gripes"})
_TRANSITIVE = _ALSO_THINGS - {"fume", "rages", "rants", "gripes"}
_THING_BEFORE = frozenset("""the an this that these those his her its their our my your two three four five six seven eight nine
ten several many few some no more both twin multiple grand""".split())
_COUNTING = _THING_BEFORE | frozenset("after before in of by from at with during amid".split())
_OBJECT_AFTER = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|them|him|her|his|its|their|this|that|these|those|us|our|my|your)\b)")


def _a_thing(text: str, tokens: list[re.Match[str]], k: int, lower: str) -> bool:
    """Is the loaded form ``lower`` at ``tokens[k]`` the name of a thing rather than a verb (:data:`_ALSO_THINGS`)? A verb that
    takes an object (:data:`_TRANSITIVE`) is one only with an object after it ("a single concussive blast." is a thing)."""
    before = [t.group().lower() for t in tokens[max(0, k - 2):k]]
    if before and before[-1] in _THING_BEFORE:
        return True
    if not _OBJECT_AFTER.match(text, tokens[k].end()):
        return lower in _TRANSITIVE or any(w in _COUNTING for w in before)
    return False


# Verbs of attack that are also what fire, blasts, storms and cars do: "The blast gutted the main production building",
# "an explosion ripped through the plant", "flames torched two tractor-trailers", "the car slammed into a wall". Literal
# when a force is the subject (within three words before), when the verb goes "into" or "through" something, or when a
# force did it ("gutted by fire"). A seventh trial's factory report listed such words as loaded.
_PHYSICAL = frozenset("""gutted gutting torched torching ripped ripping blasted blasting hammered hammering lashed lashing slammed
slamming savaged battered sweeping""".split())
_FORCES = frozenset("""fire fires blaze blazes flames flame explosion explosions explosive blast blasts bomb bombs storm storms wind
winds rain gale gales tornado hurricane typhoon cyclone quake earthquake waves wave flood floods floodwaters missile missiles
rocket rockets shell shells shelling car cars truck trucks vehicle vehicles train bus plane jet arson arsonists""".split())


# What arson and storms destroy: "torched cars and a fire truck", "torched buildings", "one riot police armored van torched"
_DESTROYED = frozenset("""car cars van vans bus buses truck trucks vehicle vehicles building buildings home homes house houses shop
shops store stores bank banks office offices church churches school schools warehouse warehouses barricades tires tyres engines
coast coastline town towns village villages""".split())
_DOERS_OR_DONE = _FORCES | _DESTROYED


_WEATHER = r"\s+(?:rain|rainfall|rainstorms?|weather|heat|cold|temperatures?|winds?|storms?|drought|flooding|events?|conditions)\b"


def _literal(text: str, tokens: list[re.Match[str]], k: int) -> bool:
    """Does the verb at ``tokens[k]`` tell what a physical force did, or what was done to a thing (:data:`_PHYSICAL`)?"""
    before = {t.group().lower() for t in tokens[max(0, k - 3):k]}
    after = [t.group().lower() for t in tokens[k + 1:k + 4]]
    return bool(before & _DOERS_OR_DONE or set(after[:2]) & _DESTROYED) or (bool(after) and after[0] in ("into", "through")) or (
        "by" in after and bool(set(after[after.index("by") + 1:]) & _FORCES))


# What an eruption does, right before the verb, and what glows, right after "glowing": not "Residents near the volcano
# blasted the government's response" or "glowing tributes" (a second reader's cases)
_ERUPTING = frozenset("volcano volcanoes eruption eruptions crater craters".split())
_MOLTEN = frozenset("lava magma embers ash rock rocks avalanche avalanches cinders coals flows".split())


def _volcanic(tokens: list[re.Match[str]], k: int, lower: str) -> bool:
    """The volcano, opening its sentence, is what blasted ("The Stromboli volcano blasted", "Ash from the volcano blasted"),
    not "Residents near the Stromboli volcano blasted the government" (a third reader's)."""
    if lower == "glowing":
        return k + 1 < len(tokens) and tokens[k + 1].group().lower() in _MOLTEN
    if lower not in ("blasted", "blasting", "blasts") or not k or tokens[k - 1].group().lower() not in _ERUPTING:
        return False
    head = tokens[: k - 1]  # the words of the sentence before the volcano
    if len(head) >= 2 and head[0].group().lower() in _MOLTEN and head[1].group().lower() == "from":
        head = head[2:]
    return len(head) <= 2 and all(t.group().lower() in ("the", "a", "an") or t.group()[:1].isupper() for t in head)


def _matches(tokens: list[re.Match[str]], k: int, phrase: tuple[str, ...]) -> bool:
    if k + len(phrase) > len(tokens):
        return False
    return all(tokens[k + n].group().lower() == word for n, word in enumerate(phrase))


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < position < b for a, b in spans)


# What makes "likely" a measured comparison, a risk a study gives and no doubt: "37 percent more likely", "one-third less
# likely", "twice as likely", "no more likely"; not "more likely" alone ("a 50 basis point cut was more likely", MRPC: a
# guess), nor "far more likely", "significantly more likely", which forecasts say as often (a second reader's)
_COMPARED = re.compile(r"(?:\d[\d.,]*\s*(?:%|percent|per cent)?|\b(?:times|twice|thrice|half|third|quarter|fourth|fifth|no))"
                       r"\s+(?:more|less|as)\s+$", re.I)


def _month_day(text: str, match: re.Match[str]) -> bool:
    return bool(re.match(r"\s+\d", text[match.end() :])) or bool(re.search(r"\d\s*$", text[: match.start()]))


def tone(text: str) -> float:
    """VADER compound sentiment of a sentence, -1..1, its names' words left out (:func:`unnamed`)."""
    return float(_analyzer().polarity_scores(_plain_words(unnamed(text)))["compound"])


# Two capitalised words or more in a row, "of", "for", "a", "the" or "and" between them: a name ("Castellan Securities",
# "Superior Court", "Taxpayers for a Fair Riverton", "United Steelworkers")
_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:(?:of|for|a|the|and)\s+)?[A-Z][\w’'-]*)+")


# Titles before a name that VADER reads as praise (a fifty-first trial's "Justice Grady also argued ..." read "+ justice")
_TITLE_WORDS = frozenset(("justice", "honorable", "honourable", "admiral"))


def unnamed(text: str) -> str:
    """``text`` with the praising words of its names put out of VADER's reach: a name's "Fair", "Securities", "Superior" or
    "United" is no outlet's praise (trials thirty-nine, forty and forty-one read a hostile tabloid as warm from "+ united",
    "+ fair", "+ securities"). Only words VADER reads as praise are taken out, as bodies name themselves well: a run of
    capitals that condemns ("a Shameful Betrayal by Greedy Bosses", "Disgraced Former Mayor") is the outlet's emphasis (a
    second reader's). A run that opens the sentence keeps its first word when it is two words long ("Greedy Brightwell
    axed …"), not when longer ("United Steelworkers Local 1124 said …"); a sentence in title case (a headline) is read whole."""
    if sum(1 for w in re.findall(r"\b[a-z][a-z’'-]{3,}\b", text)) <= 1:
        return text  # title case: a headline's capitals tell no names
    first = re.match(r"[\s“\"‘'(]*", text)
    opening = first.end() if first else 0
    lexicon = _analyzer().lexicon

    def blank(m: re.Match[str]) -> str:
        words = m.group().split(" ")
        keep_first = (m.start() == opening and len([w for w in words if w[:1].isupper()]) == 2
                      and words[0].lower() not in _TITLE_WORDS)  # "Justice Grady also argued": a title, no praise
        return " ".join(w if (k == 0 and keep_first) or lexicon.get(w.lower(), 0) <= 0 else re.sub(r"[A-Za-z]", "x", w)
                        for k, w in enumerate(words))

    return _NAME_RUN.sub(blank, text)


def tone_words(text: str) -> list[tuple[str, float]]:
    """The words of a sentence VADER scores, each with the valence it gives the word there (after "not", "no threat" or
    "extremely"): what :func:`tone` rests on, read by VADER's own steps (its ``polarity_scores`` before the sum). A
    sarcastic "beloved", or "fine" for a penalty ("got away with a fine of just $1.2 million"), is read as praise; shown, a
    reader can see it (a thirty-sixth trial's hostile tabloid read +0.27 from "beloved", "favorite" and "cheering")."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

    analyzer = _analyzer()
    sentitext = SentiText(_plain_words(unnamed(text)).strip())
    words = sentitext.words_and_emoticons
    sentiments: list[float] = []
    for i, item in enumerate(words):
        if item.lower() in BOOSTER_DICT or (item.lower() == "kind" and i + 1 < len(words) and words[i + 1].lower() == "of"):
            sentiments.append(0)  # as polarity_scores: a booster or "kind of" is no word of its own
            continue
        sentiments = analyzer.sentiment_valence(0, sentitext, item, i, sentiments)
    sentiments = analyzer._but_check(words, sentiments)
    return [(w.lower(), round(float(v), 3)) for w, v in zip(words, sentiments) if v]


@lru_cache(maxsize=1)
def _analyzer() -> Any:  # vaderSentiment has no type hints
    """VADER without the entries of its lexicon that hold a figure: chat codes and emoticons ("143" is "I love you", +3.2;
    "187" a murder, -3.1; "8)" a smile), which in news are counts (a forty-second trial's ferry, "143 passengers", read
    as warm)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon = {w: v for w, v in analyzer.lexicon.items() if not any(c.isdigit() for c in w) and w not in _PLAIN_TERMS}
    return analyzer


# Words VADER reads as praise that news uses as plain terms: "Shares tumbled", "a share of the vote", "interest rates" (a
# forty-seventh trial's tabloid read warm from "+ interest, shares" in a story of a rate rise and a falling market); "an
# orange weather alert" (a forty-eighth trial's flood, read warm from "+ alert ×2")
_PLAIN_TERMS = frozenset(("share", "shares", "interest", "alert"))


# "like" as a verb: after a pronoun or an auxiliary, an adverb between at most ("I like", "we really like", "would like",
# "to like", "don't like"). Elsewhere it compares and praises nothing: "rise like this" (a forty-eighth trial's tabloid had
# read "+ like"), "Residents like pensioner Maria Lopez", "Just like in 1994", "It is not like the council" (second readers')
_LIKING = re.compile(r"\b(?:I|we|you|they|who|would|could|might|[’']d|to|do|does|did|don[’']t|doesn[’']t|didn[’']t)"
                     r"(?:\s+(?:not|really|also|just|still))?\s+like\b", re.I)


# Words VADER scores that name a thing in these compounds, no praise or blame: "heart attack", "heart procedures", "health
# care", "the emergency room", "by hand", "a ransomware attack" (a forty-ninth trial's neutral wire on a hospital
# cyberattack read warm from "+ heart ×2, care" and cold from "− emergency ×2", "attack ×5")
_COMPOUND_TERMS = re.compile(
    r"\b(heart)(?=\s+(?:attacks?|surger(?:y|ies)|procedures?|operations?|disease|failure|conditions?|problems?|transplants?|rate"
    r"|patients?|specialists?|surgeons?|doctors?)\b)|\b(?:ransomware|cyber|malware|hacking|phishing)\s+(attacks?)\b"
    r"|\b(urgent\s+care)\b|\b(?:health|intensive|primary|medical|child|elder|critical|hospice|foster|patient)\s+(care)\b"
    r"|\b(emergency)(?=\s+(?:rooms?|departments?|services|medical|crews?|workers|responders|vehicles|dispatch|operators|surgery|care)\b)"
    r"|\bby\s+(hand)\b", re.I)


def _plain_words(text: str) -> str:
    """``text`` with "like" that compares written "as", and the words of plain compounds (:data:`_COMPOUND_TERMS`) blanked,
    out of VADER's reach."""
    verbs = {m.end() for m in _LIKING.finditer(text)}
    text = _COMPOUND_TERMS.sub(lambda m: m.group()[: m.start(m.lastindex or 0) - m.start()] + "x" * len(m[m.lastindex or 0]), text)
    return re.sub(r"\blike\b", lambda m: m.group() if m.end() in verbs else "as", text, flags=re.I)

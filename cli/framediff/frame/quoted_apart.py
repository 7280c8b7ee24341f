"""The same words quoted as two people's: a quotation two outlets give, each to another speaker.

Who said it is a claim about a newsroom a fact-checker checks first. A thirty-sixth trial's tabloid gave the mayor's "We
cannot keep patching a system built for 1975" to a councilmember, and a chief executive's "Copperleaf's recipes and people
are staying exactly where they are" to the other company's; the report said only "2 shared quotations; not copying".

Read from each English outlet's quotes and their speakers (:mod:`framediff.frame.quotes`): a quote of one outlet and a
quote of another that share a run of :data:`SHARED` words or more, word for word, and most of the shorter (:data:`MOST`),
each attributed in its own paragraph, given to two speakers named as people are (capitalised words, not "Harry Reid's
office") whose names have no word alike, nor one spelt nearly alike ("Gadhafi", "Qaddafi"; "Ortiz" is "Linda Ortiz"), and
that an outlet names both, apart. A
quote nobody is said to say, a scare quote or a title is no one's. What is stated is what the two outlets print, with the
words and each outlet's sentence as evidence; which of them is right, the text does not tell.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import combinations
from typing import Any, Iterator, Mapping, Sequence

from framediff.article import Article
from framediff.frame.findings import OutletFraming, Quote, QuotedApart
from framediff.frame.people import BODYS_WORDS, written_as_body
from framediff.frame.speech_words import HUMAN_ROLES, TITLE
from framediff.frame.voice import quoted_spans

SHARED = 6  # words in a row, word for word: under it, a stock phrase two speakers may both use ("at the end of the day")
# and of the shorter quote, this share or more: a city attorney's "We will take this to the Supreme Court, and we expect to
# prevail there" and a mayor's "We will go to the Supreme Court and we will win" share six words and are two quotations, a
# governor's and a fire chief's condolences ("Our thoughts and prayers are with the families of those who were lost", "…
# with the families and with our firefighters") eight
MOST = 0.8
_WORD = re.compile(r"\w[\w’']*")
# verbs by which someone takes up words that may be another's: "rejected the argument that …", "read a statement on her
# behalf", "mocked", "echoed" (a second reader's); a quote given with one is no one's statement here ("gushed", "insisted" are)
_NOT_SAYING = re.compile(r"(?:reject|read|mock|dismiss|question|den(?:y|ie)|disput|challeng|ridicul|quot|cit|echo|repeat|paraphras"
                         r"|parrot|scoff|derid|recit|recall|rebut|lampoon|relay)", re.I)
# words that say the quotation is taken from something: whose words they are is not the one who gives them (a fourth
# second reader's "according to Councilmember Dan Whitaker's notes of the mayor's remarks", "in the mayor's own words")
_TAKEN = re.compile(r"\b(?:according|words|remarks|notes|slogan|line|phrase|speech|motto|quip|nod|borrow\w*)\b", re.I)
_BODIES = frozenset(("ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT"))  # spaCy's entities that are no person
_NEARLY = 0.75  # two words of two names spelt this alike (difflib's ratio) are one name spelt two ways
_PARTICLES = frozenset("de da del der den di dos du van von bin ibn al el la le y".split())
_TITLES = frozenset("mr mrs ms dr sen rep gov mayor president senator governor judge justice minister chief the".split())


def quoted_apart(outlets: Mapping[str, OutletFraming], articles: Sequence[Article]) -> list[QuotedApart]:
    """Each quotation two outlets share and give to two speakers, one record per pair of quotes, in article order."""
    by_id = {a.id: a for a in articles}
    said = {a.id: [q for q in outlets[a.id].quotes if q.kind == "speech" and q.verb is not None and not _NOT_SAYING.match(q.verb)
                   and _person(q.speaker) and not _nested(q.text)] for a in articles if a.id in outlets and not outlets[a.id].not_run}
    out = []
    for one, other in combinations(list(said), 2):
        for x in said[one]:
            for y in said[other]:
                if one_person(x.speaker or "", y.speaker or ""):
                    continue
                shared = _shared(x.text, y.text)
                if shared is None or _also_given(said[one], y) or _also_given(said[other], x):
                    continue  # each outlet gives the words to both (one echoed the other): they agree
                if not any(_apart(by_id[a], q.speaker or "", p.speaker or "") for a, q, p in ((one, x, y), (other, y, x))):
                    continue  # no outlet names both people apart: one person under two names ("Abu Mazen", "Mahmoud Abbas"),
                    # or two who both said a stock phrase ("Our thoughts and prayers are with the families", a second reader's)
                (words, at), (other_words, other_at) = shared
                first, second = _sentence(by_id[one], x, at), _sentence(by_id[other], y, other_at)
                if _attributed(by_id[one], outlets[one].quotes, first, x.speaker or "", y.speaker or "") and _attributed(
                        by_id[other], outlets[other].quotes, second, y.speaker or "", x.speaker or ""):
                    out.append(QuotedApart((words, other_words), {one: (x.speaker or "", first), other: (y.speaker or "", second)}))
    return out


def _sentence(article: Article, quote: Quote, at: int) -> int:
    """The sentence the shared words start in, ``at`` characters into the quote (its opening sentence if the quote's
    offsets do not hold its text): a quotation of several sentences opens before the words two outlets share."""
    if quote.start is None or article.text[quote.start : quote.end] != quote.text:
        return quote.sentence
    return next((s.index for s in article.sentences if s.start <= quote.start + at < s.end), quote.sentence)


def _attributed(article: Article, quotes: Sequence[Quote], sentence: int, speaker: str, other: str) -> bool:
    """Does the outlet itself name the speaker as the one who says the words in ``sentence``: the sentence's own words
    outside quotation marks, or, where it is all quotation, those of the nearest sentence before it in its paragraph that
    has any, name the speaker as a person (spaCy's PERSON) and not the other outlet's speaker?

    A quote's speaker may be carried over from a quotation before it ("…," Mayor Linda Ortiz said. Councilmember Dan
    Whitaker went further. "We cannot keep patching …", a second reader's), read from a pronoun ("she said", which had
    given a councilmember's words to the mayor named before), a body ("Downing Street said"), or be one of two the
    sentence names ("Senators Maria Delgado and Frank Mueller said in a joint statement"; "Peskov told reporters, relaying
    the words of President Vladimir Putin"; "borrowing a line from Lincoln"), or the words be another's the sentence names
    by a role ("Whitaker said, quoting the mayor"; "told reporters that the mayor had warned the council:"): the sentence's
    own words hold one verb, the one that says the words, besides those of a clause on the speaker ("said Sen. Elaine
    Brooks, a Democrat from Ohio who has urged the bureau to appeal", a forty-second trial's) and of what the speaker
    adds ("said, adding that the study may overstate the danger", a forty-fourth trial's, where it names no one else
    and quotes nothing), or nothing is stated."""
    from framediff.language.parser import parse

    sentences = article.sentences
    paragraph = sentences[sentence].paragraph
    index = sentence
    while True:
        own = _outside(article, quotes, index)
        if any(c.isalpha() for c in own):
            break
        if index == 0 or sentences[index - 1].paragraph != paragraph:
            return False
        index -= 1
    if other.split()[-1] in sentences[index].text or _TAKEN.search(own):
        return False  # _TAKEN: "according to Whitaker's notes of the mayor's remarks", "in the mayor's own words"
    (doc,) = parse([sentences[index].text])
    surname = speaker.split()[-1]
    named = {d.i for t in doc if t.text == surname and t.pos_ == "PROPN" for d in t.subtree if d.i != t.i}
    if any(_NOT_SAYING.match(doc[i].lower_) for i in named if doc[i].pos_ == "VERB"):
        return False  # "said Councilmember Dan Whitaker, who was quoting the mayor"; "…, who read a statement" (a second reader's)
    adding = [t for t in doc if t.dep_ == "advcl" and t.lemma_.lower() in ("add", "say") and t.head.pos_ == "VERB"]
    added = {d.i for t in adding for d in t.subtree}  # '…," Dr. Mehta said, adding that the study may overstate the danger'
    if any((doc[i].pos_ == "VERB" and (_NOT_SAYING.match(doc[i].lower_) or doc[i].lemma_.lower() in _TAKEN_UP))
           or doc[i].ent_type_ == "PERSON" for i in added - {t.i for t in adding}):
        return False  # "adding that the mayor had warned them", "adding, as the engineers put it": another's words
    # not a name the parse tags a verb ("wrote Chief Justice Paul Hendricks in dissent", a fifty-first trial's)
    verbs = [t for t in doc if t.pos_ == "VERB" and own[t.idx : t.idx + len(t.text)] == t.text and t.i not in named | added
             and t.ent_type_ != "PERSON"]
    if len(verbs) != 1:
        return False
    # a person's entity that is the surname alone is read as the surname alone is ('…," Tyson said in a statement on
    # Tuesday.', which spaCy's entities read as a person: a second reader's company, whose words went to John Tyson)
    return _names(own, speaker) and (any(ent.label_ == "PERSON" and _names(ent.text, speaker) and ent.text.strip() != speaker.split()[-1]
                                         for ent in doc.ents)
                                     or _subject(verbs[0], speaker, article, index, own))


# verbs by which a clause the speaker adds gives another's words: "as the engineers put it", "that the mayor had warned"
_TAKEN_UP = frozenset(("put", "say", "warn", "write", "tell", "call", "describe", "argue", "claim", "note"))


def _subject(verb: Any, speaker: str, article: Article, sentence: int, own: str) -> bool:
    """Is the one verb's subject the speaker named in full, the words before the surname ending in the first name
    ("Commission Chair David Okafor said in a statement", which spaCy's entities read as a work of art after a
    quotation), or the surname alone, after a title at most, where the ``article`` names the speaker in full
    ('"…," Okafor said', which spaCy's entities leave unread: a forty-fifth trial's wire, whose mayor's words the tabloid
    gave the council president, had been said to have "found none"); the first name a given name of the nicknames table
    (or, for the surname alone, one spaCy's entities read as a person's) and the name no body's by spaCy's entities
    ("Morgan Stanley", "Harlow Water")?"""
    from framediff.frame.given_names import known

    names = speaker.split()
    # the surname as written, which the parse may tag a common noun ('"…," Reyes added.', a forty-seventh trial's)
    subject = [t for t in verb.children if t.dep_ == "nsubj" and t.pos_ in ("PROPN", "NOUN") and t.text == names[-1]]
    if len(subject) != 1 or len(names) < 2:
        return False
    if [t.text for t in subject[0].lefts][-len(names) + 1 :] == names[:-1]:
        return known(names[0]) and subject[0].ent_type_ not in _BODIES  # "Morgan Stanley said in a note": a bank (a second reader's)
    if not (known(names[0]) or subject[0].ent_type_ == "PERSON"):
        return False
    # the surname alone: what the article names tells a person from a body; not where the article writes it as a body
    # elsewhere (a second reader's "Perdue will close its poultry processing plant", beside Chairman Jim Perdue). Read as a
    # body here, it is a person only in the bare '…," Reyes added.' (a forty-seventh trial's prosecutor, whom spaCy's
    # entities read as an organisation), not in '…," Disney said in a statement.' (a second reader's: the company's words,
    # given to Abigail Disney, its critic)
    named = [t for t in subject[0].lefts if t.pos_ == "PROPN" and t.lower_.rstrip(".") not in _TITLES]
    bare = set(re.findall(r"[\w’'-]+", own)) <= {names[-1], verb.text}
    body_here = subject[0].ent_type_ in _BODIES or BODYS_WORDS.search(own) is not None
    return (not named and (bare or not body_here) and _sole_bearer(article.text, names)
            and not _a_body_elsewhere(article, sentence, names))


def _a_body_elsewhere(article: Article, sentence: int, names: list[str]) -> bool:
    """Does the article write the surname alone as a body's (:func:`~framediff.frame.people.written_as_body`: "Perdue will
    close its plant"; "Reyes said its founder lied" is rare enough to lose), or another sentence where spaCy's entities
    read it as an organisation? Not as a place: the small model reads many a surname so (a fifty-first trial's "Grady",
    Justice Thomas Grady, read as a place in each sentence that named him alone)."""
    from framediff.language.parser import parse

    if written_as_body(article.text, names[-1], names[-2]):
        return True
    alone = re.compile(rf"(?<!{re.escape(names[-2])} )\b{re.escape(names[-1])}\b(?![’']s)")
    others = [s.text for s in article.sentences if s.index != sentence and alone.search(s.text)]
    return any(t.text == names[-1] and t.ent_type_ == "ORG" and not (t.i and doc[t.i - 1].text == names[-2])
               for doc in parse(others) for t in doc)


def _sole_bearer(text: str, names: list[str]) -> bool:
    """Is the speaker the one bearer of the surname the article names: it names the speaker in full, no one else of the
    surname ("Sarah Okafor", the mayor's daughter: a second reader's), and writes the surname beside no other name
    ("Perdue Farms", whose statement '…," Perdue said' gave was the company's, not Chairman Jim Perdue's)?"""
    surname = re.escape(names[-1])
    before = {m.group(1) for m in re.finditer(rf"\b([A-Z][\w’'-]*)\.? {surname}\b", text)} - {t.capitalize() for t in _TITLES}
    return (" ".join(names) in text and before <= {names[-2]}
            and not re.search(rf"\b{surname} [A-Z]", text))


def _outside(article: Article, quotes: Sequence[Quote], index: int) -> str:
    """The words of sentence ``index`` outside quotation marks: the outlet's quotes' spans and any marks in the sentence."""
    sentence = article.sentences[index]
    inside = [(q.start, q.end) for q in quotes if q.start is not None and q.end is not None]
    text = "".join(" " if any(s <= sentence.start + k < e for s, e in inside) else ch for k, ch in enumerate(sentence.text))
    spans = quoted_spans(text)
    return "".join(" " if any(s <= k < e for s, e in spans) else ch for k, ch in enumerate(text))


def _apart(article: Article, one: str, other: str) -> bool:
    """Does the article name both people, and never in one sentence ("Palestinian President Mahmoud Abbas, known as Abu
    Mazen, …" names one man twice, a second reader's)? A surname after another given name is another person's: a second
    reader's care-home story named "Edith Rowley", the resident who died, and never Helen Rowley, her daughter, whose
    words another outlet gave to the family's solicitor."""
    return (_names_person(article.text, one) and _names_person(article.text, other)
            and not any(_names_person(s.text, one) and _names_person(s.text, other) for s in article.sentences))


def _names_person(text: str, speaker: str) -> bool:
    """Does ``text`` name the speaker: the surname, after the speaker's given name, a title or no capitalised word?"""
    names = speaker.split()
    for m in re.finditer(rf"\b{re.escape(names[-1])}\b", text):
        before = re.search(r"([A-Z][\w’'-]*)\.?\s+$", text[: m.start()])
        if before is None or len(names) < 2 or before.group(1) == names[-2] or before.group(1).lower() in _TITLES:
            return True
    return False


def _names(text: str, speaker: str) -> bool:
    """Does ``text`` name the speaker by surname (the name's last word, as written)?"""
    return bool(speaker) and re.search(rf"\b{re.escape(speaker.split()[-1])}\b", text) is not None


def _also_given(quotes: Sequence[Quote], to: Quote) -> bool:
    """Does an outlet give the words of ``to`` to ``to``'s speaker as well, in another quote?"""
    return any(one_person(q.speaker or "", to.speaker or "") and _shared(q.text, to.text) is not None for q in quotes)


def _nested(text: str) -> bool:
    """A quote that quotes another inside it ("The mayor told us, 'We cannot keep patching …,' and she is right"): its
    words are not all its speaker's."""
    return re.search(r"(?:^|[\s(“\"])[‘']\w", text) is not None


def _person(name: str | None) -> bool:
    """Is a speaker named as a person is, in full: two capitalised words or more besides any title or role ("Jim Manley",
    "Rachel Kim", "Bashar al-Assad"), not a body ("Harry Reid's office", whose spokesman a BASIL dev event's other outlets
    quote), a role ("German Chancellor") or one word (an ECB+ topic's "she released a jokey response" was read as "Ted"'s)?"""
    words = (name or "").split()
    given = [w for w in words if not TITLE.match(w + " x") and w.lower() not in HUMAN_ROLES]
    return (len(given) >= 2 and all(w[:1].isupper() or w.split("-")[0] in _PARTICLES for w in words)
            and not any(w.endswith(("'s", "’s")) for w in words))


def _shared(one: str, other: str) -> tuple[tuple[str, int], tuple[str, int]] | None:
    """The longest run of words two quotes share, as each writes it and where it starts in each, if it is :data:`SHARED`
    words or more and most of the shorter quote."""
    a, b = list(_words(one)), list(_words(other))
    match = SequenceMatcher(None, [w for w, _, _ in a], [w for w, _, _ in b], autojunk=False).find_longest_match(0, len(a), 0, len(b))
    if match.size < max(SHARED, MOST * min(len(a), len(b))):
        return None
    first, last = a[match.a], a[match.a + match.size - 1]
    start, end = b[match.b], b[match.b + match.size - 1]
    return (one[first[1] : last[2]], first[1]), (other[start[1] : end[2]], start[1])


def _words(text: str) -> Iterator[tuple[str, int, int]]:
    for m in _WORD.finditer(text):
        yield m.group().lower().replace("’", "'"), m.start(), m.end()


def one_person(one: str, other: str) -> bool:
    """Could two speakers' names be one person's: a word alike, or spelt nearly alike, titles and particles apart ("Mohammed
    bin Salman" is not "Osama bin Laden"; "Bill Clinton" may be "Hillary Clinton" for all this can tell, and nothing is said)."""
    names = [[w for w, _, _ in _words(name) if w.rstrip(".") not in _TITLES and w not in _PARTICLES] for name in (one, other)]
    if not names[0] or not names[1]:
        return True  # a title alone ("the Mayor") is nobody this can tell apart
    return any(x == y or (min(len(x), len(y)) > 3 and SequenceMatcher(None, x, y).ratio() >= _NEARLY)
               for x in names[0] for y in names[1])


__all__ = ["MOST", "SHARED", "one_person", "quoted_apart"]

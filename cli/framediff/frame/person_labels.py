"""The labels an outlet puts on a person it names in full: the words before the name in its noun phrase ("Chief Executive
James Whitaker", "union boss Carla Mendes", "Brightwell's fat-cat boss Jim Whitaker") and an appositive beside it ("Carla
Mendes, president of United Steelworkers Local 1124", "the railway's spokesman, Marco Bundi"). A possessor stays with its
label: "Colorado's attorney general, John Suthers" is no "attorney general" against "Colorado Attorney General" (a blind
judge's).

Read from the English parser (:mod:`framediff.language.parser`), in the outlet's own voice only. Each label is shown as the
outlet writes it, with the name, in one unbroken stretch of its sentence: never words taken from two places. An appositive
ends at its first comma, bracket or relative pronoun ("…, which represents about 1,100 of the plant's hourly workers" is
another statement); one that is a number ("James Whitaker, 58") or a list of names ("Only three council members —
Grace Chen, Luis Moreno and Tamara Wells") is no label.
"""

from __future__ import annotations

from typing import Any, Sequence

from framediff.frame.speech_words import HUMAN_ROLES
from framediff.frame.voice import article_quotes, sentence_quotes

_DROP_FRONT = frozenset(("det", "poss", "case", "predet", "punct", "cc"))
_ENDS = frozenset((",", ";", ":", "(", ")", "—", "–", "--", "who", "which", "that", "whose", "whom"))
# Nouns for a person beyond the speakers' roles (HUMAN_ROLES), and the endings of nouns for doers ("epidemiologist",
# "supporter", "nominee"): an appositive headed by another noun is no label ("… gives Mr. Bowdich and the F.B.I. director,
# Christopher A. Wray, a chance to move beyond …", where the parser reads "a chance" as Wray's appositive)
_PEOPLE = frozenset("boss aide hero chief head expert rival heir widow widower member figure favorite favourite".split())
# nouns with a doer's ending that name no person ("James Whitaker, a matter of weeks before the strike": a second reader's)
_THINGS = frozenset("""matter number order letter border water paper quarter center centre corner power error factor sector
    floor door mirror meter metre chapter offer river summer winter weather shelter charter cancer computer theater theatre
    monitor motor tractor trailer tower filter barrier layer ledger register parameter character behavior behaviour""".split())
_NEGATION = frozenset(("not", "no", "never", "hardly"))
_KIN = frozenset("""son sons daughter daughters father mother wife husband brother sister grandfather grandmother grandson
    granddaughter nephew niece cousin uncle aunt widow widower stepson stepdaughter father-in-law son-in-law""".split())
_QUANTIFIERS = frozenset("every each any no some all many few most several".split())
_DOERS = ("er", "or", "ist", "ant", "ent", "man", "woman", "ee", "ian", "ive", "at")
_PLAIN = frozenset(("NOUN", "ADJ", "PROPN", "VERB", "ADV", "NUM"))


Labelled = dict[str, dict[str, list[tuple[frozenset[str], str, str]]]]


def labelled(articles: Sequence[Any], people: dict[str, dict[str, set[str]]]) -> Labelled:
    """Surname -> article -> (the label's words, lower case; the labelled phrase as written; its sentence) for every
    mention of a full-name form of ``people`` (surname -> article -> forms) outside quotation marks. A mention with no
    label gives no record."""
    wanted = _mentions(articles, people)
    if not wanted:
        return {}
    from framediff.language.parser import parse

    texts = sorted({text for _, _, text, _, _ in wanted})
    docs = dict(zip(texts, parse(texts)))
    out: Labelled = {}
    for surname, article, text, at, form in wanted:
        found = label(docs[text], at, at + len(form))
        if found is KIN:
            out.setdefault(surname, {})[KIN_KEY] = []  # named by kin: maybe another of the name (given_names reads no further)
        elif found is not None:
            words, phrase = found
            out.setdefault(surname, {}).setdefault(article, []).append((words, phrase, text))
    return out


def label_sentences(articles: Sequence[Any], people: dict[str, dict[str, set[str]]]) -> list[str]:
    """The sentences :func:`labelled` parses, so that they are asked for ahead (:mod:`framediff.language.parser`)."""
    return sorted({text for _, _, text, _, _ in _mentions(articles, people)})


def _mentions(articles: Sequence[Any], people: dict[str, dict[str, set[str]]]) -> list[tuple[str, str, str, int, str]]:
    """(surname, article, sentence, start of the form in it, form) of every mention of a full-name form of ``people``
    outside quotation marks and headlines."""
    wanted: list[tuple[str, str, str, int, str]] = []
    for article in articles:
        spans = article_quotes(article)
        forms = [(surname, form) for surname, by in people.items() for form in by.get(article.id, ())]
        if not forms:
            continue
        for sentence in article.sentences:
            if sentence.kind == "headline":
                continue  # a headline's capitals and clipped words make no phrase to read a label from
            quoted = sentence_quotes(spans, sentence)
            for surname, form in forms:
                at = sentence.text.find(form)
                while at >= 0:
                    if not any(a <= at < b for a, b in quoted):
                        wanted.append((surname, article.id, sentence.text, at, form))
                    at = sentence.text.find(form, at + 1)
    return wanted


KIN: tuple[frozenset[str], str] = (frozenset(("kin",)), "")  # what :func:`label` gives a label of kinship
KIN_KEY = ""  # the article key under which :func:`labelled` marks a surname some outlet names by kinship


def label(doc: Any, start: int, end: int) -> tuple[frozenset[str], str] | None:
    """The label on the name at characters ``start`` to ``end`` of a parsed sentence: its words (lower case) and the
    labelled phrase as written, or None where the name stands bare."""
    tokens = [t for t in doc if start <= t.idx < end]
    if not tokens:
        return None
    first, root = tokens[0], tokens[-1]
    if root.dep_ == "nsubj" and root.head.dep_ in ("relcl", "acl") and root.head.i > root.i:
        return None  # "Every worker Carla Mendes spoke to", "The man union boss Carla Mendes blames": the noun is another's
    if root.ent_type_ != "PERSON" or (root.dep_ == "compound" and root.head.i > root.i and root.head.pos_ == "NOUN"):
        return None  # "the 9-acre Mat Maid complex": a place or a body whose name reads as a person's (a blind judge's)
    if any(c.dep_ == "conj" for c in root.children) or root.dep_ == "conj":
        return None  # one of a list of names: the words before it are the list's
    if any(e.start <= root.i < e.end and e.start < first.i for e in doc.ents if e.label_ == "PERSON"):
        return None  # the form is the end of a longer name ("Lt. Gen. Belkhir El Farouk" is no "Belkhir" label on "El Farouk")
    found: tuple[list[Any], int, int] | None = None
    before = _before(doc, first, root)
    after = _after(doc, root) if before is None else None
    head = _head_before(doc, first, root) if before is None and after is None else None
    if before is not None and _starts_clear(doc, before[0]):
        found = before, before[0].idx, end
    elif after is not None:
        found = after, start, after[-1].idx + len(after[-1].text)
    elif head is not None and _starts_clear(doc, head[0]):
        found = head, head[0].idx, end
    if found is None:
        return None
    phrase = _whole(doc.text, found[1], found[2])
    if _half_quoted(phrase):
        return None  # a quotation the label opens or closes and does not hold whole
    if any(t.lower_ in _KIN for t in found[0]):
        return KIN  # "the chief executive's son": the person is named by another, who may share the name (a second reader's)
    return _words(found[0]), phrase


def _starts_clear(doc: Any, start: Any) -> bool:
    """Whether a label's first word is its first: the word before it is no adjective or noun the parser may have cut off
    ("to assail presumptive GOP nominee Donald Trump", whose "presumptive" it read as the verb's, gave "GOP nominee
    Donald Trump", a label HuffPost never wrote: a blind judge's), nor the end of a hyphenated word."""
    if start.i == 0:
        return True
    before = doc[start.i - 1]
    if before.text == "-" or (before.text == "–" and not before.whitespace_):
        return False  # the end of a hyphenated word ("re-hired attorney", "co - founder Andrew Feldman": no "founder")
    return not (before.pos_ in ("ADJ", "NOUN", "PROPN", "NUM", "ADV") and before.is_alpha)  # "then union boss": not "union boss"


_MARKS = "\"“”"


def _half_quoted(text: str) -> bool:
    return sum(text.count(m) for m in _MARKS) % 2 == 1


def _whole(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with the quotation mark that opens a word of it ('the "Crooked" Hillary Clinton' gives
    '"Crooked" Hillary Clinton', never 'Crooked" Hillary Clinton')."""
    if _half_quoted(text[start:end]) and start > 0 and text[start - 1] in _MARKS:
        start -= 1
    return text[start:end]


def _a_person(noun: Any) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in HUMAN_ROLES or lemma in _PEOPLE or (lemma.endswith(_DOERS) and lemma not in _THINGS)


def _before(doc: Any, first: Any, root: Any) -> list[Any] | None:
    """The words before the name in its noun phrase ("Brightwell's fat-cat boss"), without its determiner."""
    chunk = next((c for c in doc.noun_chunks if c.start <= root.i < c.end), None)
    if chunk is None or chunk.start >= first.i:
        return None
    words = _trimmed(list(doc[chunk.start : first.i]))
    if any(t.lower_ in _QUANTIFIERS for t in doc[chunk.start : first.i]) or _folded(doc, chunk.start, words):
        return None  # "Every worker Carla Mendes spoke to": the phrase is the workers', not hers
    if any(t.pos_ == "CCONJ" or t.text in (",", ";") or t.tag_ in ("VBD", "VBZ", "VBP") or t.ent_type_ in ("DATE", "TIME")
           for t in words):
        return None  # two people ("President Barack Obama and House Speaker John Boehner"), a clause ("Why the Academy
        # Picked Ellen DeGeneres") or a day ("announced Monday Chief Executive James Whitaker …"), not one label
    return words if words and any(t.pos_ in _PLAIN and t.is_alpha for t in words) else None


def _after(doc: Any, root: Any) -> list[Any] | None:
    """An appositive after the name, a common noun at its head ("president of United Steelworkers Local 1124"), to its
    first comma, bracket or relative pronoun."""
    if sum(1 for c in root.children if c.dep_ == "appos" and c.i > root.i) > 1:
        return None  # "Paul Lee, president, ABC Entertainment Group": the label runs over two commas, and the first is half
    for child in root.children:
        if child.dep_ != "appos" or child.i <= root.i or child.pos_ != "NOUN" or not _a_person(child):
            continue
        if not (root.i + 1 < len(doc) and doc[root.i + 1].text == ","):
            continue
        if doc[root.i + 2].lower_ in _NEGATION or any(t.text in _MARKS for t in doc[root.i + 2 : child.right_edge.i + 1]):
            return None  # "James Whitaker, not a man who …"; '…, "the worst boss in America," according to the union': none his
        words = []
        for t in doc[root.i + 2 : child.right_edge.i + 1]:
            if t.lower_ in _ENDS or (t.text == "-" and (t.whitespace_ or doc[t.i - 1].whitespace_)):
                if t.text == "," and t.i + 1 <= child.right_edge.i and doc[t.i + 1].lower_ not in _ENDS:
                    return None  # "Paul Lee, president, ABC Entertainment Group": the comma cuts the label, it does not end it
                break  # a dash, not the hyphen of "three-hour"; a relative clause ("…, which represents …")
            words.append(t)
        while words and words[-1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
            words.pop()
        if words and any(t.i == child.i for t in words):
            return words
    return None


def _head_before(doc: Any, first: Any, root: Any) -> list[Any] | None:
    """The noun phrase the name stands in apposition to, right before it or before a comma and it ("the railway's
    spokesman, Marco Bundi", "Brightwell's fat-cat boss Jim Whitaker"), without its determiner."""
    head = root.head
    if root.dep_ not in ("appos", "compound") or head.i >= first.i or head.pos_ != "NOUN" or not _a_person(head):
        return None
    if not (head.i == first.i - 1 or (head.i == first.i - 2 and doc[first.i - 1].text == ",")):
        return None  # the phrase ends right before the name, or before a comma and the name ("fat-cat boss Jim Whitaker")
    chunk = next((c for c in doc.noun_chunks if c.start <= head.i < c.end), None)
    if chunk is None:
        return None
    words = list(doc[chunk.start : head.i + 1])
    if any(t.lower_ in _QUANTIFIERS for t in words) or _folded(doc, chunk.start, words):
        return None  # "Every worker Carla Mendes spoke to": the workers she spoke to, not her label (a second reader's)
    return _trimmed(words) or None


def _folded(doc: Any, start: int, words: list[Any]) -> bool:
    """Whether a noun phrase may hold the object of the word before it: a preposition or subordinator with no object of
    its own, before an article and three common nouns or more ("Minutes after the announcement union boss Carla Mendes
    called a strike vote", with no comma, gave the label "announcement union boss": a second reader's). "After union boss Carla Mendes
    spoke" keeps its label; "after the state party chairman Carla Mendes spoke" is not read, for it cannot be told apart."""
    if start == 0 or sum(1 for t in words if t.pos_ == "NOUN") < 3 or doc[start].lower_ not in ("the", "a", "an"):
        return False  # a phrase with no article opens where it opens: "After transit workers union boss Carla Mendes …"
    before = doc[start - 1]
    return before.pos_ in ("ADP", "SCONJ") and not any(c.dep_ in ("pobj", "pcomp") for c in before.children)


def _trimmed(words: list[Any]) -> list[Any]:
    """A noun phrase's words without the determiner, pronoun or mark that opens it; a possessor stays ("Brightwell's")."""
    while words and (words[0].dep_ in _DROP_FRONT - {"poss"} or words[0].pos_ in ("DET", "PRON", "PUNCT")):
        words = words[1:]
    return words


def _words(tokens: list[Any]) -> frozenset[str]:
    """What a label says of the person: its nouns, adjectives, verbs and names in lower case, titles written out ("Rep." is
    representative, "U.S." us), so that labels that differ only by capitals or punctuation are one ("Troy Police Chief"
    and "the Troy police chief,", a blind judge's; "House Majority Leader" and "House majority leader"); "Mayor" and
    "Embattled Mayor" are two. Read from the words alone, not from entity types the parser gives one phrase and not
    another."""
    plain = [(t.lower_.replace(".", ""), t) for t in tokens]
    return frozenset(_TITLES.get(w, w) for w, t in plain if w.isalpha() and t.pos_ in ("NOUN", "ADJ", "VERB", "PROPN"))


_TITLES = {"rep": "representative", "reps": "representatives", "sen": "senator", "sens": "senators", "gov": "governor",
           "atty": "attorney", "pres": "president", "gen": "general", "lt": "lieutenant", "sgt": "sergeant", "capt": "captain",
           "prof": "professor", "dr": "doctor", "supt": "superintendent", "congresswoman": "representative",
           "congressman": "representative", "col": "colonel", "maj": "major", "adm": "admiral", "cmdr": "commander",
           "brig": "brigadier", "st": "saint"}

"""Who speaks a quote: the subject of its speech verb, read from spaCy's dependency parse and entities.

The speaker is the grammatical subject of a verb of speaking (said, told, asked, wrote, added, tweeted, …) or the object
of "according to": a person, an organisation or a role ("a WeWork spokesperson"). It is never a place, a building, a
law, a product or platform, a work, a date, nor whoever is told (the object of "told"). Titles are stripped ("Rep.
Darrell Issa" is Darrell Issa); "he" and "she" are the person the text last made the subject of a verb; a document that
speaks ("the statement said") is its author when the text gives one ("Trump's statement", "a statement from the
campaign"), and nobody otherwise. spaCy is imported only when a quote needs a speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Sequence

from framediff.aligning.language_free import SURNAME_PARTICLES
from framediff.frame.misread import after_title, entity_at, given_named, name_cut, particles_before, portfolio_holder, work_speaks
from framediff.frame.speech_words import (
    ALSO_TAKEN,
    BRAGGING,
    after_quotation,
    opens_quotation,
    BODIES as _BODIES,
    DOCUMENTS as _DOCUMENTS,
    HUMAN_ROLES,
    ISSUING as _ISSUING,
    LAWS as _LAWS,
    NEVER_SPEAK as _NEVER,
    NOBODY as _NOBODY,
    OFFICERS as _OFFICERS,
    ORG_WORD as _ORG_WORD,
    PLATFORMS as _PLATFORMS,
    POSSESSIVE_END as _POSSESSIVE_END,
    PRONOUNS as _PRONOUNS,
    SPEECH_LEMMAS,
    clean_name,
)

if TYPE_CHECKING:
    from framediff.language.records import Doc, Span, Token


def is_speech_verb(token: "Token") -> bool:
    """A verb of speaking; "continue" only when it goes on speaking ("…,” he continued), not when it goes on doing
    something ("continued to spend campaign funds … despite warnings about “questionable purchases”")."""
    if not (token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in SPEECH_LEMMAS):
        return False
    if token.lemma_.lower() in ALSO_TAKEN and not after_quotation(token):
        return False  # 'Kessler snorted "at least two lines of cocaine"': what he took, not what he said (a second reader's)
    if token.lemma_.lower() in BRAGGING and not (after_quotation(token) or opens_quotation(token)):
        return False  # 'Okafor bragged about an editorial that called the subsidy "…"': the editorial's words (a second reader's)
    return token.lemma_.lower() != "continue" or not any(c.dep_ in ("xcomp", "dobj") for c in token.children)


def written_name(token: "Token") -> str:
    """A name as the text writes it: the proper nouns before ``token`` that compound with it, and ``token``, with what
    stands between them ("Campa-Najjar", not "Campa Najjar"), unless something other than a hyphen, an apostrophe, a
    point or a space does."""
    parts = sorted([*[c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"], token], key=lambda t: t.i)
    doc, k = token.doc, parts[0].i - 1
    while k > 0 and doc[k].text in SURNAME_PARTICLES:
        k -= 1
    if k < parts[0].i - 1 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        parts = [doc[k], *parts]  # "Bas van den Tillaar", whose particles the parser reads as words of their own
    written = doc.text[parts[0].idx : token.idx + len(token.text)]
    return written if re.fullmatch(r"[\w\s.’'-]+", written) else " ".join(t.text for t in parts)


def _role(token: "Token") -> str | None:
    """A noun phrase that names a speaker without a name: "a WeWork spokesperson", "the legislator"."""
    keep = [t for t in token.lefts if t.dep_ in ("det", "amod", "compound", "nmod", "nummod", "poss", "case") and t.i >= token.left_edge.i]
    tokens = sorted([*keep, token], key=lambda t: t.i)
    # a whole left modifier subtree for compounds and possessives ("Israel's defense ministry")
    words: list[Token] = []
    for t in tokens:
        # a whole modifier, not its last word: "the Mexican-born journalist", "a former Republican National Committee aide"
        whole = t.i != token.i and (t.dep_ in ("poss", "compound") or (t.dep_ in ("amod", "nmod") and len(list(t.subtree)) <= 6))
        words.extend(t.subtree if whole else [t])
    words = sorted(set(words), key=lambda t: t.i)
    text = "".join(t.text_with_ws for t in words).strip()
    if re.match(r"(?:The|A|An|One|Another)\s", text):
        text = text[0].lower() + text[1:]  # "The spokesman", at a sentence's start, is "the spokesman" anywhere
    return text or None


def speaker_of(token: "Token", resolve: "Resolver | None" = None) -> str | None:
    """The speaker named by ``token`` (a verb's subject, the object of "according to"), or None when it names none."""
    named = _named(token, resolve)
    return (portfolio_holder(token, named) if token.pos_ == "PROPN" else None) or named


def _named(token: "Token", resolve: "Resolver | None" = None) -> str | None:
    lower = token.text.lower()
    if lower in _PRONOUNS:
        return resolve(token) if resolve else None
    if lower in _NOBODY or token.pos_ in ("PRON", "NUM", "DET"):
        if token.dep_ in ("nsubj",) and lower in ("who", "that") and token.head.dep_ == "relcl":
            return speaker_of(token.head.head, resolve)  # "Issa, who said": the noun the clause describes
        return None
    if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in _LAWS and token.text != "Bill":
        return None
    entity = entity_at(token)

    if entity is not None:
        if entity.text.lower() in _PLATFORMS:
            return None
        if entity.label_ in _NEVER:
            # the small model calls some surnames places or works ("Brat told Hannity", "said Bam", a twenty-fourth trial's "Okafor
            # told Reed"): a name the article gives in full, or after a title, is that person's, the entity alone or over its verb
            misread = len(entity) == 1 or entity.start <= token.head.i < entity.end
            if token.pos_ == "PROPN" and misread and resolve is not None and resolve.knows(token.text):
                k = particles_before(token, token.i)  # "von der Leyen" as the one full name the article gives, not "Leyen"
                return (resolve.full_name(token.text) or token.doc[k : token.i + 1].text) if k < token.i else token.text
            if (named := name_cut(entity, token) or after_title(entity, token)) is not None:
                return named
            if token.pos_ == "PROPN" and resolve is not None and resolve.knows(token.text) and (given := given_named(entity, token)):
                return given  # "Helen Park said", read as a park, where the article names a person of that surname
            return work_speaks(entity, token)
        if entity.label_ == "NORP" and token.tag_ == "NNP" and any(
                c.dep_ in ("det", "nummod") and c.lower_ in ("the", "a", "an", "one") for c in token.children):
            return _role(token)  # "the Arizona Republican", "one Democrat": a person by party, not the party
        if entity.label_ in ("PERSON", "ORG", "NORP"):
            name = clean_name(entity.text) if entity.label_ == "PERSON" else _POSSESSIVE_END.sub("", entity.text).strip()
            if entity.label_ == "ORG" and token.i == entity.end - 1 and entity.start > 0 and token.doc[entity.start - 1].lower_ == "the":
                name = "the " + name if not name.lower().startswith("the ") else name
            return name or None
    if token.text.lower() in _PLATFORMS:
        return None
    # an appositive that names the person: "the aide, Zohar Palti, told"
    if (named := _appositive_name(token)) is not None:
        return named
    if token.lemma_.lower() in _DOCUMENTS:
        author = _author(token, resolve)
        if author is None and resolve is not None and any(c.lower_ in ("the", "that", "this") for c in token.children):
            author = resolve.author_of(token.lemma_.lower())  # "the statement continued": whose statement the text named
        return author
    if token.pos_ == "PROPN" and (token.text[:1].islower() or token.text in _OFFICERS):  # "one neo-bank CEO told me"
        return _role(token)
    if token.pos_ == "PROPN" and token.text[:1].islower():  # "Israel's defense ministry": the small model's PROPN
        return _role(token) if _speaks_by_role(token) else None
    if token.pos_ == "PROPN" and token.text[:1].isupper() and entity is None and (
            any(c.dep_ == "poss" for c in token.children) or any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)):
        return _role(token)  # "the U.S. Attorney’s Office", "the DNC Communications Director": an office or post, as written
    if token.pos_ == "PROPN" and any(c.dep_ == "poss" for c in token.children) and token.text[:1].isupper():
        return _role(token)  # "the U.S. Attorney’s Office": the office, with whose it is
    if token.pos_ == "PROPN":
        if entity is not None:
            return None  # a proper name of a kind that does not speak
        name = clean_name(written_name(token))
        return name if name[:1].isupper() and name.lower() not in _PLATFORMS else None
    if token.pos_ == "NOUN" and _speaks_by_role(token):
        if token.dep_ == "appos" and token.head.pos_ == "PROPN" and (named := speaker_of(token.head, resolve)) and named[:1].isupper():
            return named  # "Ms. Lauten — a former committee aide who describes herself": the person the role describes
        return _role(token)
    if token.pos_ == "NOUN" and token.text[:1].isupper() and token.text[1:].islower() and (
            _inside_sentence(token) or (resolve is not None and resolve.knows(token.text))):
        # a capitalised word the tagger took for a noun, inside the sentence ("…,” Suthers said) or a surname the
        # article gives a person in full ("Lauten later apologized")
        return token.text
    return None


def _speaks_by_role(token: "Token") -> bool:
    """A common noun that can speak: a person by office or part, or a body of people ("the legislator", "a WeWork
    spokesperson", "the campaign"); not "the line", "the bill", "the plan"."""
    lemma = token.lemma_.lower()
    return lemma in HUMAN_ROLES or lemma in _BODIES or token.lower_ in _BODIES or bool(re.search(r"(?:person|man|woman|people)$", lemma))


def _appositive_name(token: "Token") -> str | None:
    """The name an appositive gives a noun: "the minister, Ana Ruiz, said", "Her rival, Tom Berg, conceded"; not the
    name of a programme ("the Obama-era program — Deferred Action for Childhood Arrivals — is")."""
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            if re.fullmatch(r"[DRI]-[A-Z][\w.]*", "".join(t.text for t in child.subtree)):
                continue  # a party tag, "(D-Nev.)"
            ent = entity_at(child)
            if ent is not None and ent.label_ in _NEVER | {"NORP"}:
                continue
            if token.pos_ == "NOUN" and not _speaks_by_role(token) and (ent is None or ent.label_ != "PERSON"):
                continue  # a noun that is no person, named by something that is no person's name
            words = [*[c for c in child.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"], child]
            name = clean_name(ent.text if ent is not None and ent.label_ == "PERSON" else " ".join(w.text for w in words))
            if name[:1].isupper():
                return name
    if token.pos_ == "NOUN" and _speaks_by_role(token):
        # "A spokesman for Mr. Hunter, Michael Harrison, said": the parser hangs the name on the person spoken for, who is
        # named already; the appositive names the spokesman
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "to"):
                for obj in prep.children:
                    appos = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
                    ent = entity_at(appos) if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and appos is not None else None
                    if ent is not None and ent.label_ == "PERSON" and (name := clean_name(ent.text))[:1].isupper():
                        return name
    return None


def _inside_sentence(token: "Token") -> bool:
    """Not the first word of its sentence, nor the first inside an opening quotation mark."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1].text
    if before in ("“", "‘", "("):
        return False
    return before != '"' or (token.i > 1 and token.doc[token.i - 2].text in (",", "?", "!", ".", "…"))


def _author(document: "Token", resolve: "Resolver | None") -> str | None:
    """Who wrote a document that speaks: "Trump's statement", "a statement from the campaign", "a letter by Issa"."""
    for child in document.children:
        if child.dep_ == "poss":
            return speaker_of(child, resolve)
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() not in _DOCUMENTS:
                    return speaker_of(obj, resolve)
    return None


def _medium(document: "Token") -> bool:
    """Whether a document is the speaker's own: what they spoke through ("said in a statement") or put out ("filed a
    lawsuit"), not what they spoke about ("said the lawsuit was without merit", "will defend against the lawsuit")."""
    head = document.head
    if document.dep_ == "pobj" and head.lower_ in ("in", "on", "via", "through", "by") and is_speech_verb(head.head):
        return True
    if document.dep_ == "nsubj" and is_speech_verb(head):
        return True  # the same document spoke there ("said the statement from Grimm's attorney")
    return document.dep_ == "dobj" and head.lemma_.lower() in _ISSUING


# People a story meets without a name or office: a subject the pronoun after it stands for, never a named speaker before
_UNNAMED = frozenset("""fan witness survivor passenger neighbor neighbour supporter spectator bystander victim worker employee
    customer patient parent relative driver shopper commuter pilot miner firefighter protester demonstrator onlooker""".split())

class Resolver:
    """Resolves "he" and "she" to the person the text last made the subject, reading back from the pronoun."""

    def __init__(self, docs_before: "Iterable[tuple[Doc, Sequence[tuple[int, int]], str | None]]", inside: Sequence[tuple[int, int]] = (),
                 known: Sequence[str] = (), genders: dict[str, str] | None = None, offices: dict[str, str] | None = None) -> None:
        # earlier sentences with their quoted ranges and the speaker already found there, nearest last; parsed only
        # when a pronoun needs them
        self._docs = docs_before
        self._inside = inside
        self._known = known
        self._genders = genders or {}
        self._offices = offices or {}

    def _agrees(self, name: str, pronoun: "Token") -> bool:
        gender = self._genders.get(name.split()[-1]) if name else None
        return gender is None or gender == _gender_of(pronoun)

    def knows(self, surname: str) -> bool:
        """Whether the article names a person with this surname in full ("Dave Brat")."""
        return any(k.split()[-1] == surname for k in self._known)

    def full_name(self, surname: str) -> str | None:  # the one person of this surname the article names in full, or None
        found = {k for k in self._known if k.split()[-1] == surname}
        return found.pop() if len(found) == 1 else None

    def author_of(self, document: str) -> str | None:
        """Who put out the ``document`` the nearest earlier sentence that names one names: that sentence's speaker where it
        quotes ("said in a statement"), else the subject of the verb it was put out with ("The club confirmed the decision
        in a statement"); None where that sentence names another's or no one's ("Warnock thanked supporters in a statement
        of his own", "A statement from the league followed": a second reader's), not an older sentence's."""
        for d, _, speaker in reversed(list(self._docs)):
            named = [t for t in d if t.lemma_.lower() == document]
            if not named:
                continue
            media = [t for t in named if _medium(t)]
            if speaker and media:
                return speaker
            for t in named:  # no quotation there: who put it out
                verb = t.head.head if t.dep_ == "pobj" else t.head
                if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
                    verb = verb.head  # "The club confirmed the decision in a statement": the parser hangs it on "decision"
                if not (t in media or (t.dep_ == "pobj" and t.head.lower_ in ("in", "via", "through") and is_speech_verb(verb))):
                    continue  # not "Smith cited a report by the GAO": the report is the GAO's
                if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("of", "from", "by")) for c in t.children):
                    return None  # "a statement of his own", "the league's statement": whose, that sentence says
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.lemma_.lower() not in _DOCUMENTS and (found := speaker_of(subject)):
                    return found
            return None
        return None

    def __call__(self, pronoun: "Token") -> str | None:
        here = [t for t in pronoun.doc if t.i < pronoun.i and not _within(t, self._inside)]
        earlier = [([t for t in d if not _within(t, inside)], speaker) for d, inside, speaker in reversed(list(self._docs))]
        for tokens, speaker in [(here, None), *earlier]:
            if speaker and speaker[:1].isupper() and self._agrees(speaker, pronoun):
                return speaker  # the subject of the speech verb there, a pronoun already resolved included
            # the subject of the main clause first ("Fox isn't worried that Trump will win … he said" is Fox)
            ordered = sorted(reversed(tokens), key=lambda t: not _main_clause(t))
            first = next((t for t in tokens if t.dep_ in ("nsubj", "nsubjpass")), None)
            if first is not None and first.lower_ in _PRONOUNS and _main_clause(first) and _same_pronoun(first, pronoun):
                continue  # "He said Grassley would …": the sentence goes on about whoever "he" is; look further back
            for t in ordered:
                if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in _PRONOUNS:
                    entity = entity_at(t)
                    if t.pos_ == "PROPN" and self.knows(t.text) and (entity is None or entity.label_ != "PERSON"):
                        # "Delaney rejected the charge.": a surname of a person the article names in full, whatever the
                        # recogniser took it for (a law, a place)
                        if self._agrees(t.text, pronoun):
                            return t.text
                    elif t.pos_ == "NOUN" and t.lemma_.lower() in _DOCUMENTS:
                        # "Mr. Mattis's letter did not …": a document stands for its author
                        author = next((speaker_of(c) for c in t.children if c.dep_ == "poss"), None)
                        if author and author[:1].isupper() and self._agrees(author, pronoun):
                            return author
                    elif entity is not None and (entity.label_ == "PERSON" or (entity.label_ == "ORG" and _name_like(entity))):
                        name = clean_name(entity.text)
                        if self._agrees(name, pronoun):
                            return name
                    elif t.pos_ == "PROPN" and (entity is None or entity.label_ not in _NEVER | {"ORG", "NORP"}):
                        # a name the recogniser missed ("Felipe Calderon, who was president of Mexico, has dismissed")
                        name = clean_name(written_name(t))
                        if name[:1].isupper() and name.lower() not in _PLATFORMS and self._agrees(name, pronoun):
                            return name
                    elif t.pos_ == "NOUN" and t.text[:1].isupper() and any(t.text == k.split()[-1] for k in self._known):
                        if self._agrees(t.text, pronoun):  # "Lauten later apologized": a surname the tagger took for a noun
                            return t.text
                    elif t.pos_ in ("NOUN", "PROPN") and (named := _appositive_name(t)) is not None:
                        # "Mr. Okafor's mother, Grace Okafor, … she said": the role says whose gender it is, not the surname
                        if self._agrees(named, pronoun) or _gendered(t.lemma_.lower()) == _gender_of(pronoun):
                            return named
                    elif t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in _UNNAMED and _main_clause(t):
                        # "Another fan, who asked not to be named, told the Clarion …  “…,” he said": that fan, not the
                        # person a quotation before named (a nineteenth trial's tabloid). One that only did something ("A
                        # neighbour heard shouting and ran outside", "The victim was pronounced dead") may or may not be
                        # the speaker: nobody is named, never the person before them (a second reader's cases). One in a
                        # clause ("when a supporter fell") is passed over.
                        speaks = is_speech_verb(t.head) and _gendered(t.lemma_.lower()) in (None, _gender_of(pronoun))
                        return _role(t) if speaks else None
                    elif t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in HUMAN_ROLES:  # one person, not "lawmakers"
                        # "the liberal icon justice": the one person the article calls Justice, else nobody named
                        # "the president … he said": the one person the article calls President; else the role itself
                        # ("the Fox News host urged … he declared")
                        holder = self._offices.get(t.lemma_.lower())
                        if holder:
                            return holder if self._agrees(holder, pronoun) else None
                        return _role(t) if _gendered(t.lemma_.lower()) in (None, _gender_of(pronoun)) else None
            subjects = any(t.dep_ in ("nsubj", "nsubjpass") for t in tokens)
            if speaker is None and not subjects and any(t.ent_type_ == "PERSON" for t in tokens):
                # a sentence that names a person where the parse shows no subject ("Speaking to supporters in Port
                # Casimir, Marisol Cárdenas, the first minister, said:", read as a conjunct of the place): the pronoun may
                # be that person, and a speaker further back is a guess (a forty-sixth trial's broadsheet gave her "She
                # promised …" to the returning officer named two sentences before)
                return None
        return None


def _gendered(role: str) -> str | None:
    """ "m" or "f" for a role noun that says it ("spokeswoman", "congressman"), else None."""
    if re.search(r"(?:woman|wife|mother|daughter|actress|girl|queen)$", role):
        return "f"
    if re.search(r"(?:man|husband|father|son|boy|king)$", role):
        return "m"
    return None


def _gender_of(pronoun: "Token") -> str:
    return "m" if pronoun.lower_ in ("he", "him") else "f"


def _same_pronoun(a: "Token", b: "Token") -> bool:
    return _gender_of(a) == _gender_of(b)


def _main_clause(token: "Token") -> bool:
    head = token.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "ROOT"


def _name_like(entity: "Span") -> bool:
    """An entity the small model calls an organisation that reads as a person's name ("Felipe Calderon", "Trump")."""
    return (len(entity) <= 3 and all(t.pos_ == "PROPN" for t in entity) and not _ORG_WORD.search(entity.text)
            and not (entity.start > 0 and entity.doc[entity.start - 1].lower_ == "the") and not entity.text.isupper())


def colon_subject(doc: "Doc", before: int, resolve: "Resolver | None" = None) -> str | None:
    """The speaker of a quote introduced by a colon and no verb of speaking the parser sees ("Biden was quick to retort:
    “…”"): the subject of the clause before the colon, when it names a person."""
    # the main clause's subject; else, when the parser made the quote the main clause, the subject of a clause that
    # lies wholly before the colon ("Biden was quick to retort: “With all due respect, …”")
    subjects = [t for t in doc if t.idx < before and t.dep_ == "nsubj"]
    main = [t for t in subjects if _main_clause(t)]
    for t in main or [t for t in subjects if t.head.idx < before and t.head.dep_ != "relcl"][:1]:
        entity = entity_at(t)
        if t.lower_ in _PRONOUNS:
            return resolve(t) if resolve else None
        if entity is not None and (entity.label_ == "PERSON" or (entity.label_ == "ORG" and _name_like(entity))):
            return clean_name(entity.text)
    return None


def _within(token: "Token", inside: Sequence[tuple[int, int]]) -> bool:
    return any(a <= token.idx < b for a, b in inside)

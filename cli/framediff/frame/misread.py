"""Names the small English model misreads, and the speaker each is: a person cut at a particle ("Ursula von" and
"Leyen"), a titled person inside a place or a work ("Kessling Mayor Ruth Abernathy told"), a company taken for a work
("Great Lakes Southern said in a statement"). Read by :func:`framediff.frame.speakers.speaker_of`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from framediff.frame.speech_words import DOCUMENTS, PORTFOLIOS, TITLE, clean_name

if TYPE_CHECKING:
    from framediff.language.records import Span, Token

__all__ = ["after_title", "entity_at", "given_named", "name_cut", "particles_before", "portfolio_holder", "work_speaks"]


def entity_at(token: "Token") -> "Span | None":
    """The entity ``token`` is a word of, if any."""
    doc = token.doc
    return next((e for e in doc.ents if e.start <= token.i < e.end), None)


def name_cut(entity: "Span", token: "Token") -> str | None:
    """A name the small model cut at a particle, its last word taken for a place ("Ursula von" a person, "der", "Leyen" a
    place: a twenty-third trial's "Commission President Ursula von der Leyen told reporters" had no speaker): the person
    right before ``token``, with the particles between; not "Joe Biden Texas", where no particle is cut."""
    doc = token.doc
    if token.pos_ != "PROPN" or len(entity) != 1 or entity.start == 0 or doc[entity.start - 1].lower_ not in _PARTICLES:
        return None
    k = particles_before(token, entity.start)
    before = entity_at(doc[k - 1]) if k > 0 else None
    if before is None or before.label_ != "PERSON" or not all(before.start <= t.head.i <= token.i for t in doc[before.start : token.i]):
        return None  # no person, or the person's words are not a part of this name
    return clean_name(doc[before.start : token.i + 1].text) or None


def particles_before(token: "Token", at: int) -> int:  # where the particles of a name ("von der") right before ``at`` begin
    return at - next((n for n, k in enumerate(range(at - 1, -1, -1)) if token.doc[k].lower_ not in _PARTICLES), at)


_PARTICLES = frozenset("von der den van de du da di dos das del la le bin ibn al el ten ter zu".split())


def after_title(entity: "Span", token: "Token") -> str | None:
    """The person a title names inside an entity the small model took for a place or a work: an eighth trial's ""The water
    came faster than anyone predicted," Kessling Mayor Ruth Abernathy told reporters" (a WORK_OF_ART) had gone
    unattributed; and a twenty-ninth trial's "Norvale spokesperson Anika Shah said". The proper nouns after the last title
    or role, up to ``token``, one to three of them."""
    words = [t for t in entity if t.i <= token.i]
    last = max((n for n, t in enumerate(words[:-1]) if TITLE.match(t.text + " X") or t.text in _ROLES), default=None)
    rest = words[last + 1 :] if last is not None else []
    if 1 <= len(rest) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest) and rest[-1].lower_ not in _PLACES:
        return clean_name(" ".join(t.text for t in rest)) or None
    return None  # not a place named after a titled person: "the Queen Elizabeth Hospital said", "Prince George County"


# roles written in lower case between a body and a person's name ("Norvale spokesperson Anika Shah")
_ROLES = frozenset("spokesperson spokesman spokeswoman lawyer attorney analyst economist founder chairman chairwoman director "
                   "executive officer manager official".split())
_PLACES = frozenset("""hospital airport county causeway bridge street road avenue park center centre school university college
station square hall museum stadium port island lake river mountain church cathedral palace hotel memorial foundation
institute fund trust prize library clinic base camp city town district province state academy""".split())


def given_named(entity: "Span", token: "Token") -> str | None:
    """A person the small model took for a place because the surname is a place's word: a forty-fourth trial's "Helen Park,
    61, who led the study, said:" (a FAC) had gone unattributed. Two or three capitalised proper nouns ending at ``token``,
    the first a given name of the nicknames table, with no "the" before them. The caller asks, besides, that the article
    name a person of that surname (a person the model read as one elsewhere: "Jackson Park said" is a park's)."""
    from framediff.frame.given_names import known

    words = [t for t in entity if t.i <= token.i]
    if token.i != entity.end - 1 or not 2 <= len(words) <= 3 or (entity.start > 0 and token.doc[entity.start - 1].lower_ == "the"):
        return None
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha and not TITLE.match(t.text + " X") and t.text not in _ROLES
               for t in words) or not known(words[0].text):
        return None  # "Jackson Mayor Lumumba said": a title inside (a second reader's)
    return clean_name(" ".join(t.text for t in words)) or None


def work_speaks(entity: "Span", token: "Token") -> str | None:
    """A company the small model took for a work, the subject of a verb of speaking: a twenty-fifth trial's ""We are deeply
    sorry ...," Great Lakes Southern said in a statement" (a WORK_OF_ART) had gone unattributed. Two to four capitalised
    proper nouns ending at ``token``, the verb's subject, speaking through a document, not a title in quotation marks."""
    doc = token.doc
    if entity.label_ != "WORK_OF_ART" or token.i != entity.end - 1 or token.dep_ != "nsubj" or not 2 <= len(entity) <= 4:
        return None
    if entity.end < len(doc) and doc[entity.end].text in ('"', "”", "’", "'"):
        return None
    # it speaks through a document of its own ("said in a statement"), as a company does and a title does not: a second
    # reader's "Dirty Money says in its final episode"
    through = [o for p in token.head.children if p.dep_ == "prep" and p.lower_ in ("in", "through", "via")
               for o in p.children if o.dep_ == "pobj"]
    if not any(o.lemma_.lower() in DOCUMENTS for o in through):
        return None
    return entity.text if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in entity) else None


def portfolio_holder(token: "Token", named: str | None) -> str | None:
    """The person a title with its portfolio names, the subject of a verb of speaking, where the speaker read otherwise
    (``named``) is none, a bare title or a piece of the portfolio: a thirty-first trial's ""This is not charity,"
    EU Commissioner for International Partnerships Katarina Lindqvist told reporters" had "EU Commissioner" as its
    speaker, and "Secretary of State for Health Maria Lopez told" the body "State for Health Maria Lopez". The capitalised
    words after the portfolio's "for" run on into the name: the person the parser finds at their end, else the last word
    after a portfolio's word ("Foreign Affairs Wong"), else the last two of three or more. Not a staff member's principal
    ("Attorney for President Donald Trump", "Press Secretary for Governor Kathy Hochul": a second reader's)."""
    words = [t for t in token.doc[token.left_edge.i : token.i + 1]]
    if TITLE.match(token.text + " X"):  # "Commissioner for ... Lindqvist": the title is the subject
        pobj = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"), None)
        words = [t for t in token.doc[token.i : pobj.i + 1]] if pobj is not None and pobj.pos_ == "PROPN" else []
    at = max((n for n, t in enumerate(words) if t.lower_ == "for"), default=None)
    if at is None or not any(TITLE.match(t.text + " X") for t in words[:at]) or _staff(words[:at]):
        return None
    chain = words[at + 1 :]
    if (not chain or chain[-1].pos_ != "PROPN" or not all(t.text[:1].isupper() for t in chain)
            or any(TITLE.match(t.text + " X") for t in chain)):
        return None
    if named is not None and " for " not in named and not any(w.lower() in PORTFOLIOS for w in named.split()) and not all(
            TITLE.match(w + " X") or w.isupper() for w in named.split()):
        return None  # a name read whole already: "Minister for Defence Ng Eng Hen"
    person = next((e for e in token.doc.ents if e.label_ == "PERSON" and e.start > chain[0].i and e.end == chain[-1].i + 1), None)
    if person is not None:
        return clean_name(person.text) or None
    if len(chain) >= 2 and chain[-2].lower_ in PORTFOLIOS:
        return clean_name(chain[-1].text) or None
    return clean_name(" ".join(t.text for t in chain[-2:])) or None if len(chain) >= 3 else None


def _staff(title: "list[Token]") -> bool:  # "Attorney for", "Press Secretary for", "Chief of Staff for": speaks for another
    return bool(title) and (title[-1].lower_ in _STAFF or (len(title) > 1 and title[-2].lower_ == "press"))


_STAFF = frozenset("attorney lawyer counsel spokesman spokeswoman spokesperson aide adviser advisor staff".split())

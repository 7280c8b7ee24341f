"""How long something lasted, read from the English parse: "lasted 14 months", "the 18-month investigation", "after 14
months of talks". An outlet whose sentence gives the length of what a claim gives the length of has not shown that it
leaves the claim out, whatever the two sentences score: it may give the same fact with another figure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable, Sequence

from framediff.comparing.times_of_day import the_sentence

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment, Claim

# A length of time as news writes it: "14 months", "18-month", "two years", "a three-year", "six-week"
LENGTH = re.compile(r"\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                     r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a|an)[- ](?:and-a-half[- ])?"
                     r"(?:day|week|month|year|decade)s?\b", re.I)
# Verbs whose subject lasts the length they govern: "The investigation lasted 14 months", "The talks took two years"
_LASTING = frozenset("last take span run stretch drag continue".split())
# Nouns that news uses for one thing: the length of one is the length of the other
_ONE_THING = ({"talk", "negotiation"}, {"investigation", "probe", "inquiry"})
# What lasts, as a story tells it: processes and events with a length of their own. Not a person's years ("a 12-year
# veteran"), an office's term, a prison sentence, a contract, or a rate or a low ("the 30-year mortgage rate", "a 24-year
# low"), whose lengths tell apart things of one name (a second reader's: Whitmer's four-year term read as Duggan's)
_LASTING_THINGS = frozenset("""talk negotiation investigation probe inquiry trial search strike siege war campaign hearing
review audit shutdown lockout standoff occupation delay debate manhunt walkout blockade dispute stalemate""".split())
# Words that set a thing apart from another of its name: "A separate 18-month congressional inquiry" (a second reader's)
_ANOTHER = frozenset("separate another other earlier previous prior second first new later parallel".split())


def _thing(noun: str) -> frozenset[str]:
    return frozenset(next((group for group in _ONE_THING if noun in group), {noun}))


def lengths(doc: Any) -> list[tuple[frozenset[str], str, str, frozenset[str]]]:
    """The lengths of time a parsed sentence gives, each with the thing it is the length of (its noun and the nouns news
    uses for it), its words, the noun as written and the words that mark which one it is: "The 18-month congressional
    investigation" -> ({"investigation", "probe", "inquiry"}, "18-month", "investigation", {"congressional"}). Only what
    lasts as a process or an event does (:data:`_LASTING_THINGS`), and only lengths whose thing the parse shows: a length
    that modifies a noun, a length "of" a noun, or what a verb of lasting says of its subject; not a prison term
    ("sentenced to eight years"), nor a date ("in two years")."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or not LENGTH.fullmatch(re.sub(r"^(?:about|nearly|almost|more than|over|some|roughly) ", "",
                                                                 ent.text.lower())):
            continue
        root, noun = ent.root, None
        if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ == "NOUN":
            noun = root.head
        elif (of := next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)) is not None:
            noun = next((g for g in of.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        elif root.dep_ in ("npadvmod", "dobj", "attr") and root.head.pos_ == "VERB" and root.head.lemma_.lower() in _LASTING:
            verb = root.head
            noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
            if noun is None and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
                noun = verb.head  # "The 2024 strike, which lasted two months": what "which" stands for
        if noun is not None and noun.is_alpha and noun.lemma_.lower() in _LASTING_THINGS:
            out.append((_thing(noun.lemma_.lower()), ent.text, noun.text, _marks(noun, root)))
    return out


def _marks(noun: Any, length: Any) -> frozenset[str]:
    """The words that say which of its kind a thing is, beside its length: "FBI", "congressional", "separate", and a name
    or a year it is "of", "with" or "in" ("the six-week strike of 1986", "talks with New Zealand": a second reader's)."""
    marks = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i != length.i
             and (c.is_alpha or c.like_num) and c.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
             and c.lemma_.lower() not in ("month", "year", "week", "day")}
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "with", "in")):
        marks |= {g.lemma_.lower() for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NUM")}
    return frozenset(marks)


def one_of_a_kind(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Can two things of one name, marked ``ours`` and ``theirs``, be one: neither is set apart as another, and either
    neither is marked or a mark is shared ("a two-year FBI investigation" is not "an 18-month congressional inquiry",
    nor "The strike lasted 14 months" "the six-week strike of 1986")?"""
    if (ours | theirs) & _ANOTHER:
        return False
    return not (ours or theirs) or bool(ours & theirs)


def length_elsewhere(alignment: Alignment, claim: Claim, article: str, closest: int | None = None) -> str | None:
    """Why a low score does not show that ``article`` leaves the claim out: its closest sentence (``closest``), or one other
    of its sentences and only one, gives the length of what an English member of the claim gives the length of (a
    thirty-seventh trial's "The investigation into the sinking lasted 14 months" was "only here", nothing of the others
    coming near, though another outlet wrote "The 18-month investigation that preceded the trial relied heavily on
    footage ..."). Not a sentence other than the closest that states a claim other outlets carry: it tells that one.
    English only. None: no sentence does. The reason quotes the sentence and both lengths."""
    from framediff.reading.languages import is_english

    members = [alignment.sentence(m).text for m in claim.members
               if is_english(alignment.article(m.article).sentence_language(m.sentence))]
    members = [t for t in members if LENGTH.search(t)]
    own = alignment.article(article)
    joined = {m.sentence for c in alignment.claims if len(c.articles) > 1 for m in c.members if m.article == article}
    candidates = [s for s in own.sentences if is_english(own.sentence_language(s.index)) and LENGTH.search(s.text)
                  and (s.index == closest or s.index not in joined)]
    found = given_elsewhere(members, candidates, closest, lengths) if members else None
    if found is None:
        return None
    shown, written, given, noun = found
    one = "" if noun.endswith("s") else "an " if noun[:1].lower() in "aeiou" else "a "  # "of an investigation", "of talks"
    return f"{shown}, gives the length of {one}{noun} too, “{written}” ({given})"


Reading = list[tuple[Any, str, str, frozenset[str]]]  # (the thing's key, the value as written, the thing as written, marks)


def given_elsewhere(members: list[str], candidates: Sequence[Any], closest: int | None,
                    read: Callable[[Any], Reading]) -> tuple[str, str, str, str] | None:
    """Of an outlet's ``candidates`` (its sentences), the one that gives a value of the thing a member of a claim gives a
    value of, as ``read`` reads each parse (:func:`lengths`, :func:`~framediff.comparing.shares.shares`), neither thing
    set apart from the other by its marks (:func:`one_of_a_kind`): the ``closest`` sentence, or the only one that does.
    Returns ("its sentence #N, “…”", the value as written there, how the claim gives it, the thing as written), or None."""
    from framediff.language.parser import parse

    if not candidates:
        return None
    docs = parse([*members, *(s.text for s in candidates)])
    wanted = [value for doc in docs[: len(members)] for value in read(doc)]
    giving = [(s, words, ours, noun) for s, doc in zip(candidates, docs[len(members) :]) for thing, words, noun, marks in read(doc)
              for theirs, ours, _, our_marks in wanted if thing == theirs and one_of_a_kind(our_marks, marks)]
    at_closest = [g for g in giving if g[0].index == closest]
    if not at_closest and len({g[0].index for g in giving}) != 1:
        return None
    sentence, written, ours, noun = (at_closest or giving)[0]
    return the_sentence(sentence), written, "the claim's too" if written.lower() == ours.lower() else f"the claim “{ours}”", noun

"""Does a sentence deny what it states? Negation read on its main statement, not in a clause hung on it.

"LePage says he won't resign" and "LePage opens door to early exit" are a claim and its denial, and leads that
deny each other tell no one main event. "Lohan has checked into rehab, but the facility has not been approved"
states the check-in: its "not" belongs to the clause after "but", as "aren't" in "babies of parents who aren't
citizens" belongs to its relative clause and "wouldn't" in "blames Trump, hints he wouldn't support him" to the
second verb. A parse tells them apart: the negation must sit on the sentence's main verb, or on what that verb
reports ("says [he won't resign]"), or "no" on its subject or object ("has no plans to resign").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from framediff.language.records import Doc, Token

NEGATIONS = frozenset({"not", "never", "no", "nobody", "none", "nothing", "neither", "nor", "cannot"})
# "not only ... but also", "not just", "no doubt", "No. 2": negation words that deny nothing
_NOT_DENYING = frozenset({("not", "only"), ("not", "just"), ("not", "least"), ("no", "doubt"), ("no", "longer")})
# the main verb, and the statements it reports or governs
_MAIN = frozenset({"ROOT", "ccomp", "xcomp"})
# "no" and its kin as the subject, object or a modifier of the main verb
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "advmod", "neg"})
_NEGATIVE_WORDS = frozenset({"no", "nothing", "nobody", "none", "never"})


def negated(words: Sequence[str]) -> bool:
    """Do these lowercased ``words`` hold a negation (not, never, no, -n't...) anywhere?"""
    return any(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in words)


def _on_main(token: Token) -> bool:
    """Is ``token`` the main verb, or a statement it reports or governs (through ccomp and xcomp only)?"""
    while token.dep_ in ("ccomp", "xcomp"):
        token = token.head
    return token.dep_ == "ROOT"


def denies(doc: Doc) -> bool:
    """Does the main statement of a parsed sentence deny what it states?"""
    for t in doc:
        following = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if (t.lower_, following) in _NOT_DENYING or (t.lower_ == "no" and following[:1].isdigit()):
            continue
        if t.dep_ == "neg" and t.head.dep_ in _MAIN and _on_main(t.head):
            return True
        if t.lower_ in _NEGATIVE_WORDS:
            word = t.head if t.dep_ == "det" else t  # "no plans": the noun "no" determines
            if word.dep_ == "ROOT" or (word.dep_ in _ARGUMENTS and word.head.dep_ in _MAIN and _on_main(word.head)):
                return True
    return False


def denying(texts: Sequence[str], chosen: Sequence[int]) -> dict[int, bool]:
    """For the sentences ``chosen`` of ``texts``: does each deny what it states? A parse (spaCy) only when any is chosen."""
    if not chosen:
        return {}
    from framediff.language.parser import parse

    return {x: denies(doc) for x, doc in zip(chosen, parse([texts[x] for x in chosen]))}

"""Does a sentence deny what it states? Negation read on its main statement, not in a clause hung on it.

"LePage says he won't resign" and "LePage opens door to early exit" are a claim and its denial, and leads that
deny each other tell no one main event. "Lohan has checked into rehab, but the facility has not been approved"
states the check-in: its "not" belongs to the clause after "but", as "aren't" in "babies of parents who aren't
citizens" belongs to its relative clause and "wouldn't" in "blames Trump, hints he wouldn't support him" to the
second verb. A parse tells them apart: the negation must sit on the sentence's main verb, or on what that verb
reports ("says [he won't resign]"), or "no" on its subject or object ("has no plans to resign"). A verb of denial
denies the statement it governs ("denied that it knew", "denied having said that", "rejected claims that he betrayed
Democrats"), not a thing it names: "denied all wrongdoing and would appeal" states the appeal.
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
DENIAL_VERBS = frozenset({"deny", "dispute", "reject", "refute"})
# what a denial verb's object may be when the statement hangs on it: "rejected claims that ...", "disputed reports that ..."
_STATEMENT_NOUNS = frozenset({"claim", "report", "allegation", "suggestion", "notion", "accusation", "assertion"})


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
    return bool(denied(doc))


def denied(doc: Doc) -> frozenset[str]:
    """The lemmas of the verbs whose statement the main statement of a parsed sentence denies (none: it denies nothing):
    "will not seek re-election" gives "seek", "denied that it knew" gives "know"."""
    out = set()
    for t in doc:
        following = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if (t.lower_, following) in _NOT_DENYING or (t.lower_ == "no" and following[:1].isdigit()) or _named(doc, t):
            continue
        if t.dep_ == "neg" and t.head.dep_ in _MAIN and _on_main(t.head):
            out.add(t.head.lemma_.lower())
        elif t.lower_ in _NEGATIVE_WORDS:
            word = t.head if t.dep_ == "det" else t  # "no plans": the noun "no" determines
            if word.dep_ == "ROOT":
                out.add(word.lemma_.lower())
            elif word.dep_ in _ARGUMENTS and word.head.dep_ in _MAIN and _on_main(word.head):
                out.add(word.head.lemma_.lower())
        if t.lemma_.lower() in DENIAL_VERBS and t.pos_ == "VERB" and _on_main(t):
            out.update(_statement_denied(t))
    return frozenset(out)


def opposed(first: Doc, second: Doc) -> bool:
    """Does one of two parsed sentences deny what the other states: its main statement denies a verb the other uses,
    while the other's denies nothing ("will not seek re-election" / "will seek re-election")? "would not go forward with
    any legislative item" and "vowing to block all legislation" state one vow in two ways: no verb of one is denied in
    the other."""
    a, b = denied(first), denied(second)
    if bool(a) == bool(b):
        return False
    denying, other = (a, second) if a else (b, first)
    return bool(denying & {t.lemma_.lower() for t in other})


def _named(doc: Doc, t: Token) -> bool:
    """Is the negation word ``t`` named rather than said: in quotation marks (the lone "no" vote), or "not the only"?"""
    before = doc[t.i - 1].text if t.i > 0 else ""
    after = [doc[k].lower_ for k in range(t.i + 1, min(t.i + 3, len(doc)))]
    return (before in _QUOTE_MARKS and after[:1] != [] and after[0] in _QUOTE_MARKS) or after == ["the", "only"]


_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def _statement_denied(verb: Token) -> set[str]:
    """The verbs of the statement a denial verb governs: a clause ("denied that it knew"; for "deny" a gerund too:
    "denied having said"), or a claim a clause states ("rejected claims that ..."); not a thing it names ("rejected the
    veto of a bill letting families sue"). For "dispute", "reject" and "refute" the clause must open with "that"."""
    out = set()
    for child in verb.children:
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        if child.dep_ == "ccomp" and (that or verb.lemma_.lower() == "deny"):
            out.add(child.lemma_.lower())
        elif child.dep_ == "xcomp" and verb.lemma_.lower() == "deny" and (
                child.tag_ == "VBG" or any(c.lower_ == "having" for c in child.children)):
            out.add(child.lemma_.lower())
        elif child.dep_ == "dobj" and child.lemma_.lower() in _STATEMENT_NOUNS:
            out.update(c.lemma_.lower() for c in child.children if c.dep_ in ("acl", "ccomp"))
    return out


def denying(texts: Sequence[str], chosen: Sequence[int]) -> dict[int, bool]:
    """For the sentences ``chosen`` of ``texts``: does each deny what it states? A parse (spaCy) only when any is chosen."""
    return {x: denies(doc) for x, doc in parsed(texts, chosen).items()}


def parsed(texts: Sequence[str], chosen: Sequence[int]) -> dict[int, Doc]:
    """The sentences ``chosen`` of ``texts``, parsed (spaCy, only when any is chosen)."""
    if not chosen:
        return {}
    from framediff.language.parser import parse

    return dict(zip(chosen, parse([texts[x] for x in chosen])))

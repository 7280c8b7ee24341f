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
# Verbs that tell someone what to do: a "not" on what they govern is the instruction, not a denial of it. A thirteenth
# trial's "Patients in three units have been told not to shower and are being given bottled water." had been read as
# denying "The hospital has restricted showers for patients in three units" (0.96), and the two were kept apart.
_DIRECTIVES = frozenset({"tell", "ask", "urge", "warn", "advise", "order", "instruct", "caution", "direct", "request", "beg",
                         "remind", "encourage", "implore", "command", "admonish"})
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
    return bool(_denials(doc))


def _denials(doc: Doc) -> list[Token]:
    """The verbs (or words) whose statement the main statement of a parsed sentence denies (none: it denies nothing):
    "will not seek re-election" gives "seek", "denied that it knew" gives "knew"."""
    out = []
    for t in doc:
        following = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if (t.lower_, following) in _NOT_DENYING or (t.lower_ == "no" and following[:1].isdigit()) or _named(doc, t):
            continue
        if t.dep_ == "neg" and t.head.dep_ in _MAIN and _on_main(t.head):
            if not (t.head.dep_ == "xcomp" and t.head.head.lemma_.lower() in _DIRECTIVES):  # "told not to shower": an order
                out.append(t.head)
        elif t.lower_ in _NEGATIVE_WORDS:
            word = t.head if t.dep_ == "det" else t  # "no plans": the noun "no" determines
            if word.dep_ == "ROOT":
                out.append(word)
            elif word.dep_ in _ARGUMENTS and word.head.dep_ in _MAIN and _on_main(word.head):
                out.append(word.head)
        if ((t.lemma_.lower() in DENIAL_VERBS or _pushes_back(t)) and t.pos_ == "VERB" and _on_main(t)
                and not any(c.dep_ == "neg" or c.lower_ == "never" for c in t.children)):  # "did not deny that": no denial
            out.extend(_statement_denied(t))
    return out


# Verbs whose denial says little of a statement's content ("were not the first time", "did not say how many", "did not
# comment"), so that their denial and another sentence's use of them tell no claim from its denial.
_LIGHT = frozenset({"be", "have", "do", "say", "tell", "comment", "speak", "make", "get", "go"})
# Verbs that deny the verb they govern: "declined to comment" states what "did not comment" does.
_DENYING_BY_MEANING = frozenset({"decline", "refuse", "fail", "avoid", "refrain"})
# The words of a denied statement that must all but OPPOSED_SHARE be in the other sentence: its content, not its
# reporting clause or what hangs on it ("The fire was not started deliberately" is no denial of "The fire was started by
# an electrical fault": "deliberately" is not there).
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV"})  # names and numbers left out: headlines drop them
_OUTSIDE = frozenset({"ccomp", "parataxis", "advcl", "conj", "cc", "punct", "mark", "relcl"})
OPPOSED_SHARE = 0.75


def opposed(first: Doc, second: Doc) -> bool:
    """Does one of two parsed sentences deny what the other states: its main statement denies a statement whose words the
    other uses, while the other's denies nothing ("will not seek re-election next year" / "will seek re-election next
    year")? "would not go forward with any legislative item" and "vowing to block all legislation" state one vow in two
    ways (no verb of one is denied in the other); "did not comment" and "declined to comment" one silence; a question
    states nothing."""
    if _question(first) or _question(second):
        return False
    if _countermanded(first, second):
        return True
    a, b = _denials(first), _denials(second)
    if bool(a) == bool(b):
        return False
    denying, other = (a, second) if a else (b, first)
    lemmas = {t.lemma_.lower() for t in other}
    refused = {t.lemma_.lower() for t in other if t.dep_ == "xcomp" and t.head.lemma_.lower() in _DENYING_BY_MEANING}
    for verb in denying:
        lemma = verb.lemma_.lower()
        if lemma in _LIGHT or lemma not in lemmas or lemma in refused:
            continue
        content = [w.lemma_.lower() for w in _statement(verb) if w.pos_ in _CONTENT and w.lower_ not in NEGATIONS and w.dep_ != "neg"]
        if content and sum(w in lemmas for w in content) >= OPPOSED_SHARE * len(content):
            return True
    return False


def _orders(doc: Doc) -> set[tuple[str, str, bool]]:
    """What a sentence tells someone to do or not to do: (the verb of telling, the verb told, negated), "told not to leave"
    giving ("tell", "leave", True)."""
    return {(t.head.lemma_.lower(), t.lemma_.lower(), any(c.dep_ == "neg" for c in t.children))
            for t in doc if t.dep_ == "xcomp" and t.head.lemma_.lower() in _DIRECTIVES}


def _countermanded(first: Doc, second: Doc) -> bool:
    """Does one sentence tell someone not to do what the other tells them to do ("were told not to leave their homes" /
    "were told to leave their homes")? An instruction is no denial (:data:`_DIRECTIVES`), but two opposite orders are two
    claims (a second reader's case)."""
    one, other = _orders(first), _orders(second)
    return any((told, verb, not negated) in other for told, verb, negated in one)


def _statement(verb: Token) -> list[Token]:
    """The words of what ``verb`` states: the verb and its dependents' subtrees, but not a clause reporting it or hung on
    it ("…, she announced on Thursday", "…, but …"), nor when it happened."""
    out = [verb]
    for child in verb.children:
        if child.dep_ not in _OUTSIDE and child.dep_ != "npadvmod" and not (child.dep_ == "prep" and child.lower_ in _WHEN):
            out.extend(child.subtree)
    return out


# a statement's time, which outlets give differently ("before early this year" / "for two years"): not its content
_WHEN = frozenset({"before", "after", "since", "until", "during", "for"})


def _question(doc: Doc) -> bool:
    return doc.text.rstrip(" \"'”’)").endswith("?")


def _named(doc: Doc, t: Token) -> bool:
    """Is the negation word ``t`` named rather than said: in quotation marks (the lone "no" vote), "not the only", "not
    the first"?"""
    before = doc[t.i - 1].text if t.i > 0 else ""
    after = [doc[k].lower_ for k in range(t.i + 1, min(t.i + 3, len(doc)))]
    return (before in _QUOTE_MARKS and after[:1] != [] and after[0] in _QUOTE_MARKS) or after in (["the", "only"], ["the", "first"])


_QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})


def _pushes_back(verb: Token) -> bool:
    """ "pushed back on reports that …": a denial of what the reports state (a seventh trial's mayor, "Ms. Whitfield pushed
    back on reports that two branch libraries would close", had been joined with the critics' warning that they would)."""
    return verb.lemma_.lower() == "push" and any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children)


def _statement_denied(verb: Token) -> list[Token]:
    """The verbs of the statement a denial verb governs: a clause ("denied that it knew"; for "deny" a gerund too:
    "denied having said"), or a claim a clause states ("rejected claims that ..."); not a thing it names ("rejected the
    veto of a bill letting families sue"). For "dispute", "reject" and "refute" the clause must open with "that"."""
    out = []
    pushed = ([g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children]
              if _pushes_back(verb) else [])
    for child in [*verb.children, *pushed]:
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
        if child.dep_ == "ccomp" and (that or verb.lemma_.lower() == "deny"):
            out.append(child)
        elif child.dep_ == "xcomp" and verb.lemma_.lower() == "deny" and (
                child.tag_ == "VBG" or any(c.lower_ == "having" for c in child.children)):
            out.append(child)
        elif child.dep_ in ("dobj", "pobj") and child.lemma_.lower() in _STATEMENT_NOUNS:  # a pobj only from ``pushed``
            out.extend(c for c in child.children if c.dep_ in ("acl", "ccomp"))
            # "denies reports of deadly Damascus nerve gas attack", "disputed claims of racism": what the reports state
            out.extend(g for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN")
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

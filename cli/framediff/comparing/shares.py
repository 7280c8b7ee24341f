"""What a percentage is of, read from the English parse: "Turnout was 38 percent", "Voter turnout reached 61 percent", "The
unemployment rate fell to 4.1 percent", "a turnout of 34%". An outlet whose sentence gives a percentage of what a claim
gives a percentage of has not shown that it leaves the claim out, whatever the two sentences score: it may give the same
fact with another figure. A forty-third trial's partisan site was said to leave out "Turnout was 38 percent, higher than
in the last two mayoral races." and to carry "Turnout was a dismal 34%, hardly the "wave" Delgado's allies are bragging
about." alone (0.04 between them).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable

from framediff.comparing.lengths import given_elsewhere

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment, Claim

PERCENT = re.compile(r"\d\s*%|\bper\s*cent\b|\bpercent\b", re.I)
# Verbs that give a level (what it was), with the percentage as their object or attribute: "Turnout was 38 percent",
# "reached 61 percent", "hit 9.1%"; or through "at" / "to": "stood at 45 percent", "fell to 4.1 percent". A change is
# not a level ("Shares fell 14%", "rose by 2 percent"): it tells no one figure of the thing.
_LEVEL = frozenset("be reach hit top".split())
_AT = frozenset("stand remain be sit hover".split())
_TO = frozenset("rise fall climb drop jump slip grow increase decrease decline sink soar surge edge tick dip".split())
# Nouns whose kind their compounds tell: "the unemployment rate" is not "the mortgage rate"
_KIND_BY_COMPOUND = frozenset("rate rating share level index figure".split())


def _thing(noun: Any) -> str:
    """The thing a noun names, as a key: its lemma, with its compounds where they tell its kind ("unemployment rate")."""
    words = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.is_alpha] \
        if noun.lemma_.lower() in _KIND_BY_COMPOUND else []
    return " ".join([*words, noun.lemma_.lower()])


def _marks(noun: Any, percentage: Any) -> frozenset[str]:
    """The words that say which of its kind a thing is: "Obama's approval rating", "Turnout in 2019", "early turnout",
    "turnout among young voters", "Voter turnout" (compounds only where :func:`_thing` does not read them), not the
    ``percentage`` itself ("a turnout of 34%")."""
    marks = {c.lemma_.lower() for c in noun.children
             if (c.dep_ in ("poss", "amod", "nmod") or (c.dep_ == "compound" and noun.lemma_.lower() not in _KIND_BY_COMPOUND))
             and (c.is_alpha or c.like_num)}
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "for", "among", "during")):
        marks |= {g.lemma_.lower() for g in prep.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NUM", "NOUN")
                  and g.i != percentage.i}
    return frozenset(marks)


# Words that set a level in a place: "Nationwide, the unemployment rate was 4.1 percent" is not the state's (a second reader's)
_WHERE = frozenset("nationwide nationally statewide citywide countywide locally overall worldwide globally".split())
# Auxiliaries of a level to come, not one that is: "turnout could reach 60 percent" (a second reader's)
_TO_COME = frozenset("could would may might will shall should can".split())
_WHOSE = frozenset("his her their its my our your".split())


def _owner_unknown(noun: Any) -> bool:
    """Is the thing someone's by a pronoun ("His approval rating stood at 35 percent")? Whose it is, the sentence alone
    does not tell, and two such things are not known to be one (a second reader's president's and governor's)."""
    return any(c.dep_ == "poss" and c.lower_ in _WHOSE for c in noun.children)


def _forecast(verb: Any) -> bool:
    """Does the verb give a level to come ("could reach", "is expected to hit")?"""
    return any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("expect", "project", "forecast", "predict"))


def _when_where(doc: Any, verb: Any, percentage: Any, percentages: list[Any]) -> frozenset[str]:
    """The words that set a level in a time or a place, read from its verb: the dates and places under it ("In 2019,
    turnout was 29 percent"), its or the percentage's "in" / "among" / "across" ("2.1 percent in the eurozone"), a word
    such as "nationwide"; and, for a verb in a clause that hangs on another word ("losing in 2021, when turnout was just
    29 percent"), the sentence's dates (a second reader's). ``percentages``: the sentence's (:func:`_percentages`)."""
    inside = {t.i for t in percentage}
    others = {t.i for p in percentages for t in p} - inside
    under = {t.i for t in verb.subtree}

    def own(root: Any) -> bool:  # under the verb, and not through another percentage ("above the 63.5% recorded in 2016")
        if root.i not in under:
            return False
        token = root
        while token.i != verb.i and token.head.i != token.i:
            if token.i in others:
                return False
            token = token.head
        return True

    marks = {e.text.lower() for e in doc.ents if e.label_ in ("DATE", "GPE", "LOC") and e.root.i not in inside and own(e.root)}
    if verb.dep_ in ("relcl", "advcl"):
        marks |= {e.text.lower() for e in doc.ents if e.label_ == "DATE" and e.root.i not in inside}
    preps = [c for c in (*verb.children, *percentage.root.children) if c.dep_ == "prep" and c.lower_ in ("in", "among", "across")]
    for prep in preps:
        marks |= {g.lemma_.lower() for g in prep.children if g.dep_ == "pobj" and g.i not in inside}
    marks |= {c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in _WHERE}
    return frozenset(marks)


def _percentages(doc: Any) -> list[Any]:
    """The percentages of a parsed sentence: its PERCENT entities, and the "per cent" the entities miss ("only 68 per cent
    of voters bothered to turn out", a forty-sixth trial's tabloid), from the left edge of the words under "cent"."""
    found = [ent for ent in doc.ents if ent.label_ == "PERCENT"]
    inside = {t.i for ent in found for t in ent}
    for t in doc:
        if (t.lower_ == "cent" and t.i > 0 and doc[t.i - 1].lower_ == "per" and t.i not in inside
                and any(c.dep_ == "nummod" and c.like_num for c in t.children)):
            found.append(doc[t.left_edge.i : t.i + 1])
    return found


def _turning_out(percentage: Any) -> bool:
    """Is a percentage "of voters" the subject of their turning out ("68 per cent of voters bothered to turn out", "61
    percent of registered voters cast ballots", "40 percent of voters showed up")? That is turnout; "54 percent of
    voters backed the plan" is not."""
    of = [g for c in percentage.children if c.dep_ == "prep" and c.lower_ == "of"
          for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ("voter", "elector")]
    verb = percentage.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]

    def particle(v: Any, word: str) -> bool:
        return any(c.dep_ == "prt" and c.lower_ == word for c in v.children)

    return bool(of) and any((v.lemma_.lower() == "turn" and particle(v, "out")) or (v.lemma_.lower() == "show" and particle(v, "up"))
                            or (v.lemma_.lower() == "cast" and any(c.dep_ == "dobj" and c.lemma_.lower() == "ballot" for c in v.children))
                            for v in verbs)


def shares(doc: Any) -> list[tuple[str, str, str, frozenset[str]]]:
    """The percentages a parsed sentence gives of a thing, each as (the thing's key, the percentage as written, the thing
    in lower case, its marks): "Turnout was 38 percent" -> ("turnout", "38 percent", "turnout", {}). Only levels: a
    percentage a verb of being or reaching gives of its subject, one its subject stands at or rises or falls to, or a
    noun's "of" ("a turnout of 34%"), or voters' turning out ("68 per cent of voters bothered to turn out"); not a change
    ("fell 14%"), nor another share "of" a group ("38 percent of voters backed the plan")."""
    out = []
    found = _percentages(doc)
    for ent in found:
        root, noun, verb = ent.root, None, None
        head = root.head
        if root.dep_ == "nsubj" and _turning_out(root):
            marks = _when_where(doc, head, ent, found)
            if not _forecast(head):
                out.append(("turnout", ent.text, "turnout", marks))
            continue
        if root.dep_ in ("attr", "dobj") and head.lemma_.lower() in _LEVEL:
            verb = head
            noun = next((c for c in head.children if c.dep_ == "nsubj"), None)
        elif root.dep_ == "pobj" and head.dep_ == "prep":
            if (head.lower_ == "at" and head.head.lemma_.lower() in _AT) or (head.lower_ == "to" and head.head.lemma_.lower() in _TO):
                verb = head.head
                noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            elif head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.lemma_.lower() not in ("percent", "%"):
                noun = head.head
        # a proper noun too: the parse reads a sentence's first "Turnout" as a name, and a person's share ("Obama stood at
        # 45 percent") is a share of one thing as well
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or not noun.is_alpha or _owner_unknown(noun):
            continue
        if verb is not None and _forecast(verb):
            continue
        marks = _marks(noun, root) | (_when_where(doc, verb, ent, found) if verb is not None else frozenset())
        thing = _thing(noun)
        out.append((thing, ent.text, thing if noun.lemma_.lower() in _KIND_BY_COMPOUND else noun.lower_, marks))
    return out


def share_elsewhere(alignment: Alignment, claim: Claim, article: str, closest: int | None = None) -> str | None:
    """Why a low score does not show that ``article`` leaves the claim out: its closest sentence (``closest``), or one other
    of its sentences and only one, gives a percentage of what an English member of the claim gives a percentage of
    (:func:`shares`; neither set apart from the other by its marks, :func:`~framediff.comparing.lengths.one_of_a_kind`).
    A sentence that states a claim other outlets carry counts too, unlike a day or a length: a percentage of one thing is
    one fact, and the trial's wire, whose "Turnout was 38 percent of the city's 207,000 registered voters" joined the
    national paper's, was said to leave out the partisan site's "Turnout was a dismal 34%". English only. None: no
    sentence does. The reason quotes the sentence and both percentages."""
    found = _given_in_english(alignment, claim, article, closest, PERCENT, shares)
    if found is None:
        return None
    shown, written, given, noun = found
    return f"{shown}, gives a percentage of {noun} too, “{written}” ({given})"


def _given_in_english(alignment: Alignment, claim: Claim, article: str, closest: int | None, pattern: re.Pattern[str],
                      read: Callable[[Any], list[tuple[str, str, str, frozenset[str]]]]) -> tuple[str, str, str, str] | None:
    """:func:`~framediff.comparing.lengths.given_elsewhere` over the English members of ``claim`` and the English sentences
    of ``article`` that ``pattern`` finds something in, each read by ``read``."""
    from framediff.reading.languages import is_english

    members = [alignment.sentence(m).text for m in claim.members
               if is_english(alignment.article(m.article).sentence_language(m.sentence))]
    members = [t for t in members if pattern.search(t)]
    own = alignment.article(article)
    candidates = [s for s in own.sentences if is_english(own.sentence_language(s.index)) and pattern.search(s.text)] if members else []
    return given_elsewhere(members, candidates, closest, read)


# A move in points, as markets and polls give one: "climbed 12 basis points", "by 25bps", "narrowed by 4 percentage points";
# "bp" in lower case only ("In the FTSE 100 BP was the biggest faller" names the oil company: a second reader's; "18 BPS" is read)
POINTS = re.compile(r"\b(\d+(?:\.\d+)?)\s*-?\s*((?i:basis[ -]points?|percentage[ -]points?|bps)|bp)\b")


def points(doc: Any) -> list[tuple[str, str, str, frozenset[str]]]:
    """The moves in points a parsed sentence gives: (the unit, the move as written, the unit, no marks)."""
    out: list[tuple[str, str, str, frozenset[str]]] = []
    for m in POINTS.finditer(doc.text):
        unit = "percentage points" if m.group(2).lower().startswith("percent") else "basis points"
        out.append((unit, m.group(), unit, frozenset()))
    return out


def points_elsewhere(alignment: Alignment, claim: Claim, article: str, closest: int | None = None) -> str | None:
    """Why a low score does not show that ``article`` leaves the claim out: its closest sentence, or one other of its
    sentences and only one, gives a move in the points an English member of the claim gives one in. Points tell no thing
    that moves (a forty-seventh trial's bond yields "climbed 12 basis points", its policy rate rose "by 25 basis points"),
    so they show neither way: a second reader's "The yield on the 10-year government bond jumped 18 basis points" had been
    said to be left out by "sending the benchmark up 20 basis points". English only. None: no sentence does."""
    found = _given_in_english(alignment, claim, article, closest, POINTS, points)
    if found is None:
        return None
    shown, written, given, noun = found
    return f"{shown}, gives a move in {noun} too, “{written}” ({given})"

"""What a count counts: the thing a figure numbers ("six arrests"), the word a sum belongs to ("$500,000 of airtime"), or
the running total it is the level of ("the death toll rose to 14"), read from the English parser's tree.
:mod:`framediff.frame.values` reads the figures; two outlets' figures are compared only when they count one thing.
"""

from __future__ import annotations

import re
from typing import Any

CURRENCY = {"$": "$", "dollar": "$", "dollars": "$", "£": "£", "pound": "£", "pounds": "£", "€": "€", "euro": "€",
             "euros": "€"}
_VAGUE_HEADS = frozenset(("one", "other", "others", "time", "times", "way", "thing", "things", "point", "part", "percent"))
# Verbs of a market's move: a sum they move is a price quoted at one moment of a trading day
_MOVES = frozenset("rise fall drop jump gain lose slip ease climb decline add tumble surge sink plunge soar advance rally dip edge "
                   "slide shed trade close open end finish".split())
# Nouns of a change measured against a base the sentence may not give ("a 17 percent increase over the three-month daily
# average", "a 25% tuition hike"), and of a likelihood ("a 60 percent chance of rain"): a share of one is not compared
_CHANGES = frozenset("increase decrease growth loss reduction decline rise fall gain drop jump surge hike cut boost slump spike "
                     "improvement rebound year chance risk probability likelihood odds".split())
SHARE_OF = "share of "  # what a share of a named thing counts: "share of raise"
# Words that make a count a part of another: "four other people", "the other two unions"
_PART = frozenset(("other", "another", "more", "additional", "further", "remaining"))


_POLLED = frozenset("analyst consensus poll survey".split())
def _rate(ent: Any) -> bool:
    """Is a sum a rate, per a unit: "$62 an hour", "$38 a share", "$4 per gallon"?"""
    doc = ent.doc
    return (ent.end + 1 < len(doc) and doc[ent.end].lower_ in ("per", "a", "an") and doc[ent.end + 1].pos_ == "NOUN"
            and doc[ent.end + 1].is_alpha)


def counted(ent: Any, scale: Any = None) -> frozenset[str]:
    """What a count counts: the noun it modifies, or "of" what ("15 of the 19 hijackers"); for a sum, its currency and what
    it pays or is ("$500,000 of airtime", "cut $716 billion"); for a share, "percent" and its head. Empty when unknown."""
    doc = ent.doc
    root = ent.root
    nums = [t for t in ent if t.like_num]
    if nums:
        root = nums[-1] if ent.label_ in ("CARDINAL", "QUANTITY") else ent.root
    if scale is not None:
        root = scale  # "$281m": the "m" the parser hangs the sum on
    currency = None
    if ent.label_ == "MONEY":
        window = [t for t in doc[max(0, ent.start - 1) : ent.end + 1]]
        currency = next((CURRENCY[t.lower_] for t in window if t.lower_ in CURRENCY), "money")
    if ent.label_ == "PERCENT" or "%" in ent.text or re.search(r"per ?cent", ent.text.lower()):
        currency = "percent"
    if currency == "percent":
        # a share only of what the sentence says it is: "Official turnout was 61.9%". A share a verb moves ("the index rose
        # 0.39 percent", "sales rose 8.8 per cent") or "of" a group ("83 percent of women") is of one index, one country,
        # one poll: MRPC's paraphrase pairs set such shares of two indexes and two days against each other
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
            head = head.head  # "a raise of 4.5%"
        elif root.dep_ not in ("compound", "amod", "nmod", "nummod"):
            return frozenset(f"percent {c.lemma_.lower()}" for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                             and head.lemma_ == "be" and root.dep_ == "attr")
        # a share that names a thing of the story's ("a 4.5% raise", "a raise of 4.5%", "a 25 percent stake"), unless a
        # market moves it ("a 0.39 percent gain": an index at one moment of a trading day) or it is a change measured
        # against something ("a 7 percent increase from the same time a week ago", MRPC). SHARE_OF: facts.py compares two
        # only where their sentences name the same times ("in the first year" is not "over the three years")
        noun = head.lemma_.lower()
        if (head.pos_ != "NOUN" or head.i == root.i or noun in _VAGUE_HEADS or noun in _MOVES or noun in _CHANGES
                or not noun.isalpha()):
            return frozenset()
        verb = head
        while verb.dep_ in ("dobj", "pobj", "prep", "attr", "nsubj", "nsubjpass", "appos") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _MOVES:
            return frozenset()  # "the 30-year bond slid a full point for a yield of 4.47 percent": a price at one moment
        # the share of what, and whose: "a 4.1 percent unemployment rate" is not "a 3.2 percent inflation rate", nor
        # Microsoft's "51 percent stake" Sony's "49 percent stake" (a second reader's)
        what = [c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i != root.i and c.is_alpha]
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb.i != head.i else None
        whose = f" by {subject.lemma_.lower()}" if subject is not None else ""
        return frozenset([SHARE_OF + " ".join([*what, noun]) + whose])
    if currency and currency != "percent" and _rate(ent):
        return frozenset()  # "$62 an hour" for experienced nurses, "$48 an hour" for new ones; "$20 a share in cash plus stock
        # worth $18 a share" against "$38 a share": a rate is of a group or a part, which two outlets may name apart (a second reader's)
    if currency and currency != "percent" and any(t.lemma_.lower() in _POLLED for t in doc):
        return frozenset()  # what analysts expect: two polls' averages differ (MRPC train: First Call's $1.70, Reuters' $1.69)
    if currency:  # a sum: the word it belongs to
        anchors = set()
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                anchors |= {g.lemma_.lower() for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")}
        head, toward = root.head, ""
        if root.dep_ == "pobj" and head.dep_ == "prep":
            head, toward = head.head, f" {head.lower_}" if head.lower_ in ("to", "from", "by") else ""
        if head.lemma_.lower() in _MOVES:
            return frozenset()  # "fell $2.03 to $9.17": a price that moves by the minute, quoted at one moment
        if head.pos_ in ("NOUN", "VERB") and head.i != root.i:
            # "rose to $28" is a level, "rose $1.30" a change; a level is of what the verb moves: "raise the standard
            # deduction to $16,000" and "raises the estate tax exemption to $15 million" set two sums (a trial's bill)
            anchors.add(head.lemma_.lower() + toward + (_moved(head) if toward and head.pos_ == "VERB" else ""))
        return frozenset(f"{currency} {a}" for a in anchors)
    if ent.label_ == "QUANTITY":  # the unit, and what of ("3 inches of rain" is not "3 inches of snow")
        unit = next((t for t in ent if t.pos_ == "NOUN"), None)
        if unit is None:
            return frozenset()
        of = [g.lemma_.lower() for c in unit.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return frozenset([" of ".join([unit.lemma_.lower(), *of[:1]])])
    total = level(root)
    if total:
        return frozenset([total[0]])
    # a count of a thing is the thing and what is said of it: "picked up six seats" and "lost nearly 60 seats" count
    # different seats, "were six arrests" and "make 47 arrests" different arrests
    found: set[str] = set()
    casualties = _casualties_alone(root)
    if casualties:
        return frozenset([casualties])
    part_whole = _part_or_whole(root)
    if part_whole is not None:
        return frozenset([part_whole] if part_whole else [])
    if root.dep_ in ("nummod", "quantmod", "compound") and root.head.pos_ == "NOUN":
        if root.head.lemma_.lower() == "share":
            return frozenset()  # "26.5 million shares changed hands": a day's trading, counted at one moment
        if any(c.lower_ in _PART for c in root.head.children):
            return frozenset()  # "four other people", "the other two unions": a part of a count, not the count
        if root.head.lemma_.lower() not in _VAGUE_HEADS:
            found.add(_counted_by(root.head, root))
            if root.head.i < root.i:
                found.add(root.head.lemma_.lower())  # a measure named before its figure: "of magnitude 7.0"
    elif root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj") or root.head.i == root.i:
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                found |= {_counted_by(g, root, through_of=True) for g in child.children
                          if g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() not in _VAGUE_HEADS}
    before = doc[root.i - 1] if root.i > 0 else None
    if (before is not None and before.pos_ == "NOUN" and before.is_alpha and before.dep_ in ("nsubj", "compound", "nmod", "dobj")
            and before.i < ent.start and before.lemma_.lower() not in _VAGUE_HEADS):
        found.add(before.lemma_.lower())  # a measure named before its figure: "a magnitude 6.8 earthquake"
    return frozenset(f for f in found if f.split(" ")[0].isalpha())


def _moved(verb: Any) -> str:
    """What a verb sets a sum for, as " <noun>": its object ("raise the deduction to $16,000", "cuts SNAP by $186 billion"),
    else its subject ("the exemption rises to $15 million"); "" where it has no noun for either."""
    for deps in (("dobj", "nsubjpass"), ("nsubj",)):
        noun = next((c for c in verb.children if c.dep_ in deps and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None:
            return f" {noun.lemma_.lower()}"
    return ""


# A running total a figure is the level of: "the death toll rose to 14", "the number of people killed has risen to 16",
# "death toll hits 14", "the toll stood at 22". The figure counts what the total counts, every word of it: "toll death"
# is not the "Palestinian death toll", nor the "number of people killed" the "number of people injured". "Tops 8,000",
# "passes 500" and "rises above 5,000" are bounds, not levels; "could rise to 100" and "did not reach 20" are no level.
LEVEL = "level:"  # starts what a level counts, so that facts.py can tell a running total from a count
_LEVEL_NOUNS = frozenset("toll number count total tally".split())
_LEVEL_VERBS = frozenset("rise climb reach hit jump increase grow mount stand soar".split())
_PHRASE = frozenset(("NOUN", "PROPN", "ADJ", "VERB", "NUM"))


def level(number: Any) -> tuple[str, Any] | None:
    """What a figure is the level of ("level:toll death" for "the death toll rose to 14") and the total's noun, or None."""
    verb = number.head
    if number.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("to", "at"):
        verb = verb.head
    elif number.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in _LEVEL_VERBS:
        return None  # a headline's verb may be tagged a noun ("death toll climbs to 73"): its subject says it is a verb
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return None  # "could rise to 100", "did not rise to 20": no level the outlet gives
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _LEVEL_NOUNS), None)
    if subject is None:
        return None
    what = sorted({t.lemma_.lower() for t in subject.subtree if t.i != subject.i and t.pos_ in _PHRASE and t.is_alpha})
    return (f"{LEVEL}{subject.lemma_.lower()} {' '.join(what)}", subject) if what else None


# The dead and the hurt are one measure whatever the verb that counts them: "four people were killed", "three people were
# confirmed dead", "four people have died", "the deaths of four people", and a headline's "four dead" (a seventh and an
# eighth trial's planted tolls, said by no one since each outlet's verb was another). People, persons and a number
# with no noun ("Three dead") are one thing; other nouns stay theirs ("12 workers died" is not "3 firefighters killed").
_DEAD = frozenset("kill die perish drown dead death fatality".split())
_HURT = frozenset("injure wound hurt injured wounded injury".split())
_STATES = {"dead": "dead", "injured": "hurt", "wounded": "hurt", "hurt": "hurt"}  # "found dead", "left four injured"
_PEOPLE = frozenset(("people", "person", "persons"))
_TRANSITIVE_HARM = frozenset("kill injure wound hurt".split())
# Verbs that count the dead with "to death" ("were crushed to death", "stabbed to death"); not "sentenced to death", a
# penalty, and "bored to death", a figure of speech (a nineteenth trial's tabloid: "Nine football fans ... were crushed to
# death" against "Nine people were killed")
_NEARLY = frozenset("nearly almost narrowly barely".split())
_TO_DEATH = frozenset("crush trample beat stab burn shoot freeze starve bleed batter club hack maul stone choke strangle scald "
                      "bludgeon".split())


def running(about: str) -> bool:
    """Is what a count counts ("people @dead", "level:toll death", "acre") a total that rises as the news comes in? Two
    outlets' such counts are compared only when both wrote on one day: a day apart, "three dead" and "at least four dead"
    may both have been true."""
    return about.startswith(LEVEL) or about.endswith(("@dead", "@hurt")) or about.split(" of ")[0] in AREAS


# the units of an area, which values.py reads as counts: what a fire burns or a flood covers, which grows as the news
# comes in ("acres of forest" too)
AREAS = frozenset(("acre", "acres", "hectare", "hectares"))


def casualty_of(verb: Any) -> str | None:
    """"dead" or "hurt" when ``verb`` counts casualties ("killed", "died", "were confirmed dead"), else None; not when it
    is hedged or nearly so ("could have lost their lives", "were nearly crushed to death": a second reader's cases)."""
    if any((c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "advmod" and c.lower_ in _NEARLY) for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if lemma in _DEAD:
        return "dead"
    if lemma == "lose" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children):
        return "dead"  # "eleven people lost their lives"
    if lemma in _TO_DEATH and any(c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
                                  for c in verb.children):
        return "dead"
    if lemma in _HURT:
        return "hurt"
    return next((_STATES[c.lower_] for c in verb.children if c.dep_ in ("oprd", "acomp") and c.lower_ in _STATES), None)


def _counted_by(noun: Any, figure: Any, through_of: bool = False) -> str:
    """What ``figure`` counts of ``noun``: the noun and the word it depends on ("seat @pick"), or the noun and the
    casualties it counts ("people @dead"). ``through_of``: the noun hangs on the figure ("15 of the hijackers")."""
    lemma = noun.lemma_.lower()
    governing = figure if through_of else noun
    head = governing.head
    if governing.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    # the casualties a verb counts are its passive subject or its object ("four people were killed", "killed 12 workers"),
    # the subject of one that is no harm done ("four people died"), or "of" a noun ("the deaths of five people"); not a
    # phrase beside it ("injured as a 6.1 magnitude quake hits"), nor who killed ("Two gunmen killed 14 people"). A count
    # narrowed by another verb ("Four people killed in the crash were students") or given beside another toll ("Three
    # people died at the scene and two others died later") is a part of the toll (a second reader's cases)
    counts_them = governing.dep_ in ("nsubjpass", "dobj") or (
        governing.dep_ == "nsubj" and head.lemma_.lower() not in _TRANSITIVE_HARM) or (
        governing.dep_ == "pobj" and governing.head.lower_ == "of" and head.pos_ == "NOUN")
    casualty = casualty_of(head) if head.i != governing.i and counts_them else None
    if casualty is None and figure.i == noun.i - 1 and noun.dep_ not in ("nsubj", "nsubjpass"):  # "Six people killed in bus crash"
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        casualty = casualty_of(after) if after is not None and after.head.i == noun.i and after.dep_ in ("acl", "amod") else None
    if casualty and sum(1 for t in noun.doc if (t.pos_ == "VERB" or (t.lower_ in _STATES and t.dep_ not in ("oprd", "acomp")))
                        and casualty_of(t) == casualty) > 1:
        return f"{lemma} @{_governor(governing)} in part"  # two tolls of one kind in one sentence: this one is a part
    if casualty:
        return f"{'people' if lemma in _PEOPLE else lemma} @{casualty}"
    return f"{lemma} @{_governor(governing)}"


def _part_or_whole(number: Any) -> str | None:
    """A figure of "seven of nine counts", "seven of the 10 counts": the part counts what the verb does to the noun
    ("count @convict"); the whole, all there are of it, only where a verdict is given on a named person ("count whole
    @verdict daniel ostrow"); "" for another whole, which is not compared. A thirty-second trial's "found guilty on seven of nine
    counts" against "convicted on seven of the 10 counts" gave no disagreement: the parser hangs "seven" on "nine", and
    read "10" as a count of "seven". Other wholes are left alone: "Two of the 12 people taken to hospital" and "Three of
    the 40 people on board" count two groups, "won 7 of 9 games" and "lost 3 of 5" two windows (a second reader's)."""
    doc = number.doc
    of_between = lambda one, other: one.i + 1 < other.i and doc[one.i + 1].lower_ == "of"  # noqa: E731
    if number.dep_ == "quantmod" and number.head.like_num and of_between(number, number.head):  # "[seven] of nine counts"
        whole = number.head
        if whole.dep_ == "nummod" and whole.head.pos_ == "NOUN" and whole.head.lemma_.lower() not in _VAGUE_HEADS:
            ruled = _verdict_part(whole.head, whole.head)
            return ruled if ruled is not None else _narrowed(whole.head, _counted_by(whole.head, whole))
        return None
    of_whole = next((g for c in number.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj" and g.pos_ == "NOUN" and any(n.dep_ == "nummod" and n.like_num for n in g.children)), None)
    if of_whole is not None and of_whole.lemma_.lower() not in _VAGUE_HEADS:  # "[seven] of its last 10 games"
        ruled = _verdict_part(of_whole, number)
        return ruled if ruled is not None else _narrowed(of_whole, _counted_by(of_whole, number, through_of=True))
    if number.dep_ != "nummod" or number.head.pos_ != "NOUN" or number.head.lemma_.lower() in _VAGUE_HEADS:
        return None
    noun = number.head
    part = next((c for c in number.children if c.dep_ == "quantmod" and c.like_num and of_between(c, number)), None)
    of = noun.head
    if part is not None:  # "seven of [nine] counts"
        return _verdict_whole(noun, noun)
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.like_num and of.head.pos_ == "NUM":  # "seven of the [10] counts"
        return _verdict_whole(noun, of.head)
    return None


def _verdict_part(noun: Any, governed: Any) -> str | None:
    """The part of a part-of-whole count a verdict rules on, keyed by what it rules and on whom ("count @convict daniel
    ostrow"; "found guilty" convicts, "cleared" acquits); "" where it names no one, which is not compared (Nadine and
    Robert Menendez's 15 and 16 counts, a second reader's); None where it is no verdict."""
    verdict = _verdict(governed)
    if verdict is None:
        return None
    ruled, on = verdict
    return f"{_with_modifiers(noun)} @{ruled} {on}" if on else ""


def _verdict_whole(noun: Any, governed: Any) -> str:
    """The whole of a part-of-whole count (``noun``, the part's phrase hanging on ``governed``), keyed by the verdict
    and the person it is given on; "" where it is no verdict or names no one ("found him guilty")."""
    verdict = _verdict(governed)
    if verdict is None or not verdict[1]:
        return ""
    ruled, on = verdict
    return f"{_with_modifiers(noun)} whole @{'plea' if ruled == 'plea' else 'verdict'} {on}"


def _verdict(governed: Any) -> tuple[str, str | None] | None:
    """What the verdict a phrase hangs on rules ("convict", "acquit" or "plea") and on whom (:func:`_judged`); None where
    it hangs on no verdict."""
    head = governed.head
    if governed.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    lemma = head.lemma_.lower()
    if lemma not in _VERDICTS:
        return None
    plea = lemma == "plead" or (head.lower_ == "guilty" and head.head.lemma_.lower() == "plead")
    return ("plea" if plea else "acquit" if lemma in ("acquit", "clear") else "convict"), _judged(head)


def _judged(verdict: Any) -> str | None:
    """Whom a verdict is given on, by the name as written, first names with it ("daniel ostrow": not Nadine Menendez's
    counts against Robert Menendez's, a second reader's): "convicted Daniel Ostrow", "Ostrow was convicted", "found Ostrow
    guilty", "Smith pleaded guilty"."""
    if verdict.lower_ == "guilty":
        verdict = verdict.head if verdict.dep_ in ("acomp", "oprd", "xcomp", "ccomp") else verdict
    found = None
    for child in verdict.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.pos_ == "PROPN":
            found = child
        elif child.dep_ in ("ccomp", "oprd", "xcomp", "acomp"):
            found = next((g for g in child.children if g.dep_ == "nsubj" and g.pos_ == "PROPN"), None)
        elif child.dep_ == "nsubj" and child.pos_ == "PROPN" and verdict.lemma_.lower() == "plead":
            found = child
        if found is not None:
            break
    if found is None and verdict.lemma_.lower() == "find":  # the parser may hang "guilty" elsewhere ("found … Ostrow guilty Friday")
        found = next((g for t in verdict.doc if t.lower_ == "guilty" for g in t.children if g.dep_ == "nsubj" and g.pos_ == "PROPN"),
                     None)
    if found is None:
        return None
    return " ".join(t.lower_ for t in sorted([*(c for c in found.children if c.dep_ == "compound" and c.pos_ == "PROPN"), found],
                                             key=lambda t: t.i))


# Verbs of a verdict on counts: whichever a jury's finding is told with, the counts it rules on are the counts faced ("found
# guilty on seven of nine counts", "convicted on seven of the 10 counts", "acquitted on two of the nine counts"); a plea
# ("pleaded guilty to three of 12 counts") is another proceeding, keyed apart
_VERDICTS = frozenset("convict find acquit clear plead guilty".split())


def _narrowed(noun: Any, about: str) -> str:
    """What a part counts, narrowed as its whole is: "seven of its last 10 games" are not of "its nine games"."""
    lemma = noun.lemma_.lower()
    return _with_modifiers(noun) + about[len(lemma):] if about.startswith(lemma + " ") else about


def _with_modifiers(noun: Any) -> str:
    """A noun with the words that narrow it: "game last" for "its last 10 games", not the same games as "its nine games"."""
    narrowing = sorted(c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound") and c.is_alpha)
    return " ".join([noun.lemma_.lower(), *narrowing])


def _casualties_alone(number: Any) -> str | None:
    """A figure with no noun that counts casualties: a headline's "At least four dead", "Three dead, five missing", "leaves
    two injured"."""
    if number.dep_ == "nummod" and number.head.pos_ == "ADJ" and number.head.lower_ in _STATES:
        return f"people @{_STATES[number.head.lower_]}"
    if (number.dep_ in ("nsubj", "nsubjpass") and number.head.pos_ == "VERB" and casualty_of(number.head)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children)
            and sum(1 for t in number.doc if t.pos_ == "VERB" and casualty_of(t) == casualty_of(number.head)) == 1):
        return f"people @{casualty_of(number.head)}"  # a headline's "after eleven die in Halvorsen crush"; not "Three of the
        # hostages died", nor "Seven people died at the scene and four died in hospital" (a second reader's cases)
    if (number.head.i == number.i or number.dep_ in ("nsubj", "nsubjpass")) and not any(c.dep_ == "nsubj" for c in number.children):
        after = next((c for c in number.children if c.dep_ in ("amod", "acl") and c.i == number.i + 1), None)
        casualty = casualty_of(after) if after is not None else None  # "Three dead, five missing", "Nine killed in crush at …"
        return f"people @{casualty}" if casualty else None
    return None


def _governor(token: Any) -> str:
    """The word a noun phrase depends on, through a preposition: "picked up [six seats]" -> pick, "in [the No. 3 spot]" -> ..."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return head.lemma_.lower() if head.i != token.i else ""

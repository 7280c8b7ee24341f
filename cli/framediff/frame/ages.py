"""A person's age that two outlets give differently in one claim: "Jonas Edvik, 34," against "Jonas Edvik, 35,".

The English reading of values (:mod:`framediff.frame.values`) counts things, and an age counts none: "Edvik, 34" is a
number with nothing it counts, and it is never compared there. An age is read here only where the words tie it to a named
person: "Jonas Edvik, 34," / "Edvik (34)" / "Jonas Edvik, aged 34," / "34-year-old Jonas Edvik". Two outlets' ages are set
against each other only for one person: the same first and last name, a surname alone standing for the one full name its
own article gives it ("Edvik, 35," where the article names Jonas Edvik), never a first name alone ("her son Caleb, 24,")
and never a surname two people of the article share ("Donna Pratt" and her son "Caleb Pratt"). An age inside quotation
marks is the speaker's word, not the outlet's, and is left out.
"""

from __future__ import annotations

import re
from framediff.frame.findings import Disagreement, disagreement
from framediff.frame.people import NOT_FIRST, shared_surnames
from framediff.frame.speech_words import CLOSED_WORDS, HUMAN_ROLES, TITLE
from framediff.frame.tallies import in_spans, quoted_at

_ROLES = "|".join(sorted(HUMAN_ROLES | {"firefighter", "miner", "driver", "pilot", "student", "teacher", "nurse", "doctor",
                                        "soldier", "worker", "mother", "father", "son", "daughter", "resident"}, key=len, reverse=True))
_WORD = r"[A-Z][\w’'-]*[a-z][\w’'-]*"  # a capitalised word with a lower-case letter: no "NATO", no initial
_NAME = rf"(?:(?:{_WORD}|[A-Z]\.)\s+){{0,3}}{_WORD}(?:,?\s+(?:Jr|Sr)\.)?"  # "Cesar Sayoc Jr.": the son, not the father
# "Jonas Edvik, 34," "Edvik, aged 34." "Edvik (aged 34)": the age closes its appositive; not "Liberal Democrats (72)"
# or "Andy Murray (4)", seats and seeds (a second reader's cases)
_AFTER = re.compile(rf"(?<![\w’'-])({_NAME})(?:,\s+(?:aged\s+)?(\d{{1,3}})(?=,|;|\.(?!\d)|\s+[—–]|$)|\s+\(aged\s+(\d{{1,3}})\))")
# "Senator Chuck Schumer of New York, 66": the age after a place is its person's
_PLACE_BEFORE = re.compile(r"\b(?:of|in|from|at|for|near|to)\s+$")
_MONTHS = frozenset("""January February March April May June July August September October November December Jan Feb Mar Apr Jun
    Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
_OLDEST = 115
# A person the sentence does not name, by the noun it calls them: "a 67-year-old man", "a boy of 15", "a woman, 34,"; two
# outlets' ages of one such noun are set against each other only within one claim, each outlet giving that noun one age
# (a nineteenth trial's "One was a 76-year-old Port Ancel man who died when a tree crashed through the roof of his home"
# against "A 67-year-old man was killed when a large oak tree fell on his house in Port Ancel")
_NOUNS = ("man woman boy girl teenager child toddler baby driver passenger pedestrian cyclist motorcyclist resident worker "
          "firefighter officer victim mother father son daughter student").split()
_NOUN = "|".join(_NOUNS)
_OF_NOUN = "man|woman|boy|girl|teenager|child|toddler|baby"  # "a boy of 15"; "a mother of 3" counts her children
_UNNAMED_BEFORE = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(\d{{1,3}})-year-old\s+(?:[\w’'-]+\s+){{0,2}}?({_NOUN})\b(?![\w-]|\s+[A-Z])")
# "34-year-old Jonas Edvik", "the 34-year-old firefighter Jonas Edvik"; not "a 76-year-old Port Ancel man"
_BEFORE = re.compile(rf"(?<![\w.,-])(\d{{1,3}})-year-old\s+(?:({_ROLES})\s+)?({_NAME})(?![\w’'-]|\s+[A-Z]|\s+(?:{_NOUN})\b)")
# "a boy of 15", "a woman, 34,"; not "a resident of 30 years" or "a mother of 3" (her children: a second reader's cases)
_UNNAMED_AFTER = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:({_NOUN})(?:,\s+|,?\s+aged\s+)|({_OF_NOUN})\s+of\s+)(\d{{1,3}})\b"
                            r"(?![.,]\d|\s+[a-z])")


def ages(text: str) -> list[tuple[str, int, str]]:
    """The ages ``text`` gives people outside quotation marks: (name as written, or "@" and the noun that calls an unnamed
    person, age, the words it comes from)."""
    out = []
    for m in _AFTER.finditer(text):
        if not _PLACE_BEFORE.search(text[: m.start()]):
            out.append((m.group(1), int(m.group(2) or m.group(3)), m.group(), m.start()))
    for m in _BEFORE.finditer(text):
        out.append((m.group(3), int(m.group(1)), m.group(), m.start()))
    for m in _UNNAMED_BEFORE.finditer(text):
        out.append(("@" + m.group(2), int(m.group(1)), m.group(), m.start()))
    for m in _UNNAMED_AFTER.finditer(text):
        out.append(("@" + (m.group(1) or m.group(2)), int(m.group(3)), m.group(), m.start()))
    found = []
    for name, age, words, at in out:
        name = name if name.startswith("@") else _person(name)
        if name and 0 < age <= _OLDEST and not quoted_at(text, at):
            found.append((name, age, words))
    return found


def _person(name: str) -> str | None:
    """The name without the title, post or opening word before it ("Fire Chief Bruno Haller" is Bruno Haller); None where
    what is left names no person ("Tuesday, 12", "In Ohio, 18")."""
    words = name.split()
    cut = max((k + 1 for k, w in enumerate(words) if w.rstrip(".") in NOT_FIRST or w in CLOSED_WORDS or TITLE.match(w + " x")),
              default=0)  # "Fire Chief Bruno Haller", "In Ohio"
    words = words[cut:]
    if not words or any(w in _MONTHS for w in words):
        return None
    return " ".join(words)


Person = tuple[str, frozenset[str]]  # surname (with "Jr." or "Sr."), given names


def age_disagreements(claim: str, texts: dict[str, list[str]], quoted: dict[str, list[list[tuple[int, int]]]],
                      bodies: dict[str, str], dates: dict[str, str | None] | None = None) -> list[Disagreement]:
    """The ages two outlets' sentences of one claim give one person, when they differ (each outlet gives that person one
    age). ``bodies``: each outlet's whole text, where a surname alone finds its full name. ``dates``: each outlet's date;
    two outlets dated more than half a year apart are not compared, nor sentences that name different years (a suspect
    is 27 at his arrest and 29 at his trial)."""
    given: dict[str, dict[Person, tuple[int, str, str]]] = {}  # outlet -> person -> (age, words, sentence)
    for article, sentences in texts.items():
        spans = quoted.get(article, [])
        seen: dict[Person, set[tuple[int, str, str]]] = {}
        for k, text in enumerate(sentences):
            for name, age, words in ages(text):
                if in_spans(text, words, spans[k] if k < len(spans) else ()):
                    continue
                # a surname alone beside its article's full name in one sentence is another person: "Donna Pratt was
                # killed; Mr Pratt, 50, who was driving, was hurt" (a second reader's case)
                person = _full_name(name, bodies.get(article, ""), text)
                if person:
                    seen.setdefault(person, set()).add((age, words, text))
        given[article] = {who: next(iter(v)) for who, v in seen.items() if len({age for age, _, _ in v}) == 1}
    conflict: dict[str, dict[Person, tuple[int, str, str]]] = {}
    articles = sorted(given)
    for n, a in enumerate(articles):
        for b in articles[n + 1 :]:
            if _apart((dates or {}).get(a), (dates or {}).get(b)):
                continue
            for pa, (age_a, wa, sa) in given[a].items():
                for pb, (age_b, wb, sb) in given[b].items():
                    if _one_person(pa, pb) and age_a != age_b and not _other_years(sa, sb) and (
                            not pa[0].startswith("@") or (_one_part(sa, wa, sb, wb) and not _several(pa[0][1:], bodies, a, b))):
                        conflict.setdefault(a, {})[pa] = given[a][pa]
                        conflict.setdefault(b, {})[pb] = given[b][pb]
    if not conflict:
        return []
    return [disagreement(claim, "numbers", {a: tuple((f"age:{age}", words, sentence) for age, words, sentence in by.values())
                                            for a, by in conflict.items()})]


_PLURALS = {"man": "men", "woman": "women", "child": "children"}


def _several(noun: str, bodies: dict[str, str], *articles: str) -> bool:
    """Does either article tell of more than one person of ``noun`` ("two men died", "a second man", "another woman")?
    Then "a 67-year-old man died" and "a 23-year-old man died" may be two of them (a second reader's case)."""
    plural = _PLURALS.get(noun, noun + "s")
    pattern = rf"\b(?:{re.escape(plural)}|(?:second|another|other|third)\s+{re.escape(noun)})\b"
    return any(re.search(pattern, bodies.get(a, ""), re.I) for a in articles)


def _one_part(one: str, one_words: str, other: str, other_words: str) -> bool:
    """Does a person the two sentences call by one noun do one thing in both ("A 67-year-old man was killed" and "a
    76-year-old man who died": the dead), not two ("A 45-year-old man was stabbed to death" and "A 19-year-old man has been
    arrested", a second reader's case)? The verbs the noun is the subject of or has a clause of, casualties as one."""
    return bool(_doings(one, one_words) & _doings(other, other_words))


def _doings(text: str, words: str) -> frozenset[str]:
    from framediff.frame.counted import casualty_of
    from framediff.language.parser import parse

    doc = next(iter(parse([text])))
    end = text.find(words) + len(words)
    noun = next((t for t in doc if t.idx < end <= t.idx + len(t) + 1 and t.pos_ == "NOUN"), None)
    if noun is None:
        return frozenset()
    verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []
    verbs += [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    return frozenset(casualty_of(v) or v.lemma_.lower() for v in verbs if v.pos_ in ("VERB", "AUX") and v.lemma_ != "be")


def _full_name(name: str, body: str, sentence: str = "") -> Person | None:
    """A person's surname and given names: ``name``'s own where it gives both, else the full name the article ``body``
    gives that surname (the longest, where every other it gives is part of it: "Luis Orozco" in "Jose Luis Orozco"),
    never one two of its people share. Initials are dropped ("Donald J. Trump" is Donald Trump)."""
    if name.startswith("@"):
        return name, frozenset()  # "@man": a person the sentence calls a man
    words = [w for w in name.replace(",", "").split() if not re.fullmatch(r"[A-Z]\.", w)]
    surname = " ".join(words[-2:]) if words[-1] in ("Jr.", "Sr.") else words[-1]
    firsts = words[: -len(surname.split())]
    if firsts:
        return surname, frozenset(firsts)
    if surname != name or name in shared_surnames(body):
        return None
    if re.search(rf"\b{_WORD}\s+(?:[A-Z]\.\s+)?{re.escape(name)}\b", sentence):
        return None  # the sentence names a full name of this surname besides: two people
    found = set()
    for m in re.finditer(rf"((?:(?:{_WORD}|[A-Z]\.)\s+){{1,3}}){re.escape(name)}\b(?!\s+(?:Jr|Sr)\.)", body):
        person = _person(m.group(1) + name)
        if person and len(person.split()) > 1:
            found.add(frozenset(w for w in person.split()[:-1] if not re.fullmatch(r"[A-Z]\.", w)))
    longest = max(found, key=len, default=frozenset())
    return (surname, longest) if longest and all(f <= longest for f in found) else None


def _one_person(a: Person, b: Person) -> bool:
    """One surname, and the given names of one are all the other's ("Luis Orozco" and "Jose Luis Orozco")."""
    return a[0] == b[0] and (a[1] <= b[1] or b[1] <= a[1])


def _apart(one: str | None, other: str | None) -> bool:
    """Are two outlets' dates more than half a year apart (an age a year on is no disagreement)?"""
    from framediff.frame.values import published_date

    x, y = published_date(one), published_date(other)
    return x is not None and y is not None and abs((x - y).days) > 183


def _other_years(a: str, b: str) -> bool:
    """Do two sentences each name a year, and no year alike?"""
    ya, yb = set(re.findall(r"\b(?:19|20)\d\d\b", a)), set(re.findall(r"\b(?:19|20)\d\d\b", b))
    return bool(ya and yb and not ya & yb)

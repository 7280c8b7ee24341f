"""Given names: one person called by two forms of a first name in two outlets ("Daniel Okafor" / "Danny Okafor", "James
Whitaker" / "Jim Whitaker").

Which forms are one name comes from the ``nicknames`` package (Carlton Northern and Nick Crews, Apache-2.0): a
hand-curated table of English given names and their nicknames, read after its file is checked against a pinned sha256.
The table was made for genealogy and also pairs names that are two names today ("Alice" / "Lisa", "Amos" / "Moses"), so
a pair is taken only where the two forms differ in length and share their first letter or rhyme with the longer's
opening ("Bob", "Robert"; :func:`one_name`). A surname
that one outlet gives two first names (Bill Clinton and Hillary Clinton, or Daniel and Danny) is read no further: two
people, or one the outlet names both ways.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any, Sequence

from framediff.frame.findings import Naming
from framediff.frame.speech_words import CLOSED_WORDS, TITLE
from framediff.frame.voice import article_quotes, sentence_quotes

NAMES_SHA256 = "f370c99f12a564f4f074192ba690f242b7857d53a4ea60257366e365cc63a276"

# A first name, an optional middle initial or quoted nickname, and a surname, all in capitals: "Daniel Okafor",
# "Joseph R. Biden", "Robert “Bob” Diaz". The surname may be hyphenated ("Campa-Najjar"); one with an apostrophe
# ("O'Rourke") is not read.
# Read at every capitalised word (a lookahead), so that "President Barack Obama" finds "Barack Obama" after refusing
# "President Barack"; never where a capitalised word follows but a day or a month ("Michael Steele Sunday"): "the
# George Washington Bridge" is no person.
_FULL = re.compile(r"\b(?=(([A-Z][a-z]+)\s+(?:[A-Z]\.\s+|[“\"‘']([A-Z][a-z]+)[”\"’']\s+)?([A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?)\b"
                   r"(?!\s+(?!Jr\b|Sr\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                   r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
                   r"[A-Z][a-z])))")


@lru_cache(maxsize=1)
def _nicknames() -> Any:
    from importlib.util import find_spec
    from pathlib import Path

    from framediff.aligning.checksums import check_file

    spec = find_spec("nicknames")
    if spec is None or not spec.submodule_search_locations:
        from framediff.errors import ModelError

        raise ModelError("the nicknames table is not installed; pip install nicknames==1.0.1")
    check_file(Path(next(iter(spec.submodule_search_locations))) / "names.csv", NAMES_SHA256)
    from nicknames import NickNamer

    return NickNamer()


def known(name: str) -> bool:
    """Whether ``name`` is a given name of the table, as a full name or a nickname."""
    table = _nicknames()
    return bool(table.nicknames_of(name) or table.canonicals_of(name))


def one_name(a: str, b: str) -> bool:
    """Whether two given names are forms of one ("Daniel" / "Danny", "James" / "Jim", "Katherine" / "Kate"): one is the
    other's nickname in the table, and the shorter shares the longer's first letter, or is a short one (four letters at
    most: not "Wilber" of "Gilbert") of a longer one of six letters or more, that is its opening with its first letter
    changed ("Bob" is "Rob" of "Robert", "Bill" "Will" of "William": a forty-second trial's "Robert Kane" and "Bob Kane"
    had gone unjoined), where the table pairs the two both ways ("Nan" and "Hannah", two women a second reader named,
    and "Ricky" and "Dick", two nicknames, stay apart).
    "Dick" / "Richard" and "Ted" / "Edward", which are neither, and "Alice" / "Lisa" or "Amos" / "Moses", which the table
    pairs as well, are left unjoined, as are two forms of one length ("Harry" / "Henry", "Jane" / "Jean")."""
    x, y = a.lower(), b.lower()
    if x == y:
        return True
    table = _nicknames()
    if y not in table.nicknames_of(x) and x not in table.nicknames_of(y):
        return False
    short, long = sorted((x, y), key=len)
    rhymes = (len(short) <= 4 and len(long) >= 6 and short in table.nicknames_of(long) and long in table.nicknames_of(short)
              and long.startswith(long[0] + short[1:]))
    return len(x) != len(y) and (x[0] == y[0] or rhymes)


def given_name_variants(articles: Sequence[Any]) -> list[Naming]:
    """The people two outlets call by two forms of one first name, or by two labels, with the sentences each form
    stands in.

    Only the outlet's own voice counts (a name inside quotation marks is the speaker's word). A form is a first name the
    table knows before a capitalised surname; a surname with two first names in one article is left out, and so is one
    whose first names across outlets are not all forms of one name (two people, or one the table cannot tell). Where two
    outlets both put a label on the person (:mod:`.person_labels`: "Chief Executive James Whitaker", "Brightwell's
    fat-cat boss Jim Whitaker"), and their labels' words differ, each outlet's labelled forms are its variants."""
    from framediff.frame.person_labels import KIN_KEY, labelled

    people = _people(articles)
    labels = labelled(articles, named_people(articles, people))
    out = []
    for surname, (by_article, firsts) in people.items():
        named_apart = len({frozenset(firsts[a]) for a in by_article}) > 1
        found = labels.get(surname, {})
        if KIN_KEY in found:
            continue  # an outlet names someone of this name by kinship ("the chief executive's son"): two people, maybe
        words = {a: frozenset().union(*(w for w, _, _ in found[a])) for a in found}
        roles = {a: frozenset(w for _, phrase, _ in found[a] for w in re.findall(r"\b[a-z][a-z-]+\b", phrase)) for a in found}
        if _either_sex({f for a in by_article for f, _ in firsts[a]}) and not (
                len(roles) == len(by_article) and frozenset.intersection(*roles.values())):
            continue  # "Alex" may be Alexandra or her husband Alexander: one only where every outlet's label shares a word in
            # lower case (a role: "firefighter" and "nurse" are two; a place's "Riverton" tells nothing, a second reader's)
        labelled_apart = len(words) > 1 and len(set(words.values())) > 1
        if not (named_apart or labelled_apart):
            continue  # every outlet calls them the same
        variants, sentences = {}, {}
        for article, forms in by_article.items():
            shown = {phrase: sentence for _, phrase, sentence in found.get(article, ())} if labelled_apart else {}
            if not shown and not named_apart:
                continue  # labels compared: an outlet whose label was not read is not shown as giving none
            shown = shown or forms
            variants[article] = tuple(sorted(shown))
            sentences[article] = tuple(dict.fromkeys(shown.values()))
        concept = max((f for forms in by_article.values() for f in forms),
                      key=lambda f: (sum(f in forms for forms in by_article.values()), len(f), f))
        out.append(Naming(concept, variants, sentences))
    out.sort(key=lambda n: n.concept)
    return out


_SUFFIX = re.compile(r",?\s+(Jr|Sr|II|III|IV)\b")
# A quotation in single marks ("‘Danny’ Okafor", British style), opened after a space and closed before no letter: the
# article's reading of quotations takes double marks only, as an apostrophe is a single one (a second reader's)
_SINGLE = re.compile(r"(?:(?<=\s)|^)[‘'][^‘’'\n]+?[’'](?![A-Za-z])")


def named_people(articles: Sequence[Any], people: dict[str, Any] | None = None) -> dict[str, dict[str, set[str]]]:
    """Surname -> article -> the full-name forms it gives, of the people two outlets or more name in full (those
    :func:`given_name_variants` reads labels of)."""
    people = _people(articles) if people is None else people
    return {surname: {a: set(forms) for a, forms in by.items()} for surname, (by, _) in people.items()}


def _either_sex(firsts: set[str]) -> bool:
    """Whether a short form among ``firsts`` is also the nickname of a name the table gives the other sex, as far as its
    ending tells ("Alex": Alexander and Alexandra; "Chris": Christopher and Christina), so that two outlets' "Alex Cole"
    and "Alexandra Cole" may be two people (a second reader's cyclist and her husband)."""
    table = _nicknames()
    for short in firsts:
        for long_ in firsts:
            if len(short) >= len(long_):
                continue
            others = {c for c in table.canonicals_of(short) if c[:1] == short[:1].lower()} - {long_.lower()}
            if any(_feminine(c) != _feminine(long_.lower()) for c in others):
                return True
    return False


def _feminine(name: str) -> bool:
    """A name's sex as its ending tells it in English ("Alexandra", "Christina"), but for men's names that end so."""
    return name.endswith("a") and name not in ("joshua", "ezra", "luca", "nikita", "sasha", "mustafa", "isaiah", "jonah")


def _people(articles: Sequence[Any]) -> dict[str, tuple[dict[str, dict[str, str]], dict[str, set[tuple[str, str | None]]]]]:
    """Surname -> (per article, each full-name form -> the sentence it first stands in; per article, its (first name,
    nickname) pairs), for the people two outlets or more name in full with first names that are forms of one name."""
    found: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))  # surname -> article -> form -> sentence
    firsts: dict[str, dict[str, set[tuple[str, str | None]]]] = defaultdict(lambda: defaultdict(set))
    suffixes: dict[str, set[str]] = defaultdict(set)  # "Jr.", "Sr.": a father and a son share a name
    for article in articles:
        spans = article_quotes(article)
        for sentence in article.sentences:
            quoted = sentence_quotes(spans, sentence) + [q.span() for q in _SINGLE.finditer(sentence.text)]
            for m in _FULL.finditer(sentence.text):
                form, first, nickname, surname = m.group(1), m.group(2), m.group(3), m.group(4)
                if (any(a <= m.start() < b for a, b in quoted) or not _a_name(first, surname)
                        or _first_name_before(sentence.text[: m.start()])):
                    continue
                found[surname][article.id].setdefault(form, sentence.text)
                firsts[surname][article.id].add((first, nickname))
                suffix = _SUFFIX.match(sentence.text, m.start() + len(form))
                suffixes[surname].add(suffix.group(1) if suffix else "")
    out = {}
    for surname, by_article in found.items():
        if len(by_article) < 2 or any(len({f for f, _ in firsts[surname][a]}) > 1 for a in by_article) or len(suffixes[surname]) > 1:
            continue  # one outlet, an outlet with two first names for the surname, or a father and a son ("Jr." in one
            # outlet, "Sr." or nothing in another: a second reader's mayor "Daniel Okafor Jr." and his grandfather)
        names = [n for a in by_article for f, nick in firsts[surname][a] for n in (f, nick) if n]
        given = {frozenset((f.lower(), nick.lower())) for a in by_article for f, nick in firsts[surname][a] if nick}
        if not all(one_name(a, b) or frozenset((a.lower(), b.lower())) in given for a in names for b in names):
            continue  # two people of one surname, or forms neither the table nor an outlet ("Robert “Bob” Diaz") joins
        out[surname] = (dict(by_article), dict(firsts[surname]))
    return out


def _first_name_before(before: str) -> bool:
    """Whether a first name the table knows stands right before (the "George" of "George Washington Bridge", which makes
    "Washington Bridge" no person)."""
    last = re.search(r"([A-Z][a-z]+)\s+$", before)
    if last is None:
        return False
    word = last.group(1)
    return not TITLE.match(word + " x") and word not in CLOSED_WORDS and known(word)


def _a_name(first: str, surname: str) -> bool:
    """Whether "first surname" reads as a person's name: a first name the table knows, which is not a word that opens
    sentences ("Will", "May" and "Chance" are both) or a title, before a surname that is not a title either."""
    if first in CLOSED_WORDS or surname in CLOSED_WORDS or TITLE.match(first + " x") or TITLE.match(surname + " x"):
        return False
    if first.lower() in _WORDS_TOO:
        return False
    return known(first)


# Given names that are also common English words and open sentences in capitals ("Will Congress act?", "Rich Democrats").
_WORDS_TOO = frozenset("will may chance rich grant bill mark pat sue rob guy art dean frank hope joy faith grace june "
                       "april august major king earl rose ray sandy summer lane bud carol don gene".split())

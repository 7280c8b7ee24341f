"""Given names: one person called by two forms of a first name in two outlets ("Daniel Okafor" / "Danny Okafor", "James
Whitaker" / "Jim Whitaker").

Which forms are one name comes from the ``nicknames`` package (Carlton Northern and Nick Crews, Apache-2.0): a
hand-curated table of English given names and their nicknames, read after its file is checked against a pinned sha256.
The table was made for genealogy and also pairs names that are two names today ("Alice" / "Lisa", "Amos" / "Moses"), so
a pair is taken only where the two forms share their first letter and differ in length (:func:`one_name`). A surname
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
# "Joseph R. Biden", "Robert “Bob” Diaz". The surname may be hyphenated or carry an apostrophe ("O'Rourke").
# Read at every capitalised word (a lookahead), so that "President Barack Obama" finds "Barack Obama" after refusing
# "President Barack".
_FULL = re.compile(r"\b(?=(([A-Z][a-z]+)\s+(?:[A-Z]\.\s+|[“\"‘']([A-Z][a-z]+)[”\"’']\s+)?([A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Z][a-z]+)?)\b))")


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
    other's nickname in the table, and the shorter shares the longer's first letter. "Robert" / "Bob" and "William" /
    "Bill", which do not, and "Alice" / "Lisa" or "Amos" / "Moses", which the table pairs as well, are left unjoined, as
    are two forms of one length ("Harry" / "Henry", "Jane" / "Jean")."""
    x, y = a.lower(), b.lower()
    if x == y:
        return True
    table = _nicknames()
    if y not in table.nicknames_of(x) and x not in table.nicknames_of(y):
        return False
    return x[0] == y[0] and len(x) != len(y)


def given_name_variants(articles: Sequence[Any]) -> list[Naming]:
    """The people two outlets call by two forms of one first name, with the sentences each form stands in.

    Only the outlet's own voice counts (a name inside quotation marks is the speaker's word). A form is a first name the
    table knows before a capitalised surname; a surname with two first names in one article that are not one name is
    left out, and so is one whose first names across outlets are not all forms of one name (two people, or one the table
    cannot tell)."""
    found: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))  # surname -> article -> form -> sentence
    firsts: dict[str, dict[str, set[tuple[str, str | None]]]] = defaultdict(lambda: defaultdict(set))
    for article in articles:
        spans = article_quotes(article)
        for sentence in article.sentences:
            quoted = sentence_quotes(spans, sentence)
            for m in _FULL.finditer(sentence.text):
                form, first, nickname, surname = m.group(1), m.group(2), m.group(3), m.group(4)
                if any(a <= m.start() < b for a, b in quoted) or not _a_name(first, surname):
                    continue
                found[surname][article.id].setdefault(form, sentence.text)
                firsts[surname][article.id].add((first, nickname))
    out = []
    for surname, by_article in found.items():
        if len(by_article) < 2 or any(len({f for f, _ in firsts[surname][a]}) > 1 for a in by_article):
            continue  # one outlet, or an outlet with two first names for the surname
        names = [n for a in by_article for f, nick in firsts[surname][a] for n in (f, nick) if n]
        given = {frozenset((f.lower(), nick.lower())) for a in by_article for f, nick in firsts[surname][a] if nick}
        if not all(one_name(a, b) or frozenset((a.lower(), b.lower())) in given for a in names for b in names):
            continue  # two people of one surname, or forms neither the table nor an outlet ("Robert “Bob” Diaz") joins
        by_outlet_first = {article: frozenset(firsts[surname][article]) for article in by_article}
        if len(set(by_outlet_first.values())) < 2:
            continue  # every outlet calls them the same
        variants = {article: tuple(sorted(forms)) for article, forms in by_article.items()}
        sentences = {article: tuple(dict.fromkeys(forms.values())) for article, forms in by_article.items()}
        concept = max((f for v in variants.values() for f in v), key=lambda f: (sum(f in v for v in variants.values()), len(f), f))
        out.append(Naming(concept, variants, sentences))
    out.sort(key=lambda n: n.concept)
    return out


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

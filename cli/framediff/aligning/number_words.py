"""Numbers written in words, in the languages text2num reads: "Cent quatre-vingts", "zwölf", "veintitrés", "twelve".

Read by :func:`framediff.aligning.language_free.facts`, beside the numbers written in digits, so that "nueve muertos" and
"killing nine people" give the same figure.
"""

from __future__ import annotations

import re

# the languages text2num reads numbers written in words in
_WORDS_READ = frozenset("en fr es de pt nl it da".split())
_TOKEN = re.compile(r"\w+|[^\w\s]")  # words, figures and marks, as text2num reads a stream of tokens


class _Token:
    """A word or a mark as text2num's ``find_numbers`` reads it (its Token protocol)."""

    __slots__ = ("word",)

    def __init__(self, word: str) -> None:
        self.word = word

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: _Token) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


# words before a scale word that make it no amount: "a few hundred million", "plusieurs centaines", "unos pocos cientos"
_VAGUE = re.compile(r"\b(?:few|several|many|some|quelques|plusieurs|pocos|pocas|varios|varias|einige|mehrere|paar|"
                    r"alcuni|alcune|diversi|diverse|enkele|meerdere|vários|várias|alguns|algumas)\s+$", re.I)


def number_words(text: str, language: str | None) -> list[tuple[int, int, int]]:
    """The numbers ``text``, in ``language`` (None: English), writes in words, each with where its words start and end:
    (180, 0, 18) for "Cent quatre-vingts sapeurs-pompiers", (12, 0, 5) for "Zwölf Menschen". Read by text2num (MIT), from
    two on: "one", "un", "ein" are articles as often as numbers. Never an ordinal ("third", "premier"), a scale word alone ("Millionen" in
    "3 Millionen", which the figure before it reads; "hundreds of"; "a few hundred million"), or words that go on from a
    figure in digits."""
    language = language or "en"
    if language not in _WORDS_READ or not re.search(r"[^\W\d_]", text):
        return []
    from text_to_num import find_numbers

    spans = [m.span() for m in _TOKEN.finditer(text)]
    out = []
    for found in find_numbers([_Token(text[a:b]) for a, b in spans], language, 2.0):
        start, end = spans[found.start][0], spans[found.end - 1][1]
        if (found.is_ordinal or found.value != int(found.value) or found.value < 2 or re.search(r"\d", text[start:end])
                or re.search(r"\d\W?\s*$", text[:start])):
            continue
        value = int(found.value)
        vague = _VAGUE.search(text[:start])
        if value >= 100 and str(value).rstrip("0") == "1" and (found.end - found.start == 1 or vague):
            continue  # "Millionen", "hundreds", "a few hundred million": a scale word alone, or no amount
        out.append((value, start, end))
    return out

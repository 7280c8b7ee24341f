"""Who speaks in a sentence, for matching: two quotes join only when one person says them, or say the same words.

"No candidate has done more to secure the border" (Arpaio) and "I will secure the border within a year" (Perry)
share their words and their topic, and a sentence scorer reads them as one claim. A quote is a statement of its
speaker: two speakers' quotes are two claims unless they repeat the same words. Speakers come from the
attribution finder of the framing stage (:func:`framediff.frame.quotes.find_quotes`); a speaker is known for
matching by the capitalised words of its name, so "Perry" and "Rick Perry" are one, while speakers named by
role alone ("the aide", "an official") block nothing: they may be anyone.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Sequence

from framediff.article import Article

if TYPE_CHECKING:
    from framediff.frame.findings import Quote

_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]+")
# Words capitalised in a speaker that do not name a person: titles and bodies ("Defense Minister", "the White House",
# "the Defense Ministry": a body speaks for its head, as an aide does, and parts nothing).
_NOT_NAMES = frozenset("""mr mrs ms dr sen rep gov gen lt col president minister senator representative governor secretary
chairman speaker leader justice judge mayor prime defense defence foreign interior house white the a an officials official
spokesman spokeswoman spokesperson ministry department office agency committee council administration government embassy
campaign""".split())
# Capitalised words that name no one: a speaker with one of them is a misreading, and blocks nothing.
_NOT_PEOPLE = frozenset("""separately meanwhile however but and also american amendment revolution facebook twitter both yet
new york washington state states united america""".split())
# Quotes that share this share of their words are the same words, whoever is credited with them (one line, relayed).
SAME_WORDS = 0.5
QUOTE_MARKS = "“”\"«»"


def quoting(text: str) -> bool:
    """Whether ``text`` holds a quotation mark: a sentence whose speaker may be read."""
    return any(mark in text for mark in QUOTE_MARKS)


def speaker_keys(articles: Sequence[Article]) -> dict[tuple[int, int], tuple[frozenset[str], frozenset[str]]]:
    """(article position, sentence index) -> (the speaker's name words and surname, marked with :data:`SURNAME`, the
    quote's words there) for every sentence a quote by a named speaker runs through."""
    from framediff.frame.quotes import find_quotes

    out: dict[tuple[int, int], tuple[frozenset[str], frozenset[str]]] = {}
    for a, article in enumerate(articles):
        # a name is written capitalised inside a sentence too; "Separately," or "Amendment" taken for a speaker is not.
        # A first name may only ever open a sentence ("Michael Steele, chairman of ..."): one word of the name written
        # inside a sentence is enough, when the others are written capitalised somewhere.
        inside = {w.lower() for s in article.sentences for w in _CAPITALISED.findall(s.text[1:])}
        capitalised = inside | {w.lower() for s in article.sentences for w in _CAPITALISED.findall(s.text)}
        for quote in find_quotes(article):
            if not quote.speaker:
                continue
            written = [w.lower().strip("’'") for w in _CAPITALISED.findall(quote.speaker)]
            written = [w.removesuffix("’s").removesuffix("'s") for w in written if w not in _NOT_NAMES]
            name = frozenset(written)
            if not name or not name & inside or not name <= capitalised or name & _NOT_PEOPLE:
                continue
            # the name's words without accents ("Erdoğan" and "Erdogan" are one man), and the surname marked: a speaker is
            # known by it ("José Ortega" and "Jose Ruiz" are two people, whom a shared first name had made one: a second
            # reader's), while the other words still tell where a sentence names the speaker
            key = frozenset(_folded(w) for w in written) | {SURNAME + _folded(written[-1])}
            for sentence, text in _quoted_sentences(article, quote):
                words = frozenset(w.lower() for w in re.findall(r"\w+", text))
                # two quotes in one sentence: both speakers, all the words
                at = (a, sentence)
                out[at] = (key | out[at][0], words | out[at][1]) if at in out else (key, words)
    return out


def _quoted_sentences(article: Article, quote: Quote) -> list[tuple[int, str]]:
    """Each sentence ``quote`` runs through, with its quoted words there: a quote of several sentences is its speaker's
    in every one ("This is America's war. It's not Obama's war.", DeMint's in both)."""
    if quote.start is None or quote.end is None:
        return [(quote.sentence, quote.text)]
    start, end = quote.start, quote.end
    spanned = [(s.index, article.text[max(start, s.start) : min(end, s.end)])
               for s in article.sentences if s.start < end and s.end > start]
    return spanned or [(quote.sentence, quote.text)]


def quotes_another(speakers: dict[int, tuple[frozenset[str], frozenset[str]]], members: Sequence[int], y: int, text: str) -> bool:
    """Does sentence ``y`` (its ``text``) quote another named person than every member of a claim that quotes one, and
    never name the members' speakers outside its quotation marks? A sentence that names them may tell their words in its
    own ("Obama vowed to pass the immigration bill ..., while House Speaker John Boehner said ..."); a name inside the
    other person's words is theirs ("“I think that this (Gantz visit to Rabat) is an opportunity,” Norkin said").
    ``speakers``: sentence -> (name words, quote words), as :func:`speaker_keys` gives them by sentence."""
    quoted = [speakers[x] for x in members if x in speakers]
    if y not in speakers or not quoted or not all(other_speakers(q, speakers[y]) for q in quoted):
        return False
    outside = _QUOTED.sub(" ", text)
    named = {_folded(w.lower().strip("’'").removesuffix("’s").removesuffix("'s")) for w in re.findall(r"[\w’'-]+", outside)}
    # by the surname: a first name another person shares is no naming ("said Jose Ruiz" names no José Ortega)
    return not any({w.removeprefix(SURNAME) for w in name if w.startswith(SURNAME)} & named for name, _ in quoted)


def _folded(word: str) -> str:
    """A name's word without its accents: "Erdoğan" and "Erdogan" are one man, whom a second reader's two outlets spelt
    each its own way; read as two, their translations of his words were parted as two speakers' (0.52, 0.57), and each
    outlet said to leave out the other's."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?")


SURNAME = "="  # marks a speaker's surname among the words of the name (speaker_keys)


def _one_speaker(name_a: frozenset[str], name_b: frozenset[str]) -> bool:
    """Are two quotes' speakers one: a surname alike (either speaker, where a sentence gives two)?"""
    return bool({w for w in name_a if w.startswith(SURNAME)} & {w for w in name_b if w.startswith(SURNAME)})


def other_speakers(first: tuple[frozenset[str], frozenset[str]], second: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Are these two quotes by different named speakers, in words they do not share?"""
    (name_a, words_a), (name_b, words_b) = first, second
    if _one_speaker(name_a, name_b):
        return False
    union = len(words_a | words_b)
    return not union or len(words_a & words_b) / union < SAME_WORDS


# Quotes of one speaker that share this share of their words, at least SAME_QUOTE_WORDS of them, are one quotation.
SAME_QUOTE = 0.8
SAME_QUOTE_WORDS = 4


def same_quote(first: tuple[frozenset[str], frozenset[str]], second: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Are these two quotes one speaker's (a surname shared), in the same words?"""
    (name_a, words_a), (name_b, words_b) = first, second
    shared = len(words_a & words_b)
    return _one_speaker(name_a, name_b) and shared >= SAME_QUOTE_WORDS and shared / len(words_a | words_b) >= SAME_QUOTE

"""Who a quotation is given to, read from what every language writes alike: the names outside its quotation marks.

Across languages the English parse that tells speakers apart (:mod:`framediff.aligning.speakers`) does not run, and one
person's words were shown as coming near another's: a fourteenth trial's Spanish "«Hemos activado la alerta en todas las
comunidades autónomas…», explicó el Sr. Ramón Ortega" came near the French "« La sécurité des patients passe avant
tout… », a déclaré sa directrice générale, Dr Anna Keller." (0.10). A quotation names its speaker outside its marks in
every language the multilingual encoder reads; where two quotations each name people there, and none alike, they are
two people's words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from framediff.aligning.fragments import quotes_speech
from framediff.aligning.language_free import NOUNS_CAPITALISED, SURNAME_PARTICLES, fold, names_alike

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment, Claim, Member

_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?|„[^“”]*[“”]?")
# a sentence that goes on with a quotation opened before it: its words up to the closing mark are the quotation's
_CLOSES_EARLIER = re.compile(r"^[^“«„]*?[”»]")


def speaker_names(text: str, language: str | None) -> frozenset[str] | None:
    """The people a sentence that quotes someone names outside its quotation marks, each as the words of a full name (two
    capitalised words or more, small words of a surname between: "Anna Keller" in "« … », a déclaré sa directrice
    générale, Dr Anna Keller."), folded; empty where it names none (a single capitalised word may be a place, a body or a
    broadcaster: "dijo el presidente del Gobierno ... a la Cadena SER", a second reader's); None where it quotes no one, or
    where a capital does not tell a name (German capitalises every noun: "sagte der Sprecher Hans")."""
    if not quotes_speech(text):
        return None
    if language in NOUNS_CAPITALISED:
        return None
    outside = _QUOTED.sub(" ", _CLOSES_EARLIER.sub(" ", text))
    return frozenset(fold(w) for m in _FULL_NAME.finditer(outside) for w in m.group().split() if w[:1].isupper())


# a person's full name: capitalised words (not all capitals: "SER", "TVE" are bodies), with a surname's small words between
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+"
_FULL_NAME = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:{'|'.join(sorted(SURNAME_PARTICLES))})\s+)*{_NAME_WORD})+")
# Only a closest sentence that scores low is read so: a trial's case scored 0.10, while one person's words told by two
# outlets in two languages can score 0.43 ("«No vamos a subir los impuestos a la clase media», dijo el presidente del
# Gobierno" against "« Nous n'augmenterons pas les impôts de la classe moyenne », a déclaré Pedro Sánchez")
ANOTHER_BELOW = 0.30


def quotes_another(alignment: Alignment, claim: Claim, near: Member) -> bool:
    """Does ``near``, scoring under :data:`ANOTHER_BELOW`, quote other people than every member of ``claim`` that quotes
    someone: each names a person outside its quotation marks, and none alike
    (:func:`~framediff.aligning.language_free.names_alike`)? A member that quotes someone but cannot be read so (German,
    or no full name) leaves it untold."""
    if near.score >= ANOTHER_BELOW:
        return False
    theirs = speaker_names(alignment.sentence(near).text, alignment.article(near.article).sentence_language(near.sentence))
    if not theirs:
        return False
    texts = [(alignment.sentence(m).text, alignment.article(m.article).sentence_language(m.sentence)) for m in claim.members]
    quoting = [speaker_names(text, language) for text, language in texts if quotes_speech(text)]
    return bool(quoting) and all(n and not names_alike(n, theirs) for n in quoting)

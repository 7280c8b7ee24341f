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
from framediff.aligning.language_free import facts, fold, names_alike

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment, Claim, Member

_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?|„[^“”]*[“”]?")
# a sentence that goes on with a quotation opened before it: its words up to the closing mark are the quotation's
_CLOSES_EARLIER = re.compile(r"^[^“«„]*?[”»]")


def speaker_names(text: str, language: str | None) -> frozenset[str] | None:
    """The names a sentence that quotes someone writes outside its quotation marks ("Anna Keller" in "« … », a déclaré sa
    directrice générale, Dr Anna Keller."), folded; None where it quotes no one, or where a capital does not tell a name
    (German capitalises every noun: "sagte ein Sprecher")."""
    if not quotes_speech(text):
        return None
    outside = _QUOTED.sub(" ", _CLOSES_EARLIER.sub(" ", text))
    found = facts(outside, language, spelled=False)  # its first word is no name by its capital ("Cada euro …», aseguró.")
    return None if found.proper is None else frozenset(fold(w) for w in found.proper)


def quotes_another(alignment: Alignment, claim: Claim, near: Member) -> bool:
    """Does ``near`` quote other people than every member of ``claim`` that quotes someone: each names people outside its
    quotation marks, and none alike (:func:`~framediff.aligning.language_free.names_alike`)?"""
    theirs = speaker_names(alignment.sentence(near).text, alignment.article(near.article).sentence_language(near.sentence))
    if not theirs:
        return False
    quoting = [speaker_names(alignment.sentence(m).text, alignment.article(m.article).sentence_language(m.sentence))
               for m in claim.members]
    named = [n for n in quoting if n is not None]
    return bool(named) and all(n and not names_alike(n, theirs) for n in named)

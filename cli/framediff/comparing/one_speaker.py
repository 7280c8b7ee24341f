"""A closest sentence that shares nothing with a claim but its speaker: one person's two statements.

A twenty-ninth trial's "Authority spokesperson Liam Trent said full service would resume on Tuesday." was said to come
near (0.39) "Transit authority spokesperson Liam Trent declined to say how the raise would be funded.", and the reverse:
the name, the title and the verb of saying carried the score. Where each sentence gives one speaker alike (a name just
before or after a verb of saying, ending in the same surname), and the two share no word once the speaker's name, the
words of the title before it and the verbs of saying are set aside, nothing shows that the outlet states the claim, nor
that it leaves it out: framediff cannot tell.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from framediff.reading.languages import is_english

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment, Claim, Member

# verbs of saying, as profile stems ("said", "declined to say", "according to")
_SAYING = frozenset("""say said tell told add ad state announc declin note explain insist argu claim warn urg vow accord
comment repli respond confirm deni ask""".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’.][^\W\d_]+)*")
TITLE_WORDS = 4  # the words before a name that may be its title ("Transit authority spokesperson Liam Trent")


def speaker_alone(alignment: Alignment, claim: Claim, near: Member) -> str | None:
    """The speaker a closest sentence shares with every member of the claim, as the closest sentence names them, where
    that is all it shares. English only. None: not so."""
    from framediff.aligning.profiles import profile

    def english(ref: Member) -> bool:
        return is_english(alignment.article(ref.article).sentence_language(ref.sentence))

    if not english(near) or not all(english(m) for m in claim.members):
        return None
    given_text = alignment.sentence(near).text
    given, theirs = profile(given_text), _speakers(given_text)
    shown = ""
    for m in claim.members:
        text = alignment.sentence(m).text
        ours = _speakers(text)
        surnames = {run[-1][1] for run in ours} & {run[-1][1] for run in theirs}
        if not surnames:
            return None  # no speaker alike ("John Hickenlooper told" and "John Suthers ... said" are two)
        runs = [run for run in (*ours, *theirs) if run[-1][1] in surnames]
        aside = {s for run in runs for _, s, _ in run} | _SAYING | {s for run in runs for s in run[0][2]}
        member = profile(text)
        if (member.stems - aside) & (given.stems - aside):
            return None  # a word of the fact in common
        shown = next(" ".join(w for w, _, _ in run) for run in theirs if run[-1][1] in surnames)
    return shown or None


def _speakers(text: str) -> list[list[tuple[str, str, frozenset[str]]]]:
    """The names that speak in ``text``: runs of capitalised words (after the first word) just before a verb of saying,
    within six words ("Liam Trent declined to say", "Trent, a spokesman, said"), or just after one with no small word
    between ("said Denise Okoro", not "said that Mr. Mattis");
    each word as (word, stem, the stems of the title words before the run: "transit", "author", "spokesperson")."""
    from framediff.aligning.profiles import STOPWORDS, stem

    tokens = [m.group() for m in _WORD.finditer(text)]
    stems = [stem(t.lower()) for t in tokens]
    saying = [k for k, s in enumerate(stems) if s in _SAYING]
    runs: list[list[tuple[str, str, frozenset[str]]]] = []
    k = 1
    while k < len(tokens):
        if not tokens[k][:1].isupper():
            k += 1
            continue
        end = k
        while end + 1 < len(tokens) and tokens[end + 1][:1].isupper():
            end += 1
        if any(0 < q - end <= 6 or (0 < k - q <= 2 and all(t.lower() not in STOPWORDS for t in tokens[q + 1 : k])) for q in saying):
            title = set()
            for j in range(k - 1, max(-1, k - 1 - TITLE_WORDS), -1):
                if tokens[j].lower() in STOPWORDS or tokens[j].endswith(("'s", "’s")):
                    break  # "the president's Christian": a possessor, no title
                title.add(stems[j])
            runs.append([(tokens[x], stems[x], frozenset(title)) for x in range(k, end + 1)])
        k = end + 1
    return runs

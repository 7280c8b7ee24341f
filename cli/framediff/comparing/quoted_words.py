"""Words a claim quotes that an outlet quotes too: evidence that the outlet gives the claim, at least in part.

An outlet that lacks a claim by score may still quote its words in another sentence, with another attribution or
inside a longer sentence: "Obama, speaking from the White House on Sunday, said the nightclub massacre ... is being
investigated as an “act of terror,” though ..." against "In their remarks on Sunday, both Obama and Clinton referred to
the shooting as an 'act of terror'". Judged blind on the 50 BASIL dev events, such records had been said to "leave it
out" (bench/verdicts/coverage/left_out.jsonl), where the outlet states the claim or part of it. A run of quoted words
both give is the evidence, and the record shows it.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from framediff.aligning.profiles import STOPWORDS

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment, Claim

# A run of at least this many words, MIN_CONTENT of them not function words: "a politically driven vendetta", "let
# everybody participate, good & bad". Fewer tell no sentence of a remark: a label many outlets repeat ("phony
# theology"), or words another person takes up to deny them, a stock phrase or a chant (a second reader's "This is not a
# political stunt" against the minister's "a political stunt", students' signs "thoughts and prayers are not a policy"
# against the governor's "thoughts and prayers", a march's "No justice, no peace" against a mother's at a vigil; on the
# BASIL dev events this gives up "act of terror" and "some phony theology", two true records). Nor do words in title case
# ("Fast and Furious", "Meet the Press"): a name in quotation marks, which any sentence on its subject gives.
MIN_WORDS = 3
MIN_CONTENT = 3
_WORD = re.compile(r"[^\W_]+(?:['’&-][^\W_]+)*")  # "Chick-fil-A" is one word
_MARKS = re.compile("[\"“”«»„]")


@lru_cache(maxsize=64)  # an article's quotations, read once per run for every claim it lacks (articles are frozen)
def _article_quotes(article: Any) -> list[tuple[int, int]]:
    from framediff.frame.voice import article_quotes  # the frame package imports this one's

    return article_quotes(article)


def _quoted_words(text: str, spans: list[tuple[int, int]]) -> list[list[re.Match[str]]]:
    """Each run of words of ``text`` inside quotation marks (``spans``: character ranges of ``text``)."""
    return [list(_WORD.finditer(text, a, b)) for a, b in spans]


def _lowered(words: list[re.Match[str]]) -> list[str]:
    return [w.group().lower().replace("’", "'") for w in words]


def _telling(run: list[re.Match[str]]) -> bool:
    """Is a shared run long enough to tell the quotation: MIN_WORDS words, MIN_CONTENT of them not function words, and
    not all of those in title case (a name)?"""
    content = [w.group() for w in run if w.group().lower().replace("’", "'") not in STOPWORDS]
    return len(run) >= MIN_WORDS and len(content) >= MIN_CONTENT and not all(w[:1].isupper() for w in content)


def shared_quotation(ours: str, theirs: str, our_spans: list[tuple[int, int]] | None = None,
                     their_spans: list[tuple[int, int]] | None = None) -> str | None:
    """The longest run of words that ``ours`` and ``theirs`` both give inside quotation marks, as ``theirs`` writes it, if
    it tells the quotation (:data:`MIN_WORDS` words, :data:`MIN_CONTENT` of them not function words, not a name in title
    case); else None. The spans are each text's quoted character ranges (by default read in the text alone:
    :func:`~framediff.frame.voice.quoted_spans`)."""
    from framediff.frame.voice import quoted_spans  # the frame package imports this one's

    runs = [_lowered(q) for q in _quoted_words(ours, quoted_spans(ours) if our_spans is None else our_spans)]
    best: tuple[int, str] = (0, "")
    for quoted in _quoted_words(theirs, quoted_spans(theirs) if their_spans is None else their_spans) if runs else ():
        words = _lowered(quoted)
        for run in runs:  # the longest run both hold, unbroken: the first of its length in ours, then in theirs
            _, start, length = SequenceMatcher(None, run, words, autojunk=False).find_longest_match(0, len(run), 0, len(words))
            if length > best[0] and _telling(quoted[start : start + length]):
                best = (length, theirs[quoted[start].start() : quoted[start + length - 1].end()])
    return best[1] or None


def quoted_elsewhere(alignment: Alignment, claim: Claim, article: str) -> str | None:
    """Why ``article`` may give the claim though its closest sentence scores low: one of its sentences quotes words a member
    of the claim quotes, a run of :data:`MIN_WORDS` or more (:func:`shared_quotation`; a quote that opens in an earlier
    sentence of its paragraph counts). English only: the marks read are English ones (a second reader's German „in der
    Nacht“ was read as open from its closing mark), and so are the function words. Only members that hold a quotation mark are read: a
    sentence inside a quotation, with no mark of its own, is not (reading every article's quotations for every claim an
    outlet lacks cost a twenty-one-article story a tenth of its time). The reason quotes the run. None: no sentence does."""
    from framediff.frame.voice import sentence_quotes
    from framediff.reading.languages import is_english

    members = [(alignment.article(m.article), m.sentence) for m in claim.members]
    members = [(a, n) for a, n in members if _MARKS.search(a.sentences[n].text) and is_english(a.sentence_language(n))]
    ours = [(a.sentences[n].text, spans) for a, n in members if (spans := sentence_quotes(_article_quotes(a), a.sentences[n]))]
    if not ours:
        return None
    outlet = alignment.article(article)
    theirs = _article_quotes(outlet)
    best: tuple[int, int, str] = (0, 0, "")  # (length, sentence, the words as the outlet writes them)
    for sentence in outlet.sentences:
        spans = sentence_quotes(theirs, sentence) if is_english(outlet.sentence_language(sentence.index)) else []
        for text, own in ours if spans else ():
            shared = shared_quotation(text, sentence.text, own, spans)
            if shared and len(shared) > best[0]:
                best = (len(shared), sentence.index, shared)
    return f"its sentence #{best[1]} quotes the claim's words “{best[2]}”" if best[2] else None


# A claim is a quotation when each of its sentences gives at least this share of its letters, and MIN_WORDS words or more,
# inside quotation marks: '“I’m looking at all options,” LePage said on talk radio station WVOM.' (0.40), not '… is
# being investigated as an “act of terror,” though did not say whether it was tied to radical Islam.' (0.08)
QUOTED = 0.3


def quotation(alignment: Alignment, claim: Claim) -> bool:
    """Is the claim a quotation: is every sentence of it English and mostly quoted (:data:`QUOTED`)? Of an outlet that
    leaves it out, what framediff can show is that the outlet does not quote the words (another sentence that quotes a
    run of them makes it come near: :func:`quoted_elsewhere`); whether it gives their gist in its own words, a score
    does not show: judged blind on BASIL dev, 14 of the 22 "leaves it out" records that were not true omissions were
    such claims, each outlet stating the quotation in part or in other words."""
    from framediff.frame.voice import sentence_quotes
    from framediff.reading.languages import is_english

    for m in claim.members:
        article = alignment.article(m.article)
        sentence = article.sentences[m.sentence]
        if not (is_english(article.sentence_language(m.sentence))
                and mostly_quoted(sentence.text, sentence_quotes(_article_quotes(article), sentence))):
            return False
    return True


def mostly_quoted(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does ``text`` give :data:`QUOTED` of its letters or more, and :data:`MIN_WORDS` words or more, inside quotation marks
    (``spans``: its quoted character ranges)?"""
    letters = [k for k, ch in enumerate(text) if ch.isalpha()]
    inside = sum(1 for k in letters if any(a <= k < b for a, b in spans))
    words = sum(len(_WORD.findall(text, a, b)) for a, b in spans)
    return bool(letters) and inside >= QUOTED * len(letters) and words >= MIN_WORDS

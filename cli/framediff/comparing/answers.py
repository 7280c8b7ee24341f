"""A claim that answers what was said before it, and a sentence that reports an answer too: evidence that an outlet tells
the claim with the charge it answers (:mod:`framediff.comparing.coverage`)."""

from __future__ import annotations

import re

__all__ = ["replies"]

# A claim that answers what was said before it ("City spokeswoman Carla Dunn denied that, saying ...", "Oyelaran rejected
# that", "said no such list existed", "there had never been such a clause") says little in its own words: its matter is
# the charge it answers, and an outlet that tells the answer with the charge ("... a claim officials flatly denied",
# "Stavern have slapped down claims by the player's agent", "insisted the warning had gone out in plenty of time") shares
# few of its words. Its closest sentence, from LEANING_NEAR up, that reports an answer too is evidence all the same. A
# fifth trial's five stories each had one such answer called left out, and the outlet carried it in each. An answer that
# says what it denies ("Smith denied that he took bribes", "The judge dismissed the charges") is no answer to what came
# before; nor is "no such thing", "disputed" as a word for a place, or a vote "pushed back to next week".
_DENIAL_VERB = r"(?:den(?:y|ies|ied|ying)|disput(?:e|es|ed|ing)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)"
_SAID = r"(?:claims?|reports?|allegations?|accusations?|suggestions?|assertions?|account|rumou?rs?|notion|idea|criticism|critique)"
_ANSWERS = re.compile(
    rf"\b(?:{_DENIAL_VERB}|dismiss(?:es|ed|ing)?)\s+(?:(?:that|it|this)(?=\s*[,.;:]|\s+(?:saying|and|as)\b)|(?:the\s+)?(?:\w+\s+)?"
    rf"{_SAID}\b)|\bno\s+such\s+(?!thing)|\bnever\s+(?:had\s+)?(?:been|existed|was|were)\s+(?:any\s+)?such\b", re.I)
_ANSWER = re.compile(
    rf"\b(?:(?:flatly|strongly|vehemently|repeatedly)\s+)?(?:{_DENIAL_VERB}|denials?)\b|\binsist(?:s|ed|ing)?\b(?!\s+on\b)"
    rf"|\b(?:slapped|slaps)\s+down\s+(?:the\s+)?{_SAID}|\b(?:hit|hits|pushed|pushes)\s+back\s+(?:at|against|on)\b"
    r"|\bno\s+such\s+(?!thing)", re.I)
# what "disputed" answers when it is the verb: "disputed the allegations", "disputed Republican claims", "a claim they
# disputed." (not "an earlier disputed study")
_DISPUTED_WHAT = re.compile(rf"\s*(?:the\b|that\b|it\b|this\b|[.,;:]|$|(?:\w+\s+)?{_SAID}\b)", re.I)


def replies(texts: list[str], given: str) -> str | None:
    """The words with which ``given`` reports an answer (a denial, a rebuttal), when one of the claim's ``texts`` answers
    what was said before it; else None."""
    if not any(_ANSWERS.search(text) for text in texts):
        return None
    for answer in _ANSWER.finditer(given):
        if "disput" not in answer.group().lower() or _DISPUTED_WHAT.match(given, answer.end()):
            return answer.group().strip()
    return None

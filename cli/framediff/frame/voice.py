"""Whose words: the character ranges of a text inside quotation marks, which are a speaker's words, not the outlet's.

Facts (:mod:`.facts`), reuse (:mod:`.reuse`) and naming (:mod:`.naming`) read only the outlet's own voice as its
statement; who said a quote is :mod:`.quotes`' business.
"""

from __future__ import annotations

import re
from typing import Any


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of ``text`` inside quotation marks (curly or straight); an opening mark left open runs to the end,
    a closing mark with no opening one quotes from the start."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    straight = [m.start() for m in re.finditer(r'"', text)]
    for k in range(0, len(straight) - 1, 2):
        spans.append((straight[k], straight[k + 1] + 1))
    if len(straight) % 2:
        spans.append((straight[-1], len(text)) if _opens(text, straight[-1]) else (0, straight[-1] + 1))
    for i, ch in enumerate(text):
        if ch == "“":
            start = i
        elif ch == "”":
            spans.append((start if start is not None else 0, i + 1))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def article_quotes(article: Any) -> list[tuple[int, int]]:
    """Character ranges of an article inside quotation marks, paired within each paragraph (a quote may run over sentences)."""
    spans: list[tuple[int, int]] = []
    paragraphs: dict[int, list[Any]] = {}
    for s in article.sentences:
        paragraphs.setdefault(s.paragraph, []).append(s)
    for members in paragraphs.values():
        start, end = members[0].start, members[-1].end
        spans += [(start + a, start + b) for a, b in quoted_spans(article.text[start:end])]
    return spans


def sentence_quotes(spans: list[tuple[int, int]], sentence: Any) -> list[tuple[int, int]]:
    """Of an article's quoted ranges (:func:`article_quotes`), those that touch ``sentence``, relative to the sentence."""
    return [(max(a, sentence.start) - sentence.start, min(b, sentence.end) - sentence.start)
            for a, b in spans if a < sentence.end and b > sentence.start]


def _opens(text: str, i: int) -> bool:
    return i + 1 < len(text) and not text[i + 1].isspace() and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-")

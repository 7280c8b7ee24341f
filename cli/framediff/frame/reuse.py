"""Verbatim reuse: passages of eight words or more that one article shares with another."""

from __future__ import annotations

import re

from ..article import Article
from .model import Reuse

SHINGLE = 8  # words: a passage shorter than this is not counted as reuse


def _words(article: Article) -> list[tuple[str, int, int]]:
    out = []
    for s in article.sentences:
        for m in re.finditer(r"\w+(?:[’'-]\w+)*", s.text):
            out.append((m.group().lower(), s.start + m.start(), s.start + m.end()))
    return out


def find_reuse(articles: list[Article]) -> list[Reuse]:
    """For every ordered pair, the passages of ``article`` found verbatim (8+ words) in ``source``."""
    words = {a.id: _words(a) for a in articles}
    shingles = {
        a.id: {tuple(w for w, _, _ in words[a.id][i : i + SHINGLE]) for i in range(len(words[a.id]) - SHINGLE + 1)}
        for a in articles
    }
    body_chars = {a.id: sum(len(s.text) for s in a.sentences) for a in articles}
    out = []
    for article in articles:
        seq = words[article.id]
        for source in articles:
            if source is article:
                continue
            covered = [False] * len(seq)
            theirs = shingles[source.id]
            for i in range(len(seq) - SHINGLE + 1):
                if tuple(w for w, _, _ in seq[i : i + SHINGLE]) in theirs:
                    for k in range(i, i + SHINGLE):
                        covered[k] = True
            passages = []
            i = 0
            while i < len(seq):
                if covered[i]:
                    j = i
                    while j + 1 < len(seq) and covered[j + 1]:
                        j += 1
                    passages.append(article.text[seq[i][1] : seq[j][2]])
                    i = j + 1
                else:
                    i += 1
            if passages:
                shared = sum(len(p) for p in passages)
                earlier = None
                if article.date and source.date and article.date != source.date:
                    earlier = source.date < article.date
                out.append(Reuse(article.id, source.id, shared, round(shared / max(body_chars[article.id], 1), 3), tuple(passages), earlier))
    out.sort(key=lambda r: (-r.share, r.article, r.source))
    return out

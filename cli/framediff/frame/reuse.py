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


def _source_earlier(article: Article, source: Article) -> bool | None:
    """Whether ``source`` came first, from the articles' dates; None (unknown) when a date is missing or they are the same day."""
    if article.date and source.date and article.date[:10] != source.date[:10]:
        return source.date[:10] < article.date[:10]
    return None


def find_reuse(articles: list[Article]) -> list[Reuse]:
    """For every ordered pair, the passages of ``article`` found verbatim (8+ words) in ``source``.

    Each eight-word shingle is looked up in an index of the articles that hold
    it, so the work grows with the shingles and the pairs that share one, not
    with every pair of articles (5,000 short articles: 12.5 million pairs).
    """
    words = {a.id: _words(a) for a in articles}
    holders: dict[tuple[str, ...], list[str]] = {}
    for a in articles:
        seq = words[a.id]
        for shingle in dict.fromkeys(tuple(w for w, _, _ in seq[i : i + SHINGLE]) for i in range(len(seq) - SHINGLE + 1)):
            holders.setdefault(shingle, []).append(a.id)
    order = {a.id: n for n, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    out = []
    for article in articles:
        seq = words[article.id]
        covered_by: dict[str, list[bool]] = {}
        for i in range(len(seq) - SHINGLE + 1):
            for holder in holders.get(tuple(w for w, _, _ in seq[i : i + SHINGLE]), ()):
                if holder == article.id:
                    continue
                covered = covered_by.setdefault(holder, [False] * len(seq))
                for k in range(i, i + SHINGLE):
                    covered[k] = True
        word_chars = sum(len(w) for w, _, _ in seq)
        for source_id in sorted(covered_by, key=order.__getitem__):
            covered = covered_by[source_id]
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
            shared = sum(len(p) for p in passages)
            # The share counts the article's own words that are covered, so it cannot pass 100%
            # (passages span the white space and lines between their words; the words do not).
            covered_chars = sum(len(seq[k][0]) for k in range(len(seq)) if covered[k])
            share = min(1.0, covered_chars / max(word_chars, 1))
            out.append(Reuse(article.id, source_id, shared, round(share, 3), tuple(passages), _source_earlier(article, by_id[source_id])))
    out.sort(key=lambda r: (-r.share, r.article, r.source))
    return out

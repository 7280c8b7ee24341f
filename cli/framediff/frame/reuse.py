"""Verbatim reuse: passages of eight words or more that one article shares with another."""

from __future__ import annotations

import re

from framediff.article import Article
from framediff.frame.findings import Reuse

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


def _runs(starts: list[int]) -> list[tuple[int, int]]:
    """The (first, last) words of the passages that shingles starting at ``starts`` (ascending) cover, overlaps joined."""
    runs: list[tuple[int, int]] = []
    for i in starts:
        if runs and i <= runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], max(runs[-1][1], i + SHINGLE - 1))
        else:
            runs.append((i, i + SHINGLE - 1))
    return runs


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
        starts_by: dict[str, list[int]] = {}  # source -> where its shingles start in this article: memory grows with matches
        for i in range(len(seq) - SHINGLE + 1):
            for holder in holders.get(tuple(w for w, _, _ in seq[i : i + SHINGLE]), ()):
                if holder != article.id:
                    starts_by.setdefault(holder, []).append(i)
        word_chars = sum(len(w) for w, _, _ in seq)
        for source_id in sorted(starts_by, key=order.__getitem__):
            runs = _runs(starts_by[source_id])
            passages = tuple(article.text[seq[first][1] : seq[last][2]] for first, last in runs)
            shared = sum(len(p) for p in passages)
            # The share counts the article's own words that are covered, so it cannot pass 100%
            # (passages span the white space and lines between their words; the words do not).
            covered_chars = sum(len(seq[k][0]) for first, last in runs for k in range(first, last + 1))
            share = min(1.0, covered_chars / max(word_chars, 1))
            out.append(Reuse(article.id, source_id, shared, round(share, 3), passages, _source_earlier(article, by_id[source_id])))
    out.sort(key=lambda r: (-r.share, r.article, r.source))
    return out

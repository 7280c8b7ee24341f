"""Evaluative and loaded words each outlet uses, and the tone of its sentences on shared claims."""

from __future__ import annotations

from collections import defaultdict

from ..article import Article
from ..comparison import Comparison
from ..lexicon import marked_words, tone


def evaluative_terms(articles: list[Article]) -> dict[str, tuple[tuple[str, str, int, tuple[int, ...]], ...]]:
    """Each article's judging words: (term, kind, count, sentence indices), commonest first.

    A word VADER calls loaded that every article uses is the story's own
    vocabulary, not an outlet's choice ("agreement" and "intelligence" in a
    story about an intelligence agreement): it is left out. Words of our
    own news lists (historic, so-called, reportedly...) always count.
    """
    found = {a.id: _evaluative(a) for a in articles}
    if len(articles) < 2:
        return found
    everywhere = set.intersection(*({term for term, kind, *_ in items if kind == "loaded"} for items in found.values()))
    return {k: tuple(item for item in items if item[0] not in everywhere) for k, items in found.items()}


def _evaluative(article: Article) -> tuple[tuple[str, str, int, tuple[int, ...]], ...]:
    found: dict[str, tuple[str, list[int]]] = {}
    for s in article.sentences:
        for mark in marked_words(s.text):
            if mark.kind == "intensifier":
                continue
            term = mark.word.lower()
            kind, where = found.setdefault(term, (mark.kind, []))
            where.append(s.index)
    items = [(term, kind, len(where), tuple(sorted(set(where)))) for term, (kind, where) in found.items()]
    return tuple(sorted(items, key=lambda t: (-t[2], t[0])))


def tones(comparison: Comparison) -> dict[str, tuple[float, float | None]]:
    al = comparison.alignment
    own: dict[str, list[float]] = defaultdict(list)
    others: dict[str, list[float]] = defaultdict(list)
    for claim in comparison.shared_claims:
        values = {m.member.article: tone(al.sentence(m.member).text) for m in claim.members}
        for article, value in values.items():
            own[article].append(value)
            others[article].extend(v for a, v in values.items() if a != article)
    return {
        a: (round(sum(v) / len(v), 3), round(sum(others[a]) / len(others[a]), 3) if others[a] else None)
        for a, v in own.items()
    }

"""Articles kept apart as two events, with the evidence: the names each writes.

The cross-language scorer (:mod:`framediff.aligning.crosslingual`) keeps apart two articles in two languages that each name
three or more people, places or bodies, none of one's alike, and date their events to other days with no figure alike
(:func:`framediff.aligning.language_free.apart`); the alignment records each such pair that no claim joins with the names
each article writes, as it writes them, and its days, so that a report can say why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from framediff.article import Article

if TYPE_CHECKING:
    from framediff.aligning.claims import Claim
    from framediff.aligning.language_free import Named


@dataclass(frozen=True)
class TwoEvents:
    """Two articles in two languages that report two events: each names people, places or bodies, none of one's reads
    as the other's, and they give other days and no figure alike (:func:`framediff.aligning.language_free.apart`), so no
    claim joins them. ``names`` and ``days`` are the evidence."""

    articles: tuple[str, str]
    names: tuple[tuple[str, ...], tuple[str, ...]]  # all that counted, in the order each article first writes them
    days: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # the days of a month each gives ("14 May"), in date order


def sharing_none(articles: Sequence[Article], claims: Iterable[Claim]) -> tuple[str, ...]:
    """The articles that share no claim with any other, in a story of two or more: another story, or one framediff could
    not align. A report says which (a thirty-first trial's two unrelated articles each "left out" the other's whole story,
    and nothing said why); beside two or more articles that share claims, :func:`framediff.comparing.coverage.absences`
    reads what its sentences score against theirs as no evidence either way (a thirty-fifth trial's music festival, in a
    folder with two reports of a rate cut, was said to leave out all six of their shared claims and to come near the cut,
    0.70, for a date both give)."""
    if len(articles) < 2:
        return ()
    shared = {a for c in claims if len(c.articles) > 1 for a in c.articles}
    return tuple(a.id for a in articles if a.id not in shared)


def outliers(articles: Sequence[Article], claims: Iterable[Claim]) -> tuple[str, ...]:
    """The articles that share no claim (:func:`sharing_none`) beside two or more that do share claims: what their
    sentences score against the others' is no evidence either way. Where no two articles share a claim, none: each tells
    its own story, and what one lacks of another's it leaves out."""
    found = sharing_none(articles, list(claims))
    return found if len(articles) - len(found) >= 2 else ()


def two_events(articles: Sequence[Article], apart: Iterable[tuple[int, int]], named: dict[int, Named],
               joined: set[tuple[int, int]]) -> tuple[TwoEvents, ...]:
    """The article pairs the cross-language scorer kept apart and that no claim joins (``joined``: the article pairs
    some claim holds), each with the names that counted, as the articles write them."""
    from framediff.aligning.language_free import WORD, day_shown, fold

    def written(a: int) -> tuple[str, ...]:
        keys = named[a].counted
        out: dict[str, str] = {}
        for s in articles[a].sentences:
            for word in WORD.findall(s.text):
                if word[:1].isupper() and fold(word) in keys and fold(word) not in out:  # as a name: capitalised
                    out[fold(word)] = word
        return tuple(out.values())

    def days(a: int) -> tuple[str, ...]:  # keyed "d14-5": in date order, month first
        keys = [v[1:].split("-") for v in named[a].figures if v.startswith("d")]
        return tuple(day_shown(f"d{d}-{m}") for d, m in sorted(keys, key=lambda dm: (int(dm[1]), int(dm[0]))))

    return tuple(TwoEvents((articles[a].id, articles[b].id), (written(a), written(b)), (days(a), days(b)))
                 for a, b in sorted(apart) if (a, b) not in joined)


"""Articles kept apart as two events, with the evidence: the names each writes.

The cross-language scorer (:mod:`framediff.aligning.crosslingual`) keeps apart two articles in two languages that each name
three or more people, places or bodies and none of one's alike (:func:`framediff.aligning.language_free.apart`); the
alignment records each such pair with the first names each article writes, as it writes them, so that a report can say
why no claim joins them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from framediff.article import Article

if TYPE_CHECKING:
    import numpy as np

    from framediff.aligning.language_free import Facts


@dataclass(frozen=True)
class TwoEvents:
    """Two articles in two languages that report two events: each names people, places or bodies and none of one's reads
    as the other's (:func:`framediff.aligning.language_free.apart`), so no claim joins them. ``names`` are each one's
    names as it writes them, the evidence."""

    articles: tuple[str, str]
    names: tuple[tuple[str, ...], tuple[str, ...]]

TWO_EVENTS_NAMES = 4  # names shown of each article, in the order it first writes them


def two_events(articles: Sequence[Article], apart: Iterable[tuple[int, int]], found: Sequence[Facts],
               owner: np.ndarray) -> tuple[TwoEvents, ...]:
    """The article pairs the cross-language scorer kept apart, each with the names it read, as the articles write them."""
    from framediff.aligning.language_free import fold, named

    def written(a: int) -> tuple[str, ...]:
        keys = named(f for f, o in zip(found, owner.tolist()) if o == a).names or frozenset()
        out: dict[str, str] = {}
        for word in re.findall(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*", " ".join(s.text for s in articles[a].sentences)):
            if word[:1].isupper() and fold(word) in keys and fold(word) not in out:  # as a name: capitalised
                out[fold(word)] = word
        return tuple(out.values())[:TWO_EVENTS_NAMES]

    return tuple(TwoEvents((articles[a].id, articles[b].id), (written(a), written(b))) for a, b in sorted(apart))

"""The Python API: the same pipeline the commands run, returning dataclasses.

    >>> import framediff
    >>> result = framediff.align(["seeds/"])
    >>> framediff.to_json(result)["claims"][0]["members"]  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any, Callable, Sequence

from .alignment import LEAD_PRIOR, AlignOptions, Alignment, align_articles
from .article import Article
from .embedding import Embedder
from .pipeline import ReadOptions, finish_articles, read_articles


def align(
    inputs: Sequence[str | Article],
    *,
    threshold: float | None = None,
    min_outlets: int = 1,
    lead_prior: float = LEAD_PRIOR,
    model: str | None = None,
    use_cache: bool = True,
    read_options: ReadOptions = ReadOptions(),
    warn: Callable[[str], None] | None = None,
) -> Alignment:
    """Read the inputs (paths, URLs, or already read :class:`Article` objects) and align their claims.

    Articles keep the order of ``inputs``; labels and ids are made unique across all of them.
    ``lead_prior``: log-odds added to pairs of headlines and first sentences (0 for text that is not news).
    """
    articles: list[Article] = []
    for item in inputs:
        articles += [item] if isinstance(item, Article) else read_articles([item], read_options, warn=warn)
    articles = finish_articles(articles, dedupe=read_options.dedupe, warn=warn)
    embedder = Embedder(model=model, use_cache=use_cache, warn=warn)
    return align_articles(articles, embedder, AlignOptions(threshold=threshold, min_outlets=min_outlets, lead_prior=lead_prior))


def to_json(result: Alignment | Sequence[Article]) -> dict[str, Any]:
    """The JSON document the commands print for ``result``."""
    from .serialize import alignment_document, articles_document

    if isinstance(result, Alignment):
        return alignment_document(result)
    return articles_document(list(result))

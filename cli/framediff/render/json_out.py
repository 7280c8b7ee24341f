"""JSON and JSON Lines output."""

from __future__ import annotations

from ..article import Article
from ..safetext import dumps
from ..alignment import Alignment
from ..serialize import SCHEMA, alignment_document, article_to_dict, articles_document, claim_to_dict


def articles(items: list[Article], *, lines: bool = False) -> str:
    if lines:
        return "".join(dumps({"schema": SCHEMA, **article_to_dict(a)}) + "\n" for a in items)
    return dumps(articles_document(items), indent=2)


def alignment(result: Alignment, *, lines: bool = False) -> str:
    if lines:
        return "".join(dumps({"schema": SCHEMA, **claim_to_dict(c, result)}) + "\n" for c in result.claims)
    return dumps(alignment_document(result), indent=2)

"""JSON and JSON Lines output."""

from __future__ import annotations

from ..article import Article
from ..safetext import dumps
from ..serialize import SCHEMA, article_to_dict, articles_document


def articles(items: list[Article], *, lines: bool = False) -> str:
    if lines:
        return "".join(dumps({"schema": SCHEMA, **article_to_dict(a)}) + "\n" for a in items)
    return dumps(articles_document(items), indent=2)

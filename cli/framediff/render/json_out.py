"""JSON and JSON Lines output."""

from __future__ import annotations

from ..article import Article
from ..safetext import dumps
from ..alignment import Alignment
from ..comparison import Comparison
from ..serialize import SCHEMA, alignment_document, article_to_dict, articles_document, claim_to_dict, comparison_claim, comparison_document


def articles(items: list[Article], *, lines: bool = False) -> str:
    if lines:
        return "".join(dumps({"schema": SCHEMA, **article_to_dict(a)}) + "\n" for a in items)
    return dumps(articles_document(items), indent=2)


def alignment(result: Alignment, *, lines: bool = False) -> str:
    if lines:
        return "".join(dumps({"schema": SCHEMA, **claim_to_dict(c, result)}) + "\n" for c in result.claims)
    return dumps(alignment_document(result), indent=2)


def comparison(result: Comparison, *, lines: bool = False) -> str:
    if lines:
        return "".join(dumps({"schema": SCHEMA, **comparison_claim(c, result)}) + "\n" for c in result.claims)
    return dumps(comparison_document(result), indent=2)


def framing_lines(result: Comparison) -> str:
    """One line per outlet with its framing, then one per naming, reuse and disagreement record."""
    from ..framing import framing_to_dict

    data = framing_to_dict(result.framing)
    labels = {a.id: a.label for a in result.alignment.articles}
    lines = [dumps({"type": "outlet", "article": a, "label": labels[a], **f}) for a, f in data["framing"].items()]
    for kind in ("naming", "reuse", "disagreements"):
        lines += [dumps({"type": kind, **record}) for record in data[kind]]
    return "".join(line + "\n" for line in lines)

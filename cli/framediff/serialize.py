"""Turn core results into the JSON contract (``"schema": "framediff/1"``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .alignment import Alignment, Claim
from .article import Article, Span

SCHEMA = "framediff/1"


def span_to_dict(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end, "reason": span.reason}


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "label": article.label,
        "source": article.source,
        "title": article.title,
        "date": article.date,
        "url": article.url,
        "author": article.author,
        "tags": list(article.tags),
        "format": article.format,
        "encoding": article.encoding,
        "words": article.word_count,
        "sentences": [asdict(s) for s in article.sentences],
        "metadata": [span_to_dict(s) for s in article.metadata],
        "dropped": [span_to_dict(s) for s in article.dropped],
    }


def articles_document(articles: list[Article]) -> dict[str, Any]:
    return {"schema": SCHEMA, "articles": [article_to_dict(a) for a in articles]}


def claim_to_dict(claim: Claim, alignment: Alignment) -> dict[str, Any]:
    labels = {a.id: a.label for a in alignment.articles}
    return {
        "id": claim.id,
        "members": [
            {"article": m.article, "label": labels[m.article], "sentence": m.sentence, "score": m.score, "text": alignment.sentence(m).text}
            for m in claim.members
        ],
        "representative": {"article": claim.representative.article, "sentence": claim.representative.sentence},
        "articles": list(claim.articles),
        "missing": list(claim.missing),
    }


def alignment_document(alignment: Alignment) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "model": alignment.model,
        "threshold": alignment.threshold,
        "articles": [article_to_dict(a) for a in alignment.articles],
        "claims": [claim_to_dict(c, alignment) for c in alignment.claims],
    }

"""Turn core results into the JSON contract (``"schema": "framediff/1"``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from .alignment import Alignment, Claim
from .article import Article, Span
from .comparison import ClaimDiff, Comparison

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
        "closest": [
            {"article": m.article, "label": labels[m.article], "sentence": m.sentence, "score": m.score, "text": alignment.sentence(m).text}
            for m in claim.closest
        ],
    }


def alignment_settings(alignment: Alignment) -> dict[str, Any]:
    """What the claims were found with: the sentence model, the threshold and the lead prior."""
    return {"model": alignment.model, "threshold": alignment.threshold, "lead_prior": alignment.lead_prior}


def alignment_document(alignment: Alignment) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        **alignment_settings(alignment),
        "articles": [article_to_dict(a) for a in alignment.articles],
        "claims": [claim_to_dict(c, alignment) for c in alignment.claims],
    }


def diff_to_list(ops: Any) -> list[dict[str, Any]]:
    return [{"op": o.op, "a": o.a, "b": o.b, **({"minor": True} if o.minor else {})} for o in ops]


def comparison_claim(claim: ClaimDiff, comparison: Comparison) -> dict[str, Any]:
    data = claim_to_dict(claim.claim, comparison.alignment)
    data["number"] = comparison.claim_number(claim.claim.id)
    data["representative"] = {"article": claim.reference.article, "sentence": claim.reference.sentence}
    diffs = {(d.member.article, d.member.sentence): d for d in claim.members}
    for member in data["members"]:
        diff = diffs[(member["article"], member["sentence"])]
        member["diff"] = diff_to_list(diff.diff)
        member["same_words"] = diff.same_words
        member["paraphrase"] = diff.paraphrase
    return data


def comparison_document(comparison: Comparison) -> dict[str, Any]:
    al = comparison.alignment
    coverage: dict[str, dict[str, list[int]]] = {}
    for claim in al.claims:
        row: dict[str, list[int]] = {a.id: [] for a in al.articles}
        for m in claim.members:
            row[m.article].append(m.sentence)
        coverage[claim.id] = row
    document = {
        "schema": SCHEMA,
        **alignment_settings(al),
        "widely_carried_from": comparison.widely,
        "articles": [article_to_dict(a) for a in al.articles],
        "outlets": [
            {
                "article": o.article.id,
                "label": o.article.label,
                "title": o.article.title,
                "date": o.article.date,
                "words": o.article.word_count,
                "sentences": len(o.article.sentences),
                "claims": o.claims,
                "only_here": list(o.only_here),
                "left_out": list(o.left_out),
            }
            for o in comparison.outlets
        ],
        "headlines": {
            "reference": comparison.headline_reference.id if comparison.headline_reference else None,
            "diffs": [{"article": a.id, "label": a.label, "text": a.sentences[0].text, "diff": diff_to_list(ops)} for a, ops in comparison.headlines],
        },
        "claims": [comparison_claim(c, comparison) for c in comparison.claims],
        "coverage": coverage,
        "only_here": {o.article.id: list(o.only_here) for o in comparison.outlets},
        "left_out": {o.article.id: list(o.left_out) for o in comparison.outlets},
    }
    if comparison.framing is not None:
        from .framing import framing_to_dict

        document.update(framing_to_dict(comparison.framing))
    return document

"""The JSON contract (``"schema": "framediff/2"``): every command's document, and its JSON Lines.

One document per command, each with ``schema`` and ``command``. Records name
articles by ``article`` (the id) and ``label`` side by side, so that jq can
select on either; no object is keyed by an opaque id. ``--format jsonl`` is
the same document cut into lines (:func:`document_lines`): a ``header`` line
with every key that is not a list, then one line per list item with its
``type``. :func:`document_from_lines` puts them back together, so nothing of
the document is lost. ``cli/framediff/schema/framediff.schema.json``
validates both.

Version 2 changed the meaning of keys of version 1: ``coverage``,
``only_here``, ``left_out``, ``headlines`` and the framing records are lists
of records now (they were objects keyed by article or claim ids).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from framediff.aligning.claims import Alignment, Claim, Member
from framediff.article import Article, Sentence, Span
from framediff.comparing.comparison import CARRIES, LEAVES_OUT, REFERENCE_RULE, ClaimDiff, Comparison, LeftOut, headline_diffs

if TYPE_CHECKING:
    from framediff.frame import Framing, Quote

SCHEMA = "framediff/2"

# The lists of a document, in the order their lines come, and the type of each line.
LINE_TYPES = {
    "articles": "article", "outlets": "outlet", "headlines": "headline", "claims": "claim", "coverage": "coverage",
    "only_here": "only_here", "left_out": "left_out", "differently": "differently", "framing": "framing", "naming": "naming", "reuse": "reuse",
    "disagreements": "disagreement", "pairs": "pair",
}


def span_to_dict(span: Span) -> dict[str, Any]:
    return {"text": span.text, "start": span.start, "end": span.end, "reason": span.reason}


def sentence_to_dict(sentence: Sentence) -> dict[str, Any]:
    """A sentence's record; ``language`` only where it differs from its article's."""
    out = asdict(sentence)
    if out["language"] is None:
        del out["language"]
    return out


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "label": article.label,
        "source": article.source,
        "title": article.title,
        "date": article.date,
        "url": article.url,
        "outlet": article.outlet,
        "author": article.author,
        "tags": list(article.tags),
        "format": article.format,
        "encoding": article.encoding,
        "language": article.language,
        "language_confidence": article.language_confidence,
        "words": article.word_count,
        "sentences": [sentence_to_dict(s) for s in article.sentences],
        "metadata": [span_to_dict(s) for s in article.metadata],
        "dropped": [span_to_dict(s) for s in article.dropped],
    }


def _header(command: str) -> dict[str, Any]:
    return {"schema": SCHEMA, "command": command}


def articles_document(articles: list[Article]) -> dict[str, Any]:
    return {**_header("sentences"), "articles": [article_to_dict(a) for a in articles]}


def alignment_settings(alignment: Alignment) -> dict[str, Any]:
    """What the claims were found with: the sentence model, the threshold and the lead prior."""
    return {"model": alignment.model, "threshold": alignment.threshold, "lead_prior": alignment.lead_prior}


def _member(alignment: Alignment, m: Member, labels: dict[str, str]) -> dict[str, Any]:
    return {"article": m.article, "label": labels[m.article], "sentence": m.sentence, "score": m.score, "text": alignment.sentence(m).text}


def claim_to_dict(claim: Claim, alignment: Alignment, number: int | None = None, reference: Any = None) -> dict[str, Any]:
    """A claim with its reference sentence's text and its outlets' labels beside their ids."""
    labels = {a.id: a.label for a in alignment.articles}
    ref = reference or claim.representative
    return {
        "id": claim.id,
        "number": number if number is not None else next(n for n, c in enumerate(alignment.claims, 1) if c.id == claim.id),
        "text": alignment.sentence(ref).text,
        "representative": {"article": ref.article, "label": labels[ref.article], "sentence": ref.sentence},
        "members": [_member(alignment, m, labels) for m in claim.members],
        "articles": list(claim.articles),
        "labels": [labels[a] for a in claim.articles],
        "missing": list(claim.missing),
        "missing_labels": [labels[a] for a in claim.missing],
        "closest": [_member(alignment, m, labels) for m in claim.closest],
        # the same sentences as closest (whose text and label are there), with the evidence for three states
        "nearest": [{"article": n.article, "sentence": n.sentence, "score": n.score, "carried": n.carried, "part": n.part,
                     "claim": n.claim or None} for n in claim.nearest],
    }


def alignment_document(alignment: Alignment) -> dict[str, Any]:
    return {
        **_header("align"),
        **alignment_settings(alignment),
        "articles": [article_to_dict(a) for a in alignment.articles],
        "claims": [claim_to_dict(c, alignment, n) for n, c in enumerate(alignment.claims, 1)],
    }


def diff_to_list(ops: Any) -> list[dict[str, Any]]:
    return [{"op": o.op, "a": o.a, "b": o.b, **({"minor": True} if o.minor else {})} for o in ops]


def comparison_claim(claim: ClaimDiff, comparison: Comparison) -> dict[str, Any]:
    data = claim_to_dict(claim.claim, comparison.alignment, comparison.claim_number(claim.claim.id), claim.reference)
    diffs = {(d.member.article, d.member.sentence): d for d in claim.members}
    for member in data["members"]:
        diff = diffs[(member["article"], member["sentence"])]
        member["diff"] = diff_to_list(diff.diff)
        member["same_words"] = diff.same_words
        member["paraphrase"] = diff.paraphrase
        member["reference"] = diff.is_reference
        if diff.language:  # in another language than the reference: its own words, never word-diffed ("diff" is empty)
            member["language"] = diff.language
    data["reference_why"] = claim.why
    return data


def absence_record(comparison: Comparison, left: LeftOut) -> dict[str, Any]:
    """An outlet that lacks a claim: its state (differently: its closest sentence comes near; leaves_out: nothing does),
    why, and its closest sentence with that pair's score."""
    al = comparison.alignment
    article = al.article(left.article)
    return {"article": article.id, "label": article.label, "claim": left.claim, "number": comparison.claim_number(left.claim),
            "text": al.sentence(comparison.reference_of(left.claim)).text, "state": left.state, "reason": left.reason,
            "closest": None if left.closest is None else {"sentence": left.closest.sentence, "score": left.closest.score,
                                                          "text": al.sentence(left.closest).text}}


def comparison_document(comparison: Comparison, command: str = "compare") -> dict[str, Any]:
    al = comparison.alignment
    number = comparison.claim_number
    document: dict[str, Any] = {
        **_header(command),
        **alignment_settings(al),
        "widely_carried_from": comparison.widely,
        "articles": [article_to_dict(a) for a in al.articles],
        "outlets": [
            {
                "article": o.article.id, "label": o.article.label, "title": o.article.title, "date": o.article.date, "url": o.article.url,
                "source": o.article.source, "language": o.article.language, "words": o.article.word_count, "sentences": len(o.article.sentences), "claims": o.claims,
                "only_here": list(o.only_here), "left_out": list(o.left_out), "differently": [x.claim for x in o.differently],
            }
            for o in comparison.outlets
        ],
        "headlines": [
            {"article": h.article.id, "label": h.article.label, "text": h.article.sentences[0].text, "reference": h.is_reference,
             "same_words": round(h.same_words, 4), "paraphrase": h.paraphrase, "diff": diff_to_list(h.diff),
             **({"language": h.language} if h.language else {})}
            for h in headline_diffs(comparison)
        ],
        "claims": [comparison_claim(c, comparison) for c in comparison.claims],
        "coverage": _coverage(comparison),
        "only_here": [
            {"article": o.article.id, "label": o.article.label, "claim": cid, "number": number(cid),
             "sentence": al.claim(cid).members[0].sentence, "text": al.sentence(al.claim(cid).members[0]).text}
            for o in comparison.outlets for cid in o.only_here
        ],
        "left_out": [absence_record(comparison, left) for o in comparison.outlets for left in o.left_out_closest],
        "differently": [absence_record(comparison, near) for o in comparison.outlets for near in o.differently],
        "reference_rule": REFERENCE_RULE,
    }
    if comparison.reference is not None and command == "compare":
        chosen = al.article(comparison.reference)
        document["reference"] = {"article": chosen.id, "label": chosen.label}
    if comparison.focus is not None:
        focus = al.article(comparison.focus)
        document["view"] = {"article": focus.id, "label": focus.label}
    if comparison.framing is not None:
        document.update(framing_records(comparison.framing, al))
    return document


class _Absent(dict):  # type: ignore[type-arg]
    """A coverage cell of an article that does not carry the claim: one per article, shared by every row, so read-only."""

    def _refuse(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("a shared coverage cell is read-only; copy it with dict(cell) to change it")

    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = __ior__ = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (a batch worker's result) and copied without __setitem__
        return (_Absent, (dict(self),))


class _NoSentences(list):  # type: ignore[type-arg]
    """The empty, read-only sentence list of an :class:`_Absent` cell (equal to ``[]``)."""

    def _refuse(self, *args: Any, **kwargs: Any) -> None:
        raise TypeError("a shared coverage cell is read-only; copy it with dict(cell) to change it")

    append = extend = insert = remove = pop = clear = sort = reverse = __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (_NoSentences, ())


def _coverage(comparison: Comparison) -> list[dict[str, Any]]:
    """A row per claim with a cell per article. The matrix is claims x articles: at 100,000 sentences in 500 articles,
    45 million cells (16 GB as dicts of their own), so an article's empty cell is one shared, read-only dict."""
    al = comparison.alignment
    absent = {a.id: _Absent(article=a.id, label=a.label, sentences=_NoSentences(), state=LEAVES_OUT, closest=None) for a in al.articles}
    rows = []
    for c in al.claims:
        if not comparison.in_view(c):
            continue
        present: dict[str, list[int]] = {}
        for m in c.members:
            present.setdefault(m.article, []).append(m.sentence)
        cells = [{"article": a.id, "label": a.label, "sentences": present[a.id], "state": CARRIES} if a.id in present
                 else _absent_cell(comparison, c.id, a.id, absent[a.id]) for a in al.articles]
        rows.append({"claim": c.id, "number": comparison.claim_number(c.id), "text": al.sentence(comparison.reference_of(c.id)).text, "articles": cells})
    return rows


def _absent_cell(comparison: Comparison, claim: str, article: str, shared: dict[str, Any]) -> dict[str, Any]:
    """The shared empty cell, or, when the outlet's closest sentence is known, a cell with its state, reason and that sentence."""
    left = comparison.absence(claim, article)
    if left is None or left.closest is None:
        return shared
    record = absence_record(comparison, left)
    return {"article": record["article"], "label": record["label"], "sentences": [], "state": left.state, "reason": left.reason,
            "closest": record["closest"]}


def diff_document(comparison: Comparison, differ: bool, ignore_space: bool, ignore_case: bool) -> dict[str, Any]:
    """`framediff diff`: the comparison of A and B, A the reference of every claim, and whether they differ."""
    document = comparison_document(comparison, "diff")
    a = comparison.alignment.articles[0]
    header = {k: document.pop(k) for k in ("schema", "command")}
    return {**header, "differ": differ, "ignore_space": ignore_space, "ignore_case": ignore_case,
            "reference": {"article": a.id, "label": a.label}, **document}


def framing_document(comparison: Comparison) -> dict[str, Any]:
    al = comparison.alignment
    return {**_header("framing"), **alignment_settings(al), "articles": [article_to_dict(a) for a in al.articles],
            **framing_records(comparison.framing, al)}


def framing_records(framing: Framing, alignment: Alignment) -> dict[str, Any]:
    """Per-outlet framing, naming, reuse and facts that disagree: lists of records naming articles by id and label."""
    labels = {a.id: a.label for a in alignment.articles}
    numbers = {c.id: n for n, c in enumerate(alignment.claims, 1)}

    def named(article: str) -> dict[str, str]:
        return {"article": article, "label": labels[article]}

    return {
        "framing": [
            {
                **named(article),
                "distinctive_terms": [{"term": t, "score": z} for t, z in f.distinctive_terms],
                "evaluative_terms": [{"term": t, "kind": k, "count": c, "sentences": list(s), "quoted": q} for t, k, c, s, q in f.evaluative_terms],
                "tone": {"shared_claims": f.tone, "others_on_same_claims": f.tone_others},
                "quotes": [{"speaker": q.speaker, "text": q.text, "sentence": q.sentence, "verb": q.verb, "kind": q.kind, "start": q.start,
                            "end": q.end} for q in f.quotes],
                "speakers": _speakers(f.quotes),
                **({"language": f.language, "not_run": list(f.not_run)} if f.not_run else {}),
            }
            for article, f in framing.outlets.items()
        ],
        "naming": [{"concept": n.concept, "variants": [{**named(a), "words": list(v), "sentences": list(n.sentences.get(a, ()))}
                                                         for a, v in n.variants.items()]} for n in framing.naming],
        "reuse": [
            {**named(r.article), "source": r.source, "source_label": labels[r.source], "shared_chars": r.shared_chars, "share": r.share,
             "passages": list(r.passages), "source_earlier": r.source_earlier, "shared_quotations": list(r.shared_quotations),
             "source_share": r.source_share}
            for r in framing.reuse
        ],
        "disagreements": [{"claim": d.claim, "number": numbers[d.claim], "kind": d.kind,
                           "values": [{**named(a), "values": list(v),
                                       "evidence": [{"value": x, "words": w, "sentence": t} for x, w, t in d.evidence.get(a, ())]}
                                      for a, v in d.values.items()]} for d in framing.disagreements],
    }


def _speakers(quotes: tuple[Quote, ...]) -> list[dict[str, Any]]:
    words: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for q in quotes:
        if q.kind != "speech":
            continue  # a scare quote or a title is nobody's statement
        name = q.speaker or "(unattributed)"
        counts[name] += 1
        words[name] += len(q.text.split())
    return [{"speaker": n, "quotes": c, "words": words[n]} for n, c in counts.most_common()]


def document_lines(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The document as JSON Lines records: a header with every key that is not a list (and how many lines each list
    gives, so that a reader can tell a whole stream from a cut one), then each list item with its type."""
    counts = {key: len(document[key]) for key in LINE_TYPES if key in document}
    yield {"type": "header", **{k: v for k, v in document.items() if k not in LINE_TYPES}, "lines": counts}
    for key, kind in LINE_TYPES.items():
        for item in document.get(key, ()):
            yield {"type": kind, **item}


def document_from_lines(lines: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The inverse of :func:`document_lines`."""
    kinds = {kind: key for key, kind in LINE_TYPES.items()}
    document: dict[str, Any] = {}
    lists: dict[str, list[dict[str, Any]]] = {}
    for line in lines:
        record = dict(line)
        kind = record.pop("type")
        if kind == "header":
            lists.update({key: [] for key in record.pop("lines", {})})
            document.update(record)
        else:
            lists.setdefault(kinds[kind], []).append(record)
    return {**document, **lists}

"""The JSON contract: every document framediff writes, and its JSON Lines. The schema name lives here alone.

One document per command, each with ``schema`` and ``command`` (a `batch`
line carries the name under ``batch``). Records name articles by ``article``
(the id) and ``label`` side by side, so that jq can select on either; no
object is keyed by an opaque id. ``--format jsonl`` is the same document as
lines, written record by record (:func:`lines`, :mod:`framediff.json_lines`).
``cli/framediff/schema/framediff.schema.json`` validates both.

Version 2 changed the meaning of keys of version 1: ``coverage``,
``only_here``, ``left_out``, ``headlines`` and the framing records are lists
of records now (they were objects keyed by article or claim ids).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from framediff.aligning.claims import Alignment, Claim, Member, SentenceRef
from framediff.article import Article, Sentence, Span
from framediff.comparing.comparison import (CARRIES, DIFFERENTLY, LEAVES_OUT, REFERENCE_RULE, UNCLEAR, ClaimDiff, Comparison,
                                             HeadlineDiff, LeftOut, OutletSummary, headline_diffs)
from framediff import json_lines
from framediff.framing_json import framing_parts
from framediff.json_lines import Listed, Part, listed, whole
from framediff.results import DiffResult, FramingResult, PairScore
from framediff.safetext import dumps

if TYPE_CHECKING:
    from framediff.comparing.word_diff import DiffOp
    from framediff.corpus.summary import Summary

SCHEMA = "framediff/2"


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


def _header(command: str) -> list[tuple[str, Part]]:
    return [("schema", SCHEMA), ("command", command)]


def _articles(articles: Sequence[Article]) -> Listed:
    return listed(articles, article_to_dict)


def articles_parts(articles: Sequence[Article]) -> list[tuple[str, Part]]:
    return [*_header("sentences"), ("articles", _articles(articles))]


def alignment_settings(alignment: Alignment) -> dict[str, Any]:
    """What the claims were found with: the sentence model, the threshold and the lead prior."""
    return {"model": alignment.model, "threshold": alignment.threshold, "lead_prior": alignment.lead_prior}


def _member(alignment: Alignment, m: Member, labels: dict[str, str]) -> dict[str, Any]:
    return {"article": m.article, "label": labels[m.article], "sentence": m.sentence, "score": m.score, "text": alignment.sentence(m).text}


def claim_to_dict(claim: Claim, alignment: Alignment, number: int | None = None, reference: SentenceRef | None = None) -> dict[str, Any]:
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
                     "claim": n.claim or None, "quotes_another": n.other_speaker, "other_figures": n.other_figures,
                     "second_reading": {"sentence": n.second_sentence, "cosine": n.second} if n.second_sentence >= 0 else None}
                    for n in claim.nearest],
    }


def alignment_parts(alignment: Alignment) -> list[tuple[str, Part]]:
    numbered = list(enumerate(alignment.claims, 1))
    return [*_header("align"), *alignment_settings(alignment).items(), ("articles", _articles(alignment.articles)),
            ("claims", listed(numbered, lambda nc: claim_to_dict(nc[1], alignment, nc[0]))), *two_events_parts(alignment)]


def two_events_parts(alignment: Alignment) -> list[tuple[str, Part]]:
    """``two_events``, where articles were kept apart as two events: each pair with the names each writes (a plain list,
    so JSON Lines carry it in the header)."""
    if not alignment.two_events:
        return []
    labels = {a.id: a.label for a in alignment.articles}
    return [("two_events", [{"articles": [{"article": a, "label": labels[a], "names": list(names), "days": list(days)}
                                          for a, names, days in zip(t.articles, t.names, t.days)]} for t in alignment.two_events])]


def diff_to_list(ops: Sequence[DiffOp]) -> list[dict[str, Any]]:
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
        if diff.against is not None:  # diffed against another sentence of the reference's outlet: its "a" sides are that one
            member["against"] = {"article": diff.against.article, "sentence": diff.against.sentence}
        if diff.host is not None:  # a fragment with the sentence of its outlet it goes with: not diffed ("diff" is empty)
            member["fragment_of"] = diff.host
    data["reference_why"] = claim.why
    return data


def absence_record(comparison: Comparison, left: LeftOut) -> dict[str, Any]:
    """An outlet that lacks a claim: its state (differently: its closest sentence comes near; leaves_out: nothing does;
    unclear: its closest sentence shows neither), why, its closest sentence with that pair's score, and whether the claim
    is a quotation (a "leaves_out" of one says the outlet does not quote its words)."""
    al = comparison.alignment
    article = al.article(left.article)
    return {"article": article.id, "label": article.label, "claim": left.claim, "number": comparison.claim_number(left.claim),
            "text": al.sentence(comparison.reference_of(left.claim)).text, "state": left.state, "reason": left.reason,
            "quotation": left.claim in comparison.quotations,
            "closest": None if left.closest is None else {"sentence": left.closest.sentence, "score": left.closest.score,
                                                          "text": al.sentence(left.closest).text}}


def _outlet(o: OutletSummary) -> dict[str, Any]:
    a = o.article
    return {"article": a.id, "label": a.label, "title": a.title, "date": a.date, "url": a.url, "source": a.source, "language": a.language,
            "words": a.word_count, "sentences": len(a.sentences), "claims": o.claims, "only_here": list(o.only_here),
            "left_out": list(o.left_out), "differently": [x.claim for x in o.differently], "alone_near": [x.claim for x in o.alone_near],
            "unclear": [x.claim for x in o.unclear]}


def _headline(h: HeadlineDiff) -> dict[str, Any]:
    return {"article": h.article.id, "label": h.article.label, "text": h.article.sentences[0].text, "reference": h.is_reference,
            "same_words": round(h.same_words, 4), "paraphrase": h.paraphrase, "diff": diff_to_list(h.diff),
            **({"language": h.language} if h.language else {})}


def comparison_parts(comparison: Comparison, command: str = "compare") -> list[tuple[str, Part]]:
    al = comparison.alignment
    number = comparison.claim_number
    only_here = [(o, cid) for o in comparison.outlets for cid in o.only_here]

    def alone(item: tuple[OutletSummary, str]) -> dict[str, Any]:
        o, cid = item
        first = al.claim(cid).members[0]
        return {"article": o.article.id, "label": o.article.label, "claim": cid, "number": number(cid), "sentence": first.sentence,
                "text": al.sentence(first).text, "quotation": cid in comparison.quotations}

    def absent(left: LeftOut) -> dict[str, Any]:
        return absence_record(comparison, left)

    def alone_near(item: tuple[OutletSummary, LeftOut]) -> dict[str, Any]:
        o, near = item
        return {**alone((o, near.claim)), "nearest_elsewhere": absent(near)}

    parts: list[tuple[str, Part]] = [
        *_header(command),
        *alignment_settings(al).items(),
        ("widely_carried_from", comparison.widely),
        ("articles", _articles(al.articles)),
        ("outlets", listed(comparison.outlets, _outlet)),
        ("headlines", listed(headline_diffs(comparison), _headline)),
        ("claims", listed(comparison.claims, lambda c: comparison_claim(c, comparison))),
        ("coverage", Listed(sum(1 for c in al.claims if comparison.in_view(c)), lambda: _coverage(comparison))),
        ("only_here", listed(only_here, alone)),
        ("alone_near", listed([(o, near) for o in comparison.outlets for near in o.alone_near], alone_near)),
        ("left_out", listed([left for o in comparison.outlets for left in o.left_out_closest], absent)),
        ("differently", listed([near for o in comparison.outlets for near in o.differently], absent)),
        ("unclear", listed([near for o in comparison.outlets for near in o.unclear], absent)),
        ("reference_rule", REFERENCE_RULE),
        *two_events_parts(al),
        *([("shares_no_claim", [{"article": a, "label": al.article(a).label} for a in comparison.sharing_none_in_view])]
          if comparison.sharing_none_in_view else []),
    ]
    if comparison.reference is not None and command == "compare":
        chosen = al.article(comparison.reference)
        parts.append(("reference", {"article": chosen.id, "label": chosen.label}))
    if comparison.focus is not None:
        focus = al.article(comparison.focus)
        parts.append(("view", {"article": focus.id, "label": focus.label}))
    if comparison.framing is not None:
        parts += framing_parts(comparison.framing, al)
    return parts


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

    append = extend = insert = remove = pop = clear = sort = reverse = _refuse  # type: ignore[assignment]
    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return (_NoSentences, ())


def _coverage(comparison: Comparison) -> Iterator[dict[str, Any]]:
    """A row per claim with a cell per article. The matrix is claims x articles: at 100,000 sentences in 500 articles,
    45 million cells (16 GB as dicts of their own), so an article's empty cell is one shared, read-only dict per state
    (the evidence for it is the claim's ``nearest``, and the left_out and differently records)."""
    al = comparison.alignment
    absent = {(a.id, state): _Absent(article=a.id, label=a.label, sentences=_NoSentences(), state=state) for a in al.articles
              for state in (LEAVES_OUT, DIFFERENTLY, UNCLEAR)}
    for c in al.claims:
        if not comparison.in_view(c):
            continue
        present: dict[str, list[int]] = {}
        for m in c.members:
            present.setdefault(m.article, []).append(m.sentence)
        cells = [{"article": a.id, "label": a.label, "sentences": present[a.id], "state": CARRIES} if a.id in present
                 else absent[(a.id, _state(comparison, c.id, a.id))] for a in al.articles]
        yield {"claim": c.id, "number": comparison.claim_number(c.id), "text": al.sentence(comparison.reference_of(c.id)).text,
               "quotation": c.id in comparison.quotations, "articles": cells}


def _state(comparison: Comparison, claim: str, article: str) -> str:
    """The state of an outlet that lacks a claim; its evidence is the claim's ``nearest`` and the left_out/differently records."""
    left = comparison.absence(claim, article)
    return LEAVES_OUT if left is None else left.state


def diff_parts(result: DiffResult) -> list[tuple[str, Part]]:
    """`framediff diff`: the comparison of A and B, A the reference of every claim, and whether they differ."""
    parts = comparison_parts(result.comparison, "diff")
    a = result.comparison.alignment.articles[0]
    return [*parts[:2], ("differ", result.differ), ("ignore_space", result.ignore_space), ("ignore_case", result.ignore_case),
            ("reference", {"article": a.id, "label": a.label}), *parts[2:]]


def framing_document_parts(result: FramingResult) -> list[tuple[str, Part]]:
    al = result.comparison.alignment
    return [*_header("framing"), *alignment_settings(al).items(), ("articles", _articles(al.articles)), *framing_parts(result.framing, al)]


Result = Alignment | Comparison | DiffResult | FramingResult | Sequence[Article]


def parts(result: Result) -> list[tuple[str, Part]]:
    """The document of the command that gives ``result``, as (key, value) in order, its lists not yet made."""
    if isinstance(result, Alignment):
        return alignment_parts(result)
    if isinstance(result, Comparison):
        return comparison_parts(result)
    if isinstance(result, DiffResult):
        return diff_parts(result)
    if isinstance(result, FramingResult):
        return framing_document_parts(result)
    return articles_parts(result)


def document(result: Result) -> dict[str, Any]:
    """The command's JSON document for ``result``."""
    return whole(parts(result))


def lines(result: Result) -> Iterator[dict[str, Any]]:
    """The command's document as JSON Lines records, each made when it is written."""
    return json_lines.lines(parts(result))


def score_opening() -> str:
    """The start of `framediff score --format json`, whose ``pairs`` are written as they are scored."""
    return dumps(dict(_header("score")))[:-1] + ', "pairs": ['


def scored_pair(record: dict[str, Any], score: PairScore) -> dict[str, Any]:
    """A line of `framediff score`: the input record, every field kept in its place, with ``score`` and ``same_claim``."""
    return {**record, "score": score.score, "same_claim": score.same_claim}


def batch_line(event: str | int, status: str, **fields: Any) -> dict[str, Any]:
    """A line of `framediff batch`: the event's key, its status, and (status "ok") its comparison document."""
    return {"batch": SCHEMA, "event": event, "status": status, **fields}


def is_batch_line(line: Any) -> bool:
    """Whether ``line`` is a line of `framediff batch`: this schema, and an event key that is a string or an integer."""
    event = line.get("event") if isinstance(line, dict) else None
    return isinstance(line, dict) and line.get("batch") == SCHEMA and isinstance(event, (str, int)) and not isinstance(event, bool)


def summary_document(summary: Summary) -> dict[str, Any]:
    """`framediff summary`: per outlet (and per group) figures, and blindspots."""
    from framediff.corpus.summary import ranked

    out: dict[str, Any] = {
        **dict(_header("summary")), "events": summary.events, "compared_events": summary.compared, "articles": summary.articles,
        "outlets": [f.record() for f in ranked(summary.outlets)],
        "merged_labels": [{"label": label, "spellings": sorted(spellings)} for label, spellings in summary.names.merged()],
    }
    if summary.grouped:
        out["groups"] = [f.record() for f in ranked(summary.groups)]
        out["blindspots"] = [
            {"event": b.event, "claim": b.claim, "text": b.text, "group": b.group, "carried_by": list(b.carried_by),
             "missed_by": list(b.missed_by)}
            for b in summary.blindspots
        ]
        out["ungrouped_outlets"] = sorted(summary.ungrouped)
    return out

"""The JSON records of the framing analysis: per outlet (terms, tone, quotes, speakers), naming, reuse, facts that
disagree and the same words quoted as two people's, each naming its articles by id and label."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from framediff.frame.findings import NO_SPEAKER
from framediff.json_lines import Part, listed

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment
    from framediff.frame.findings import Disagreement, Framing, Naming, OutletFraming, Quote, QuotedApart, Reuse


def framing_parts(framing: Framing, alignment: Alignment) -> list[tuple[str, Part]]:
    """Per-outlet framing, naming, reuse and facts that disagree: lists of records naming articles by id and label."""
    labels = {a.id: a.label for a in alignment.articles}
    numbers = {c.id: n for n, c in enumerate(alignment.claims, 1)}

    def named(article: str) -> dict[str, str]:
        return {"article": article, "label": labels[article]}

    def outlet(item: tuple[str, OutletFraming]) -> dict[str, Any]:
        article, f = item
        return {
            **named(article),
            "distinctive_terms": [{"term": t, "score": z} for t, z in f.distinctive_terms],
            **({} if f.not_run else {"distinctive_compared": f.distinctive_compared}),
            "evaluative_terms": [{"term": t, "kind": k, "count": c, "sentences": list(s), "quoted": q}
                                 for t, k, c, s, q in f.evaluative_terms],
            "tone": {"shared_claims": f.tone, "others_on_same_claims": f.tone_others,
                     "words": [{"word": w, "valence": v, "count": n} for w, v, n in f.tone_words]},
            "quotes": [{"speaker": q.speaker, "text": q.text, "sentence": q.sentence, "verb": q.verb, "kind": q.kind, "start": q.start,
                        "end": q.end} for q in f.quotes],
            "speakers": _speakers(f.quotes),
            **({"language": f.language, "not_run": list(f.not_run)} if f.not_run else {}),
        }

    def naming(n: Naming) -> dict[str, Any]:
        return {"concept": n.concept, "variants": [{**named(a), "words": list(v), "sentences": list(n.sentences.get(a, ()))}
                                                   for a, v in n.variants.items()]}

    def reuse(r: Reuse) -> dict[str, Any]:
        return {**named(r.article), "source": r.source, "source_label": labels[r.source], "shared_chars": r.shared_chars, "share": r.share,
                "passages": list(r.passages), "source_earlier": r.source_earlier, "shared_quotations": list(r.shared_quotations),
                "source_share": r.source_share, "unquoted": [{**named(who), "passage": passage} for who, passage in r.unquoted]}

    def disagreement(d: Disagreement) -> dict[str, Any]:
        return {"claim": d.claim, "number": numbers[d.claim], "kind": d.kind,
                "values": [{**named(a), "values": list(v),
                            "evidence": [{"value": x, "words": w, "sentence": t} for x, w, t in d.evidence.get(a, ())]}
                           for a, v in d.values.items()]}

    def quoted_apart(q: QuotedApart) -> dict[str, Any]:
        return {"outlets": [{**named(a), "speaker": speaker, "words": words, "sentence": sentence,
                             "text": alignment.article(a).sentences[sentence].text}
                            for (a, (speaker, sentence)), words in zip(q.speakers.items(), q.words)]}

    return [("framing", listed(list(framing.outlets.items()), outlet)), ("naming", listed(framing.naming, naming)),
            ("reuse", listed(framing.reuse, reuse)), ("disagreements", listed(framing.disagreements, disagreement)),
            ("quoted_apart", listed(framing.quoted_apart, quoted_apart))]


def _speakers(quotes: tuple[Quote, ...]) -> list[dict[str, Any]]:
    words: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for q in quotes:
        if q.kind != "speech":
            continue  # a scare quote or a title is nobody's statement
        name = q.speaker or NO_SPEAKER
        counts[name] += 1
        words[name] += len(q.text.split())
    return [{"speaker": n, "quotes": c, "words": words[n]} for n, c in counts.most_common()]

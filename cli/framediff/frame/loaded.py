"""Evaluative and loaded words each outlet uses, and the tone of its sentences on shared claims."""

from __future__ import annotations

from collections import defaultdict

from framediff.article import Article
from framediff.comparing.comparison import Comparison
from framediff.reading.languages import is_english
from framediff.frame.judging_words import marked_words, quoted_spans, tone, tone_words


def evaluative_terms(articles: list[Article]) -> dict[str, tuple[tuple[str, str, int, tuple[int, ...], int], ...]]:
    """Each article's judging words: (term, kind, count, sentence indices, of those how many inside quotes), commonest first.

    Kinds are "loaded", "intensifier" and "hedge" (:mod:`framediff.frame.judging_words`); a
    word inside quotation marks, even of a quote that runs over several
    sentences, is the speaker's, and counts apart from the outlet's own voice.
    """
    return {a.id: _evaluative(a) for a in articles}


def _title_case(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha() and len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def paragraph_quotes(article: Article) -> dict[int, list[tuple[int, int]]]:
    """For each paragraph, the article-text ranges inside quotation marks (a quote may run over its sentences)."""
    bounds: dict[int, tuple[int, int]] = {}
    for s in article.sentences:
        start, end = bounds.get(s.paragraph, (s.start, s.end))
        bounds[s.paragraph] = (min(start, s.start), max(end, s.end))
    return {p: [(a + start, b + start) for a, b in quoted_spans(article.text[start:end])] for p, (start, end) in bounds.items()}


def _evaluative(article: Article) -> tuple[tuple[str, str, int, tuple[int, ...], int], ...]:
    quotes = paragraph_quotes(article)
    found: dict[tuple[str, str], tuple[list[int], list[bool]]] = {}
    for s in article.sentences:
        if not is_english(article.sentence_language(s.index)):
            continue  # the lexicon is English: a quote in French in an English article is not read with it
        local = [(a - s.start, b - s.start) for a, b in quotes.get(s.paragraph, []) if a < s.end and b > s.start]
        # A headline in title case capitalises every word: its capitals say nothing of names ("In Landmark Morocco Visit").
        text = s.text.lower() if s.kind == "headline" and _title_case(s.text) else s.text
        for mark in marked_words(text, local):
            where, voices = found.setdefault((mark.word.lower(), mark.kind), ([], []))
            where.append(s.index)
            voices.append(mark.quoted)
    items = [(term, kind, len(where), tuple(sorted(set(where))), sum(voices)) for (term, kind), (where, voices) in found.items()]
    return tuple(sorted(items, key=lambda t: (-t[2], t[0])))


def tones(comparison: Comparison) -> dict[str, tuple[float, float | None, tuple[tuple[str, float, int], ...]]]:
    """Per outlet with English sentences on shared claims: the mean VADER tone of those sentences, the mean of the other
    outlets' sentences on the same claims, and the words of its sentences VADER scores (word, valence, count; most weight
    first), the evidence the tone rests on. Each sentence counts once, though it stand in two claims (a thirty-eighth trial's
    wire had "killed ×3" of two, its headline read once per claim)."""
    al = comparison.alignment
    own: dict[str, set[int]] = defaultdict(set)
    others: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for claim in comparison.shared_claims:
        # VADER reads English: a sentence in another language counts neither as an outlet's tone nor as the others'
        english = [(m.member.article, m.member.sentence) for m in claim.members
                   if is_english(al.article(m.member.article).sentence_language(m.member.sentence))]
        for article, sentence in english:
            own[article].add(sentence)
            others[article].update((a, s) for a, s in english if a != article)
    text = {(a, s): al.article(a).sentences[s].text for a in own for s in own[a]}
    value = {key: tone(t) for key, t in text.items()}
    out = {}
    for a, sentences in own.items():
        read: dict[tuple[str, bool], list[float]] = defaultdict(list)  # a word, and whether VADER read it as praise
        for s in sorted(sentences):
            for word, valence in tone_words(text[(a, s)]):
                read[(word, valence > 0)].append(valence)
        words = sorted(((w, round(sum(vs) / len(vs), 3), len(vs)) for (w, _), vs in read.items()), key=lambda x: (-abs(x[1]) * x[2], x[0]))
        theirs = [value[key] for key in others[a]]
        out[a] = (round(sum(value[(a, s)] for s in sentences) / len(sentences), 3),
                  round(sum(theirs) / len(theirs), 3) if theirs else None, tuple(words))
    return out

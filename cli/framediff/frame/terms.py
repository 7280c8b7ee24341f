"""Distinctive terms: weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"),
the prior taken from all the articles together and scaled for small inputs, over stems and two-word phrases."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from urllib.parse import urlparse

from framediff.article import Article
from framediff.reading.languages import is_english
from framediff.aligning.profiles import STOPWORDS, stem


# Function words the scorers' stop list leaves in (changing it would move their fitted
# signals) but that say nothing about how an outlet frames a story.
_CONNECTIVES = frozenset("though although however whether yet also amid since upon within without among toward towards".split())


def own_name(article: Article) -> re.Pattern[str] | None:
    """The outlet's own name as it may appear in its text (its label, its outlet field, its web site's name), or None.

    An outlet naming itself ("Fox News reported", a "© Haaretz" line) says nothing about how it frames a story:
    those words are never its distinctive terms.
    """
    names = {article.label, article.outlet or ""}
    if article.url:
        host = (urlparse(article.url).hostname or "").removeprefix("www.")
        names.add(host.partition(".")[0])
    words = [r"\s+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True) if len(n.strip()) >= 3]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", re.I) if words else None


def _terms(article: Article) -> tuple[Counter[str], dict[str, Counter[str]]]:
    counts: Counter[str] = Counter()
    surface: dict[str, Counter[str]] = defaultdict(Counter)
    name = own_name(article)
    for s in article.sentences:
        if not is_english(article.sentence_language(s.index)):
            continue  # a French quote in an English article: English terms are read in English ("ait disparu" was one)
        for part in name.split(s.text) if name else [s.text]:  # no term, and no two-word phrase, spans the outlet's name
            _count(part, counts, surface)
    return counts, surface


def _count(text: str, counts: Counter[str], surface: dict[str, Counter[str]]) -> None:
    kept: list[tuple[str, str] | None] = []
    end = 0
    for match in re.finditer(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", text):
        if text[end : match.start()].strip():
            kept.append(None)  # a mark between two words ends a phrase: '... avoided," Judge Okafor' gives no "avoided judge"
        end = match.end()
        w = match.group()
        lower = re.sub(r"[’']s$", "", w.lower())  # Israel's is Israel
        if lower in STOPWORDS or lower in _CONNECTIVES or len(lower) < 3:
            kept.append(None)
            continue
        key = stem(lower)
        counts[key] += 1
        surface[key][lower] += 1
        kept.append((key, lower))
    for x, y in zip(kept, kept[1:]):
        if x and y:
            key = f"{x[0]} {y[0]}"
            counts[key] += 1
            surface[key][f"{x[1]} {y[1]}"] += 1


def distinctive_terms(articles: list[Article], top: int = 10) -> dict[str, tuple[tuple[str, float], ...]]:
    """Top terms by weighted log-odds z-score of each article against all the others; none for an article alone (each term
    would score 0, give or take rounding)."""
    if len(articles) < 2:
        return {a.id: () for a in articles}
    per = {a.id: _terms(a) for a in articles}
    total: Counter[str] = Counter()
    for counts, _ in per.values():
        total.update(counts)
    n_total = sum(total.values())
    # Prior strength: a tenth of the data, so that with five short articles the
    # prior smooths without swamping (Monroe et al. use a fixed 500 on large corpora).
    alpha0 = max(1.0, 0.1 * n_total)
    out = {}
    for a in articles:
        counts, surface = per[a.id]
        n_i = sum(counts.values())
        n_j = n_total - n_i
        scored = []
        for term, y_i in counts.items():
            alpha = alpha0 * total[term] / n_total
            y_j = total[term] - y_i
            delta = math.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha)) - math.log((y_j + alpha) / (n_j + alpha0 - y_j - alpha))
            z = delta / math.sqrt(1 / (y_i + alpha) + 1 / (y_j + alpha))
            if z > 0 and (y_i >= 2 or " " in term):
                scored.append((round(z, 3), surface[term].most_common(1)[0][0]))
        scored.sort(key=lambda t: (-t[0], t[1]))
        picked: list[tuple[str, float]] = []
        for z, term in scored:
            if any(term in p or p in term for p, _ in picked):
                continue
            picked.append((term, z))
            if len(picked) == top:
                break
        out[a.id] = tuple(picked)
    return out

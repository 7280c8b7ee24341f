"""Framing across whole articles, a stage after comparing: distinctive words (:mod:`.terms`), evaluative words and tone
(:mod:`.loaded`), quotes and who speaks (:mod:`.quotes`), naming (:mod:`.naming`), verbatim reuse (:mod:`.reuse`) and facts
that disagree (:mod:`.facts`). Each returns records of :mod:`.model`; :func:`analyse` runs them all."""

from __future__ import annotations

from typing import Any

from framediff.comparing.comparison import Comparison
from framediff.frame.facts import disagreements, facts_that_disagree
from framediff.frame.loaded import tones, evaluative_terms
from framediff.frame.findings import Disagreement, Framing, Naming, OutletFraming, Quote, Reuse
from framediff.frame.naming import naming_variants, similar_phrases
from framediff.frame.quotes import find_quotes
from framediff.frame.reuse import find_reuse
from framediff.frame.terms import distinctive_terms

__all__ = ["analyse", "Framing", "OutletFraming", "Quote", "Naming", "Reuse", "Disagreement", "distinctive_terms", "evaluative_terms",
           "find_quotes", "find_reuse", "similar_phrases", "facts_that_disagree"]


def analyse(comparison: Comparison, embedder: Any = None) -> Framing:
    """Every framing record of a comparison; ``embedder`` reads words in context for naming (default: the alignment's model, cached)."""
    al = comparison.alignment
    articles = list(al.articles)
    distinctive = distinctive_terms(articles)
    evaluative = evaluative_terms(articles)
    by_outlet = tones(comparison)
    outlets = {}
    for a in articles:
        tone, tone_others = by_outlet.get(a.id, (None, None))
        outlets[a.id] = OutletFraming(distinctive[a.id], evaluative[a.id], tone, tone_others, tuple(find_quotes(a)))
    quotes = {a: [q.text for q in o.quotes] for a, o in outlets.items()}
    return Framing(outlets, tuple(naming_variants(comparison, embedder)), tuple(find_reuse(articles, quotes)), tuple(disagreements(comparison)))

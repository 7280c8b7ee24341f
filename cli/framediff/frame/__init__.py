"""Framing across whole articles, a stage after comparing: distinctive words (:mod:`.terms`), evaluative words and tone
(:mod:`.loaded`), quotes and who speaks (:mod:`.quotes`), naming (:mod:`.naming`, :mod:`.given_names`), verbatim reuse
(:mod:`.reuse`) and facts that disagree (:mod:`.facts`). Each returns records of :mod:`.model`; :func:`analyse` runs them all."""

from __future__ import annotations

from typing import Any

from framediff.comparing.comparison import Comparison
from framediff.frame.facts import disagreements, facts_that_disagree
from framediff.frame.facts_across import english_members
from framediff.frame.loaded import tones, evaluative_terms
from framediff.frame.findings import Disagreement, Framing, Naming, OutletFraming, Quote, Reuse
from framediff.frame.given_names import given_name_variants
from framediff.frame.naming import naming_variants, similar_phrases
from framediff.frame.quotes import find_quotes, sentences_to_parse
from framediff.frame.quoted_apart import quoted_apart
from framediff.frame.quoted_differently import quoted_differently
from framediff.frame.reuse import find_reuse
from framediff.frame.terms import distinctive_terms
from framediff.language.parser import expect
from framediff.reading.languages import is_english

__all__ = ["analyse", "Framing", "OutletFraming", "Quote", "Naming", "Reuse", "Disagreement", "distinctive_terms", "evaluative_terms",
           "find_quotes", "find_reuse", "similar_phrases", "facts_that_disagree"]


# What reads English only, and so is not run on an article in another language (README, "Across languages"): the
# distinctive-term stems and stop words, the loaded-word lexicon, VADER's tone, spaCy's English pipeline for quotes, and
# the English parser's noun phrases for naming (a twenty-third trial's "Orban" against "Orbán" went unsaid, and nothing said so).
ENGLISH_ONLY = ("distinctive terms", "evaluative words", "tone", "quotes and speakers", "naming")


def analyse(comparison: Comparison, embedder: Any = None) -> Framing:
    """Every framing record of a comparison; ``embedder`` reads words in context for naming (default: the alignment's model, cached).

    The analyses of :data:`ENGLISH_ONLY` run on the English articles only; each
    other article's record names them in ``not_run``. Naming reads only claims
    whose sentences share the reference's language; reuse and facts that
    disagree run on every article (facts across languages as
    :func:`framediff.frame.facts.disagreements` reads them).
    """
    al = comparison.alignment
    articles = list(al.articles)
    english = [a for a in articles if is_english(a.language)]
    expect(_to_parse(comparison, english))  # parsed in the parsing process while the analyses that need no parse run
    distinctive = distinctive_terms(english) if english else {}
    evaluative = evaluative_terms(english) if english else {}
    by_outlet = tones(comparison)
    outlets = {}
    for a in articles:
        if not is_english(a.language):
            outlets[a.id] = OutletFraming((), (), None, None, (), not_run=ENGLISH_ONLY, language=a.language)
            continue
        tone, tone_others, words = by_outlet.get(a.id, (None, None, ()))
        outlets[a.id] = OutletFraming(distinctive[a.id], evaluative[a.id], tone, tone_others, tuple(find_quotes(a)),
                                      distinctive_compared=len(english) > 1, tone_words=words)
    quotes = {a: [q.text for q in o.quotes] for a, o in outlets.items()}
    naming = (*naming_variants(comparison, embedder), *given_name_variants(english))
    return Framing(outlets, naming, tuple(find_reuse(articles, quotes)),
                   (*disagreements(comparison), *quoted_differently(comparison, outlets)), tuple(quoted_apart(outlets, articles)))


def _to_parse(comparison: Comparison, english: list[Any]) -> list[str]:
    """The sentences the analyses will parse, in the order they ask: the quotes' sentences of each English article
    (:func:`find_quotes`), then the English sentences of shared claims (naming, facts that disagree), then those that name
    a person two outlets name in full (their labels)."""
    from framediff.frame.given_names import named_people
    from framediff.frame.person_labels import label_sentences

    al = comparison.alignment
    quoting = [text for a in english for text in sentences_to_parse(a)]
    claims = [al.sentence(m.member).text for claim in comparison.shared_claims for m in english_members(al, claim.members)]
    return [*quoting, *claims, *label_sentences(english, named_people(english))]

"""Two sentences that share only where their facts come from state two facts.

"The earthquake killed four people and injured 31, according to Peru's national emergency operations center, known as
COEN." and "At least 80 homes were damaged or destroyed, according to the national emergency operations center, known
as COEN." share a long attribution and nothing else: the pair scorer read them as one claim (0.69, a thirtieth
trial's), and the diff then set the dead against the homes. A pair that could join is scored again without its
attributions ("according to ...", "..., officials said"): when what is left of the two shares little of its content,
the pair loses SOURCE_PENALTY in log-odds, as evidence of how the outlet covers the claim too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from framediff.aligning.profiles import profile

if TYPE_CHECKING:
    from framediff.aligning.lexical import Lexicon
    from framediff.aligning.pairs import PairScores

# "according to X" to the clause's end (a comma, but not one before "known as" or a name closing the sentence: "according
# to his lawyer, Charles Stillman."; a semicolon; the sentence's end); a closing ", X said." of up to six
# words; "X said" / "said X" after a comma at the end
_ATTRIBUTION = re.compile(r"(?:\baccording to\b(?:[^,;:]|,\s+(?:also\s+)?known as\b|,(?=\s+(?-i:[A-Z])[^,;:]*[.”\"’]*\s*$))*)"
                          r"|(?:,\s*(?:\S+\s+){0,6}?(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbe )"
                          r"(?:said|says|told\s+\S+|reported|announced)\s*[.”\"’]*\s*$)"
                          r"|(?:,\s*(?:said|says)\s+(?:\S+\s+){0,6}?\S+\s*[.”\"’]*\s*$)", re.I)
# What is left of each sentence must share at least this share of the smaller side's content (stems weighted by rarity)
REST_SHARED = 0.2
# ... and the attributions this share of the pair's shared content: a pair whose match rests on where its facts come from
SOURCE_SHARE = 0.4
SOURCE_PENALTY = 3.0


def attribution(text: str) -> str:
    """The attribution phrases of ``text``, joined ("" when none)."""
    return " ".join(m.group() for m in _ATTRIBUTION.finditer(text))


def rests_on_source(lexicon: Lexicon, texts: Sequence[str], i: int, j: int, sources: dict[int, frozenset[str]]) -> bool:
    """Does the match of sentences ``i`` and ``j`` rest on their attributions: both have one, and without them what is
    left shares under REST_SHARED of its content? ``sources`` caches each sentence's attribution stems."""
    for x in (i, j):
        if x not in sources:
            said = attribution(texts[x])
            sources[x] = frozenset(profile(said).stems) if said else frozenset()
    if not sources[i] or not sources[j]:
        return False
    idf = lexicon.idf
    shared = lexicon.terms[i] & lexicon.terms[j]
    rest_i, rest_j = lexicon.terms[i] - sources[i], lexicon.terms[j] - sources[j]
    weight = sum(idf.get(t, 0.0) for t in shared)
    if not weight or sum(idf.get(t, 0.0) for t in shared - (rest_i & rest_j)) < SOURCE_SHARE * weight:
        return False
    smaller = min(sum(idf.get(t, 0.0) for t in rest_i), sum(idf.get(t, 0.0) for t in rest_j))
    return smaller > 0 and sum(idf.get(t, 0.0) for t in rest_i & rest_j) < REST_SHARED * smaller


def part_sources(pairs: PairScores, texts: Sequence[str], threshold: float) -> None:
    """Weigh down the pairs of two articles' sentences in one language that could join (from NEAR_JOIN of ``threshold``)
    and whose match rests on their attributions (:func:`rests_on_source`). The lower score is their evidence too: the
    one sentence is no sign that its outlet says the other's fact (a second reader's "comes near", "it matches one
    sentence of the claim", of the toll for the damaged homes)."""
    import numpy as np

    from framediff.aligning.pairs import NEAR_JOIN, with_prior

    sources: dict[int, frozenset[str]] = {}
    for (i, j), p in list(pairs.known.items()):
        if p < threshold * NEAR_JOIN or pairs.owner[i] == pairs.owner[j] or (pairs.cross is not None and pairs.cross.crosses(i, j)):
            continue
        if rests_on_source(pairs.lexicon, texts, i, j, sources):
            pairs.known[(i, j)] = float(with_prior(np.array([p]), -SOURCE_PENALTY)[0])  # and so its evidence: two facts

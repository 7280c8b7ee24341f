"""Naming: the same thing in different words, from the word swaps in claims whose sentences share most of their words."""

from __future__ import annotations

from collections import defaultdict

from ..comparison import Comparison
from ..profiles import profile
from .model import Naming

NAMING_FROM = 0.35  # same_words share from which a member's replacements count as renamings


def naming_variants(comparison: Comparison) -> list[Naming]:
    candidates: list[tuple[str, str, str, str]] = []  # (representative's words, its article, other words, their article)
    for claim in comparison.shared_claims:
        rep = claim.reference
        for m in claim.members:
            if m.member.article == rep.article or m.same_words < NAMING_FROM:
                continue  # a sentence that shares few words with the representative is a rewrite, not a renaming
            for op in m.diff:
                if op.op != "replace":
                    continue
                a, b = op.a.strip(" ,.;:“”\"'"), op.b.strip(" ,.;:“”\"'")
                if not a or not b or len(a.split()) > 3 or len(b.split()) > 3 or a.lower() == b.lower():
                    continue
                if abs(len(a.split()) - len(b.split())) > 1:
                    continue
                pa, pb = profile(a), profile(b)
                if not pa.stems or not pb.stems:
                    continue
                if pa.numbers or pb.numbers or pa.times or pb.times:
                    continue  # "Tuesday" / "Monday", "40" / "45": facts that disagree, never a way of naming
                candidates.append((a, rep.article, b, m.member.article))
    story = [s.text for article in comparison.alignment.articles for s in article.sentences]
    kept = similar_phrases([(a, b) for a, _, b, _ in candidates], story)
    concepts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for (a, rep_article, b, article), keep in zip(candidates, kept):
        if keep:
            concepts[a][rep_article].add(a)
            concepts[a][article].add(b)
    out = [
        Naming(concept, {article: tuple(sorted(v)) for article, v in variants.items()})
        for concept, variants in concepts.items()
        if len({x.lower() for v in variants.values() for x in v}) >= 2
    ]
    out.sort(key=lambda n: (-len(n.variants), n.concept.lower()))
    return out


NAMING_SAMPLE = 2000  # random phrase pairs from the story that tell how close unrelated words come
NAMING_QUANTILE = 0.95  # a renaming must be closer than this share of them


def similar_phrases(pairs: list[tuple[str, str]], story: list[str]) -> list[bool]:
    """Which word swaps are renamings ("tomb" / "Mausoleum") rather than two different things ("of course" / "the aide").

    The two sides' static vectors must be closer than 95% of random pairs of
    phrases (one to three words) taken from the story's own sentences: the
    bar comes from the story, not from a constant. Seeded, so deterministic.
    """
    if not pairs:
        return []
    import numpy as np

    from ..models import static_encoder

    words = [w for text in story for w in text.split()]
    if len(words) < 4:
        return [True] * len(pairs)  # no story to take a bar from
    rng = np.random.RandomState(0)
    sample = []
    for _ in range(NAMING_SAMPLE):
        start, length = int(rng.randint(0, len(words) - 3)), int(rng.randint(1, 4))
        sample.append(" ".join(words[start : start + length]))
    encoder = static_encoder()
    left, right = encoder.encode([a for a, _ in pairs]), encoder.encode([b for _, b in pairs])
    cosines = np.einsum("ij,ij->i", left, right)
    vectors = encoder.encode(sample)
    half = len(sample) // 2
    bar = float(np.quantile(np.einsum("ij,ij->i", vectors[:half], vectors[half : 2 * half]), NAMING_QUANTILE))
    return [bool(c > bar) for c in cosines]

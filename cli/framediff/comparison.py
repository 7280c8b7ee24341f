"""How each outlet told each claim: word diffs against the claim's representative, coverage, omissions.

Built from an :class:`~framediff.alignment.Alignment`; renderers draw it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from .alignment import Alignment, Claim, Member
from .article import Article
from .diffing import DiffOp, identical, similarity, word_diff


@dataclass(frozen=True)
class MemberDiff:
    member: Member
    diff: tuple[DiffOp, ...]
    same_words: float  # share of characters the sentence keeps from the representative

    @property
    def is_representative(self) -> bool:
        return all(op.op == "equal" for op in self.diff)


@dataclass(frozen=True)
class ClaimDiff:
    claim: Claim
    members: tuple[MemberDiff, ...]


@dataclass(frozen=True)
class OutletSummary:
    article: Article
    claims: int
    only_here: tuple[str, ...]  # claim ids only this outlet carries
    left_out: tuple[str, ...]  # widely carried claim ids this outlet lacks


@dataclass(frozen=True)
class Comparison:
    alignment: Alignment
    outlets: tuple[OutletSummary, ...]
    headlines: tuple[tuple[Article, tuple[DiffOp, ...]], ...]  # each headline against the reference headline
    headline_reference: Article | None
    claims: tuple[ClaimDiff, ...]
    widely: int  # a claim is widely carried from this many outlets on
    framing: Any = field(default=None)

    def claim_number(self, claim_id: str) -> int:
        return next(n for n, c in enumerate(self.alignment.claims, 1) if c.id == claim_id)

    @property
    def shared_claims(self) -> tuple[ClaimDiff, ...]:
        return tuple(c for c in self.claims if len(c.claim.articles) > 1)


def widely_carried(n_articles: int) -> int:
    """Claims carried by at least half of the outlets (and at least two) are widely carried."""
    return max(2, math.ceil(n_articles / 2))


def compare(alignment: Alignment) -> Comparison:
    claims = []
    for claim in alignment.claims:
        reference_text = alignment.sentence(claim.representative).text
        members = []
        for m in claim.members:
            ops = tuple(word_diff(reference_text, alignment.sentence(m).text))
            members.append(MemberDiff(m, ops, round(similarity(list(ops)), 4)))
        claims.append(ClaimDiff(claim, tuple(members)))
    widely = widely_carried(len(alignment.articles))
    outlets = []
    for article in alignment.articles:
        carried = [c for c in alignment.claims if article.id in c.articles]
        outlets.append(
            OutletSummary(
                article=article,
                claims=len(carried),
                only_here=tuple(c.id for c in carried if len(c.articles) == 1 and len(alignment.articles) > 1),
                left_out=tuple(c.id for c in alignment.claims if len(c.articles) >= widely and article.id in c.missing),
            )
        )
    headlines, reference = _headlines(alignment)
    return Comparison(alignment, tuple(outlets), headlines, reference, tuple(claims), widely)


def _headlines(alignment: Alignment) -> tuple[tuple[tuple[Article, tuple[DiffOp, ...]], ...], Article | None]:
    with_title = [a for a in alignment.articles if a.sentences and a.sentences[0].kind == "headline"]
    if not with_title:
        return (), None
    # The reference headline is the one closest, word for word, to all the others.
    def closeness(a: Article) -> float:
        return sum(similarity(word_diff(a.sentences[0].text, b.sentences[0].text)) for b in with_title if b is not a)

    reference = max(with_title, key=lambda a: (closeness(a), -alignment.articles.index(a)))
    ref_text = reference.sentences[0].text
    return tuple((a, tuple(word_diff(ref_text, a.sentences[0].text))) for a in with_title), reference


def articles_differ(comparison: Comparison) -> bool:
    """For `framediff diff`: whether two articles carry other claims or other words."""
    for claim in comparison.claims:
        if len(claim.claim.articles) < len(comparison.alignment.articles):
            return True
        if not all(identical(list(m.diff)) for m in claim.members):
            return True
    return False

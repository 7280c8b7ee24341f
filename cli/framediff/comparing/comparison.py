"""How each outlet told each claim: word diffs against the claim's reference sentence, coverage, omissions.

Built from an :class:`~framediff.aligning.claims.Alignment`; renderers draw it.
Every choice a reader sees (which sentence is the reference, which outlets
left a claim out, which pairs read as paraphrase) is made here, once, so the
text, Markdown, HTML and JSON reports cannot disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from framediff.aligning.claims import Alignment, Claim, Member, SentenceRef
from framediff.article import Article
from framediff.comparing.word_diff import PARAPHRASE_BELOW, DiffOp, same_text, similarity, word_diff


@dataclass(frozen=True)
class MemberDiff:
    member: Member
    diff: tuple[DiffOp, ...]
    same_words: float  # share of characters the sentence keeps from the reference
    is_reference: bool = False
    # Shares too few words with the reference for a word diff to mean anything:
    # shown in the outlet's own words, with the words it shares marked.
    paraphrase: bool = False

    @property
    def is_representative(self) -> bool:
        return self.is_reference


@dataclass(frozen=True)
class ClaimDiff:
    claim: Claim
    members: tuple[MemberDiff, ...]  # the reference first, then in article order
    reference: SentenceRef


@dataclass(frozen=True)
class LeftOut:
    """A widely carried claim that no sentence of an outlet matched, and that outlet's closest sentence."""

    claim: str
    closest: Member | None  # None: no sentence of the outlet came near the claim


@dataclass(frozen=True)
class OutletSummary:
    article: Article
    claims: int
    only_here: tuple[str, ...]  # claim ids only this outlet carries
    left_out: tuple[str, ...]  # widely carried claim ids this outlet lacks
    left_out_closest: tuple[LeftOut, ...] = ()


@dataclass(frozen=True)
class Comparison:
    alignment: Alignment
    outlets: tuple[OutletSummary, ...]
    headlines: tuple[tuple[Article, tuple[DiffOp, ...]], ...]  # each headline against the reference headline
    headline_reference: Article | None
    claims: tuple[ClaimDiff, ...]
    widely: int  # a claim is widely carried from this many outlets on
    framing: Any = field(default=None)
    reference: str | None = None  # the article every claim is diffed against (`framediff diff`: A), if one was chosen

    def claim_number(self, claim_id: str) -> int:
        return self._numbers()[claim_id]

    def _numbers(self) -> dict[str, int]:
        numbers: dict[str, int] | None = self.__dict__.get("_claim_numbers")
        if numbers is None:
            numbers = {c.id: n for n, c in enumerate(self.alignment.claims, 1)}
            object.__setattr__(self, "_claim_numbers", numbers)
        return numbers

    def reference_of(self, claim_id: str) -> SentenceRef:
        """The sentence claim ``claim_id`` is diffed against."""
        refs: dict[str, SentenceRef] | None = self.__dict__.get("_references")
        if refs is None:
            refs = {c.claim.id: c.reference for c in self.claims}
            object.__setattr__(self, "_references", refs)
        return refs.get(claim_id) or self.alignment.claim(claim_id).representative

    @property
    def shared_claims(self) -> tuple[ClaimDiff, ...]:
        return tuple(c for c in self.claims if len(c.claim.articles) > 1)


@dataclass(frozen=True)
class HeadlineDiff:
    """A headline against the reference headline: how close, and whether it reads as a paraphrase."""

    article: Article
    diff: tuple[DiffOp, ...]
    same_words: float
    is_reference: bool
    paraphrase: bool


def headline_diffs(comparison: Comparison) -> list[HeadlineDiff]:
    """The headlines as every renderer shows them, the reference first: decided here once."""
    out = []
    for article, ops in comparison.headlines:
        share = similarity(list(ops))
        is_ref = article is comparison.headline_reference
        out.append(HeadlineDiff(article, ops, share, is_ref, not is_ref and share < PARAPHRASE_BELOW))
    return out


def widely_carried(n_articles: int) -> int:
    """Claims carried by at least half of the outlets are widely carried.

    With two articles that is one: a claim only the other carries is left out of this one.
    """
    return max(1, math.ceil(n_articles / 2))


def compare(alignment: Alignment, *, reference: str | None = None) -> Comparison:
    """Diff every claim's sentences against its reference sentence.

    The reference is the claim's representative, or, with ``reference`` (an
    article id, as `framediff diff` gives A), that article's best sentence for
    every claim it carries, so that A is always the old side.
    """
    claims = [_claim_diff(alignment, claim, reference) for claim in alignment.claims]
    widely = widely_carried(len(alignment.articles))
    outlets = []
    for article in alignment.articles:
        carried = [c for c in alignment.claims if article.id in c.articles]
        left = [c for c in alignment.claims if len(c.articles) >= widely and article.id in c.missing]
        outlets.append(
            OutletSummary(
                article=article,
                claims=len(carried),
                only_here=tuple(c.id for c in carried if len(c.articles) == 1 and len(alignment.articles) > 1),
                left_out=tuple(c.id for c in left),
                left_out_closest=tuple(LeftOut(c.id, next((m for m in c.closest if m.article == article.id), None)) for c in left),
            )
        )
    headlines, headline_reference = _headlines(alignment, reference)
    return Comparison(alignment, tuple(outlets), headlines, headline_reference, tuple(claims), widely, reference=reference)


def _claim_diff(alignment: Alignment, claim: Claim, reference: str | None) -> ClaimDiff:
    ref: SentenceRef = claim.representative
    own = [m for m in claim.members if m.article == reference]
    if own:
        best = max(own, key=lambda m: (m.score, -m.sentence))
        ref = SentenceRef(best.article, best.sentence)
    reference_text = alignment.sentence(ref).text
    members = []
    for m in claim.members:
        is_ref = (m.article, m.sentence) == (ref.article, ref.sentence)
        ops = tuple(word_diff(reference_text, alignment.sentence(m).text))
        share = round(similarity(list(ops)), 4)
        members.append(MemberDiff(m, ops, share, is_reference=is_ref, paraphrase=not is_ref and share < PARAPHRASE_BELOW))
    members.sort(key=lambda d: not d.is_reference)  # stable: the rest keep article order
    return ClaimDiff(claim, tuple(members), ref)


HEADLINE_SAMPLE = 64  # headlines each is compared with to choose the reference headline (all of them, up to 127)


def _headlines(alignment: Alignment, reference: str | None) -> tuple[tuple[tuple[Article, tuple[DiffOp, ...]], ...], Article | None]:
    with_title = [a for a in alignment.articles if a.sentences and a.sentences[0].kind == "headline"]
    if not with_title:
        return (), None
    chosen = next((a for a in with_title if a.id == reference), None)
    if chosen is None:
        # The reference headline is the one closest, word for word, to all the others; among many, to an evenly
        # spaced sample of them, so that the work stays linear in articles.
        step = max(1, len(with_title) // HEADLINE_SAMPLE)
        sample = with_title[::step]

        def closeness(a: Article) -> float:
            return sum(similarity(word_diff(a.sentences[0].text, b.sentences[0].text)) for b in sample if b is not a)

        chosen = max(with_title, key=lambda a: (closeness(a), -alignment.articles.index(a)))
    ref_text = chosen.sentences[0].text
    ordered = [chosen, *(a for a in with_title if a is not chosen)]
    return tuple((a, tuple(word_diff(ref_text, a.sentences[0].text))) for a in ordered), chosen


def articles_differ(comparison: Comparison, *, ignore_space: bool = False, ignore_case: bool = False) -> bool:
    """For `framediff diff`: whether two articles carry other claims or other text (as diff(1)'s ``-w`` and ``-i`` judge it)."""
    for claim in comparison.claims:
        if len(claim.claim.articles) < len(comparison.alignment.articles):
            return True
        if not all(same_text(m.diff, ignore_space=ignore_space, ignore_case=ignore_case) for m in claim.members):
            return True
    return False

"""How each outlet told each claim: word diffs against the claim's reference sentence, coverage, omissions.

Built from an :class:`~framediff.aligning.claims.Alignment`; renderers draw it.
Every choice a reader sees (which sentence is the reference, which outlets
left a claim out, which pairs read as paraphrase) is made here, once, so the
text, Markdown, HTML and JSON reports cannot disagree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Sequence

from framediff.aligning.claims import Alignment, Claim, Member, SentenceRef
from framediff.aligning.two_events import TwoEvents, outliers, sharing_none
from framediff.article import Article
from framediff.comparing.coverage import (  # noqa: F401 (CARRIES, NEAR, UNCLEAR, …: for the renderers and serialize)
    CARRIES, DIFFERENTLY, LEAVES_OUT, NEAR, SHOWS_NEAR, UNCLEAR, LeftOut, absences, nearest_elsewhere)
from framediff.comparing.unquoted import quotations_read, quoted
from framediff.comparing.word_diff import PARAPHRASE_BELOW, DiffOp, same_text, similarity, word_diff
from framediff.reading.languages import is_english


@dataclass(frozen=True)
class MemberDiff:
    member: Member
    diff: tuple[DiffOp, ...]
    same_words: float  # share of characters the sentence keeps from the reference (or from ``against``, when set)
    is_reference: bool = False
    # Shares too few words with the reference for a word diff to mean anything:
    # shown in the outlet's own words, with the words it shares marked.
    paraphrase: bool = False
    # Written in another language than the reference (its code): shown in its own words, marked with its language,
    # never word-diffed (``diff`` is empty and ``same_words`` 0).
    language: str | None = None
    # The sentence it is diffed against when that is not the claim's reference: another sentence of the reference's
    # outlet in the claim, which it shares more words with (one outlet's lead against the other's lead, not against the
    # headline that is the reference: "collapsed on [-Tuesday, March 3-]{+Thursday, March 5+}" is shown, not hidden in a
    # paraphrase of the headline).
    against: SentenceRef | None = None
    # A fragment ("Honestly?", "Scalia asked.") in the claim with the sentence of its outlet it belongs to (this one's
    # index): shown as going with it, not as a sentence that states the claim (a fifty-sixth trial's blog's "Honestly?"
    # had been "paraphrase, 0% same words" of the revenue claim).
    host: int | None = None


@dataclass(frozen=True)
class ClaimDiff:
    claim: Claim
    members: tuple[MemberDiff, ...]  # the reference first, then in article order
    reference: SentenceRef
    why: str = ""  # in one short phrase, why this sentence is the reference (REFERENCE_RULE says the rule once)


# Why a claim's reference is the sentence it is: the rule, once, for a report's legend; each claim says which case it is.
REFERENCE_RULE = ("each claim is diffed against its reference: the sentence of the outlet chosen with --reference (in diff, A's) "
                  "where it has one, else the sentence closest to all the others; a sentence that shares more words with another "
                  "of that outlet's sentences in the claim is diffed against that one, and says so (\"against A #1\")")
WHY_CLOSEST = "closest to the others"

@dataclass(frozen=True)
class OutletSummary:
    article: Article
    claims: int
    only_here: tuple[str, ...]  # claim ids only this outlet carries
    left_out: tuple[str, ...]  # widely carried claim ids this outlet leaves out: nothing of it comes near
    left_out_closest: tuple[LeftOut, ...] = ()
    differently: tuple[LeftOut, ...] = ()  # widely carried claims it does not carry but comes near: in other words, or in part
    # Claims only this outlet carries that another outlet's closest sentence comes near: only here in these words, which
    # is not "only here" (see NEAR). Each is that nearest other outlet's record: its sentence, score and why it did not join.
    alone_near: tuple[LeftOut, ...] = ()
    # widely carried claims it does not carry whose closest sentence shows neither that it states them nor that it leaves them
    # out (UNCLEAR: from NEAR to under SHOWS_NEAR, with nothing else to show): framediff cannot tell
    unclear: tuple[LeftOut, ...] = ()

    @property
    def alone(self) -> str:
        """The outlets tables' "only here" figure: "2", or "2 ≈3" when 3 more are only here in these words."""
        return f"{len(self.only_here)}" + (f" ≈{len(self.alone_near)}" if self.alone_near else "")


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
    absences: tuple[LeftOut, ...] = ()  # every outlet that lacks a claim, for every claim: its state and closest sentence
    focus: str | None = None  # one outlet's view (`--outlet`): the article whose claims, coverage and omissions are shown
    # claims that are quotations (quoted_words.quotation), of which an outlet that leaves them out "does not quote" them
    quotations: frozenset[str] = frozenset()

    @property
    def two_events_in_view(self) -> tuple[TwoEvents, ...]:
        """The article pairs kept apart as two events that the report shows: all, or in one outlet's view its own."""
        return tuple(t for t in self.alignment.two_events if self.focus in (None, *t.articles))

    @property
    def sharing_none_in_view(self) -> tuple[str, ...]:
        """The articles that share no claim with any other (two_events.sharing_none), that the report shows."""
        found = sharing_none(self.alignment.articles, self.alignment.claims)
        apart = {a for t in self.alignment.two_events for a in t.articles}  # already said, with the names that show it
        return tuple(a for a in found if self.focus in (None, a) and a not in apart)

    @property
    def sharing_none_unclear(self) -> bool:
        """Whether what the articles that share no claim lack of the others' claims, and they of theirs, is "cannot tell"
        (two_events.outliers: beside two or more articles that do share claims); else it stands as left out."""
        return bool(outliers(self.alignment.articles, self.alignment.claims))

    def in_view(self, claim: Claim) -> bool:
        """Whether a claim belongs in the report: every claim, or in one outlet's view the claims it carries."""
        return self.focus is None or self.focus in claim.articles

    def absence(self, claim_id: str, article_id: str) -> LeftOut | None:
        """How near an outlet that lacks claim ``claim_id`` comes to it (None when the outlet carries it)."""
        found: dict[tuple[str, str], LeftOut] | None = self.__dict__.get("_absences")
        if found is None:
            found = {(x.claim, x.article): x for x in self.absences}
            object.__setattr__(self, "_absences", found)
        return found.get((claim_id, article_id))

    def lacking(self, claim: Claim) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """The outlets that lack ``claim``, in three: those whose closest sentence comes near (they may say it differently
        or in part), those that leave it out, and those whose closest sentence shows neither (UNCLEAR: framediff cannot
        tell). "Not in" would say of the first and the last what only the second backs."""
        states = {a: getattr(self.absence(claim.id, a), "state", LEAVES_OUT) for a in claim.missing}
        return (tuple(a for a in claim.missing if states[a] == DIFFERENTLY),
                tuple(a for a in claim.missing if states[a] not in (DIFFERENTLY, UNCLEAR)),
                tuple(a for a in claim.missing if states[a] == UNCLEAR))

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
    language: str | None = None  # another language than the reference headline's: shown in its own words, never diffed


def headline_diffs(comparison: Comparison) -> list[HeadlineDiff]:
    """The headlines as every renderer shows them, the reference first: decided here once."""
    out = []
    reference = comparison.headline_reference
    for article, ops in comparison.headlines:
        is_ref = article is reference
        other = None if is_ref or reference is None else other_language(article.sentence_language(0), reference.sentence_language(0))
        if other:
            out.append(HeadlineDiff(article, (), 0.0, False, False, other))
            continue
        share = similarity(list(ops))
        out.append(HeadlineDiff(article, ops, share, is_ref, not is_ref and share < PARAPHRASE_BELOW))
    return out


def outlet_view(comparison: Comparison, article_id: str) -> Comparison:
    """One outlet's view: the claims it carries (with every outlet's sentence for them), its headline beside the
    reference headline, what it alone carries and what it lacks. Claim numbers stay those of the whole report."""
    from dataclasses import replace

    headlines = tuple(h for h in comparison.headlines if h[0].id == article_id or h[0] is comparison.headline_reference)
    return replace(comparison, claims=tuple(c for c in comparison.claims if article_id in c.claim.articles),
                   outlets=tuple(o for o in comparison.outlets if o.article.id == article_id), headlines=headlines, focus=article_id)


def with_reference(alignment: Alignment, article_id: str) -> Alignment:
    """`framediff align --reference`: each claim's representative (its text) is that outlet's best sentence where it carries
    the claim, as :func:`compare` chooses the reference; the other claims keep the sentence closest to the others."""
    from dataclasses import replace

    claims = []
    for claim in alignment.claims:
        own = [m for m in claim.members if m.article == article_id]
        if own:
            best = max(own, key=lambda m: (m.score, -m.sentence))
            claim = replace(claim, representative=SentenceRef(best.article, best.sentence))
        claims.append(claim)
    return replace(alignment, claims=tuple(claims))


def find_outlet(articles: Sequence[Article], label: str) -> Article | None:
    """The article labelled ``label``, case and spacing aside (``fox`` finds ``FOX``)."""
    folded = " ".join(label.split()).casefold()
    return next((a for a in articles if " ".join(a.label.split()).casefold() == folded), None)


def verdict(ops: tuple[DiffOp, ...] | list[DiffOp], share: float, is_reference: bool, paraphrase: bool,
            language: str | None = None, against: str | None = None, host: int | None = None) -> str:
    """How a sentence reads against its reference, in the words every report prints: decided here, once.

    A share is never shown as 100% above a visible change: a sentence that differs only in case or
    spelling says so, and any other change caps the share at 99%. A sentence in another ``language``
    than the reference is never diffed: it says so. One diffed ``against`` another sentence of the
    reference's outlet than the reference ("A #1") says which; a fragment of its outlet's ``host`` sentence, that it goes
    with it.
    """
    if host is not None:
        return f"goes with #{host}"
    if language:
        from framediff.reading.languages import name

        return f"in {name(language)} [{language}], not diffed"
    if is_reference:
        return "reference"
    if against:  # diffed against another sentence of the reference's outlet ("A #1"), not the claim's reference
        return f"{verdict(ops, share, is_reference, paraphrase)}, against {against}"
    percent = round(100 * share)
    if paraphrase:
        return f"paraphrase, {percent}% same words"
    if same_text(ops):
        return "identical"
    if all(o.op == "equal" for o in ops):
        return "same words, other spacing"
    if all(o.op == "equal" or o.minor for o in ops) and any(o.minor and o.a.strip().casefold() == o.b.strip().casefold() for o in ops):
        return "same words, other case" if all(o.op == "equal" or o.a.strip().casefold() == o.b.strip().casefold() for o in ops) \
            else "same words, other case or spelling"
    if all(o.op == "equal" or o.minor for o in ops):
        return "same words, other spelling"
    return f"{min(percent, 99)}% same words"


NO_HEADLINE = "no headline found (a headline is a first short line without final punctuation)"


def without_headline(comparison: Comparison) -> list[Article]:
    """The outlets the headlines section leaves out, in the view: those with no headline (NO_HEADLINE says why)."""
    shown = {a.id for a, _ in comparison.headlines}
    return [o.article for o in comparison.outlets if o.article.id not in shown]


def other_language(language: str, reference: str) -> str | None:
    """``language`` when text in it cannot be word-diffed against text in ``reference`` (undetermined reads as English)."""
    same = language == reference or (is_english(language) and is_english(reference))
    return None if same else language


def story_languages(alignment: Alignment) -> tuple[str, ...]:
    """The languages of a story's articles, in order of first appearance ("en" for undetermined text)."""
    seen = dict.fromkeys("en" if is_english(a.language) else a.language for a in alignment.articles)
    return tuple(seen)


def widely_carried(n_articles: int) -> int:
    """Claims carried by at least half of the outlets are widely carried.

    With two articles that is one: a claim only the other carries is left out of this one.
    """
    return max(1, math.ceil(n_articles / 2))


def compare(alignment: Alignment, *, reference: str | None = None) -> Comparison:
    """Diff every claim's sentences against its reference sentence.

    The reference is the claim's representative (the sentence closest to all the
    others), or, with ``reference`` (an article id: `--reference`, or A in
    `framediff diff`), that article's best sentence for every claim it carries.
    """
    hosts = _fragment_hosts(alignment)
    claims = [_claim_diff(alignment, claim, reference, hosts) for claim in alignment.claims]
    widely = widely_carried(len(alignment.articles))
    known: dict[str, bool] = {}  # each claim: is it a quotation? (read once)
    found = quotations_read(alignment, absences(alignment), known)
    by_key = {(x.claim, x.article): x for x in found}
    outlets = []
    for article in alignment.articles:
        carried = [c for c in alignment.claims if article.id in c.articles]
        lacking = [by_key[(c.id, article.id)] for c in alignment.claims if len(c.articles) >= widely and article.id in c.missing]
        left = [x for x in lacking if x.state == LEAVES_OUT]
        alone = {c.id: nearest_elsewhere(c, by_key) for c in carried if len(c.articles) == 1 and len(alignment.articles) > 1}
        outlets.append(
            OutletSummary(
                article=article,
                claims=len(carried),
                only_here=tuple(cid for cid, near in alone.items() if near is None),
                left_out=tuple(x.claim for x in left),
                left_out_closest=tuple(left),
                differently=tuple(x for x in lacking if x.state == DIFFERENTLY),
                alone_near=tuple(near for near in alone.values() if near is not None),
                unclear=tuple(x for x in lacking if x.state == UNCLEAR),
            )
        )
    headlines, headline_reference = _headlines(alignment, reference)
    left_somewhere = {x.claim for x in found if x.state == LEAVES_OUT}
    quotations = frozenset(c.id for c in alignment.claims if c.id in left_somewhere and quoted(alignment, c, known))
    return Comparison(alignment, tuple(outlets), headlines, headline_reference, tuple(claims), widely, reference=reference,
                      absences=tuple(found), quotations=quotations)


def _claim_diff(alignment: Alignment, claim: Claim, reference: str | None, hosts: dict[tuple[str, int], int]) -> ClaimDiff:
    ref: SentenceRef = claim.representative
    chosen = alignment.article(reference).label if reference is not None else ""
    why = WHY_CLOSEST if reference is None else f"{WHY_CLOSEST} ({chosen}, the chosen reference, lacks it)"
    own = [m for m in claim.members if m.article == reference and (m.article, m.sentence) not in hosts]  # no fragment is it
    if own:
        best = max(own, key=lambda m: (m.score, -m.sentence))
        ref = SentenceRef(best.article, best.sentence)
        why = f"{chosen}'s, the chosen reference"
    reference_text = alignment.sentence(ref).text
    reference_language = alignment.article(ref.article).sentence_language(ref.sentence)
    # the reference outlet's other sentences in the claim, in the reference's language: another outlet's sentence is
    # diffed against the one of them it shares most words with, when that is not the reference
    alternatives = [SentenceRef(m.article, m.sentence) for m in claim.members if m.article == ref.article and m.sentence != ref.sentence
                    and not other_language(alignment.article(m.article).sentence_language(m.sentence), reference_language)]
    members = []
    for m in claim.members:
        is_ref = (m.article, m.sentence) == (ref.article, ref.sentence)
        host = hosts.get((m.article, m.sentence))
        if host is not None and not is_ref and any((x.article, x.sentence) == (m.article, host) for x in claim.members):
            members.append(MemberDiff(m, (), 0.0, host=host))
            continue
        other = other_language(alignment.article(m.article).sentence_language(m.sentence), reference_language)
        if other:
            members.append(MemberDiff(m, (), 0.0, language=other))
            continue
        text = alignment.sentence(m).text
        ops = tuple(word_diff(reference_text, text))
        share, against = round(similarity(list(ops)), 4), None
        if m.article != ref.article:
            for alternative in alternatives:
                alt_ops = tuple(word_diff(alignment.sentence(alternative).text, text))
                if (alt_share := round(similarity(list(alt_ops)), 4)) > share:
                    ops, share, against = alt_ops, alt_share, alternative
        members.append(MemberDiff(m, ops, share, is_reference=is_ref, paraphrase=not is_ref and share < PARAPHRASE_BELOW,
                                  against=against))
    members.sort(key=lambda d: not d.is_reference)  # stable: the rest keep article order
    return ClaimDiff(claim, tuple(members), ref, why)


def _fragment_hosts(alignment: Alignment) -> dict[tuple[str, int], int]:
    """(article id, sentence) of each fragment -> the index of the sentence of its article it belongs to."""
    from framediff.aligning.fragments import fragment_hosts

    return {(alignment.articles[a].id, s): host for (a, s), host in fragment_hosts(alignment.articles).items()}


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
        if any(m.language for m in claim.members):
            return True  # the same claim in two languages is two texts
        if not all(same_text(m.diff, ignore_space=ignore_space, ignore_case=ignore_case) for m in claim.members):
            return True
    return False

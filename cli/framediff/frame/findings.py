"""What framing analysis finds: per-outlet framing, quotes, naming variants, reuse and facts that disagree."""

from __future__ import annotations

from dataclasses import dataclass, field

# "Who speaks" for the quotes whose speaker framediff did not read: a statement about framediff, not about the outlet.
# "(unattributed)" had said an outlet named no one where the parse missed a defendant "telling jurors he had “…”" and a
# prosecutor's "the statement said" (a fifty-fifth trial's), or where the outlet keeps its source anonymous ("one council
# insider, who asked not to be named", a fifty-fourth's).
NO_SPEAKER = "(speaker not found)"

@dataclass(frozen=True)
class Quote:
    speaker: str | None
    text: str
    sentence: int  # the sentence the quote opens in
    verb: str | None
    start: int | None = None  # the quoted words (inside the marks) as offsets into the article's text
    end: int | None = None
    kind: str = "speech"  # speech | scare (a word or two nobody is said to say) | title (a name in title case)


@dataclass(frozen=True)
class OutletFraming:
    distinctive_terms: tuple[tuple[str, float], ...]
    # term, kind (loaded | intensifier | hedge), count, sentences, how many of the count stand inside quotes
    evaluative_terms: tuple[tuple[str, str, int, tuple[int, ...], int], ...]
    tone: float | None  # mean VADER compound of this outlet's sentences on shared claims
    tone_others: float | None  # the same for the other outlets' sentences on those claims
    quotes: tuple[Quote, ...]
    # The analyses not run on this outlet because they read English only and it is written in another language:
    # an empty result there would read as "nothing found".
    not_run: tuple[str, ...] = ()
    language: str | None = None  # set with not_run
    # Distinctive terms stand against the other articles in the outlet's language: the only English article has none to
    # stand against, and an empty list would read as "nothing distinctive" (a twenty-eighth trial's lone English outlet
    # had ten words "distinctive" at a score of 0, among them the city every outlet named)
    distinctive_compared: bool = True
    # The words of its sentences on shared claims that VADER's lexicon scores, (word, valence, count), most weight first:
    # what the tone rests on
    tone_words: tuple[tuple[str, float, int], ...] = ()


@dataclass(frozen=True)
class Naming:
    concept: str
    variants: dict[str, tuple[str, ...]]
    sentences: dict[str, tuple[str, ...]] = field(default_factory=dict)  # per outlet, the sentences its variants stand in


@dataclass(frozen=True)
class Reuse:
    article: str
    source: str
    shared_chars: int
    share: float
    passages: tuple[str, ...]
    source_earlier: bool | None  # from the dates, when both have one
    shared_quotations: tuple[str, ...] = ()  # passages either article quotes: the source's words, not copying
    source_share: float = 0.0  # the copied passages' share of the source's text (``share`` is of the article's)
    # passages one article of the pair quotes and the other writes without quotation marks: (the id of the one that
    # writes them so, the passage)
    unquoted: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Disagreement:
    claim: str
    kind: str  # numbers | times
    values: dict[str, tuple[str, ...]]
    # per outlet, each value in conflict with the words it comes from and their sentence: ("number:40", "at least 40 people", "...")
    evidence: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)


def disagreement(claim: str, kind: str, evidence: dict[str, tuple[tuple[str, str, str], ...]]) -> Disagreement:
    """A disagreement from each outlet's values in conflict, each with the words it comes from and their sentence."""
    return Disagreement(claim, kind, {a: tuple(value for value, _, _ in given) for a, given in sorted(evidence.items())},
                        {a: given for a, given in sorted(evidence.items())})


@dataclass(frozen=True)
class QuotedApart:
    """The same words quoted by two outlets, each giving them to another speaker (:mod:`framediff.frame.quoted_apart`)."""

    words: tuple[str, str]  # the words both quote, as each of the two outlets writes them
    speakers: dict[str, tuple[str, int]]  # per outlet (two), the speaker it gives them to and the sentence they stand in


@dataclass(frozen=True)
class Framing:
    outlets: dict[str, OutletFraming]
    naming: tuple[Naming, ...]
    reuse: tuple[Reuse, ...]
    disagreements: tuple[Disagreement, ...]
    quoted_apart: tuple[QuotedApart, ...] = ()

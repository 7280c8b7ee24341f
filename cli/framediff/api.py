"""The Python API: what every command runs, returning dataclasses.

    >>> import framediff
    >>> result = framediff.compare(["seeds/"])             # Comparison
    >>> framediff.to_json(result)["claims"][0]["labels"]   # doctest: +SKIP

Each function takes the options of its command; :func:`to_json` of its result
is exactly the JSON document the command prints.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, BinaryIO, Callable, Sequence

from framediff.aligning.claims import LEAD_PRIOR, AlignOptions, Alignment, align_articles
from framediff.article import Article
from framediff.comparing.comparison import Comparison, articles_differ
from framediff.errors import ExitStatus, FramediffError
from framediff.reading.loading import InputSpec
from framediff.reading.articles import ReadOptions, check_run, finish_articles, read_articles

Input = str | InputSpec | Article
Warn = Callable[[str], None] | None
Progress = Callable[[str], None] | None


class TooFewArticles(FramediffError):
    """The inputs hold fewer articles than the command compares."""

    exit_status = ExitStatus.USAGE


@dataclass(frozen=True)
class DiffResult:
    """`framediff diff`: the comparison of A and B (A the reference of every claim), and whether they differ."""

    comparison: Comparison
    differ: bool
    ignore_space: bool = False
    ignore_case: bool = False


@dataclass(frozen=True)
class FramingResult:
    """`framediff framing`: how each outlet names, weighs, quotes and copies."""

    comparison: Comparison

    @property
    def framing(self) -> Any:
        return self.comparison.framing


def read(inputs: Sequence[Input], read_options: ReadOptions = ReadOptions(), *, stdin: BinaryIO | None = None, warn: Warn = None,
         minimum: int = 1, progress: Progress = None) -> list[Article]:
    """Read the inputs (paths, URLs, ``-``, specs, or articles already read) in order, with unique labels and ids (`framediff sentences`)."""
    if progress:
        progress("reading")
    articles: list[Article] = []
    run: list[str | InputSpec] = []  # inputs still to read, read together so that NAME=PATH labels see them all
    for item in [*inputs, None]:
        if isinstance(item, (str, InputSpec)):
            run.append(item)
            continue
        if run:
            articles += read_articles(run, read_options, stdin=stdin, warn=warn)
            run = []
        if isinstance(item, Article):
            articles.append(item)
    articles = finish_articles(articles, dedupe=read_options.dedupe, warn=warn)
    check_run(len(articles), sum(len(a.sentences) for a in articles))  # articles given ready-made count too
    if len(articles) < minimum:
        raise TooFewArticles(f"need at least {minimum} articles, got {len(articles)}")
    return articles


def align(
    inputs: Sequence[Input],
    *,
    threshold: float | None = None,
    min_outlets: int = 1,
    lead_prior: float = LEAD_PRIOR,
    model: str | None = None,
    use_cache: bool = True,
    read_options: ReadOptions = ReadOptions(),
    stdin: BinaryIO | None = None,
    warn: Warn = None,
    progress: Progress = None,
    embedder: Any = None,
    reference: str | None = None,
) -> Alignment:
    """Read the inputs and align their claims (`framediff align`).

    Articles keep the order of ``inputs``; labels and ids are made unique across all of them.
    ``lead_prior``: log-odds added to pairs of headlines and first sentences (0 for text that is not news).
    ``embedder``: an :class:`~framediff.aligning.embedding.Embedder` to use instead of one made from ``model`` and ``use_cache``.
    ``reference``: a label; each claim's text is that outlet's sentence where it carries the claim.
    """
    from framediff.aligning.embedding import Embedder

    articles = read(inputs, read_options, stdin=stdin, warn=warn, minimum=2)
    embedder = embedder or Embedder(model=model, use_cache=use_cache, warn=warn)
    options = AlignOptions(threshold=threshold, min_outlets=min_outlets, lead_prior=lead_prior)
    alignment = align_articles(articles, embedder, options, progress=progress)
    if reference is not None:
        from framediff.comparing.comparison import with_reference

        alignment = with_reference(alignment, _outlet_id(alignment.articles, reference, "--reference") or "")
    return alignment


def compare(
    inputs: Sequence[Input],
    *,
    threshold: float | None = None,
    min_outlets: int = 1,
    lead_prior: float = LEAD_PRIOR,
    model: str | None = None,
    use_cache: bool = True,
    framing: bool = True,
    reference: int | str | None = None,
    outlet: str | None = None,
    read_options: ReadOptions = ReadOptions(),
    stdin: BinaryIO | None = None,
    warn: Warn = None,
    progress: Progress = None,
    embedder: Any = None,
) -> Comparison:
    """How each outlet told each claim (`framediff compare`): word diffs, coverage, omissions and, with ``framing``, framing.

    ``reference``: the position or the label of the article whose sentences every claim is diffed against
    (default: each claim's representative). ``outlet``: a label; the comparison is that outlet's view. ``min_outlets`` hides claims carried by fewer outlets
    from the claims shown; coverage, omissions and framing still see every claim.
    """
    from framediff.comparing.comparison import compare as compare_alignment
    from framediff.aligning.embedding import Embedder

    embedder = embedder or Embedder(model=model, use_cache=use_cache, warn=warn)
    alignment = align(inputs, threshold=threshold, lead_prior=lead_prior, model=model, use_cache=use_cache, read_options=read_options,
                      stdin=stdin, warn=warn, progress=progress, embedder=embedder)
    chosen = _outlet_id(alignment.articles, reference, "--reference")
    comparison = compare_alignment(alignment, reference=chosen)
    if framing:
        from framediff.frame import analyse

        if progress:
            progress("framing")
        comparison = replace(comparison, framing=analyse(comparison, embedder))
    if min_outlets > 1:
        comparison = replace(comparison, claims=tuple(c for c in comparison.claims if len(c.claim.articles) >= min_outlets))
    if outlet is not None:
        from framediff.comparing.comparison import outlet_view

        comparison = outlet_view(comparison, _outlet_id(alignment.articles, outlet, "--outlet") or "")
    return comparison


class NoSuchOutlet(FramediffError):
    """A label that names none of the outlets."""

    exit_status = ExitStatus.USAGE


def _outlet_id(articles: Sequence[Article], which: int | str | None, option: str) -> str | None:
    """The id of the article at position ``which``, or labelled ``which`` (case and spacing aside)."""
    if which is None:
        return None
    if isinstance(which, int):
        return articles[which].id
    from framediff.comparing.comparison import find_outlet

    found = find_outlet(articles, which)
    if found is None:
        raise NoSuchOutlet(f"{option} {which}: no outlet has that label (the outlets: {', '.join(a.label for a in articles)})")
    return found.id


def diff(
    a: Input,
    b: Input,
    *,
    ignore_space: bool = False,
    ignore_case: bool = False,
    threshold: float | None = None,
    lead_prior: float = LEAD_PRIOR,
    model: str | None = None,
    use_cache: bool = True,
    read_options: ReadOptions = ReadOptions(),
    stdin: BinaryIO | None = None,
    warn: Warn = None,
    progress: Progress = None,
) -> DiffResult:
    """Two articles claim by claim, like diff(1) (`framediff diff`): A is the old side and the reference of every claim.

    The same text given twice is compared, not counted once; ``differ`` says whether B
    carries other claims or other text than A (white space and case as ``ignore_*`` say).
    """
    options = replace(read_options, dedupe=False)
    articles = read([a, b], options, stdin=stdin, warn=warn, minimum=2)
    if len(articles) != 2:
        raise TooFewArticles(f"diff compares exactly two articles; A and B hold {len(articles)}")
    comparison = compare(articles, threshold=threshold, lead_prior=lead_prior, model=model, use_cache=use_cache, framing=False, reference=0,
                         read_options=options, warn=warn, progress=progress)
    differ = articles_differ(comparison, ignore_space=ignore_space, ignore_case=ignore_case)
    return DiffResult(comparison, differ, ignore_space, ignore_case)


def framing(
    inputs: Sequence[Input],
    *,
    threshold: float | None = None,
    lead_prior: float = LEAD_PRIOR,
    model: str | None = None,
    use_cache: bool = True,
    read_options: ReadOptions = ReadOptions(),
    stdin: BinaryIO | None = None,
    warn: Warn = None,
    progress: Progress = None,
) -> FramingResult:
    """Framing per outlet (`framediff framing`): distinctive and evaluative words, tone, quotes, naming, reuse, facts that disagree."""
    return FramingResult(compare(inputs, threshold=threshold, lead_prior=lead_prior, model=model, use_cache=use_cache, framing=True,
                                 read_options=read_options, stdin=stdin, warn=warn, progress=progress))


@dataclass(frozen=True)
class PairScore:
    """`framediff score`: a pair's calibrated probability of stating the same claim, and the verdict at the threshold."""

    score: float
    same_claim: bool


def score(
    pairs: Sequence[tuple[str, str]], *, mode: str = "cascade", threshold: float | None = None, use_cache: bool = True, warn: Warn = None,
    embedder: Any = None,
) -> list[PairScore]:
    """Score sentence pairs (`framediff score`): the same score for a pair alone or among any others.

    ``mode``: "fast" (static vectors and words), "full" (the cross-encoder on every pair) or
    "cascade" (the cross-encoder only where fast is unsure). Pass ``embedder`` to reuse loaded models across calls.
    """
    from framediff.aligning.embedding import Embedder
    from framediff.aligning.scorer import score_texts, score_threshold

    embedder = embedder or Embedder(use_cache=use_cache, warn=warn)
    cut = score_threshold(mode) if threshold is None else threshold
    probabilities = score_texts(list(pairs), embedder, mode=mode, threshold=threshold)
    return [PairScore(round(float(p), 4), bool(p >= cut)) for p in probabilities]


def to_json(result: Alignment | Comparison | DiffResult | FramingResult | Sequence[Article]) -> dict[str, Any]:
    """The JSON document the command that gives ``result`` prints."""
    from framediff import serialize

    if isinstance(result, Alignment):
        return serialize.alignment_document(result)
    if isinstance(result, Comparison):
        return serialize.comparison_document(result)
    if isinstance(result, DiffResult):
        return serialize.diff_document(result.comparison, result.differ, result.ignore_space, result.ignore_case)
    if isinstance(result, FramingResult):
        return serialize.framing_document(result.comparison)
    return serialize.articles_document(list(result))


def to_json_lines(result: Alignment | Comparison | DiffResult | FramingResult | Sequence[Article]) -> list[dict[str, Any]]:
    """The JSON Lines records the command prints with ``--format jsonl``: a header, then one typed record per line."""
    from framediff.serialize import document_lines

    return list(document_lines(to_json(result)))

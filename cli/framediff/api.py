"""The Python API: what every command runs, returning dataclasses.

    >>> import framediff
    >>> result = framediff.compare(["seeds/"])             # Comparison
    >>> framediff.to_json(result)["claims"][0]["labels"]   # doctest: +SKIP

Each function takes a :class:`~framediff.settings.Settings` (or any of its
fields as keywords: ``framediff.compare(paths, threshold=0.5)``) and the run's
standard input, ``warn`` and ``progress``; :func:`to_json` of its result is
exactly the JSON document the command prints. The articles are read once;
`compare`, `diff` and `framing` share one path from articles to a comparison.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, BinaryIO, Callable, Sequence

from framediff.aligning.claims import AlignOptions, Alignment, align_articles
from framediff.article import Article
from framediff.comparing.comparison import Comparison, articles_differ
from framediff.errors import ExitStatus, FramediffError
from framediff.reading.articles import ReadOptions, check_run, finish_articles, read_articles
from framediff.reading.loading import InputSpec
from framediff.results import DiffResult, FramingResult, PairScore
from framediff.settings import Settings

if TYPE_CHECKING:
    from framediff.aligning.embedding import Embedder

__all__ = ["Input", "Settings", "TooFewArticles", "NoSuchOutlet", "DiffResult", "FramingResult", "PairScore", "read", "align", "compare",
           "diff", "framing", "score", "to_json", "to_json_lines"]

Input = str | InputSpec | Article
Warn = Callable[[str], None] | None
Progress = Callable[[str], None] | None


class TooFewArticles(FramediffError):
    """The inputs hold fewer articles than the command compares."""

    exit_status = ExitStatus.USAGE


def read(inputs: Sequence[Input], read_options: ReadOptions = ReadOptions(), *, stdin: BinaryIO | None = None, warn: Warn = None,
         minimum: int = 1, progress: Progress = None) -> list[Article]:
    """Read the inputs (paths, URLs, ``-``, specs, or articles already read) in order, with unique labels and ids
    (`framediff sentences`)."""
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
        raise TooFewArticles(_too_few(inputs, articles, minimum))
    return articles


def _too_few(inputs: Sequence[Input], articles: Sequence[Article], minimum: int) -> str:
    """One line naming the inputs read, the articles found in them and what was needed: "onedir/: need at least 2
    articles, got 1 (report.txt)"."""
    from framediff.reading.records import byte_escaped
    from framediff.safetext import one_line

    named = [item if isinstance(item, str) else item.source for item in inputs if isinstance(item, (str, InputSpec))]
    where = ", ".join(one_line(byte_escaped(x)) for x in named[:3]) + (f" and {len(named) - 3} more" if len(named) > 3 else "")
    found = f" ({', '.join(one_line(a.label) for a in articles[:3])}{', …' if len(articles) > 3 else ''})" if articles else ""
    return f"{where + ': ' if where else ''}need at least {minimum} articles, got {len(articles)}{found}"


def _settings(settings: Settings | None, changes: dict[str, Any]) -> Settings:
    """``settings`` (or the defaults) with the fields named in ``changes`` replaced; an unknown name is a TypeError."""
    return replace(settings or Settings(), **changes)


def _embedder(settings: Settings, warn: Warn, embedder: Embedder | None) -> Embedder:
    from framediff.aligning.embedding import Embedder

    return embedder or Embedder(model=settings.model, use_cache=settings.use_cache, warn=warn)


def _align(articles: list[Article], settings: Settings, embedder: Embedder, progress: Progress, min_outlets: int = 1,
           framing: bool = False) -> Alignment:
    options = AlignOptions(threshold=settings.threshold, min_outlets=min_outlets, lead_prior=settings.lead_prior)
    from framediff.language.parser import use_cache

    # parses are kept beside the embeddings; a batch's worker process reads them and writes none (as its vectors)
    use_cache(embedder.open_cache() if embedder.use_cache else None, write=embedder.collect is None)
    from framediff.language.parser import preload

    # spaCy loads and parses in a process of its own while the sentence models run (one started ahead is ended if not)
    preload(*_parse_order(articles)) if _will_parse(articles, framing) else preload()
    return align_articles(articles, embedder, options, progress=progress)


def _start_parsing() -> None:
    """Start the parsing process before the articles are read: its import and load then run while they are (it is
    ended when the run turns out to need no parse: :func:`_align`)."""
    from framediff.language.parser import start

    start()


def _parse_order(articles: Sequence[Article]) -> tuple[list[str], list[str]]:
    """The English sentences in the order the run will likely ask for their parses: first the leads (aligning reads
    their polarity) and the sentences the quote finder reads (aligning reads the speakers of quotes); then the rest,
    article by article in turn (framing reads the sentences of shared claims, which lie near the top, and asks for
    them ahead)."""
    from itertools import chain, zip_longest

    from framediff.frame.quotes import sentences_to_parse
    from framediff.reading.languages import is_english

    english = [a for a in articles if is_english(a.language)]
    turns = [s.text for s in chain.from_iterable(zip_longest(*(a.sentences for a in english))) if s is not None]
    leads = [a.sentences[0].text for a in english if a.sentences]
    first = dict.fromkeys([*leads, *(text for a in english for text in sentences_to_parse(a))])
    return list(first), [text for text in dict.fromkeys(turns) if text not in first]


def _will_parse(articles: Sequence[Article], framing: bool) -> bool:
    """Whether the run will read articles with the English parser: framing does (quotes, speakers, facts, naming) for
    two English articles or one with a quotation; aligning does for the quotes of a story of a few outlets, to keep
    two speakers' quotes apart (:meth:`framediff.aligning.pairs.PairScores.part_speakers`)."""
    from framediff.aligning.pairs import SPEAKER_ARTICLES
    from framediff.aligning.speakers import quoting
    from framediff.reading.languages import is_english

    quoted = sum(1 for a in articles if any(quoting(s.text) for s in a.sentences))
    if framing:
        return quoted > 0 or sum(1 for a in articles if is_english(a.language)) > 1
    return 1 < quoted and len(articles) <= SPEAKER_ARTICLES


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


def _compare(articles: list[Article], settings: Settings, embedder: Embedder, progress: Progress) -> Comparison:
    """The one path from read articles to a comparison: align, diff each claim, add framing, hide the claims too few carry,
    and keep one outlet's view if the settings ask."""
    from framediff.comparing.comparison import compare as compare_alignment

    alignment = _align(articles, settings, embedder, progress, framing=settings.framing)
    chosen = _outlet_id(alignment.articles, settings.reference, "--reference")
    comparison = compare_alignment(alignment, reference=chosen)
    if settings.framing:
        from framediff.frame import analyse

        if progress:
            progress("framing")
        comparison = replace(comparison, framing=analyse(comparison, embedder))
    if settings.min_outlets > 1:
        comparison = replace(comparison, claims=tuple(c for c in comparison.claims if len(c.claim.articles) >= settings.min_outlets))
    if settings.outlet is not None:
        from framediff.comparing.comparison import outlet_view

        comparison = outlet_view(comparison, _outlet_id(alignment.articles, settings.outlet, "--outlet") or "")
    return comparison


def align(inputs: Sequence[Input], settings: Settings | None = None, *, stdin: BinaryIO | None = None, warn: Warn = None,
          progress: Progress = None, embedder: Embedder | None = None, **changes: Any) -> Alignment:
    """Read the inputs and align their claims (`framediff align`).

    Articles keep the order of ``inputs``; labels and ids are made unique across all of them.
    ``embedder``: an :class:`~framediff.aligning.embedding.Embedder` to use instead of one made from the settings' model and cache.
    With ``reference`` (a label or a position), each claim's text is that outlet's sentence where it carries the claim.
    """
    settings = _settings(settings, changes)
    _start_parsing()
    articles = read(inputs, settings.read, stdin=stdin, warn=warn, minimum=2)
    alignment = _align(articles, settings, _embedder(settings, warn, embedder), progress, settings.min_outlets)
    if settings.reference is not None:
        from framediff.comparing.comparison import with_reference

        alignment = with_reference(alignment, _outlet_id(alignment.articles, settings.reference, "--reference") or "")
    return alignment


def compare(inputs: Sequence[Input], settings: Settings | None = None, *, stdin: BinaryIO | None = None, warn: Warn = None,
            progress: Progress = None, embedder: Embedder | None = None, **changes: Any) -> Comparison:
    """How each outlet told each claim (`framediff compare`): word diffs, coverage, omissions and, with ``framing``, framing."""
    settings = _settings(settings, changes)
    _start_parsing()
    embedder = _embedder(settings, warn, embedder)
    articles = read(inputs, settings.read, stdin=stdin, warn=warn, minimum=2, progress=progress)
    return _compare(articles, settings, embedder, progress)


def diff(a: Input, b: Input, settings: Settings | None = None, *, ignore_space: bool = False, ignore_case: bool = False,
         stdin: BinaryIO | None = None, warn: Warn = None, progress: Progress = None, **changes: Any) -> DiffResult:
    """Two articles claim by claim, like diff(1) (`framediff diff`): A is the old side and the reference of every claim.

    The same text given twice is compared, not counted once; ``differ`` says whether B
    carries other claims or other text than A (white space and case as ``ignore_*`` say).
    """
    settings = _settings(settings, changes)
    settings = replace(settings, framing=False, reference=0, outlet=None, min_outlets=1, read=replace(settings.read, dedupe=False))
    _start_parsing()
    embedder = _embedder(settings, warn, None)
    articles = read([a, b], settings.read, stdin=stdin, warn=warn, minimum=2, progress=progress)
    if len(articles) != 2:
        raise TooFewArticles(f"diff compares exactly two articles; A and B hold {len(articles)}")
    comparison = _compare(articles, settings, embedder, progress)
    differ = articles_differ(comparison, ignore_space=ignore_space, ignore_case=ignore_case)
    return DiffResult(comparison, differ, ignore_space, ignore_case)


def framing(inputs: Sequence[Input], settings: Settings | None = None, *, stdin: BinaryIO | None = None, warn: Warn = None,
            progress: Progress = None, **changes: Any) -> FramingResult:
    """Framing per outlet (`framediff framing`): distinctive and evaluative words, tone, quotes, naming, reuse, facts that disagree."""
    settings = replace(_settings(settings, changes), framing=True, min_outlets=1, reference=None, outlet=None)
    _start_parsing()
    embedder = _embedder(settings, warn, None)
    articles = read(inputs, settings.read, stdin=stdin, warn=warn, minimum=2, progress=progress)
    return FramingResult(_compare(articles, settings, embedder, progress))


def score(pairs: Sequence[tuple[str, str]], *, mode: str = "cascade", threshold: float | None = None, use_cache: bool = True,
          warn: Warn = None, embedder: Embedder | None = None) -> list[PairScore]:
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

    return serialize.document(result)


def to_json_lines(result: Alignment | Comparison | DiffResult | FramingResult | Sequence[Article]) -> list[dict[str, Any]]:
    """The JSON Lines records the command prints with ``--format jsonl``: a header, then one typed record per line."""
    from framediff import serialize

    return list(serialize.lines(result))

"""The first stages in order: load, clean, split. Returns finished :class:`Article` objects."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import BinaryIO, Callable, Sequence
from urllib.parse import urlparse

from framediff.article import Article, RawArticle, Sentence
from framediff.reading.cleaning import Cleaned, clean, parse_date, past_ort
from framediff.errors import InputError, TooMuchInput
from framediff.reading.loading import InputSpec, expand_inputs, load_inputs, parse_input, source_key
from framediff.reading import languages
from framediff.reading.sentences import build_sentences


# Limits on one run (README, "Limits"), so that memory and time stay bounded whatever the input. Alignment costs
# time quadratic in sentences (in bounded blocks of memory), and outlet-pair stages (headline closeness, reuse)
# quadratic in articles; a larger corpus is many events, for `framediff batch`. A news article is rarely over
# 300 sentences; a book is about 5,000.
MAX_SENTENCES_PER_ARTICLE = 10_000
MAX_SENTENCES = 100_000
MAX_ARTICLES = 1_000


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs."""

    keep_boilerplate: bool = False
    skip_bad: bool = False
    labels: tuple[tuple[str, str], ...] = ()  # (source_key(path), label): NAME=PATH labels, wherever PATH is among the inputs
    dedupe: bool = True  # the same text given twice is one outlet, not two that agree


def read_articles(
    inputs: Sequence[str | InputSpec],
    options: ReadOptions = ReadOptions(),
    *,
    stdin: BinaryIO | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[Article]:
    """Load, clean and split every input. Raises :class:`InputError` on bad input.

    With ``options.skip_bad`` a bad input is reported through ``warn`` and left out.
    """
    specs = [parse_input(i) if isinstance(i, str) else i for i in inputs]
    articles: list[Article] = []
    by_path = dict(options.labels)
    used: set[str] = set()

    def bad(err: InputError) -> None:
        if not options.skip_bad:
            raise err
        if warn:
            warn(f"skipped {err}")

    on_bad = bad if options.skip_bad else None
    sentences = 0
    for spec in _expand(specs, bad):
        if isinstance(spec, InputError):
            bad(spec)
            continue
        key = source_key(spec.source)
        if key in by_path:
            spec = InputSpec(spec.source, by_path[key])
            used.add(key)
        for _, loaded in load_inputs([spec], stdin, on_bad):
            if isinstance(loaded, InputError):
                bad(loaded)
                continue
            for raw in loaded:
                try:
                    articles.append(prepare_article(raw, options))
                except InputError as err:
                    bad(err)
                    continue
                sentences += len(articles[-1].sentences)
                check_run(len(articles), sentences)
    for key, name in options.labels:
        if key not in used:
            raise InputError(f"--label {name}=...", f"{key} is not one of the inputs")
    return finish_articles(articles, dedupe=options.dedupe, warn=warn)


def _expand(specs: list[InputSpec], bad: Callable[[InputError], None]) -> list[InputSpec | InputError]:
    out: list[InputSpec | InputError] = []
    for spec in specs:
        try:
            out.extend(expand_inputs([spec]))
        except InputError as err:
            bad(err)
    return out


# A text longer than twice this is first counted on its head: cleaning and splitting a 20 MB article takes seconds,
# and its first PREFIX characters hold more than MAX_SENTENCES_PER_ARTICLE sentences unless those average 200 characters.
PREFIX = 2 * 1024 * 1024


def prepare_article(raw: RawArticle, options: ReadOptions = ReadOptions()) -> Article:
    """Clean and split one loaded input. Its id and label are provisional until :func:`finish_articles`."""
    if len(raw.text) > 2 * PREFIX:
        _count_head(raw, options)
    cleaned, found, sentences = _read(raw.text, raw, options, MAX_SENTENCES_PER_ARTICLE)
    if len(sentences) > MAX_SENTENCES_PER_ARTICLE:
        raise _too_many(raw)
    if not any(s.kind == "body" for s in sentences):
        raise InputError(raw.source, "empty article: no sentences of text after cleaning")
    date = (parse_date(raw.date) or raw.date) if raw.date else cleaned.date
    own = languages.sentence_languages(found.language, [s.text for s in sentences])
    sentences = [replace(s, language=lang) if lang else s for s, lang in zip(sentences, own)]
    return Article(
        id="",
        label=raw.label or raw.outlet or "",
        source=raw.source,
        text=raw.text,
        format=raw.format,
        encoding=raw.encoding,
        title=cleaned.headline.text if cleaned.headline else raw.title,
        date=date,
        url=raw.url,
        author=cleaned.author,
        tags=tuple(cleaned.tags),
        sentences=tuple(sentences),
        metadata=tuple(cleaned.metadata),
        dropped=tuple(cleaned.dropped),
        outlet=raw.outlet,
        language=found.language,
        language_confidence=found.confidence,
    )


def _count_head(raw: RawArticle, options: ReadOptions) -> None:
    """Refuse a long text whose head already passes the sentence limit: the whole has at least the head's sentences, less
    the last one when the head is cut within a line (cleaning reads line by line and keeps a line's first copy)."""
    text = raw.text
    cut = -1
    for mark in ("\n\n", "\n", " "):  # a paragraph's end, else a line's, else a word's (one enormous line)
        cut = text.rfind(mark, 0, PREFIX)
        if cut > PREFIX // 2:
            break
    if cut <= 0:
        return  # a head of one word: nothing to count
    counted = _read(text[:cut], raw, options, MAX_SENTENCES_PER_ARTICLE + 1)[2]
    if len(counted) > MAX_SENTENCES_PER_ARTICLE + 1:  # a head cut within a line may end in one sentence the whole runs on
        raise _too_many(raw)


def _read(text: str, raw: RawArticle, options: ReadOptions, limit: int) -> tuple[Cleaned, languages.Identified, list[Sentence]]:
    """Clean ``text``, identify its language, and split it into at most ``limit`` sentences (a German place dateline is
    read once the language is known)."""
    cleaned = clean(text, title=raw.title, markdown=raw.format == "markdown", keep_boilerplate=options.keep_boilerplate)
    headline = (cleaned.headline.start, cleaned.headline.end) if cleaned.headline else None
    found = languages.article_language([text[s:e] for s, e in ([headline] if headline else []) + list(cleaned.paragraphs)])
    cleaned = past_ort(text, cleaned, found.language)
    return cleaned, found, build_sentences(text, headline, cleaned.paragraphs, limit=limit, language=found.language)


def _too_many(raw: RawArticle) -> InputError:
    return InputError(raw.source, f"over {MAX_SENTENCES_PER_ARTICLE:,} sentences: more than a news article (the limit of one article)")


def check_run(articles: int, sentences: int) -> None:
    """Refuse a run over MAX_ARTICLES articles or MAX_SENTENCES sentences, as soon as it passes them."""
    if articles > MAX_ARTICLES:
        raise TooMuchInput(f"the inputs: over {MAX_ARTICLES:,} articles, the limit of one run; compare each event with `framediff batch`")
    if sentences > MAX_SENTENCES:
        raise TooMuchInput(f"the inputs: over {MAX_SENTENCES:,} sentences, the limit of one run; "
                           "compare each event with `framediff batch`")


def finish_articles(articles: Sequence[Article], *, dedupe: bool = False, warn: Callable[[str], None] | None = None) -> list[Article]:
    """Give every article a unique label and a unique id that is stable for the same inputs (in order: "x", "x-2").

    With ``dedupe`` an article whose text (white space aside) was already given
    is left out with a warning: one file named twice, or one text saved twice,
    is one outlet, not two that agree on everything.
    """
    from dataclasses import replace

    labels: set[str] = set()  # folded
    spelled: dict[str, str] = {}  # folded label -> the first spelling given
    ids: set[str] = set()
    seen: dict[str, Article] = {}
    out = []
    for article in articles:
        if dedupe:
            text = article.text if article.text.isascii() else unicodedata.normalize("NFC", article.text)  # NFD is the same text
            fingerprint = hashlib.sha256(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()
            first = seen.setdefault(fingerprint, article)
            if first is not article:
                if warn:
                    warn(f"{article.source}: the same text as {first.source}; counted once")
                continue
        wanted = _short_label(article.label or _label_from_source(article.source))
        label = _unique(wanted, labels)
        clash = spelled.get(_fold(wanted))
        if clash is not None and clash != wanted and warn:
            warn(f"{article.source}: label {wanted!r} differs from {clash!r} only in case or spacing; labelled {label!r}")
        spelled.setdefault(_fold(wanted), wanted)
        digest = hashlib.sha256(f"{article.source}\0{article.text}".encode()).hexdigest()[:10]
        out.append(replace(article, label=label, id=_unique(digest, ids)))
    return out


def _fold(label: str) -> str:
    return " ".join(label.split()).casefold()


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3``…: unique in ``taken`` (folded: labels that differ only in case or spacing clash)."""
    candidate, n = name, 2
    while _fold(candidate) in taken:
        candidate, n = f"{name}-{n}", n + 1
    taken.add(_fold(candidate))
    return candidate


def _short_label(label: str, width: int = 24) -> str:
    label = " ".join(label.split())
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def _label_from_source(source: str) -> str:
    if source == "-":
        return "stdin"
    if re.match(r"https?://", source, re.I):
        try:
            host = urlparse(source).hostname or source
        except ValueError:
            host = source
        return host.removeprefix("www.")
    base, _, record = source.partition("#")
    stem = PurePath(base).stem or base
    return f"{stem}#{record}" if record else stem


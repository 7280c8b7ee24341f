"""The article and its sentences: the data every later stage reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SentenceKind = Literal["headline", "body"]


@dataclass(frozen=True)
class Span:
    """A line of the input kept out of the sentences, with the reason why."""

    text: str
    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class Sentence:
    """One sentence; ``article.text[start:end] == text``."""

    index: int
    kind: SentenceKind
    paragraph: int
    text: str
    start: int
    end: int
    language: str | None = None  # set only where it differs from its article's (a quoted paragraph in another language)


@dataclass(frozen=True)
class RawArticle:
    """An input after loading and decoding, before cleaning."""

    source: str
    text: str
    format: str  # text | markdown | html | json
    encoding: str
    label: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Article:
    """A cleaned article split into sentences."""

    id: str
    label: str
    source: str
    text: str
    format: str
    encoding: str
    title: str | None
    date: str | None
    url: str | None
    author: str | None
    tags: tuple[str, ...]
    sentences: tuple[Sentence, ...]
    metadata: tuple[Span, ...] = field(default=())
    dropped: tuple[Span, ...] = field(default=())
    outlet: str | None = None  # the record's "outlet" field: one outlet across events, whatever its label in a comparison
    language: str = "en"  # ISO 639-1 ("en", "fr"), or "und" when too little text to tell (read with the English tools)
    language_confidence: float = 1.0

    def sentence_language(self, index: int) -> str:
        """The language sentence ``index`` is written in: its own where it differs, else the article's."""
        return self.sentences[index].language or self.language

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences if s.kind == "body")

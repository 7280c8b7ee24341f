"""A parse as plain data: the parts of spaCy's ``Doc``, ``Token`` and ``Span`` that framediff reads, without spaCy.

spaCy's own objects live in the process that parsed them (and need spaCy imported to be read). A parse made in
another process (:mod:`framediff.language.worker`) comes back as a :data:`Record` (tuples of strings and numbers), and
a parse made here is turned into the same record, so every analysis reads one kind of object whichever process
parsed: :class:`Doc`, :class:`Token` and :class:`Span` answer as spaCy's do for what they offer (``tests/
test_parse_records.py`` checks each attribute against spaCy's on real sentences).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Iterator, Sequence, overload

if TYPE_CHECKING:
    import spacy.tokens

# one token: character offset, text, trailing whitespace, lemma, coarse and fine tag, dependency label, head index,
# entity type, lower case, lexical flags, left and right edge (indices), conjuncts (indices)
TokenRecord = tuple[int, str, str, str, str, str, str, int, str, str, int, int, int, tuple[int, ...]]
# a parse: the text, its tokens, its entities (start, end, label) and its noun chunks (start, end), in token indices
Record = tuple[str, tuple[TokenRecord, ...], tuple[tuple[int, int, str], ...], tuple[tuple[int, int], ...]]

LIKE_NUM, IS_PUNCT, IS_DIGIT, IS_ALPHA, IS_SPACE = 1, 2, 4, 8, 16


def record(doc: "spacy.tokens.Doc") -> Record:
    """The plain record of one of spaCy's parses."""
    tokens = tuple((t.idx, t.text, t.whitespace_, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_, t.lower_,
                    (LIKE_NUM if t.like_num else 0) | (IS_PUNCT if t.is_punct else 0) | (IS_DIGIT if t.is_digit else 0)
                    | (IS_ALPHA if t.is_alpha else 0) | (IS_SPACE if t.is_space else 0),
                    t.left_edge.i, t.right_edge.i, tuple(c.i for c in t.conjuncts))
                   for t in doc)
    return (doc.text, tokens, tuple((e.start, e.end, e.label_) for e in doc.ents),
            tuple((c.start, c.end) for c in doc.noun_chunks))


def to_blob(data: Record) -> bytes:
    """A record as stored in the cache: JSON, never pickle (a cache file is not trusted to run code)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def from_blob(blob: object, text: str) -> Record | None:
    """The record stored for ``text``, or None when the row is damaged: not JSON, not a record's shape, not of
    ``text`` (every word where the text has it, in order), or not a parse (every word's head chain reaches a root,
    every word within its edges, every entity and chunk a run of words), so that an analysis never reads a broken
    parse, nor one that would send it round a cycle."""
    try:
        data = json.loads(blob) if isinstance(blob, bytes) else None
        if not (isinstance(data, list) and len(data) == 4 and data[0] == text):
            return None
        tokens = tuple(_token(t, len(data[1]), text) for t in data[1])
        ents = tuple((int(a), int(b), str(label)) for a, b, label in data[2])
        chunks = tuple((int(a), int(b)) for a, b in data[3])
    except (ValueError, TypeError, RecursionError):
        return None
    n = len(tokens)
    if any(not 0 <= a < b <= n for a, b, _ in ents) or any(not 0 <= a < b <= n for a, b in chunks):
        return None
    if any(a[0] + len(a[1]) > b[0] for a, b in zip(tokens, tokens[1:])):
        return None  # words overlap or go back
    if any(not t[11] <= i <= t[12] for i, t in enumerate(tokens)) or not _a_forest([t[7] for t in tokens]):
        return None
    return (text, tokens, ents, chunks)


def _a_forest(heads: list[int]) -> bool:
    """Whether every word's chain of heads ends at a word that is its own head (no cycle)."""
    state = [0] * len(heads)  # 0 not seen, 1 on the chain being walked, 2 reaches a root
    for start in range(len(heads)):
        chain, i = [], start
        while state[i] == 0 and heads[i] != i:
            state[i] = 1
            chain.append(i)
            i = heads[i]
        if state[i] == 1:
            return False
        for k in chain:
            state[k] = 2
        state[i] = 2
    return True


def _token(t: Any, n: int, text: str) -> TokenRecord:
    """One stored word, checked; ValueError when it is not one."""
    (idx, word, space, lemma, pos, tag, dep, head, ent, lower, flags, left, right, conjuncts) = t
    strings = (word, space, lemma, pos, tag, dep, ent, lower)
    numbers = (idx, head, flags, left, right, *conjuncts)
    if not all(isinstance(x, str) for x in strings) or not all(type(x) is int for x in numbers):
        raise ValueError("not a word")
    if idx < 0 or not word or text[idx : idx + len(word)] != word or not all(0 <= k < n for k in (head, left, right, *conjuncts)):
        raise ValueError("not a word of this text")
    return (idx, word, space, lemma, pos, tag, dep, head, ent, lower, flags, left, right, tuple(conjuncts))


class Token:
    """One word of a :class:`Doc`, as spaCy's ``Token`` reads it."""

    __slots__ = ("doc", "i", "idx", "text", "whitespace_", "lemma_", "pos_", "tag_", "dep_", "_head", "ent_type_",
                 "lower_", "_flags", "_left", "_right", "_conjuncts")

    def __init__(self, doc: "Doc", i: int, data: TokenRecord) -> None:
        self.doc, self.i = doc, i
        (self.idx, self.text, self.whitespace_, self.lemma_, self.pos_, self.tag_, self.dep_, self._head, self.ent_type_,
         self.lower_, self._flags, self._left, self._right, self._conjuncts) = data

    def __repr__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.text)

    def __lt__(self, other: "Token") -> bool:
        return self.i < other.i

    @property
    def text_with_ws(self) -> str:
        return self.text + self.whitespace_

    @property
    def head(self) -> "Token":
        return self.doc[self._head]

    @property
    def like_num(self) -> bool:
        return bool(self._flags & LIKE_NUM)

    @property
    def is_punct(self) -> bool:
        return bool(self._flags & IS_PUNCT)

    @property
    def is_digit(self) -> bool:
        return bool(self._flags & IS_DIGIT)

    @property
    def is_alpha(self) -> bool:
        return bool(self._flags & IS_ALPHA)

    @property
    def left_edge(self) -> "Token":
        return self.doc[self._left]

    @property
    def right_edge(self) -> "Token":
        return self.doc[self._right]

    @property
    def lefts(self) -> Iterator["Token"]:
        """The children before the word, in order."""
        return (t for t in self.doc.tokens[self._left : self.i] if t._head == self.i)

    @property
    def rights(self) -> Iterator["Token"]:
        """The children after the word, in order."""
        return (t for t in self.doc.tokens[self.i + 1 : self._right + 1] if t._head == self.i)

    @property
    def children(self) -> Iterator["Token"]:
        yield from self.lefts
        yield from self.rights

    @property
    def subtree(self) -> Iterator["Token"]:
        """The word and every word under it, as spaCy walks them: the left children's subtrees, the word, the right's
        (walked with a stack, not by recursion)."""
        stack: list[tuple[Token, bool]] = [(self, False)]
        while stack:
            token, expanded = stack.pop()
            if expanded:
                yield token
                continue
            stack.extend((child, False) for child in reversed(list(token.rights)))
            stack.append((token, True))
            stack.extend((child, False) for child in reversed(list(token.lefts)))

    @property
    def conjuncts(self) -> tuple["Token", ...]:
        return tuple(self.doc[k] for k in self._conjuncts)


class Span:
    """Words ``start`` to ``end`` (exclusive) of a :class:`Doc`, as spaCy's ``Span`` reads them; ``label_`` for an entity."""

    __slots__ = ("doc", "start", "end", "label_")

    def __init__(self, doc: "Doc", start: int, end: int, label: str = "") -> None:
        self.doc, self.start, self.end, self.label_ = doc, start, end, label

    def __repr__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Span) and other.doc is self.doc and (other.start, other.end, other.label_)
                == (self.start, self.end, self.label_))

    def __hash__(self) -> int:
        return hash((id(self.doc), self.start, self.end, self.label_))

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[Token]:
        return iter(self.doc.tokens[self.start : self.end])

    @property
    def start_char(self) -> int:
        return self.doc.tokens[self.start].idx if self.end > self.start else self._empty_char()

    @property
    def end_char(self) -> int:
        if self.end <= self.start:
            return self._empty_char()
        last = self.doc.tokens[self.end - 1]
        return last.idx + len(last.text)

    def _empty_char(self) -> int:
        """Where an empty span sits, as spaCy places it: at the start of the word it stands before, or the text's end."""
        return self.doc.tokens[self.start].idx if self.start < len(self.doc) else len(self.doc.text)

    @property
    def text(self) -> str:
        return self.doc.text[self.start_char : self.end_char]

    @property
    def text_with_ws(self) -> str:
        return self.text + (self.doc.tokens[self.end - 1].whitespace_ if self.end > self.start else "")

    @property
    def root(self) -> Token:
        """The word whose head lies outside the span, nearest the sentence's root (spaCy's ``Span.root``)."""
        tokens = self.doc.tokens
        for t in tokens[self.start : self.end]:
            if t._head == t.i:
                return t
        best, found = len(self.doc), None
        for t in tokens[self.start : self.end]:
            if self.start <= t._head < self.end:
                continue
            steps = self.doc.steps_to_root(t.i)
            if steps < best:
                best, found = steps, t
        return found if found is not None else tokens[self.start]


class Doc:
    """A parsed text, as spaCy's ``Doc`` reads it, made from a :data:`Record`."""

    __slots__ = ("text", "tokens", "ents", "_chunks", "record")

    def __init__(self, data: Record) -> None:
        self.record = data
        self.text = data[0]
        self.tokens: tuple[Token, ...] = tuple(Token(self, i, t) for i, t in enumerate(data[1]))
        self.ents: tuple[Span, ...] = tuple(Span(self, start, end, label) for start, end, label in data[2])
        self._chunks = data[3]

    def __repr__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    @overload
    def __getitem__(self, k: int) -> Token: ...

    @overload
    def __getitem__(self, k: slice) -> Span: ...

    def __getitem__(self, k: int | slice) -> Token | Span:
        if isinstance(k, slice):
            start, end, _ = k.indices(len(self.tokens))
            return Span(self, start, max(start, end))
        return self.tokens[k]

    @property
    def noun_chunks(self) -> Iterator[Span]:
        return (Span(self, start, end, "NP") for start, end in self._chunks)

    def steps_to_root(self, i: int) -> int:
        """How many heads up from word ``i`` to its sentence's root, as spaCy's ``_count_words_to_root`` counts them for
        ``Span.root``: a punctuation mark or space with no children of its own counts as far as can be."""
        steps, tokens = 0, self.tokens
        if tokens[i]._flags & (IS_PUNCT | IS_SPACE) and not any(t._head == i for t in tokens if t.i != i):
            return len(tokens) - 1
        while tokens[i]._head != i and steps < len(tokens):
            i = tokens[i]._head
            steps += 1
        return steps


def parsed(docs: Sequence["spacy.tokens.Doc"]) -> list[Doc]:
    """spaCy's parses as :class:`Doc` records."""
    return [Doc(record(doc)) for doc in docs]

"""Word diffs between two sentences, by difflib over word tokens.

Tokens keep their trailing white space, so joining the ``a`` sides of a diff
gives back sentence A exactly and the ``b`` sides sentence B: no text is lost.
A replacement that differs only in case or spelling (defence/defense,
Abdullatif/Abdellatif) is marked ``minor``. Words that differ only in the
white space around them are ``equal`` (their ``a`` and ``b`` keep the spacing
each sentence has, and :func:`same_text` tells whether it matters).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal, Sequence

Op = Literal["equal", "insert", "delete", "replace"]

# Combining diacritics (U+0301 after "e" is "é" in NFD) belong to their word. Words are compared in NFC, so an outlet
# whose text came decomposed shows the same words, each printed as it came.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_TOKEN = re.compile(rf"(?:\w[\w{_MARKS}]*(?:[’'\-.]\w[\w{_MARKS}]*)*|[^\w\s{_MARKS}][{_MARKS}]*|[{_MARKS}]+)\s*|\s+")


@dataclass(frozen=True)
class DiffOp:
    op: Op
    a: str
    b: str
    minor: bool = False


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def _key(token: str) -> str:
    return _nfc(token.strip()).casefold().replace("’", "'")


_DIGITS = re.compile(r"\d")


def _spelling_only(a: list[str], b: list[str]) -> bool:
    """Do two runs of words differ only in spelling (defence/defense, Abdullatif/Abdellatif)? Never when their digits
    differ: "2026" and "2029", "1987" and "1978", "C-130" and "C-160" are other numbers, whatever their letters share."""
    if len(a) != len(b):
        return False
    from rapidfuzz.fuzz import ratio

    for x, y in zip(a, b):
        kx, ky = _key(x), _key(y)
        if kx == ky:
            continue
        if _DIGITS.findall(x) != _DIGITS.findall(y):
            return False
        if not (kx[:1] == ky[:1] and len(kx) >= 4 and ratio(kx, ky) >= 75):
            return False
    return True


def word_diff(a: str, b: str) -> list[DiffOp]:
    """How ``b`` differs from ``a``, word by word."""
    ta, tb = tokens(a), tokens(b)
    ka, kb = [_key(t) for t in ta], [_key(t) for t in tb]
    ops: list[DiffOp] = []
    for tag, i1, i2, j1, j2 in _opcodes(ka, kb):
        left, right = ta[i1:i2], tb[j1:j2]
        if tag == "equal":
            # Equal keys may still differ in case or quotes: those words are a minor replacement, the rest equal.
            for x, y in zip(left, right):
                same = _fold(x) == _fold(y)
                ops.append(DiffOp("equal" if same else "replace", x, y, minor=not same))
        elif tag == "replace":
            ops.append(DiffOp("replace", "".join(left), "".join(right), minor=_spelling_only(left, right)))
        elif tag == "delete":
            ops.append(DiffOp("delete", "".join(left), ""))
        else:
            ops.append(DiffOp("insert", "", "".join(right)))
    return _merge(ops)


DIFF_CELLS = 1_000_000  # words x words beyond which the middle of two texts is one replacement (difflib is quadratic)


def _opcodes(a: list[str], b: list[str]) -> Sequence[tuple[str, int, int, int, int]]:
    """difflib's opcodes; for texts too long for it, their common start and end, and the rest as one replacement.
    Sentences are cut at MAX_SENTENCE_CHARS, so only a caller's own long texts come here."""
    if len(a) * len(b) <= DIFF_CELLS:
        return SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1
    out: list[tuple[str, int, int, int, int]] = [("equal", 0, start, 0, start)] if start else []
    ai, bj = len(a) - end, len(b) - end
    if ai > start or bj > start:
        tag = "replace" if ai > start and bj > start else "delete" if ai > start else "insert"
        out.append((tag, start, ai, start, bj))
    if end:
        out.append(("equal", ai, len(a), bj, len(b)))
    return out


def _merge(ops: list[DiffOp]) -> list[DiffOp]:
    merged: list[DiffOp] = []
    for op in ops:
        if merged and merged[-1].op == op.op and merged[-1].minor == op.minor:
            last = merged[-1]
            merged[-1] = DiffOp(op.op, last.a + op.a, last.b + op.b, op.minor)
        else:
            merged.append(op)
    return merged


def _fold(text: str) -> str:
    return " ".join(_nfc(text).split())


# Below this share of same words a word diff says nothing a reader can use: the
# outlet's sentence is shown as a paraphrase, in its own words, not as a wall of changes.
PARAPHRASE_BELOW = 1 / 3


def similarity(ops: list[DiffOp]) -> float:
    """Share of characters that are equal (or differ only in spelling) on both sides."""
    same = sum(len(o.a) + len(o.b) for o in ops if o.op == "equal" or o.minor)
    total = sum(len(o.a) + len(o.b) for o in ops)
    return same / total if total else 1.0


def identical(ops: list[DiffOp]) -> bool:
    """The same words in the same order (white space aside)."""
    return all(o.op == "equal" for o in ops)


def same_text(ops: list[DiffOp] | tuple[DiffOp, ...], *, ignore_space: bool = False, ignore_case: bool = False) -> bool:
    """Whether the two sentences are the same text, as diff(1) judges it with ``-w`` and ``-i``.

    Without ``ignore_space`` white space counts (two spaces are not one); without
    ``ignore_case`` case counts. Spelling variants and other quote marks always count.
    """
    for o in ops:
        if o.op == "equal":
            a, b = _nfc(o.a), _nfc(o.b)
            if not ignore_space and a.rstrip() != b.rstrip() and a != b:
                return False
        elif o.op == "replace" and o.minor and ignore_case:
            a, b = (o.a, o.b) if not ignore_space else (_fold(o.a), _fold(o.b))
            if a.strip().casefold() != b.strip().casefold():
                return False
        else:
            return False
    return True


def spacing_only(ops: list[DiffOp] | tuple[DiffOp, ...]) -> bool:
    """The same words, but other white space between them."""
    return identical(list(ops)) and not same_text(ops)

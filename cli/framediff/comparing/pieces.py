"""A word diff as the pieces a reader sees, the same for every format: shared text, and between two shared pieces
what only the reference has and what only the outlet has.

Each side's white space is kept where that side has it (runs folded to one space, as every report shows text), so
that reading the shared pieces with one side's pieces gives back that side's sentence exactly. A space only one side
has stays with that side's piece ("Reid (D-Nev.)" against "Reid, D-Nev.," is ``Reid`` ``[ (|, ]`` ``D-Nev.``, never
"Reid ( D-Nev.)"); a space both sides have at a change's edge goes outside it, as git's word diff puts it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

from framediff.comparing.word_diff import DiffOp


@dataclass(frozen=True)
class Piece:
    """Shared text (``a`` and ``b`` the same, perhaps in other Unicode forms; ``changed`` False), or a change: ``a`` only
    the reference's, ``b`` only the outlet's."""

    a: str
    b: str
    changed: bool = False
    minor: bool = False  # the change is one of case or spelling only


def _fold(text: str) -> str:
    """White-space runs as one space, kept at the edges."""
    inner = " ".join(text.split())
    if not inner:
        return " " if text else ""
    return (" " if text[:1].isspace() else "") + inner + (" " if text[-1:].isspace() else "")


def _equal_segments(a: str, b: str) -> list[tuple[str, str]]:
    """An equal op's two sides (the same words, perhaps other white space) as (a, b) segments: words shared, spaces per side."""
    if a.split() != b.split():  # the same words in other Unicode forms (NFC "é" against NFD "e\u0301"): word by word
        return _word_segments(a, b)
    out: list[tuple[str, str]] = []
    i = j = 0
    while i < len(a) or j < len(b):
        wa = i < len(a) and a[i].isspace()
        wb = j < len(b) and b[j].isspace()
        if wa or wb:
            si, sj = i, j
            while i < len(a) and a[i].isspace():
                i += 1
            while j < len(b) and b[j].isspace():
                j += 1
            out.append((" " if i > si else "", " " if j > sj else ""))
            continue
        if i < len(a) and j < len(b):
            out.append((a[i], b[j]))
        i, j = i + 1, j + 1
    return out


def _word_segments(a: str, b: str) -> list[tuple[str, str]]:
    """(a, b) segments of two sides whose words are the same in NFC: each word pair, and spaces per side."""
    out: list[tuple[str, str]] = []
    runs_a, runs_b = _RUNS.findall(a), _RUNS.findall(b)
    i = j = 0
    while i < len(runs_a) or j < len(runs_b):
        space_a = i < len(runs_a) and runs_a[i].isspace()
        space_b = j < len(runs_b) and runs_b[j].isspace()
        if space_a or space_b:
            out.append((" " if space_a else "", " " if space_b else ""))
            i, j = i + space_a, j + space_b
            continue
        out.append((runs_a[i] if i < len(runs_a) else "", runs_b[j] if j < len(runs_b) else ""))
        i, j = i + 1, j + 1
    return out


_RUNS = re.compile(r"\s+|\S+")


def _nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def diff_pieces(ops: Sequence[DiffOp]) -> list[Piece]:
    """The pieces of ``ops``: shared text, and one change between two shared pieces (what each side alone has there)."""
    stream: list[tuple[str, str, bool]] = []  # (a, b, minor): a and b alike in NFC are shared
    for op in ops:
        if op.op == "equal":
            stream += [(x, y, False) for x, y in _equal_segments(op.a, op.b)]
        else:
            stream.append((_fold(op.a), _fold(op.b), op.minor))
    pieces: list[Piece] = []
    a_run, b_run, minor = "", "", True
    shared, shared_b = "", ""  # the same text; each side's own bytes (they differ only in Unicode form)

    def close_change() -> None:
        nonlocal a_run, b_run, minor
        if a_run or b_run:
            pieces.append(Piece(a_run, b_run, changed=True, minor=minor))
        a_run, b_run, minor = "", "", True

    def close_shared() -> None:
        nonlocal shared, shared_b
        if shared:
            pieces.append(Piece(shared, shared_b))
        shared, shared_b = "", ""

    for x, y, is_minor in stream:
        if x == y or (x and _nfc(x) == _nfc(y)):
            close_change()
            shared, shared_b = shared + x, shared_b + y
        else:
            close_shared()
            a_run, b_run = a_run + x, b_run + y
            minor = minor and is_minor
    close_change()
    close_shared()
    return _tidy(_absorb_lone_marks(pieces))


def _absorb_lone_marks(pieces: list[Piece]) -> list[Piece]:
    """A shared punctuation mark alone between two changes joins them: ``war[-.”-]{+,” Mr.+} Steele``, not
    ``war{+,” Mr+}.[-”-] Steele`` (the diff matched the full stop of "war." with that of "Mr."). Only a mark glued to
    both changes: "Loudiyi-]{+this morning+}, {+Minister" keeps its shared comma."""
    out: list[Piece] = []
    k = 0
    while k < len(pieces):
        p = pieces[k]
        if (not p.changed and out and out[-1].changed and k + 1 < len(pieces) and pieces[k + 1].changed
                and p.a and len(p.a) <= 2 and not any(c.isalnum() or c.isspace() for c in p.a)):
            nxt = pieces[k + 1]
            out[-1] = Piece(out[-1].a + p.a + nxt.a, out[-1].b + p.b + nxt.b, changed=True, minor=False)
            k += 2
            continue
        out.append(p)
        k += 1
    return out


def _tidy(pieces: list[Piece]) -> list[Piece]:
    """Fold white space, and move a change's edge space out of it when both sides keep a space there."""
    out: list[Piece] = []
    for k, p in enumerate(pieces):
        if not p.changed:
            out.append(Piece(_fold(p.a), _fold(p.b)))
            continue
        before = out[-1].a if out else ""
        after = pieces[k + 1].a if k + 1 < len(pieces) else ""
        a, b = p.a, p.b
        lead = _movable(a, b, before[-1:].isspace() or not out, start=True, neighbour=after[:1].isspace())
        trail = _movable(a, b, after[:1].isspace() or k + 1 == len(pieces), start=False, neighbour=before[-1:].isspace())
        if lead:
            a, b = a.lstrip(), b.lstrip()
            if out and not before[-1:].isspace():
                out[-1] = Piece(out[-1].a + " ", out[-1].b + " ")
        if trail:
            a, b = a.rstrip(), b.rstrip()
        if a or b:
            out.append(Piece(a, b, changed=True, minor=p.minor))
        if trail and k + 1 < len(pieces) and not after[:1].isspace():
            out.append(Piece(" ", " "))
    merged: list[Piece] = []
    for p in out:
        if merged and not p.changed and not merged[-1].changed:
            merged[-1] = Piece(_fold(merged[-1].a + p.a), _fold(merged[-1].b + p.b))
        else:
            merged.append(p)
    return merged


def _movable(a: str, b: str, space_outside: bool, *, start: bool, neighbour: bool) -> bool:
    """Whether the space at one edge of a change can stand outside it, shared: each side has a space there already
    (outside, or at that edge of its own text), or its text is empty and a space on the other edge of the gap absorbs it."""
    if space_outside:
        return True
    for side in (a, b):
        edge = side[:1] if start else side[-1:]
        if side and not edge.isspace():
            return False
        if not side and not neighbour:
            return False
    return any(side for side in (a, b))

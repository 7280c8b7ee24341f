"""Short keys for outlets (A, B, … Z, AA, AB, …): how every compact view names them.

Labels such as ``000_76d632e3aa15ba0c`` do not fit a matrix column; rather than
cut them (and make two outlets look alike), compact views use one key per
outlet, and every report lists each key beside its full label.
"""

from __future__ import annotations

from string import ascii_uppercase
from typing import TYPE_CHECKING, Sequence

from framediff.article import Article

if TYPE_CHECKING:
    from framediff.aligning.claims import SentenceRef


def key(n: int) -> str:
    """The ``n``-th key (from 0): A … Z, then AA, AB, …"""
    out = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        out = ascii_uppercase[rest] + out
    return out


def outlet_keys(articles: Sequence[Article]) -> dict[str, str]:
    """Article id -> key, in the articles' order."""
    return {a.id: key(n) for n, a in enumerate(articles)}


def against_label(against: SentenceRef | None, keys: dict[str, str]) -> str | None:
    """How a report names the sentence a member was diffed against when it is not the claim's reference: "A #1"."""
    return None if against is None else f"{keys[against.article]} #{against.sentence}"

"""Counts in words, for every renderer: "1 sentence", "2 sentences"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun``, plural unless ``n`` is 1 (``plural`` when adding "s" will not do)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"

"""framediff: how different news outlets told the same story.

The core API (no Click, no Rich)::

    from framediff import read_articles
    articles = read_articles(["seeds/"])
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "read_articles", "ReadOptions"]

if TYPE_CHECKING:
    from .pipeline import ReadOptions, read_articles


def __getattr__(name: str) -> Any:
    # Lazy, so that `import framediff` (and `framediff --help`) stays cheap.
    if name in ("read_articles", "ReadOptions"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'framediff' has no attribute {name!r}")

"""framediff: how different news outlets told the same story.

The core API (no Click, no Rich)::

    import framediff
    articles = framediff.read_articles(["seeds/"])
    result = framediff.align(["seeds/"])       # Alignment: articles + claims
    document = framediff.to_json(result)       # the JSON the commands print
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "read_articles", "ReadOptions", "align", "to_json"]

if TYPE_CHECKING:
    from .api import align, to_json
    from .pipeline import ReadOptions, read_articles

_LAZY = {"read_articles": "pipeline", "ReadOptions": "pipeline", "align": "api", "to_json": "api"}


def __getattr__(name: str) -> Any:
    # Lazy, so that `import framediff` (and `framediff --help`) stays cheap.
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'framediff' has no attribute {name!r}")

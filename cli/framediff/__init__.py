"""framediff: how different news outlets told the same story.

The core API (no Click, no Rich): one function per command, each returning a dataclass::

    import framediff
    articles = framediff.read_articles(["seeds/"])    # list[Article]          (framediff sentences)
    claims = framediff.align(["seeds/"])              # Alignment              (framediff align)
    report = framediff.compare(["seeds/"])            # Comparison             (framediff compare)
    strict = framediff.compare(["seeds/"], framediff.Settings(threshold=0.6))  # or threshold=0.6: any field of Settings
    change = framediff.diff("old.txt", "new.txt")     # DiffResult             (framediff diff)
    frames = framediff.framing(["seeds/"])            # FramingResult          (framediff framing)
    scores = framediff.score([("a", "b")])            # list[PairScore]        (framediff score)
    document = framediff.to_json(report)              # the JSON the command prints
    lines = framediff.to_json_lines(report)           # its --format jsonl records
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "read_articles", "ReadOptions", "Settings", "align", "compare", "diff", "framing", "score", "to_json",
           "to_json_lines", "DiffResult", "FramingResult", "PairScore"]

if TYPE_CHECKING:
    from framediff.api import DiffResult, FramingResult, PairScore, align, compare, diff, framing, score, to_json, to_json_lines
    from framediff.reading.articles import ReadOptions, read_articles
    from framediff.settings import Settings

_LAZY = {"read_articles": "reading.articles", "ReadOptions": "reading.articles", "Settings": "settings",
         **{name: "api" for name in __all__[4:]}}


def __getattr__(name: str) -> Any:
    # Lazy, so that `import framediff` (and `framediff --help`) stays cheap.
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'framediff' has no attribute {name!r}")

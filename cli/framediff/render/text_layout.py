"""Small layout helpers for the terminal views (cheaper than Rich tables for long lists)."""

from __future__ import annotations

import textwrap

from rich.console import Console
from rich.text import Text


def print_hanging(console: Console, prefix: Text, body: Text) -> None:
    """Print ``prefix`` then ``body`` wrapped at word boundaries, indented under itself."""
    console.print(hanging(console.width, console, prefix, body), overflow="ignore", crop=False)


def hanging(width: int, console: Console, prefix: Text, body: Text) -> Text:
    """``prefix`` then ``body`` wrapped to ``width`` at word boundaries, indented under itself."""
    indent = prefix.cell_len
    room = max(20, width - indent)
    if not body.spans and body.cell_len == len(body.plain):
        # Plain narrow text (the common case): textwrap is several times faster than Text.wrap.
        pieces = textwrap.wrap(body.plain, room, break_long_words=True, break_on_hyphens=False) or [""]
        lines = [Text(piece, style=body.style) for piece in pieces]
    else:
        lines = list(body.wrap(console, room, overflow="fold"))
    out = Text()
    for number, line in enumerate(lines):
        if number:
            out.append("\n" + " " * indent)
        else:
            out.append_text(prefix)
        out.append_text(line)
    return out

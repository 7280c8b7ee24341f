"""Layout helpers for the terminal views: hanging indents and item lists that never break inside an item."""

from __future__ import annotations

import re
import textwrap
from typing import Sequence, TypeVar

from rich.console import Console, Group, RenderableType
from rich.text import Text


R = TypeVar("R", bound=RenderableType)


def loose(renderable: R) -> R:
    """``renderable`` with its text (in a group, too) never folded again when printed: it is wrapped to fit already, and a
    word longer than the line stays whole. A report made of such parts is printed uncropped."""
    if isinstance(renderable, Text):
        renderable.overflow = "ignore"
    elif isinstance(renderable, Group):
        for part in renderable.renderables:
            loose(part)
    return renderable


def hanging_line(console: Console, prefix: Text, body: Text) -> Text:
    """``prefix`` then ``body`` wrapped at word boundaries, indented under itself."""
    return loose(hanging(console.width, console, prefix, body))


def hanging(width: int, console: Console, prefix: Text, body: Text, indent: int | None = None) -> Text:
    """``prefix`` then ``body`` wrapped to ``width`` at word boundaries; later lines start at ``indent`` (default: under the body)."""
    first = prefix.cell_len
    indent = first if indent is None else indent
    room = max(20, width - max(first, indent))
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
        line.rstrip()
        out.append_text(line)
    return out


def item_lines(items: Sequence[Text], width: int, *, indent: int = 0, first: Text | None = None, gap: int = 2) -> Text:
    """Items side by side, wrapped between items, never inside one (a legend, a list of keys); only an item wider
    than a whole line wraps between its own words, its later lines two columns in."""
    out = Text()
    line = first.copy() if first is not None else Text(" " * indent)
    started = False
    for item in items:
        pieces = [item] if item.cell_len <= width - indent else list(item.split(" "))
        for number, piece in enumerate(pieces):
            space = gap if number == 0 else 1
            if started and line.cell_len + space + piece.cell_len > width:
                out.append_text(line)
                out.append("\n")
                line = Text(" " * (indent if number == 0 else indent + 2))
                started = False
            if started:
                line.append(" " * space)
            line.append_text(piece)
            started = True
    out.append_text(line)
    out.rstrip()
    return out


def table_columns(width: int, n: int) -> list[int]:
    """The widths of ``n`` columns sharing ``width`` cells in a table without edges, one cell of padding inside each gap
    and a one-cell gap between columns, set so that a header can be wrapped to its column: Rich, left to share the width
    out, had given one column a few cells more than its header was wrapped to (a second reader's "#1 · paraphrase, 32%
    same wor…" at 136 columns)."""
    base, extra = divmod(width - (n - 1), n)
    return [base + (k < extra) - (1 if k in (0, n - 1) else 2) for k in range(n)]


def wrapped_label(text: str, width: int) -> list[str]:
    """``text`` wrapped to ``width`` cells, a reference to another outlet's sentence kept whole ("against B #0": a second
    reader's header had left "against…" over a lone "#0")."""
    kept = re.sub(r"against (\S+) #", "against\u00a0\\1\u00a0#", text)
    return [line.replace("\u00a0", " ") for line in textwrap.wrap(kept, width, break_long_words=True)]

"""A sentence and its word diff drawn for the terminal, and the legend of the marks.

Without colour every change is spelled out as git's ``--word-diff=plain``
does: ``[-left out-]`` and ``{+added+}``, literal markers in article text
escaped with a backslash, so that both sentences read back exactly. In colour
the same changes are styles.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from framediff.comparing.pieces import diff_pieces
from framediff.comparing.word_diff import DiffOp
from framediff.frame.judging_words import marked_words
from framediff.render.text_layout import item_lines
from framediff.safetext import escape_markers, one_line, visible

STYLES = {
    "insert": "bold green",
    "delete": "red strike",
    "replace": "bold yellow",
    "minor": "italic cyan",
    "shared": "underline",
    "evaluative": "underline magenta",
    "label": "bold cyan",
    "key": "bold",
}

def is_plain(console: Console) -> bool:
    """No colour: changes must be spelled out as markers."""
    return console.no_color or console.color_system is None


def _flat(piece: str, plain: bool) -> str:
    """One piece of a sentence as the report shows it: controls escaped, white space folded, markers escaped."""
    flat = visible(piece)
    flat = " ".join(flat.split()) + (" " if flat[-1:].isspace() and flat.strip() else "")
    return escape_markers(flat) if plain else flat


def sentence_text(console: Console, text: str) -> str:
    """A sentence shown whole: on one line, controls escaped and, without colour, literal change markers escaped."""
    flat = one_line(text)
    return escape_markers(flat) if is_plain(console) else flat


def diff_text(ops: tuple[DiffOp, ...] | list[DiffOp], *, plain: bool, paraphrase: bool = False) -> Text:
    """Sentence B with its differences from A.

    ``plain``: wdiff-style markers, ``[-left out-]`` and ``{+added+}``, a
    replacement as ``[-old-]{+new+}``; each side's white space stays where that
    side has it (:mod:`framediff.comparing.pieces`), so both sentences read back
    exactly. In colour the same changes are styles. ``paraphrase``: B in its own
    words, the words it shares with A underlined in colour; without colour B
    verbatim (its label says it is a paraphrase).
    """
    if paraphrase:
        return _paraphrase_text(ops, plain)
    text = Text()
    for piece in diff_pieces(ops):
        if not piece.changed:
            text.append(_shown(piece.b, plain))
        elif plain:
            if piece.a:
                text.append(f"[-{_shown(piece.a, plain)}-]")
            if piece.b:
                text.append(f"{{+{_shown(piece.b, plain)}+}}")
        elif piece.minor and piece.a and piece.b:
            text.append(_shown(piece.b, plain), style=STYLES["minor"])
        else:
            if piece.a:
                text.append(_shown(piece.a, plain), style=STYLES["delete"])
            if piece.a and piece.b and not (piece.a[-1:].isspace() or piece.b[:1].isspace()):
                text.append(" ")
            if piece.b:
                text.append(_shown(piece.b, plain), style=STYLES["replace" if piece.a else "insert"])
    return _finished(text, plain)


def _shown(piece: str, plain: bool) -> str:
    """A piece of a sentence as the report shows it: controls escaped and, without colour, literal markers escaped."""
    flat = visible(piece)
    return escape_markers(flat) if plain else flat


def _paraphrase_text(ops: tuple[DiffOp, ...] | list[DiffOp], plain: bool) -> Text:
    """B in its own words; in colour, the words it shares with A underlined."""
    text = Text()
    for op in ops:
        if op.op == "delete":
            continue
        flat = _flat(op.b, plain)
        text.append(flat, style=STYLES["shared"] if op.op == "equal" and not plain else None)
    return _finished(text, plain)


def _finished(text: Text, plain: bool) -> Text:
    """The sentence with its loaded words underlined in colour, and no white space at its end."""
    if not plain:
        for mark in marked_words(text.plain):
            if mark.kind == "loaded":
                text.stylize(STYLES["evaluative"], mark.start, mark.end)
    text.rstrip()
    return text


def legend(plain: bool, width: int) -> Text:
    """What the marks mean, wrapped between items and never inside one."""
    if plain:
        items = [Text("{+added+}"), Text("[-left out-]"), Text("[-old-]{+new+} reworded"),
                 Text("paraphrase: the outlet's own words"), Text("* the reference sentence")]
    else:
        items = [Text("added", STYLES["insert"]), Text("left out", STYLES["delete"]), Text("reworded", STYLES["replace"]),
                 Text("spelling/case only", STYLES["minor"]), Text("shared words (paraphrase)", STYLES["shared"]),
                 Text("loaded word", STYLES["evaluative"]), Text("* the reference sentence")]
    return item_lines(items, width, indent=8, first=Text("legend: ", style="dim"))

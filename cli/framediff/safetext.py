"""Make article text safe to show: no terminal control sequences, no bidi tricks.

Article text is data. Before it reaches a terminal or a Markdown file, every
control character (C0 except newline and tab, DEL, C1) and every bidirectional
override is replaced by a visible escape such as ``\\x1b``, so ESC, CSI, OSC 8
and OSC 52 sequences print as text and do nothing.
"""

from __future__ import annotations

import json
import re
from typing import Any

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every control character shown as an escape."""
    return _UNSAFE.sub(_escape, text)


def one_line(text: str) -> str:
    """Visible text with runs of white space folded to one space."""
    return " ".join(visible(text).split())


# Characters that draw nothing: every format character (Unicode category Cf: zero-width space and joiners, word
# joiner, soft hyphen, byte-order mark, invisible operators, tags), the Hangul fillers, variation selectors, the
# grapheme joiner and the blank braille pattern. Article text keeps them (Persian and Indic scripts join with ZWNJ
# and ZWJ, emoji with ZWJ and variation selectors), but in a name "Re\u200buters" must not pass for "Reuters".
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\U000e0100-\U000e01ef]"
)


def _escape_wide(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def shown(text: str) -> str:
    """:func:`visible`, and every invisible character escaped: for lines made of names (stderr's messages)."""
    return _INVISIBLE.sub(_escape_wide, visible(text))


def visible_name(text: str) -> str:
    """A label, file name or URL as a terminal must show it: :func:`one_line`, and every invisible character escaped,
    so that two names that look alike are alike."""
    return _INVISIBLE.sub(_escape_wide, one_line(text))


_MARKERS = re.compile(r"\\|\{\+|\+\}|\[-|-\]|[{\[]$")


def escape_markers(text: str) -> str:
    """Text that cannot be mistaken for the report's change markers ``{+ +}`` and ``[- -]``.

    A backslash goes before the second character of each literal marker, and
    before a backslash and a final ``{`` or ``[`` (which a closing marker
    could complete): read back, ``\\c`` is ``c``.
    """

    def mend(match: re.Match[str]) -> str:
        found = match.group()
        if len(found) == 1:
            return "\\" + found
        return found[0] + "\\" + found[1]

    return _MARKERS.sub(mend, text)


_JSON_UNSAFE = re.compile("[\x7f-\x9f\u200e\u200f\u061c\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def dumps(data: Any, *, indent: int | None = None) -> str:
    """JSON with real UTF-8 text, but C1 controls and bidi overrides escaped.

    ``json.dumps`` escapes C0 controls (ESC becomes ``\\u001b``) but passes C1
    (``\\x9b``, a one-byte CSI) through; a JSON document printed to a terminal
    must not carry them.
    """
    if indent == 2:
        # The standard library's encoder is pure Python when indenting (seconds for a
        # large alignment); orjson writes the very same text in a fraction of that.
        import orjson

        text = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode("utf-8")
    else:
        text = json.dumps(data, ensure_ascii=False, indent=indent)
    # most documents hold none: searching first spares a copy of a document that may run to gigabytes
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _JSON_UNSAFE.search(text) else text

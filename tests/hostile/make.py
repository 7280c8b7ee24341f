"""The hostile corpus: inputs an attacker or an unlucky user would give framediff (issue 22).

    python tests/hostile/make.py          # rewrite the small files in tests/hostile/files/

Small files are committed under ``files/``, and a test checks they are what
this script makes. Large ones (a 200 KB line, 10,001 sentences, 21 MB, JSON
nested 100,000 deep) are made at test time by :func:`large`, never committed.
Each name says what the file is; ``score-*`` files are pairs for `framediff score`.
"""

from __future__ import annotations

import gzip
import json
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"

BODY = ("Floods hit the valley on Monday after three days of rain. Hundreds of families fled their homes as the river rose. "
        "The mayor said the town had never seen water so high.")
OSC52 = "\x1b]52;c;SGVsbG8=\x07"
CLEAR = "\x1b[2J\x1b[H"
HTML_TRAP = "<img src=x onerror=alert(1)>"
BIDI = "\u202egnp.exe\u202c \u2066x\u2069 \u200f"


def _json(record: object) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def small() -> dict[str, bytes]:
    """name -> bytes of every committed hostile file."""
    fields = {"title": f"Floods {OSC52}{CLEAR}{HTML_TRAP}", "date": f"2024-05-06{OSC52}{CLEAR}", "outlet": f"Valley{BIDI} [bold red]News[/]",
              "url": f"https://example.com/{CLEAR}{HTML_TRAP}", "author": f"A. Writer{OSC52}", "tags": [f"floods{CLEAR}", HTML_TRAP]}
    files = {
        # fields drawn from input, each carrying terminal escapes, bidi controls, Rich and HTML markup
        "fields-escapes.json": _json({"text": BODY, **fields}),
        "fields-escapes.jsonl": b"\n".join(_json({"text": BODY.replace("Monday", day), **fields}) for day in ("Monday", "Tuesday")) + b"\n",
        # text that looks like markup, markers or escapes
        "markup.txt": f"Floods {{+hit+}} the [-valley-] on Monday. [bold]Rain[/bold] fell {HTML_TRAP} for days. \\x1b[2J is not an escape here.".encode(),
        "controls.txt": f"Floods hit the valley{OSC52} on Monday.{CLEAR} Hundreds fled\x9b31m their homes.\x07 The mayor\x7f spoke.{BIDI}".encode(),
        "superscripts.txt": "Damage reached 10\u2076 dollars, 0\u00b2 of it insured. The river rose 3\u00b3 metres on Monday.".encode(),
        "starts-like-json.txt": b"[Reuters] Floods hit the valley on Monday. Hundreds fled their homes.",
        "starts-like-json-object": b"{Update} Floods hit the valley on Monday. Hundreds fled their homes.",
        "literal-escapes.md": b"# Floods \\u001b[31m\n\nFloods hit the valley on Monday. The code `\\x1b]52;c;AA\\x07` was printed.\n",
        # HTML
        "control-reference.html": f"<html><body><article><p>{BODY} &#7; &#1; &#27; &#65535; &#x1b;[2J</p></article></body></html>".encode(),
        "script.html": (f"<html><head><title>Floods{HTML_TRAP}</title><script>alert(1)</script></head><body><article>"
                        f"<h1>Floods <script>alert(2)</script></h1><p>{BODY}</p><p onclick='x()'>{HTML_TRAP} More rain is due.</p></article></body></html>").encode(),
        # malformed JSON and JSON Lines
        "big-integer.json": b'{"text": "' + BODY.encode() + b'", "date": ' + b"7" * 5000 + b"}",
        "lone-surrogate.json": b'{"text": "Floods \\ud800 hit the valley on Monday."}',
        "nan.json": b'{"text": "' + BODY.encode() + b'", "title": NaN}',
        "list-title.json": _json({"text": BODY, "title": ["x", 1]}),
        "number-outlet.json": _json({"text": BODY, "outlet": 7}),
        "one-bad-line.jsonl": _json({"text": BODY}) + b"\n{not json\n" + _json({"text": BODY.replace("Monday", "Friday")}) + b"\n",
        "empty-text.json": _json({"text": "   "}),
        "truncated.json": b'{"text": "Floods hit the valley',
        # encodings
        "cp1252.txt": "\u201cHistoric,\u201d the mayor said of the flood on Monday. The caf\u00e9 owners fled.".encode("cp1252"),
        "latin1.txt": "Le ministre a d\u00e9clar\u00e9 \u00e0 la presse qu'il \u00e9tait pr\u00eat \u00e0 n\u00e9gocier.".encode("latin-1"),
        "utf16-le-no-bom.txt": BODY.encode("utf-16-le"),
        "utf16-odd.txt": b"\xff\xfe" + BODY.encode("utf-16-le") + b"x",
        "utf16-surrogate.txt": b"\xff\xfe" + BODY.encode("utf-16-le") + "\ud800".encode("utf-16-le", "surrogatepass"),
        "binary.txt": bytes(range(256)) * 8,
        "random-16.txt": bytes.fromhex("8fa23c0e5b9d7713c4e1a0f6d2bb4e90"),  # a handful of bytes: once read as UTF-16 "text"
        "nul-bytes.txt": BODY.encode() + b"\x00\x00\x00" + BODY.encode(),
        "empty.txt": b"",
        "white-space.txt": b" \n\t\n  \r\n",
        "gzip.txt": gzip.compress(BODY.encode(), mtime=0),
        # Unicode: a decomposed (NFD) text, and names holding invisible characters
        "nfd.txt": unicodedata.normalize("NFD", "Le ministre a déclaré à la presse qu'il était prêt à négocier après les inondations.").encode(),
        "zero-width-outlet.json": _json({"text": BODY, "outlet": "Re\u200buters\u2060", "title": "Floods\u00ad hit\ufeff the valley"}),
        # pairs for `framediff score`
        "score-hostile.jsonl": b"\n".join([
            _json({"a": f"Floods hit{OSC52} the valley.", "b": f"The valley{CLEAR} flooded.", "id": HTML_TRAP}),
            _json({"a": "10\u2076 fled.", "b": "0\u00b2 fled."}),
            _json({"a": "", "b": "\U0001f600"}),
        ]) + b"\n",
        "score-nan.jsonl": b'{"a": "Floods hit the valley.", "b": "The valley flooded.", "x": NaN}\n',
        "score-not-pairs.jsonl": b'{"a": 1, "b": ["x"]}\n[1, 2]\n"text"\n',
    }
    return files


def large() -> dict[str, bytes]:
    """name -> bytes of the hostile files too large to commit."""
    return {
        "long-line.txt": " ".join(f"w{k}" for k in range(30_000)).encode(),
        "many-sentences.txt": b"Rain fell. " * 10_001,
        "over-the-cap.txt": b"Rain fell on the valley. " * (21 * 1024 * 1024 // 25),
        "deep.json": b"[" * 100_000 + b"]" * 100_000,
        "deep.jsonl": b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n",
        "score-deep.jsonl": b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b', "b": "x"}\n',
        "score-long.jsonl": _json({"a": " ".join(f"w{k}" for k in range(100_000)), "b": " ".join(f"w{k}" for k in range(1, 100_001))}) + b"\n",
        "score-over-the-cap.jsonl": b'{"a": "' + b"rain " * (21 * 1024 * 1024 // 5) + b'", "b": "Rain fell."}\n',  # one line past 20 MB
    }


def write(folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)


if __name__ == "__main__":
    write(FILES, small())
    print(f"wrote {len(small())} files to {FILES}", file=sys.stderr)

"""Load inputs: files, directories, standard input, http(s) URLs and JSON records.

Every input becomes one or more :class:`RawArticle` with decoded text. Nothing
here cleans or splits; see :mod:`framediff.reading.cleaning` and :mod:`framediff.reading.sentences`.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator
from urllib.parse import urlparse

from framediff.article import RawArticle
from framediff.reading.decoding import charset_from_content_type, decode
from framediff.reading.fetching import fetch, is_url
from framediff.reading.labels import LABELS_FILE, folder_labels
from framediff.errors import InputError
from framediff.reading.records import SURROGATE, byte_escaped, records, text_parses_as_json

ARTICLE_SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
# Files that sit beside articles in a folder but are not articles.
_NOT_ARTICLES = re.compile(r"^(readme|license|licence|copying|changelog|notice)(\..*)?$", re.I)

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class InputSpec:
    """One input as the user named it, with the label they gave it, if any."""

    source: str
    label: str | None = None


def parse_input(spec: str) -> InputSpec:
    """Split ``NAME=PATH`` into label and source; anything else is a source."""
    if "=" in spec and not is_url(spec) and not Path(spec).exists():
        name, _, rest = spec.partition("=")
        if name and re.fullmatch(r"[\w .@+-]{1,60}", name) and rest:
            return InputSpec(rest, name.strip())
    return InputSpec(spec)


def source_key(source: str) -> str:
    """The same input however it was spelled (``seeds//a.txt``, ``./seeds/a.txt``): for labels and duplicates."""
    if source == "-" or is_url(source) or _has_scheme(source):
        return source
    import os.path

    return os.path.normcase(os.path.abspath(source))


def expand_inputs(specs: Iterable[InputSpec]) -> list[InputSpec | InputError]:
    """Replace each directory by its article files, sorted by name, labelled by the folder's ``labels.csv`` if it has one.

    A file whose name is not valid UTF-8 comes back as an :class:`InputError`
    in its place, so that one such file does not fail its whole folder.
    """
    out: list[InputSpec | InputError] = []
    for spec in specs:
        if spec.source == "-" or is_url(spec.source) or _has_scheme(spec.source):
            out.append(spec)
            continue
        path = Path(spec.source)
        if not path.is_dir():
            if spec.label is None and (path.parent / LABELS_FILE).is_file():  # a file named directly is labelled by its folder too
                names = {p.name for p in path.parent.iterdir() if _is_file(p)}
                spec = InputSpec(spec.source, folder_labels(path.parent, names).get(path.name))
            out.append(_named(spec))
            continue
        try:
            entries = list(path.iterdir())
        except PermissionError:
            raise InputError(spec.source, "permission denied: cannot list the folder") from None
        except OSError as err:
            raise InputError(spec.source, f"cannot list the folder: {err.strerror or err}") from None
        files = sorted(
            (p for p in entries
             if not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES and not _NOT_ARTICLES.match(p.name) and _is_file(p)),
            key=lambda p: os.fsencode(p.name),
        )
        if not files:
            raise InputError(spec.source, "directory has no article files (.txt, .md, .html, .json, .jsonl)")
        labels = folder_labels(path, {p.name for p in files})
        out.extend(_named(InputSpec(str(p), labels.get(p.name))) for p in files)
    return out


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _named(spec: InputSpec) -> InputSpec | InputError:
    """The spec, or an error when its name cannot be shown or stored as text (not valid UTF-8)."""
    if SURROGATE.search(spec.source):
        return InputError(byte_escaped(spec.source), "file name is not valid UTF-8; rename the file")
    return spec


def load_input(spec: InputSpec, stdin: BinaryIO | None = None, on_bad: Callable[[InputError], None] | None = None) -> list[RawArticle]:
    """Read one input and return its articles (JSON inputs may hold several).

    With ``on_bad``, a bad record of a JSON input is handed to it and left out,
    and the input's good records are kept; without, the first bad record fails the input.
    """
    source = spec.source
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        hint, content_type = None, None
    elif is_url(source):
        data, content_type = fetch(source, MAX_BYTES)
        hint = _format_from_suffix(_url_path(source))
    elif _has_scheme(source):
        raise InputError(source, f"refused URL scheme {source.partition(':')[0]!r}: only http and https are read")
    else:
        data = _read_file(source)
        hint, content_type = _format_from_suffix(source), None
    if len(data) > MAX_BYTES:
        raise InputError(source, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    charset = charset_from_content_type(content_type)
    text, encoding = decode(data, source, charset)
    fmt = hint or _sniff_format(text, content_type)
    if fmt in ("json", "jsonl") and not hint and not (content_type and "json" in content_type.lower()) and not text_parses_as_json(text):
        fmt = "text"  # text that merely starts with "[" or "{": only a name or a declared type makes it JSON
    if fmt in ("json", "jsonl"):
        return records(text, source, fmt, encoding, spec.label, on_bad)
    if fmt == "html":
        return [_from_html(text, source, encoding, spec.label)]
    if not text.strip():
        raise InputError(source, "empty article: no text")
    url = source if is_url(source) else None
    return [RawArticle(source=source, text=text, format=fmt, encoding=encoding, label=spec.label, url=url)]


def load_inputs(
    specs: Iterable[InputSpec], stdin: BinaryIO | None = None, on_bad: Callable[[InputError], None] | None = None
) -> Iterator[tuple[InputSpec, list[RawArticle] | InputError]]:
    """Load each input in turn, yielding either its articles or its error."""
    for spec in specs:
        try:
            yield spec, load_input(spec, stdin, on_bad)
        except InputError as err:
            yield spec, err


# -- sources --------------------------------------------------------------------


def _url_path(url: str) -> str:
    try:
        return urlparse(url).path
    except ValueError:
        return ""


def _has_scheme(source: str) -> bool:
    # "C:\\x" is a Windows path, not a scheme; schemes are two letters or more.
    return bool(re.match(r"[a-zA-Z][a-zA-Z0-9+.-]+:", source)) and not Path(source).exists()


def _read_file(source: str) -> bytes:
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError(source, "is a directory")
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise InputError(source, "no such file or directory") from None
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except IsADirectoryError:
        raise InputError(source, "is a directory") from None
    except OSError as err:
        raise InputError(source, f"cannot read: {err.strerror or err}") from None


# -- formats --------------------------------------------------------------------


def _format_from_suffix(name: str) -> str | None:
    return ARTICLE_SUFFIXES.get(Path(name).suffix.lower())


def _sniff_format(text: str, content_type: str | None) -> str:
    if content_type and "html" in content_type.lower():
        return "html"
    if content_type and "json" in content_type.lower():
        return "jsonl" if "jsonl" in content_type.lower() or "ndjson" in content_type.lower() else "json"
    head = text.lstrip()[:1000].lower()
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(body|article|p|div)[\s>]", head):
        return "html"
    if head.startswith("{") or head.startswith("["):
        return "json"
    if re.match(r"#{1,6} \S", head):
        return "markdown"
    return "text"


# Character references that XML cannot hold (&#7;, &#x1b;, &#65535;): lxml drops the whole
# document over one of them, so they become U+FFFD, as HTML5 parsers read them.
_BAD_REFERENCE = re.compile(r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|127|6553[45])"
                            r"|[xX]0*(?:[0-8]|[bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[fF]{3}[eEfF]));")
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _from_html(html: str, source: str, encoding: str, label: str | None) -> RawArticle:
    import trafilatura

    html = _BAD_CHARACTER.sub("\ufffd", _BAD_REFERENCE.sub("\ufffd", html))
    doc = trafilatura.bare_extraction(html, url=source if is_url(source) else None, with_metadata=True, include_comments=False)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError(source, "no article text found in the HTML")
    title = (getattr(doc, "title", None) or "").strip() or None
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return RawArticle(
        source=source,
        text=text,
        format="html",
        encoding=encoding,
        label=label,
        title=title,
        outlet=(getattr(doc, "sitename", None) or None),
        url=(getattr(doc, "url", None) or (source if is_url(source) else None)),
        date=(getattr(doc, "date", None) or None),
    )

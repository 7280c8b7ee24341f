"""Load inputs: files, directories, standard input, http(s) URLs and JSON records.

Every input becomes one or more :class:`RawArticle` with decoded text. Nothing
here cleans or splits; see :mod:`framediff.cleaning` and :mod:`framediff.sentences`.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator
from urllib.parse import urlparse

from .article import RawArticle
from .errors import InputError

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
URL_TIMEOUT = 20.0
RECORD_FIELDS = ("text", "title", "outlet", "url", "date", "label")


@dataclass(frozen=True)
class InputSpec:
    """One input as the user named it, with the label they gave it, if any."""

    source: str
    label: str | None = None


def parse_input(spec: str) -> InputSpec:
    """Split ``NAME=PATH`` into label and source; anything else is a source."""
    if "=" in spec and not _is_url(spec) and not Path(spec).exists():
        name, _, rest = spec.partition("=")
        if name and re.fullmatch(r"[\w .@+-]{1,60}", name) and rest:
            return InputSpec(rest, name.strip())
    return InputSpec(spec)


def expand_inputs(specs: Iterable[InputSpec]) -> list[InputSpec]:
    """Replace each directory by its article files, sorted by name."""
    out: list[InputSpec] = []
    for spec in specs:
        if spec.source == "-" or _is_url(spec.source) or _has_scheme(spec.source):
            out.append(spec)
            continue
        path = Path(spec.source)
        if path.is_dir():
            files = sorted(
                p
                for p in path.iterdir()
                if p.is_file()
                and not p.name.startswith(".")
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not _NOT_ARTICLES.match(p.name)
            )
            if not files:
                raise InputError(spec.source, "directory has no article files (.txt, .md, .html, .json, .jsonl)")
            out.extend(InputSpec(str(p)) for p in files)
        else:
            out.append(spec)
    return out


def load_input(spec: InputSpec, stdin: BinaryIO | None = None) -> list[RawArticle]:
    """Read one input and return its articles (JSON inputs may hold several)."""
    source = spec.source
    if source == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        hint, content_type = None, None
    elif _is_url(source):
        data, content_type = _fetch(source)
        hint = _format_from_suffix(urlparse(source).path)
    elif _has_scheme(source):
        raise InputError(source, f"refused URL scheme {urlparse(source).scheme!r}: only http and https are read")
    else:
        data = _read_file(source)
        hint, content_type = _format_from_suffix(source), None
    if len(data) > MAX_BYTES:
        raise InputError(source, f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    charset = _charset_from_content_type(content_type)
    text, encoding = decode(data, source, charset)
    fmt = hint or _sniff_format(text, content_type)
    if fmt in ("json", "jsonl"):
        return _records(text, source, fmt, encoding, spec.label)
    if fmt == "html":
        return [_from_html(text, source, encoding, spec.label)]
    if not text.strip():
        raise InputError(source, "empty article: no text")
    url = source if _is_url(source) else None
    return [RawArticle(source=source, text=text, format=fmt, encoding=encoding, label=spec.label, url=url)]


def load_inputs(specs: Iterable[InputSpec], stdin: BinaryIO | None = None) -> Iterator[tuple[InputSpec, list[RawArticle] | InputError]]:
    """Load each input in turn, yielding either its articles or its error."""
    for spec in specs:
        try:
            yield spec, load_input(spec, stdin)
        except InputError as err:
            yield spec, err


# -- decoding -------------------------------------------------------------------


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes: UTF-8 first, then a declared charset, then a detected one.

    Line endings are normalised to ``\\n``; offsets index into the result.
    """
    if not data.strip():
        raise InputError(source, "empty article: no text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16"), "utf-16"
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data, source, declared)
    if "\x00" in text or _control_ratio(text) > 0.05:
        raise InputError(source, "looks like a binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


def _decode_legacy(data: bytes, source: str, declared: str | None) -> tuple[str, str]:
    if declared:
        try:
            return data.decode(declared), declared.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    if b"\x00" in data[:4096]:
        raise InputError(source, "looks like a binary file, not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "looks like a binary file, not text (no text encoding fits)")
    return str(best), best.encoding


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\x1b")
    return controls / len(sample)


def _charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset=([\w.:-]+)", content_type, re.I)
    return match.group(1) if match else None


# -- sources --------------------------------------------------------------------


def _is_url(source: str) -> bool:
    return bool(re.match(r"https?://", source, re.I))


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


def _fetch(url: str) -> tuple[bytes, str | None]:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "framediff (+https://pypi.org/project/framediff)"})
    try:
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT) as response:  # noqa: S310 (scheme checked)
            final = response.geturl()
            if not _is_url(final):
                raise InputError(url, f"redirected to a refused URL scheme: {final}")
            data = response.read(MAX_BYTES + 1)
            return data, response.headers.get("Content-Type")
    except urllib.error.HTTPError as err:
        raise InputError(url, f"HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        raise InputError(url, f"unreachable: {err.reason}") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {URL_TIMEOUT:.0f} s") from None
    except OSError as err:
        raise InputError(url, f"unreachable: {err}") from None


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


def _from_html(html: str, source: str, encoding: str, label: str | None) -> RawArticle:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=source if _is_url(source) else None, with_metadata=True, include_comments=False)
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
        url=(getattr(doc, "url", None) or (source if _is_url(source) else None)),
        date=(getattr(doc, "date", None) or None),
    )


def _records(text: str, source: str, fmt: str, encoding: str, label: str | None) -> list[RawArticle]:
    records = _parse_records(text, source, fmt)
    if not records:
        raise InputError(source, "no article records in the JSON")
    articles = []
    for number, record in records:
        where = f"{source}#{number}"
        if not isinstance(record, dict):
            raise InputError(where, "a record must be a JSON object with a \"text\" field")
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            raise InputError(where, "record has no \"text\" (a non-empty string)")
        fields = {k: record.get(k) for k in RECORD_FIELDS}
        for key, value in fields.items():
            if value is not None and not isinstance(value, str):
                fields[key] = str(value)
        title = fields["title"]
        body = body.replace("\r\n", "\n").replace("\r", "\n")
        if title and not body.lstrip().startswith(title.strip()):
            body = f"{title.strip()}\n\n{body}"
        record_label = label if label and len(records) == 1 else (fields["label"] or None)
        articles.append(
            RawArticle(
                source=where if len(records) > 1 else source,
                text=body,
                format="json",
                encoding=encoding,
                label=record_label,
                title=title,
                outlet=fields["outlet"],
                url=fields["url"],
                date=fields["date"],
            )
        )
    return articles


def _parse_records(text: str, source: str, fmt: str) -> list[tuple[int, object]]:
    stripped = text.strip()
    if fmt == "json" or (stripped.startswith("[")):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as err:
            if fmt == "json" and stripped.startswith("{") and "\n" in stripped:
                return _parse_jsonl(stripped, source)
            raise InputError(source, f"malformed JSON at line {err.lineno} column {err.colno}: {err.msg}") from None
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        if isinstance(data, dict):
            return [(1, data)]
        if isinstance(data, list):
            return list(enumerate(data, 1))
        raise InputError(source, "JSON must be an object, a list of objects or {\"articles\": [...]}")
    return _parse_jsonl(stripped, source)


def _parse_jsonl(text: str, source: str) -> list[tuple[int, object]]:
    records = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            records.append((lineno, json.loads(line)))
        except json.JSONDecodeError as err:
            raise InputError(f"{source}:{lineno}", f"malformed JSON Lines record: {err.msg} (column {err.colno})") from None
    return records

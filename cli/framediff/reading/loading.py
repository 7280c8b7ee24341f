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
from framediff.reading.labels import LABELS_FILE, folder_labels
from framediff.errors import InputError
from framediff.reading.records import SURROGATE, printable, records, text_parses_as_json

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


def source_key(source: str) -> str:
    """The same input however it was spelled (``seeds//a.txt``, ``./seeds/a.txt``): for labels and duplicates."""
    if source == "-" or _is_url(source) or _has_scheme(source):
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
        if spec.source == "-" or _is_url(spec.source) or _has_scheme(spec.source):
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
            (p for p in entries if not p.name.startswith(".") and p.suffix.lower() in ARTICLE_SUFFIXES and not _NOT_ARTICLES.match(p.name) and _is_file(p)),
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
        return InputError(printable(spec.source), "file name is not valid UTF-8; rename the file")
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
    elif _is_url(source):
        data, content_type = _fetch(source)
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
    url = source if _is_url(source) else None
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


def _internal(host: str) -> bool:
    """Whether ``host`` is, or resolves to, a loopback, private, link-local or otherwise non-public address."""
    import ipaddress
    import socket

    try:
        addresses = [ipaddress.ip_address(host.strip("[]").split("%", 1)[0])]
    except ValueError:
        try:
            addresses = [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in socket.getaddrinfo(host, None)]
        except (OSError, UnicodeError, ValueError):
            return False  # a name that does not resolve: the request itself will fail
    return any(not a.is_global or a.is_multicast for a in addresses)


def _host(url: str) -> str:
    try:
        return urlparse(url).hostname or ""
    except ValueError:
        return ""


class _SafeRedirects:
    """A redirect handler that refuses, before following: a redirect to anything but http(s), and a redirect from a
    public address to a loopback or private one (a public page must not reach into this machine's network, as curl
    and browsers refuse it), unless the first URL was already such an address."""

    @staticmethod
    def build(first: str) -> object:
        import urllib.request

        class Handler(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
                if not _is_url(newurl):
                    raise InputError(first, f"redirected to a refused URL: {newurl} (only http and https are read)")
                if _internal(_host(newurl)) and not _internal(_host(first)):
                    raise InputError(first, f"redirected from a public address to a private or loopback one: {newurl} (refused)")
                return super().redirect_request(req, fp, code, msg, headers, newurl)

        return Handler()


def _fetch(url: str) -> tuple[bytes, str | None]:
    """The body and Content-Type of ``url``, within URL_TIMEOUT for the whole request.

    The socket's timeout bounds each read only: a server that trickles a byte
    every few seconds would hold the run for ever. The request runs in a daemon
    thread, and the run stops waiting for it at the deadline.
    """
    import threading

    outcome: list[tuple[bytes, str | None] | BaseException] = []

    def fetch() -> None:
        try:
            outcome.append(_fetch_now(url))
        except BaseException as err:  # handed to the caller's thread, which raises it
            outcome.append(err)

    worker = threading.Thread(target=fetch, name="framediff-fetch", daemon=True)
    worker.start()
    worker.join(URL_TIMEOUT)
    if not outcome:
        raise InputError(url, f"timed out: no whole response within {URL_TIMEOUT:.0f} s")
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _decompress(url: str, data: bytes, coding: str) -> bytes:
    """A gzip- or deflate-encoded body, decompressed no further than MAX_BYTES (a small bomb cannot fill memory).
    "deflate" is zlib's format (RFC 9110), but some servers send raw deflate: both are read."""
    import zlib

    for wbits in ((31,) if coding == "gzip" else (15, -15)):
        inflate = zlib.decompressobj(wbits=wbits)
        try:
            out = inflate.decompress(data, MAX_BYTES + 1)
        except zlib.error as err:
            problem = err
            continue
        if len(out) > MAX_BYTES:
            raise InputError(url, f"larger than {MAX_BYTES // (1024 * 1024)} MB once decompressed")
        return out
    raise InputError(url, f"bad {coding} body: {problem}") from None


_CODINGS = {"gzip": "gzip", "x-gzip": "gzip", "deflate": "deflate"}


def _content_coding(url: str, headers: object) -> str | None:
    """The one Content-Encoding of a response (gzip, deflate), or None; anything else is refused by name, so that a
    compressed body is never read as text."""
    values = headers.get_all("Content-Encoding") or []  # type: ignore[attr-defined]
    codings = [c.strip().lower() for value in values for c in value.split(",") if c.strip() and c.strip().lower() != "identity"]
    if not codings:
        return None
    if len(codings) > 1 or codings[0] not in _CODINGS:
        raise InputError(url, f"unsupported Content-Encoding {', '.join(codings)!r}: only gzip and deflate are read")
    return _CODINGS[codings[0]]


def _declared_length(url: str, headers: object) -> int | None:
    """The Content-Length of a response, or None; two that disagree, or one that is no number, are refused."""
    if "chunked" in (headers.get("Transfer-Encoding") or "").lower():  # type: ignore[attr-defined]
        return None  # a chunked body's length is its chunks' (the header is ignored, as HTTP says)
    values = {v.strip() for value in headers.get_all("Content-Length") or [] for v in value.split(",")}  # type: ignore[attr-defined]
    if not values:
        return None
    if len(values) > 1:
        raise InputError(url, f"conflicting Content-Length headers: {', '.join(sorted(values))}")
    value = values.pop()
    if not (value.isascii() and value.isdecimal()):
        raise InputError(url, f"malformed Content-Length: {value[:40]!r}")
    return int(value)


def _fetch_now(url: str) -> tuple[bytes, str | None]:
    import http.client
    import urllib.error
    import urllib.request

    try:
        request = urllib.request.Request(url, headers={"User-Agent": "framediff (+https://pypi.org/project/framediff)",
                                                       "Accept-Encoding": "gzip, deflate"})
        opener = urllib.request.build_opener(_SafeRedirects.build(url))  # type: ignore[arg-type]
        with opener.open(request, timeout=URL_TIMEOUT) as response:
            final = response.geturl()
            if not _is_url(final):
                raise InputError(url, f"redirected to a refused URL scheme: {final}")
            declared = _declared_length(url, response.headers)
            coding = _content_coding(url, response.headers)
            data = response.read(MAX_BYTES + 1)
            if declared is not None and len(data) < declared and len(data) <= MAX_BYTES:
                raise InputError(url, f"short read: the server announced {declared} bytes and sent {len(data)}")
            if coding and len(data) <= MAX_BYTES:
                data = _decompress(url, data, coding)
            return data, response.headers.get("Content-Type")
    except urllib.error.HTTPError as err:
        raise InputError(url, f"HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        raise InputError(url, f"unreachable: {err.reason}") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {URL_TIMEOUT:.0f} s") from None
    except http.client.IncompleteRead as err:
        raise InputError(url, f"incomplete response: a bad chunk or a closed connection after {len(err.partial)} bytes of the body") from None
    except http.client.InvalidURL as err:
        raise InputError(url, f"invalid URL: {err}") from None
    except http.client.HTTPException as err:
        raise InputError(url, f"malformed HTTP response: {type(err).__name__}: {str(err)[:200]}") from None
    except ValueError as err:  # "http://[::1", a space or a control character in the URL
        raise InputError(url, f"invalid URL: {err}") from None
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


# Character references that XML cannot hold (&#7;, &#x1b;, &#65535;): lxml drops the whole
# document over one of them, so they become U+FFFD, as HTML5 parsers read them.
_BAD_REFERENCE = re.compile(r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|127|6553[45])|[xX]0*(?:[0-8]|[bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[fF]{3}[eEfF]));")
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _from_html(html: str, source: str, encoding: str, label: str | None) -> RawArticle:
    import trafilatura

    html = _BAD_CHARACTER.sub("\ufffd", _BAD_REFERENCE.sub("\ufffd", html))
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

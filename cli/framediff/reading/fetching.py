"""Read an http(s) URL: a whole-request deadline, redirects that cannot reach into this machine's network, a size cap
that holds through gzip and deflate, and every failure as an :class:`InputError` naming the URL."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from framediff.errors import InputError

URL_TIMEOUT = 20.0


def is_url(source: str) -> bool:
    """Whether ``source`` names an http(s) URL, the only URLs read."""
    return bool(re.match(r"https?://", source, re.I))


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
                if not is_url(newurl):
                    raise InputError(first, f"redirected to a refused URL: {newurl} (only http and https are read)")
                if _internal(_host(newurl)) and not _internal(_host(first)):
                    raise InputError(first, f"redirected from a public address to a private or loopback one: {newurl} (refused)")
                return super().redirect_request(req, fp, code, msg, headers, newurl)

        return Handler()


def fetch(url: str, limit: int) -> tuple[bytes, str | None]:
    """The body and Content-Type of ``url`` (at most ``limit`` bytes and one more, so that a caller can tell it is too large),
    within URL_TIMEOUT for the whole request.

    The socket's timeout bounds each read only: a server that trickles a byte
    every few seconds would hold the run for ever. The request runs in a daemon
    thread, and the run stops waiting for it at the deadline.
    """
    import threading

    outcome: list[tuple[bytes, str | None] | BaseException] = []

    def fetch() -> None:
        try:
            outcome.append(_fetch_now(url, limit))
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


def _decompress(url: str, data: bytes, coding: str, limit: int) -> bytes:
    """A gzip- or deflate-encoded body, decompressed no further than ``limit`` bytes (a small bomb cannot fill memory).
    "deflate" is zlib's format (RFC 9110), but some servers send raw deflate: both are read."""
    import zlib

    for wbits in ((31,) if coding == "gzip" else (15, -15)):
        inflate = zlib.decompressobj(wbits=wbits)
        try:
            out = inflate.decompress(data, limit + 1)
        except zlib.error as err:
            problem = err
            continue
        if len(out) > limit:
            raise InputError(url, f"larger than {limit // (1024 * 1024)} MB once decompressed")
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


def _fetch_now(url: str, limit: int) -> tuple[bytes, str | None]:
    import http.client
    import urllib.error
    import urllib.request

    try:
        request = urllib.request.Request(url, headers={"User-Agent": "framediff (+https://pypi.org/project/framediff)",
                                                       "Accept-Encoding": "gzip, deflate"})
        opener = urllib.request.build_opener(_SafeRedirects.build(url))  # type: ignore[arg-type]
        with opener.open(request, timeout=URL_TIMEOUT) as response:
            final = response.geturl()
            if not is_url(final):
                raise InputError(url, f"redirected to a refused URL scheme: {final}")
            declared = _declared_length(url, response.headers)
            coding = _content_coding(url, response.headers)
            data = response.read(limit + 1)
            if declared is not None and len(data) < declared and len(data) <= limit:
                raise InputError(url, f"short read: the server announced {declared} bytes and sent {len(data)}")
            if coding and len(data) <= limit:
                data = _decompress(url, data, coding, limit)
            return data, response.headers.get("Content-Type")
    except urllib.error.HTTPError as err:
        raise InputError(url, f"HTTP {err.code} {err.reason}") from None
    except urllib.error.URLError as err:
        raise InputError(url, f"unreachable: {err.reason}") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {URL_TIMEOUT:.0f} s") from None
    except http.client.IncompleteRead as err:
        got = len(err.partial)
        raise InputError(url, f"incomplete response: a bad chunk or a closed connection after {got} bytes of the body") from None
    except http.client.InvalidURL as err:
        raise InputError(url, f"invalid URL: {err}") from None
    except http.client.HTTPException as err:
        raise InputError(url, f"malformed HTTP response: {type(err).__name__}: {str(err)[:200]}") from None
    except ValueError as err:  # "http://[::1", a space or a control character in the URL
        raise InputError(url, f"invalid URL: {err}") from None
    except OSError as err:
        raise InputError(url, f"unreachable: {err}") from None

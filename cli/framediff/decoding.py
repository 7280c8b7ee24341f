"""Bytes to text: UTF-8 first (UTF-16 with a byte-order mark), then a declared charset, then one charset-normalizer detects."""

from __future__ import annotations

import re

from .errors import InputError
from .records import SURROGATE


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes: UTF-8 first, then a declared charset, then a detected one.

    Line endings are normalised to ``\\n``; offsets index into the result.
    """
    if not data.strip():
        raise InputError(source, "empty article: no text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as err:
            raise InputError(source, f"not valid UTF-16 (it starts with a UTF-16 byte-order mark): {err.reason} at byte {err.start}") from None
        if SURROGATE.search(text):
            raise InputError(source, "not valid UTF-16: a lone surrogate")
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


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = re.search(r"charset=([\w.:-]+)", content_type, re.I)
    return match.group(1) if match else None

"""Bytes to text: UTF-16 (with a byte-order mark, declared, or by its zero bytes), else UTF-8, then a declared
charset when the text it gives is plausible, then one charset-normalizer detects, preferring cp1252 for Latin text."""

from __future__ import annotations

import codecs
import re

from framediff.errors import InputError
from framediff.reading.records import SURROGATE


def decode(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode bytes: UTF-8 first, then a declared charset, then a detected one.

    Line endings are normalised to ``\\n``; offsets index into the result.
    """
    if not data.strip():
        raise InputError(source, "empty article: no text")
    codec = _codec(declared) if declared else None
    if codec and codec not in _NOT_A_CHARSET and not is_text_encoding(codec):
        raise InputError(source, f"the declared charset {declared!r} is not a text encoding")
    utf16 = _utf16(data, declared)
    if utf16:
        try:
            text, encoding = data.decode(utf16), utf16
        except UnicodeDecodeError as err:
            raise InputError(source, f"not valid UTF-16 ({_UTF16_WHY[utf16 if data[:2] not in _BOMS else 'bom']}): "
                                     f"{err.reason} at byte {err.start}") from None
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


_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF16_WHY = {"bom": "it starts with a UTF-16 byte-order mark", "utf-16": "declared UTF-16",
              "utf-16-le": "its zero bytes say UTF-16", "utf-16-be": "its zero bytes say UTF-16"}
# Codecs that are no text encoding of a web page: they turn escapes in the text ("\x1b", "+ABs-") into real
# control characters, or decode nothing at all.
_NOT_A_CHARSET = frozenset({"unicode_escape", "raw_unicode_escape", "unicode_internal", "utf_7", "punycode", "idna", "undefined"})
# Symbols of the Latin-1 block that sit between letters only when the bytes were read in the wrong charset
# (Polish "rząd" read as cp1252 is "rz¹d", German "Bürger" read as Mac Roman is "B¸rger").
_STRAY_SYMBOL = re.compile(r"(?<=[^\W\d_])[\u00a2-\u00b9\u00bc-\u00be\u00d7\u00f7](?=[^\W\d_])")
_MIXED_SCRIPT = re.compile(r"[A-Za-z\u00c0-\u024f][\u0370-\u03ff\u0400-\u04ff]|[\u0370-\u03ff\u0400-\u04ff][A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")


def _utf16(data: bytes, declared: str | None) -> str | None:
    """The UTF-16 codec to read ``data`` with: it has a byte-order mark, it is declared, or its zero bytes fall on one
    side of each pair as ASCII text's do in UTF-16; else None."""
    if data.startswith(_BOMS):
        return "utf-16"
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = max(1, len(sample) // 2)
    guess = ("utf-16-le" if odd > 0.4 * pairs and even < 0.05 * pairs
             else "utf-16-be" if even > 0.4 * pairs and odd < 0.05 * pairs else None)
    if declared and _codec(declared) in ("utf_16", "utf_16_le", "utf_16_be"):
        return {"utf_16": guess or "utf-16-le", "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be"}[_codec(declared) or ""]
    return guess


def _codec(name: str) -> str | None:
    """Python's name for the codec called ``name``, or None when there is none."""
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except (LookupError, ValueError):
        return None


def is_text_encoding(codec: str) -> bool:
    """Whether ``codec`` turns bytes into text. ``bytes.decode`` refuses, with LookupError, every codec that is no text
    encoding (hex, base64, rot13, uu, zlib, bz2, quopri): such a codec may be named, never used to read an article."""
    try:
        return isinstance(b" ".decode(codec), str)  # not b"": Python answers an empty input before asking the codec
    except LookupError:
        return False
    except UnicodeError:  # a text encoding that cannot read this one byte (UTF-16 wants two)
        return True


def plausible(text: str) -> bool:
    """Whether ``text`` reads as text in the charset it was decoded with: little chaos (charset-normalizer's mess
    measure), no symbol inside a word, no word mixing Latin with Cyrillic or Greek. Mojibake fails one of them."""
    from charset_normalizer.md import mess_ratio

    sample = text[:65536]
    return mess_ratio(sample, 1.0) <= 0.1 and not _STRAY_SYMBOL.search(sample) and not _MIXED_SCRIPT.search(sample)


def _decode_legacy(data: bytes, source: str, declared: str | None) -> tuple[str, str]:
    codec = _codec(declared) if declared else None
    if codec and codec not in _NOT_A_CHARSET:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            if plausible(text):
                return text, (declared or codec).lower()
    if b"\x00" in data[:4096]:
        raise InputError(source, "looks like a binary file, not text")
    from charset_normalizer import from_bytes

    # UTF-16 and UTF-32 without a byte-order mark are read above by their zero bytes, or not at all: a detector that
    # offers them for a few random bytes (most pairs of bytes are some CJK character in UTF-16) is not heeded.
    matches = [m for m in from_bytes(data) if not m.encoding.startswith(("utf_16", "utf_32"))]
    if not matches:
        raise InputError(source, "looks like a binary file, not text (no text encoding fits)")
    best = matches[0]
    if best.encoding not in ("cp1252", "latin_1", "ascii", "utf_8"):
        western = _western(data, best.chaos)
        if western is not None:
            return western, "cp1252"
    # the first candidate that reads as text (Polish in cp1250 came out cp1257 first, "rząd" as "rz¹d")
    chosen = next((m for m in matches[:8] if plausible(str(m))), None)
    if chosen is None:
        raise InputError(source, "looks like a binary file, not text (no text encoding reads it as text)")
    return str(chosen), chosen.encoding


def _western(data: bytes, chaos: float) -> str | None:
    """``data`` as cp1252 (Latin-1's printable superset), when that reads as a Western European text at least as
    well as the detected charset does. Short texts leave charset-normalizer several candidates of near-equal chaos
    (seed 000 in cp1252 came out cp775, “ as ō; French in Latin-1 came out cp1250, à as ŕ); the commonest wins."""
    from charset_normalizer.md import mess_ratio

    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:65536]
    letters = _LETTER.findall(sample)
    accented = sum(1 for ch in letters if ord(ch) > 127)
    if not letters or accented > 0.3 * len(letters):  # KOI8-R or Greek read as cp1252: every letter accented
        return None
    if not plausible(sample) or mess_ratio(sample, 1.0) > chaos + 0.02:
        return None
    return text


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

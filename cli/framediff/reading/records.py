"""JSON and JSON Lines article records: parsed strictly (no NaN, no lone surrogate, no nesting too deep to read), checked
field by field, each bad record reported alone so that ``--skip-bad`` keeps the good ones."""

from __future__ import annotations

import json
import re
from typing import Callable

from framediff.article import RawArticle
from framediff.errors import InputError

RECORD_FIELDS = ("text", "title", "outlet", "url", "date", "label")
SURROGATE = re.compile("[\\ud800-\\udfff]")


def printable(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes of a file name, "\\ud800" in JSON) replaced by U+FFFD."""
    return SURROGATE.sub("\ufffd", text)


def byte_escaped(name: str) -> str:
    """A file name as the user can find it: each byte that was not UTF-8 (held as a surrogate by Python's file system
    encoding) written as ``\\xff``, as ``ls -b`` writes it; any other lone surrogate as U+FFFD."""
    return SURROGATE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}" if 0xDC80 <= ord(m.group()) <= 0xDCFF else "\ufffd", name)


def plain_strings(value: object) -> object:
    """A parsed JSON value whose strings are all text: ``ValueError`` for a lone surrogate ("\\ud800"), which no
    encoder can write and which names no character."""
    if isinstance(value, str):
        found = SURROGATE.search(value)
        if found:
            raise ValueError(f"a lone surrogate (\\u{ord(found.group()):04x}) in a string is not a character")
        return value
    if isinstance(value, list):
        return [plain_strings(v) for v in value]
    if isinstance(value, dict):
        return {plain_strings(k): plain_strings(v) for k, v in value.items()}
    return value


def records(
    text: str, source: str, fmt: str, encoding: str, label: str | None, on_bad: Callable[[InputError], None] | None = None
) -> list[RawArticle]:
    records = _parse_records(text, source, fmt, on_bad)
    if not records:
        raise InputError(source, "no article records in the JSON")
    articles = []
    for number, record in records:
        where = f"{source}#{number}"
        try:
            one = len(records) == 1
            articles.append(raw_article(record, source if one else where, where, encoding, label if label and one else None))
        except InputError as err:
            if on_bad is None:
                raise
            on_bad(err)
    if not articles:
        raise InputError(source, "no good article records in the JSON")
    return articles


def _json_kind(value: object) -> str:
    """What a JSON value is, in a message: "a number", "a list", "true"."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return {int: "a number", float: "a number", list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


def raw_article(record: object, source: str, where: str, encoding: str, label: str | None) -> RawArticle:
    """One JSON record as a raw article (its text and string fields checked), named ``source`` and reported at ``where``."""
    if not isinstance(record, dict):
        raise InputError(where, "a record must be a JSON object with a \"text\" field")
    body = record.get("text")
    if body is None:
        raise InputError(where, "record has no \"text\" (a non-empty string)")
    if not isinstance(body, str):
        raise InputError(where, f"record's \"text\" is {_json_kind(body)}, not a string")
    if not body.strip():
        raise InputError(where, "record's \"text\" is empty")
    fields: dict[str, str | None] = {}
    for key in RECORD_FIELDS[1:]:
        value = record.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and key == "date":
            value = str(value)  # 2021, 20211124
        if value is not None and not isinstance(value, str):
            raise InputError(where, f"field \"{key}\" must be a string, not {_json_type(value)}")
        fields[key] = value.strip() or None if isinstance(value, str) else None
    title = fields["title"]
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"
    return RawArticle(
        source=source, text=body, format="json", encoding=encoding, label=label or fields["label"], title=title,
        outlet=fields["outlet"], url=fields["url"], date=fields["date"],
    )


def _json_type(value: object) -> str:
    names = {bool: "true or false", int: "a number", float: "a number", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def parse_json(text: str) -> object:
    """``json.loads`` that refuses NaN and Infinity, and makes every string storable as UTF-8.

    Raises ``ValueError`` (``json.JSONDecodeError`` among them) for anything
    that is not a JSON document we can use: nesting too deep to read, a number
    too long to convert, NaN.
    """
    try:
        return plain_strings(json.loads(text, parse_constant=_no_constant))
    except RecursionError:
        raise ValueError("nested too deeply") from None


def text_parses_as_json(text: str) -> bool:
    """Whether text that starts like JSON is JSON or JSON Lines (its first line, for JSON Lines)."""
    stripped = text.strip()
    for candidate in (stripped, stripped.split("\n", 1)[0]):
        try:
            parse_json(candidate)
            return True
        except ValueError:
            continue
    return False


def _problem(err: ValueError) -> str:
    if isinstance(err, json.JSONDecodeError):
        return f"{err.msg}{':' if err.msg.endswith(' at') else ' at'} line {err.lineno} column {err.colno}"  # "starting at: line 1"
    return str(err)


def _parse_records(text: str, source: str, fmt: str, on_bad: Callable[[InputError], None] | None = None) -> list[tuple[int, object]]:
    stripped = text.strip()
    if fmt == "json" or (stripped.startswith("[")):
        try:
            data = parse_json(stripped)
        except ValueError as err:
            if fmt == "json" and stripped.startswith("{") and "\n" in stripped:
                return _parse_jsonl(stripped, source, on_bad)
            raise InputError(source, f"malformed JSON: {_problem(err)}") from None
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        if isinstance(data, dict):
            return [(1, data)]
        if isinstance(data, list):
            return list(enumerate(data, 1))
        raise InputError(source, "JSON must be an object, a list of objects or {\"articles\": [...]}")
    return _parse_jsonl(stripped, source, on_bad)


def _parse_jsonl(text: str, source: str, on_bad: Callable[[InputError], None] | None = None) -> list[tuple[int, object]]:
    records = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            records.append((lineno, parse_json(line)))
        except ValueError as err:
            bad = InputError(f"{source}:{lineno}", f"malformed JSON Lines record: {_problem(err)}")
            if on_bad is None:
                raise bad from None
            on_bad(bad)
    return records

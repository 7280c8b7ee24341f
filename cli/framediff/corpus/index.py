"""A corpus of JSON Lines article records too large to hold: one pass that keeps only where each record is.

:class:`Corpus` reads its files line by line and remembers, for each good
record, its file, byte offset and length, and the one field it is grouped by
(or its date). A group's records are read back from the files when the group
is compared. Standard input is first copied to a temporary file, so it can be
read twice. Memory grows by a few dozen bytes per record, never by its text.
"""

from __future__ import annotations

import datetime as _dt
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Sequence

from framediff.reading.cleaning import parse_date
from framediff.errors import InputError
from framediff.reading.records import raw_article, parse_json, printable

MAX_LINE = 20 * 1024 * 1024  # the size cap of one article, as for files and URLs


@dataclass(frozen=True)
class Entry:
    """Where one record is: file number, byte offset and length of its line, its line number, and its date as a day number."""

    file: int
    offset: int
    length: int
    line: int
    day: int | None = None
    unread_date: str | None = None  # a "date" given that reads as no day ("2026-13-45"), as given


@dataclass
class Corpus:
    """JSON Lines files (or ``-``), indexed by one pass. ``close`` removes the copy of standard input."""

    inputs: Sequence[str]
    stdin: BinaryIO | None = None
    skip_bad: bool = False
    warn: Callable[[str], None] | None = None
    paths: list[Path] = field(default_factory=list, init=False)
    names: list[str] = field(default_factory=list, init=False)
    _spool: Path | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        for raw in self.inputs:
            if raw == "-":
                if self._spool is not None:
                    raise InputError("-", "standard input can be read only once")
                handle, name = tempfile.mkstemp(prefix="framediff-stdin-", suffix=".jsonl")
                with os.fdopen(handle, "wb") as out:
                    shutil.copyfileobj(self.stdin or _no_stdin(), out, 1 << 20)
                self._spool = Path(name)
                self.paths.append(self._spool)
                self.names.append("<stdin>")
                continue
            path = Path(raw)
            if not path.is_file():
                raise InputError(raw, "no such file" if not path.exists() else "not a file (batch reads JSON Lines files)")
            self.paths.append(path)
            self.names.append(printable(raw))

    def close(self) -> None:
        if self._spool is not None:
            self._spool.unlink(missing_ok=True)
            self._spool = None

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def where(self, entry: Entry) -> str:
        return f"{self.names[entry.file]}:{entry.line}"

    def scan(self) -> Iterator[tuple[Entry, dict[str, object]]]:
        """Every good record with its entry, in file order. A bad line fails the run (exit 2), or with ``skip_bad`` is skipped
        with a warning."""
        for number, path in enumerate(self.paths):
            with open(path, "rb") as handle:
                offset = 0
                for line_number, (line, length) in enumerate(_lines(handle), 1):
                    entry = Entry(number, offset, length, line_number)
                    offset += length
                    if line is not None and not line.strip():
                        continue
                    try:
                        if line is None:
                            raise InputError(self.where(entry), f"record over {MAX_LINE // (1024 * 1024)} MB")
                        record = self._parse(line, self.where(entry))
                    except InputError as err:
                        self._bad(err)
                        continue
                    yield entry, record

    def group(self, key_field: str) -> tuple[list[str | int], dict[str | int, list[Entry]]]:
        """Entries by the value of ``key_field``, keys in the order they first appear. A record without it is bad.
        A key keeps its JSON type: the integer 1 and the string "1" are two events."""
        order: list[str | int] = []
        groups: dict[str | int, list[Entry]] = {}
        for entry, record in self.scan():
            value = record.get(key_field)
            key: str | int
            if isinstance(value, int) and not isinstance(value, bool):
                key = value
            elif isinstance(value, str) and value.strip():
                key = value.strip()
            else:
                self._bad(InputError(self.where(entry), f"record has no \"{key_field}\" to group by (a string or an integer)"))
                continue
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(entry)
        return order, groups

    def by_date(self) -> list[Entry]:
        """Every record's entry with its day, in date order (undated records first, in feed order)."""
        dated = []
        for entry, record in self.scan():
            date = record.get("date")
            day = _day(str(date)) if isinstance(date, (str, int)) and not isinstance(date, bool) else None
            unread = str(date)[:40] if day is None and date not in (None, "") else None
            dated.append(Entry(entry.file, entry.offset, entry.length, entry.line, day, unread))
        return sorted(dated, key=lambda e: (e.day is not None, e.day or 0))

    def read(self, entries: Sequence[Entry]) -> list[tuple[str, str]]:
        """(where, line text) of each entry, read back from its file."""
        out = []
        handles: dict[int, BinaryIO] = {}
        try:
            for entry in entries:
                handle = handles.get(entry.file)
                if handle is None:
                    handle = handles[entry.file] = open(self.paths[entry.file], "rb")
                handle.seek(entry.offset)
                out.append((self.where(entry), handle.read(entry.length).decode("utf-8", "replace")))
        finally:
            for handle in handles.values():
                handle.close()
        return out

    def _parse(self, line: bytes, where: str) -> dict[str, object]:
        try:
            record = parse_json(line.decode("utf-8"))
        except UnicodeDecodeError as err:
            raise InputError(where, f"not UTF-8 (byte {err.start})") from None
        except ValueError as err:
            raise InputError(where, f"malformed JSON Lines record: {err}") from None
        raw_article(record, where, where, "utf-8", None)  # the same checks as compare's: text, and string fields
        assert isinstance(record, dict)
        return record

    def _bad(self, err: InputError) -> None:
        if not self.skip_bad:
            raise err
        if self.warn:
            self.warn(f"skipped {err}")


def _lines(handle: BinaryIO) -> Iterator[tuple[bytes | None, int]]:
    """Each line and its length in bytes; a line over the cap is read past without being held, as (None, its length)."""
    while True:
        line = handle.readline(MAX_LINE + 1)
        if not line:
            return
        if len(line) <= MAX_LINE or line.endswith(b"\n"):
            yield line, len(line)
            continue
        length = len(line)
        while not line.endswith(b"\n"):
            line = handle.readline(1 << 20)
            if not line:
                break
            length += len(line)
        yield None, length


def _day(text: str) -> int | None:
    iso = parse_date(text)
    if not iso:
        return None
    try:
        return _dt.date.fromisoformat(iso).toordinal()
    except ValueError:
        return None


def _no_stdin() -> BinaryIO:
    import io

    return io.BytesIO()

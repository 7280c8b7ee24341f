"""`framediff batch`: a comparison per event over a JSON Lines corpus, one output line per event as it finishes."""

from __future__ import annotations

import contextlib
import os
import sys
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

import click

from framediff.commands.common import CommandError, model_options, user_errors, warn
from framediff.commands.messages import say
from framediff.commands.output import Output, check_writable
from framediff.render import emit

if TYPE_CHECKING:
    from framediff.aligning.embedding import Embedder
    from framediff.corpus.batch import EventResult


@click.command()
@click.argument("corpus", nargs=-1, required=True, metavar="CORPUS.jsonl...")
@click.option("--group-by", metavar="FIELD", help="Group records into events by this field (such as event).")
@click.option("--cluster", is_flag=True, help="Find the events of a flat feed: headline and lead vectors, shared names, dates.")
@click.option("--window", type=click.IntRange(0, 3650), default=3, show_default=True, metavar="DAYS",
              help="With --cluster: an event takes articles dated at most this many days after its latest.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write the JSON Lines to FILE instead of standard output.")
@click.option("--resume", is_flag=True, help="Skip the events already in -o FILE and append the rest.")
@click.option("-j", "--jobs", type=click.IntRange(1, 512), default=None, help="Worker processes [default: the number of cores].")
@click.option("--engine", type=click.Choice(["pool", "dask"]), default="pool", show_default=True,
              help="pool: processes on this machine; dask: an existing Dask cluster (needs framediff[dask]).")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler's address, such as tcp://10.0.0.5:8786.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None, help="As for compare.")
@click.option("--lead-prior", type=click.FloatRange(0.0, 10.0), default=None, metavar="LOGODDS", help="As for compare [default: 2.5].")
@model_options
@click.option("--no-framing", is_flag=True, help="Leave out the framing analysis.")
@click.option("--keep-boilerplate", is_flag=True, help="Keep share buttons, captions and the like as text.")
@click.option("--skip-bad", is_flag=True, help="Skip bad records with a warning instead of failing.")
def batch(corpus: tuple[str, ...], group_by: str | None, cluster: bool, window: int, output: str, resume: bool, jobs: int | None,
          engine: str, scheduler: str | None, threshold: float | None, lead_prior: float | None, model: str | None, no_cache: bool,
          no_framing: bool, keep_boilerplate: bool, skip_bad: bool) -> None:
    """Compare the articles of every event in a corpus: one JSON line per event.

    Records are JSON Lines as compare reads them (text, and optionally title,
    outlet, url, date and any other field). Events come from --group-by FIELD,
    or --cluster finds them in a date-sorted feed. The corpus is indexed in one
    pass and each event's records are read when it runs, so a corpus larger
    than memory works. Each output line is {"batch", "event", "status",
    "comparison"}: status "ok" with compare's JSON document, or "single" (one
    article, nothing to compare). A failing event is reported on stderr with
    its key and the run goes on; the exit status is then 1. --resume skips the
    events already in -o FILE, so a killed run loses no finished event.

    \b
    Examples:
      framediff batch --group-by event corpus.jsonl -o events.jsonl
      framediff batch --cluster --window 2 feed.jsonl -o events.jsonl --resume
      framediff batch --group-by event corpus.jsonl | jq -r 'select(.status == "ok") | [.event, (.comparison.claims | length)] | @tsv'

    With --engine dask --scheduler tcp://HOST:8786 the same events run on an existing Dask cluster (see README).
    """
    from framediff.cores import usable_cores
    from framediff.corpus.batch import events, finished_events, run
    from framediff.reading.articles import ReadOptions
    from framediff.results import BatchLines
    from framediff.settings import Settings

    if bool(group_by) == cluster:
        raise click.UsageError("give --group-by FIELD or --cluster (one of them)")
    if resume and output == "-":
        raise click.UsageError("--resume needs -o FILE: the events already written there are skipped")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler goes with --engine dask")
    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS")
    check_writable(output)
    settings = Settings(threshold=threshold, model=model, use_cache=not no_cache, framing=not no_framing,
                        read=ReadOptions(keep_boilerplate=keep_boilerplate, skip_bad=skip_bad))
    if lead_prior is not None:
        settings = replace(settings, lead_prior=lead_prior)
    from framediff.corpus.index import Corpus
    from framediff.aligning.embedding import Embedder

    failed: list[str | int] = []
    with _sink(output, append=resume) as sink:  # locked from here: a second run on the same file refuses
        done: set[str | int] = set()
        if resume:
            done, good = finished_events(output)
            if os.path.getsize(output) > good:
                warn(f"{output}: cutting off an unfinished last line (from a run that was stopped)")
                os.truncate(output, good)
        with user_errors(), Corpus(corpus, stdin=sys.stdin.buffer, skip_bad=skip_bad, warn=warn) as source:
            writer = Embedder(model=model, use_cache=not no_cache, warn=warn)  # the one writer of the cache; --cluster embeds with it
            total, work = events(source, group_by=group_by, window=window, embedder=writer, skip=frozenset(done), warn=warn)
            if done:
                say(f"framediff: resuming: {len(done)} events already in {output}")
            with _progress(total) as step:
                results = run(work, source, settings, jobs=jobs or usable_cores(), engine=engine, scheduler=scheduler)
                lines = _finished(results, None if no_cache else writer, step, failed)
                emit(BatchLines(lines), _EventLines("jsonl", sink=sink))
    if failed:
        raise CommandError(f"{len(failed)} event{'s' if len(failed) != 1 else ''} failed (see above); the others were written", 1)


def _finished(results: Iterable[EventResult], cache_writer: Embedder | None, step: Callable[[int], None],
              failed: list[str | int]) -> Iterator[dict[str, Any]]:
    """The line of each event that gave one, as it finishes; on the way, its warnings and failure told, its vectors
    stored by the one cache writer, the progress bar moved on, and each failed event's key put in ``failed``."""
    from framediff.corpus.batch import store_vectors

    for result in results:
        for message in result.warnings:
            warn(f"event {result.key}: {message}")
        if result.vectors and cache_writer is not None:
            store_vectors(result.vectors, cache_writer.open_cache())
        if result.line is None:
            failed.append(result.key)
            say(f"framediff: event {result.key} failed: {result.error}")
        else:
            yield result.line
        step(result.articles)


@dataclass(frozen=True)
class _EventLines(Output):
    """Where batch lines go: the locked -o FILE (:class:`_Lines`) or standard output, as UTF-8, each line flushed as its
    event ends, so that a finished event survives whatever stops the run next."""

    sink: Any = None

    def write_lines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.sink.write(line.encode("utf-8"))
            self.sink.flush()


class _Lines:
    """The batch output file, locked for this run. A new run empties it only when its first event is written, so a
    run that fails before that (a bad corpus, a scheduler out of reach) leaves an old file as it was and no new empty
    one. A second run on the same file, while this one holds it, refuses with exit 2."""

    def __init__(self, path: str, append: bool) -> None:
        existed = os.path.exists(path)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o666)
        except OSError as err:
            raise CommandError(f"{path}: cannot write: {err.strerror or err}", 2) from None
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except ImportError:  # no flock on this system: the file is written unlocked
            pass
        except OSError:
            os.close(fd)
            raise CommandError(f"{path}: another framediff batch is writing this file; wait for it to end or give another -o", 2) from None
        self.path, self.created, self.fresh = path, not existed, not append
        self.handle = os.fdopen(fd, "ab")

    def write(self, data: bytes) -> None:
        try:
            if self.fresh:
                self.handle.truncate(0)
                self.fresh = False
            self.handle.write(data)
        except OSError as err:
            self._failed(err)

    def flush(self) -> None:
        try:
            self.handle.flush()
        except OSError as err:
            self._failed(err)

    def _failed(self, err: OSError) -> None:
        """A full disk, say: one line and exit 2. The events whose lines were flushed stay, for --resume."""
        raise CommandError(f"{self.path}: cannot write: {err.strerror or err}; the events written so far stay, "
                           "for --resume", 2) from None

    def close(self, ok: bool) -> None:
        if ok and self.fresh:
            self.handle.truncate(0)  # a run with no event to write: an empty file, as asked
        if not ok and self.created and os.fstat(self.handle.fileno()).st_size == 0:
            with contextlib.suppress(OSError):
                os.unlink(self.path)  # still locked: no other run can be writing it
        try:
            self.handle.close()
        except OSError as err:  # what the last flush could not write
            if ok:
                self._failed(err)


@contextlib.contextmanager
def _sink(path: str, append: bool) -> Iterator[Any]:
    if path == "-":
        yield sys.stdout.buffer
        return
    lines = _Lines(path, append)
    try:
        yield lines
    except BaseException:
        lines.close(ok=False)
        raise
    lines.close(ok=True)


@contextlib.contextmanager
def _progress(total: int | None) -> Iterator[Any]:
    """A Rich progress bar on stderr when it is a terminal: events done, articles a second, time to go."""
    if not sys.stderr.isatty():
        yield lambda articles: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    started = time.monotonic()
    seen = [0]
    console = Console(stderr=True, markup=False, highlight=False, emoji=False)
    columns = [TextColumn("events"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeRemainingColumn()]
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("events", total=total, rate="")

        def step(articles: int) -> None:
            seen[0] += articles
            rate = seen[0] / max(time.monotonic() - started, 1e-6)
            bar.update(task, advance=1, rate=f"{rate:.1f} articles/s")

        yield step

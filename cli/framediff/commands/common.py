"""What every command shares: input options, output options, errors, the emitter.

Only this package imports Click; Rich is imported when a text report is drawn.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
from dataclasses import dataclass, replace
from typing import Any, Callable, Iterator, Sequence, TypeVar

import click

from framediff.errors import FramediffError
from framediff.commands.messages import CommandError, warn
from framediff.commands.output import Output, output_options

__all__ = ["CommandError", "warn", "Output", "output_options", "user_errors", "input_options", "Sources", "make_sources", "run_core",
           "model_options", "settings_options"]

F = TypeVar("F", bound=Callable[..., Any])


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Turn the core's exceptions into one line on stderr and an exit status."""
    try:
        yield
    except FramediffError as err:
        raise CommandError(str(err), int(err.exit_status)) from None


@dataclass(frozen=True)
class Sources:
    """The inputs as the command line named them, and how to read them: what the core's functions take."""

    specs: list[Any]  # framediff.reading.loading.InputSpec
    options: Any  # framediff.reading.articles.ReadOptions


def input_options(func: F) -> F:
    """INPUT... plus --label, --keep-boilerplate and --skip-bad, handed to the command as one ``sources: Sources``."""

    @functools.wraps(func)
    def command(*args: Any, inputs: tuple[str, ...], labels: tuple[str, ...], keep_boilerplate: bool, skip_bad: bool,
                **kwargs: Any) -> Any:
        return func(*args, sources=make_sources(inputs, labels, keep_boilerplate, skip_bad), **kwargs)

    decorators = [
        click.argument("inputs", nargs=-1, required=True, metavar="INPUT..."),
        click.option(
            "--label", "labels", multiple=True, metavar="NAME",
            help="Label for the next input, in order (repeat per input); NAME=PATH labels PATH wherever it is among the inputs.",
        ),
        click.option("--keep-boilerplate", is_flag=True, help="Keep share buttons, captions and the like as text."),
        click.option("--skip-bad", is_flag=True,
                     help="Skip unreadable inputs (or bad JSON Lines records) with a warning instead of failing."),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command  # type: ignore[return-value]


def label_inputs(inputs: Sequence[str], labels: Sequence[str]) -> tuple[list[Any], dict[str, str]]:
    """Pair each --label NAME with its input, in order; --label NAME=PATH labels PATH wherever it is among the inputs."""
    from framediff.reading.loading import InputSpec, parse_input, source_key

    given = {source_key(parse_input(raw).source) for raw in inputs}
    positional: list[str] = []
    by_path: dict[str, str] = {}
    for label in labels:
        name, sep, path = label.partition("=")
        if not sep:
            positional.append(label)
            continue
        if not name.strip() or not path:
            raise click.UsageError(f"--label {label!r}: give NAME or NAME=PATH")
        if source_key(path) not in given and not os.path.isfile(path):
            raise click.UsageError(f"--label {label!r}: {path} is not one of the inputs")
        by_path[source_key(path)] = name.strip()
    if len(positional) > len(inputs):
        raise click.UsageError(f"{len(positional)} --label options for {len(inputs)} inputs: give at most one label per input")
    specs = []
    for i, raw in enumerate(inputs):
        spec = parse_input(raw)
        if i < len(positional):
            if os.path.isdir(spec.source):
                raise click.UsageError(f"--label {positional[i]!r}: {spec.source} is a directory; label its files one by one (NAME=PATH)")
            spec = InputSpec(spec.source, positional[i])
        specs.append(spec)
    return specs, by_path


def make_sources(inputs: Sequence[str], labels: Sequence[str], keep_boilerplate: bool, skip_bad: bool, dedupe: bool = True) -> Sources:
    """Parse the inputs and their labels into what the core reads."""
    from framediff.reading.articles import ReadOptions

    specs, by_path = label_inputs(inputs, labels)
    if sum(1 for s in specs if s.source == "-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    return Sources(specs, ReadOptions(keep_boilerplate=keep_boilerplate, skip_bad=skip_bad, labels=tuple(by_path.items()), dedupe=dedupe))


R = TypeVar("R")


def run_core(function: Callable[..., R], *args: Any, **kwargs: Any) -> R:
    """Call a function of :mod:`framediff.api` as a command does: standard input, warnings on stderr,
    a progress line on a terminal, and the core's errors as one line and an exit status."""
    with user_errors(), progress_reporter() as report:
        return function(*args, stdin=sys.stdin.buffer, warn=warn, progress=report, **kwargs)


def model_options(func: F) -> F:
    """--model and --no-cache: which embedding model, and whether to cache its vectors."""
    decorators = [
        click.option("--model", default=None, metavar="NAME", envvar="FRAMEDIFF_MODEL",
                     help="Embedding model: minilm-int8-static (default, bundled) or any sentence-transformers model installed here."),
        click.option("--no-cache", is_flag=True, help="Do not read or write the embedding cache."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def settings_options(refuse_min_outlets: str | None = None) -> Callable[[F], F]:
    """--threshold, --min-outlets, --lead-prior, --model and --no-cache, handed to the command as one ``settings: Settings``
    that reads as its ``sources`` say. ``refuse_min_outlets``: why --min-outlets does not apply to this command."""

    def wrap(func: F) -> F:
        @functools.wraps(func)
        def command(*args: Any, threshold: float | None, min_outlets: int | None, lead_prior: float, model: str | None, no_cache: bool,
                    **kwargs: Any) -> Any:
            from framediff.settings import Settings

            if refuse_min_outlets and min_outlets is not None:
                raise click.UsageError(f"--min-outlets does not apply to {refuse_min_outlets}")
            settings = Settings(threshold=threshold, min_outlets=min_outlets or 1, lead_prior=lead_prior, model=model,
                                use_cache=not no_cache)
            if "sources" in kwargs:
                settings = replace(settings, read=kwargs["sources"].options)
            return func(*args, settings=settings, **kwargs)

        decorators = [
            click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
                         help="Probability from which two sentences state the same claim (default: calibrated, see README)."),
            click.option("--min-outlets", type=click.IntRange(1), default=None,
                         help="Show only claims carried by at least N outlets [default: 1]."),
            click.option("--lead-prior", type=click.FloatRange(0.0, 10.0), default=2.5, show_default=True, metavar="LOGODDS",
                         help="How much likelier headlines and first sentences are to state one claim (news leads with its main "
                              "event); 0 for text that is not news. See README."),
        ]
        command = model_options(command)
        for decorator in reversed(decorators):
            command = decorator(command)
        return command  # type: ignore[return-value]

    return wrap


@contextlib.contextmanager
def progress_reporter() -> Iterator[Callable[[str], None]]:
    """A Rich status line on stderr while the long stages run; nothing when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield lambda stage: None
        return
    from rich.console import Console

    console = Console(stderr=True, markup=False, highlight=False, emoji=False)
    with console.status("reading") as status:
        yield lambda stage: status.update(stage)

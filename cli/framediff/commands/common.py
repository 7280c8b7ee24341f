"""What every command shares: input options, output options, errors, the emitter.

Only this package imports Click; Rich is imported when a text report is drawn.
"""

from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Callable, Iterator, Sequence, TypeVar

import click

from ..errors import ExitStatus, FramediffError

if TYPE_CHECKING:
    from rich.console import Console

    from ..article import Article

F = TypeVar("F", bound=Callable[..., Any])


class CommandError(click.ClickException):
    """A :class:`FramediffError` on its way out, with its exit status."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click declares it on the class; an instance may carry its own

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"framediff: error: {self.format_message()}", err=True)


def warn(message: str) -> None:
    click.echo(f"framediff: warning: {message}", err=True)


@contextlib.contextmanager
def user_errors() -> Iterator[None]:
    """Turn the core's exceptions into one line on stderr and an exit status."""
    try:
        yield
    except FramediffError as err:
        raise CommandError(str(err), int(err.exit_status)) from None


def input_options(func: F) -> F:
    """INPUT... plus --label, --keep-boilerplate and --skip-bad."""
    decorators = [
        click.argument("inputs", nargs=-1, required=True, metavar="INPUT..."),
        click.option(
            "--label", "labels", multiple=True, metavar="NAME",
            help="Label for the next input, in order (repeat per input). NAME=PATH also works.",
        ),
        click.option("--keep-boilerplate", is_flag=True, help="Keep share buttons, captions and the like as text."),
        click.option("--skip-bad", is_flag=True, help="Skip unreadable inputs with a warning instead of failing."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def output_options(formats: Sequence[str]) -> Callable[[F], F]:
    """--format, -o, --color/--no-color and --width."""

    def wrap(func: F) -> F:
        decorators = [
            click.option("--format", "fmt", type=click.Choice(list(formats)), default=formats[0], show_default=True, help="Output format."),
            click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True), default="-", help="Write to FILE instead of standard output."),
            click.option("--color/--no-color", default=None, help="Colour the text report (default: only on a terminal; honours NO_COLOR and FORCE_COLOR)."),
            click.option("--width", type=click.IntRange(40, 1000), default=None, help="Width of the text report in columns (default: the terminal's)."),
        ]
        for decorator in reversed(decorators):
            func = decorator(func)
        return func

    return wrap


@dataclass(frozen=True)
class Output:
    """Where and how a command writes its data."""

    fmt: str
    path: str
    color: bool | None
    width: int | None

    @contextlib.contextmanager
    def stream(self) -> Iterator[IO[str]]:
        if self.path == "-":
            yield sys.stdout
            return
        try:
            with open(self.path, "w", encoding="utf-8", newline="\n") as handle:
                yield handle
        except OSError as err:
            raise CommandError(f"{self.path}: cannot write: {err.strerror or err}", int(ExitStatus.USAGE)) from None

    def write(self, text: str) -> None:
        with self.stream() as handle:
            handle.write(text if text.endswith("\n") or not text else text + "\n")

    def console(self, handle: IO[str]) -> Console:
        """A Rich console that never reads markup, emoji codes or highlights."""
        from rich.console import Console

        to_terminal = self.path == "-" and handle.isatty()
        force = self.color if self.color is not None else (True if os.environ.get("FORCE_COLOR") else None)
        no_color = self.color is False or (self.color is None and bool(os.environ.get("NO_COLOR")))
        width = self.width
        if width is None and not to_terminal:
            width = int(os.environ.get("COLUMNS", 0) or 0) or 100
        return Console(
            file=handle,
            force_terminal=force if force is not None else to_terminal,
            no_color=no_color,
            color_system="auto" if not no_color else None,
            width=width,
            markup=False,
            emoji=False,
            highlight=False,
            soft_wrap=False,
            legacy_windows=False,
        )


def label_inputs(inputs: Sequence[str], labels: Sequence[str]) -> list[Any]:
    """Pair each --label with its input, in order."""
    from ..loading import InputSpec, parse_input

    if len(labels) > len(inputs):
        raise click.UsageError(f"{len(labels)} --label options for {len(inputs)} inputs: give at most one label per input")
    specs = []
    for i, raw in enumerate(inputs):
        spec = parse_input(raw)
        if i < len(labels):
            if os.path.isdir(spec.source):
                raise click.UsageError(f"--label {labels[i]!r}: {spec.source} is a directory; label its files one by one")
            spec = InputSpec(spec.source, labels[i])
        specs.append(spec)
    return specs


def read_inputs(inputs: Sequence[str], labels: Sequence[str], keep_boilerplate: bool, skip_bad: bool, minimum: int = 1) -> list[Article]:
    """Load, clean and split the inputs, or fail with one line."""
    from ..pipeline import ReadOptions, read_articles

    specs = label_inputs(inputs, labels)
    stdin_uses = sum(1 for s in specs if s.source == "-")
    if stdin_uses > 1:
        raise click.UsageError("standard input (-) can be read only once")
    with user_errors():
        articles = read_articles(specs, ReadOptions(keep_boilerplate=keep_boilerplate, skip_bad=skip_bad), stdin=sys.stdin.buffer, warn=warn)
    if len(articles) < minimum:
        raise CommandError(f"need at least {minimum} articles, got {len(articles)}", int(ExitStatus.USAGE))
    return articles


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


def align_options(func: F) -> F:
    decorators = [
        click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
                     help="Probability from which two sentences state the same claim (default: calibrated, see README)."),
        click.option("--min-outlets", type=click.IntRange(1), default=1, show_default=True, help="Show only claims carried by at least N outlets."),
        click.option("--lead-prior", type=click.FloatRange(0.0, 10.0), default=2.5, show_default=True, metavar="LOGODDS",
                     help="How much likelier headlines and first sentences are to state one claim (news leads with its main "
                          "event); 0 for text that is not news. See README."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


@contextlib.contextmanager
def progress_reporter() -> Iterator[Callable[[str], None]]:
    """A Rich status line on stderr while the long stages run; nothing when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield lambda stage: None
        return
    from rich.console import Console

    console = Console(stderr=True, markup=False, highlight=False)
    with console.status("reading") as status:
        yield lambda stage: status.update(stage)


def run_alignment(
    articles: list[Article], model: str | None, no_cache: bool, threshold: float | None, min_outlets: int, lead_prior: float
) -> Any:
    from ..alignment import AlignOptions, align_articles
    from ..embedding import Embedder

    with user_errors(), progress_reporter() as report:
        embedder = Embedder(model=model, use_cache=not no_cache, warn=warn)
        return align_articles(articles, embedder, AlignOptions(threshold=threshold, min_outlets=min_outlets, lead_prior=lead_prior), progress=report)

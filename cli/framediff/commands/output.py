"""Where and how a command writes its data: format, file, colour, width, pager.

Colour follows git and ripgrep: ``--color auto`` (the default) colours only a
terminal, and not when ``NO_COLOR`` is set or ``TERM=dumb``; ``FORCE_COLOR``
(any value but ``0`` or empty) colours a pipe or a dumb terminal too, unless
``NO_COLOR`` is set: ``NO_COLOR`` wins, as no-color.org asks. ``--color
always|never`` and ``--no-color`` beat both. A report that is not coloured spells its
changes out with markers, so a file or a pipe never loses them: piped output
with nothing set is byte for byte the ``--no-color`` output.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import re
import shutil
import stat
import sys
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence, TypeVar

import click

from framediff.errors import ExitStatus
from framediff.commands.messages import CommandError

if TYPE_CHECKING:
    from rich.console import Console

F = TypeVar("F", bound=Callable[..., Any])

MIN_WIDTH, MAX_WIDTH, DEFAULT_WIDTH = 40, 1000, 100
# Which format -o FILE implies when --format is not given, as pandoc reads extensions.
SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown", ".json": "json", ".jsonl": "jsonl",
                  ".ndjson": "jsonl",
                  ".txt": "text", ".text": "text"}
# Extensions of formats framediff does not write: "-o report.pdf" would be a text file under a PDF's name, which a
# viewer then fails to open. Refused unless --format says what to write there.
FOREIGN_SUFFIXES = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".tex", ".csv", ".tsv", ".xls", ".xlsx", ".ods",
                              ".xml", ".yaml", ".yml", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"})
_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$", re.M)


def env_width(default: int = DEFAULT_WIDTH) -> int:
    """``COLUMNS`` if it is a number (clamped to what a report can use), else ``default``."""
    raw = os.environ.get("COLUMNS", "").strip()
    if not raw.isascii() or not raw.isdigit():
        return default
    return min(max(int(raw), MIN_WIDTH), MAX_WIDTH)


def color_wanted(when: str, to_terminal: bool) -> bool:
    """``--color WHEN`` against the environment and the stream."""
    if when in ("always", "never"):
        return when == "always"
    if os.environ.get("NO_COLOR"):  # no-color.org, as git: NO_COLOR wins over FORCE_COLOR
        return False
    force = os.environ.get("FORCE_COLOR")
    if force is not None and force.strip() not in ("", "0"):
        return True
    if os.environ.get("TERM", "").lower() == "dumb":
        return False
    return to_terminal


def strip_trailing_blanks(text: str) -> str:
    """Remove the padding Rich leaves at the end of table and grid lines (colour codes after it are kept)."""
    return _TRAILING.sub(r"\1", text)


@dataclass(frozen=True)
class Output:
    """Where and how a command writes its data."""

    fmt: str
    path: str = "-"
    color: str = "auto"  # auto | always | never
    width: int | None = None
    pager: bool = True
    sections: frozenset[str] | None = None  # the text report's sections to write (None: all)
    stream: bool = False  # each line flushed as it comes: results made slowly (scored pairs, batch events)

    @property
    def to_terminal(self) -> bool:
        return self.path == "-" and _isatty(sys.stdout)

    @property
    def colored(self) -> bool:
        return color_wanted(self.color, self.to_terminal)

    def text_width(self) -> int:
        if self.width is not None:
            return self.width
        if self.to_terminal:
            columns = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
            return min(max(columns, MIN_WIDTH), MAX_WIDTH)
        return env_width()

    def console(self, handle: IO[str]) -> Console:
        """A Rich console that never reads markup, emoji codes or highlights, and colours only when :attr:`colored`."""
        from rich.console import Console

        colored = self.colored
        return Console(
            file=handle,
            force_terminal=colored,
            no_color=not colored,
            color_system="auto" if colored else None,
            width=self.text_width(),
            markup=False,
            emoji=False,
            highlight=False,
            soft_wrap=False,
            legacy_windows=False,
        )

    def text(self, draw: Callable[[Console], None]) -> None:
        """Draw a text report, then write it (through a pager when it is long and stdout is a terminal)."""
        buffer = io.StringIO()
        draw(self.console(buffer))
        report = strip_trailing_blanks(buffer.getvalue())
        if self.pager and self.to_terminal and report.count("\n") > shutil.get_terminal_size((80, 24)).lines - 1 and _page(report):
            return
        self.write(report)

    def write(self, text: str) -> None:
        end = "" if text.endswith("\n") or not text else "\n"  # written apart: text + "\n" would copy a large document
        if self.path == "-":
            _write_stdout(text)
            if end:
                _write_stdout(end)
            return
        try:
            with replacing(self.path) as handle:
                handle.write(text)
                handle.write(end)
        except OSError as err:
            raise CommandError(f"{self.path}: cannot write: {err.strerror or err}", int(ExitStatus.USAGE)) from None

    def write_lines(self, lines: Iterable[str]) -> None:
        """Write each line as it comes (JSON Lines), never holding them all. A failure of the file is reported as one;
        a failure of what makes the lines (reading the input, say) goes on as it is."""
        if self.path == "-":
            try:
                for line in lines:
                    sys.stdout.write(line)
                    if self.stream:
                        sys.stdout.flush()
                sys.stdout.flush()
            except BrokenPipeError:
                quiet_stdout()
            return
        made, making = iter(lines), False
        try:
            with replacing(self.path) as handle:
                while True:
                    making = True
                    piece = next(made, None)
                    making = False
                    if piece is None:
                        break
                    handle.write(piece)
        except OSError as err:
            if making:
                raise
            raise CommandError(f"{self.path}: cannot write: {err.strerror or err}", int(ExitStatus.USAGE)) from None


@contextlib.contextmanager
def replacing(path: str) -> Iterator[IO[str]]:
    """A text file that takes ``path``'s place only when it is whole: written to a temporary file in the same folder
    and renamed into place, so that a reader sees the old file or the whole new one, never a cut one (a full disk,
    a signal). On any failure the temporary file is removed and ``path`` is left as it was."""
    import tempfile

    target = os.path.realpath(path)  # through a symbolic link, as open() writes
    fd, temporary = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".part", dir=os.path.dirname(target))
    handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
    try:
        os.fchmod(fd, _file_mode(target))
        yield handle
        handle.flush()
        os.fsync(fd)
        handle.close()
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            handle.close()  # its buffer may not fit on the disk either: the first error is the one to tell
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _file_mode(path: str) -> int:
    """The permissions ``open(path, "w")`` would leave: the file's own when it exists, else 0666 less the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _write_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        quiet_stdout()


def quiet_stdout() -> None:
    """The reader went away (``| head``): send what is left to /dev/null, so that Python's exit flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _page(text: str) -> bool:
    """Show ``text`` in ``$PAGER`` (or ``less``), as git does: False when there is no pager to run."""
    command = os.environ.get("PAGER", "less").strip()
    if not command or command == "cat":
        return False
    if command == "less" and shutil.which("less") is None:
        return False
    import subprocess

    env = dict(os.environ)
    env.setdefault("LESS", "FRX")  # quit when it fits, keep colours, leave the screen as it was
    env.setdefault("LV", "-c")
    try:
        # $PAGER is a shell command by convention
        proc = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)  # noqa: S602
    except OSError:
        return False
    assert proc.stdin is not None
    try:
        proc.stdin.write(text.encode("utf-8", "replace"))
        proc.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager early
    import signal

    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C belongs to the pager, as in git
    try:
        proc.wait()
    finally:
        signal.signal(signal.SIGINT, previous)
    return True


# Other names a user types for a format: a thirty-seventh trial's "--format md" was refused
FORMAT_ALIASES = {"md": "markdown"}


def resolve_format(fmt: str | None, path: str, formats: Sequence[str]) -> str:
    """``--format`` ("md" is "markdown"), or the one ``-o FILE``'s extension names, or the command's first."""
    if fmt is not None:
        return FORMAT_ALIASES.get(fmt, fmt)
    if path != "-":
        suffix = os.path.splitext(path)[1].lower()
        if suffix in FOREIGN_SUFFIXES:
            raise click.UsageError(f"-o {path}: framediff does not write {suffix[1:].upper()}; this command writes "
                                   f"{', '.join(formats)} (give --format to write one of them under this name)")
        implied = SUFFIX_FORMATS.get(suffix)
        if implied is not None:
            if implied not in formats:
                raise click.UsageError(f"-o {path}: this command writes {', '.join(formats)}, not {implied}; give --format")
            return implied
    return formats[0]


def check_writable(path: str) -> None:
    """Fail before any work when ``-o FILE`` cannot be written."""
    if path == "-":
        return
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(path):
        raise click.UsageError(f"-o {path}: is a directory")
    if not os.path.isdir(folder):
        raise click.UsageError(f"-o {path}: no such folder {folder}")
    if not os.access(folder, os.W_OK) or (os.path.exists(path) and not os.access(path, os.W_OK)):
        raise click.UsageError(f"-o {path}: permission denied")


def output_options(formats: Sequence[str]) -> Callable[[F], F]:
    """--format, -o, --color/--no-color, --width and --no-pager, handed to the command as one ``out: Output``."""

    def wrap(func: F) -> F:
        @functools.wraps(func)
        def command(*args: Any, fmt: str | None, output: str, color: str, no_color: bool, width: int | None, no_pager: bool,
                    **kwargs: Any) -> Any:
            chosen = resolve_format(fmt, output, formats)
            check_writable(output)
            out = Output(chosen, output, "never" if no_color else color, width, pager=not no_pager)
            return func(*args, out=out, **kwargs)

        decorators = [
            click.option("--format", "fmt", type=click.Choice([*formats, *(a for a, f in FORMAT_ALIASES.items() if f in formats)]),
                         default=None,
                         help=f"Output format [default: {formats[0]}, or what -o FILE's extension names]."),
            click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
                         help="Write to FILE instead of standard output."),
            click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                         metavar="[auto|always|never]",
                         help="Colour the text report: auto colours a terminal only (NO_COLOR and TERM=dumb turn it off, FORCE_COLOR on; "
                              "NO_COLOR wins). Without colour, changes are spelled out as {+added+} and [-left out-]."),
            click.option("--no-color", is_flag=True, help="Same as --color never."),
            click.option("--width", type=click.IntRange(MIN_WIDTH, MAX_WIDTH), default=None,
                         help="Width of the text report in columns (default: the terminal's, or COLUMNS, or 100)."),
            click.option("--no-pager", is_flag=True,
                         help="Never page a long text report (by default it opens in $PAGER or less on a terminal)."),
        ]
        for decorator in reversed(decorators):
            command = decorator(command)
        return command  # type: ignore[return-value]

    return wrap

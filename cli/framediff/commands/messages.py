"""Every line framediff writes to stderr goes through here, escaped.

File names, URLs, server reason phrases and record fields reach error and
warning messages; like article text they are data, so control characters and
bidi overrides are shown as escapes (``\\x1b``), never sent to the terminal, and so are
invisible characters (``\\u200b``): a name that looks like another is shown as the other name it is.
"""

from __future__ import annotations

from typing import IO, Any

import click

from framediff.safetext import shown


def say(line: str) -> None:
    """One escaped line on stderr."""
    try:
        click.echo(shown(line), err=True)
    except (BrokenPipeError, OSError):
        pass  # stderr is gone: nothing left to tell


def warn(message: str) -> None:
    say(f"framediff: warning: {message}")


class CommandError(click.ClickException):
    """A failure on its way out: one escaped line and an exit status."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click declares it on the class; an instance may carry its own

    def show(self, file: IO[Any] | None = None) -> None:
        say(f"framediff: error: {self.format_message()}")

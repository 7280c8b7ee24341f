"""The command line: a thin Click layer over :mod:`framediff`'s core."""

from __future__ import annotations

import os
import sys
from typing import Any, Sequence

import click

from .. import __version__
from ..errors import ExitStatus
from ..safetext import visible
from .messages import say
from .output import quiet_stdout

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C


class FramediffGroup(click.Group):
    """Lists commands in the order they were added; every way out is one escaped line and an exit status."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        try:
            status = super().main(args, prog_name or "framediff", complete_var, standalone_mode=False, **extra)
        except click.ClickException as err:
            err.message = visible(err.message)  # type: ignore[misc]  # escaped in place: Click shows it
            err.show()
            status = err.exit_code
        except (click.Abort, KeyboardInterrupt):
            say("framediff: interrupted")
            status = INTERRUPTED
        except BrokenPipeError:
            # The reader (head, less) went away: not an error of ours.
            quiet_stdout()
            status = int(ExitStatus.OK)
        except Exception as err:  # noqa: BLE001 - last resort: one line, no traceback
            if os.environ.get("FRAMEDIFF_DEBUG"):
                raise
            say(f"framediff: internal error: {type(err).__name__}: {err} (set FRAMEDIFF_DEBUG=1 for a traceback)")
            status = int(ExitStatus.FAILURE)
        status = status if isinstance(status, int) else 0
        if not standalone_mode:
            return status
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            quiet_stdout()
        sys.exit(status)


@click.group(cls=FramediffGroup, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="framediff")
def main() -> None:
    """Show how different news outlets told the same story.

    Give it several articles about one event (files, a folder, URLs, - for
    standard input, or JSON Lines). It cleans them, splits sentences, finds the
    sentences that state the same claim across outlets and shows, word by word,
    how each outlet put it.

    \b
    Examples:
      framediff compare seeds/
      framediff sentences --format json seeds/ | jq '.articles[].title'
    """


def _register() -> None:
    from . import align, compare, framing, score, sentences

    main.add_command(compare.compare)
    main.add_command(compare.diff)
    main.add_command(sentences.sentences)
    main.add_command(align.align)
    main.add_command(framing.framing)
    main.add_command(score.score)


_register()

"""The command line: a thin Click layer over :mod:`framediff`'s core."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from .. import __version__
from ..errors import ExitStatus

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class FramediffGroup(click.Group):
    """Lists commands in the order they were added; ends broken pipes and crashes quietly."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # The reader (head, less) went away: not an error of ours.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(int(ExitStatus.OK))
        except Exception as err:  # noqa: BLE001 - last resort: one line, no traceback
            if os.environ.get("FRAMEDIFF_DEBUG"):
                raise
            click.echo(f"framediff: internal error: {type(err).__name__}: {err} (set FRAMEDIFF_DEBUG=1 for a traceback)", err=True)
            ctx.exit(int(ExitStatus.FAILURE))


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
      framediff sentences --format json article.html | jq '.articles[].title'
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

"""The command line: a thin Click layer over :mod:`framediff`'s core."""

from __future__ import annotations

import os
import signal
import sys
import threading
from types import FrameType
from typing import Any, Sequence

import click

from framediff import __version__
from framediff.errors import ExitStatus
from framediff.safetext import visible
from framediff.commands.messages import say
from framediff.commands.output import quiet_stdout

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl-C
TERMINATED = 143  # 128 + SIGTERM: what timeout(1), systemd and Kubernetes send
_interrupted: int | None = None  # the signal that stopped the run, if one did


class Interrupted(BaseException):
    """A Ctrl-C or a SIGTERM. Not a KeyboardInterrupt, which Click answers with a blank line of its own. Raised where
    the run is, it unwinds it as an error would: worker pools stop their workers, temporary files are removed."""


def _on_interrupt(signum: int, frame: FrameType | None) -> None:
    """Python's own SIGINT behaviour, remembered, and the same for SIGTERM: a library that turns the interrupt into
    another error (onnxruntime's import gives "ImportError: initialization failed") still ends the run as a signal."""
    global _interrupted
    _interrupted = signum
    raise Interrupted


def _resend(signum: int) -> None:
    """Delivers the signal again, once the interpreter has left the finaliser it landed in."""
    if signal.getsignal(signum) is _on_interrupt:
        os.kill(os.getpid(), signum)


def _on_unraisable(unraisable: Any) -> None:
    """An interrupt that lands inside a finaliser (a ``__del__`` run by the garbage collector) cannot unwind the run:
    Python prints it as "Exception ignored" and carries on. Such an interrupt is sent again a moment later, from
    outside the finaliser, so the run still stops with its one line; any other unraisable error is reported as
    Python would."""
    if isinstance(unraisable.exc_value, Interrupted) and _interrupted is not None:
        resend = threading.Timer(0.01, _resend, (_interrupted,))
        resend.daemon = True
        resend.start()
        return
    sys.__unraisablehook__(unraisable)


def _stopped() -> int:
    """One line and the exit status for the signal that stopped the run."""
    if _interrupted == signal.SIGTERM:
        say("framediff: terminated")
        return TERMINATED
    say("framediff: interrupted")
    return INTERRUPTED


class FramediffGroup(click.Group):
    """Lists commands in the order they were added; every way out is one escaped line and an exit status."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        global _interrupted
        _interrupted = None
        previous = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM)}
        unraisable_hook = sys.unraisablehook
        sys.unraisablehook = _on_unraisable
        for number, default in ((signal.SIGINT, signal.default_int_handler), (signal.SIGTERM, signal.SIG_DFL)):
            if previous[number] is default:
                signal.signal(number, _on_interrupt)
        try:
            status = super().main(args, prog_name or "framediff", complete_var, standalone_mode=False, **extra)
            if _interrupted:
                raise KeyboardInterrupt
        except (click.Abort, KeyboardInterrupt, Interrupted):
            status = _stopped()
        except Exception as err:
            status = self._failed(err)
        finally:
            sys.unraisablehook = unraisable_hook
            for number, handler in previous.items():
                if signal.getsignal(number) is _on_interrupt:
                    signal.signal(number, handler)
        status = status if isinstance(status, int) else 0
        if not standalone_mode:
            return status
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            quiet_stdout()
        sys.exit(status)

    @staticmethod
    def _failed(err: Exception) -> int:
        """One escaped line for ``err``, and its exit status."""
        if _interrupted:  # a Ctrl-C or SIGTERM that a library turned into another error
            return _stopped()
        help_only = getattr(click.exceptions, "NoArgsIsHelpError", ())  # `framediff` alone: the help, as Click shows it
        if isinstance(err, click.UsageError) and not isinstance(err, help_only):
            # One line in framediff's own form, as every other error, then where to find help (not Click's "Error:").
            say(f"framediff: error: {err.format_message()}")
            if err.ctx is not None:
                say(f"Try '{err.ctx.command_path} --help' for help.")
            return err.exit_code
        if isinstance(err, click.ClickException):
            err.message = visible(err.message)  # type: ignore[misc]  # escaped in place: Click shows it
            err.show()
            return err.exit_code
        if isinstance(err, BrokenPipeError):
            # The reader (head, less) went away: not an error of ours.
            quiet_stdout()
            return int(ExitStatus.OK)
        if os.environ.get("FRAMEDIFF_DEBUG"):
            raise err
        say(f"framediff: internal error: {type(err).__name__}: {err} (set FRAMEDIFF_DEBUG=1 for a traceback)")
        return int(ExitStatus.FAILURE)


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
    from framediff.commands import align, batch, compare, framing, score, sentences, summary

    main.add_command(compare.compare)
    main.add_command(compare.diff)
    main.add_command(sentences.sentences)
    main.add_command(align.align)
    main.add_command(framing.framing)
    main.add_command(score.score)
    main.add_command(batch.batch)
    main.add_command(summary.summary)


_register()

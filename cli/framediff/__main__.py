"""``python -m framediff`` and the ``framediff`` script.

:func:`run` imports the command line inside a guard, so that a Ctrl-C while
Click and the commands are still loading exits 130 quietly, like one later on.
For a command that may parse, it first starts the parsing process
(:func:`framediff.language.parser.start`): spaCy's import and load then use the
other core while the command line loads, and the run ends it if it needs no parse.
"""

import atexit
import os
import signal
import sys


PARSING = frozenset({"compare", "framing", "align", "diff"})  # the commands that may parse English sentences


def run() -> None:
    try:
        if sys.argv[1:2] and sys.argv[1] in PARSING and not {"-h", "--help"} & set(sys.argv[2:]):
            _start_parsing()
        from framediff.commands import main
    except KeyboardInterrupt:
        sys.stderr.write("framediff: interrupted\n")
        sys.exit(130)
    try:
        main(prog_name="framediff")
        status: object = 0
    except SystemExit as done:
        status = done.code
    finally:
        # The work is done (or abandoned): a Ctrl-C while Python shuts down changes nothing.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _leave(status)


def _leave(status: object) -> None:
    """End the process as ``sys.exit(status)`` would, without Python's teardown of every module and object.

    The output is written and flushed, and the exit handlers run (the parsing process is ended, temporary files are
    removed, the cache is closed); the teardown after them changes nothing a user sees, and took 0.06 to 0.1 s of a
    run (a cold compare of the seeds takes 1.5 s, a warm one 0.6 s)."""
    if isinstance(status, str):  # sys.exit("message"): the message on stderr, status 1
        sys.stderr.write(status + "\n")
        status = 1
    code = status if isinstance(status, int) else 0 if status is None else 1
    _flush()
    atexit._run_exitfuncs()
    _flush()  # what an exit handler wrote
    os._exit(code)


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away, or a stream already closed
            pass


def _start_parsing() -> None:
    """Start the parsing process, with Ctrl-C held back until it has started: one that lands inside the imports or the
    process's start can leave a module half imported, or be swallowed by a finaliser, and the run goes on. Held, it
    arrives just after, where it stops the run as anywhere else."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if hasattr(signal, "pthread_sigmask") else None
    try:
        from framediff.language.parser import start

        start()
    finally:
        if held is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)


if __name__ == "__main__":
    run()

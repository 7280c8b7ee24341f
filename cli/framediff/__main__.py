"""``python -m framediff`` and the ``framediff`` script.

:func:`run` imports the command line inside a guard, so that a Ctrl-C while
Click and the commands are still loading exits 130 quietly, like one later on.
For a command that may parse, it first starts the parsing process
(:func:`framediff.language.parser.start`): spaCy's import and load then use the
other core while the command line loads, and the run ends it if it needs no parse.
"""

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
    finally:
        # The work is done (or abandoned): a Ctrl-C while Python shuts down changes nothing.
        signal.signal(signal.SIGINT, signal.SIG_IGN)


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

"""``python -m framediff`` and the ``framediff`` script.

:func:`run` imports the command line inside a guard, so that a Ctrl-C while
Click and the commands are still loading exits 130 quietly, like one later on.
"""

import signal
import sys


def run() -> None:
    try:
        from framediff.commands import main
    except KeyboardInterrupt:
        sys.stderr.write("framediff: interrupted\n")
        sys.exit(130)
    try:
        main(prog_name="framediff")
    finally:
        # The work is done (or abandoned): a Ctrl-C while Python shuts down changes nothing.
        signal.signal(signal.SIGINT, signal.SIG_IGN)


if __name__ == "__main__":
    run()

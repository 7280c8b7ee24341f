"""The English parser in a process of its own, so that spaCy's import, load and parsing run on another core.

A run that will parse starts this process early (:func:`framediff.language.parser.preload`); it imports spaCy and
loads the verified model while the run reads and embeds its sentences, and parses the texts it is sent as they
come. What it sends back is plain data (:mod:`framediff.language.records`), so the run itself never imports spaCy.

The protocol, over the process's standard input and output: each message is a 4-byte big-endian length and a
pickle. A request is ``("want", texts)`` (the run waits for these) or ``("guess", texts)`` (texts the run will likely
want: parsed when nothing is wanted; they replace the guesses not parsed yet). An answer is ``("ok", [(text, record),
...])`` for a few texts at a time, or ``("error", message)`` if the parser cannot be loaded. A text wanted is always
parsed (the run may have dropped its parse); a text guessed is skipped once parsed. The process ends when its input
ends, or when the run ends it. Ctrl-C reaches the whole process group: this process ignores it and ends with the
run, so it prints nothing.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
import threading
from collections import deque
from typing import IO, Any, Callable

HEADER = struct.Struct(">I")
MAX_MESSAGE = 1 << 28  # 256 MB: far past any request or answer; a larger length means the stream is not ours


def write_message(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def read_message(stream: IO[bytes]) -> Any:
    """The next message, or None when the stream has ended."""
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        return None
    (size,) = HEADER.unpack(head)
    if size > MAX_MESSAGE:
        raise ValueError(f"a message of {size} bytes: not this protocol's")
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


def serve(source: IO[bytes], sink: IO[bytes], chunk: int = 4, wanted_chunk: int = 32,
          on_end: Callable[[], None] | None = None) -> None:
    """Answer the requests read from ``source`` on ``sink`` until ``source`` ends: what is wanted first, then what is
    guessed, ``chunk`` texts at a time, so that a text wanted waits for at most one chunk of guesses (and what is
    wanted goes ``wanted_chunk`` at a time, so that answers keep coming while a long request is parsed).

    Requests are read on a thread of their own, so the run can always send (its writes never wait on this process
    writing an answer it has not read yet). When ``source`` ends, ``on_end`` is called (the process ends there: the
    run is gone, and nothing parsed after could reach it); without it, what was asked is answered first."""
    wanted: deque[str] = deque()
    guessed: deque[str] = deque()
    arrived = threading.Condition()
    ended = False

    def read() -> None:
        nonlocal ended
        try:
            while (message := read_message(source)) is not None:
                with arrived:
                    if message[0] == "guess":
                        guessed.clear()  # a new run's guesses (the next event of a batch) replace the last one's
                    (wanted if message[0] == "want" else guessed).extend(message[1])
                    arrived.notify()
        except (OSError, ValueError, pickle.UnpicklingError, EOFError):
            pass
        if on_end is not None:
            on_end()
        with arrived:
            ended = True
            arrived.notify()

    threading.Thread(target=read, name="framediff-parse-requests", daemon=True).start()
    from framediff.errors import ModelError
    from framediff.language.parser import BATCH, english
    from framediff.language.records import record

    import time as _t
    _log = lambda m: sys.stderr.write(f"W {_t.time()%100:.2f} {m}\n") if os.environ.get("FRAMEDIFF_TRACE") else None
    _log("start")
    try:
        nlp, failure = english(), ""
        _log("loaded")
    except ModelError as error:
        nlp, failure = None, str(error)
    done: set[str] = set()
    while True:
        with arrived:
            while not wanted and not guessed and not ended:
                arrived.wait()
            if not wanted and not guessed:
                return
            queue = wanted if wanted else guessed
            texts: list[str] = []
            while queue and len(texts) < (wanted_chunk if queue is wanted else chunk):
                text = queue.popleft()
                if text not in texts and (queue is wanted or text not in done):
                    texts.append(text)
        if nlp is None:
            write_message(sink, ("error", failure))
            return
        done.update(texts)
        if texts:
            _log(f"parse {len(texts)} {'want' if queue is wanted else 'guess'}")
            write_message(sink, ("ok", [(text, record(doc)) for text, doc in zip(texts, nlp.pipe(texts, batch_size=BATCH))]))


def main() -> None:
    """The process: its protocol on the standard output it was given, which nothing else may write to (fd 1 is pointed
    at its standard error, so that a library that prints cannot break a message)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    try:
        serve(sys.stdin.buffer, answers, on_end=lambda: os._exit(0))
    except OSError:  # the run ended first (a broken pipe): nobody is left to answer
        pass
    os._exit(0)


if __name__ == "__main__":
    main()

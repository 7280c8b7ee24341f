"""When the parsing process starts, what it is sent first, and when it is not started at all.

The parse is the price of the linguistic layer on a cold run (spaCy's import and load, 0.6 s of CPU, then the parse):
the run starts the process before it reads, sends it first what it will ask for first, reorders the rest once it
knows which sentences come close to another article's, asks ahead for what framing will read, and starts nothing
when the parses it will ask for first are in the cache."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any, Sequence

import pytest

from framediff.language import parser
from framediff.language.records import record, to_blob

SEEDS = Path(__file__).parent.parent / "seeds"


class _Cache:
    """A parse cache holding the parses of some texts."""

    def __init__(self, texts: Sequence[str]) -> None:
        from framediff.aligning.cache import sentence_key

        self.rows = {sentence_key(t): to_blob(record(parser.english()(t))) for t in texts}

    def get_blobs(self, model: str, keys: Sequence[bytes]) -> dict[bytes, object]:
        return {k: self.rows[k] for k in keys if k in self.rows}

    def put_blobs(self, model: str, items: dict[bytes, bytes]) -> None:
        pass

    def damaged(self, count: int) -> None:
        pass


FIRST = ["Israel and Morocco signed a defence memorandum on Wednesday.", "“This is a historic day,” Gantz said."]
REST = ["The agreement covers intelligence and industry.", "Morocco normalised ties with Israel last year."]


@pytest.fixture
def clean_parser() -> Any:
    """This process's parser as a run starts it: nothing parsed, no parsing process, no cache, spaCy not loaded here
    (the tests load it to check what it parses)."""
    parser._PARSED.clear()
    loaded = parser.loaded
    parser.loaded = lambda: False  # type: ignore[assignment]
    while parser._WORKER:
        parser._WORKER.pop().stop()
    yield parser
    parser.loaded = loaded  # type: ignore[assignment]
    while parser._WORKER:
        parser._WORKER.pop().stop()
    parser.use_cache(None)
    parser._PARSED.clear()


def test_a_run_whose_first_parses_are_cached_starts_no_parsing_process(clean_parser: Any) -> None:
    """A warm run: the leads' and quotes' parses are in the cache, so nothing starts, though sentences it may never ask
    for (guessed by an earlier run and not parsed before it ended) are not; one started ahead is ended."""
    clean_parser.use_cache(_Cache(FIRST), write=False)
    clean_parser.preload(FIRST, REST)
    assert clean_parser._WORKER == []
    clean_parser.start()
    started = clean_parser._WORKER[0]
    clean_parser.preload(FIRST, REST)
    assert clean_parser._WORKER == [] and started.process.poll() is not None


def test_a_run_with_a_first_parse_missing_sends_the_rest_too(clean_parser: Any) -> None:
    clean_parser.use_cache(_Cache(FIRST[:1]), write=False)
    clean_parser.preload(FIRST, REST)
    assert list(clean_parser._WORKER[0].guessed) == [FIRST[1], *REST]


class _Listening:
    """A parsing process that only records what it is sent."""

    def __init__(self, guessed: Sequence[str]) -> None:
        self.guessed = dict.fromkeys(guessed)
        self.sent: list[tuple[str, list[str]]] = []

    def send(self, kind: str, texts: Sequence[str]) -> bool:
        self.sent.append((kind, list(texts)))
        return True

    def stop(self) -> bool:
        return False


def test_prefer_puts_the_sentences_named_first_and_sends_no_new_text(clean_parser: Any) -> None:
    listening = _Listening([*FIRST, *REST])
    clean_parser._WORKER.append(listening)
    clean_parser.prefer([REST[1], "A sentence it was never sent.", FIRST[1]])
    assert listening.sent == [("guess", [REST[1], FIRST[1], FIRST[0], REST[0]])]


ASKED_AHEAD = """
import time
import framediff.language.parser as p
texts = {texts!r}
counted = []
keep = p._Worker.keep
def counting(self, answer):
    if isinstance(answer, tuple) and answer[0] == "ok":
        counted.extend(text for text, _ in answer[1])
    return keep(self, answer)
p._Worker.keep = counting
p.expect(["The process has loaded spaCy once this is parsed."])
p.parse(["The process has loaded spaCy once this is parsed."])
counted.clear()
p.expect(texts)
busy = p.busy()
time.sleep(0.01)
p.parse(texts[:5])  # asked for while the process parses the first 32 of them
p.parse(texts)
print(busy, sorted(counted) == sorted(texts))
"""


def test_texts_asked_for_ahead_are_parsed_once_by_the_parsing_process() -> None:
    """expect() asks without waiting; a parse() of the same texts then waits for them, and asks for none again (the
    process parses every text it is asked for, even one it is parsing); while the process runs, busy() says so."""
    texts = [f"Sentence {k} of the article says that the port will reopen on Monday." for k in range(40)]
    done = subprocess.run([sys.executable, "-c", ASKED_AHEAD.format(texts=texts)], capture_output=True, text=True, timeout=300,
                          check=True)
    assert done.stdout.split() == ["True", "True"]


def test_the_sentence_models_leave_a_core_to_a_parsing_process_that_runs(clean_parser: Any, monkeypatch: Any) -> None:
    from framediff.aligning import encoders

    monkeypatch.delenv("FRAMEDIFF_THREADS", raising=False)
    monkeypatch.setattr(encoders, "usable_cores", lambda: 4)
    monkeypatch.setattr(clean_parser, "busy", lambda: True)
    assert encoders._threads() == 3
    monkeypatch.setattr(clean_parser, "busy", lambda: False)
    assert encoders._threads() == 4


def test_what_framing_parses_is_asked_for_ahead(clean_parser: Any, monkeypatch: Any) -> None:
    """Every sentence naming and facts parse, and every sentence the quote finder reads first, is among the sentences
    framing asks for before its analyses run (a neighbour the quote finder reaches for later is asked when reached)."""
    import framediff
    from framediff.frame import _to_parse, analyse
    from framediff.frame.quotes import sentences_to_parse
    from framediff.reading.languages import is_english

    comparison = framediff.compare([str(SEEDS)], use_cache=False, framing=False)
    english = [a for a in comparison.alignment.articles if is_english(a.language)]
    ahead = set(_to_parse(comparison, english))
    calls: list[list[str]] = []
    real = parser.parse

    def recording(texts: Sequence[str]) -> list[Any]:
        calls.append(list(texts))
        return real(texts)

    monkeypatch.setattr(parser, "parse", recording)
    analyse(comparison)
    assert len(calls) > 3 and all(set(call) <= ahead or len(call) == 1 for call in calls)
    first_read = {t for a in english for t in sentences_to_parse(a)}
    assert first_read and first_read <= ahead


def test_spacy_still_finds_its_plugins_by_entry_point() -> None:
    """Entry points are read by group once (not every installed package's at every lookup); a plugin registered by
    entry point, as spacy-legacy's architectures are, is still found."""
    import catalogue

    spacy = parser.import_spacy()
    assert isinstance(catalogue.AVAILABLE_ENTRY_POINTS, dict) and "spacy_architectures" in catalogue.AVAILABLE_ENTRY_POINTS
    assert callable(spacy.registry.architectures.get("spacy-legacy.Tok2Vec.v1"))


EARLY = """
import sys
import framediff.language.parser as p
p.start = lambda: print("started", "framediff.commands" not in sys.modules, file=sys.stderr, flush=True)
sys.argv = ["framediff", *{argv!r}]
from framediff.__main__ import run
run()
"""


@pytest.mark.parametrize("argv, started", [
    (["compare", "--no-framing", "--no-cache", "SEEDS"], True),
    (["align", "--no-cache", "SEEDS"], True),
    (["compare", "--help"], False),
    (["sentences", "SEEDS"], False),
    (["--help"], False),
])
def test_a_command_that_may_parse_starts_the_parsing_process_before_the_command_line_loads(argv: list[str], started: bool) -> None:
    argv = [str(SEEDS) if a == "SEEDS" else a for a in argv]
    done = subprocess.run([sys.executable, "-c", EARLY.format(argv=argv)], capture_output=True, text=True, timeout=300)
    first = [line for line in done.stderr.splitlines() if line.startswith("started")][:1]
    assert (first == ["started True"]) == started, done.stderr[-500:]

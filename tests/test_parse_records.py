"""A parse as plain data (framediff.language.records) and the process that parses (framediff.language.worker).

Every analysis reads the records, never spaCy's objects: each attribute they offer must answer as spaCy's does, on
real sentences, and a parse made by the parsing process must be the parse made here."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from framediff.errors import ModelError
from framediff.language import parser
from framediff.language.records import Doc, from_blob, record, to_blob
from framediff.language.worker import read_message, serve, write_message

DATA = Path(__file__).parent / "data"

# real news sentences: honorifics and party tags, quotes and attributions, numbers, dates and money, coordination,
# appositions, possessives, a fragment, a non-projective-looking inversion
SENTENCES = [
    "Former Rep. Barney Frank (D-Mass.) was the only one to vote against it.",
    "“Who wouldn't be?” said the legislator, who asked not to be named.",
    "He didn’t vote on Sept. 11, 2013, Mr. Sellers said.",
    "The U.S. paid $1.1 million, or 20%, to Sen. Ted Cruz's campaign at 9:30 a.m. on Friday.",
    "The Senate voted 97-1 on Thursday to confirm her, and the House followed a week later.",
    "Israel's defense ministry and Morocco's army signed the memorandum in Rabat, officials said.",
    "“We will not back down,” Arpaio, the sheriff of Maricopa County, told reporters on Tuesday.",
    "Scalia asked.",
    "Speaker John Boehner, Senate Majority Leader Harry Reid and President Obama met for two hours.",
    "The vote was  97-1 \n on Thursday, and -- as expected -- it passed.",
    "Not since 1979 has a sitting president been so unpopular with voters under 30, according to the poll.",
]


def _spacy_view(doc: Any) -> dict[str, Any]:
    """Everything the analyses read, as spaCy's own objects give it."""
    n = len(doc)
    return {
        "text": doc.text,
        "tokens": [(t.i, t.idx, t.text, t.text_with_ws, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_, t.lower_,
                    t.like_num, t.is_punct, t.is_digit, t.is_alpha, t.left_edge.i, t.right_edge.i,
                    [c.i for c in t.children], [c.i for c in t.lefts], [c.i for c in t.rights], [c.i for c in t.subtree],
                    [c.i for c in t.conjuncts], len(t)) for t in doc],
        "ents": [(e.start, e.end, e.label_, e.text, e.start_char, e.end_char, e.root.i, [t.i for t in e]) for e in doc.ents],
        "chunks": [(c.start, c.end, c.text, c.root.i, c.label_) for c in doc.noun_chunks],
        "spans": [(a, b, doc[a:b].text, doc[a:b].root.i if b > a else None, len(doc[a:b]), doc[a:b].text_with_ws)
                  for a in range(n) for b in range(a, n + 1)],
        "negative": [doc[-k].i for k in range(1, n + 1)],
        "clamped": [(doc[-3:].text, doc[:100].text, doc[5:2].text)],
    }


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_record_reads_as_spacy_reads_the_parse(sentence: str) -> None:
    spacy_doc = parser.english()(sentence)
    assert _spacy_view(Doc(record(spacy_doc))) == _spacy_view(spacy_doc)


def test_parse_gives_records_once_per_text() -> None:
    first, again = parser.parse([SENTENCES[0], SENTENCES[0]])
    assert isinstance(first, Doc) and first is again and parser.parse_one(SENTENCES[0]) is first


def _answers(requests: list[tuple[str, list[str]]], chunk: int = 4, slow_load: float = 0.0) -> list[Any]:
    """What :func:`serve` answers to ``requests``, all sent before the model is ready (``slow_load`` seconds)."""
    source = io.BytesIO()
    for request in requests:
        write_message(source, request)
    source.seek(0)
    sink = io.BytesIO()
    real = parser.english

    def english() -> Any:
        time.sleep(slow_load)
        return real()

    parser.english = english  # type: ignore[assignment]
    try:
        serve(source, sink, chunk=chunk)
    finally:
        parser.english = real  # type: ignore[assignment]
    sink.seek(0)
    answers = []
    while (answer := read_message(sink)) is not None:
        answers.append(answer)
    return answers


def test_the_worker_answers_what_is_wanted_before_what_is_guessed_and_each_text_once() -> None:
    answers = _answers([("guess", SENTENCES), ("want", [SENTENCES[7], SENTENCES[2]])], chunk=4, slow_load=0.3)
    assert {a[0] for a in answers} == {"ok"}
    texts = [[text for text, _ in a[1]] for a in answers]
    assert texts[0] == [SENTENCES[7], SENTENCES[2]] and [len(t) for t in texts[1:]] == [4, 4, len(SENTENCES) - 10]
    wanted = _answers([("want", SENTENCES[:6]), ("guess", SENTENCES)], chunk=4, slow_load=0.3)
    assert [len(a[1]) for a in wanted] == [6, 4, len(SENTENCES) - 10]  # what is wanted is parsed at once
    assert sorted(sum(texts, [])) == sorted(SENTENCES)  # every text once: the wanted ones are not parsed again
    for text, data in sum((a[1] for a in answers), []):
        assert Doc(data).record == record(parser.english()(text))


def test_a_worker_that_cannot_load_the_model_says_why() -> None:
    def broken() -> Any:
        raise ModelError("model file /x/meta.json does not match its pinned sha256 000000000000…")

    source = io.BytesIO()
    write_message(source, ("want", ["Scalia asked."]))
    source.seek(0)
    sink = io.BytesIO()
    real, parser.english = parser.english, broken  # type: ignore[assignment]
    try:
        serve(source, sink)
    finally:
        parser.english = real  # type: ignore[assignment]
    sink.seek(0)
    assert read_message(sink) == ("error", "model file /x/meta.json does not match its pinned sha256 000000000000…")


RUN = """
import sys
import framediff.language.parser as p
texts = {texts!r}
p.preload(texts[1:])
docs = p.parse(texts[:3])
print('spacy' in sys.modules, [d.record[0] for d in docs] == texts[:3])
{then}
print([p.parse_one(t).record for t in texts] == {records!r})
"""


@pytest.mark.parametrize("then, spacy_after", [
    ("", "False"),  # the parsing process parses everything: spaCy is never imported here
    ("p._WORKER[0].process.kill(); p._WORKER[0].process.wait()", "True"),  # it died: the rest is parsed here, the same
])
def test_a_run_parses_in_another_process_and_carries_on_if_it_dies(then: str, spacy_after: str) -> None:
    records = [record(parser.english()(text)) for text in SENTENCES]
    code = RUN.format(texts=SENTENCES, then=then, records=records) + "print('spacy' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.split() == ["False", "True", "True", spacy_after]


def test_the_parsing_process_ends_with_the_run() -> None:
    code = ("import framediff.language.parser as p\n"
            f"p.preload({SENTENCES!r})\n"
            "print(p._WORKER[0].process.pid)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    pid = int(result.stdout)
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(pid)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ", 1)[1][:1] != "Z"
    except FileNotFoundError:
        return False


def test_a_parse_dropped_here_is_parsed_again_when_asked_for() -> None:
    """A batch of many events drops its oldest parses; the parsing process parses a text again when it is wanted again
    (it skips only guesses it has parsed)."""
    code = ("import framediff.language.parser as p\n"
            "p._PARSED_LIMIT = 2\n"
            f"texts = {SENTENCES!r}\n"
            "p.preload(texts)\n"
            "first = [d.record for d in p.parse(texts[:5])]\n"
            "again = [d.record for d in p.parse(texts[:5])]\n"
            "print(first == again, len(p._PARSED))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stdout.split(), result.stderr) == (0, ["True", "2"], "")


def _stored(sentence: str) -> list[Any]:
    import json

    return json.loads(to_blob(record(parser.english()(sentence))))


def _mutated(change: Any) -> bytes:
    import json

    data = _stored(SENTENCES[4])
    change(data)
    return json.dumps(data).encode()


@pytest.mark.parametrize("blob", [
    b"not json",
    "a string, not bytes",
    b"[1, 2, 3]",
    _mutated(lambda d: d.__setitem__(0, "Another sentence.")),  # the row of another text (a key that collided)
    _mutated(lambda d: d[1][3].__setitem__(7, 999)),  # a head outside the sentence
    _mutated(lambda d: d[1][3].__setitem__(0, -4)),  # a negative offset
    _mutated(lambda d: d[1][3].__setitem__(0, 1)),  # an offset where the word is not
    _mutated(lambda d: d[1][3].__setitem__(7, "3")),  # a head that is not a number
    _mutated(lambda d: d[1][3].__setitem__(7, True)),  # nor a truth value
    _mutated(lambda d: d[1][3].pop()),  # a word short of a field
    _mutated(lambda d: d[1][3][13].append(400)),  # a conjunct outside the sentence
    _mutated(lambda d: d[2].append([3, 99, "DATE"])),  # an entity past the end
    _mutated(lambda d: d[3].append([5, 2])),  # a noun chunk that ends before it starts
    _mutated(lambda d: d[3].append([5])),
    _mutated(lambda d: d[3].append([5, 5])),  # an empty noun chunk (its root would be no word)
    _mutated(lambda d: d[2].append([2, 2, "CARDINAL"])),  # an empty entity
    _mutated(lambda d: (d[1][3].__setitem__(7, 4), d[1][4].__setitem__(7, 3))),  # heads in a cycle, no root
    _mutated(lambda d: d[1][3].__setitem__(11, 5)),  # a word outside its own left edge
    _mutated(lambda d: d[1].reverse()),  # words out of order
    b"[" * 100_000,  # nesting past the JSON reader's recursion
])
def test_a_damaged_cached_parse_is_not_read(blob: object) -> None:
    assert from_blob(blob, SENTENCES[4]) is None


def test_a_cached_parse_reads_back_as_parsed() -> None:
    for sentence in SENTENCES:
        data = record(parser.english()(sentence))
        assert from_blob(to_blob(data), sentence) == data


WARM = """
import hashlib, sys
import framediff
import framediff.language.parser as p
result = framediff.to_json(framediff.compare([{folder!r}], warn=lambda message: print(message, file=sys.stderr)))
print(bool(p._WORKER) or 'spacy' in sys.modules, hashlib.sha256(result.encode() if isinstance(result, str) else repr(result).encode()).hexdigest())
"""


def test_a_second_run_reads_its_parses_from_the_cache_and_says_the_same(tmp_path: Path) -> None:
    """The parses are kept beside the embeddings: a run whose sentences were all parsed before never loads spaCy, and
    reports what the first run reported; damaged rows are parsed again, with one warning."""
    import os
    import sqlite3

    env = dict(os.environ, FRAMEDIFF_CACHE_DIR=str(tmp_path / "cache"))
    code = WARM.format(folder=str(DATA / "port-strike"))

    def run() -> tuple[list[str], str]:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env, check=True)
        return done.stdout.split(), done.stderr

    (cold_spacy, cold), _ = run()
    (warm_spacy, warm), warned = run()
    assert (cold_spacy, warm_spacy, warned, warm) == ("True", "False", "", cold)
    with sqlite3.connect(tmp_path / "cache" / "embeddings.sqlite3") as db:
        rows = db.execute("UPDATE embedding SET vector = x'00' WHERE model LIKE 'parse/%'").rowcount
    assert rows > 0
    (_, again), warned = run()
    assert again == cold and "damaged row" in warned


def test_no_cache_keeps_no_parse(tmp_path: Path) -> None:
    import os
    import sqlite3

    env = dict(os.environ, FRAMEDIFF_CACHE_DIR=str(tmp_path / "cache"))
    code = ("import framediff\n"
            f"framediff.compare([{str(DATA / 'port-strike')!r}], framediff.Settings(use_cache=False))\n")
    subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env, check=True)
    database = tmp_path / "cache" / "embeddings.sqlite3"
    if database.exists():
        with sqlite3.connect(database) as db:
            assert db.execute("SELECT count(*) FROM embedding WHERE model LIKE 'parse/%'").fetchone()[0] == 0


def test_the_parsing_process_is_sent_leads_and_what_the_quote_finder_reads_then_the_rest(tmp_path: Path) -> None:
    import framediff
    from framediff.api import _parse_order

    (tmp_path / "a.txt").write_text("The Senate voted 97-1 on Thursday.\n\nThe bill now goes to the House.\n\n"
                                    "“It is a good day.” Reid said that after the vote.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Senators passed the bill by a wide margin.\n\nThe final tally was 97-1.\n", encoding="utf-8")
    articles = framediff.read_articles([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    # the quote's sentence and its neighbour with a speech verb (where the quote finder reads its speaker) go first
    assert _parse_order(articles) == (["The Senate voted 97-1 on Thursday.", "Senators passed the bill by a wide margin.",
                                       "“It is a good day.”", "Reid said that after the vote."],
                                      ["The bill now goes to the House.", "The final tally was 97-1."])


THREADS = """
import threading
import framediff.language.parser as p
texts = {texts!r}
p.preload(texts)
results = {{}}

def work(k):
    results[k] = [d.record for d in p.parse(texts[k::3])]

threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in threads: t.start()
for t in threads: t.join(timeout=90)
print(all(results.get(k) == [p.parse_one(t).record for t in texts[k::3]] for k in range(3)), bool(p._WORKER))
"""


def test_threads_that_parse_at_once_take_turns() -> None:
    """A Dask worker may run two events at once in two threads: both are answered (the reviewer's run hung)."""
    result = subprocess.run([sys.executable, "-c", THREADS.format(texts=SENTENCES)], capture_output=True, text=True, timeout=180)
    assert (result.returncode, result.stdout.split(), result.stderr) == (0, ["True", "True"], "")


def test_the_parsing_process_imports_nothing_from_the_current_folder(tmp_path: Path) -> None:
    marker = tmp_path / "imported"
    (tmp_path / "struct.py").write_text(f"open({str(marker)!r}, 'w').close()\nraise ImportError('planted')\n", encoding="utf-8")
    code = ("import sys\nimport framediff.language.parser as p\n"
            f"p.preload({SENTENCES[:3]!r})\n"
            f"print(len(p.parse({SENTENCES[:3]!r})), bool(p._WORKER), 'spacy' in sys.modules)\n")
    # the run itself as the console script runs it (-P: without the current folder on its path)
    result = subprocess.run([sys.executable, "-P", "-c", code], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(Path(parser.__file__).parents[2])})
    assert (result.returncode, result.stdout.split()) == (0, ["3", "True", "False"]), result.stderr
    assert not marker.exists()


SILENT = """
import os, signal, sys
import framediff.language.parser as p
texts = {texts!r}
p.preload(texts[:1])
p.parse(texts[:1])
p.SILENCE = 1.0
os.kill(p._WORKER[0].process.pid, signal.SIGSTOP)  # it hangs
print([d.record for d in p.parse(texts[1:4])] == {records!r}, bool(p._WORKER), 'spacy' in sys.modules)
"""


def test_a_parsing_process_that_stops_answering_is_ended_and_the_run_parses_here() -> None:
    records = [record(parser.english()(text)) for text in SENTENCES[1:4]]
    result = subprocess.run([sys.executable, "-c", SILENT.format(texts=SENTENCES, records=records)], capture_output=True,
                            text=True, timeout=120)
    assert (result.returncode, result.stdout.split(), result.stderr) == (0, ["True", "False", "True"], "")


def test_the_parsing_process_ends_as_soon_as_the_run_is_gone() -> None:
    """A run killed outright (no exit hook) closes the process's input: it ends there, not after its guesses (which
    it could not even write: nobody reads its answers, and the pipe fills)."""
    code = ("import framediff.language.parser as p\n"
            f"p.preload({SENTENCES!r} + [f'Sentence number {{k}} of a long article.' for k in range(700)])\n"
            f"p.parse({SENTENCES[:1]!r})\n"
            "worker = p._WORKER[0]\n"
            "worker.process.stdin.close()\n"
            "status = worker.process.wait(timeout=60)\n"
            "answers = []\n"
            "while not answers or answers[-1] is not None:\n"
            "    answers.append(worker.answers.get(timeout=30))\n"
            "print(status, sum(len(a[1]) for a in answers[:-1]) < 100)\n")  # of 700 guesses, at most a few were parsed
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert (result.returncode, result.stdout.split(), result.stderr) == (0, ["0", "True"], "")

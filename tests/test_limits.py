"""Bounded memory and time (issue 22): documented limits, long sentences, whole-request URL deadlines, decoding.

Each case reproduces a finding of the hostile-input audit. The limits are the
real ones where the input is cheap to build, and lowered with monkeypatch where
building a real one would cost the suite minutes (the code reads them at call time).
"""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any

import pytest

from framediff.reading import articles as pipeline
from framediff.reading.decoding import decode
from framediff.comparing.word_diff import word_diff
from framediff.aligning.lexical import word_order
from framediff.aligning.profiles import profile
from framediff.reading.sentences import MAX_SENTENCE_CHARS, sentence_spans

BODY = "Floods hit the valley on Monday after three days of rain. Hundreds of families fled their homes as the river rose."
OTHER = "The valley flooded on Monday after days of heavy rain. About 300 families left their homes."
FRENCH = "Le ministre a déclaré à la presse qu'il était prêt à négocier avec les syndicats."
GERMAN = "Der Bürgermeister sagte, die Straße sei gesperrt – „bis Montag“, so die Polizei."


def _one_error_line(result: Any, *words: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("framediff: error: ") and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


# -- limits ---------------------------------------------------------------------------


def test_an_article_over_the_sentence_limit_is_refused_and_skip_bad_skips_it(run: Any, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    huge.write_text("Rain fell. " * (pipeline.MAX_SENTENCES_PER_ARTICLE + 1), encoding="utf-8")
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(BODY, encoding="utf-8")
    b.write_text(OTHER, encoding="utf-8")
    _one_error_line(run("align", str(huge), str(a)), str(huge), "over 10,000 sentences")
    skipped = run("align", "--skip-bad", "--format", "json", str(huge), str(a), str(b))
    assert skipped.exit_code == 0 and "skipped" in skipped.stderr
    assert len(json.loads(skipped.stdout)["articles"]) == 2


@pytest.mark.parametrize(("limit", "value", "words"), [("MAX_ARTICLES", 2, "over 2 articles"), ("MAX_SENTENCES", 3, "over 3 sentences")])
def test_a_run_over_a_limit_is_refused_before_the_work(run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       limit: str, value: int, words: str) -> None:
    monkeypatch.setattr(pipeline, limit, value)
    for name, text in (("a", BODY), ("b", OTHER), ("c", BODY.replace("Monday", "Friday"))):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = run("compare", "--no-cache", str(tmp_path))
    _one_error_line(result, words, "framediff batch")
    assert result.stdout == ""


def test_a_long_unpunctuated_line_is_cut_into_bounded_sentences_with_exact_offsets() -> None:
    text = "word, " * 40_000 + "and " + "x" * 4000 + " end"
    spans = list(sentence_spans(text))
    assert max(e - s for s, e in spans) <= MAX_SENTENCE_CHARS
    assert all(text[s:e] == text[s:e].strip() and text[s:e] for s, e in spans)
    # every non-space character of the input is in exactly one sentence, in order
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_compare_on_a_200kb_line_finishes_and_keeps_every_word(run_json: Any, tmp_path: Path) -> None:
    words = [f"w{k}" for k in range(30_000)]
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(" ".join(words), encoding="utf-8")
    b.write_text(" ".join(words[:15_000] + ["changed"] + words[15_001:]), encoding="utf-8")
    doc = run_json("compare", "--no-cache", "--no-framing", str(a), str(b))
    for article, source in zip(doc["articles"], (a, b)):
        raw = source.read_text(encoding="utf-8")
        assert all(raw[s["start"] : s["end"]] == s["text"] and len(s["text"]) <= MAX_SENTENCE_CHARS for s in article["sentences"])


@pytest.mark.parametrize(("a", "b"), [("the cat sat on the mat", "the dog sat on the mat"), ("a b c", "a b c d e"), ("x y", "z")])
def test_a_diff_too_long_for_difflib_is_still_exact(monkeypatch: pytest.MonkeyPatch, a: str, b: str) -> None:
    import framediff.comparing.word_diff as diffing

    exact = word_diff(a, b)
    monkeypatch.setattr(diffing, "DIFF_CELLS", 1)
    ops = word_diff(a, b)
    assert "".join(o.a for o in ops) == a and "".join(o.b for o in ops) == b
    assert "".join(o.a for o in exact) == a and "".join(o.b for o in exact) == b


def test_word_order_of_two_long_texts_is_bounded_and_unchanged_for_sentences() -> None:
    short_a, short_b = profile(BODY), profile(OTHER)
    assert word_order(short_a, short_b) == word_order(short_b, short_a)
    long_a, long_b = profile(" ".join(f"w{k}" for k in range(200_000))), profile(" ".join(f"w{k}" for k in range(1, 200_001)))
    lcs_max, lcs_min, trigrams, _ = word_order(long_a, long_b)
    assert 0.99 <= lcs_max <= 1.0 and 0.99 <= lcs_min <= 1.0 and trigrams > 0.99


# -- URLs -----------------------------------------------------------------------------


def test_a_server_that_trickles_is_cut_off_at_the_whole_request_deadline(run: Any, raw_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from framediff.reading import fetching

    body = BODY.encode() * 50
    raw_server.routes["/story"] = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    raw_server.gap = 0.3  # a byte every 0.3 s: each read well within the timeout, the whole never done
    monkeypatch.setattr(fetching, "URL_TIMEOUT", 1.5)
    url = f"{raw_server.url}/story"
    t0 = time.monotonic()
    result = run("sentences", url)
    assert time.monotonic() - t0 < 5
    _one_error_line(result, url, "timed out")


def test_a_gzip_body_is_decoded(run_json: Any, http_server: Any) -> None:
    http_server.routes["/gz"] = (200, "text/plain; charset=utf-8", gzip.compress(BODY.encode()))
    _gzip_route(http_server, "/gz")
    doc = run_json("sentences", f"{http_server.url}/gz")
    assert doc["articles"][0]["sentences"][0]["text"] == BODY.split(". ")[0] + "."


def test_a_gzip_body_past_the_cap_is_refused(run: Any, http_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from framediff.reading import loading

    monkeypatch.setattr(loading, "MAX_BYTES", 10_000)
    http_server.routes["/bomb"] = (200, "text/plain", gzip.compress(b"a " * 1_000_000))
    _gzip_route(http_server, "/bomb")
    _one_error_line(run("sentences", f"{http_server.url}/bomb"), "once decompressed")


def _gzip_route(server: Any, path: str) -> None:
    """Make the test server send ``path`` with Content-Encoding: gzip."""
    handler = server.RequestHandlerClass
    original = handler.end_headers
    if getattr(handler, "_gzip_paths", None) is None:
        handler._gzip_paths = set()

        def end_headers(self: Any) -> None:
            if self.path in handler._gzip_paths:
                self.send_header("Content-Encoding", "gzip")
            original(self)

        handler.end_headers = end_headers
    handler._gzip_paths.add(path)


def test_utf16_declared_by_the_server_without_a_bom(run_json: Any, http_server: Any) -> None:
    http_server.routes["/u16"] = (200, "text/plain; charset=utf-16", GERMAN.encode("utf-16-le"))
    doc = run_json("sentences", f"{http_server.url}/u16")
    assert doc["articles"][0]["sentences"][0]["text"] == GERMAN


# -- decoding -------------------------------------------------------------------------

DECODING_CASES = [
    # (case, bytes, declared charset, the text it must read as)
    ("cp1252 quotes", "“Historic,” he said of the deal on Wednesday.".encode("cp1252"), None, "“Historic,” he said of the deal on Wednesday."),
    ("Latin-1 French", FRENCH.encode("latin-1"), None, FRENCH),
    ("cp1252 German", GERMAN.encode("cp1252"), None, GERMAN),
    ("KOI8-R Russian", "Министр заявил, что правительство готово к переговорам.".encode("koi8-r"), None,
     "Министр заявил, что правительство готово к переговорам."),
    ("cp1251 Russian", "Министр заявил, что правительство готово к переговорам.".encode("cp1251"), None,
     "Министр заявил, что правительство готово к переговорам."),
    ("declared koi8-r, really Latin-1", FRENCH.encode("latin-1"), "koi8-r", FRENCH),
    ("declared mac-roman, really cp1252", GERMAN.encode("cp1252"), "mac-roman", GERMAN),
    ("declared cp037, really Latin-1", FRENCH.encode("latin-1"), "cp037", FRENCH),
    ("declared koi8-r, rightly", "Министр заявил, что правительство готово.".encode("koi8-r"), "koi8-r", "Министр заявил, что правительство готово."),
    ("UTF-16 LE without a BOM", BODY.encode("utf-16-le"), None, BODY),
    ("UTF-16 BE without a BOM", BODY.encode("utf-16-be"), None, BODY),
    ("declared UTF-16 without a BOM", GERMAN.encode("utf-16-le"), "utf-16", GERMAN),
]


@pytest.mark.parametrize(("case", "data", "declared", "expected"), DECODING_CASES, ids=[c[0] for c in DECODING_CASES])
def test_decoding(case: str, data: bytes, declared: str | None, expected: str) -> None:
    assert decode(data, case, declared)[0] == expected


@pytest.mark.parametrize("codec", ["unicode_escape", "raw_unicode_escape", "utf-7"])
def test_a_declared_escape_codec_never_makes_control_characters(codec: str) -> None:
    data = b"Caf\xe9 owners said \\x1b[2J and +ABs- were typed. " * 3
    text, encoding = decode(data, "x", codec)
    assert "\x1b" not in text and encoding != codec


def test_odd_length_utf16_without_a_bom_is_one_clear_error() -> None:
    from framediff.errors import InputError

    with pytest.raises(InputError, match="not valid UTF-16"):
        decode(BODY.encode("utf-16-le") + b"x", "odd.txt")


# -- the cache ------------------------------------------------------------------------


def _damage(path: Path) -> int:
    """Spoil four rows of a cache in four ways; returns how many rows it holds."""
    import sqlite3

    import numpy as np

    db = sqlite3.connect(path)
    keys = [k for (k,) in db.execute("SELECT key FROM embedding LIMIT 4")]
    spoilt: list[object] = [b"abc", None, "text", np.full(384, np.nan, np.float32).tobytes()]
    for key, value in zip(keys, spoilt):
        db.execute("UPDATE embedding SET vector = ? WHERE key = ?", (value, key))
    db.commit()
    count = db.execute("SELECT count(*) FROM embedding").fetchone()[0]
    db.close()
    return count


def test_damaged_cache_rows_are_skipped_recomputed_and_rewritten(run: Any, seeds: Path, tmp_path: Path) -> None:
    cold = run("align", "--format", "json", str(seeds))
    path = tmp_path / "cache" / "embeddings.sqlite3"
    rows = _damage(path)
    warm = run("align", "--format", "json", str(seeds))
    assert warm.exit_code == 0 and "4 damaged rows skipped" in warm.stderr
    assert json.loads(warm.stdout)["claims"] == json.loads(cold.stdout)["claims"]
    again = run("align", "--format", "json", str(seeds))
    assert again.exit_code == 0 and "damaged" not in again.stderr  # rewritten
    import sqlite3

    assert sqlite3.connect(path).execute("SELECT count(*) FROM embedding").fetchone()[0] == rows


def test_a_read_only_cache_is_read_and_never_deleted(run: Any, seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from framediff.aligning import cache

    first = run("align", "--format", "json", str(seeds))
    path = tmp_path / "cache" / "embeddings.sqlite3"
    import gc

    gc.collect()  # the first run's connection closes now (and checkpoints its log into the file), not during the second
    before = path.read_bytes()
    real_access = os.access
    monkeypatch.setattr(cache.os, "access", lambda p, mode: False if Path(p) == path and mode == os.W_OK else real_access(p, mode))
    os.chmod(path, 0o444)  # read-only for real too when the suite does not run as root
    try:
        result = run("align", "--format", "json", str(seeds))
        assert result.exit_code == 0 and "read-only" in result.stderr
        assert json.loads(result.stdout)["claims"] == json.loads(first.stdout)["claims"]
        assert path.exists() and path.read_bytes() == before
    finally:
        os.chmod(path, 0o644)


def test_empty_coverage_cells_are_shared_read_only_and_survive_pickling(seeds: Path) -> None:
    import copy
    import pickle

    import framediff

    document = framediff.to_json(framediff.compare([str(seeds)], framing=False))
    empty = [cell for row in document["coverage"] for cell in row["articles"] if cell["sentences"] == []]
    assert empty and len({id(cell) for cell in empty}) <= 3 * len(document["articles"])  # one per article and state, not one per row
    with pytest.raises(TypeError, match="read-only"):
        empty[0]["sentences"].append(1)
    with pytest.raises(TypeError, match="read-only"):
        empty[0]["label"] = "x"
    assert pickle.loads(pickle.dumps(document)) == document == copy.deepcopy(document)
    assert json.loads(json.dumps(document)) == document

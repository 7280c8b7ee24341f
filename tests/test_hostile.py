"""Hostile and unlucky input: one line naming the input, exit 2, --skip-bad skips it; nothing reaches the terminal raw.

Each case is a reproduction from the hostile-input audit (issue 22). Servers are local
(127.0.0.1), started by the test; malformed HTTP comes from a raw socket server.
"""

from __future__ import annotations

import json
import os
import re
import socket
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

BODY = ("Floods hit the valley on Monday after three days of rain. Hundreds of families fled their homes as the river rose. "
        "The mayor said the town had never seen water so high.")
OTHER = ("The valley flooded on Monday after days of heavy rain. About 300 families left their homes. "
         "Officials said the river had not been this high in decades.")


def _one_error_line(result: Any, names: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.stdout[-300:], result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("framediff: error: "), result.stderr
    assert names in lines[0] and "internal error" not in lines[0] and "Traceback" not in result.stderr


FILE_CASES: list[tuple[str, str, Callable[[Path], Path], str]] = [
    ("JSON nested 100k deep", "deep.json", lambda p: _write(p / "deep.json", "[" * 100_000 + "]" * 100_000), "nested too deeply"),
    ("JSON Lines nested 100k deep", "deep.jsonl", lambda p: _write(p / "deep.jsonl", '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}\n"),
     "nested too deeply"),
    ("a 5000-digit integer", "big.json", lambda p: _write(p / "big.json", '{"text": "' + BODY + '", "date": ' + "7" * 5000 + "}"), "malformed JSON"),
    ("a lone surrogate", "lone.json", lambda p: _write(p / "lone.json", '{"text": "Floods \\ud800 hit the valley."}'), "lone surrogate"),
    ("NaN in a record", "nan.json", lambda p: _write(p / "nan.json", '{"text": "' + BODY + '", "title": NaN}'), "NaN is not JSON"),
    ("a list as a title", "list.json", lambda p: _write(p / "list.json", json.dumps({"text": BODY, "title": ["x", 1]})), 'field "title" must be a string'),
    ("a number as an outlet", "num.json", lambda p: _write(p / "num.json", json.dumps({"text": BODY, "outlet": 7})), 'field "outlet" must be a string'),
    ("odd-length UTF-16", "odd.txt", lambda p: _write_bytes(p / "odd.txt", b"\xff\xfe" + BODY.encode("utf-16-le") + b"x"), "not valid UTF-16"),
    ("a lone surrogate in UTF-16", "surrogate.txt",
     lambda p: _write_bytes(p / "surrogate.txt", b"\xff\xfe" + BODY.encode("utf-16-le") + "\ud800".encode("utf-16-le", "surrogatepass")), "UTF-16"),
]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("case", "name", "make", "problem"), FILE_CASES, ids=[c[0] for c in FILE_CASES])
def test_a_bad_file_is_one_line_and_exit_2_and_skip_bad_skips_it(run: Any, tmp_path: Path, case: str, name: str,
                                                                  make: Callable[[Path], Path], problem: str) -> None:
    bad = make(tmp_path)
    good = _write(tmp_path / "good.txt", BODY)
    result = run("sentences", str(good), str(bad))
    _one_error_line(result, str(bad))
    assert problem in result.stderr
    skipped = run("sentences", "--skip-bad", "--format", "json", str(good), str(bad))
    assert skipped.exit_code == 0 and [a["label"] for a in json.loads(skipped.stdout)["articles"]] == ["good"]
    assert "warning: skipped" in skipped.stderr


def test_a_file_name_that_is_not_utf8_fails_alone_not_its_folder(run: Any, tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    _write(folder / "a.txt", BODY)
    _write(folder / "b.txt", OTHER)
    with open(os.path.join(os.fsencode(folder), b"bad\xff.txt"), "w", encoding="utf-8") as handle:
        handle.write(BODY + " Also here.")
    result = run("sentences", str(folder))
    _one_error_line(result, "bad\\xff.txt")  # the byte as `ls -b` writes it: the user can find the file
    assert "not valid UTF-8" in result.stderr
    skipped = run("sentences", "--skip-bad", "--format", "json", str(folder))
    assert skipped.exit_code == 0 and [a["label"] for a in json.loads(skipped.stdout)["articles"]] == ["a", "b"]


def test_an_unreadable_folder(run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    _write(folder / "a.txt", BODY)
    folder.chmod(0)
    if os.geteuid() == 0:  # root reads any folder (CI runs as root): refuse the listing as the kernel would
        real = Path.iterdir

        def iterdir(self: Path) -> Iterator[Path]:
            if self == folder:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "iterdir", iterdir)
    try:
        result = run("sentences", str(folder))
        _one_error_line(result, str(folder))
        assert "permission denied" in result.stderr
    finally:
        folder.chmod(0o755)


def test_one_bad_json_lines_record_skips_alone(run: Any, tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.jsonl", "\n".join([json.dumps({"text": BODY, "outlet": "one"}), "{broken",
                                                        json.dumps({"text": OTHER, "outlet": "two", "title": 3.5})]) + "\n" +
                  json.dumps({"text": OTHER + " More.", "outlet": "three"}) + "\n")
    _one_error_line(run("sentences", str(path)), f"{path}:2")
    skipped = run("sentences", "--skip-bad", "--format", "json", str(path))
    assert skipped.exit_code == 0, skipped.stderr
    assert [a["label"] for a in json.loads(skipped.stdout)["articles"]] == ["one", "three"]
    assert skipped.stderr.count("warning: skipped") == 2


@pytest.mark.parametrize("text", ["[Reuters] Floods hit the valley on Monday. Hundreds fled.", "{Update} Floods hit the valley on Monday."])
def test_text_that_starts_like_json_is_read_as_text(run_json: Any, tmp_path: Path, text: str) -> None:
    doc = run_json("sentences", "-", input=text)
    assert "Floods hit the valley on Monday." in " ".join(s["text"] for s in doc["articles"][0]["sentences"])
    path = _write(tmp_path / "story", text)  # no extension
    assert run_json("sentences", str(path))["articles"][0]["format"] == "text"


@pytest.mark.parametrize("reference", ["&#7;", "&#1;", "&#27;", "&#65535;", "&#x1b;"])
def test_a_control_character_reference_does_not_lose_the_html_article(run_json: Any, tmp_path: Path, reference: str) -> None:
    page = f"<html><body><article><p>{BODY}</p><p>A bell{reference} rang as {OTHER}</p></article></body></html>"
    doc = run_json("sentences", str(_write(tmp_path / "page.html", page)))
    text = " ".join(s["text"] for s in doc["articles"][0]["sentences"])
    assert "Floods hit the valley on Monday" in text and "A bell" in text


@pytest.mark.parametrize("command", ["compare", "align", "diff", "framing"])
def test_superscript_digits_are_read_as_text(run: Any, tmp_path: Path, command: str) -> None:
    a = _write(tmp_path / "a.txt", BODY + " Damage reached 10⁶ dollars, or 0² of the budget, on day ³.")
    b = _write(tmp_path / "b.txt", OTHER + " Damage reached 10⁶ dollars on day ³.")
    result = run(command, str(a), str(b))
    assert result.exit_code in (0, 1) and "error" not in result.stderr, result.stderr
    assert run("score", input=json.dumps({"a": "It cost 10⁶ dollars.", "b": "It cost 0² dollars."}) + "\n").exit_code == 0


@pytest.mark.parametrize("field", ["date", "title", "outlet", "url", "label"])
def test_record_fields_never_reach_the_terminal_raw(run: Any, tmp_path: Path, field: str) -> None:
    hostile = "\x1b]52;c;cGF3bmVk\x07\x1b[2J<img src=x onerror=alert(1)>\u202e"
    records = [{"text": BODY, field: hostile}, {"text": OTHER, "outlet": "other"}]
    path = _write(tmp_path / "feed.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    for args in (["compare", "--color", "always"], ["compare", "--format", "markdown"], ["sentences", "--color", "always"],
                 ["align"], ["framing"], ["compare", "--format", "json"], ["compare", "--format", "html"]):
        out = run(*args, str(path)).stdout
        assert "\x1b]" not in out and "\x1b[2J" not in out and "\u202e" not in out, (field, args)
        if "markdown" in args:
            assert not re.search(r"(?<!\\)<img", out)  # backslash-escaped, so CommonMark prints it as text


def test_messages_on_stderr_are_escaped(run: Any, tmp_path: Path) -> None:
    result = run("sentences", str(tmp_path / "no\x1b[2Jfile\x1b]52;c;AA\x07.txt"))
    assert result.exit_code == 2 and "\x1b" not in result.stderr and "\\x1b[2J" in result.stderr
    result = run("sentences", "--format", "x\x1b[31m", str(tmp_path))
    assert result.exit_code == 2 and "\x1b" not in result.stderr


# -- HTTP ------------------------------------------------------------------------


ARTICLE = f"<html><body><article><p>{BODY}</p></article></body></html>".encode()
HTTP_CASES = {
    "bad status line": b"HTTP/1.1 two hundred OK\r\n\r\n" + ARTICLE,
    "HTTP/0.9": ARTICLE,
    "bad chunk": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
    "too many headers": b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: y\r\n" % k for k in range(150)) + b"\r\n" + ARTICLE,
    "a header over 64 KB": b"HTTP/1.1 200 OK\r\nX-Big: " + b"y" * 70_000 + b"\r\n\r\n" + ARTICLE,
    "a short read": b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n" + ARTICLE,
    "an escape in the reason": b"HTTP/1.1 500 \x1b]52;c;AA\x07\x1b[2JBoom\r\nContent-Length: 0\r\n\r\n",
}


@pytest.mark.parametrize("case", list(HTTP_CASES))
def test_malformed_http_is_one_line_and_exit_2(run: Any, raw_server: Any, tmp_path: Path, case: str) -> None:
    raw_server.routes["/story"] = HTTP_CASES[case]
    url = f"{raw_server.url}/story"
    result = run("sentences", url)
    _one_error_line(result, url)
    assert "\x1b" not in result.stderr
    good = _write(tmp_path / "good.txt", BODY)
    assert run("sentences", "--skip-bad", str(good), url).exit_code == 0


@pytest.mark.parametrize("url", ["http://[::1", "http://127.0.0.1:9/a b", "http://127.0.0.1:9/\x1b[2J", "http://exa\x00mple.com/"])
def test_malformed_urls_are_one_line_and_exit_2(run: Any, url: str) -> None:
    result = run("sentences", url)
    assert result.exit_code == 2 and "internal error" not in result.stderr and "\x1b" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_redirect_to_ftp_is_refused_before_it_is_followed(run: Any, raw_server: Any) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.setblocking(False)
    target = f"ftp://127.0.0.1:{listener.getsockname()[1]}/story.txt"
    raw_server.routes["/moved"] = f"HTTP/1.1 302 Found\r\nLocation: {target}\r\nContent-Length: 0\r\n\r\n".encode()
    try:
        result = run("sentences", f"{raw_server.url}/moved")
        _one_error_line(result, f"{raw_server.url}/moved")
        assert "redirected to a refused URL" in result.stderr
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody connected: the FTP server was never contacted
    finally:
        listener.close()

"""Faults and hostile input, second round (issue 32): decoding, HTTP, deaths, outputs, the cache, text.

Servers are local (127.0.0.1), started by the test; malformed HTTP comes from the raw socket server in conftest.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import socket
import stat
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import pytest

from framediff.reading.decoding import decode
from framediff.errors import InputError

BODY = ("Floods hit the valley on Monday after three days of rain. Hundreds of families fled their homes as the river rose. "
        "The mayor said the town had never seen water so high.")
OTHER = ("The valley flooded on Monday after days of heavy rain. About 300 families left their homes. "
         "Officials said the river had not been this high in decades.")
FRENCH = "Le ministre a déclaré à la presse qu'il était prêt à négocier après les inondations de lundi."


def _one_error_line(result: Any, names: str, problem: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.stdout[-300:], result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("framediff: error: "), result.stderr
    assert names in lines[0] and problem in lines[0], lines[0]
    assert "internal error" not in lines[0] and "Traceback" not in result.stderr


def _response(body: bytes, *headers: str, status: str = "200 OK") -> bytes:
    head = "".join(f"{h}\r\n" for h in headers)
    return f"HTTP/1.1 {status}\r\n{head}\r\n".encode("latin-1") + body


def _skipped_alone(run: Any, tmp_path: Path, bad: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    result = run("sentences", "--skip-bad", "--format", "json", str(good), bad)
    assert result.exit_code == 0, result.stderr
    assert [a["label"] for a in json.loads(result.stdout)["articles"]] == ["good"]
    assert "warning: skipped" in result.stderr


# -- decoding -------------------------------------------------------------------------

NOT_TEXT = ["hex", "rot13", "base64", "uu", "zlib", "bz2", "quopri"]


@pytest.mark.parametrize("charset", NOT_TEXT)
def test_a_declared_charset_that_is_no_text_encoding_is_a_bad_input(run: Any, raw_server: Any, tmp_path: Path, charset: str) -> None:
    body = FRENCH.encode("latin-1")
    raw_server.routes["/page"] = _response(body, f"Content-Type: text/plain; charset={charset}", f"Content-Length: {len(body)}")
    url = f"{raw_server.url}/page"
    _one_error_line(run("sentences", url), url, f"the declared charset '{charset}' is not a text encoding")
    _skipped_alone(run, tmp_path, url)


@pytest.mark.parametrize("charset", ["utf-7", "unicode_escape", "no-such-charset", "koi8-r"])
def test_a_text_or_unknown_charset_still_reads(charset: str) -> None:
    text, encoding = decode(FRENCH.encode("latin-1"), "x", charset)
    assert text == FRENCH and encoding == "cp1252"  # a mojibake koi8-r and the others give way to detection


def test_a_few_random_bytes_are_never_read_as_utf16(tmp_path: Path, run: Any) -> None:
    generator = random.Random(32)
    read = []
    for _ in range(200):
        data = bytes(generator.randrange(256) for _ in range(16))
        try:
            read.append(decode(data, "x")[1])
        except InputError as err:
            assert "binary" in str(err) or "UTF-16" in str(err), err
    assert not any(e.startswith("utf_16") or e.startswith("utf-16") for e in read), read
    assert len(read) < 20, read  # was 82 of 200, half of them as UTF-16
    path = tmp_path / "random.txt"
    path.write_bytes(bytes.fromhex("8fa23c0e5b9d7713c4e1a0f6d2bb4e90"))
    _one_error_line(run("sentences", str(path)), str(path), "binary")


# -- Content-Encoding ----------------------------------------------------------------------


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-15)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize("pack", [zlib.compress, _raw_deflate], ids=["zlib deflate", "raw deflate"])
def test_a_deflate_body_is_decoded(run: Any, raw_server: Any, pack: Any) -> None:
    body = pack(BODY.encode())
    raw_server.routes["/d"] = _response(body, "Content-Type: text/plain; charset=utf-8", "Content-Encoding: deflate", f"Content-Length: {len(body)}")
    result = run("sentences", "--format", "json", f"{raw_server.url}/d")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["articles"][0]["sentences"][0]["text"] == BODY.split(". ")[0] + "."


def test_a_deflate_bomb_is_refused_within_the_cap(run: Any, raw_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from framediff.reading import loading

    monkeypatch.setattr(loading, "MAX_BYTES", 100_000)
    body = zlib.compress(b"a " * 1_000_000)
    raw_server.routes["/bomb"] = _response(body, "Content-Type: text/plain", "Content-Encoding: deflate", f"Content-Length: {len(body)}")
    _one_error_line(run("sentences", f"{raw_server.url}/bomb"), "/bomb", "once decompressed")


@pytest.mark.parametrize("coding", ["br", "compress", "zstd", "gzip, br", "x-custom"])
def test_an_unknown_content_encoding_is_refused_by_name(run: Any, raw_server: Any, tmp_path: Path, coding: str) -> None:
    body = gzip.compress(BODY.encode()) if coding.startswith("gzip") else bytes(range(7, 250))
    raw_server.routes["/c"] = _response(body, "Content-Type: text/plain", f"Content-Encoding: {coding}", f"Content-Length: {len(body)}")
    url = f"{raw_server.url}/c"
    _one_error_line(run("sentences", url), url, f"unsupported Content-Encoding '{coding}'")
    _skipped_alone(run, tmp_path, url)


# -- HTTP lengths and redirects -----------------------------------------------------------------

ARTICLE = f"<html><body><article><p>{BODY}</p></article></body></html>".encode()
LENGTH_CASES = {
    "a short body under a huge Content-Length": (("Content-Length: 99999999999",), "short read: the server announced 99999999999"),
    "a short body under a Content-Length past the cap": ((f"Content-Length: {30 * 1024 * 1024}",), "short read"),
    "two Content-Lengths that disagree": ((f"Content-Length: {len(ARTICLE)}", "Content-Length: 5"), "conflicting Content-Length headers"),
    "one Content-Length of two values": ((f"Content-Length: {len(ARTICLE)}, 7",), "conflicting Content-Length headers"),
    "a Content-Length that is no number": (("Content-Length: 12abc",), "malformed Content-Length"),
}


@pytest.mark.parametrize("case", list(LENGTH_CASES))
def test_a_body_must_match_its_one_content_length(run: Any, raw_server: Any, tmp_path: Path, case: str) -> None:
    headers, problem = LENGTH_CASES[case]
    raw_server.routes["/s"] = _response(ARTICLE, "Content-Type: text/html", "Connection: close", *headers)
    url = f"{raw_server.url}/s"
    _one_error_line(run("sentences", url), url, problem)
    _skipped_alone(run, tmp_path, url)


def test_two_equal_content_lengths_are_read(run: Any, raw_server: Any) -> None:
    raw_server.routes["/s"] = _response(ARTICLE, "Content-Type: text/html", f"Content-Length: {len(ARTICLE)}", f"Content-Length: {len(ARTICLE)}")
    assert run("sentences", f"{raw_server.url}/s").exit_code == 0


@pytest.fixture
def listener() -> Any:
    """A socket on loopback that nobody should ever connect to."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)
    sock.setblocking(False)
    yield sock
    sock.close()


@pytest.mark.parametrize("target", ["http://127.0.0.1:{port}/secret", "http://localhost:{port}/secret", "http://[::1]:{port}/secret",
                                    "http://10.0.0.7:{port}/admin", "http://169.254.169.254/latest/meta-data/"])
def test_a_redirect_from_a_public_address_to_a_private_one_is_refused(run: Any, raw_server: Any, monkeypatch: pytest.MonkeyPatch,
                                                                        listener: Any, target: str) -> None:
    """The first URL is a public address, reached through a proxy on loopback (the raw server), so the test stays local."""
    public = "http://93.184.216.34/story"
    location = target.format(port=listener.getsockname()[1])
    raw_server.routes[public] = _response(b"", f"Location: {location}", "Content-Length: 0", status="302 Found")
    monkeypatch.setenv("http_proxy", raw_server.url)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    _one_error_line(run("sentences", public), public, "redirected from a public address to a private or loopback one")
    with pytest.raises(BlockingIOError):
        listener.accept()  # nobody connected: the redirect was refused before it was followed


def test_a_redirect_between_loopback_addresses_is_followed(run: Any, raw_server: Any, http_server: Any) -> None:
    http_server.routes["/story"] = (200, "text/html; charset=utf-8", ARTICLE)
    raw_server.routes["/moved"] = _response(b"", f"Location: {http_server.url}/story", "Content-Length: 0", status="302 Found")
    result = run("sentences", "--format", "json", f"{raw_server.url}/moved")
    assert result.exit_code == 0, result.stderr
    assert "Floods hit the valley" in json.loads(result.stdout)["articles"][0]["sentences"][0]["text"]


# -- outputs ---------------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def _process_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "FRAMEDIFF_DEBUG")}
    env["FRAMEDIFF_CACHE_DIR"] = str(tmp_path / "cache")
    return env


@pytest.mark.parametrize("command", [
    f"{PYTHON} -m framediff sentences --format json -o \"$DISK/report.json\" {ROOT}/seeds/",
    f"{PYTHON} -m framediff score --mode fast --no-cache -o \"$DISK/report.json\" \"$DISK/../pairs.jsonl\"",
], ids=["sentences", "score"])
def test_a_full_disk_leaves_the_old_output_whole(small_disk: Any, tmp_path: Path, command: str) -> None:
    pairs = [{"a": f"Floods hit the valley on day {k}.", "b": f"The valley flooded on day {k} after rain."} for k in range(400)]
    (tmp_path / "pairs.jsonl").write_text("".join(json.dumps(p) + "\n" for p in pairs), encoding="utf-8")
    done = small_disk(f'''printf '{{"old": true}}\\n' > "$DISK/report.json"
cd "$DISK" && {command} 2> "$OUT/stderr"; echo $? > "$OUT/status"
cp -a "$DISK/." "$OUT/disk"''')
    assert done.returncode == 0, done.stderr
    out = small_disk.out
    stderr = (out / "stderr").read_text(encoding="utf-8")
    assert (out / "status").read_text().strip() == "2", stderr
    assert stderr.count("\n") == 1 and "report.json: cannot write: No space left on device" in stderr, stderr
    assert sorted(p.name for p in (out / "disk").iterdir()) == ["report.json"]  # no temporary file left behind
    assert (out / "disk" / "report.json").read_text(encoding="utf-8") == '{"old": true}\n'


def test_a_stopped_score_leaves_the_old_output_whole(tmp_path: Path) -> None:
    """score writes as it goes: stopped half way, its -o file is still the old one, whole, and nothing else is left."""
    pairs = [{"a": f"Floods hit the valley on day {k}.", "b": f"The valley flooded on day {k} after rain."} for k in range(20_000)]
    source = tmp_path / "pairs.jsonl"
    source.write_text("".join(json.dumps(p) + "\n" for p in pairs), encoding="utf-8")
    target = tmp_path / "out" / "scored.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    proc = subprocess.Popen([PYTHON, "-m", "framediff", "score", "--mode", "fast", "--no-cache", "-o", str(target), str(source)],
                            env=_process_env(tmp_path), stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not any(p.name.endswith(".part") and p.stat().st_size > 0 for p in target.parent.iterdir()):  # half way through writing
        assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and err == "framediff: interrupted\n", (proc.returncode, err)
    assert [p.name for p in target.parent.iterdir()] == ["scored.jsonl"]
    assert target.read_text(encoding="utf-8") == "old\n"


INTERRUPT_IN_A_FINALISER = """
import os, signal, sys, time
import click
from framediff.commands import FramediffGroup

class Finalised:
    def __del__(self):
        os.kill(os.getpid(), signal.SIGINT)  # the handler runs here, inside the finaliser
        for _ in range(1000):
            pass

@click.group(cls=FramediffGroup)
def main():
    pass

@main.command()
def work():
    Finalised()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        time.sleep(0.01)
    print("ran to the end")

main(["work"])
"""


def test_an_interrupt_inside_a_finaliser_still_stops_the_run_with_one_line(tmp_path: Path) -> None:
    """CI once caught a Ctrl-C inside regex's ``__del__``: Python printed "Exception ignored" and a traceback before
    the run's own line. The interrupt is sent again outside the finaliser, and the run stops as from anywhere else."""
    proc = subprocess.run([PYTHON, "-c", INTERRUPT_IN_A_FINALISER], env=_process_env(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert (proc.returncode, proc.stdout, proc.stderr) == (130, "", "framediff: interrupted\n")


def test_an_output_keeps_its_permissions_and_a_new_one_gets_the_umask(run: Any, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(BODY, encoding="utf-8")
    old = tmp_path / "old.json"
    old.write_text("{}", encoding="utf-8")
    old.chmod(0o640)
    assert run("sentences", "-o", str(old), str(article)).exit_code == 0
    assert stat.S_IMODE(old.stat().st_mode) == 0o640 and json.loads(old.read_text(encoding="utf-8"))["articles"]
    umask = os.umask(0o027)
    try:
        new = tmp_path / "new.json"
        assert run("sentences", "-o", str(new), str(article)).exit_code == 0
    finally:
        os.umask(umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o640


STORM = [{"event": "storm", "outlet": outlet, "text": text} for outlet, text in (("Daily", BODY), ("Courier", OTHER))]


def test_a_second_batch_on_a_locked_output_refuses(run: Any, tmp_path: Path) -> None:
    import fcntl

    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in STORM), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    out.write_text('{"batch": "framediff/2", "event": "storm", "status": "single", "articles": []}\n', encoding="utf-8")
    before = out.read_bytes()
    with open(out, "ab") as holder:  # what a running batch holds
        fcntl.flock(holder, fcntl.LOCK_EX)
        for extra in ([], ["--resume"]):
            result = run("batch", "--group-by", "event", "--jobs", "1", "--no-framing", "--no-cache", *extra, str(corpus), "-o", str(out))
            _one_error_line(result, str(out), "another framediff batch is writing this file")
            assert out.read_bytes() == before
    assert run("batch", "--group-by", "event", "--jobs", "1", "--no-framing", "--no-cache", "--resume", str(corpus), "-o", str(out)).exit_code == 0


def test_two_real_batch_runs_on_one_output_write_each_event_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = [dict(r, event=f"storm-{k}") for k in range(6) for r in STORM]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    argv = [PYTHON, "-m", "framediff", "batch", "--group-by", "event", "--jobs", "1", "--no-framing", "--resume", str(corpus), "-o", str(out)]
    first = subprocess.Popen(argv, env=_process_env(tmp_path), stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not out.exists():
        assert time.monotonic() < deadline and first.poll() is None
        time.sleep(0.02)
    second = subprocess.run(argv, env=_process_env(tmp_path), capture_output=True, text=True, timeout=120)
    first.communicate(timeout=300)
    assert first.returncode == 0
    assert second.returncode == 2 and second.stderr.count("\n") == 1 and "another framediff batch" in second.stderr, second.stderr
    events = [json.loads(line)["event"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(events) == [f"storm-{k}" for k in range(6)]


def test_a_batch_that_fails_before_its_first_event_leaves_no_file_and_an_old_file_whole(run: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps(STORM[0]) + "\n{broken\n", encoding="utf-8")
    new = tmp_path / "new.jsonl"
    result = run("batch", "--group-by", "event", "--jobs", "1", "--no-cache", str(corpus), "-o", str(new))
    assert result.exit_code == 2, result.stderr
    assert not new.exists()
    old = tmp_path / "old.jsonl"
    old.write_text("kept\n", encoding="utf-8")
    assert run("batch", "--group-by", "event", "--jobs", "1", "--no-cache", str(corpus), "-o", str(old)).exit_code == 2
    assert old.read_text(encoding="utf-8") == "kept\n"


# -- deaths -------------------------------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    """Every live descendant of ``pid`` (zombies are dead)."""
    found: set[int] = set()
    queue = [pid]
    while queue:
        current = queue.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                kids = Path(f"/proc/{current}/task/{task}/children").read_text().split()
            except OSError:
                continue
            for kid in map(int, kids):
                if kid not in found and _alive(kid):
                    found.add(kid)
                    queue.append(kid)
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


def _batch_corpus(tmp_path: Path, events: int = 12) -> bytes:
    stories = ROOT / "bench" / "stories"
    records = []
    for k in range(events):
        folder = sorted(p for p in stories.iterdir() if p.is_dir())[k % 3]
        records += [{"event": f"e{k}", "outlet": p.stem, "text": p.read_text(encoding="utf-8") + f" Update {k}."} for p in sorted(folder.glob("*.txt"))]
    return "".join(json.dumps(r) + "\n" for r in records).encode("utf-8")


def _start_batch(tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    spool = tmp_path / "tmpdir"
    spool.mkdir()
    env = dict(_process_env(tmp_path), TMPDIR=str(spool))
    proc = subprocess.Popen([PYTHON, "-m", "framediff", "batch", "--group-by", "event", "--jobs", "2", "--no-cache", "-"],
                            env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert proc.stdin is not None
    proc.stdin.write(_batch_corpus(tmp_path))
    proc.stdin.close()
    proc.stdin = None
    deadline = time.monotonic() + 120
    while len(_children(proc.pid)) < 3:  # two workers (and the resource tracker) started
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.1)
    time.sleep(1.0)  # the workers are busy with their first events
    return proc, spool


def test_sigterm_ends_batch_as_ctrl_c_does(tmp_path: Path) -> None:
    proc, spool = _start_batch(tmp_path)
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)  # would hang while an orphan held the stderr pipe
    assert proc.returncode == 143 and err.decode() == "framediff: terminated\n", (proc.returncode, err)
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]
    # the standard-input spool file is gone (onnxruntime 1.32's own telemetry may leave a '.ses' file there: not ours)
    assert list(spool.glob("framediff-stdin-*")) == []


def test_pool_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    proc, _ = _start_batch(tmp_path)
    workers = _children(proc.pid)
    proc.kill()
    proc.wait(timeout=10)
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)], "orphaned workers live on"
    assert proc.stderr is not None
    proc.stderr.read()  # EOF: no orphan holds the pipe


@pytest.mark.parametrize("command", ["compare", "score"])
def test_sigterm_ends_compare_and_score_with_143_and_one_line(tmp_path: Path, command: str) -> None:
    argv = ["compare", "--no-cache", str(ROOT / "seeds")]
    if command == "score":
        pairs = [{"a": f"Floods hit the valley on day {k}.", "b": f"The valley flooded on day {k} after rain."} for k in range(20_000)]
        (tmp_path / "pairs.jsonl").write_text("".join(json.dumps(p) + "\n" for p in pairs), encoding="utf-8")
        argv = ["score", "--mode", "fast", "--no-cache", str(tmp_path / "pairs.jsonl")]
    proc = subprocess.Popen([PYTHON, "-m", "framediff", *argv], env=_process_env(tmp_path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(0.6)  # past start-up (0.1 s): Python's own handlers are ours by now; before a cold compare ends (1.5 s)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:
        pytest.skip("the run finished before the signal")
    assert proc.returncode == 143 and err.decode() == "framediff: terminated\n", (proc.returncode, err)


# -- the cache -------------------------------------------------------------------------------------------


def _rows(path: Path) -> int:
    import sqlite3

    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT count(*) FROM embedding").fetchone()[0])
    finally:
        db.close()


def test_a_full_disk_keeps_the_cache_warns_once_and_goes_on(small_disk: Any, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    env = dict(_process_env(tmp_path))
    first = subprocess.run([PYTHON, "-m", "framediff", "align", "--format", "json", str(ROOT / "seeds")], env=env, capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    rows = _rows(cache / "embeddings.sqlite3")
    stories = ROOT / "bench" / "stories" / "storm"
    size = (cache / "embeddings.sqlite3").stat().st_size + 256 * 1024
    done = small_disk(f'''cp -r "{cache}" "$DISK/cache"
dd if=/dev/zero of="$DISK/filler" bs=4k 2>/dev/null
FRAMEDIFF_CACHE_DIR="$DISK/cache" {PYTHON} -m framediff align --format json "{stories}" > "$OUT/stdout" 2> "$OUT/stderr"
echo $? > "$OUT/status"
rm "$DISK/filler"
cp -r "$DISK/cache" "$OUT/cache"''', size=f"{size // 1024}k")
    assert done.returncode == 0, done.stderr
    out = small_disk.out
    stderr = (out / "stderr").read_text(encoding="utf-8")
    assert (out / "status").read_text().strip() == "0", stderr
    assert stderr.count("\n") == 1 and "the disk is full; the cache is kept" in stderr, stderr
    assert json.loads((out / "stdout").read_text(encoding="utf-8"))["claims"]
    assert sorted(p.name for p in (out / "cache").iterdir() if not p.name.endswith(("-wal", "-shm"))) == ["embeddings.sqlite3"]
    assert _rows(out / "cache" / "embeddings.sqlite3") == rows


def test_a_newer_cache_is_left_alone(run: Any, seeds: Path, tmp_path: Path) -> None:
    import sqlite3

    first = subprocess.run([PYTHON, "-m", "framediff", "align", "--format", "json", str(seeds)], env=_process_env(tmp_path), capture_output=True,
                           text=True)
    path = tmp_path / "cache" / "embeddings.sqlite3"
    rows = _rows(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=7")
    db.commit()
    db.close()
    result = run("align", "--format", "json", str(seeds))
    assert result.exit_code == 0 and result.stderr.count("\n") == 1 and "schema version 7" in result.stderr, result.stderr
    assert json.loads(result.stdout)["claims"] == json.loads(first.stdout)["claims"]
    assert _rows(path) == rows and sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 7


@pytest.mark.parametrize("spoil", ["not a database", "a malformed page"])
def test_only_a_proven_corrupt_cache_is_rebuilt_and_it_is_moved_aside(seeds: Path, tmp_path: Path, spoil: str) -> None:
    """In processes of their own: this one keeps its cache open between runs, with pages SQLite has already read."""
    argv = [PYTHON, "-m", "framediff", "align", "--format", "json", str(seeds)]
    assert subprocess.run(argv, env=_process_env(tmp_path), capture_output=True).returncode == 0
    path = tmp_path / "cache" / "embeddings.sqlite3"
    data = bytearray(path.read_bytes())
    if spoil == "not a database":
        data[:16] = b"definitely not!\x00"
    else:
        data[4096:8192] = bytes(4096)  # the table's root page, zeroed
    path.write_bytes(bytes(data))
    result = subprocess.run(argv, env=_process_env(tmp_path), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "is corrupt" in result.stderr and "moved aside to embeddings.sqlite3.corrupt-" in result.stderr, result.stderr
    aside = [p for p in path.parent.iterdir() if ".corrupt-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(aside) == 1 and aside[0].read_bytes() == bytes(data)
    assert _rows(path) > 0  # the new cache holds this run's vectors


# -- score's memory bound ----------------------------------------------------------------------------------


def test_a_score_line_past_the_cap_is_a_bad_line(run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from framediff.commands import score

    monkeypatch.setattr(score, "MAX_LINE", 4096)
    lines = [{"a": "Floods hit the valley.", "b": "The valley flooded."}, {"a": "x " * 3000, "b": "y"},
             {"a": "Rain fell on Monday.", "b": "It rained on Monday."}]
    path = tmp_path / "pairs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    _one_error_line(run("score", "--mode", "fast", str(path)), f"{path}:2", "a line over 0 MB, the limit of one line")
    skipped = run("score", "--mode", "fast", "--skip-bad", str(path))
    assert skipped.exit_code == 0 and f"{path}:2: skipped: a line over" in skipped.stderr
    assert [json.loads(line)["a"] for line in skipped.stdout.splitlines()] == [lines[0]["a"], lines[2]["a"]]


def test_a_side_past_what_the_signals_read_scores_as_its_head(tmp_path: Path) -> None:
    from framediff import api
    from framediff.aligning.scorer import SIGNAL_CHARS, SIGNAL_WORDS, signal_text

    words = (ROOT / "seeds").joinpath(sorted(os.listdir(ROOT / "seeds"))[0]).read_text(encoding="utf-8").split()
    long = " ".join(words[k % len(words)] for k in range(50_000))
    head = signal_text(long)
    assert len(head) <= SIGNAL_CHARS and len(head.split()) <= SIGNAL_WORDS and long.startswith(head)
    short = " ".join(words[:40])
    assert signal_text(short) == short
    for mode in ("fast", "full"):
        whole, cut = api.score([(long, short), (head, short)], mode=mode, use_cache=False)
        assert whole == cut, mode


@pytest.mark.parametrize("shape", ["distinct words", "one unbroken word"])
def test_one_pair_of_19_mb_scores_within_the_stated_memory(tmp_path: Path, shape: str) -> None:
    """README, "Limits": whatever one line holds under the cap, score's peak memory stays under 600 MB (0.26 GB measured)."""
    half = 19 * 1024 * 1024 // 2
    if shape == "distinct words":
        generator = random.Random(19)
        side = lambda: " ".join(f"w{generator.randrange(50_000)}" for _ in range(half // 7))  # noqa: E731
        record = {"a": side(), "b": side()}
    else:
        record = {"a": "x" * half, "b": "y" * half}
    path = tmp_path / "pair.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    # The child's own peak (VmHWM of its memory after exec), read as it exits: its ru_maxrss would start from the
    # size of this test process at fork.
    probe = ("import atexit, runpy, sys\n"
             "atexit.register(lambda: sys.stderr.write('peak ' + open('/proc/self/status').read().split('VmHWM:')[1].split()[0] + '\\n'))\n"
             f"sys.argv = ['framediff', 'score', '--mode', 'full', '--no-cache', {str(path)!r}]\n"
             "runpy.run_module('framediff', run_name='__main__')\n")
    done = subprocess.run([PYTHON, "-c", probe], env=_process_env(tmp_path), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-500:]
    assert 0 <= json.loads(done.stdout)["score"] <= 1
    peak = int(done.stderr.rsplit("peak ", 1)[1].split()[0])  # KB
    assert peak < 600 * 1024, f"{peak // 1024} MB"


# -- Dask -----------------------------------------------------------------------------------------------------


def test_a_silent_dask_scheduler_fails_within_the_timeout_and_leaves_no_output(run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    import threading

    from framediff.corpus import batch

    monkeypatch.setattr(batch, "DASK_TIMEOUT", 2.0)
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    held: list[socket.socket] = []

    def accept() -> None:  # takes every connection, answers none
        while True:
            try:
                held.append(silent.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in STORM), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
    started = time.monotonic()
    try:
        result = run("batch", "--group-by", "event", "--engine", "dask", "--scheduler", address, str(corpus), "-o", str(out))
    finally:
        silent.close()
        for conn in held:
            conn.close()
    _one_error_line(result, address, "did not answer within 2 s")
    assert time.monotonic() - started < 15
    assert not out.exists()


# -- text --------------------------------------------------------------------------------------------------------

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2063", "\u3164", "\ufe0f", "\U000e0041"]


@pytest.mark.parametrize("mark", INVISIBLE, ids=[f"U+{ord(m):04X}" for m in INVISIBLE])
def test_an_invisible_character_in_a_label_is_shown_escaped_on_the_terminal(run: Any, tmp_path: Path, mark: str) -> None:
    records = [{"text": BODY, "outlet": f"Re{mark}uters"}, {"text": OTHER, "outlet": "Reuters"}]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    escaped = f"Re\\u{ord(mark):04x}uters" if ord(mark) < 0x10000 else f"Re\\U{ord(mark):08x}uters"
    for command in (["compare"], ["align"], ["framing"], ["sentences"], ["compare", "--color", "always"]):
        result = run(*command, "--no-cache" if command[0] != "sentences" else "--no-color", str(path))
        assert result.exit_code == 0, result.stderr
        assert mark not in result.stdout and escaped in result.stdout, (command, mark)
    doc = json.loads(run("sentences", "--format", "json", str(path)).stdout)
    assert doc["articles"][0]["label"] == f"Re{mark}uters"  # the data keeps what came; only the terminal escapes it


def test_an_invisible_character_in_a_file_name_is_shown_escaped(run: Any, tmp_path: Path) -> None:
    missing = tmp_path / "re\u200buters.txt"
    result = run("sentences", str(missing))
    assert result.exit_code == 2 and "\u200b" not in result.stderr and "re\\u200buters.txt" in result.stderr
    present = tmp_path / "wire\u2060.txt"
    present.write_text(BODY, encoding="utf-8")
    shown = run("sentences", "--no-color", str(present))
    assert shown.exit_code == 0 and "\u2060" not in shown.stdout and "wire\\u2060" in shown.stdout


# -- fast refusal ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["paragraphs", "one line"])
def test_the_sentence_limit_is_reached_on_the_head_of_a_long_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: str) -> None:
    from framediff.reading import articles

    monkeypatch.setattr(articles, "PREFIX", 10_000)
    monkeypatch.setattr(articles, "MAX_SENTENCES_PER_ARTICLE", 100)
    cleaned: list[int] = []
    real = articles.clean
    monkeypatch.setattr(articles, "clean", lambda text, **kw: cleaned.append(len(text)) or real(text, **kw))
    joiner = "\n\n" if layout == "paragraphs" else " "
    sentences = [f"The river rose {k} centimetres at the bridge on Monday." for k in range(1_000)]
    path = tmp_path / "long.txt"
    path.write_text(joiner.join(sentences), encoding="utf-8")
    with pytest.raises(InputError, match="over 100 sentences"):
        articles.read_articles([str(path)])
    assert cleaned and max(cleaned) <= 10_000  # only the head was cleaned and split
    long_sentences = [" ".join([f"The river rose {k} centimetres at the bridge on Monday"] * 5) + "." for k in range(90)]
    path.write_text(joiner.join(long_sentences), encoding="utf-8")
    assert len(articles.read_articles([str(path)])[0].sentences) >= 90  # under the limit: read whole, not refused


FRENCH_STORY = ("Le ministre a déclaré à la presse qu'il était prêt à négocier après les inondations de lundi. "
                "Les élus de la région ont réclamé une aide d'urgence pour les familles sinistrées. "
                "Selon la préfecture, près de trois cents foyers ont été évacués pendant la nuit.")


def test_nfd_and_nfc_are_the_same_words_printed_as_they_came(run: Any, tmp_path: Path) -> None:
    import unicodedata

    nfc = tmp_path / "nfc.txt"
    nfc.write_text(FRENCH_STORY, encoding="utf-8")
    nfd = tmp_path / "nfd.txt"
    nfd.write_text(unicodedata.normalize("NFD", FRENCH_STORY), encoding="utf-8")
    same = run("diff", "--no-cache", "--no-color", str(nfc), str(nfd))
    assert same.exit_code == 0, same.stdout  # the same text: no accented word is a rewording
    changed = tmp_path / "changed.txt"
    changed.write_text(unicodedata.normalize("NFD", FRENCH_STORY.replace("trois cents", "quatre cents")), encoding="utf-8")
    result = run("diff", "--no-cache", "--no-color", str(nfc), str(changed))
    assert result.exit_code == 1
    claims = result.stdout.split("Claims ", 1)[1]  # after the legend, which shows the markers too
    assert claims.count("{+") == 1 and claims.count("[-") == 1 and "[-trois-]{+quatre+}" in claims, claims
    decomposed = unicodedata.normalize("NFD", "préfecture")
    assert decomposed in result.stdout or "préfecture" in result.stdout
    doc = json.loads(run("sentences", "--format", "json", str(changed)).stdout)
    text = changed.read_text(encoding="utf-8")
    assert decomposed in " ".join(s["text"] for s in doc["articles"][0]["sentences"])  # kept as it came
    for sentence in doc["articles"][0]["sentences"]:
        assert text[sentence["start"]:sentence["end"]] == sentence["text"]  # offsets into the text as it came


def test_an_nfd_copy_of_a_text_is_the_same_text(run: Any, tmp_path: Path) -> None:
    import unicodedata

    (tmp_path / "a.txt").write_text(FRENCH_STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(unicodedata.normalize("NFD", FRENCH_STORY), encoding="utf-8")
    result = run("sentences", "--format", "json", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert result.exit_code == 0 and "the same text as" in result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 1


# -- event keys ---------------------------------------------------------------------------------------------------


def test_event_keys_keep_their_json_type(run: Any, tmp_path: Path) -> None:
    records = [{"event": 1, "outlet": "Daily", "text": BODY}, {"event": 1, "outlet": "Courier", "text": OTHER},
               {"event": "1", "outlet": "Herald", "text": FRENCH_STORY}]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = run("batch", "--group-by", "event", "--jobs", "1", "--no-framing", "--no-cache", str(corpus), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(line["event"], line["status"]) for line in lines] == [(1, "ok"), ("1", "single")]
    resumed = run("batch", "--group-by", "event", "--jobs", "1", "--no-framing", "--no-cache", "--resume", str(corpus), "-o", str(out))
    assert resumed.exit_code == 0 and "resuming: 2 events" in resumed.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2  # neither is run again
    summary = run("summary", "--format", "json", str(out))
    assert summary.exit_code == 0, summary.stderr
    assert json.loads(summary.stdout)["events"] == 2


def test_batch_on_a_full_disk_says_so_in_one_line_and_keeps_what_it_wrote(small_disk: Any, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_bytes(_batch_corpus(tmp_path, events=6))
    command = f"{PYTHON} -m framediff batch --group-by event --jobs 1 --no-framing --no-cache {corpus} -o \"$DISK/events.jsonl\""
    done = small_disk(f'''{command} 2> "$OUT/stderr"; echo $? > "$OUT/status"
cp -a "$DISK/." "$OUT/disk"''', size="40k")
    assert done.returncode == 0, done.stderr
    out = small_disk.out
    stderr = (out / "stderr").read_text(encoding="utf-8")
    assert (out / "status").read_text().strip() == "2", stderr
    assert stderr.count("\n") == 1 and "events.jsonl: cannot write: No space left on device" in stderr, stderr
    from framediff.corpus.batch import finished_events

    finished, _ = finished_events(str(out / "disk" / "events.jsonl"))
    assert finished, "the first events fit and stay, for --resume"


def test_the_text_summary_shows_invisible_characters_in_outlet_names_escaped() -> None:
    from framediff.render.summary_report import render_text

    row = {"label": "Re\u200buters", "articles": 2, "events": 1, "left_out_share": 0.0, "only_here_share": 0.5, "tone": 0.1,
           "tone_others": 0.0, "reuse_share": 0.0, "distinctive_terms": ["port"], "quotes_most": []}
    text = render_text({"events": 1, "compared_events": 1, "articles": 2, "outlets": [row]}, width=100)
    assert "\u200b" not in text
    assert text.count("Re\\u200buters") == 2  # the table and the terms line


def test_a_stopped_pool_leaves_no_resource_tracker_warning_behind() -> None:
    """Workers stopped by a signal may leave a semaphore registered; the resource tracker removes it at its end and had
    printed "There appear to be 1 leaked semaphore objects" after "framediff: terminated" (a CI run caught it)."""
    code = ("import multiprocessing, os\n"
            "from framediff.corpus.batch import _quiet_resource_tracker\n"
            "_quiet_resource_tracker()\n"
            "semaphore = multiprocessing.get_context('spawn').Semaphore(1)\n"
            "os._exit(0)\n")
    # the tracker holds the stderr pipe until it has ended, so its last words are read here
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stderr == "", result.stderr

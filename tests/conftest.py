"""Hermetic tests: fixed terminal, no colour variables, caches in tmp, HTTP from a local server."""

from __future__ import annotations

import http.server
import json
import socket
import threading
from pathlib import Path
from typing import Any, Iterator

import pytest
from click.testing import CliRunner

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def hermetic(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "TERM", "FRAMEDIFF_DEBUG", "FRAMEDIFF_MODEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("LINES", "50")
    monkeypatch.setenv("FRAMEDIFF_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def run() -> Any:
    """Invoke the command line; returns the Click result (stdout and stderr apart)."""
    from framediff.commands import main

    def invoke(*args: str, input: str | bytes | None = None) -> Any:
        return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def framing_flat(run: Any) -> Any:
    """The framing part of ``compare STORY`` in one format, whitespace run together and Markdown's escapes taken out: what
    a reader reads there, in text, markdown or html."""

    def invoke(story: Path, fmt: str, width: int = 120) -> str:
        section = ["--section", "framing"] if fmt == "text" else []
        result = run("compare", str(story), "--format", fmt, *section, "--width", str(width), "--no-cache", "--no-color")
        assert result.exit_code == 0, result.stderr
        return " ".join(result.stdout.replace("\\", "").split())

    return invoke


@pytest.fixture
def run_json(run: Any) -> Any:
    def invoke(*args: str, input: str | bytes | None = None) -> Any:
        result = run(*args, "--format", "json", input=input)
        assert result.exit_code in (0, 1), result.stderr
        return json.loads(result.stdout)

    return invoke


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        status, content_type, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[Any]:
    """A local HTTP server on 127.0.0.1; set ``server.routes[path] = (status, type, bytes)``."""
    handler = type("Handler", (_Handler,), {"routes": {}})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.routes = handler.routes  # type: ignore[attr-defined]
    server.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


class RawServer:
    """Answers each connection with canned bytes chosen by the request path: for responses no HTTP server would send.
    With ``gap`` set, sends them a byte every ``gap`` seconds: each read succeeds, the whole takes for ever."""

    def __init__(self) -> None:
        self.routes: dict[str, bytes] = {}
        self.gap: float | None = None
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    request = conn.recv(65536).decode("latin-1")
                    path = request.split(" ", 2)[1] if " " in request else "/"
                    data = self.routes.get(path, b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
                    if self.gap is None:
                        conn.sendall(data)
                    for byte in data if self.gap is not None else b"":
                        if self.stopped.wait(self.gap):
                            break
                        conn.sendall(bytes([byte]))
                except OSError:
                    pass

    def close(self) -> None:
        self.stopped.set()
        self.thread.join(2)
        self.sock.close()


@pytest.fixture
def raw_server() -> Iterator[RawServer]:
    """A raw socket server on 127.0.0.1 (:class:`RawServer`); set ``server.routes[path] = bytes``."""
    server = RawServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def small_disk(tmp_path: Path) -> Any:
    """Run a shell script with a small, real tmpfs mounted at ``$DISK``: a full disk, for the disk-full cases.

    The tmpfs lives in a user and mount namespace of its own (``unshare``), seen only by the script and what it
    starts; the script copies what the test must see to ``$OUT``. Skips where the machine allows no such namespace."""
    import os
    import shutil
    import subprocess

    if shutil.which("unshare") is None:
        pytest.skip("no unshare(1) here")
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"no user and mount namespaces here: {probe.stderr.decode(errors='replace').strip()}")
    disk, out = tmp_path / "disk", tmp_path / "out"
    disk.mkdir()
    out.mkdir()

    def run(script: str, size: str = "16k", timeout: float = 300) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "DISK": str(disk), "OUT": str(out), "SIZE": size}
        wrapped = f'mount -t tmpfs -o size="$SIZE" tmpfs "$DISK" || exit 99\n{script}'
        done = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", wrapped], env=env,
                              capture_output=True, text=True, timeout=timeout)
        assert done.returncode != 99, done.stderr
        return done

    run.out = out  # type: ignore[attr-defined]
    return run

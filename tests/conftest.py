"""Hermetic tests: fixed terminal, no colour variables, caches in tmp, HTTP from a local server."""

from __future__ import annotations

import http.server
import json
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

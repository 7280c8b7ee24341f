"""framediff as a shell script meets it: real pipes, real signals, help examples run as written with Debian's jq."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FRAMEDIFF = [sys.executable, "-m", "framediff"]


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "FRAMEDIFF_DEBUG")}
    env["FRAMEDIFF_CACHE_DIR"] = str(tmp_path / "cache")
    return env


@pytest.mark.parametrize("args", [["compare", "seeds/"], ["compare", "--format", "json", "seeds/"], ["sentences", "seeds/"]])
def test_a_reader_that_goes_away_is_no_error(tmp_path: Path, args: list[str]) -> None:
    """`framediff … | head -1` under `set -o pipefail` exits 0, with nothing on stderr."""
    command = " ".join(FRAMEDIFF + args)
    done = subprocess.run(["bash", "-o", "pipefail", "-c", f"{command} | head -c 20"], cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and len(done.stdout) == 20


# Python's own start (site, .pth files, runpy) runs before any code of framediff's and cannot be guarded, so the
# signal is sent a measured time after the entry point is imported: the child says "ready" on stderr, then runs.
_READY_THEN_RUN = ("import sys; from framediff.__main__ import run; sys.argv = ['framediff', 'compare', '--no-cache', 'seeds/']; "
                   "sys.stderr.write('ready\\n'); sys.stderr.flush(); run()")


@pytest.mark.parametrize("delay", [0.01, 0.05, 0.4])
def test_ctrl_c_exits_130_with_one_line(tmp_path: Path, delay: float) -> None:
    """A Ctrl-C as the commands load (0.01), as the models load (0.05) or during the work (0.4): exit 130, one line."""
    proc = subprocess.Popen([sys.executable, "-c", _READY_THEN_RUN], cwd=ROOT, env=_env(tmp_path),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    assert proc.stderr.readline() == "ready\n"
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err) == (130, "framediff: interrupted\n")


def _examples(help_text: str) -> list[str]:
    block = help_text.split("Examples:", 1)[1]
    return [line.strip() for line in block.splitlines() if line.strip().startswith(("framediff", "echo"))]


@pytest.fixture
def example_files(tmp_path: Path) -> Path:
    """The files the help examples name, in a folder of their own."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    text = seeds[0].read_text(encoding="utf-8")
    (tmp_path / "old.txt").write_text(text, encoding="utf-8")
    (tmp_path / "new.txt").write_text(text.replace("Wednesday", "Tuesday"), encoding="utf-8")
    (tmp_path / "wire.txt").write_text(seeds[1].read_text(encoding="utf-8"), encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in seeds[1].read_text(encoding="utf-8").splitlines() if line.strip())
    (tmp_path / "story.html").write_text(f"<html><body><article>{paragraphs}</article></body></html>", encoding="utf-8")
    (tmp_path / "article.html").write_text(f"<html><body><article>{paragraphs}</article></body></html>", encoding="utf-8")
    (tmp_path / "story.txt").write_text(seeds[2].read_text(encoding="utf-8"), encoding="utf-8")
    pairs = [{"a": "Israel signed a defence pact with Morocco.", "b": "Israel and Morocco signed a defense agreement."},
             {"a": "Floods hit the valley.", "b": "Markets rallied on Friday."}]
    for name in ("pairs.jsonl", "big.jsonl"):
        (tmp_path / name).write_text("".join(json.dumps(p) + "\n" for p in pairs), encoding="utf-8")
    records = [{"event": "morocco", "text": path.read_text(encoding="utf-8"), "outlet": f"Outlet {n}", "date": "2021-11-24"}
               for n, path in enumerate(seeds)]
    records += [{"event": "port strike", "text": path.read_text(encoding="utf-8"), "outlet": f"Outlet {n}", "date": "2021-12-10"}
                for n, path in enumerate(sorted((ROOT / "tests" / "data" / "port-strike").glob("*.txt")))]
    (tmp_path / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text("".join(json.dumps({k: v for k, v in r.items() if k != "event"}) + "\n" for r in records), encoding="utf-8")
    (tmp_path / "outlets.csv").write_text("outlet,group\nOutlet 0,left\nOutlet 1,left\nOutlet 2,right\nOutlet 3,right\n", encoding="utf-8")
    return tmp_path


def test_every_help_example_runs_as_written(run: Any, example_files: Path) -> None:
    """With the jq Debian ships (1.6), in which `{label}` is a syntax error."""
    if shutil.which("jq") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install jq (apt-get install -y jq): the help examples pipe into it")
        pytest.skip("jq is not installed")
    from framediff.commands import main

    bin_dir = example_files / "bin"
    bin_dir.mkdir()
    (bin_dir / "framediff").write_text(f"#!/bin/sh\nexec {sys.executable} -m framediff \"$@\"\n", encoding="utf-8")
    (bin_dir / "framediff").chmod(0o755)
    env = _env(example_files)
    env["PATH"] = f"{bin_dir}:{env['PATH']}"
    examples = [e for name in [None, *main.commands] for e in _examples(run(*([name] if name else []), "--help").stdout)]
    assert len(examples) >= 14
    for example in examples:
        done = subprocess.run(["bash", "-o", "pipefail", "-c", example], cwd=example_files, env=env, capture_output=True, text=True, timeout=300)
        differs = re.match(r"framediff diff\b", example) is not None  # diff's exit 1 means "they differ"
        assert done.returncode in ((0, 1) if differs else (0,)), f"{example}\n{done.stderr}"
        assert "error" not in done.stderr, f"{example}\n{done.stderr}"
        if "|" in example and "jq" in example:
            assert done.stdout.strip(), example


def test_a_run_ends_without_teardown_yet_writes_everything_and_closes_its_cache(tmp_path: Path) -> None:
    """The command line ends its process once the exit handlers ran (framediff.__main__._leave): the whole document
    is written, the status is the command's, and the cache is closed (SQLite's write-ahead log folded back, no -wal
    or -shm file left) as a full teardown would leave it."""
    done = subprocess.run([*FRAMEDIFF, "align", "--format", "json", "seeds/"], cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0 and json.loads(done.stdout)["claims"], done.stderr
    assert sorted(p.name for p in (tmp_path / "cache").iterdir()) == ["embeddings.sqlite3"]
    bad = subprocess.run([*FRAMEDIFF, "align", "seeds/", "--threshold", "2"], cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True,
                         timeout=300)
    assert bad.returncode == 2 and bad.stderr.startswith("framediff: error:"), bad.stderr

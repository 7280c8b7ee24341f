"""Every file of the hostile corpus (tests/hostile/) through every command and every format.

Whatever the file, a command either works or refuses it with exit 2 and one
error line naming it; --skip-bad then runs without it. Nothing crashes, no
raw control character reaches stdout or stderr, JSON parses, and no markup
from the file becomes an element in Markdown or HTML.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

HOSTILE = Path(__file__).resolve().parent / "hostile"
sys.path.insert(0, str(HOSTILE))
import make  # noqa: E402  (tests/hostile/make.py)

FORMATS = {
    "sentences": ("text", "json", "jsonl"),
    "align": ("text", "json", "jsonl"),
    "compare": ("text", "json", "jsonl", "markdown", "html"),
    "diff": ("text", "json", "markdown", "html"),
    "framing": ("text", "json", "markdown", "html"),
}
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029]")
ESCAPED_NAME = "name-\x1b[2J-\u202e-\x07.txt"  # a file name holding ESC, a bidi override and BEL
ARTICLE_NAMES = sorted(n for n in [*make.small(), *make.large(), ESCAPED_NAME] if not n.startswith("score-"))
PAIR_NAMES = sorted(n for n in [*make.small(), *make.large()] if n.startswith("score-"))


def test_the_committed_files_are_what_the_script_makes() -> None:
    committed = {p.name: p.read_bytes() for p in (HOSTILE / "files").iterdir()}
    assert committed == make.small(), "run python tests/hostile/make.py"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    shutil.copytree(HOSTILE / "files", folder, dirs_exist_ok=True)
    make.write(folder, make.large())
    (folder / ESCAPED_NAME).write_text(make.BODY, encoding="utf-8")
    good = folder / "good"
    good.mkdir()
    (good / "a.txt").write_text("Floods hit the valley on Monday after days of rain. Hundreds of families fled.", encoding="utf-8")
    (good / "b.txt").write_text("The valley flooded on Monday after heavy rain. About 300 families left their homes.", encoding="utf-8")
    return folder


def _clean_streams(result: Any, fmt: str) -> None:
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    assert not RAW_CONTROL.search(result.stderr), repr(result.stderr)
    lines = result.stderr.strip().splitlines()
    assert all(line.startswith(("framediff: warning: ", "framediff: error: ")) for line in lines), result.stderr
    out = result.stdout
    assert not RAW_CONTROL.search(out.replace("\t", " ")), (fmt, repr(out[:300]))
    if fmt == "json" and result.exit_code in (0, 1) and out:
        json.loads(out)
    if fmt == "jsonl" and result.exit_code in (0, 1):
        for line in out.splitlines():
            json.loads(line)
    if fmt in ("markdown", "html") and out:
        from markdown_it import MarkdownIt

        html = MarkdownIt("commonmark").render(out) if fmt == "markdown" else out
        assert "<img src=x" not in html and "<script" not in html, fmt


@pytest.mark.parametrize("name", ARTICLE_NAMES)
@pytest.mark.parametrize("command", list(FORMATS))
def test_a_hostile_article_through_every_format(run: Any, corpus: Path, command: str, name: str) -> None:
    path = str(corpus / name)
    a, b = str(corpus / "good" / "a.txt"), str(corpus / "good" / "b.txt")
    argv = {"sentences": [path], "diff": [path, a]}.get(command, [path, a])
    statuses = set()
    for fmt in FORMATS[command]:
        extra = ["--no-cache"] if command != "sentences" else []
        result = run(command, *extra, "--no-color", "--format", fmt, *argv)
        allowed = (0, 1, 2) if command == "diff" else (0, 2)
        assert result.exit_code in allowed, (fmt, result.exit_code, result.stderr)
        _clean_streams(result, fmt)
        statuses.add(result.exit_code)
        if result.exit_code == 2:
            errors = [line for line in result.stderr.strip().splitlines() if line.startswith("framediff: error: ")]
            assert len(errors) == 1 and result.stdout == "", (fmt, result.stderr)
    assert len(statuses) == 1 or command == "diff", "one file is refused in every format or in none"
    if statuses == {2} and command in ("align", "compare", "framing"):
        skipped = run(command, "--no-cache", "--no-color", "--skip-bad", path, a, b)
        assert skipped.exit_code == 0, skipped.stderr
        _clean_streams(skipped, "text")


@pytest.mark.parametrize("name", PAIR_NAMES)
@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_hostile_pairs_through_score(run: Any, corpus: Path, name: str, fmt: str) -> None:
    result = run("score", "--format", fmt, str(corpus / name))
    assert result.exit_code in (0, 2), result.stderr
    _clean_streams(result, fmt)
    if result.exit_code == 0:
        assert "NaN" not in result.stdout and "Infinity" not in result.stdout

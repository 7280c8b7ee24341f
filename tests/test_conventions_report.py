"""Conventions the reader relies on: which colour variable wins, one form for every error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


@pytest.mark.parametrize(("env", "tty", "colored"), [
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, False, False),  # NO_COLOR wins (no-color.org, git)
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
    ({"FORCE_COLOR": "1", "TERM": "dumb"}, False, True),
    ({"FORCE_COLOR": "0"}, False, False),
    ({"NO_COLOR": ""}, True, True),  # an empty NO_COLOR is not set
])
def test_no_color_wins_over_force_color(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tty: bool, colored: bool) -> None:
    from framediff.commands.output import color_wanted

    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert color_wanted("auto", tty) is colored
    assert color_wanted("always", tty) is True and color_wanted("never", tty) is False


@pytest.mark.parametrize("args", [
    ["compare", "-o", "{missing}/r.html", "{seeds}"],
    ["compare", "--no-such-option", "{seeds}"],
    ["compare", "--format", "pdf", "{seeds}"],
    ["no-such-command"],
    ["diff", "--min-outlets", "2", "{seeds}/000_76d632e3aa15ba0c.txt", "{seeds}/001_5e6aec6546b76bb1.txt"],
])
def test_every_usage_error_says_framediff_error(run: Any, seeds: Path, tmp_path: Path, args: list[str]) -> None:
    result = run(*(a.format(missing=tmp_path / "missing", seeds=seeds) for a in args))
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("framediff: error: ") and "Error:" not in result.stderr
    assert lines[1].startswith("Try '") and lines[1].endswith("--help' for help.") and len(lines) == 2

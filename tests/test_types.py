"""The core is fully type-hinted; mypy keeps it honest."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_the_package_type_checks(tmp_path: Path) -> None:
    api = pytest.importorskip("mypy.api")
    package = Path(__file__).resolve().parent.parent / "cli" / "framediff"
    config = package.parent.parent / "setup.cfg"
    stdout, stderr, status = api.run(["--config-file", str(config), "--cache-dir", str(tmp_path), str(package)])
    assert status == 0, stdout + stderr

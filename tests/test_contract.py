"""The JSON contract: the API gives what each command prints, one schema validates all of it, and the README's jq recipes run."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

import framediff
from framediff.json_lines import document_from_lines

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIRST, SECOND = sorted(SEEDS.glob("*.txt"))[:2]
PAIRS = [{"a": "Israel signed a defence pact with Morocco.", "b": "Israel and Morocco signed a defense agreement.", "id": 1},
         {"a": "Floods hit the valley.", "b": "Markets rallied on Friday.", "id": 2}]

# (command line, the API call that must give the same document)
COMMANDS: dict[str, tuple[list[str], Any]] = {
    "sentences": (["sentences", str(SEEDS)], lambda: framediff.read_articles([str(SEEDS)])),
    "align": (["align", str(SEEDS)], lambda: framediff.align([str(SEEDS)])),
    "compare": (["compare", str(SEEDS)], lambda: framediff.compare([str(SEEDS)])),
    "compare --no-framing --min-outlets 3": (["compare", "--no-framing", "--min-outlets", "3", str(SEEDS)],
                                             lambda: framediff.compare([str(SEEDS)], framing=False, min_outlets=3)),
    "diff": (["diff", str(FIRST), str(SECOND)], lambda: framediff.diff(str(FIRST), str(SECOND))),
    "framing": (["framing", str(SEEDS)], lambda: framediff.framing([str(SEEDS)])),
}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(files("framediff").joinpath("schema/framediff.schema.json").read_text(encoding="utf-8"))


def _validator(schema: dict[str, Any], part: str | None = None) -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    target = schema if part is None else {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{part}"}
    return jsonschema.Draft202012Validator(target)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_the_api_gives_exactly_what_the_command_prints(run: Any, name: str) -> None:
    args, call = COMMANDS[name]
    result = run(*args, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    assert framediff.to_json(call()) == json.loads(result.stdout)


@pytest.mark.parametrize("name", list(COMMANDS))
def test_the_document_written_record_by_record_is_the_whole_document(name: str) -> None:
    """--format json writes a document a record at a time (its memory stays flat); the text is that of the whole at once."""
    from framediff.render.json_out import document_pieces
    from framediff.safetext import dumps
    from framediff.serialize import document

    result = COMMANDS[name][1]()
    assert "".join(document_pieces(result)) == dumps(document(result), indent=2) + "\n"


def test_the_document_written_record_by_record_escapes_as_the_whole(tmp_path: Path) -> None:
    from framediff.render.json_out import document_pieces
    from framediff.safetext import dumps
    from framediff.serialize import document

    story = tmp_path / "story.txt"
    story.write_text("Re\u200buters said \u202eevil\u202c and \x9b[31m red.\n\n“Line one,” he said. \\ A path: C:\\new.", encoding="utf-8")
    result = framediff.read_articles([str(story)])
    pieces = "".join(document_pieces(result))
    assert pieces == dumps(document(result), indent=2) + "\n" and "\\u202e" in pieces and "\\u009b" in pieces


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_document_and_every_line_validates(run: Any, schema: dict[str, Any], name: str) -> None:
    args, _ = COMMANDS[name]
    document = json.loads(run(*args, "--format", "json").stdout)
    errors = sorted(_validator(schema).iter_errors(document), key=str)
    assert errors == [], errors[:3]
    lines = [json.loads(line) for line in run(*args, "--format", "jsonl").stdout.splitlines()]
    line_schema = _validator(schema, "line")
    assert [str(e) for line in lines for e in line_schema.iter_errors(line)][:3] == []
    assert lines[0]["type"] == "header" and all(line["type"] != "header" for line in lines[1:])
    assert document_from_lines(lines) == document  # nothing of the document is lost


def test_the_schema_rejects_what_breaks_the_contract(schema: dict[str, Any]) -> None:
    document = framediff.to_json(framediff.compare([str(SEEDS)], framing=False))
    validator = _validator(schema)
    for broken in ({**document, "schema": "framediff/1"}, {k: v for k, v in document.items() if k != "coverage"},
                   {**document, "left_out": {"x": []}}, {**document, "claims": [{"id": "c1"}]}):
        assert list(validator.iter_errors(broken)), sorted(broken)[:3]


def test_score_records_and_document_validate(run: Any, schema: dict[str, Any]) -> None:
    lines = "".join(json.dumps(p) + "\n" for p in PAIRS)
    records = [json.loads(line) for line in run("score", "--mode", "fast", input=lines).stdout.splitlines()]
    pair = _validator(schema, "pair")
    assert len(records) == 2 and all(not list(pair.iter_errors(r)) for r in records)
    assert [r["id"] for r in records] == [1, 2]  # the caller's fields pass through
    document = json.loads(run("score", "--mode", "fast", "--format", "json", input=lines).stdout)
    assert list(_validator(schema).iter_errors(document)) == [] and document["command"] == "score"


def test_claims_name_their_outlets_and_their_text(run_json: Any) -> None:
    doc = run_json("compare", "--no-framing", str(SEEDS))
    labels = {a["id"]: a["label"] for a in doc["articles"]}
    texts = {(a["id"], s["index"]): s["text"] for a in doc["articles"] for s in a["sentences"]}
    for claim in doc["claims"]:
        assert claim["labels"] == [labels[a] for a in claim["articles"]]
        assert claim["missing_labels"] == [labels[a] for a in claim["missing"]]
        ref = claim["representative"]
        assert claim["text"] == texts[(ref["article"], ref["sentence"])] and ref["label"] == labels[ref["article"]]
    for record in doc["only_here"] + doc["left_out"]:
        assert record["label"] == labels[record["article"]]


def _recipes() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- jq recipes -->", 1)[1].split("<!-- /jq recipes -->", 1)[0]
    return re.findall(r"^(framediff .+)$", block, re.M)


def test_the_readme_jq_recipes_run_with_debian_jq(tmp_path: Path) -> None:
    if shutil.which("jq") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install jq")
        pytest.skip("jq is not installed")
    recipes = _recipes()
    assert len(recipes) == 5
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "framediff").write_text(f"#!/bin/sh\nexec {sys.executable} -m framediff \"$@\"\n", encoding="utf-8")
    (bin_dir / "framediff").chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "FRAMEDIFF_CACHE_DIR": str(tmp_path / "cache")}
    for recipe in recipes:
        done = subprocess.run(["bash", "-o", "pipefail", "-c", recipe], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{recipe}\n{done.stderr}"
        assert done.stdout.strip(), recipe


def test_the_api_scores_what_the_command_scores(run: Any) -> None:
    lines = "".join(json.dumps(p) + "\n" for p in PAIRS)
    for mode in ("fast", "cascade"):
        printed = [json.loads(line) for line in run("score", "--mode", mode, input=lines).stdout.splitlines()]
        scored = framediff.score([(p["a"], p["b"]) for p in PAIRS], mode=mode)
        assert [(r["score"], r["same_claim"]) for r in printed] == [(s.score, s.same_claim) for s in scored]

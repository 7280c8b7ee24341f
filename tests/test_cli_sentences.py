"""`framediff sentences` through the command line: formats, schema, exit codes, hostile text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest


def test_json_contract_and_schema(run_json: Any, seeds: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from importlib.resources import files

    doc = run_json("sentences", str(seeds))
    schema = json.loads(files("framediff").joinpath("schema/framediff.schema.json").read_text())
    jsonschema.validate(doc, schema)
    assert doc["schema"] == "framediff/2" and doc["command"] == "sentences"
    assert len(doc["articles"]) == 5
    haaretz = doc["articles"][2]
    assert haaretz["sentences"][0]["kind"] == "headline"
    reasons = {d["reason"] for d in haaretz["dropped"]}
    assert {"share-buttons", "caption", "credits", "interface"} <= reasons


def test_jsonl_is_a_header_then_one_article_per_line(run: Any, seeds: Path) -> None:
    result = run("sentences", "--format", "jsonl", str(seeds))
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0] == {"type": "header", "schema": "framediff/2", "command": "sentences", "lines": {"articles": 5}}
    assert [line["type"] for line in lines[1:]] == ["article"] * 5


def test_text_report_names_each_article(run: Any, seeds: Path) -> None:
    result = run("sentences", "--no-color", "--width", "100", str(seeds))
    assert result.exit_code == 0
    assert "Military Africa" in result.stdout and "Israel signs defence pact with Morocco" in result.stdout


def test_label_options(run_json: Any, seeds: Path) -> None:
    doc = run_json("sentences", "--label", "ToI", str(seeds / "000_76d632e3aa15ba0c.txt"), f"Reuters={seeds / '004_8c5ba950128fcb64.txt'}")
    assert [a["label"] for a in doc["articles"]] == ["ToI", "Reuters"]


def test_output_file(run: Any, seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("sentences", "--format", "json", "-o", str(out), str(seeds))
    assert result.exit_code == 0 and result.stdout == ""
    assert len(json.loads(out.read_text())["articles"]) == 5


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["missing.txt"], "missing.txt: no such file or directory"),
        (["file:///etc/passwd"], "refused URL scheme"),
        (["--label", "a", "--label", "b", "x.txt"], "2 --label options for 1 inputs"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(run: Any, args: list[str], needle: str) -> None:
    result = run("sentences", *args)
    assert result.exit_code == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_skip_bad(run_json: Any, run: Any, seeds: Path) -> None:
    result = run("sentences", "--skip-bad", "--format", "json", "missing.txt", str(seeds / "001_5e6aec6546b76bb1.txt"))
    assert result.exit_code == 0
    assert "warning: skipped missing.txt" in result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_hostile_text_is_data(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(
        "A [bold red]styled[/] claim was made on Monday. "
        "Then \x1b[2J\x1b]52;c;cGF3bmVk\x07 and \x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\ and \x9b31m appeared.\n",
        encoding="utf-8",
    )
    result = run("sentences", "--color", "always", str(path))
    assert "[bold red]styled[/]" in result.stdout
    assert "\x1b]" not in result.stdout and "\x1b[2J" not in result.stdout and "\x9b" not in result.stdout
    assert "\\x1b" in result.stdout
    raw_json = run("sentences", "--format", "json", str(path)).stdout
    assert "\x1b" not in raw_json and "\x9b" not in raw_json
    assert "\x1b[2J" in json.loads(raw_json)["articles"][0]["sentences"][1]["text"]


def test_stdin(run_json: Any) -> None:
    doc = run_json("sentences", "-", input="Floods hit the valley on Monday. Hundreds fled.")
    assert doc["articles"][0]["label"] == "stdin"
    assert [s["text"] for s in doc["articles"][0]["sentences"]] == ["Floods hit the valley on Monday.", "Hundreds fled."]


def test_module_entry_point() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "framediff", "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "sentences" in result.stdout


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Israel signs defence pact with Morocco\n", ["Israel signs defence pact with Morocco"]),  # one line: no headline over nothing
        ("Israel signs defence pact with Morocco\n\nThe pact was signed on Wednesday.\n", ["The pact was signed on Wednesday."]),
        ("東京で会議が開かれた。\n\n議題は予算だった。\n", ["東京で会議が開かれた。", "議題は予算だった。"]),  # a full stop: no headline
    ],
)
def test_body_sentences_of_short_texts(run_json: Any, text: str, sentences: list[str]) -> None:
    (article,) = run_json("sentences", "-", input=text.encode())["articles"]
    assert [s["text"] for s in article["sentences"] if s["kind"] == "body"] == sentences


def test_counts_are_singular_for_one(run: Any) -> None:
    result = run("sentences", "--no-color", "-", input=b"Israel signs defence pact with Morocco\n")
    assert result.exit_code == 0
    assert "1 sentence, 6 words" in result.stdout

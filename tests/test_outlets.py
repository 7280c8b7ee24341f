"""Outlets: names a folder gives its files, labels that differ only in case or spacing, aliases, `label` everywhere,
every outlet in every section of the summary, and an outlet's own name never among its distinctive terms."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from framediff.article import Article, Sentence

SEED_OUTLETS = ["Jerusalem Post", "Israel MoD", "Haaretz", "Mediterranean Exchanges", "Military Africa"]


def test_the_seeds_name_their_outlets_in_every_report(run: Any, run_json: Any, seeds: Path) -> None:
    doc = run_json("sentences", str(seeds))
    assert [a["label"] for a in doc["articles"]] == SEED_OUTLETS
    assert [a["label"] for a in run_json("sentences", str(seeds / "002_ccfc82b8f23a9f01.txt"))["articles"]] == ["Haaretz"]
    text = run("compare", "--no-framing", "--width", "100", str(seeds)).stdout
    assert all(name in text for name in SEED_OUTLETS) and "000_76d632e3aa15ba0c" not in text


def _folder(tmp_path: Path, seeds: Path, labels: str) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    for name in ("000_76d632e3aa15ba0c.txt", "004_8c5ba950128fcb64.txt"):
        shutil.copy(seeds / name, folder / name)
    (folder / "labels.csv").write_text(labels, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("labels", "expected"), [
    ("file,label\n000_76d632e3aa15ba0c.txt,JPost\n004_8c5ba950128fcb64.txt,  Military   Africa \n", ["JPost", "Military Africa"]),
    ("# no header\n004_8c5ba950128fcb64.txt,Reuters copy,a note\n", ["000_76d632e3aa15ba0c", "Reuters copy"]),
])
def test_a_folder_names_its_files_in_labels_csv(run_json: Any, seeds: Path, tmp_path: Path, labels: str, expected: list[str]) -> None:
    folder = _folder(tmp_path, seeds, labels)
    assert [a["label"] for a in run_json("sentences", str(folder))["articles"]] == expected


def test_label_name_path_beats_the_folder_file(run_json: Any, seeds: Path, tmp_path: Path) -> None:
    folder = _folder(tmp_path, seeds, "000_76d632e3aa15ba0c.txt,JPost\n")
    doc = run_json("sentences", "--label", f"Post={folder / '000_76d632e3aa15ba0c.txt'}", str(folder))
    assert [a["label"] for a in doc["articles"]] == ["Post", "004_8c5ba950128fcb64"]


@pytest.mark.parametrize(("labels", "needle"), [
    ("gone.txt,Someone\n", "labels.csv:1: gone.txt: no such article file in this folder"),
    ("file,label\n000_76d632e3aa15ba0c.txt,\n", "labels.csv:2: a row must be file,label"),
])
def test_a_bad_labels_file_is_one_line_and_exit_2(run: Any, seeds: Path, tmp_path: Path, labels: str, needle: str) -> None:
    result = run("sentences", str(_folder(tmp_path, seeds, labels)))
    assert result.exit_code == 2 and needle in result.stderr and result.stderr.startswith("framediff: error:")


def test_labels_that_differ_only_in_case_or_spacing_are_told_apart_with_a_warning(run: Any, seeds: Path) -> None:
    result = run("sentences", "--format", "json", "--label", "fox", str(seeds / "000_76d632e3aa15ba0c.txt"),
                 "--label", " FOX", str(seeds / "004_8c5ba950128fcb64.txt"))
    assert [a["label"] for a in json.loads(result.stdout)["articles"]] == ["fox", "FOX-2"]
    assert "label 'FOX' differs from 'fox' only in case or spacing; labelled 'FOX-2'" in result.stderr


# -- summary ---------------------------------------------------------------------------------------------------------


def _event(event: str, outlets: list[tuple[str, list[str]]], carried: list[list[int]]) -> dict[str, Any]:
    """A batch line: outlets as (name, distinctive terms); claims as lists of the outlets (by index) that carry them."""
    articles = [{"id": f"{event}-{i}", "label": name, "outlet": name} for i, (name, _) in enumerate(outlets)]
    claims = [{"id": f"c{n}", "number": n, "text": f"claim {n}", "articles": [articles[i]["id"] for i in who],
               "labels": [articles[i]["label"] for i in who]} for n, who in enumerate(carried, 1)]
    framing = [{"article": a["id"], "label": a["label"], "distinctive_terms": [{"term": t, "score": 5.0 - k} for k, t in enumerate(terms)],
                "tone": {}, "quotes": []} for a, (_, terms) in zip(articles, outlets)]
    return {"batch": "framediff/2", "event": event, "status": "compared",
            "comparison": {"articles": articles, "claims": claims, "widely_carried_from": 2, "left_out": [], "only_here": [], "framing": framing}}


def _summary(run: Any, tmp_path: Path, lines: list[dict[str, Any]], *args: str) -> Any:
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return run("summary", str(path), *args)


def test_summary_merges_labels_that_differ_only_in_case_or_spacing_and_says_so(run: Any, tmp_path: Path) -> None:
    lines = [_event("e1", [("fox", ["border"]), ("Times", ["court"])], [[0, 1]]),
             _event("e2", [("FOX ", ["border"]), ("times", ["court"])], [[0, 1]])]
    result = _summary(run, tmp_path, lines, "--format", "json")
    doc = json.loads(result.stdout)
    assert sorted(o["label"] for o in doc["outlets"]) == ["Times", "fox"]
    assert all(o["articles"] == 2 and o["name"] == o["label"] for o in doc["outlets"])
    assert {m["label"]: m["spellings"] for m in doc["merged_labels"]} == {"fox": ["FOX ", "fox"], "Times": ["Times", "times"]}
    assert "outlet 'fox' is spelled 'FOX ', 'fox' in the batch; counted as one outlet" in result.stderr


def test_an_aliases_column_maps_other_names_to_one_outlet(run: Any, tmp_path: Path) -> None:
    outlets = tmp_path / "outlets.csv"
    outlets.write_text("outlet,group,aliases\nFox News,right,foxnews.com; FNC\nThe Times,left,\n", encoding="utf-8")
    lines = [_event("e1", [("foxnews.com", ["fox", "border wall"]), ("The Times", ["court"])], [[0, 1]]),
             _event("e2", [("FNC", ["news", "fox news", "migrants"]), ("the  times", ["court"])], [[0, 1]])]
    doc = json.loads(_summary(run, tmp_path, lines, "--format", "json", "--outlets", str(outlets)).stdout)
    fox = next(o for o in doc["outlets"] if o["label"] == "Fox News")
    assert fox["articles"] == 2 and len(doc["outlets"]) == 2 and doc["ungrouped_outlets"] == []
    assert fox["distinctive_terms"] == ["border wall", "migrants"]  # never "fox", "news" or "fox news": its own name
    assert {g["label"] for g in doc["groups"]} == {"left", "right"}


@pytest.mark.parametrize(("csv_text", "needle"), [
    ("outlet,group,aliases\nFox News,right,FNC\nFNC Radio,right,FNC\n", "'FNC' already names 'Fox News'"),
    ("outlet,group\nFox News,\n", "a row must be outlet,group"),
])
def test_a_bad_outlets_file_is_one_line_and_exit_2(run: Any, tmp_path: Path, csv_text: str, needle: str) -> None:
    outlets = tmp_path / "outlets.csv"
    outlets.write_text(csv_text, encoding="utf-8")
    result = _summary(run, tmp_path, [_event("e1", [("a", []), ("b", [])], [[0, 1]])], "--outlets", str(outlets))
    assert result.exit_code == 2 and needle in result.stderr


def test_the_text_summary_shows_every_outlet_in_every_section(run: Any, tmp_path: Path) -> None:
    names = ["Daily", "Courier", "Herald", "Post", "Gazette", "Tribune"]
    lines = [_event("e1", [(n, [f"term{n.lower()}"]) for n in names], [[0, 1, 2, 3, 4, 5]])]
    text = _summary(run, tmp_path, lines, "--width", "100").stdout
    table, terms = text.split("Most distinctive terms")
    for name in names:
        assert name in table and f"{name}: term{name.lower()}" in terms


def test_an_outlet_naming_itself_never_makes_its_distinctive_terms() -> None:
    from framediff.frame.terms import distinctive_terms

    def article(id: str, label: str, sentences: list[str], url: str | None = None) -> Article:
        text, spans, start = "", [], 0
        for i, sentence in enumerate(sentences):
            spans.append(Sentence(i, "body", i, sentence, start, start + len(sentence)))
            text += sentence + "\n"
            start = len(text)
        return Article(id, label, id, text, "text", "utf-8", None, None, url, None, (), tuple(spans))

    fox = article("a", "Fox News", ["Fox News has learned that the border wall will grow.", "The border wall plan, Fox News was told, is final.",
                                    "Officials told Fox News the border wall costs more."])
    site = article("b", "b", ["Migrants at the border wait, HuffPost reports.", "HuffPost found migrants waiting for days."],
                   url="https://www.huffpost.com/entry/x")
    other = article("c", "The Times", ["The plan for a border wall was announced on Monday.", "Critics said the plan would fail in court."])
    terms = {k: [t for t, _ in v] for k, v in distinctive_terms([fox, site, other]).items()}
    assert "border wall" in " ".join(terms["a"]) and not {"fox", "news", "fox news"} & set(terms["a"])
    assert "huffpost" not in terms["b"] and "migrants" in terms["b"]

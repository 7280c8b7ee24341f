"""`framediff batch` and `framediff summary` through the command line: grouping, clustering, failures, resuming, engines."""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import pytest
from click.testing import CliRunner

from framediff.commands import main

STORIES = Path(__file__).resolve().parent.parent / "bench" / "stories"


def _records(event: str, folder: str, date: str | None = None, outlets: tuple[str, ...] = ("Daily", "Courier", "Herald", "Post")) -> list[dict]:
    out = []
    for outlet, path in zip(outlets, sorted((STORIES / folder).glob("*.txt"))):
        record = {"event": event, "text": path.read_text(encoding="utf-8"), "outlet": outlet}
        if date:
            record["date"] = date
        out.append(record)
    return out


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    records = _records("storm", "storm") + _records("verdict", "verdict") + [
        {"event": "alone", "text": "Only one outlet wrote this.\n\nIt has a single paragraph of text.", "outlet": "Daily"}]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _lines(path: Path) -> dict[str, dict]:
    return {line["event"]: line for line in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _schema_validator():  # type: ignore[no-untyped-def]
    import jsonschema

    schema = json.loads(files("framediff").joinpath("schema/framediff.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_batch_groups_by_a_field_and_writes_one_line_per_event(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    status, _, stderr = _run("batch", "--group-by", "event", "--jobs", "1", str(corpus), "-o", str(out))
    assert status == 0, stderr
    lines = _lines(out)
    assert set(lines) == {"storm", "verdict", "alone"}
    assert lines["alone"]["status"] == "single" and lines["alone"]["articles"][0]["outlet"] == "Daily"
    validator = _schema_validator()
    for key in ("storm", "verdict"):
        doc = lines[key]["comparison"]
        assert lines[key]["status"] == "ok" and doc["command"] == "compare"
        validator.validate(doc)
        assert {a["outlet"] for a in doc["articles"]} <= {"Daily", "Courier", "Herald", "Post"}
        assert all(a["source"].startswith(str(corpus)) for a in doc["articles"])  # each article names its line of the corpus
        assert doc["claims"] and doc["framing"]


def test_batch_reads_standard_input_and_writes_standard_output(corpus: Path) -> None:
    result = CliRunner().invoke(main, ["batch", "--group-by", "event", "--jobs", "1", "--no-framing", "-"], input=corpus.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["event"] for line in result.stdout.splitlines()] == ["storm", "verdict", "alone"]


def test_a_record_without_the_group_field_is_bad_input_unless_skipped(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(corpus.read_text(encoding="utf-8") + json.dumps({"text": "No event here.\n\nAt all."}) + "\n{not json\n", encoding="utf-8")
    status, _, stderr = _run("batch", "--group-by", "event", "--jobs", "1", str(bad), "-o", str(tmp_path / "x.jsonl"))
    assert status == 2 and len(stderr.strip().splitlines()) == 1 and "bad.jsonl:9" in stderr and "\"event\"" in stderr
    status, _, stderr = _run("batch", "--group-by", "event", "--jobs", "1", "--skip-bad", "--no-framing", str(bad), "-o", str(tmp_path / "y.jsonl"))
    assert status == 0 and "bad.jsonl:9" in stderr and "bad.jsonl:10" in stderr
    assert set(_lines(tmp_path / "y.jsonl")) == {"storm", "verdict", "alone"}


@pytest.mark.parametrize("args", [(), ("--group-by", "event", "--cluster"), ("--cluster", "--resume"), ("--group-by", "event", "--scheduler", "x")])
def test_batch_refuses_options_that_do_not_go_together(corpus: Path, args: tuple[str, ...]) -> None:
    status, _, stderr = _run("batch", *args, str(corpus))
    assert status == 2 and stderr.startswith("framediff: error: ")


def test_a_failing_event_is_reported_by_key_and_the_others_go_on(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import framediff.api

    real = framediff.api.compare

    def broken(articles, *args, **kwargs):  # type: ignore[no-untyped-def]
        if any("verdict" in a.text.lower() or "jury" in a.text.lower() for a in articles):
            raise RuntimeError("boom")
        return real(articles, *args, **kwargs)

    monkeypatch.setattr(framediff.api, "compare", broken)
    out = tmp_path / "events.jsonl"
    status, _, stderr = _run("batch", "--group-by", "event", "--jobs", "1", "--no-framing", str(corpus), "-o", str(out))
    assert status == 1
    assert "event verdict failed: internal error: RuntimeError: boom" in stderr and "1 event failed" in stderr
    assert set(_lines(out)) == {"storm", "alone"}


def test_resume_skips_finished_events_and_cuts_off_a_half_written_line(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "events.jsonl"
    assert _run("batch", "--group-by", "event", "--jobs", "1", "--no-framing", str(corpus), "-o", str(out))[0] == 0
    first = out.read_text(encoding="utf-8").splitlines()
    storm = next(line for line in first if '"event": "storm"' in line)
    out.write_text(storm + "\n" + '{"batch": "framediff/2", "event": "verd', encoding="utf-8")  # killed while writing the next event
    import framediff.corpus.batch

    ran: list[str] = []
    real = framediff.corpus.batch.compare_event
    monkeypatch.setattr(framediff.corpus.batch, "compare_event", lambda key, *a, **k: ran.append(key) or real(key, *a, **k))
    status, _, stderr = _run("batch", "--group-by", "event", "--jobs", "1", "--no-framing", "--resume", str(corpus), "-o", str(out))
    assert status == 0 and "resuming: 1 events" in stderr and "unfinished last line" in stderr
    assert sorted(ran) == ["alone", "verdict"]
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == storm and sorted(json.loads(line)["event"] for line in lines) == ["alone", "storm", "verdict"]


def test_a_pool_of_processes_gives_what_one_process_gives(corpus: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert _run("batch", "--group-by", "event", "--jobs", "1", str(corpus), "-o", str(one))[0] == 0
    assert _run("batch", "--group-by", "event", "--jobs", "2", str(corpus), "-o", str(two))[0] == 0
    assert _lines(one) == _lines(two)


def test_a_dask_cluster_on_this_machine_gives_what_the_pool_gives(corpus: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    pool, dask = tmp_path / "pool.jsonl", tmp_path / "dask.jsonl"
    assert _run("batch", "--group-by", "event", "--jobs", "2", str(corpus), "-o", str(pool))[0] == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as cluster:
        status, _, stderr = _run("batch", "--group-by", "event", "--engine", "dask", "--scheduler", cluster.scheduler_address, str(corpus),
                                 "-o", str(dask))
    assert status == 0, stderr
    assert _lines(pool) == _lines(dask)


def test_an_unreachable_scheduler_is_one_line_and_exit_2(corpus: Path) -> None:
    pytest.importorskip("distributed")
    status, _, stderr = _run("batch", "--group-by", "event", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", str(corpus))
    assert status == 2 and "Dask scheduler" in stderr and len(stderr.strip().splitlines()) == 1


def test_cluster_finds_the_events_of_a_flat_feed_and_keeps_one_kind_of_event_a_week_apart_apart(tmp_path: Path) -> None:
    quake = "A magnitude {m} earthquake struck {place} on {day}, damaging homes and cutting power.\n\nRescue teams searched the rubble."
    feed = _records("storm", "storm", "2024-03-01") + _records("verdict", "verdict", "2024-03-02")
    feed += [{"text": f"Earthquake hits {place}\n\n" + quake.format(m=m, place=place, day=day) + f" {o} reporters saw it.", "outlet": o, "date": date}
             for place, day, date, m in [("Izmir", "Monday", "2024-03-04", "6.1")] for o in ("Daily", "Herald")]
    feed += [{"text": f"Earthquake hits {place}\n\n" + quake.format(m="5.9", place=place, day="Tuesday") + f" {o} staff saw it.", "outlet": o, "date": "2024-03-12"}
             for place in ("Izmir",) for o in ("Daily", "Courier")]
    for n, record in enumerate(feed):
        record.pop("event", None)
        record["id"] = n
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in feed), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    status, _, stderr = _run("batch", "--cluster", "--jobs", "1", "--no-framing", str(path), "-o", str(out))
    assert status == 0, stderr
    groups = []
    for line in _lines(out).values():
        articles = line["comparison"]["articles"] if line["status"] == "ok" else line["articles"]
        groups.append(sorted(a["date"] for a in articles))
    assert sorted(map(tuple, groups)) == sorted([("2024-03-01",) * 3, ("2024-03-02",) * 4, ("2024-03-04",) * 2, ("2024-03-12",) * 2])
    assert "no date" not in stderr
    # without dates the window cannot part the two quakes a week apart: the run says so (a user's trial: two stories
    # months apart joined silently)
    for record in feed:
        record.pop("date")
    path.write_text("".join(json.dumps(r) + "\n" for r in feed), encoding="utf-8")
    status, _, stderr = _run("batch", "--cluster", "--jobs", "1", "--no-framing", str(path), "-o", str(tmp_path / "undated.jsonl"))
    assert status == 0 and f"{len(feed)} of {len(feed)} records have no date" in stderr, stderr
    assert "reads as no day" not in stderr
    # a date given that reads as no day is named as given, with where it is (a user's trial: "2026-13-45" was told as "no
    # date", though the record has one)
    feed[1]["date"] = "2024-13-45"
    path.write_text("".join(json.dumps(r) + "\n" for r in feed), encoding="utf-8")
    status, _, stderr = _run("batch", "--cluster", "--jobs", "1", "--no-framing", str(path), "-o", str(tmp_path / "unread.jsonl"))
    assert status == 0 and (f"{len(feed)} of {len(feed)} records have no date (1 of them a date that reads as no day, as "
                            f"'2024-13-45' at {path}:2)") in stderr, stderr


def test_summary_gives_each_outlet_its_figures_and_each_group_its_blindspots(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    assert _run("batch", "--group-by", "event", "--jobs", "1", str(corpus), "-o", str(out))[0] == 0
    groups = tmp_path / "outlets.csv"
    groups.write_text("outlet,group\nDaily,left\nCourier,left\nHerald,right\nPost,right\n", encoding="utf-8")
    status, stdout, stderr = _run("summary", "--format", "json", str(out), "--outlets", str(groups))
    assert status == 0, stderr
    doc = json.loads(stdout)
    assert doc["events"] == 3 and doc["compared_events"] == 2 and doc["articles"] == 8
    daily = next(o for o in doc["outlets"] if o["name"] == "Daily")
    assert daily["articles"] == 3 and daily["events"] == 3  # the single-article event counts too
    assert all(o["distinctive_compared"] for o in doc["outlets"])  # each had other English articles to stand against
    assert 0 <= daily["left_out_share"] <= 1 and 0 <= daily["only_here_share"] <= 1
    assert {g["name"] for g in doc["groups"]} == {"left", "right"}
    lines = _lines(out)
    for spot in doc["blindspots"]:
        claim = next(c for c in lines[spot["event"]]["comparison"]["claims"] if c["number"] == spot["claim"])
        carriers = set(claim["labels"])
        assert len(carriers) >= 2 and carriers <= ({"Daily", "Courier"} if spot["group"] == "left" else {"Herald", "Post"})
    for width in (60, 80, 120):
        status, text, _ = _run("summary", str(out), "--outlets", str(groups), "--width", str(width))
        assert status == 0 and max(map(len, text.splitlines())) <= width and len(text.splitlines()) <= 40


def test_summary_escapes_hostile_outlet_names_in_every_format(tmp_path: Path) -> None:
    name = "\x1b]52;c;ZXZpbA==\x07<img src=x onerror=alert(1)>|*x*"
    line = {"batch": "framediff/2", "event": "e", "status": "single",
            "articles": [{"id": "a", "label": name, "outlet": name, "title": None, "date": None, "url": None, "words": 3}]}
    path = tmp_path / "b.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    for fmt in ("text", "markdown", "html", "json"):
        status, out, _ = _run("summary", "--format", fmt, str(path))
        assert status == 0 and "\x1b" not in out and "\x07" not in out
        if fmt in ("html", "markdown"):
            assert "<img" not in out


def test_summary_refuses_what_is_not_batch_output(tmp_path: Path, corpus: Path) -> None:
    status, _, stderr = _run("summary", str(corpus))
    assert status == 2 and "corpus.jsonl:1" in stderr and "not a line of framediff batch output" in stderr

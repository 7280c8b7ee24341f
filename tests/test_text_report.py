"""The text report never misquotes: markers without colour, A as the reference, every outlet visible at every width.

The central property: from the rendered report alone a reader can rebuild both
sentences of a pair (white space folded, as a terminal shows it).
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from framediff.comparing.word_diff import word_diff
from marked_text import fold, read_text as unmark

WIDTHS = (60, 80, 120, 200)


def stacked_bodies(section: str) -> list[str]:
    """The sentences of a stacked claims section: the lines indented four under each outlet line, joined."""
    bodies: list[str] = []
    current: list[str] | None = None
    for line in section.splitlines():
        if line.startswith("    "):
            if current is not None:
                current.append(line[4:])
            continue
        if current:
            bodies.append(" ".join(current))
        current = [] if re.match(r"[* ][A-Z]+ ", line) else None
    if current:
        bodies.append(" ".join(current))
    return bodies


def plain_diff(a: str, b: str) -> str:
    from framediff.render.text_diff import diff_text

    return diff_text(word_diff(a, b), plain=True).plain


PAIRS = [
    ("weekday", "He arrived on Tuesday evening.", "He arrived on Monday evening."),
    ("number", "At least 40 people died in the quake.", "At least 45 people died in the quake."),
    ("case only", "Israel signs defence pact with Morocco", "Israel Signs Defence Pact With Morocco"),
    ("spelling only", "Israel signs a defence pact.", "Israel signs a defense pact."),
    ("whitespace only", "The pact was  signed in Rabat.", "The pact was signed in Rabat."),
    ("inserted clause", "The pact was signed in Rabat.", "The pact, which took a year to negotiate, was signed in Rabat."),
    ("dropped clause", "The pact was signed in Rabat on Wednesday by both ministers.", "The pact was signed."),
    ("space before punctuation", "cooperation in the fields of intelligence.", "cooperation."),
    ("punctuation swap", "relations between the countries, allowing for more", "relations between the countries and more"),
    ("literal markers", "The code {+x+} and [-y-] appeared.", "The code {+x+} and [-z-] appeared."),
    ("backslashes", r"A path C:\new\ was named.", r"A path C:\old\ was named."),
    ("brace at the end", "He typed {", "He typed {+"),
    ("quotes", "“We signed,” he said.", "\"We signed,\" he said."),
    ("all new", "Floods hit the valley.", "Markets rallied on Friday."),
    ("empty diff", "Same words here.", "Same words here."),
]


@pytest.mark.parametrize(("case", "a", "b"), PAIRS, ids=[p[0] for p in PAIRS])
def test_a_plain_diff_can_be_read_back_into_both_sentences(case: str, a: str, b: str) -> None:
    shown = plain_diff(a, b)
    assert unmark(shown) == (fold(a), fold(b)), shown


@pytest.mark.parametrize(("case", "a", "b", "marked"), [
    ("weekday", "He arrived on Tuesday evening.", "He arrived on Monday evening.", "He arrived on [-Tuesday-]{+Monday+} evening."),
    ("case only", "Israel signs pact", "israel signs pact", "[-Israel-]{+israel+} signs pact"),
    ("inserted clause", "The pact was signed.", "The pact, a year in the making, was signed.", "The pact{+, a year in the making,+} was signed."),
])
def test_changes_are_spelled_out_as_git_word_diff_does(case: str, a: str, b: str, marked: str) -> None:
    assert plain_diff(a, b) == marked


def _write_pair(tmp_path: Path, a: str, b: str) -> tuple[str, str]:
    first, second = tmp_path / "old.txt", tmp_path / "new.txt"
    first.write_text(a + "\n", encoding="utf-8")
    second.write_text(b + "\n", encoding="utf-8")
    return str(first), str(second)


BODY = ("Floods hit the valley on Monday after three days of rain. Hundreds of families fled their homes as the river rose. "
        "The mayor said the town had never seen water so high.")


@pytest.mark.parametrize(("case", "a", "b", "flags", "status"), [
    ("same text", BODY, BODY, (), 0),
    ("weekday", BODY, BODY.replace("Monday", "Tuesday"), (), 1),
    ("number", BODY, BODY.replace("three days", "four days"), (), 1),
    ("case only", BODY, BODY.replace("The mayor", "The Mayor"), (), 1),
    ("case only, -i", BODY, BODY.replace("The mayor", "The Mayor"), ("-i",), 0),
    ("whitespace only", BODY, BODY.replace("families fled", "families  fled"), (), 1),
    ("whitespace only, -w", BODY, BODY.replace("families fled", "families  fled"), ("-w",), 0),
    ("inserted clause", BODY, BODY.replace("The mayor said", "The mayor, re-elected in May, said"), (), 1),
])
def test_diff_exit_status_and_what_it_shows(run: Any, tmp_path: Path, case: str, a: str, b: str, flags: tuple[str, ...], status: int) -> None:
    old, new = _write_pair(tmp_path, a, b)
    result = run("diff", *flags, "--width", "60", old, new)  # stacked: each sentence under its outlet line
    assert result.exit_code == status, result.stdout + result.stderr
    report = result.stdout
    read = [unmark(body) for body in stacked_bodies(report.split("Claims ")[1].split("Coverage ")[0])]
    # Every sentence of B is there, and every diff reads back to A's sentence and B's.
    sentences_b = {fold(s) for s in re.split(r"(?<=[.])\s+", b.strip())}
    assert sentences_b <= {rebuilt_b for _, rebuilt_b in read}
    if status == 1 and case.startswith("whitespace"):
        assert "same words, other spacing" in report  # what makes it differ is shown
    elif status == 1:
        assert "{+" in report or "[-" in report


def test_diff_takes_a_as_the_reference_in_every_claim_and_format(run: Any, run_json: Any, seeds: Path) -> None:
    a, b = sorted(seeds.glob("*.txt"))[4], sorted(seeds.glob("*.txt"))[3]
    doc = run_json("diff", str(a), str(b))
    a_id = doc["articles"][0]["id"]
    shared = [c for c in doc["claims"] if len(c["articles"]) == 2]
    assert shared and all(c["representative"]["article"] == a_id for c in shared)
    text = run("diff", "--width", "100", str(a), str(b)).stdout
    refs = [line for line in text.splitlines() if line.startswith("*")]
    assert refs and all(line.startswith("*A ") for line in refs)
    markdown = run("diff", "--format", "markdown", str(a), str(b)).stdout
    marked = re.findall(r"^- \\\*A \*\*(.+?)\*\* #\d+ \(reference\)", markdown, re.M)
    assert marked and {m.replace("\\_", "_") for m in marked} == {doc["articles"][0]["label"]}


def test_diff_refuses_min_outlets(run: Any, seeds: Path) -> None:
    a, b = sorted(seeds.glob("*.txt"))[:2]
    result = run("diff", "--min-outlets", "2", str(a), str(b))
    assert result.exit_code == 2 and "--min-outlets" in result.stderr


def test_two_article_compare_lists_what_each_lacks_with_its_closest_sentence(run: Any, run_json: Any, seeds: Path) -> None:
    a, b = sorted(seeds.glob("*.txt"))[2:4]
    doc = run_json("compare", "--no-framing", str(a), str(b))
    lacks = {o["label"]: o["left_out"] + o["differently"] for o in doc["outlets"]}
    assert all(lacks.values())  # each lacks some claim the other carries
    for record in doc["alone_near"]:  # or its closest sentence shows neither that it states the claim nor that it leaves it out
        if record["nearest_elsewhere"]["state"] == "unclear":
            lacks[record["nearest_elsewhere"]["label"]].append(record["claim"])
    only = {o["label"]: set(o["only_here"]) | set(o["alone_near"]) for o in doc["outlets"]}
    (la, lb) = lacks
    assert set(lacks[la]) == only[lb] and set(lacks[lb]) == only[la]
    # "only here" is said only where the other outlet leaves the claim out; where it comes near, "only here in these words"
    outlets = {o["label"]: o for o in doc["outlets"]}
    for this, other in ((la, lb), (lb, la)):
        assert set(outlets[this]["only_here"]) == set(outlets[other]["left_out"])
        unclear = {r["claim"] for r in doc["alone_near"] if r["label"] == this and r["nearest_elsewhere"]["state"] == "unclear"}
        assert set(outlets[this]["alone_near"]) == set(outlets[other]["differently"]) | unclear
    assert all(r["nearest_elsewhere"]["state"] in ("differently", "unclear") and r["nearest_elsewhere"]["label"] != r["label"]
               for r in doc["alone_near"])
    from framediff.comparing.comparison import NEAR, SHOWS_NEAR

    for record in doc["left_out"] + doc["differently"]:  # the state follows the closest sentence's score, and says why
        score = record["closest"]["score"] if record["closest"] else 0.0
        leaning = "goes on from the sentence before it" in record["reason"]  # a claim that says little alone (coverage.py)
        # a quotation the outlet gives no part of is "not quoted" under SHOWS_NEAR, whatever the score (comparison._unquoted)
        unquoted = record["quotation"] and score < SHOWS_NEAR
        assert record["state"] == ("differently" if (score >= NEAR or leaning) and not unquoted else "leaves_out") and record["reason"]
    text = run("compare", "--no-framing", "--width", "100", str(a), str(b)).stdout
    assert "may say it differently or in part (" in text and "; closest #" in text


def test_the_same_file_twice_is_one_outlet(run: Any, seeds: Path) -> None:
    result = run("compare", "--format", "json", "--no-framing", str(seeds), str(seeds))
    doc = json.loads(result.stdout)
    assert len(doc["articles"]) == 5
    assert result.stderr.count("counted once") == 5


def test_label_name_path_labels_that_path(run_json: Any, seeds: Path, run: Any) -> None:
    first, second = sorted(seeds.glob("*.txt"))[:2]
    doc = run_json("sentences", "--label", f"second={second}", str(first), str(second))
    assert [a["label"] for a in doc["articles"]] == ["Jerusalem Post", "second"]  # the first from seeds/labels.csv
    doc = run_json("sentences", "--label", f"inside={second}", str(seeds))
    assert doc["articles"][1]["label"] == "inside"
    result = run("sentences", "--label", "nobody=missing.txt", str(first))
    assert result.exit_code == 2 and "not one of the inputs" in result.stderr


@pytest.mark.parametrize("width", WIDTHS)
def test_report_lines_fit_have_no_padding_and_show_every_outlet(run: Any, seeds: Path, width: int) -> None:
    text = run("compare", "--width", str(width), str(seeds)).stdout
    lines = text.splitlines()
    assert [n for n, line in enumerate(lines) if line != line.rstrip()] == []
    assert [line for line in lines if len(line) > width] == []
    coverage = text.split("Coverage ")[1].split("Only here")[0]
    header = coverage.splitlines()[1].split()
    assert header[:6] == ["#", "A", "B", "C", "D", "E"]
    for key, label in zip("ABCDE", ["Jerusalem Post", "Israel MoD", "Haaretz", "Mediterranean Exchanges", "Military Africa"]):  # seeds/labels.csv
        assert f"{key} {label}" in coverage


def test_the_legend_never_breaks_inside_a_marker(run: Any, seeds: Path) -> None:
    text = run("compare", "--width", "60", "--no-framing", str(seeds)).stdout
    legend = text.split("\n\n")[0].split("legend:")[1]
    for line in legend.splitlines():
        assert line.count("{+") == line.count("+}") and line.count("[-") == line.count("-]")


def test_piped_output_is_the_no_color_output(run: Any, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    piped = run("compare", "--width", "80", str(seeds)).stdout
    assert piped == run("compare", "--width", "80", "--no-color", str(seeds)).stdout
    assert piped == run("compare", "--width", "80", "--color", "never", str(seeds)).stdout
    assert "\x1b[" not in piped and "{+" in piped and "[-" in piped
    import framediff.commands.output as output

    monkeypatch.setattr(output, "_isatty", lambda stream: True)  # a terminal, as far as framediff can tell
    assert "\x1b[" in run("compare", "--width", "80", "--no-pager", "--no-framing", str(seeds)).stdout
    for name, value in (("TERM", "dumb"), ("NO_COLOR", "1")):
        monkeypatch.setenv(name, value)
        assert "\x1b[" not in run("compare", "--width", "80", "--no-pager", "--no-framing", str(seeds)).stdout
        monkeypatch.delenv(name)
    monkeypatch.setattr(output, "_isatty", lambda stream: False)
    monkeypatch.setenv("FORCE_COLOR", "0")
    assert run("compare", "--width", "80", str(seeds)).stdout == piped
    monkeypatch.setenv("FORCE_COLOR", "1")
    colored = run("compare", "--width", "80", str(seeds)).stdout
    assert "\x1b[" in colored and "{+" not in colored
    assert run("compare", "--width", "80", "--color", "never", str(seeds)).stdout == piped
    assert "\x1b[" in run("compare", "--width", "80", "--color", "always", "--no-framing", str(seeds)).stdout


def test_output_format_follows_the_file_extension(run: Any, seeds: Path, tmp_path: Path) -> None:
    for name, start in (("r.html", "<!DOCTYPE html>"), ("r.md", "# Morocco and Israel"), ("r.json", "{"), ("r.txt", "framediff compare:")):
        assert run("compare", "--no-framing", "-o", str(tmp_path / name), str(seeds)).exit_code == 0
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)
    lines = (tmp_path / "r.jsonl").read_text(encoding="utf-8") if run("align", "-o", str(tmp_path / "r.jsonl"), str(seeds)).exit_code == 0 else ""
    assert lines and all(json.loads(line) for line in lines.splitlines())
    refused = run("align", "-o", str(tmp_path / "r.html"), str(seeds))
    assert refused.exit_code == 2 and "give --format" in refused.stderr
    # a format framediff does not write is refused, not written as text under its name (a user's trial: "-o r.pdf")
    pdf = run("compare", "-o", str(tmp_path / "r.pdf"), str(seeds))
    assert pdf.exit_code == 2 and "does not write PDF" in pdf.stderr and not (tmp_path / "r.pdf").exists()
    assert run("compare", "--no-framing", "--format", "text", "-o", str(tmp_path / "r.pdf"), str(seeds)).exit_code == 0


def test_output_into_a_missing_folder_fails_before_any_work(run: Any, seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import framediff.reading.articles

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("read the inputs before checking -o")

    monkeypatch.setattr(framediff.reading.articles, "read_articles", boom)
    result = run("compare", "-o", str(tmp_path / "missing" / "r.txt"), str(seeds))
    assert result.exit_code == 2 and "no such folder" in result.stderr


def test_a_long_report_on_a_terminal_opens_in_the_pager(run: Any, seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import framediff.commands.output as output

    paged = tmp_path / "paged.txt"
    monkeypatch.setattr(output, "_isatty", lambda stream: True)
    monkeypatch.setenv("PAGER", f"cat > {paged}")
    monkeypatch.setenv("LINES", "30")
    result = run("sentences", "--width", "80", str(seeds))
    assert result.stdout == "" and "\x1b[" in paged.read_text(encoding="utf-8")  # a terminal: coloured, for less -R
    result = run("sentences", "--width", "80", "--color", "never", str(seeds))
    assert result.stdout == "" and paged.read_text(encoding="utf-8").startswith("Jerusalem Post")
    paged.unlink()
    result = run("sentences", "--width", "80", "--no-pager", "--no-color", str(seeds))
    assert result.stdout.startswith("Jerusalem Post") and not paged.exists()


def test_columns_from_the_environment_are_read_safely(run: Any, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = sorted(seeds.glob("*.txt"))[0]
    for value, widest in (("abc", 100), ("100000", 1000), ("10", 40)):
        monkeypatch.setenv("COLUMNS", value)
        result = run("sentences", str(first))
        assert result.exit_code == 0, result.stderr
        assert max(len(line) for line in result.stdout.splitlines()) <= widest


@pytest.mark.parametrize("width", [80, 100, 136, 139, 193, 209])
def test_how_each_sentence_stands_is_wrapped_in_its_column_not_cut(run: Any, run_json: Any, width: int) -> None:
    # tests/data/rate-rise, a forty-seventh trial's story (fictional): at 100 columns three outlets' headers had read
    # "#5 · paraphrase, 17% same wor…"; the outlets' labels are short, so nothing of a claims section is cut. A second
    # reader's widths: Rich, left to share the width out, had given a column a few cells more than the header was wrapped to
    story = str(Path(__file__).resolve().parent / "data" / "rate-rise")
    out = run("compare", story, "--no-cache", "--no-framing", "--no-color", "--width", str(width), "--section", "claims").stdout
    assert "…" not in out and max(len(line) for line in out.splitlines()) <= width
    shares = {f"{round(m['same_words'] * 100)}% same words" for c in run_json("compare", story, "--no-cache", "--no-framing")["claims"]
              for m in c["members"] if not m["reference"] and 0 < m["same_words"] < 1}
    described = []  # each side-by-side header's description, its lines joined column by column
    lines = out.splitlines()
    for k, line in enumerate(lines):
        if re.match(r" #\d+ · ", line):
            starts = [m.start() for m in re.finditer(r"(?<= )#\d+ · ", line)]
            block = list(itertools.takewhile(lambda x: not x.startswith("─"), lines[k:]))
            for a, b in zip(starts, [*starts[1:], None]):
                described.append(" ".join(part for x in block if (part := x[a:b].strip())))
    assert described and all(re.search(r"% same words", d) for d in described if "% same" in d)
    assert all(re.search(r"against [A-Z] #\d+$", d) for d in described if "against" in d)  # "against B #0" whole
    assert shares <= {m.group() for d in described for m in re.finditer(r"\d+% same words", d)} | set(re.findall(r"\d+% same words", out))

"""compare, diff and framing through the command line: formats, exit codes, hostile text, golden renders."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
HOSTILE = (
    "Officials signed the [bold red]water[/] accord on Monday in Geneva, the ministry said.\n\n"
    "The deal <script>alert('x')</script> covers \x1b[31mthree\x1b[0m rivers \x1b]8;;http://evil.example\x1b\\and dams\x1b]8;;\x1b\\ "
    "and \x1b]52;c;cGF3bmVk\x07 \x9b2J irrigation.\n"
)
PLAIN = (
    "Officials signed the water accord on Monday in Geneva, the ministry said.\n\n"
    "The deal covers three rivers and dams and irrigation.\n"
)


@pytest.fixture
def hostile_pair(tmp_path: Path) -> tuple[str, str]:
    a = tmp_path / "hostile.txt"
    b = tmp_path / "plain.txt"
    a.write_text(HOSTILE, encoding="utf-8")
    b.write_text(PLAIN, encoding="utf-8")
    return str(a), str(b)


def test_compare_json_has_diffs_coverage_and_framing(run: Any, seeds: Path) -> None:
    result = run("compare", "--format", "json", str(seeds))
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    ids = {a["id"] for a in doc["articles"]}
    assert [row["claim"] for row in doc["coverage"]] == [c["id"] for c in doc["claims"]]
    assert all([x["article"] for x in row["articles"]] == [a["id"] for a in doc["articles"]] for row in doc["coverage"])
    assert {r["article"] for r in doc["only_here"] + doc["left_out"]} <= ids
    texts = {(a["id"], s["index"]): s["text"] for a in doc["articles"] for s in a["sentences"]}
    for claim in doc["claims"]:
        rep = texts[(claim["representative"]["article"], claim["representative"]["sentence"])]
        for m in claim["members"]:
            assert {op["op"] for op in m["diff"]} <= {"equal", "insert", "delete", "replace"}
            # the diff loses nothing: its sides rebuild both sentences
            assert "".join(op["a"] for op in m["diff"]) == rep
            assert "".join(op["b"] for op in m["diff"]) == m["text"]
    assert [f["article"] for f in doc["framing"]] == [a["id"] for a in doc["articles"]]
    # the ministry's release quoted by another outlet is a shared quotation, not copying; the tomb passage is copied
    assert any(r["shared_quotations"] and not r["passages"] for r in doc["reuse"])
    assert any("tomb of Mohamed V" in p for r in doc["reuse"] for p in r["passages"])
    assert len({frozenset((r["article"], r["source"])) for r in doc["reuse"]}) == len(doc["reuse"])  # one record per pair
    assert all({"label", "distinctive_terms", "distinctive_compared", "evaluative_terms", "quotes"} <= set(f) for f in doc["framing"])
    assert all(f["distinctive_compared"] and f["distinctive_terms"] for f in doc["framing"])  # five English articles: each stands against four


def test_compare_jsonl_is_the_whole_document_in_typed_lines(run: Any, seeds: Path) -> None:
    from framediff.json_lines import document_from_lines

    lines = [json.loads(line) for line in run("compare", "--format", "jsonl", str(seeds)).stdout.splitlines()]
    assert all("type" in line for line in lines)
    assert {line["type"] for line in lines} >= {"header", "article", "claim", "coverage", "outlet", "headline", "alone_near", "differently", "framing", "reuse"}
    assert document_from_lines(lines) == json.loads(run("compare", "--format", "json", str(seeds)).stdout)


def test_markdown_and_html(run: Any, seeds: Path, tmp_path: Path) -> None:
    md = run("compare", "--format", "markdown", str(seeds)).stdout
    assert md.startswith("# Morocco and Israel sign") and "framediff compare: 5 outlets" in md
    assert 'Coverage\n' in md and '<a id="framing"></a>Framing' in md
    out = tmp_path / "report.html"
    assert run("compare", "--format", "html", "-o", str(out), str(seeds)).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert not re.search(r"<(script|link|img)\b|src=|href=\"http", html)


def test_hostile_text_is_data_in_every_format(run: Any, hostile_pair: tuple[str, str]) -> None:
    a, b = hostile_pair
    text = run("compare", "--color", "always", "--width", "120", a, b).stdout
    assert "[bold red]water[/]" in text
    assert "\x1b]" not in text and "\x9b" not in text and "\x1b[31mthree" not in text
    html = run("compare", "--format", "html", a, b).stdout
    assert "<script>" not in html and "&lt;script&gt;" in html
    md = run("compare", "--format", "markdown", a, b).stdout
    assert "<script>" not in md and "\x1b" not in md
    raw = run("compare", "--format", "json", a, b).stdout
    assert "\x1b" not in raw and "\x9b" not in raw


def test_diff_exit_codes(run: Any, seeds: Path, hostile_pair: tuple[str, str]) -> None:
    a, b = hostile_pair
    same = run("diff", "-q", b, b)
    assert same.exit_code == 0 and same.stdout == ""
    differ = run("diff", "-q", str(seeds / "000_76d632e3aa15ba0c.txt"), str(seeds / "001_5e6aec6546b76bb1.txt"))
    assert differ.exit_code == 1 and differ.stdout == ""
    trouble = run("diff", "missing.txt", b)
    assert trouble.exit_code == 2 and "missing.txt" in trouble.stderr
    shown = run("diff", "--format", "json", a, b)
    assert shown.exit_code == 1 and json.loads(shown.stdout)["claims"]


def test_every_command_has_help_with_an_example_and_is_in_the_readme(run: Any) -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    from framediff.commands import main

    for name in main.commands:
        result = run(name, "--help")
        assert result.exit_code == 0 and "Examples:" in result.stdout, name
        assert f"framediff {name}" in readme, name


@pytest.mark.parametrize("width", [60, 80, 120, 200])
def test_golden_render(run: Any, seeds: Path, width: int) -> None:
    """The seeds report at a fixed width, piped (so: no colour, markers), byte for byte the --no-color one.

    Review the diff by eye, then FRAMEDIFF_UPDATE_GOLDEN=1 to accept.
    """
    result = run("compare", "--no-cache", "--width", str(width), str(seeds))
    assert result.exit_code == 0, result.stderr
    assert run("compare", "--no-color", "--width", str(width), str(seeds)).stdout == result.stdout
    path = GOLDEN / f"compare-seeds-{width}.txt"
    rendered = result.stdout.replace(str(seeds), "seeds")
    if os.environ.get("FRAMEDIFF_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"no golden render {path.name}: run with FRAMEDIFF_UPDATE_GOLDEN=1 and review it"
    assert rendered == path.read_text(encoding="utf-8")
    assert max(len(line) for line in rendered.splitlines()) <= width


def test_the_readme_excerpt_is_a_real_render() -> None:
    """The README shows a piece of the 80-column golden render; it must not drift from what the tool prints."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    excerpt = readme.split("A real excerpt of `framediff compare", 1)[1].split("```", 2)[1].splitlines()[1:]
    golden = {line.rstrip() for line in (GOLDEN / "compare-seeds-80.txt").read_text(encoding="utf-8").splitlines()}
    assert len(excerpt) > 10
    assert [line for line in excerpt if line and line not in golden] == []


def test_framing_reports_the_figures_two_outlets_disagree_on_with_their_words(run_json: Any, tmp_path: Path) -> None:
    """The story of tests/test_align.py, dated: magnitude 6.8 against 7.0 with the words each comes from; one Sunday."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Quake in Peru\nDate: 2024-01-22\n\nA magnitude 6.8 earthquake struck central Peru on Sunday, killing at least 40 "
                 "people, the civil defence agency said.\n", encoding="utf-8")
    b.write_text("Peru earthquake\nDate: 2024-01-23\n\nA powerful earthquake of magnitude 7.0 hit the central highlands of Peru on "
                 "Sunday, leaving dozens dead, officials said.\n", encoding="utf-8")
    doc = run_json("framing", "--no-cache", str(a), str(b))
    found = {d["kind"]: {v["label"]: [(e["value"], e["words"]) for e in v["evidence"]] for v in d["values"]} for d in doc["disagreements"]}
    assert found == {"numbers": {"a": [("number:6.8", "magnitude 6.8 earthquake")], "b": [("number:7", "magnitude 7.0")]}}


MARKDOWN_DIFFS = [
    # (representative, member, Markdown): inline <ins>/<del>, each side's own spacing, no space the sentence lacks
    ("The cat sat on the mat.", "A cat sat on a mat on Tuesday.", "<del>The</del><ins>A</ins> cat sat on <del>the</del><ins>a</ins> mat<ins> on Tuesday</ins>."),
    ("the dog barked loudly.", "the dog barked.", "the dog barked<del> loudly</del>."),  # the space is the reference's alone
    ("big red dog", "big dog", "big <del>red</del> dog"),
    ("He said “We won.”", "He said “They won.”", "He said “<del>We</del><ins>They</ins> won.”"),
    ("They signed a defense pact.", "They signed a defence pact, officials said.", "They signed a <del>defense</del><ins>defence</ins> pact<ins>, officials said</ins>."),
    ("a [b] c", "a (b) c", r"a <del>\[</del><ins>\(</ins>b<del>\]</del><ins>\)</ins> c"),
    ('He made it clear, saying: "There is no war."', "He made it clear, saying, “There is no war.”",
     'He made it clear, saying<del>: "</del><ins>, “</ins>There is no war.<del>"</del><ins>”</ins>'),
    ("Same words.", "Same words.", "Same words."),
]


@pytest.mark.parametrize(("a", "b", "expected"), MARKDOWN_DIFFS)
def test_markdown_diff_keeps_the_sentence_spacing_and_valid_markers(a: str, b: str, expected: str) -> None:
    from html import unescape

    from markdown_it import MarkdownIt

    from framediff.comparing.word_diff import word_diff
    from framediff.render.markdown import diff_markdown

    md = diff_markdown(word_diff(a, b))
    assert md == expected
    for parser in (MarkdownIt("commonmark"), MarkdownIt("commonmark").enable(["table", "strikethrough"])):
        html = parser.renderInline(md)
        assert "\\" not in html  # every escape was read as one
        shown = re.sub(r"<del>.*?</del>", "", html)
        assert " ".join(unescape(re.sub(r"<[^>]+>", "", shown)).split()) == b  # what is left reads as the member (white space folded)


@pytest.mark.parametrize("command", ["compare", "framing"])
def test_lead_prior_reaches_every_aligning_command(run: Any, seeds: Path, command: str) -> None:
    from framediff.aligning.claims import LEAD_PRIOR

    default = json.loads(run(command, "--format", "json", str(seeds)).stdout)
    off = json.loads(run(command, "--format", "json", "--lead-prior", "0", str(seeds)).stdout)
    assert default["lead_prior"] == LEAD_PRIOR and off["lead_prior"] == 0
    if command == "compare":  # the last seed's headline joins the other outlets' leads only with the prior

        def outlets_of_its_headline(doc: dict[str, Any]) -> int:
            last = doc["articles"][-1]["id"]
            return len(next(c for c in doc["claims"] if any(m["article"] == last and m["sentence"] == 0 for m in c["members"]))["articles"])

        assert outlets_of_its_headline(default) > outlets_of_its_headline(off)


@pytest.mark.parametrize("story", ["seeds", "ten-outlets"])
def test_markdown_report_has_contents_anchors_and_keys_in_commonmark_and_gfm(run: Any, seeds: Path, story: str) -> None:
    from markdown_it import MarkdownIt

    folder = seeds if story == "seeds" else Path(__file__).resolve().parent / "data" / "ten-outlets"
    md = run("compare", "--format", "markdown", str(folder)).stdout
    doc = json.loads(run("compare", "--format", "json", str(folder)).stdout)
    shared = [c for c in doc["claims"] if len(c["articles"]) > 1]
    for parser in (MarkdownIt("commonmark"), MarkdownIt("commonmark").enable(["table", "strikethrough"])):
        html = parser.render(md)
        ids = set(re.findall(r'id="([^"]+)"', html))
        links = set(re.findall(r'href="#([^"]+)"', html))
        assert links and links <= ids
        assert {f"claim-{c['number']}" for c in shared} <= ids
        assert html.count("<h2>") >= 6 and html.count("<h3>") >= len(shared)
    assert "| claim | A | B | C |" in md  # short keys, not labels, head the coverage columns
    assert md.startswith("# ")


def test_a_lead_is_diffed_against_the_reference_outlets_lead_not_its_headline(run: Any, run_json: Any, tmp_path: Path) -> None:
    # a user's trial: two versions of one wire story, the lead's date changed; against the reference (the headline)
    # both leads were "paraphrase, 22% same words" and the change showed nowhere
    story = ("Bridge collapse in Lyon kills four, injures 23\n\nLYON (Reuters) - A pedestrian bridge over the Saône river in Lyon "
             "collapsed on {day}, killing four people and injuring 23 others, local authorities said. The steel footbridge, built in "
             "1987, gave way at about 6:40 p.m. while around 60 people were crossing it during the evening rush hour.\n")
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(story.format(day="Tuesday, March 3"), encoding="utf-8")
    second.write_text(story.format(day="Thursday, March 5"), encoding="utf-8")
    doc = run_json("diff", str(first), str(second))
    lead = next(m for c in doc["claims"] for m in c["members"] if m["label"] == "second" and "Thursday" in m["text"])
    first_lead = next(m for c in doc["claims"] for m in c["members"] if m["label"] == "first" and "Tuesday" in m["text"])
    assert lead["against"] == {"article": first_lead["article"], "sentence": first_lead["sentence"]}
    assert not lead["paraphrase"] and ("Tuesday", "Thursday") in {(o["a"].strip(), o["b"].strip()) for o in lead["diff"]}
    text = run("diff", "--width", "100", str(first), str(second)).stdout
    assert "#1 · 99% same words, against A #1" in text and "[-Tuesday-]{+Thursday+}" in text
    for fmt in ("markdown", "html"):  # every report says which sentence the diff is against
        assert "99% same words, against A #1" in run("compare", "--no-framing", "--reference", "first", "--format", fmt, str(first),
                                                     str(second)).stdout, fmt


def test_a_claims_heading_tells_an_outlet_that_comes_near_from_one_that_leaves_it_out(run: Any, tmp_path: Path) -> None:
    import framediff

    comparison = framediff.compare([str(Path(__file__).resolve().parent.parent / "seeds")])
    for claim in comparison.alignment.claims:
        near, out, unclear = comparison.lacking(claim)
        assert set(near) | set(out) | set(unclear) == set(claim.missing) and len(near) + len(out) + len(unclear) == len(claim.missing)
        assert all(comparison.absence(claim.id, a).state == "unclear" for a in unclear)  # type: ignore[union-attr]
        assert all(comparison.absence(claim.id, a).state == "differently" for a in near)  # type: ignore[union-attr]
        assert all(comparison.absence(claim.id, a).state == "leaves_out" for a in out)  # type: ignore[union-attr]
    # the seeds' signing in Rabat on November 24 (one outlet's claim): the outlets that report the signing elsewhere come
    # near it, or (one, its closest sentence under SHOWS_NEAR) are unclear; none is said to leave it out
    signing = next(c for c in comparison.alignment.claims
                   if any("in Rabat on November 24" in comparison.alignment.sentence(m).text for m in c.members))
    assert len(comparison.lacking(signing)[0]) >= 2 and not comparison.lacking(signing)[1]
    # an outlet with nothing of a claim is said to leave it out, in its heading too
    shared = "The city council approved the 2024 budget on Monday after a long debate."
    (tmp_path / "a.txt").write_text(f"Council passes budget\n\n{shared} The mayor praised the vote.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Budget approved\n\n{shared} Critics called it reckless.\n", encoding="utf-8")
    # (c shares the critics' words with b: an article that shares no claim is another story or one framediff could not
    # align, and framediff cannot tell what it states of the others')
    (tmp_path / "c.txt").write_text("Storm closes schools\n\nHeavy snow closed every school in the county on Monday. Critics called "
                                    "it reckless.\n", encoding="utf-8")
    text = run("compare", "--no-framing", "--width", "120", "--section", "claims", *(str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt"))).stdout
    assert re.search(r"2/3 outlets .* leaves it out: C c", text), text
    files = [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]
    assert re.search(r"2/3 outlets — leaves it out: C c", run("compare", "--no-framing", "--format", "markdown", *files).stdout)
    assert re.search(r'leaves it out: <span class="key">C</span> c', run("compare", "--no-framing", "--format", "html", *files).stdout)


def test_an_article_that_shares_no_claim_is_said_to_and_its_scores_are_no_evidence(run: Any, run_json: Any) -> None:
    """tests/data/stray-article, a thirty-fifth trial's folder (fictional): a German and an English report of a rate cut,
    and an English article on a music festival. The festival was said to leave out all six shared claims of the cut, and
    to come near the cut itself (0.70, for a date both give), and the cut's reports to come near the festival's."""
    story = str(Path(__file__).resolve().parent / "data" / "stray-article")
    doc = run_json("compare", story, "--no-cache")
    festival = next(a["id"] for a in doc["articles"] if a["label"] == "Yorkshire Evening News")
    assert doc["shares_no_claim"] == [{"article": festival, "label": "Yorkshire Evening News"}]
    assert any(len(c["articles"]) > 1 for c in doc["claims"])  # the two reports of the cut still share claims
    ours = {c["id"] for c in doc["claims"] if festival in c["articles"]}
    records = doc["left_out"] + doc["differently"] + doc["unclear"] + [r["nearest_elsewhere"] for r in doc["alone_near"]]
    across = [r for r in records if r["article"] == festival or r["claim"] in ours]
    assert across and all(r["state"] == "unclear" and "shares no claim with any other article" in r["reason"] for r in across)
    assert not any(r["article"] == festival for r in doc["left_out"])
    text = " ".join(run("compare", story, "--width", "100", "--no-cache").output.split())
    assert "Yorkshire Evening News shares no claim with any other article" in text
    assert "framediff cannot tell what it states of the others' claims" in text


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_an_article_that_shares_no_claim_where_no_two_do_is_not_said_to_be_unclear(run: Any, run_json: Any, fmt: str) -> None:
    """An airport outage in English, another in French (read as two events) and a grape harvest in French: no two share a
    claim, so what one lacks of another's stands as left out. The note had named the harvest and said "framediff cannot tell
    what it states of the others' claims", beside records that said it leaves them out (a second reader)."""
    data = Path(__file__).resolve().parent / "data"
    files = [str(data / "zurich-outage" / "en-wire.txt"), *(str(data / "unrelated-fr" / f) for f in ("fr-panne-schiphol.txt", "fr-vendanges.txt"))]
    doc = run_json("compare", *files, "--no-cache")
    assert [r["label"] for r in doc["shares_no_claim"]] == ["fr-vendanges"]
    harvest = doc["shares_no_claim"][0]["article"]
    states = {a["state"] for c in doc["coverage"] for a in c["articles"] if a["article"] == harvest and a["state"] != "carries"}
    assert states == {"leaves_out"}
    shown = run("compare", *files, "--format", fmt, "--width", "100", "--no-cache", "--no-color").stdout
    flat = " ".join(shown.replace("\\", "").split())
    assert "fr-vendanges shares no claim with any other article" in flat and "cannot tell what it states" not in flat


def test_two_articles_that_share_no_claim_are_said_to(run_json: Any) -> None:
    """tests/data/unrelated-fr: a grape harvest and an airport outage, in French, share no claim, and the report says so
    (a thirty-first trial's two unrelated articles each "left out" the other's whole story, and nothing said why)."""
    doc = run_json("compare", str(Path(__file__).resolve().parent / "data" / "unrelated-fr"), "--no-cache")
    assert [r["label"] for r in doc["shares_no_claim"]] == sorted(r["label"] for r in doc["shares_no_claim"]) and len(doc["shares_no_claim"]) == 2


@pytest.mark.parametrize("width", [60, 80, 100])
def test_the_outlets_table_of_a_story_in_several_languages_fits_without_cutting_a_heading(run: Any, width: int) -> None:
    """At 60 and 80 columns the lang column had squeezed the headings to "la…", "wor…", "sentenc…" and dropped the keys."""
    story = str(Path(__file__).resolve().parent / "data" / "stray-article")
    text = run("compare", story, "--section", "outlets", "--no-framing", "--width", str(width), "--no-cache").stdout
    lines = text.splitlines()
    heading = next(line for line in lines if "outlet" in line and "claims" in line)
    assert "…" not in heading and "only here" in heading
    assert all(len(line) <= width for line in lines)
    assert any(line.startswith("A  Frankfurter") for line in lines)


@pytest.mark.parametrize("width", [60, 80])
def test_a_claims_heading_never_cuts_an_outlets_key_from_its_name(run: Any, width: int) -> None:
    """At 80 columns the heading "3. 3/5 outlets   reference: …   comes near: D" went on "Mediterranean Exchanges" (and a
    thirty-sixth trial's "leaves it out: B" on "daily_tap"): a part of the heading now goes whole to the next line."""
    seeds = str(Path(__file__).resolve().parents[1] / "seeds")
    text = run("compare", seeds, "--section", "claims", "--no-framing", "--width", str(width), "--no-cache").stdout
    assert "leaves it out: " in text
    assert not [line for line in text.splitlines() if re.search(r"(?:near|out|tell): [A-Z]$|, [A-Z]$", line)]


def test_format_md_is_markdown(run: Any, seeds: Path) -> None:
    # a thirty-seventh trial's "--format md" was refused
    md = run("compare", str(seeds), "--format", "md")
    markdown = run("compare", str(seeds), "--format", "markdown")
    assert md.exit_code == 0, md.stderr
    assert md.stdout == markdown.stdout and md.stdout.startswith("# ")

"""Loading every kind of input, and refusing bad ones with one clear line."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from framediff.errors import InputError
from framediff.reading.articles import ReadOptions, read_articles

BODY = "Floods hit the valley on Monday. Hundreds of homes were evacuated, officials said."


def test_directory_is_read_in_name_order(seeds: Path) -> None:
    articles = read_articles([str(seeds)])
    assert [Path(a.source).name for a in articles] == sorted(p.name for p in seeds.glob("*.txt"))
    assert len({a.id for a in articles}) == 5
    assert read_articles([str(seeds)])[0].id == articles[0].id  # stable


def test_every_sentence_slices_its_input(seeds: Path) -> None:
    for article in read_articles([str(seeds)]):
        raw = Path(article.source).read_text(encoding="utf-8")
        for s in article.sentences:
            assert raw[s.start : s.end] == s.text
        for span in article.dropped:
            assert raw[span.start : span.end] == span.text


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = "Le ministre a déclaré mercredi que l’accord était « historique ». Les négociations ont duré des mois."
    path = tmp_path / "cp1252.txt"
    path.write_bytes(text.encode("cp1252"))
    article = read_articles([str(path)])[0]
    assert "déclaré" in article.sentences[0].text and "« historique »" in article.sentences[0].text
    assert article.encoding != "utf-8"


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Floods hit the valley</title><meta property='og:site_name' content='Valley News'>"
        "<meta property='article:published_time' content='2024-05-06'></head><body><nav>Home | Sport | Weather</nav>"
        f"<article><h1>Floods hit the valley</h1><p>{BODY}</p><p>Rain is forecast to continue until Friday, forecasters warned.</p></article>"
        "<footer>Copyright Valley News</footer></body></html>"
    )
    path = tmp_path / "story.html"
    path.write_text(html, encoding="utf-8")
    article = read_articles([str(path)])[0]
    assert article.title == "Floods hit the valley"
    assert article.label == "Valley News"
    assert article.date == "2024-05-06"
    texts = [s.text for s in article.sentences]
    assert texts[0] == "Floods hit the valley" and "Floods hit the valley on Monday." in texts
    assert not any("Sport" in t for t in texts)


def test_markdown_heading_is_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(f"# Floods hit the valley\n\n{BODY}\n\n- Rain continues until Friday.\n", encoding="utf-8")
    article = read_articles([str(path)])[0]
    assert article.title == "Floods hit the valley"
    assert article.sentences[-1].text == "Rain continues until Friday."


def test_json_lines_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [
        {"text": BODY, "title": "Floods hit the valley", "outlet": "Valley News", "date": "2024-05-06", "extra": 1},
        {"text": "Hundreds fled the floods on Monday, the mayor said.", "outlet": "Hill Times", "url": "https://hill.example/a"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    articles = read_articles([str(path)])
    assert [a.label for a in articles] == ["Valley News", "Hill Times"]
    assert articles[0].title == "Floods hit the valley" and articles[0].date == "2024-05-06"
    assert articles[1].url == "https://hill.example/a"
    assert articles[0].source.endswith("feed.jsonl#1")


def test_stdin_and_labels() -> None:
    articles = read_articles(["valley=-"], stdin=io.BytesIO(BODY.encode()))
    assert articles[0].label == "valley" and articles[0].source == "-"


def test_duplicate_labels_are_made_unique(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"{BODY} Filed in {folder}.", encoding="utf-8")
    articles = read_articles([str(tmp_path / "a" / "story.txt"), str(tmp_path / "b" / "story.txt")])
    assert [a.label for a in articles] == ["story", "story-2"]
    assert articles[0].id != articles[1].id


def test_the_same_text_given_twice_counts_once(tmp_path: Path) -> None:
    """One file named twice, or one text saved under two names, is one outlet: not two that agree on everything."""
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(BODY.replace(" ", "  ") + "\n", encoding="utf-8")  # white space aside, the same
    warnings: list[str] = []
    articles = read_articles([str(tmp_path), str(tmp_path / "a.txt")], warn=warnings.append)
    assert [a.label for a in articles] == ["a"]
    assert warnings == [f"{tmp_path / 'copy.txt'}: the same text as {tmp_path / 'a.txt'}; counted once",
                        f"{tmp_path / 'a.txt'}: the same text as {tmp_path / 'a.txt'}; counted once"]


def test_url_is_fetched_from_a_local_server(http_server: Any) -> None:
    http_server.routes["/story"] = (200, "text/html; charset=utf-8", f"<html><body><article><p>{BODY}</p></article></body></html>".encode())
    article = read_articles([f"{http_server.url}/story"])[0]
    assert article.url == f"{http_server.url}/story"
    assert article.label.startswith("127.0.0.1")
    assert "Floods hit the valley on Monday." in [s.text for s in article.sentences]


def _file(name: str, data: bytes | str) -> Any:
    def make(folder: Path) -> str:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
        return str(path)

    return make


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda p: str(p / "missing.txt"), "no such file or directory"),
        (lambda p: (p / "empty").mkdir() or str(p / "empty"), "directory has no article files"),
        (_file("bin.txt", b"\x00\x01\x02binary\x00" * 50), "binary"),
        (_file("blank.txt", "  \n\n "), "empty article"),
        (_file("bad.json", '{"text": "x",'), "malformed JSON"),
        (_file("notext.jsonl", '{"title": "x"}\n'), 'no "text"'),
        (_file("numbertext.jsonl", '{"text": 42}\n'), '"text" is a number, not a string'),  # it has one, of the wrong type
        (_file("emptytext.jsonl", '{"text": "  "}\n'), '"text" is empty'),
        (_file("junk.txt", "Share on Facebook\nTweet\n"), "no sentences"),
        (lambda p: "file:///etc/passwd", "refused URL scheme"),
        (lambda p: "ftp://example.org/a.txt", "refused URL scheme"),
    ],
)
def test_bad_inputs(tmp_path: Path, make: Any, problem: str) -> None:
    source = make(tmp_path)
    with pytest.raises(InputError) as caught:
        read_articles([source])
    assert problem in str(caught.value)
    assert str(caught.value).startswith(source.split("#")[0])


def test_unreachable_url(http_server: Any) -> None:
    with pytest.raises(InputError, match="HTTP 404"):
        read_articles([f"{http_server.url}/nothing"])


def test_skip_bad_warns_and_goes_on(tmp_path: Path, seeds: Path) -> None:
    warnings: list[str] = []
    articles = read_articles([str(tmp_path / "missing.txt"), str(seeds / "004_8c5ba950128fcb64.txt")], ReadOptions(skip_bad=True), warn=warnings.append)
    assert len(articles) == 1
    assert warnings and "missing.txt: no such file" in warnings[0]

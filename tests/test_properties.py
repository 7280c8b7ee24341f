"""Properties over the core and every renderer, with Hypothesis (issue 22).

For any text, title, date, outlet and url a record can carry: reading never
raises anything but a one-line input error, sentence offsets slice the input
exactly, the JSON documents round-trip, and no rendered output holds a raw
control character, a bidi override or markup taken from the input. Examples
are derandomised, so CI runs the same ones every time; together the tests
below run 2,600 of them.
"""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from framediff import api
from framediff.comparing.word_diff import word_diff
from framediff.errors import InputError
from framediff.reading.articles import ReadOptions
from framediff.reading.sentences import sentence_spans

# A hostile vocabulary: news words, markers of the text report, Rich and HTML markup, controls of every kind.
WORDS = [
    "Floods", "hit", "the", "valley", "on", "Monday.", "The", "mayor", "said", "\u201cnever\u201d", "again.", "Officials", "fled.",
    "10\u2076", "0\u00b2", "3.5%", "U.S.", "Dr.", "{+", "+}", "[-", "-]", "\\", "[bold red]", "[/]", "[link=x]",
    "<zq-x>", "</zq-x>", "<script>", "&amp;", "&#7;", "*", "_", "`", "#", "|", "\x1b[2J", "\x1b]52;c;QUFB\x07", "\x9b31m",
    "\u202e", "\u2066", "\u200f", "\u2028", "\x00", "\x07", "\x7f", "\t", "\n", "\n\n", "\r", "\ufeff", "\u0301", "\U0001f600",
]
_piece = st.one_of(st.sampled_from(WORDS), st.text(max_size=6))
texts = st.lists(_piece, min_size=1, max_size=40).map(" ".join)
fields = st.one_of(st.none(), texts, st.text(max_size=30))

# What must never reach a reader raw: C0 controls but newline (and tab in JSON's escapes), DEL, C1, bidi controls, separators.
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028\u2029]")
def examples(n: int) -> settings:
    """``n`` derandomised examples, no deadline (a run loads models), no example database in the work tree."""
    return settings(max_examples=n, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _records(*items: dict[str, Any]) -> bytes:
    return "".join(json.dumps({k: v for k, v in item.items() if v is not None}) + "\n" for item in items).encode("utf-8")


def _read(data: bytes) -> list[Any]:
    return api.read(["-"], ReadOptions(skip_bad=True), stdin=io.BytesIO(data), minimum=0, warn=lambda message: None)


@examples(1000)
@given(text=texts, title=fields, date=fields, outlet=fields, url=fields)
def test_reading_any_record_never_raises_and_offsets_slice_the_text(text: str, title: str | None, date: str | None, outlet: str | None,
                                                                    url: str | None) -> None:
    try:
        articles = api.read(["-"], stdin=io.BytesIO(_records({"text": text, "title": title, "date": date, "outlet": outlet, "url": url})),
                            minimum=0)
    except InputError as err:  # an empty article, a bad field: refused with one line naming the input
        assert "\n" not in str(err) and str(err).startswith("-")
        return
    for article in articles:
        for s in article.sentences:
            assert article.text[s.start : s.end] == s.text and s.text.strip()


@examples(600)
@given(text=texts)
def test_sentence_spans_keep_every_character_but_white_space(text: str) -> None:
    spans = list(sentence_spans(text))
    assert all(0 <= s < e <= len(text) for s, e in spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    kept = "".join(text[s:e] for s, e in spans)
    assert "".join(kept.split()) == "".join(text.split())


@examples(600)
@given(a=texts, b=texts)
def test_a_word_diff_gives_back_both_texts(a: str, b: str) -> None:
    ops = word_diff(a, b)
    assert "".join(o.a for o in ops) == a and "".join(o.b for o in ops) == b


@pytest.fixture(scope="module")
def warm() -> None:
    """Load the models once, so that the first example is not charged for them."""
    api.compare([*_read(_records({"text": "Floods hit the valley on Monday."}, {"text": "The valley flooded on Monday."}))], use_cache=False)


@examples(400)
@given(first=texts, second=texts, title=fields, date=fields, outlet=fields, url=fields)
# a one-word fragment joins its host's claim, and the language identifier calls it Dutch: a member without a diff
@example(first="Floods", second="\x7f jeu0", title=None, date=None, outlet=None, url=None)
def test_every_format_of_any_comparison_is_safe_and_json_round_trips(warm: None, run: Any, first: str, second: str, title: str | None,
                                                                     date: str | None, outlet: str | None, url: str | None) -> None:
    base = "Floods hit the valley on Monday after days of rain."
    stdin = _records({"text": f"{base} {first}", "title": title, "date": date, "outlet": outlet, "url": url},
                     {"text": f"{base} {second}", "title": second[:40], "outlet": outlet, "date": date})
    outputs = {}
    for fmt in ("text", "json", "markdown", "html"):
        result = run("compare", "--no-cache", "--skip-bad", "--no-color", "--format", fmt, "-", input=stdin)
        assert result.exit_code in (0, 2), (fmt, result.exit_code, result.stderr)
        assert not RAW_CONTROL.search(result.stderr), result.stderr
        lines = result.stderr.strip().splitlines()
        assert all(line.startswith(("framediff: warning: ", "framediff: error: ")) for line in lines), result.stderr
        if result.exit_code == 2:  # too few records left to compare: one error line, after any warnings
            assert [line for line in lines if "error:" in line] == lines[-1:] and "Traceback" not in result.stderr
            return
        outputs[fmt] = result.stdout
    for fmt, out in outputs.items():
        assert not RAW_CONTROL.search(out.replace("\t", " ")), fmt
    # In a terminal "<zq-x>" is just text; in HTML, or Markdown as a CommonMark renderer (raw HTML on) makes it, an element.
    from markdown_it import MarkdownIt

    for fmt, html in (("markdown", MarkdownIt("commonmark").render(outputs["markdown"])), ("html", outputs["html"])):
        assert "<zq-x" not in html and "<script" not in html, fmt
    doc = json.loads(outputs["json"])
    assert json.loads(json.dumps(doc)) == doc
    for article in doc["articles"]:
        # the JSON document holds each sentence with offsets into the article's text
        assert all(s["text"].strip() and s["start"] < s["end"] for s in article["sentences"])
    sentences = {(a["id"], s["index"]): s["text"] for a in doc["articles"] for s in a["sentences"]}
    for claim in doc["claims"]:
        reference = next(m["text"] for m in claim["members"] if m["reference"])
        for member in claim["members"]:
            assert member["text"] == sentences[member["article"], member["sentence"]]
            if "language" in member or "fragment_of" in member:  # a sentence in another language than the reference's, or a
                assert member["diff"] == []  # fragment going with its sentence, is joined, never word-diffed
                continue
            # a word diff loses nothing: its two sides spell the reference sentence (or the one of the reference's outlet it
            # is diffed against) and the member's, exactly
            against = sentences[member["against"]["article"], member["against"]["sentence"]] if "against" in member else reference
            assert "".join(op["a"] for op in member["diff"]) == against and "".join(op["b"] for op in member["diff"]) == member["text"]


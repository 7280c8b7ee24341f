"""The summary HTML page: each figure says what it measures, no figure repeats another, a legend, no clipped label,
and, in Chromium at 1,280 and 390 px, a page no wider than the window whose every outlet name shows whole."""

from __future__ import annotations

import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("FRAMEDIFF_CHROMIUM", "/usr/bin/chromium")
NAMES = ["Evening Standard Online Edition", "FOX", "Morning Tribune", "The Herald", "Daily Courier", "Post-Gazette"]


def _line(event: str, outlets: list[str], tones: list[float]) -> dict[str, Any]:
    articles = [{"id": f"{event}-{k}", "label": n, "outlet": n} for k, n in enumerate(outlets)]
    ids = [a["id"] for a in articles]
    claims = [{"id": "c1", "number": 1, "text": "The river rose.", "articles": ids, "labels": outlets},
              {"id": "c2", "number": 2, "text": "Families fled.", "articles": ids[:2], "labels": outlets[:2]}]
    framing = [{"article": a["id"], "label": a["label"], "distinctive_terms": [{"term": f"word{k}", "score": 3.0}],
                "tone": {"shared_claims": t, "others_on_same_claims": -t / 2}, "quotes": [{"speaker": "Ana Ruiz"}]}
               for k, (a, t) in enumerate(zip(articles, tones))]
    return {"batch": "framediff/2", "event": event, "status": "compared",
            "comparison": {"articles": articles, "claims": claims, "widely_carried_from": 2, "framing": framing, "reuse": [],
                           "left_out": [{"article": ids[-1], "claim": "c2"}], "only_here": []}}


@pytest.fixture()
def page(run: Any, tmp_path: Path) -> Path:
    batch = tmp_path / "events.jsonl"
    lines = [_line("e1", NAMES[:4], [-0.3, 0.2, -0.1, 0.05]), _line("e2", NAMES[2:], [0.4, -0.25, -0.6, 0.1])]
    batch.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    groups = tmp_path / "outlets.csv"
    groups.write_text("outlet,group\n" + "".join(f"{n},{'left' if k % 2 else 'right'}\n" for k, n in enumerate(NAMES)), encoding="utf-8")
    out = tmp_path / "summary.html"
    assert run("summary", str(batch), "--outlets", str(groups), "-o", str(out)).exit_code == 0
    return out


class _Figures(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.captions: list[str] = []
        self.in_caption = False
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.tags.add(tag)
        if tag == "figcaption":
            self.in_caption, self.captions = True, [*self.captions, ""]

    def handle_endtag(self, tag: str) -> None:
        if tag == "figcaption":
            self.in_caption = False

    def handle_data(self, data: str) -> None:
        if self.in_caption:
            self.captions[-1] += data


def test_each_figure_says_what_it_measures_and_none_repeats_another(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    parsed = _Figures()
    parsed.feed(html)
    sections = html.split("<h2>")[1:]
    assert [s.split("<")[0] for s in sections] == ["Outlets", "Groups", "Blindspots"]
    for section in sections[:2]:
        headings = re.findall(r"<figcaption><b>([^<]+)</b>", section)
        assert headings and len(headings) == len(set(headings))  # no chart twice
        assert "articles." not in headings and "events." not in headings  # counts are in the table, not charted again
    assert all(len(c.split(". ", 1)[1]) > 20 for c in parsed.captions)  # a heading and one line on what it measures
    assert "<svg" not in html and "<dl class=\"measures\">" in html and "legend-box" in html
    assert all(name in html for name in NAMES)  # whole names, never cut with an ellipsis
    assert "…" not in html


@pytest.mark.parametrize("width", [1280, 390])
def test_the_page_fits_the_window_and_shows_every_name_whole_in_chromium(page: Path, width: int, tmp_path: Path) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.skip("no chromium here")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"), args=["--no-sandbox"])
        view = browser.new_page(viewport={"width": width, "height": 900})
        requests: list[str] = []
        view.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
        view.goto(page.as_uri())
        assert view.evaluate("document.documentElement.scrollWidth") <= width
        clipped = view.evaluate("[...document.querySelectorAll('.bars .name')].filter(e => e.scrollWidth > e.clientWidth + 1).length")
        assert clipped == 0
        names = view.evaluate("[...document.querySelectorAll('.bars .name')].map(e => e.innerText.split('\\n')[0])")
        assert set(NAMES) <= set(names)
        view.screenshot(path=str(tmp_path / f"summary-{width}.png"), full_page=True)
        assert requests == []
        browser.close()

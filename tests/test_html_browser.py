"""The HTML report in a real browser: Debian's Chromium, driven by Playwright, at 1,280 and 390 px.

CI installs ``chromium`` with apt; Playwright's own browser download is not used
(``launch(executable_path="/usr/bin/chromium")``). Screenshots of every page are
left in the test's tmp folder for a person to look at.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("FRAMEDIFF_CHROMIUM", "/usr/bin/chromium")
WIDTHS = {1280: 900, 390: 844}
HOSTILE = ('Floods hit the valley <script>alert("x")</script> on Monday after three days of rain. '
           'Hundreds of families fled <img src=x onerror=alert(1)> their homes as the river rose. '
           'The mayor said the town had never seen <a href="javascript:alert(1)">water</a> so high.')


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright = pytest.importorskip("playwright.sync_api") if not os.environ.get("CI") else __import__("playwright.sync_api").sync_api
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium (apt-get install -y chromium)")
        pytest.skip("no chromium here")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"), args=["--no-sandbox"])
        yield chromium
        chromium.close()


def _report(run: Any, tmp_path: Path, name: str, *inputs: str) -> tuple[Path, dict[str, Any]]:
    page = tmp_path / f"{name}.html"
    result = run("compare", "-o", str(page), *inputs)
    assert result.exit_code == 0, result.stderr
    document = json.loads(run("compare", "--format", "json", *inputs).stdout)
    return page, document


def _open(browser: Any, path: Path, width: int) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page(viewport={"width": width, "height": WIDTHS[width]})
    errors: list[str] = []
    requests: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: (errors.append("dialog: " + dialog.message), dialog.dismiss()))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors, requests


def _fold(text: str) -> str:
    return " ".join(text.split())


STORIES = {"seeds": [str(ROOT / "seeds")], "ten-outlets": [str(ROOT / "tests" / "data" / "ten-outlets")]}


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("story", list(STORIES))
def test_the_page_fits_links_resolve_and_quotes_each_outlet_exactly(browser: Any, run: Any, tmp_path: Path, story: str, width: int) -> None:
    path, document = _report(run, tmp_path, story, *STORIES[story])
    page, errors, requests = _open(browser, path, width)
    try:
        page.screenshot(path=str(tmp_path / f"{story}-{width}.png"), full_page=False)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        assert errors == []
        assert [r for r in requests if r != path.as_uri()] == []
        broken = page.evaluate("""() => [...document.querySelectorAll('a[href^="#"]')]
            .map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(decodeURIComponent(id)))""")
        assert broken == []
        # With deletions hidden, every sentence reads exactly as its outlet wrote it.
        shown = page.evaluate("""() => [...document.querySelectorAll('.claim .member')].map(m => {
            const p = m.querySelector('p').cloneNode(true); p.querySelectorAll('del').forEach(d => d.remove());
            return [m.dataset.article, Number(m.dataset.sentence), p.textContent]; })""")
        texts = {(a["id"], s["index"]): s["text"] for a in document["articles"] for s in a["sentences"]}
        assert shown and all(_fold(text) == _fold(texts[(article, sentence)]) for article, sentence, text in shown)
        # With them shown, no deleted word runs into its neighbour.
        glued = page.evaluate(r"""() => { const out = []; const word = /[\p{L}\p{N}]/u;
            document.querySelectorAll('main del').forEach(d => {
              const prev = d.previousSibling ? d.previousSibling.textContent : '', next = d.nextSibling ? d.nextSibling.textContent : '';
              const t = d.textContent;
              if (prev && word.test(prev.slice(-1)) && word.test(t[0])) out.push(prev.slice(-10) + '|' + t);
              if (next && word.test(t.slice(-1)) && word.test(next[0])) out.push(t + '|' + next.slice(0, 10)); });
            return out; }""")
        assert glued == []
        # The toggle hides them for real (CSS alone).
        page.click('label[for="hide-deleted"]')
        deleted = page.query_selector_all("main del")
        assert deleted  # there are left-out words to hide, so the check below means something
        assert all(e.evaluate("e => getComputedStyle(e).display") == "none" for e in deleted)
    finally:
        page.close()


def test_the_outlet_filter_shows_one_outlets_view(browser: Any, run: Any, tmp_path: Path) -> None:
    path, document = _report(run, tmp_path, "ten", *STORIES["ten-outlets"])
    page, errors, _ = _open(browser, path, 1280)
    try:
        page.click('label[for="view-B"]')
        visible = page.evaluate("""() => [...document.querySelectorAll('.claim')].filter(c => c.offsetParent !== null).map(c => c.id)""")
        b = document["articles"][1]["id"]
        expected = [f"claim-{c['number']}" for c in document["claims"] if len(c["articles"]) > 1 and b in c["articles"]]
        assert visible == expected
        blocks = page.evaluate("""() => [...document.querySelectorAll('section.outlet')].filter(c => c.offsetParent !== null).map(c => c.id)""")
        assert blocks == ["only-B"]
        page.click('label[for="view-all"]')
        assert page.evaluate("() => [...document.querySelectorAll('.claim')].every(c => c.offsetParent !== null)")
        assert errors == []
    finally:
        page.close()


def test_hostile_article_text_stays_inert(browser: Any, run: Any, tmp_path: Path) -> None:
    records = [{"text": HOSTILE, "title": "<script>alert(2)</script> Floods", "outlet": "<b>bold</b>", "url": "javascript:alert(3)"},
               {"text": HOSTILE.replace("Monday", "Tuesday"), "outlet": "other", "url": "https://example.org/x?<script>"}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    path, _ = _report(run, tmp_path, "hostile", str(feed))
    for width in WIDTHS:
        page, errors, requests = _open(browser, path, width)
        try:
            assert errors == [] and [r for r in requests if r != path.as_uri()] == []
            assert page.evaluate("document.querySelectorAll('script, img, iframe, object, embed').length") == 0
            assert page.evaluate("""() => [...document.querySelectorAll('a[href]')].filter(a => !/^(#|https?:)/.test(a.getAttribute('href'))).length""") == 0
            assert "<script>" in page.inner_text("main")  # shown as text, as the outlet wrote it
        finally:
            page.close()


def test_the_page_names_the_story_and_says_how_it_was_made(run: Any, tmp_path: Path) -> None:
    path, document = _report(run, tmp_path, "seeds", *STORIES["seeds"])
    html = path.read_text(encoding="utf-8")
    assert "<title>Morocco and Israel sign historic security cooperation agreement" in html
    footer = html.split("<footer>")[1]
    assert "framediff 0." in footer and f"threshold {document['threshold']:.2f}" in footer and document["model"] in footer
    assert all(a["source"] in footer for a in document["articles"])
    assert "Content-Security-Policy" in html and "<script" not in html

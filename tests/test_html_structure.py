"""The HTML report's structure, read without a browser: its sections in order, every internal link landing on an
element, ids unique, and one claim section per shared claim of the JSON, marked with the outlets that carry it."""

from __future__ import annotations

import json
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORIES = [ROOT / "seeds", ROOT / "tests" / "data" / "port-strike", *sorted((ROOT / "bench" / "stories").iterdir())]


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.links: list[str] = []
        self.headings: list[str] = []
        self.claims: list[tuple[str, set[str]]] = []  # (id, classes) of each claim section
        self.open: list[str] = []
        self._h2: list[str] | None = None
        self.void = {"meta", "link", "br", "img", "input", "hr", "wbr", "col", "source"}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "a" and (a.get("href") or "").startswith("#"):
            self.links.append((a["href"] or "")[1:])
        classes = set((a.get("class") or "").split())
        if tag == "section" and "claim" in classes:
            self.claims.append((a.get("id") or "", classes))
        if tag == "h2":
            self._h2 = []
        if tag not in self.void:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2" and self._h2 is not None:
            self.headings.append("".join(self._h2).strip())
            self._h2 = None
        if tag in self.void:
            return
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if self._h2 is not None:
            self._h2.append(data)


def _run(story: Path, fmt: str) -> str:
    done = subprocess.run([sys.executable, "-m", "framediff", "compare", "--no-cache", "--format", fmt, str(story)],
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return done.stdout


@pytest.mark.parametrize("story", STORIES, ids=[p.name for p in STORIES])
def test_the_html_report_has_its_sections_links_and_one_section_per_shared_claim(story: Path) -> None:
    page = Page()
    page.feed(_run(story, "html"))
    page.close()
    assert page.open == []  # every element closed, in order
    assert len(page.ids) == len(set(page.ids)), "ids are unique"
    assert [link for link in page.links if link not in page.ids] == []
    for heading in ("Outlets", "Claims", "Coverage"):
        assert heading in page.headings
    assert page.headings.index("Outlets") < page.headings.index("Claims") < page.headings.index("Coverage")
    document = json.loads(_run(story, "json"))
    letters = {o["label"]: chr(ord("A") + n) for n, o in enumerate(document["outlets"])} if "outlets" in document else {}
    shared = [c for c in document["claims"] if len(c["labels"]) >= 2]
    assert [cid for cid, _ in page.claims] == [f"claim-{n}" for n in range(1, len(shared) + 1)]
    if letters:
        for (cid, classes), claim in zip(page.claims, shared):
            assert {c for c in classes if c.startswith("in-")} == {f"in-{letters[label]}" for label in claim["labels"]}, cid

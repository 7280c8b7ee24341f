"""Exact read-back: from the text, Markdown and HTML reports alone, a parser rebuilds each outlet's sentence (and, from
the text report, the reference's too), byte for byte but for white-space runs, which every report shows as one space.

Two tables: hard cases of real sentence pairs (parentheses, party tags, quotes and apostrophes, case-only changes,
punctuation beside changes), and every member of every shared claim of the test stories and the seeds.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from framediff.comparing.word_diff import word_diff
from marked_text import fold, read_text

ROOT = Path(__file__).resolve().parent.parent

HARD = [
    ("party tag to commas", "Senate Majority Leader Harry Reid (D-Nev.) was not there.", "Senate Majority Leader Harry Reid, D-Nev., was not there."),
    ("party tag dropped", "Harry Reid (D-Nev.) was there on Monday.", "Reid was there."),
    ("parenthesis added", "The bill passed the House on Tuesday.", "The bill (H.R. 3590) passed the House on Tuesday."),
    ("colon and straight quote to comma and curly", 'He made it clear, saying: "There is no war."', "He made it clear, saying, “There is no war.”"),
    ("curly to single quotes", "It is not “a war” at all, he said.", "It is not ‘a war’ at all, he said."),
    ("quote closes before the speaker", '"It is not a war." Steele said.', '"It is not a war," Mr. Steele said.'),
    ("apostrophes", "The president's plan won't pass, the party's leader said.", "The President’s plan will not pass, the Party’s leader said."),
    ("case only", "The party voted on the bill.", "The Party voted on the bill."),
    ("all caps headline", "Obama signs health care bill", "OBAMA SIGNS HEALTH CARE BILL"),
    ("comma before a change", "Officials said, however, that talks would go on.", "Officials said that talks would continue."),
    ("full stop moves", "Talks end. A deal is signed", "Talks end, a deal is signed."),
    ("dash and ellipsis", "The vote – 219 to 212 – was close…", "The vote, 219-212, was close."),
    ("added sentence end", "The ceasefire held", "The ceasefire held, officials said on Sunday."),
    ("markdown and html syntax", "Use *stars*, _lines_ & <tags> [here](x).", "Use **stars**, __lines__ &amp; <b>tags</b> [there](y)."),
    ("word-diff markers in the text", "The code {+x+} and [-y-] appeared.", "The code {+x+} and [-z-] appeared."),
    ("backslashes", r"A path C:\new\ was named.", r"A path C:\old\ was named."),
    ("trailing brace", "He typed {", "He typed {+"),
    ("spaces that differ", "The pact was  signed in Rabat.", "The pact was signed in  Rabat ."),
]


# -- the three parsers -------------------------------------------------------------------------------------------------


def read_markdown(marked: str) -> str:
    """A Markdown diff read back, from its source: what is outside <del>, tags dropped, backslash escapes undone."""
    kept = re.sub(r"<del>.*?</del>", "", marked)
    kept = re.sub(r"</?ins>", "", kept)
    assert "<" not in kept.replace("\\<", ""), kept  # no other tag: any "<" of the text is escaped
    return fold(re.sub(r"\\(.)", r"\1", kept))


class _Kept(HTMLParser):
    """The text of an HTML fragment outside <del>, as a browser shows it with deletions hidden."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth, self.parts = 0, []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.depth += tag == "del"

    def handle_endtag(self, tag: str) -> None:
        self.depth -= tag == "del"

    def handle_data(self, data: str) -> None:
        if not self.depth:
            self.parts.append(data)


def read_html(fragment: str) -> str:
    parser = _Kept()
    parser.feed(fragment)
    return fold("".join(parser.parts))


# -- hard cases --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("case", "a", "b"), HARD, ids=[h[0] for h in HARD])
def test_every_format_reads_back_each_hard_case(case: str, a: str, b: str) -> None:
    from framediff.render.html import diff_html
    from framediff.render.markdown import diff_markdown
    from framediff.render.text_diff import diff_text

    ops = word_diff(a, b)
    text = diff_text(ops, plain=True).plain
    assert read_text(text) == (fold(a), fold(b)), text
    assert read_markdown(diff_markdown(ops)) == fold(b), diff_markdown(ops)
    assert read_html(diff_html(ops)) == fold(b), diff_html(ops)


@pytest.mark.parametrize(("a", "b", "shown"), [
    ("Harry Reid (D-Nev.) was there.", "Harry Reid, D-Nev., was there.", "Harry Reid[- (-]{+, +}D-Nev.[-)-]{+,+} was there."),
    ('He made it clear, saying: "There is no war."', "He made it clear, saying, “There is no war.”",
     'He made it clear, saying[-: "-]{+, “+}There is no war.[-"-]{+”+}'),
    ("“It is not a war.” Steele said.", "“It is not a war,” Mr. Steele said.", "“It is not a war[-.”-]{+,” Mr.+} Steele said."),
])
def test_markers_sit_where_the_sentences_differ(a: str, b: str, shown: str) -> None:
    from framediff.render.text_diff import diff_text

    assert diff_text(word_diff(a, b), plain=True).plain == shown


@pytest.mark.parametrize(("a", "b", "verdict"), [
    ("The party voted.", "The Party voted.", "same words, other case"),
    ("Israel signs a defence pact.", "Israel signs a defense pact.", "same words, other spelling"),
    # another number is never another spelling, however many of its characters it shares (a user's trial, 2026-12)
    ("The new library will open in 2026, officials said.", "The new library will open in 2029, officials said.", "92% same words"),
    ("He was born in 1987.", "He was born in 1978.", "80% same words"),
    ("The pact was  signed.", "The pact was signed.", "same words, other spacing"),
    ("The pact was signed.", "The pact was signed.", "identical"),
    ("The memorandum of understanding was signed by Gantz and his Moroccan counterpart Abdellatif Loudiyi and sets a solid security "
     "cooperation framework that formalizes defense relations between the two countries, allowing for increased cooperation.",
     "The memorandum of understanding was signed by Gantz and his Moroccan counterpart Abdellatif Loudiyi and sets a solid security "
     "cooperation framework that formalizes defense relations between the two countries, allowing for increased cooperation!",
     "99% same words"),  # 99.6% of its characters: never "100%" above the change
])
def test_no_share_of_100_percent_sits_above_a_change(a: str, b: str, verdict: str) -> None:
    from framediff.comparing.comparison import verdict as judge
    from framediff.comparing.word_diff import similarity

    ops = word_diff(a, b)
    assert judge(ops, similarity(ops), False, False) == verdict


# -- every claim of the test stories ------------------------------------------------------------------------------------

STORIES = [ROOT / "seeds", ROOT / "tests" / "data" / "ten-outlets", *sorted(p for p in (ROOT / "bench" / "stories").iterdir() if p.is_dir())]


def _members(doc: dict[str, Any]) -> list[tuple[int, str, int, str, str, bool]]:
    """(claim number, label, sentence, its text, the reference's text, paraphrase) of every member of every shared claim."""
    out = []
    for claim in doc["claims"]:
        if len(claim["articles"]) < 2:
            continue
        reference = next(m["text"] for m in claim["members"] if m["reference"])
        texts = {(m["article"], m["sentence"]): m["text"] for m in claim["members"]}
        ordered = sorted(claim["members"], key=lambda m: not m["reference"])  # as the reports show them: the reference first
        # a member diffed against another sentence of the reference's outlet reads back to that sentence's words
        out += [(claim["number"], m["label"], m["sentence"], m["text"],
                 texts[(m["against"]["article"], m["against"]["sentence"])] if "against" in m else reference, m["paraphrase"])
                for m in ordered]
    return out


@pytest.mark.parametrize("story", STORIES, ids=[p.name for p in STORIES])
def test_every_claim_of_the_test_stories_reads_back_in_every_format(run: Any, story: Path) -> None:
    doc = json.loads(run("compare", "--format", "json", "--no-framing", str(story)).stdout)
    members = _members(doc)
    assert members

    # text, stacked (60 columns): each outlet line, then its sentence indented four
    text = run("compare", "--no-framing", "--width", "60", "--section", "claims", str(story)).stdout
    bodies = _text_bodies(text)
    assert len(bodies) == len(members)
    for (number, label, sentence, own, reference, paraphrase), (head, body) in zip(members, bodies):
        assert f" #{sentence} " in head + " ", head
        ref_side, own_side = read_text(body)
        assert own_side == fold(own), (number, label)
        if not paraphrase:
            assert ref_side == fold(reference), (number, label)

    md = run("compare", "--no-framing", "--format", "markdown", str(story)).stdout
    lines = [line for line in md.splitlines() if re.match(r"- (\\\*)?[A-Z]+ \*\*.*\*\* #\d+ \(", line)]
    assert len(lines) == len(members)
    for (number, label, sentence, own, _, _), line in zip(members, lines):
        assert read_markdown(line.split("): ", 1)[1]) == fold(own), (number, label, line)

    page = run("compare", "--no-framing", "--format", "html", str(story)).stdout
    paragraphs = re.findall(r'<article class="member[^"]*" id="claim-\d+-[^"]+"[^>]*>.*?<p>(.*?)</p></article>', page)
    assert len(paragraphs) == len(members)
    for (number, label, sentence, own, _, _), fragment in zip(members, paragraphs):
        assert read_html(fragment) == fold(html.unescape(html.escape(own))), (number, label, fragment)


def _text_bodies(report: str) -> list[tuple[str, str]]:
    """(outlet line, its sentence joined from its wrapped lines) for every member of the claims section."""
    bodies: list[tuple[str, list[str]]] = []
    collecting = False  # a blank line ends a claim; its next title's wrapped lines are indented too
    for line in report.splitlines():
        if line.startswith("    ") and collecting:
            bodies[-1][1].append(line[4:])
        elif re.match(r"[* ][A-Z]+ .* #\d+ · ", line):
            bodies.append((line, []))
            collecting = True
        elif not line.strip():
            collecting = False
    return [(head, " ".join(lines)) for head, lines in bodies]

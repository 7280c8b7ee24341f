"""Steering the report: --reference, --outlet and --section, and the three states of an outlet on a claim."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

STORY = Path(__file__).resolve().parent / "data" / "ten-outlets"


@pytest.fixture(scope="module")
def seeds_doc() -> dict[str, Any]:
    from click.testing import CliRunner

    from framediff.commands import main

    result = CliRunner().invoke(main, ["compare", "--format", "json", "--no-framing", str(Path(__file__).resolve().parent.parent / "seeds")])
    return json.loads(result.stdout)


@pytest.mark.parametrize("label", ["Haaretz", "haaretz", " HAARETZ "])
def test_reference_diffs_every_claim_it_carries_against_its_sentence(run_json: Any, seeds: Path, label: str) -> None:
    doc = run_json("compare", "--no-framing", "--reference", label, str(seeds))
    chosen = next(a["id"] for a in doc["articles"] if a["label"] == "Haaretz")
    assert doc["reference"] == {"article": chosen, "label": "Haaretz"}
    for claim in doc["claims"]:
        reference = [m for m in claim["members"] if m["reference"]]
        assert len(reference) == 1
        if chosen in claim["articles"]:
            assert reference[0]["article"] == chosen and claim["reference_why"] == "Haaretz's, the chosen reference"
        else:
            assert claim["reference_why"] == "closest to the others (Haaretz, the chosen reference, lacks it)"


def test_without_reference_each_claim_says_why_and_the_legend_gives_the_rule(run: Any, seeds_doc: dict[str, Any], seeds: Path) -> None:
    assert {c["reference_why"] for c in seeds_doc["claims"]} == {"closest to the others"}
    assert "closest to all the others" in seeds_doc["reference_rule"]
    text = run("compare", "--no-framing", "--width", "100", "--section", "claims", str(seeds)).stdout
    assert text.count("closest to all the others") == 1  # the rule, once
    assert len(re.findall(r"^\d+\. .*reference: closest to the others", text, re.M)) == len([c for c in seeds_doc["claims"] if len(c["articles"]) > 1])
    for fmt, needle in (("markdown", "Reference: closest to the others."), ("html", "reference: closest to the others</p>")):
        assert needle in run("compare", "--no-framing", "--format", fmt, str(seeds)).stdout


def test_an_unknown_label_is_one_line_and_exit_2(run: Any, seeds: Path) -> None:
    for option in ("--reference", "--outlet"):
        result = run("compare", option, "Nobody", str(seeds))
        assert result.exit_code == 2 and result.stderr.startswith(f"framediff: error: {option} Nobody: no outlet has that label")


@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "html"])
def test_outlet_shows_one_outlets_view_in_every_format(run: Any, seeds: Path, seeds_doc: dict[str, Any], fmt: str) -> None:
    mod = next(a["id"] for a in seeds_doc["articles"] if a["label"] == "Israel MoD")
    carried = [c for c in seeds_doc["claims"] if mod in c["articles"] and len(c["articles"]) > 1]
    others = [c for c in seeds_doc["claims"] if mod not in c["articles"] and len(c["articles"]) > 1]
    out = run("compare", "--no-framing", "--outlet", "israel mod", "--format", fmt, str(seeds)).stdout
    if fmt == "json":
        doc = json.loads(out)
        assert doc["view"]["label"] == "Israel MoD" and [o["label"] for o in doc["outlets"]] == ["Israel MoD"]
        assert all(mod in c["articles"] for c in doc["claims"]) and {r["label"] for r in doc["only_here"] + doc["differently"] + doc["unclear"]} == {"Israel MoD"}
        assert [r["number"] for r in doc["coverage"]] == [c["number"] for c in seeds_doc["claims"] if mod in c["articles"]]
        return
    heading = {"text": r"^{n}\. \d/5 outlets", "markdown": r'<a id="claim-{n}"></a>{n}\. ', "html": r'<section class="claim[^"]*" id="claim-{n}">'}[fmt]
    assert all(re.search(heading.format(n=c["number"]), out, re.M) for c in carried)
    assert not any(re.search(heading.format(n=c["number"]), out, re.M) for c in others)
    assert "The view of" in out or "the view of" in out


@pytest.mark.parametrize("sections", [("claims",), ("coverage",), ("left-out",), ("framing",), ("outlets", "coverage")])
def test_section_prints_only_the_sections_asked_for(run: Any, seeds: Path, sections: tuple[str, ...]) -> None:
    rules = {"outlets": "Outlets ─", "headlines": "Headlines ─", "claims": "Claims ─", "coverage": "Coverage ─",
             "left-out": "Only here / left out ─", "framing": "Framing"}
    args = [a for s in sections for a in ("--section", s)]
    text = run("compare", "--width", "100", *args, str(seeds)).stdout
    for name, rule in rules.items():
        assert (re.search(rf"^{re.escape(rule)}", text, re.M) is not None) == (name in sections), name
    assert ("legend:" in text) == ("claims" in sections)


def test_section_is_for_the_text_report(run: Any, seeds: Path) -> None:
    result = run("compare", "--section", "claims", "--format", "json", str(seeds))
    assert result.exit_code == 2 and "--section applies to the text report" in result.stderr


def test_every_outlet_lacking_a_claim_has_one_state_with_its_evidence(seeds_doc: dict[str, Any]) -> None:
    from framediff.comparing.comparison import NEAR
    from framediff.comparing.coverage import OMITS_NEAR, SHOWS_NEAR, UNRELATED_NEAR, UNRELATED_WORDS

    threshold = seeds_doc["threshold"]
    for row in seeds_doc["coverage"]:
        claim = next(c for c in seeds_doc["claims"] if c["number"] == row["number"])
        for cell in row["articles"]:
            if cell["article"] in claim["articles"]:
                assert cell["state"] == "carries" and cell["sentences"]
                continue
            assert cell["state"] in ("differently", "leaves_out", "unclear") and not cell["sentences"]
            if cell["state"] == "unclear":  # its closest sentence from NEAR to under SHOWS_NEAR, carrying no part of the claim
                score = next(m["score"] for m in claim["closest"] if m["article"] == cell["article"])
                part = next(n["part"] for n in claim["nearest"] if n["article"] == cell["article"])
                assert NEAR <= score < SHOWS_NEAR and not part
                if len(claim["articles"]) >= seeds_doc["widely_carried_from"]:  # the outlet's "cannot tell" record
                    assert any((r["number"], r["article"]) == (row["number"], cell["article"]) for r in seeds_doc["unclear"])
                continue
            near = next((m for m in claim["closest"] if m["article"] == cell["article"]), None)  # the evidence
            if near is None:
                assert cell["state"] == "leaves_out"
                continue
            quotes_another = next(n["quotes_another"] for n in claim["nearest"] if n["article"] == cell["article"])
            if near["score"] >= threshold and not quotes_another:  # above the claim threshold: never "leaves it out"
                assert cell["state"] == "differently"
            if cell["state"] == "leaves_out":  # nothing of it comes near, or the closest is weak and the article hardly uses
                # its words, or it is weak and carries little of the claim's words; or, of a quotation, the closest is under
                # SHOWS_NEAR and the outlet gives none of its words ("does not quote it")
                evidence = next(n for n in claim["nearest"] if n["article"] == cell["article"])
                shared = len(claim["articles"]) > 1
                assert near["score"] < NEAR or (shared and near["score"] < OMITS_NEAR) or (
                    shared and near["score"] < UNRELATED_NEAR and evidence["carried"] < UNRELATED_WORDS) or evidence["quotes_another"] or (
                    row["quotation"] and near["score"] < SHOWS_NEAR)
    for record in seeds_doc["differently"]:  # and above the threshold, always with its reason
        if record["closest"]["score"] >= threshold:
            assert "matches" in record["reason"] or "states claim" in record["reason"] or "figures or dates" in record["reason"]
    records = seeds_doc["left_out"] + seeds_doc["differently"]
    assert records and all(r["reason"] for r in records) and {r["state"] for r in seeds_doc["differently"]} == {"differently"}


def test_the_middle_state_shows_in_the_coverage_matrix_of_every_format(run: Any, seeds: Path, seeds_doc: dict[str, Any]) -> None:
    shared = {c["number"] for c in seeds_doc["claims"] if len(c["articles"]) > 1}  # the rows the matrices show
    near = [(row["number"], c) for row in seeds_doc["coverage"] if row["number"] in shared for c in row["articles"] if c["state"] == "differently"]
    assert near
    text = run("compare", "--no-framing", "--width", "100", "--section", "coverage", str(seeds)).stdout
    md = run("compare", "--no-framing", "--format", "markdown", str(seeds)).stdout
    page = run("compare", "--no-framing", "--format", "html", str(seeds)).stdout
    closest = {(c["number"], m["article"]): m["sentence"] for c in seeds_doc["claims"] for m in c["closest"]}
    for number, cell in near:
        n = closest[(number, cell["article"])]
        assert re.search(rf"^{number:>2} .*~{n}\b", text, re.M)
        assert re.search(rf"^\| \[{number}\]\(#claim-{number}\) \|.*\\~{n} ", md, re.M)
    assert page.count('<td class="near"') == len(near)


def test_align_reference_gives_each_claim_that_outlets_sentence_where_it_carries_it(run_json: Any, seeds: Path) -> None:
    default = run_json("align", str(seeds))
    chosen = run_json("align", "--reference", "Haaretz", str(seeds))
    assert [c["id"] for c in default["claims"]] == [c["id"] for c in chosen["claims"]]  # the same claims, other texts
    moved = 0
    for before, after in zip(default["claims"], chosen["claims"]):
        if "Haaretz" in after["labels"]:
            assert after["representative"]["label"] == "Haaretz"
            moved += before["representative"]["label"] != "Haaretz"
        else:
            assert after["representative"] == before["representative"]
    assert moved


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_headlines_section_names_the_outlets_it_leaves_out_and_why(run: Any, seeds: Path, fmt: str) -> None:
    out = run("compare", "--no-framing", "--format", fmt, str(seeds)).stdout
    start = {"text": "Headlines ─", "markdown": '<a id="headlines"></a>Headlines', "html": 'id="headlines"'}[fmt]
    end = {"text": "Claims ─", "markdown": '<a id="claims"></a>Claims', "html": 'id="claims"'}[fmt]
    section = out.split(start, 1)[1].split(end, 1)[0]
    assert "Jerusalem Post" in section and "Israel MoD" in section and "no headline found" in section


@pytest.mark.parametrize(
    ("sentence", "times"),
    [  # MRPC and STS-B news sentences
        ("On Wednesday, at 7.51pm, Mars will be the closest to Earth it has been for 59,619 years.", {"19:51": "7.51pm"}),
        ("The shooting happened at 5:30 a.m. in the living room of the home the extended family shared on the city's westside.",
         {"05:30": "5:30 a.m."}),
        ("The name for the robot, due to be launched at 2:05 p.m. (7:05 p.m.) on Sunday, was selected from among 10,000 names "
         "submitted by U.S.", {"14:05": "2:05 p.m.", "19:05": "7:05 p.m."}),
        # in other languages (the test stories' French, a ninth trial's French and German)
        ("Le train a percuté un arbre tombé sur la voie vers 7 h 40, après une nuit de violentes rafales.", {"07:40": "7 h 40"}),
        ("L'explosion s'est produite vers 9 h 40.", {"09:40": "9 h 40"}),
        ("Die Explosion ereignete sich gegen 9.40 Uhr.", {"09:40": "9.40 Uhr"}),
        ("Die Warn-App NINA schlug dort erst um 11.12 Uhr Alarm.", {"11:12": "11.12 Uhr"}),
        # a price is no time of day (a second reader's case)
        ("Le ticket est vendu à 9.40 euros.", {}),
        # a vote, a share of a point and a sum are no times of day
        ("This followed a 97-1 vote hours earlier in the Senate.", {}),
        ("The broader Standard & Poor's 500 Index rose 4.86 points, or 0.5 percent, to 1,006.58.", {}),
    ],
)
def test_a_time_of_day_is_read_however_it_is_written(sentence: str, times: dict[str, str]) -> None:
    from framediff.comparing.times_of_day import clock_times

    assert clock_times(sentence) == times


def test_a_closest_sentence_with_the_claims_time_or_a_figure_of_its_thing_does_not_leave_it_out(run_json: Any) -> None:
    # tests/data/block-collapse, written for this test (a trial's story): the tabloid's "caved in at 4.40am on Tuesday"
    # scores 0.11 against "came down at about 4:40 a.m.", and its "250 rescuers" 0.09 against "About 220 firefighters and
    # rescuers": by score and words it leaves both out, but it gives the time and a figure of the rescuers
    doc = run_json("compare", "--no-framing", "--no-cache", str(Path(__file__).resolve().parent / "data" / "block-collapse"))
    tabloid = next(a["id"] for a in doc["articles"] if a["label"] == "c-tabloid")
    records = {r["reason"]: r for r in doc["differently"] if r["article"] == tabloid}
    assert "it gives the claim's time of day “4.40am”" in records
    assert "it gives a figure for what the claim counts, “rescuers”" in records
    assert not any("4:40 a.m." in r["text"] or "220 firefighters" in r["text"] for r in doc["left_out"] if r["article"] == tabloid)


def test_a_figure_of_the_storys_stock_is_no_sign_of_the_claim(run_json: Any) -> None:
    # tests/data/mine-rescue, a fifteenth trial's story (fictional): the Gazette counts miners in several sentences
    # (fourteen reached, eleven brought up, three underground), and its "Eleven of the miners were brought to the surface
    # ... three remained underground" had come near "Three of the miners were being treated at Pikeville Medical Center"
    # (0.25) for the miners it counts; it never mentions the hospital. The two outlets' hospital sentences score 0.53, under
    # the 0.60 a claim of two sentences needs at the calibrated threshold; at 0.36 they join (0.52 needed)
    doc = run_json("compare", "--no-framing", "--no-cache", "--threshold", "0.36",
                   str(Path(__file__).resolve().parent / "data" / "mine-rescue"))
    gazette = next(a["id"] for a in doc["articles"] if a["label"] == "Gazette")
    assert not any("counts, “miners”" in r["reason"] for r in doc["differently"])
    assert any(r["text"].startswith("Three of the miners were being treated at Pikeville") for r in doc["left_out"]
               if r["article"] == gazette)


@pytest.mark.parametrize(
    ("value", "specific"),
    [("number:41238", True), ("number:26500000", True), ("number:14200000", True), ("number:1200000000", False),
     ("number:1350", True), ("number:1000", False), ("number:2004", False), ("number:97", False), ("number:140.5", True),
     ("year:2021", False)],
)
def test_a_figure_two_sentences_share_by_chance_is_no_evidence(value: str, specific: bool) -> None:
    # a closest sentence that gives the claim's "41,238" comes near whatever its score; "1,000", "2004" or "97" may be
    # any fact's
    from framediff.comparing.same_value import _specific

    assert _specific(value) == specific


@pytest.mark.parametrize(
    ("claim", "closest", "answer"),
    [  # BASIL dev sentences
        ("The lieutenant governor, Kim Guadagno, emphatically denied the allegations on Monday.",
         "A few of his GOP colleagues urged him to resign over the accusations, which Farenthold has repeatedly denied.",
         "repeatedly denied"),
        ("McCulloch, speaking to a local radio station, categorically rejected that notion.",
         "LePage initially said his outburst was justified because Gattine called him a racist – something Gattine has denied.",
         "denied"),
        ("Tea party activist Alex Poulter, who co-founded a Kansas City-area group called Political Chips, also disputed the "
         "allegations.", "The report comes one day after President Obama insisted \"nothing improper\" happened with Sestak.", "insisted"),
        ("“There was no such impropriety,” Robert F. Bauer said.", "The White House disputed Republican claims that the "
         "conversations might be illegal or improper.", "disputed"),
        # a veto rejected, an overture rejected, knowledge denied: no answer to what was said before
        ("Congress on Wednesday overwhelmingly rejected President Obama’s veto of a bipartisan bill letting families of Sept. 11 "
         "victims sue Saudi Arabia.", "Obama rejected claims that he betrayed Democrats by cutting a deal with Republicans.", None),
        ("Sestak ultimately rejected the overture and went on to defeat incumbent Sen. Arlen Specter.",
         "Cruz vehemently denied the rumors.", None),
        ("Grimm has denied knowledge of any improprieties, and the FBI hasn't accused him of any wrongdoing.",
         "Cruz vehemently denied the rumors.", None),
        ("Republican officials dismissed that criticism.", "Cruz vehemently denied the rumors.", "vehemently denied"),
        # an answer that says what it denies answers nothing said before it; an adjective "disputed" is no answer (STS-B)
        ("Gattine denied to the Portland Press Herald that he ever called the governor a racist.", "Cruz vehemently denied the rumors.",
         None),
        ("Cruz vehemently denied the rumors, which rippled through the Washington media establishment on Friday.",
         "A new study, conducted in Europe, found the medicine worked just as well as an earlier disputed study, sponsored by "
         "ImClone Systems, said it did.", None),
        ("Strzok was dismissed rather than demoted.", "Cruz vehemently denied the rumors.", None),
        # the closest sentence reports no answer
        ("Cruz vehemently denied the rumors, which rippled through the Washington media establishment on Friday.",
         "The National Enquirer reported that Cruz had had affairs with five women.", None),
    ],
)
def test_an_answer_to_what_came_before_is_read_in_both_sentences(claim: str, closest: str, answer: str | None) -> None:
    from framediff.comparing.answers import replies

    assert replies([claim], closest) == answer


def test_an_outlet_that_tells_the_answer_with_the_charge_does_not_leave_it_out(run_json: Any) -> None:
    # tests/data/rental-ruling, a trial's story (fictional): the wire's "City spokeswoman Carla Dunn denied that" scores 0.10
    # against the tabloid's "... claimed the city had secretly given up enforcing the ban months ago - a claim officials
    # flatly denied", which shares few of its words: by score and words the tabloid left the denial out
    doc = run_json("compare", "--no-framing", "--no-cache", str(Path(__file__).resolve().parent / "data" / "rental-ruling"))
    tabloid = next(a["id"] for a in doc["articles"] if a["label"] == "b-tabloid")
    assert not any("Dunn denied" in r["text"] for r in doc["left_out"] if r["article"] == tabloid)
    record = next(r for r in doc["differently"] if r["article"] == tabloid and "Dunn denied" in r["text"])
    assert "“flatly denied”" in record["reason"] and "a claim officials flatly denied" in record["closest"]["text"]


def test_a_claim_given_with_another_date_is_not_only_here(run_json: Any) -> None:
    # tests/data/plant-merger, an eighth trial's story (fictional): the gazette's "All 520 workers at the plant will lose
    # their jobs when it shuts in early 2026" against the wire's "The Corvin Falls plant, which employs 520 people, will
    # close by the end of 2025": the scorer reads years that differ as another fact, and the gazette's claim had been
    # "only here", hiding that the two disagree
    doc = run_json("compare", "--no-framing", "--no-cache", str(Path(__file__).resolve().parent / "data" / "plant-merger"))
    wire = next(a["id"] for a in doc["articles"] if a["label"] == "a-wire")
    assert not any(r["text"].startswith("All 520 workers") for r in doc["only_here"])
    record = next(r["nearest_elsewhere"] for r in doc["alone_near"] if r["text"].startswith("All 520 workers"))  # in these words
    assert record["article"] == wire and record["state"] == "differently"
    assert record["reason"] == "it would match the claim but for figures or dates that differ: “2025”, where the claim gives “2026”"
    assert record["closest"]["text"].startswith("The Corvin Falls plant, which employs 520 people, will close by the end of 2025")
    claim = next(c for c in doc["claims"] if c["id"] == record["claim"])
    assert next(n for n in claim["nearest"] if n["article"] == wire)["other_figures"] is True


def test_a_unit_is_no_thing_counted(run_json: Any) -> None:
    # tests/data/kessling-flood, an eighth trial's story (fictional): the observer's "... after its projected cost rose to 85
    # million crowns" (a flood barrier shelved in 2016) had come near the wire's "Insurers estimated early damage at 1.2
    # billion crowns", "for what the claim counts, “crowns”"
    doc = run_json("compare", "--no-framing", "--no-cache", str(Path(__file__).resolve().parent / "data" / "kessling-flood"))
    records = doc["differently"] + [r["nearest_elsewhere"] for r in doc["alone_near"]]
    assert records and not any("“crowns”" in r["reason"] for r in records)


def test_basis_points_are_no_thing_counted_and_tell_no_thing_that_moves(run_json: Any, tmp_path: Path) -> None:
    # tests/data/rate-rise, a forty-seventh trial's story (fictional): the wire's "Yields on two-year government bonds climbed
    # 12 basis points to 4.38%." is its own; the broadsheet had come near it with its policy rate raised "by 25 basis
    # points", "for what the claim counts, “basis”" (0.06). Points tell no thing that moves: framediff cannot tell
    doc = run_json("compare", "--no-framing", "--no-cache", str(Path(__file__).resolve().parent / "data" / "rate-rise"))
    records = doc["differently"] + [r["nearest_elsewhere"] for r in doc["alone_near"]]
    assert not any("“basis”" in r["reason"] for r in records)
    [yields] = [r["nearest_elsewhere"] for r in doc["alone_near"] if r["text"].startswith("Yields on two-year government bonds")]
    assert (yields["state"], yields["closest"]["sentence"]) == ("unclear", 1)
    assert "gives a move in basis points too, “25 basis points” (the claim “12 basis points”)" in yields["reason"]
    # a second reader's: the same move in other words is not left out either
    (tmp_path / "wire.txt").write_text(
        "Gilts slump after chancellor's borrowing plan\n\nThe chancellor will borrow another 40 billion pounds next year to pay "
        "for tax cuts, she said on Tuesday.\n\nThe yield on the 10-year government bond jumped 18 basis points, its biggest "
        "one-day move since March.\n\nThe pound fell more than one cent against the dollar.\n", encoding="utf-8")
    (tmp_path / "sun.txt").write_text(
        "Markets tank on borrowing binge\n\nThe chancellor is to borrow a further 40 billion pounds to fund tax cuts, she said on "
        "Tuesday.\n\nInvestors dumped gilts, sending the benchmark up 20 basis points.\n", encoding="utf-8")
    doc = run_json("compare", "--no-framing", "--no-cache", str(tmp_path))
    assert not any("18 basis points" in r["text"] for r in doc["left_out"] + doc["only_here"])


def test_another_persons_quote_is_no_way_of_saying_a_quote(run_json: Any) -> None:
    # tests/data/transfer-fee, a trial's story (fictional): the tabloid quotes the buying manager, "Tomas is a special player",
    # and never the selling coach's "Tomas is a special player and he leaves with our gratitude"
    doc = run_json("compare", "--no-framing", "--no-cache", str(Path(__file__).resolve().parent / "data" / "transfer-fee"))
    tabloid = next(a["id"] for a in doc["articles"] if a["label"] == "b-tabloid")
    records = [r for r in doc["left_out"] + doc["differently"] if r["article"] == tabloid and "Jurgen Falk said" in r["text"]]
    assert [(r["state"], r["reason"]) for r in records] == [("leaves_out", "its closest sentence quotes another person")]
    assert "Gaffer Neil Castell said" in records[0]["closest"]["text"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "other"),
    [  # the seeds' Military Africa, and the New York Times on Akin (BASIL dev): the claim quotes Gantz, and Romney
        ("“I think that this (Gantz visit to Rabat) is an opportunity,” Norkin said, recalling how, at this month’s Dubai "
         "Airshow, his Moroccan counterpart had come to introduce himself.", "gantz", True),  # Gantz only inside Norkin's words
        ("Mr. Akin said over the weekend that women’s bodies will resist getting pregnant from a “legitimate rape,” comments that "
         "have been widely condemned, including by Mr. Romney who called for Mr. Akin to withdraw from the race.", "romney", False),
    ],
)
def test_a_sentence_quoting_another_person_is_no_evidence_unless_it_names_the_speaker(sentence: str, speaker: str, other: bool) -> None:
    from framediff.aligning.speakers import quotes_another

    said = "norkin" if speaker == "gantz" else "akin"
    speakers = {0: (frozenset({speaker, f"={speaker}"}), frozenset({"relations", "expanded"})),
                1: (frozenset({said, f"={said}"}), frozenset({"opportunity", "rape"}))}  # speaker_keys marks the surname
    assert quotes_another(speakers, [0], 1, sentence) is other



@pytest.mark.parametrize("story, outlet, claim", [
    # a forty-fifth trial's (fictional): the wire gives the bus's destination with the time it left the road, the
    # broadsheet the destination alone; the tabloid, which gives the time but never the destination, had been said to
    # come near "The bus had left Millbrook bound for Port Avery" for that time
    ("bus-bridge", "tabloid", "Port Avery"),
    # a second reader's: one member of two gives the time the fire was reported with the hours it burned; the gazette,
    # which gives that time and when it was contained, must not be said to leave the hours out
    ("fire-time", "gazette", "more than five hours"),
])
def test_a_time_of_day_one_member_of_two_gives_is_no_sign_either_way(run_json: Any, story: str, outlet: str, claim: str) -> None:
    doc = run_json("compare", "--no-framing", "--no-cache", str(Path(__file__).resolve().parent / "data" / story))
    article = next(a["id"] for a in doc["articles"] if a["label"] == outlet)
    assert not any(claim in r["text"] for r in doc["differently"] + doc["left_out"] if r["article"] == article)
    assert any(claim in r["text"] and "a time of day one of the claim's sentences gives" in r["reason"]
               for r in doc["unclear"] if r["article"] == article)


HOSPITAL = Path(__file__).resolve().parent / "data" / "hospital-ransom"  # a forty-ninth trial's story (fictional)


def test_sentences_a_weekday_apart_are_neither_one_fact_nor_two(run_json: Any) -> None:
    # the local station's "Gregory Haines spoke briefly to reporters outside Ashbridge General on Monday afternoon" had been
    # said to match "'We have no intention of rewarding criminals,' ... Haines said at a news conference on Tuesday" but for
    # the day (0.06): the station reported Monday's words and never the refusal to pay. Dropped from the evidence, a second
    # reader's one vote told with two days ("voted on Thursday night to suspend the walkout", "on Friday night") was said
    # to be left out: framediff cannot tell, and says which days differ
    doc = run_json("compare", "--no-framing", "--no-cache", str(HOSPITAL))
    station = next(a["id"] for a in doc["articles"] if a["label"] == "localtv")
    assert not any(r["article"] == station and "no intention of rewarding criminals" in r["text"]
                   for r in (*doc["differently"], *doc["left_out"]))
    record = next(r for r in doc["unclear"] if r["article"] == station and "no intention of rewarding criminals" in r["text"])
    assert record["reason"] == ("its closest sentence differs from the claim by the day it gives: “Monday”, where the claim gives "
                                "“Tuesday”; a story's days are its moments, so that shows neither one fact nor two")
    near = next(r["nearest_elsewhere"] for r in doc["alone_near"]
                if r["text"].startswith("Whitcombe Health chief executive Gregory Haines spoke briefly"))
    assert near["state"] == "unclear" and "figures or dates" not in near["reason"]


def test_a_sum_without_its_currency_sign_is_read_as_a_sum_beside_what_it_pays(run_json: Any) -> None:
    # the tabloid's headline "Hackers demand 4.5m" gives the broadsheet's "have demanded $4.5 million in cryptocurrency";
    # read as 4.5 (metres), it gave another figure, and the tabloid was said to leave the ransom out
    doc = run_json("compare", "--no-framing", "--no-cache", str(HOSPITAL))
    tabloid = next(a["id"] for a in doc["articles"] if a["label"] == "tabloid")
    assert not any("$4.5 million" in r["text"] for r in (*doc["left_out"], *doc["unclear"]) if r["article"] == tabloid)
    record = next(r for r in doc["differently"] if r["article"] == tabloid and "$4.5 million" in r["text"])
    assert record["closest"]["text"] == "HOSPITALS HELD HOSTAGE: Hackers demand 4.5m as ambulances turned away"


def test_a_round_sum_of_another_fact_is_no_sign_the_outlet_gives_the_claim(run_json: Any) -> None:
    # tests/data/water-fine, a second reader's story (fictional): the local paper's "won a $5 million lottery grant" shares
    # only the sum (and "year") with "Regulators fined Southbrook Water $5 million", which it leaves out
    doc = run_json("compare", "--no-framing", "--no-cache", str(Path(__file__).resolve().parent / "data" / "water-fine"))
    local = next(a["id"] for a in doc["articles"] if a["label"] == "local")
    assert any(r["article"] == local and r["text"].startswith("Regulators fined Southbrook Water") for r in doc["left_out"])


def test_an_outlet_that_gives_the_claims_weekday_in_one_sentence_does_not_leave_it_out(run_json: Any) -> None:
    # the local station's "a cyberattack has knocked its computer systems offline since early Saturday morning" gives the
    # broadsheet's "The attack was discovered early on Saturday, when staff members could not log in ..." (0.13, 9% of its
    # words), and had been said to leave it out; that day in one sentence of the station's is no proof, so: cannot tell
    doc = run_json("compare", "--no-framing", "--no-cache", str(HOSPITAL))
    station = next(a["id"] for a in doc["articles"] if a["label"] == "localtv")
    assert not any(r["article"] == station and r["text"].startswith("The attack was discovered") for r in doc["left_out"])
    record = next(r for r in doc["unclear"] if r["article"] == station and r["text"].startswith("The attack was discovered"))
    assert record["reason"].startswith("its sentence #2, “Whitcombe Health confirmed on Monday that a cyberattack")
    assert "gives the claim's day “Saturday”" in record["reason"]


def test_one_vote_told_with_two_days_is_not_left_out(run_json: Any) -> None:
    # tests/data/union-vote, a second reader's story (fictional): the tabloid's "Union bosses voted on Friday night to scrap the
    # walkout." is the wire's and the daily's vote "on Thursday night to suspend the walkout"; with weekdays read as a
    # story's moments and nothing else said, the tabloid had been said to leave the vote out, then (a second reader's
    # next look) "cannot tell". The two share what was done, so it comes near, another day given
    doc = run_json("compare", "--no-framing", "--no-cache", str(Path(__file__).resolve().parent / "data" / "union-vote"))
    tabloid = next(a["id"] for a in doc["articles"] if a["label"] == "tabloid")
    assert not any(r["article"] == tabloid and "voted on Thursday night" in r["text"] for r in (*doc["left_out"], *doc["unclear"]))
    record = next(r for r in doc["differently"] if r["article"] == tabloid and "voted on Thursday night" in r["text"])
    assert record["reason"] == "it would match the claim but for figures or dates that differ: “Friday”, where the claim gives “Thursday”"


def test_a_weekday_named_for_another_act_is_no_sign_the_outlet_gives_the_claim(run_json: Any) -> None:
    # tests/data/fire-arrest, a second reader's story (fictional): the courier never reports the arrest "on Sunday"; its only
    # sentence that names Sunday is a vigil's, which shares no word with the arrest
    doc = run_json("compare", "--no-framing", "--no-cache", str(Path(__file__).resolve().parent / "data" / "fire-arrest"))
    courier = next(a["id"] for a in doc["articles"] if a["label"] == "courier")
    assert any(r["article"] == courier and "was arrested on Sunday" in r["text"] for r in doc["left_out"])



@pytest.mark.parametrize(("text", "claim", "apart"), [
    # a forty-ninth trial's: two acts of one chief executive, a day apart; and a fourth reader's, at two news conferences
    ("Whitcombe Health chief executive Gregory Haines spoke briefly to reporters outside Ashbridge General on Monday afternoon.",
     '"We have no intention of rewarding criminals," Whitcombe Health chief executive Gregory Haines said at a news conference '
     "on Tuesday.", True),
    ("Whitcombe Health chief executive Gregory Haines spoke briefly at a news conference outside Ashbridge General on Monday "
     "afternoon.", '"We have no intention of rewarding criminals," Whitcombe Health chief executive Gregory Haines said at a news '
     "conference on Tuesday.", True),
    # a second reader's: one vote given two days
    ("Union bosses voted on Friday night to scrap the walkout.", "Members of the union's executive voted on Thursday night to "
     "suspend the walkout after the operator improved its pay offer and promised a review of staffing on rural lines, a "
     "spokesman said.", False),
])
def test_a_day_alone_that_differs_is_two_moments_unless_the_act_is_shared(text: str, claim: str, apart: bool) -> None:
    from framediff.aligning.other_figures import days_apart

    assert days_apart(text, [claim]) is apart


def test_a_weekday_in_a_sentence_of_the_storys_own_words_is_no_sign(run_json: Any) -> None:
    # tests/data/fire-vigil, a fourth reader's story (fictional): the courier's vigil "on Sunday", at which "a fire service
    # chaplain led prayers", shares only "fire", the word its whole story is told in, with the arrest "on Sunday"
    doc = run_json("compare", "--no-framing", "--no-cache", str(Path(__file__).resolve().parent / "data" / "fire-vigil"))
    courier = next(a["id"] for a in doc["articles"] if a["label"] == "courier")
    assert any(r["article"] == courier and "was arrested on Sunday" in r["text"] for r in doc["left_out"])

"""Claim alignment through the core API and the command line: claims, leads, the lead prior, and the gold stories."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import framediff
from seed_sentences import BENCH, MOU


@pytest.fixture(scope="module")
def seeds_alignment() -> framediff.api.Alignment:  # type: ignore[name-defined]
    root = Path(__file__).resolve().parent.parent / "seeds"
    return framediff.align([str(root)], use_cache=False)


def test_every_sentence_is_in_a_claim_and_claims_are_ordered(seeds_alignment: Any) -> None:
    al = seeds_alignment
    covered = {(m.article, m.sentence) for c in al.claims for m in c.members}
    assert covered == {(a.id, s.index) for a in al.articles for s in a.sentences}
    counts = [len(c.articles) for c in al.claims]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] >= 3 and counts[-1] == 1  # shared claims first, single-outlet claims kept
    for claim in al.claims:
        assert set(claim.articles) | set(claim.missing) == {a.id for a in al.articles}
        assert (claim.representative.article, claim.representative.sentence) in {(m.article, m.sentence) for m in claim.members}
        assert all(0.0 <= m.score <= 1.0 for m in claim.members)


def test_same_claims_across_outlets(seeds_alignment: Any) -> None:
    al = seeds_alignment
    def claim_of(label_prefix: str, starts: str) -> set[str]:
        article = next(a for a in al.articles if Path(a.source).name.startswith(label_prefix))
        index = next(s.index for s in article.sentences if s.text.startswith(starts))
        return {c.id for c in al.claims if (article.id, index) in {(m.article, m.sentence) for m in c.members}}
    # The tomb visit, told by three outlets.
    assert claim_of("000", "Ahead of meeting with Loudiyi") & claim_of("002", "Ahead of his meeting with Loudiyi")
    # Western Sahara recognition: three wordings, one claim.
    assert claim_of("002", "During Donald Trump") & claim_of("004", "As part of the agreement, Washington")
    # Two wordings of the signing, one of them with a typo (Morroco) and an acronym (MOU).
    assert claim_of("000", "Israel and Morroco signed") & claim_of("001", "Within the framework of his visit")
    # Lapid's August visit is not Gantz's arrival.
    assert not claim_of("000", "Israel’s Foreign Minister Yair Lapid") & claim_of("002", "Gantz landed in Morocco")
    # The 2020 normalisation agreements are not the memorandum signed this week.
    assert not claim_of("002", "Morocco, the United Arab Emirates") & claim_of("001", "Within the framework of his visit")
    assert not claim_of("002", "Morocco, the United Arab Emirates") & claim_of("000", "Israel and Morroco signed")


def test_alignment_is_deterministic(seeds_alignment: Any) -> None:
    again = framediff.align([a for a in seeds_alignment.articles], use_cache=False)
    assert [c.id for c in again.claims] == [c.id for c in seeds_alignment.claims]
    assert framediff.to_json(again) == framediff.to_json(seeds_alignment)


def test_align_cli_json(run: Any, seeds: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from importlib.resources import files

    result = run("align", "--format", "json", "--min-outlets", "2", "--no-cache", str(seeds))
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, json.loads(files("framediff").joinpath("schema/framediff.schema.json").read_text()))
    assert doc["claims"] and all(len(c["articles"]) >= 2 for c in doc["claims"])
    texts = {(a["id"], s["index"]): s["text"] for a in doc["articles"] for s in a["sentences"]}
    for claim in doc["claims"]:
        for m in claim["members"]:
            assert texts[(m["article"], m["sentence"])] == m["text"]


def test_align_cli_jsonl_and_text(run: Any, seeds: Path) -> None:
    lines = [json.loads(line) for line in run("align", "--format", "jsonl", str(seeds)).stdout.splitlines()]
    assert lines[0]["type"] == "header" and lines[0]["command"] == "align"
    claims = [line for line in lines if line["type"] == "claim"]
    assert claims and all(c["id"].startswith("c") for c in claims) and len(claims) == lines[0]["lines"]["claims"]
    text = run("align", "--no-color", "--width", "100", str(seeds)).stdout
    assert "claims in 5 articles" in text
    # outlets with no sentence in a claim are named as such, not as "missing" it: compare says whether they leave it out
    assert "none joined from: " in text and "missing:" not in text


def test_align_needs_two_articles(run: Any, seeds: Path) -> None:
    result = run("align", str(seeds / "000_76d632e3aa15ba0c.txt"))
    assert result.exit_code == 2 and "need at least 2 articles" in result.stderr
    # the line names the input and what it held (a user's trial: "need at least 2 articles, got 1" named nothing)
    assert f"{seeds / '000_76d632e3aa15ba0c.txt'}: need at least 2 articles, got 1 (" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_disputed_count_stays_in_its_claim(tmp_path: Path) -> None:
    """Within one story, magnitude 6.8 against 7.0 is one claim whose figure the outlets dispute, not two events."""
    from framediff.frame import facts_that_disagree

    a = ("A magnitude 6.8 earthquake struck central Peru on Sunday, killing at least 40 people, the civil defence agency said.\n"
         "President Dina Boluarte declared a state of emergency in three regions.\n"
         "Hundreds of homes collapsed, and several roads were blocked by landslides.\n")
    b = ("A powerful earthquake of magnitude 7.0 hit the central highlands of Peru on Sunday, leaving dozens dead, officials said.\n"
         "The government has declared a state of emergency.\nCritics said building codes were not enforced.\n")
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    result = framediff.align([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], min_outlets=2, use_cache=False)
    ids = [a.id for a in result.articles]
    assert [[(m.article, m.sentence) for m in c.members] for c in result.claims] == [[(ids[0], 0), (ids[1], 0)]]
    texts = {m.article: [result.sentence(m).text] for m in result.claims[0].members}
    assert facts_that_disagree(texts) == {"numbers": {ids[0]: ("number:6.8",), ids[1]: ("number:7",)}}  # "dozens" is no count


def test_a_figure_reported_against_different_past_years_is_one_claim() -> None:
    """bench/stories/storm: "5.2 metres, its highest level since 2000" and "5.2m ..., higher than in the floods of 2015" state one fact."""
    result = framediff.align([str(BENCH / "stories" / "storm")], min_outlets=2, use_cache=False)
    label = {a.id: a.label for a in result.articles}
    claims = [{(label[m.article], m.sentence) for m in c.members} for c in result.claims]
    assert {("a", 3), ("b", 3), ("c", 4)} in claims


def test_background_demotes_a_hub() -> None:
    """A sentence close to everything loses what it gains with everything; an ordinary pair keeps its cosine."""
    np = pytest.importorskip("numpy")
    from framediff.aligning.scorer import background, relative_to_background

    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(6, 16))
    vectors[5] = vectors[:5].mean(axis=0)  # the hub: the centre of the others
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    back = background(vectors, prior=0)
    assert back[5] == max(back)
    assert back[0] == pytest.approx(float(np.mean([vectors[0] @ vectors[k] for k in range(1, 6)])))
    shrunk = background(vectors)  # measured on five sentences each: pulled toward the mean of all
    assert np.all(np.abs(shrunk - back.mean()) < np.abs(back - back.mean()))
    raw = vectors @ vectors.T
    rel = relative_to_background(raw, back[:, None], back[None, :], float(back.mean()))
    assert rel[0, 5] < raw[0, 5]  # the hub pair loses
    assert rel[0, 5] - raw[0, 5] < rel[0, 1] - raw[0, 1]  # and loses more than an ordinary pair
    grouped = background(vectors, np.array([0, 0, 1, 1, 2, 2]), prior=0)  # only other groups count
    assert grouped[0] == pytest.approx(float(np.mean([vectors[0] @ vectors[k] for k in range(2, 6)])))


def test_api_keeps_the_order_of_its_inputs_and_makes_ids_unique(seeds: Path) -> None:
    from framediff.reading.articles import read_articles

    first, second = sorted(seeds.iterdir())[:2]
    (already_read,) = read_articles([str(second)])
    warnings: list[str] = []
    # The same file twice is one outlet, not two that agree (with a warning) ...
    result = framediff.align([str(first), already_read, str(first)], use_cache=False, warn=warnings.append)
    assert [a.source for a in result.articles] == [str(first), str(second)]
    assert warnings == [f"{first}: the same text as {first}; counted once"]
    # ... unless asked for: then ids and labels are still unique.
    result = framediff.align([str(first), already_read, str(first)], use_cache=False, read=framediff.ReadOptions(dedupe=False))
    assert [a.source for a in result.articles] == [str(first), str(second), str(first)]
    assert len({a.id for a in result.articles}) == 3 and len({a.label for a in result.articles}) == 3
    assert {m.article for c in result.claims for m in c.members} <= {a.id for a in result.articles}



@pytest.mark.parametrize(
    ("gold_file", "story_dirs"),
    [
        ("seeds.json", lambda gold: {"": Path(__file__).resolve().parent.parent / "seeds"}),
        ("stories.json", lambda gold: {name: BENCH / "stories" / name for name in gold["stories"]}),
    ],
)
def test_gold_alignments_name_sentences_that_exist(gold_file: str, story_dirs: Any) -> None:
    """bench/evaluate.py finds each gold member by file, index and opening words: a loader or splitter change must not silently move them."""
    from framediff.reading.articles import read_articles

    gold = json.loads((BENCH / "gold" / gold_file).read_text(encoding="utf-8"))
    for name, folder in story_dirs(gold).items():
        claims = gold["stories"][name]["claims"] if name else gold["claims"]
        articles = {Path(a.source).stem: a for a in read_articles([str(folder)])}  # the gold names files (seeds/labels.csv names outlets)
        for claim in claims:
            assert len({m["file"] for m in claim["members"]}) >= 2, claim["claim"]  # a gold claim is carried by two outlets or more
            for member in claim["members"]:
                sentence = articles[member["file"]].sentences[member["sentence"]]
                assert sentence.text.startswith(member["starts"]), (name, member)


def _article(folder: Path, text: str, title: str | None = None) -> framediff.Article:
    from framediff.reading.articles import read_articles

    path = folder / "a.md"
    path.write_text((f"# {title}\n\n" if title else "") + text, encoding="utf-8")
    (article,) = read_articles([str(path)])
    return article


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a headline and the first sentence under it are leads; the rest is not
        ("Storm kills three", "Three people died on Sunday. Rivers rose. Power failed.", [True, True, False, False]),
        # no headline: the first sentence alone
        (None, "Three people died on Sunday. Rivers rose.", [True, False]),
        # a one-sentence article is all lead
        (None, "Three people died on Sunday.", [True]),
    ],
)
def test_leads_are_the_headline_and_the_first_body_sentence(tmp_path: Path, title: str | None, text: str, expected: list[bool]) -> None:
    from framediff.aligning.claims import leads

    article = _article(tmp_path, text, title)
    assert [s.kind for s in article.sentences][: 1 if title else 0] == (["headline"] if title else [])
    assert leads([article]) == expected
    assert leads([article, article]) == expected + expected


def test_the_lead_prior_adds_log_odds() -> None:
    np = pytest.importorskip("numpy")
    from framediff.aligning.claims import with_prior

    shifted = with_prior(np.array([0.5, 0.25, 0.9]), np.array([np.log(3), np.log(3), 0.0]))
    assert shifted == pytest.approx([0.75, 0.5, 0.9])


def test_headlines_and_leads_of_one_story_form_one_claim() -> None:
    """bench/stories/verdict: four outlets lead with the sentence; without the lead prior their headlines stay apart from it."""
    lead_sentences = {(label, index) for label in "abcd" for index in (0, 1)}

    def claim_of_the_leads(lead_prior: float) -> set[tuple[str, int]]:
        result = framediff.align([str(BENCH / "stories" / "verdict")], lead_prior=lead_prior, use_cache=False)
        label = {a.id: a.label for a in result.articles}
        assert result.lead_prior == lead_prior
        return max(({(label[m.article], m.sentence) for m in c.members} for c in result.claims), key=lambda c: len(c & lead_sentences))

    assert lead_sentences <= claim_of_the_leads(framediff.aligning.claims.LEAD_PRIOR)
    assert not lead_sentences <= claim_of_the_leads(0.0)


def test_align_cli_lead_prior(run: Any) -> None:
    from framediff.aligning.claims import LEAD_PRIOR
    from framediff.commands import main

    option = next(p for p in main.commands["align"].params if p.name == "lead_prior")
    assert option.default == LEAD_PRIOR  # the command line repeats the core's constant (importing it would slow --help)
    story = str(BENCH / "stories" / "verdict")
    default = json.loads(run("align", "--format", "json", "--no-cache", story).stdout)
    off = json.loads(run("align", "--format", "json", "--no-cache", "--lead-prior", "0", story).stdout)
    assert default["lead_prior"] == LEAD_PRIOR and off["lead_prior"] == 0
    assert max(len(c["members"]) for c in default["claims"]) > max(len(c["members"]) for c in off["claims"])
    assert run("align", "--lead-prior", "-1", story).exit_code == 2

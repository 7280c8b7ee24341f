"""Claim alignment and pair scoring, through the core API and the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import framediff
from framediff.aligning.cache import EmbeddingCache, sentence_key
from framediff.aligning.embedding import Embedder
from framediff.aligning.encoders import DEFAULT_MODEL
from framediff.aligning.scorer import SCORE_MODES, Scorer, score_texts, score_threshold

# Sentences from the seeds, whole.
LAPID = "Israel’s Foreign Minister Yair Lapid visited Morocco in August and inaugurated the country’s mission in Rabat."
GANTZ = (
    "Gantz landed in Morocco on Tuesday, in the first such visit by an Israeli defense minister to one of the four Arab "
    "nations party to the U.S.-brokered Abraham Accords."
)
SIGNED_A = (
    "Israel and Morroco signed a defense agreement Wednesday as Defense Minister Benny Gantz made the first official "
    "visit to the North African kingdom by an Israeli defense official."
)
SIGNED_B = (
    "Israel signed a defence pact with Morocco on Wednesday, its latest public display of readiness to advance national "
    "security interests in tandem with Arab countries that have drawn closer to it amid shared concern over Iran and Islamist militancy."
)
MOU = (
    "Within the framework of his visit to Morocco, Minister of Defense, Benny Gantz and Moroccan Minister Delegate to the Head "
    "of Government in Charge of National Defense, H.E. Abdellatif Loudiyi signed a groundbreaking defense MOU."
)
NORMALISED = (
    "Morocco, the United Arab Emirates, Bahrain and Sudan signed agreements to normalize relations with Israel in 2020 as part "
    "of the diplomatic pacts brokered by the Trump administration known as the Abraham Accords."
)
RESTATED = (
    "The memorandum of understanding was signed by Gantz and his Moroccan counterpart Abdellatif Loudiyi on Wednesday.",
    "On Wednesday Gantz and his Moroccan counterpart, Abdellatif Loudiyi, signed the memorandum of understanding.",
)

BENCH = Path(__file__).resolve().parent.parent / "bench"


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


def test_paraphrase_scorer_tells_restatement_from_other_facts() -> None:
    """`framediff score` is a paraphrase judge (MRPC's sense): the same facts, reworded."""
    embedder = Embedder(use_cache=False)
    for mode in SCORE_MODES:
        same, lapid, normalised = score_texts([RESTATED, (LAPID, GANTZ), (NORMALISED, MOU)], embedder, mode=mode)
        assert same >= score_threshold(mode) > max(lapid, normalised), mode


def test_cascade_runs_minilm_only_where_the_fast_scorer_is_unsure() -> None:
    pairs = [RESTATED, (SIGNED_A, SIGNED_B), (LAPID, GANTZ), (NORMALISED, MOU), (MOU, SIGNED_A), (GANTZ, SIGNED_B)]
    embedder = Embedder(use_cache=False)
    fast, full, cascade = (score_texts(pairs, embedder, mode=mode) for mode in ("fast", "full", "cascade"))
    low, high = Scorer.default("score_fast").unsure  # type: ignore[misc]
    for f, u, c in zip(fast, full, cascade):
        assert c == pytest.approx(u if low < f < high else f)
    # deciding at another threshold moves the band with it
    shift = 0.8 - score_threshold("cascade")
    moved = score_texts(pairs, embedder, mode="cascade", threshold=0.8)
    for f, u, c in zip(fast, full, moved):
        assert c == pytest.approx(u if low + shift < f < high + shift else f)


def test_pair_scores_separate_paraphrase_from_other_facts() -> None:
    scorer = Scorer.default("align")
    same, lapid, normalised = score_texts([(SIGNED_A, SIGNED_B), (LAPID, GANTZ), (NORMALISED, MOU)], Embedder(use_cache=False), "align")
    assert lapid < scorer.threshold and normalised < scorer.threshold
    assert same > lapid and same > normalised


@pytest.mark.xfail(strict=True, reason="known gap: the 'defense agreement' and 'defence pact' leads score 0.42 as a pair alone and 0.29 within the seeds, under the align threshold 0.44")
def test_pair_scores_reach_the_threshold_for_reworded_leads() -> None:
    scorer = Scorer.default("align")
    (same,) = score_texts([(SIGNED_A, SIGNED_B)], Embedder(use_cache=False), "align")
    assert same >= scorer.threshold


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


def test_align_needs_two_articles(run: Any, seeds: Path) -> None:
    result = run("align", str(seeds / "000_76d632e3aa15ba0c.txt"))
    assert result.exit_code == 2 and "need at least 2 articles" in result.stderr


def test_score_passes_fields_through(run: Any) -> None:
    lines = "\n".join(
        json.dumps(r) for r in [{"a": RESTATED[0], "b": RESTATED[1], "id": 1, "tags": ["x"]}, {"a": LAPID, "b": GANTZ, "id": 2}]
    )
    result = run("score", "--no-cache", input=lines + "\n")
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, 2] and out[0]["tags"] == ["x"]
    assert all(0 <= o["score"] <= 1 and isinstance(o["same_claim"], bool) for o in out)
    assert out[0]["score"] > out[1]["score"] and out[0]["same_claim"] and not out[1]["same_claim"]


def test_score_command_offers_every_mode() -> None:
    from framediff.commands.score import score

    mode = next(p for p in score.params if p.name == "mode")
    assert set(mode.type.choices) == set(SCORE_MODES)  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", SCORE_MODES)
def test_score_modes(run: Any, mode: str) -> None:
    pairs = [RESTATED, (LAPID, GANTZ), (NORMALISED, MOU), ("", ""), ("🙂", LAPID)]
    lines = "".join(json.dumps({"a": a, "b": b}) + "\n" for a, b in pairs)
    result = run("score", "--no-cache", "--mode", mode, input=lines)
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["same_claim"] for o in out] == [True, False, False, False, False]
    assert out[3]["score"] == out[4]["score"] == 0.0  # no words: nothing to compare


@pytest.mark.parametrize(("a", "b"), [("", ""), ("🙂", LAPID), ("It is.", "It was."), ("y", "z"), ("…", "—")])
def test_pairs_without_content_words_are_not_the_same_claim(run: Any, a: str, b: str) -> None:
    result = run("score", "--no-cache", input=json.dumps({"a": a, "b": b}) + "\n")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == {"a": a, "b": b, "score": 0.0, "same_claim": False}


# difflib's matching finds 5 words in common one way round and 6 the other
DOLLAR = (
    "The dollar was at 3.6 shekels against the Israeli currency, up 0.2 percent.",
    "Against the euro the dollar was at 0.91 euros, up 0.3 percent on the day.",
)


@pytest.mark.parametrize("mode", SCORE_MODES)
def test_a_pair_scores_the_same_either_way_round(run: Any, mode: str) -> None:
    """Which sentence a script puts in "a" must not change the answer (the cross-encoder reads both orders as one)."""
    pairs = [(SIGNED_A, SIGNED_B), RESTATED, (LAPID, GANTZ), (NORMALISED, MOU), (SIGNED_B, MOU), ("Yes.", "No."), DOLLAR]
    lines = "".join(json.dumps({"a": a, "b": b}) + "\n" + json.dumps({"a": b, "b": a}) + "\n" for a, b in pairs)
    result = run("score", "--no-cache", "--mode", mode, input=lines)
    assert result.exit_code == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["score"] for o in out[0::2]] == [o["score"] for o in out[1::2]]


def test_score_reads_a_file_with_a_byte_order_mark(run: Any, tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"a": RESTATED[0], "b": RESTATED[1]}) + "\n", encoding="utf-8-sig")
    result = run("score", "--no-cache", str(path))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["same_claim"] is True


@pytest.mark.parametrize("mode", SCORE_MODES)
def test_a_pair_scores_the_same_alone_and_in_a_batch(run: Any, mode: str) -> None:
    """Scripts score one pair per call or thousands per call: the company of a pair must not change its score."""
    pairs = [(SIGNED_A, SIGNED_B), RESTATED, (LAPID, GANTZ), (NORMALISED, MOU), (SIGNED_B, MOU)]
    lines = [json.dumps({"a": a, "b": b}) + "\n" for a, b in pairs]
    batch = run("score", "--no-cache", "--mode", mode, input="".join(lines))
    assert batch.exit_code == 0, batch.stderr
    together = [json.loads(line)["score"] for line in batch.stdout.splitlines()]
    alone = [json.loads(run("score", "--no-cache", "--mode", mode, input=line).stdout)["score"] for line in lines]
    assert alone == together


@pytest.mark.parametrize(("line", "needle"), [("{not json", "<stdin>:1: malformed JSON"), ('{"a": "x"}', 'string fields "a" and "b"')])
def test_score_bad_lines(run: Any, line: str, needle: str) -> None:
    result = run("score", input=line + "\n")
    assert result.exit_code == 2 and needle in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("line", "needle"), [
    ('{"a": "x", "b": NaN}', "NaN is not JSON"),
    ('{"a": "x", "b": "y", "n": Infinity}', "Infinity is not JSON"),
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"a": "x", "b": "y", "n": ' + "9" * 5000 + "}", "malformed JSON"),
])
def test_score_refuses_what_is_not_json(run: Any, line: str, needle: str) -> None:
    result = run("score", "--mode", "fast", input=line + "\n")
    assert result.exit_code == 2 and needle in result.stderr and "internal error" not in result.stderr


def test_score_skips_bad_lines_and_streams_what_it_scored(run: Any, tmp_path: Path) -> None:
    good = json.dumps({"a": RESTATED[0], "b": RESTATED[1]})
    lines = [good] * 300 + ["{broken", '{"a": "x", "b": "\\ud800 lone"}'] + [good] * 3
    result = run("score", "--mode", "fast", "--no-cache", "--skip-bad", input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 303 and "<stdin>:301: skipped: malformed JSON" in result.stderr
    assert "<stdin>:302: skipped: malformed JSON: a lone surrogate (\\ud800)" in result.stderr
    # Without --skip-bad every good line before the bad one is scored and written, then the run stops with exit 2.
    stopped = run("score", "--mode", "fast", "--no-cache", input="\n".join(lines) + "\n")
    assert stopped.exit_code == 2 and len(stopped.stdout.splitlines()) == 300
    first = run("score", "--mode", "fast", "--no-cache", input=good + "\n{broken\n" + good + "\n")
    assert first.exit_code == 2 and len(first.stdout.splitlines()) == 1 and "<stdin>:2: malformed JSON" in first.stderr
    out = tmp_path / "scored.json"
    assert run("score", "--mode", "fast", "--format", "json", "-o", str(out), input=good + "\n" + good + "\n").exit_code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["schema"] == "framediff/2" and len(document["pairs"]) == 2 and document["pairs"][0]["same_claim"] is True
    empty = run("score", "--format", "json", input="")
    assert json.loads(empty.stdout) == {"schema": "framediff/2", "command": "score", "pairs": []}


def test_score_help_says_what_each_mode_runs(run: Any) -> None:
    text = " ".join(run("score", "--help").stdout.split())
    assert "full: the MiniLM cross-encoder on every pair" in text and "cascade: the cross-encoder only on" in text


def test_cache_is_reused_and_survives_corruption(tmp_path: Path) -> None:
    messages: list[str] = []
    embedder = Embedder(cache_dir=tmp_path, warn=messages.append)
    first = embedder.embed(["One sentence.", "Another sentence."])
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite3")
    assert set(cache.get(DEFAULT_MODEL, [sentence_key("One sentence.")], 384)) == {sentence_key("One sentence.")}
    cache.close()
    embedder._cache.close()  # type: ignore[union-attr]
    (tmp_path / "embeddings.sqlite3").write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"embeddings.sqlite3{suffix}").unlink(missing_ok=True)
    again = Embedder(cache_dir=tmp_path, warn=messages.append).embed(["One sentence."])
    assert abs(float(again[0] @ first[0]) - 1.0) < 1e-5
    assert any("is corrupt" in m and "moved aside" in m for m in messages)
    sqlite3.connect(tmp_path / "embeddings.sqlite3").execute("SELECT count(*) FROM embedding").fetchone()
    assert [p.read_bytes() for p in tmp_path.glob("embeddings.sqlite3.corrupt-*")] == [b"this is not a database" * 100]  # kept


def test_a_locked_cache_is_left_alone(tmp_path: Path) -> None:
    """Another process writing the cache makes it busy, not corrupt: run without it, never delete it."""
    messages: list[str] = []
    Embedder(cache_dir=tmp_path).embed(["One sentence."])
    path = tmp_path / "embeddings.sqlite3"
    inode = path.stat().st_ino
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        vectors = Embedder(cache_dir=tmp_path, warn=messages.append).embed(["One sentence.", "A new one."])
    finally:
        holder.execute("COMMIT")
    assert vectors.shape == (2, 384)
    assert any("busy" in m for m in messages) and not any("corrupt" in m or "moved aside" in m for m in messages)
    assert path.stat().st_ino == inode
    assert holder.execute("SELECT count(*) FROM embedding").fetchone() == (1,)


def test_a_model_file_that_fails_its_checksum_is_refused(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from framediff.aligning import encoders as models

    models.static_encoder.cache_clear()
    monkeypatch.setitem(models.STATIC_SHA256, "model.safetensors", "0" * 64)
    try:
        result = run("score", "--mode", "fast", input=json.dumps({"a": LAPID, "b": GANTZ}) + "\n")
    finally:
        models.static_encoder.cache_clear()
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("framediff: error: model file") and "does not match its pinned sha256" in result.stderr


@pytest.mark.parametrize(
    ("a", "b", "year", "conflict"),
    [
        ("They signed on Tuesday.", "They signed on Wednesday.", None, True),
        ("Signed on Wednesday, his first visit.", "Signed in Rabat on November 24.", None, False),  # a weekday is not a month
        ("Ties were normalised in 2020.", "Ties were normalised in 2021.", None, True),
        ("Israel may sign more deals.", "The deal was signed in March 2021.", None, False),  # "may" the verb
        ("The deal was signed on May 3.", "The deal was signed on June 3.", None, True),
        ("Three soldiers were killed.", "Four soldiers were killed.", None, True),
        ("Officials said 2,000 homes lost power.", "About 2,500 households lost power.", None, True),  # not "2" and "000"
        ("Some 2,000 homes lost power.", "Power cuts hit homes in 2000.", None, False),  # a count is not a year
        ("The first official visit.", "A visit of 24 hours.", None, False),  # an ordinal is not a count
        ("Morocco, Bahrain and Sudan normalised ties in 2020.", "The two Gulf states forged relations last year.", None, False),  # a year is not a count
        ("Israel signed a pact on Wednesday.", "Four states signed pacts in 2020.", "2021", True),  # Wednesday falls in the story's year
        ("Israel signed a pact on Wednesday.", "Four states signed pacts in 2020.", None, False),
        ("Israel signed a pact on Wednesday.", "The pact was signed in 2021.", "2021", False),
        # a day of the month is a date, not a count; with a year it names its weekday
        ("Gantz landed on November 23.", "Three ministers landed on Tuesday.", None, False),
        ("Gantz landed on November 23.", "Gantz landed on 24 November.", None, True),
        ("Gantz landed on the 23rd of November.", "Gantz landed on November 23.", None, False),
        ("Gantz landed on November 23.", "Gantz landed on Tuesday.", "2021", False),  # 23 November 2021 was a Tuesday
        ("Gantz landed on November 23.", "The pact was signed on Wednesday.", "2021", True),
        ("Gantz landed on November 23, 2021.", "The pact was signed on Wednesday.", None, True),
        ("Gantz landed on November 23.", "The pact was signed on Wednesday.", None, False),  # no year, no weekday
        ("It happened on February 30.", "It happened on Tuesday.", "2021", False),  # no such date
        # a day well after the story's date is from the year before: 28 December 2021 was a Tuesday, 28 December 2022 a Wednesday
        ("Gantz landed on December 28.", "Gantz landed on Tuesday.", "2022-01-03", False),
        ("Gantz landed on December 28.", "Gantz landed on Tuesday.", "2022", True),
        ("Gantz landed on November 23.", "Gantz landed on Tuesday.", "2021-11-29", False),
    ],
)
def test_facts_conflict(a: str, b: str, year: str | None, conflict: bool) -> None:
    from framediff.aligning.lexical import Lexicon
    from framediff.aligning.profiles import profile

    assert Lexicon([profile(a, year), profile(b, year)]).facts_conflict(0, 1) is conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a year compared with ("since", "than") is not when the event happened: two outlets may pick different ones
        ("In York, the Ouse rose to 5.2 metres, its highest level since 2000.", "The Ouse peaked at 5.2m on Sunday, higher than in the floods of 2015.", False),
        ("The river is at its highest since 2000.", "The river flooded the town in 2015.", False),
        ("Four states signed pacts with Israel in 2020.", "Israel signed a pact with Morocco in 2021.", True),  # the event's own years still do
    ],
)
def test_years_compared_with_do_not_tell_events_apart(a: str, b: str, conflict: bool) -> None:
    from framediff.aligning.lexical import Lexicon
    from framediff.aligning.profiles import profile

    assert Lexicon([profile(a, "2025"), profile(b, "2025")], counts_conflict=False).facts_conflict(0, 1) is conflict


@pytest.mark.parametrize(
    ("text", "numbers", "counts"),
    [
        ("A 6.8-magnitude quake.", {"number:6.8"}, {("number:6.8", "magnitud")}),
        ("It paid $1.2 billion.", {"number:1200000000"}, {("number:1200000000", None)}),
        ("It paid 1.2bn dollars.", {"number:1200000000"}, {("number:1200000000", "dollar")}),
        ("It paid 1,200,000,000 dollars.", {"number:1200000000"}, {("number:1200000000", "dollar")}),
        ("Two million people fled.", {"number:2000000"}, {("number:2000000", "peopl")}),
        ("Shares rose 5pc, or 7.0 points.", {"number:5", "number:7"}, {("number:5", "pc"), ("number:7", "point")}),
        ("At least 40 of the people died.", {"number:40"}, {("number:40", "peopl")}),
        ("The first of two visits.", {"ordinal:1st", "number:2"}, {("number:2", "visit")}),  # a rank is not a count
        ("He landed on November 23 with 3 aides.", {"day:23", "number:3"}, {("number:3", "aid")}),
        ("A C-130 landed in the 1990s, a 3D-printed part on board.", {"number:c-130", "number:1990s", "number:3d-printed"}, None),
        ("The 2020-21 season.", {"number:2020-21"}, None),
        # "m" and "b" are million and billion beside money only: "5.2m" is a height or a distance
        ("The river peaked at 5.2m on Sunday.", {"number:5.2"}, {("number:5.2", "m")}),
        ("It paid $5m for the site.", {"number:5000000"}, {("number:5000000", "site")}),
        ("It paid 5m euros.", {"number:5000000"}, {("number:5000000", "euro")}),
        ("The highest level since 2000.", {"since:2000"}, set()),
        ("Shares fell 6% in early trading.", {"number:6"}, {("number:6", "percent")}),
        ("Turnout rose to 61.2 per cent.", {"number:61.2"}, {("number:61.2", "percent")}),  # a year compared with is not a count
    ],
)
def test_profile_reads_counts(text: str, numbers: set[str], counts: set[tuple[str, str | None]] | None) -> None:
    from framediff.aligning.profiles import profile

    p = profile(text)
    assert set(p.numbers) == numbers
    if counts is not None:
        assert set(p.counts) == counts


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


def test_static_vectors_are_model2vec_s() -> None:
    """framediff reads the static model itself (model2vec's import costs start-up); it must agree with model2vec."""
    np = pytest.importorskip("numpy")
    model2vec = pytest.importorskip("model2vec")
    from importlib.resources import files

    from framediff.aligning.encoders import STATIC_MODEL, static_encoder

    texts = [SIGNED_A, MOU, "ünïcödé 🙂 and an emoji", "", "x " * 700]
    ours = static_encoder().encode(texts)
    theirs = model2vec.StaticModel.from_pretrained(str(files("framediff").joinpath(f"data/{STATIC_MODEL}"))).encode(texts)
    assert np.allclose(ours, theirs, atol=1e-5)


def test_a_sentence_gets_the_same_vector_alone_and_in_any_batch() -> None:
    """Batches are sorted by token count and padded per batch: neighbours and padding must not move a vector."""
    np = pytest.importorskip("numpy")
    from framediff.aligning.encoders import OnnxMiniLM

    encoder = OnnxMiniLM()
    texts = [SIGNED_B, "Yes.", LAPID, "x " * 300, GANTZ, ""] * 7  # 42 texts: three batches of mixed lengths
    together = encoder.encode(texts)
    for k in (0, 1, 3, 5):  # fixed activation ranges (bench/minilm.py): the batch cannot move them
        assert np.allclose(encoder.encode([texts[k]])[0], together[k], atol=1e-6)
    vectors, tokens = encoder.encode_tokens(texts[:6])
    assert np.allclose(vectors, together[:6], atol=1e-5)
    assert [len(t.ids) for t in tokens][1] == 2  # "Yes." is two word pieces, padding and [CLS]/[SEP] left out


def test_the_cross_encoder_gives_a_pair_the_same_logit_alone_and_in_any_batch() -> None:
    """Pairs are batched by token count and padded per batch, with each side's segment ids: neither may move a logit."""
    np = pytest.importorskip("numpy")
    from framediff.aligning.encoders import CrossMiniLM

    encoder = CrossMiniLM()
    pairs = [(SIGNED_A, SIGNED_B), ("Yes.", "No."), (LAPID, GANTZ), ("x " * 300, SIGNED_A), RESTATED, ("", "")] * 6  # three batches
    together = encoder.logits(pairs)
    for k in (0, 1, 3, 5):
        assert encoder.logits([pairs[k]])[0] == together[k]
    assert np.isfinite(together).all()
    assert together[4] > 0 > together[2]  # a restatement; different facts


def test_a_cross_encoder_that_fails_its_checksum_is_refused(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from framediff.aligning import encoders as models

    models.cross_encoder.cache_clear()
    monkeypatch.setattr(models, "CROSS_SHA256", "0" * 64)
    try:
        result = run("score", "--mode", "full", "--no-cache", input=json.dumps({"a": LAPID, "b": GANTZ}) + "\n")
    finally:
        models.cross_encoder.cache_clear()
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert "does not match its pinned sha256" in result.stderr


def test_score_reuses_cached_cross_encoder_logits(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A second run over the same pairs reads the logits from the cache (the model is not even loaded) and prints the same scores."""
    from framediff.aligning import embedding

    lines = "".join(json.dumps({"a": a, "b": b}) + "\n" for a, b in [(LAPID, GANTZ), RESTATED, (SIGNED_B, SIGNED_A)])
    first = run("score", "--mode", "full", input=lines)
    assert first.exit_code == 0, first.stderr

    def refuse() -> None:
        raise AssertionError("the cross-encoder was loaded")

    monkeypatch.setattr(embedding, "cross_encoder", refuse)
    again = run("score", "--mode", "full", input=lines)
    assert again.exit_code == 0 and again.stdout == first.stdout
    # either way round is one cached pair; --no-cache neither reads nor needs the cache
    swapped = "".join(json.dumps({"a": b, "b": a}) + "\n" for a, b in [(LAPID, GANTZ), RESTATED, (SIGNED_B, SIGNED_A)])
    assert [json.loads(x)["score"] for x in run("score", "--mode", "full", input=swapped).stdout.splitlines()] == [
        json.loads(x)["score"] for x in first.stdout.splitlines()
    ]
    uncached = run("score", "--mode", "full", "--no-cache", input=lines)
    assert uncached.exit_code != 0 and "was loaded" in uncached.stderr


def test_a_sentence_model_that_fails_its_checksum_is_refused(run: Any, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The checksum runs beside the session's loading (models._checking); a mismatch still stops the run, with one line."""
    from framediff.aligning import encoders as models

    monkeypatch.setattr(models, "MODEL_SHA256", "0" * 64)
    models._VERIFIED.clear()
    models.load_encoder.cache_clear()  # a process loads the model once; this run must load it from its file again
    result = run("align", "--no-cache", str(seeds))
    models.load_encoder.cache_clear()  # nor may the next test reuse what this one loaded
    assert result.exit_code == 1 and "Traceback" not in result.stderr and result.stdout == ""
    assert result.stderr.startswith("framediff: error: model file") and "does not match its pinned sha256" in result.stderr


def test_the_checksum_is_reported_even_when_loading_fails_first(tmp_path: Path) -> None:
    from framediff.aligning import encoders as models
    from framediff.errors import ModelError

    broken = tmp_path / "model.onnx"
    broken.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="does not match its pinned sha256"):
        with models._checking(broken, "0" * 64):
            raise RuntimeError("onnxruntime could not read it")


def test_score_says_it_ignores_model(run: Any) -> None:
    result = run("score", "--model", "some-model", input=json.dumps({"a": LAPID, "b": GANTZ}) + "\n")
    assert result.exit_code == 0 and "--model some-model" in result.stderr and "ignored" in result.stderr
    assert json.loads(result.stdout)["same_claim"] is False


class _OfflineHub:
    """A stand-in for sentence_transformers whose loader fails as the real one does offline: over several lines."""

    class SentenceTransformer:
        def __init__(self, name: str, device: str) -> None:
            raise OSError(f"We couldn't connect to 'https://huggingface.co' to load {name}.\nCheck your internet connection.")


@pytest.mark.parametrize("installed", [False, True])
def test_a_model_this_machine_lacks_is_a_bad_argument(run: Any, seeds: Path, monkeypatch: pytest.MonkeyPatch, installed: bool) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "sentence_transformers", _OfflineHub if installed else None)  # None: not installed
    result = run("align", "--no-cache", "--model", "no-such/model", str(seeds))
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("framediff: error: --model no-such/model: ") and "Traceback" not in line
    assert ("never downloads" in line) == installed


def test_the_bundled_model_answers_to_its_old_name() -> None:
    """Scripts that pass --model minilm-int8 get the bundled model, cached under its own name, not a hub lookup."""
    from framediff.aligning.encoders import OnnxMiniLM, load_encoder

    assert Embedder(model="minilm-int8").model_name == DEFAULT_MODEL
    assert isinstance(load_encoder("minilm-int8"), OnnxMiniLM)


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

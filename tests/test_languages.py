"""Languages: identification of articles and sentences, and each language's sentence boundaries (a table of real cases)."""

from __future__ import annotations

import pytest

from framediff.reading import languages
from framediff.reading.articles import prepare_article
from framediff.article import RawArticle
from framediff.reading.sentences import sentence_spans, split_sentences

# (language, text, expected sentences): news sentences as outlets write them.
SPLIT_CASES = [
    # German: day ordinals, rank ordinals, „…“ and »…« quotes, abbreviations.
    ("de", "Der Vertrag wurde am 28. August in Rabat unterzeichnet. Die Regierung sprach von einem „historischen Schritt“.",
     ["Der Vertrag wurde am 28. August in Rabat unterzeichnet.", "Die Regierung sprach von einem „historischen Schritt“."]),
    ("de", "Gantz sagte: „Das Abkommen ist ein Meilenstein.“ Danach traf er den Außenminister.",
     ["Gantz sagte: „Das Abkommen ist ein Meilenstein.“", "Danach traf er den Außenminister."]),
    ("de", "Der 1. FC Köln verlor am 2. Spieltag gegen Bayern. Die Fans waren enttäuscht.",
     ["Der 1. FC Köln verlor am 2. Spieltag gegen Bayern.", "Die Fans waren enttäuscht."]),
    ("de", "Bis zum 30. Juni soll der Hafen wieder offen sein, sagte ein Sprecher der Stadt, u. a. für Fähren.",
     ["Bis zum 30. Juni soll der Hafen wieder offen sein, sagte ein Sprecher der Stadt, u. a. für Fähren."]),
    ("de", "Zuletzt hatten die Lokführer am 3. März gestreikt, z. B. auch im Güterverkehr. Die Bahn kritisierte den Streik.",
     ["Zuletzt hatten die Lokführer am 3. März gestreikt, z. B. auch im Güterverkehr.", "Die Bahn kritisierte den Streik."]),
    ("de", "Er sagte: »Wir geben nicht nach.« Die Gewerkschaft droht mit weiteren Streiks.",
     ["Er sagte: »Wir geben nicht nach.«", "Die Gewerkschaft droht mit weiteren Streiks."]),
    # French: M. and Mme before a name, « » with their inner spaces, an abbreviated month before a lower-case word.
    ("fr", "M. Gantz a rencontré le ministre marocain. « C'est un accord historique », a-t-il déclaré.",
     ["M. Gantz a rencontré le ministre marocain.", "« C'est un accord historique », a-t-il déclaré."]),
    ("fr", "« Nous n'avons pas le choix. » Le ministre a ensuite quitté la salle. Mme Dupont a démenti.",
     ["« Nous n'avons pas le choix. »", "Le ministre a ensuite quitté la salle.", "Mme Dupont a démenti."]),
    ("fr", "La réforme touche la section C. M. Martin a répondu.",  # a capital letter's full stop ends it, as "z. B." does not
     ["La réforme touche la section C.", "M. Martin a répondu."]),
    ("fr", "Le texte sera signé le 3 oct. à Paris, selon l'Élysée. La date n'est pas confirmée.",
     ["Le texte sera signé le 3 oct. à Paris, selon l'Élysée.", "La date n'est pas confirmée."]),
    # Spanish: ¿ and ¡ open their sentences; Sr. before a name.
    # a company's initials before a lower-case verb (a thirty-first trial's EFE dispatch)
    ("es", "El Real Betis Balompié S.A.D. ha cerrado este lunes el fichaje del delantero. El club lo anunció en un comunicado.",
     ["El Real Betis Balompié S.A.D. ha cerrado este lunes el fichaje del delantero.", "El club lo anunció en un comunicado."]),
    ("es", "¿Qué pasará ahora con el puerto? El Sr. García dijo que no lo sabe. ¡Es un escándalo!, gritaron los estibadores.",
     ["¿Qué pasará ahora con el puerto?", "El Sr. García dijo que no lo sabe.", "¡Es un escándalo!, gritaron los estibadores."]),
    # A title before a name (Spanish, Italian, Dutch), and a quoted question with who asked it after it: a sixth trial's
    # articles, written as their outlets write ("la Dra. ‖ Marta Llorens" and "…siglo pasado?», ‖ se pregunta" had been cut).
    ("es", "«Con 44 grados y esa sequedad, el monte era pura yesca», explicó la jefa del operativo, la Dra. Marta Llorens, "
           "ingeniera de montes. La investigación sigue abierta.",
     ["«Con 44 grados y esa sequedad, el monte era pura yesca», explicó la jefa del operativo, la Dra. Marta Llorens, "
      "ingeniera de montes.", "La investigación sigue abierta."]),
    ("es", "No todos comparten el entusiasmo. «¿De qué sirve desalar si luego el agua se pierde por tuberías del siglo pasado?», "
           "se pregunta Vicente Mora, portavoz de la Unión de Regantes del Sur.",
     ["No todos comparten el entusiasmo.", "«¿De qué sirve desalar si luego el agua se pierde por tuberías del siglo pasado?», "
      "se pregunta Vicente Mora, portavoz de la Unión de Regantes del Sur."]),
    ("fr", "« Et maintenant ? » demande-t-il. Personne ne répond.", ["« Et maintenant ? » demande-t-il.", "Personne ne répond."]),
    ("it", "La Sig.ra Bianchi ha parlato con il Dott. Rossi. Poi è partita.",
     ["La Sig.ra Bianchi ha parlato con il Dott. Rossi.", "Poi è partita."]),
    ("it", "Ha parlato l’Avv. Bianchi. Poi è partito.", ["Ha parlato l’Avv. Bianchi.", "Poi è partito."]),
    # a fiftieth trial's: Italian writes titles in lower case in running text
    ("it", "Il console onorario d'Italia a Santa Cruz de Tenerife, il dott. Marco Ferri, ha attivato un numero di emergenza per i "
           "connazionali. L'aeroporto di Tenerife Nord resta invece aperto.",
     ["Il console onorario d'Italia a Santa Cruz de Tenerife, il dott. Marco Ferri, ha attivato un numero di emergenza per i "
      "connazionali.", "L'aeroporto di Tenerife Nord resta invece aperto."]),
    # a second reader's: "Fr." is Friday before a sentence, and "'s Avonds" opens one after a question
    ("de", "Der Laden öffnet Mo. bis Fr. Am Samstag bleibt er zu.", ["Der Laden öffnet Mo. bis Fr.", "Am Samstag bleibt er zu."]),
    ("nl", "Wat nu? 's Avonds gaat de school dicht.", ["Wat nu?", "'s Avonds gaat de school dicht."]),
    ("nl", "Advocaat mr. Joost van Dalen, die de Nederlandse eisers bijstaat, noemt de uitspraak een doorbraak. Veltrion zwijgt.",
     ["Advocaat mr. Joost van Dalen, die de Nederlandse eisers bijstaat, noemt de uitspraak een doorbraak.", "Veltrion zwijgt."]),
    # a fifty-ninth trial's: a number's abbreviation before its figure, a five-letter abbreviation before a lower-case word,
    # and "M." before a name after a quotation
    ("es", "El convoy, la unidad núm. 953 de la serie 900, había salido de Lasarte a las 6.55 horas. Nadie lo esperaba.",
     ["El convoy, la unidad núm. 953 de la serie 900, había salido de Lasarte a las 6.55 horas.", "Nadie lo esperaba."]),
    ("es", "La Ertzaintza cortó la N-1 durante aprox. tres horas para facilitar el acceso de las ambulancias. El tráfico ya es normal.",
     ["La Ertzaintza cortó la N-1 durante aprox. tres horas para facilitar el acceso de las ambulancias.", "El tráfico ya es normal."]),
    ("fr", "« Nos habitants prennent ce train tous les matins pour aller travailler de l'autre côté de la Bidassoa », a réagi "
           "M. Pierre Etcheverry, maire de Hendaye. Il s'est rendu sur place.",
     ["« Nos habitants prennent ce train tous les matins pour aller travailler de l'autre côté de la Bidassoa », a réagi "
      "M. Pierre Etcheverry, maire de Hendaye.", "Il s'est rendu sur place."]),
    ("de", "Die Linie Nr. 12 fährt wieder. Die Bahn hatte sie am Montag gesperrt.",
     ["Die Linie Nr. 12 fährt wieder.", "Die Bahn hatte sie am Montag gesperrt."]),
    ("es", "El tren llegó con retraso. 212 pasajeros viajaban a bordo.", ["El tren llegó con retraso.", "212 pasajeros viajaban a bordo."]),
    # a second reader's: "no." ends a sentence before a figure, "M." before a sentence's opening word is an initial, and a
    # five-letter word is no abbreviation
    ("es", "La respuesta fue no. 1.200 empleados se quedarán sin trabajo.", ["La respuesta fue no.", "1.200 empleados se quedarán sin trabajo."]),
    ("fr", "Le suspect a été identifié comme Karim M. Il a été placé en garde à vue.",
     ["Le suspect a été identifié comme Karim M.", "Il a été placé en garde à vue."]),
    ("nl", "De brand woedde aan de rand van Breda. 's Nachts waren er nog vlammen te zien.",
     ["De brand woedde aan de rand van Breda.", "'s Nachts waren er nog vlammen te zien."]),
    # Arabic: ؟ ends a question, the Arabic comma ، does not end a sentence.
    ("ar", "وقال الوزير إن الاتفاق سيوقع الأسبوع المقبل، في الرباط. هل سيحضر الملك؟ لم يتضح ذلك بعد.",
     ["وقال الوزير إن الاتفاق سيوقع الأسبوع المقبل، في الرباط.", "هل سيحضر الملك؟", "لم يتضح ذلك بعد."]),
]


@pytest.mark.parametrize(("language", "text", "expected"), SPLIT_CASES, ids=[f"{c[0]}-{n}" for n, c in enumerate(SPLIT_CASES)])
def test_split_by_language(language: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected
    # offsets stay exact inside a longer text
    prefix = "Intro.\n"
    for s, e in sentence_spans(prefix + text, len(prefix), language=language):
        assert (prefix + text)[s:e] in expected


def test_english_splitting_is_unchanged_by_the_language_hook() -> None:
    text = "Sen. Elizabeth Warren and Gov. Gavin Newsom spoke at 3 p.m. on Tuesday. It was signed."
    assert split_sentences(text, "en") == split_sentences(text) == split_sentences(text, "und")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dockworkers at the port of Antwerp walked out on Monday over a pay offer they called insulting.", "en"),
        ("Les dockers du port d'Anvers ont cessé le travail lundi pour protester contre une offre salariale jugée insultante.", "fr"),
        ("Die Hafenarbeiter in Antwerpen haben am Montag die Arbeit niedergelegt, weil sie das Lohnangebot für beleidigend halten.", "de"),
        ("Los estibadores del puerto de Amberes dejaron de trabajar el lunes por una oferta salarial que consideran insultante.", "es"),
        ("أضرب عمال الميناء في أنتويرب يوم الاثنين احتجاجا على عرض للأجور وصفوه بأنه مهين.", "ar"),
    ],
)
def test_identify(text: str, language: str) -> None:
    found = languages.identify(text)
    assert found.language == language and found.confidence > 0.5


def test_too_little_text_is_undetermined_and_read_as_english() -> None:
    assert languages.identify("AP 2021").language == languages.UNDETERMINED
    assert languages.is_english(languages.UNDETERMINED)


def test_an_article_that_quotes_a_paragraph_in_another_language() -> None:
    text = (
        "Port strike spreads to Antwerp\n\n"
        "Dockworkers at the port of Antwerp walked out on Monday over a pay offer they called insulting. "
        "The union said the strike would last at least three days.\n\n"
        "Le syndicat a déclaré dans un communiqué que la grève durerait au moins trois jours.\n\n"
        "Shipping lines said they would divert vessels to Rotterdam.\n\n"
        "What the Papers Say, Nov. 19, 2013"
    )
    article = prepare_article(RawArticle("mixed.txt", text, "text", "utf-8"))
    assert article.language == "en"
    marked = {s.text: s.language for s in article.sentences if s.language}
    assert marked == {"Le syndicat a déclaré dans un communiqué que la grève durerait au moins trois jours.": "fr"}
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text


def test_a_german_article_is_split_by_german_rules() -> None:
    text = (
        "Hafenstreik weitet sich aus\n\n"
        "Die Hafenarbeiter in Antwerpen haben am 28. August die Arbeit niedergelegt. "
        "Ein Sprecher der Gewerkschaft sagte: „Wir bleiben draußen, bis ein faires Angebot kommt.“ "
        "Der Streik soll bis zum 31. August dauern."
    )
    article = prepare_article(RawArticle("de.txt", text, "text", "utf-8"))
    assert article.language == "de"
    assert [s.text for s in article.sentences if s.kind == "body"] == [
        "Die Hafenarbeiter in Antwerpen haben am 28. August die Arbeit niedergelegt.",
        "Ein Sprecher der Gewerkschaft sagte: „Wir bleiben draußen, bis ein faires Angebot kommt.“",
        "Der Streik soll bis zum 31. August dauern.",
    ]


def test_the_identification_model_is_checked(tmp_path, monkeypatch) -> None:
    from framediff.errors import ModelError

    languages._model.cache_clear()
    monkeypatch.setattr(languages, "LID_SHA256", "0" * 64)
    try:
        with pytest.raises(ModelError, match="pinned sha256"):
            languages.identify("Dockworkers at the port of Antwerp walked out on Monday.")
    finally:
        languages._model.cache_clear()


# (an article's headline and paragraphs, its language): a word or two of another language do not turn it
ARTICLES = [
    (["jsi", "Floods hit the valley on Monday after days of rain. jsi"], "en"),
    (["Panne chez Skyguide", "Une panne informatique a cloué au sol tous les avions au départ de Zurich mardi matin."], "fr"),
    (["Zurich outage", "Wegen einer Computerpanne bei Skyguide sind am Dienstag am Flughafen Zürich keine Flugzeuge gestartet."], "de"),
]


@pytest.mark.parametrize(("texts", "language"), ARTICLES)
def test_an_article_is_in_the_language_most_of_its_letters_are_in(texts: list[str], language: str) -> None:
    assert languages.article_language(texts).language == language

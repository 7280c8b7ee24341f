"""Datelines in the languages framediff reads: a table of real forms, what is the dateline and what is text after it."""

from __future__ import annotations

from typing import Any

import pytest

from framediff.article import RawArticle
from framediff.reading.articles import prepare_article
from framediff.reading.cleaning import clean
from framediff.reading.datelines import opening, ort

# (first line of an article, the dateline it opens with)
DATELINES = [
    # French: AFP, Reuters's French desk, a Swiss agency, a dated dateline without agency
    ("PARIS (AFP) - Le président de la République a annoncé mardi un remaniement.", "PARIS (AFP) -"),
    ("PARIS, 3 mars (Reuters) - Le gouvernement a présenté mardi son projet de budget.", "PARIS, 3 mars (Reuters) -"),
    ("BRUXELLES, 5 mars 2026 (AFP) - La Commission européenne a proposé mercredi de nouvelles sanctions.", "BRUXELLES, 5 mars 2026 (AFP) -"),
    ("Genève, le 14 mai 2026 – Une panne informatique a cloué au sol les avions de Skyguide.", "Genève, le 14 mai 2026 –"),
    ("Zurich (ATS) – Le trafic aérien a repris peu avant 11 heures.", "Zurich (ATS) –"),
    # German: Reuters with an ordinal date, dpa with a regional desk, AFP
    ("BERLIN, 3. März (Reuters) - Die Bundesregierung will die Schuldenbremse lockern.", "BERLIN, 3. März (Reuters) -"),
    ("Frankfurt/Main (dpa/lhe) - Die Polizei hat am Dienstag einen Verdächtigen festgenommen.", "Frankfurt/Main (dpa/lhe) -"),
    ("BERLIN (AFP) - Bundeskanzler Olaf Scholz hat den französischen Präsidenten empfangen.", "BERLIN (AFP) -"),
    ("Zürich (SDA) – Der Flughafen Zürich war am Dienstagmorgen stundenlang lahmgelegt.", "Zürich (SDA) –"),
    # Spanish: EFE's ".-", a place of three words, Europa Press
    ("MADRID, 5 mar (EFE).- El Gobierno aprobó este martes el anteproyecto de ley.", "MADRID, 5 mar (EFE).-"),
    ("Ciudad de México, 5 de marzo (EFE).- El presidente anunció un nuevo plan de seguridad.", "Ciudad de México, 5 de marzo (EFE).-"),
    # a place, its province in brackets and a date, no agency (a fifty-ninth trial's Spanish daily)
    ("IRUN (Gipuzkoa), 12 mar.– Un tren de Euskotren que cubría el trayecto entre Lasarte y Hendaya descarriló este miércoles.",
     "IRUN (Gipuzkoa), 12 mar.–"),
    ("BUENOS AIRES, 5 mar (Reuters) - La inflación de Argentina se desaceleró en febrero.", "BUENOS AIRES, 5 mar (Reuters) -"),
    ("MADRID, 5 (EUROPA PRESS) - El Congreso ha aprobado la reforma.", "MADRID, 5 (EUROPA PRESS) -"),
    # Italian: ANSA puts the agency first; Reuters's Italian desk
    ("(ANSA) - ROMA, 5 MAR - Il governo ha approvato il decreto sulle bollette.", "(ANSA) - ROMA, 5 MAR -"),
    ("MILANO (Reuters) - La Borsa di Milano ha chiuso in rialzo.", "MILANO (Reuters) -"),
    ("ROMA, 5 marzo (ANSA) - Il Senato ha votato la fiducia.", "ROMA, 5 marzo (ANSA) -"),
    # Arabic: Reuters and AFP in Arabic, the Arabic comma before a date
    ("القاهرة (رويترز) - قال مسؤول حكومي إن المحادثات ستستأنف الأسبوع المقبل.", "القاهرة (رويترز) -"),
    ("بيروت (أ ف ب) - أعلن الجيش اللبناني انتشاره في الجنوب.", "بيروت (أ ف ب) -"),
    ("دبي، 5 مارس (رويترز) - أعلنت الحكومة عن خطة جديدة للاستثمار.", "دبي، 5 مارس (رويترز) -"),
    # English, as the wires write it
    ("WASHINGTON, March 3 (Reuters) - The Senate passed the bill on Tuesday.", "WASHINGTON, March 3 (Reuters) -"),
    ("SUNNYVALE, Calif. (AP) — Apple unveiled a new phone on Tuesday.", "SUNNYVALE, Calif. (AP) —"),
    ("RABAT – Israeli Defense Minister Benny Gantz signed on Wednesday a defense memorandum.", "RABAT –"),
    # a service no list names, after a place in capitals and a day of a month (the Thomson Reuters Foundation's form)
    ("LONDON, March 3 (Thomson Reuters Foundation) - Millions of workers face heat stress.",
     "LONDON, March 3 (Thomson Reuters Foundation) -"),
    # broadcasters, as they file: CNN with a dash or glued to the sentence, a local station's call sign
    ("WASHINGTON (CNN) — President Joe Biden signed the bill into law on Friday.", "WASHINGTON (CNN) —"),
    ("Washington (CNN) — The Senate passed the bill late on Thursday.", "Washington (CNN) —"),
    ("(CNN)President Joe Biden signed the bill into law on Friday.", "(CNN)"),
    ("(CNN) President Joe Biden signed the bill into law on Friday.", "(CNN)"),
    ("Washington (CNN)President Barack Obama said on Monday he would veto the bill.", "Washington (CNN)"),
    ("New York (CNN Business)Facebook said on Monday it would change its name.", "New York (CNN Business)"),
    ("Moscow (RIA Novosti) - Russia said on Monday it would respond.", "Moscow (RIA Novosti) -"),
    # a lead that opens with a name in lower case (a second reader's)
    ("NEW YORK (Reuters) - eBay Inc said on Monday it would cut 1,000 jobs.", "NEW YORK (Reuters) -"),
    ("NEW YORK (AP) — de Blasio said on Monday the city would reopen its schools.", "NEW YORK (AP) —"),
    ("NEW YORK (CBS/AP) — A man was arrested Tuesday after a chase through Queens.", "NEW YORK (CBS/AP) —"),
    # a service no list names, undated (a thirty-sixth trial's wire: it had been read as the lead's words, which the other
    # outlets were shown to leave out)
    ("NEW YORK (Continental Press) — Halden Brewing Co. agreed on Monday to buy craft brewer Copperleaf Ales.",
     "NEW YORK (Continental Press) —"),
    # a US station's call sign after a place and its state, undated (a fifty-fifth trial's local station: its dateline had
    # been its lead's words, and the lead the verdict claim's reference text)
    ("MARLOW, Ohio (WMRL) — Former Marlow County Treasurer J.R. Pruitt was found guilty Thursday of embezzlement.",
     "MARLOW, Ohio (WMRL) —"),
    ("SPRINGFIELD, Ill. (WICS-TV) — A fire destroyed a warehouse on the city's east side early Sunday.", "SPRINGFIELD, Ill. (WICS-TV) —"),
    ("LOS ANGELES, California (KABC) -- A brush fire forced evacuations in the hills above Burbank.", "LOS ANGELES, California (KABC) --"),
]

# first lines that open with no dateline: names, tickers, acronyms before a dash, a quote, an agency inside the sentence
NOT_DATELINES = [
    # a lead in capitals (BASIL dev, Fox, as a user's trial set it): "R-CALIF." is a party and state, not a dash; the
    # dateline finder cut "REP. DUNCAN HUNTER, R-" from the sentence
    "REP. DUNCAN HUNTER, R-CALIF., AND HIS WIFE WERE INDICTED TUESDAY ON CHARGES THEY USED CAMPAIGN FUNDS.",
    "Apple (AAPL) - shares rose four percent after the results.",
    "Microsoft (MSFT) — The company said revenue rose 12 percent.",  # a ticker after a name in title case
    "SEN. JOHN SMITH (R-TEXAS) — THE SENATOR SAID HE WOULD VOTE AGAINST THE BILL.",  # a lead in capitals: a party, not an agency
    "The president (CNN reported) said on Monday he would sign.",
    # a second reader's: capitals and brackets that open a lead, and an agency's letters that are a body's own
    "IBM (IBM) — The stock fell 3% after the company missed revenue estimates.",
    "SEN. AMY KLOBUCHAR (DFL-Minn.) — The senator said she would vote against.",
    "MAYOR KAREN BASS (Los Angeles) — The mayor said the city would rebuild.",
    "FEMA (Federal Emergency Management Agency) — The agency said it would send aid.",
    "JOHN SMITH (Republican) — The senator said he would vote no.",
    "KING CHARLES (Buckingham Palace) — The King said he was deeply saddened.",
    "UPDATE (Corrected): The company said revenue fell.",
    "National Public Radio (NPR) — the network at the center of the funding fight — said on Monday it would sue.",
    "The European Parliament (EP) — the EU's only directly elected body — voted on Tuesday to ban the chemicals.",
    # a body and its own letters, a ticker (a third second reader's)
    "KKR (KKR) — The private equity firm said on Monday it would buy the company.",
    "AmerisourceBergen (ABC) — Shares rose 4% after the company raised its forecast.",
    "The Associated Press (AP) — The cooperative said on Monday it would cut jobs.",
    "NPR (NPR News) — The network said it would sue.",
    "USPS (U.S. Postal Service) — The agency said it would raise prices.",
    "Pakistan Tehreek-e-Insaf (PTI) — The party said on Monday it would boycott the vote.",  # not the Press Trust of India
    "Agence France-Presse (AFP) — The French news agency said on Monday it would cut jobs.",
    "WALMART (WMT) — Shares of the retailer rose 3% on Tuesday.",  # a ticker, not a station's call letters
    "WALMART, Arkansas (WMT) shares rose 3% on Tuesday.",  # no dash
    "KOHL'S CORP, Inc. (KSS) — Shares fell 5% after the retailer cut its forecast.",  # call letters' shape, no state
    "NASA (the agency) - not Boeing - will fly the crew.",
    "Juan Pérez (PNV), 5 de marzo – El portavoz respondió.",  # a name and a party, not a place in capitals
    # a second reader's: a person, a party or a body's description in brackets, with a date
    "SEN. JOHN SMITH (R-Texas), March 3 — The senator said he would vote against the bill.",
    "JOHN SMITH (R), March 3 — The senator said he would vote against the bill.",
    "LAB (sindicato abertzale), 12 mar.– El sindicato convocó una huelga.",  # capitals but no day: an acronym, not a place (written for this test)
    # brackets that hold no agency's name (a second reader's)
    "JANE DOE, May 4 (born June 3, 1950) - The retired teacher died at home.",
    "CORRECTION, June 2 (an earlier version misstated the vote) - The council voted 7-2.",
    "Benny Gantz – who arrived on Tuesday – signed the memorandum.",
    "NATO – the alliance said on Monday – will send more troops.",
    "Le président (AFP) a dit qu'il ne se représenterait pas.",
    "« Nous présentons nos excuses », a déclaré le directeur de Skyguide, Marc Bühler.",
    "Israel signed a defence pact with Morocco on Wednesday.",
    "Die Bundesregierung (Berlin) - so heißt es - will sparen.",
    "El 5 de marzo, el Gobierno aprobó la ley.",
]


@pytest.mark.parametrize(("line", "dateline"), DATELINES)
def test_a_dateline_is_found_with_its_exact_end(line: str, dateline: str) -> None:
    found = opening(line)
    assert found is not None
    assert line[: found.end] == dateline
    assert line[found.body :] == line[len(dateline) :].lstrip()


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_no_dateline(line: str) -> None:
    assert opening(line) is None


@pytest.mark.parametrize(("line", "dateline"), DATELINES)
def test_cleaning_keeps_the_dateline_as_metadata_with_offsets(line: str, dateline: str) -> None:
    text = f"Ein Titel über dem Text\n\n{line}\n\nA second paragraph follows here.\n"
    cleaned = clean(text)
    spans = [m for m in cleaned.metadata if m.reason == "dateline"]
    assert [(m.text, text[m.start : m.end]) for m in spans] == [(dateline, dateline)]
    start, end = cleaned.paragraphs[0]
    assert text[start:end] == line[len(dateline) :].lstrip()
    assert cleaned.paragraphs[1] == (text.index("A second"), text.index("A second") + len("A second paragraph follows here."))


def test_only_the_first_paragraph_opens_with_a_dateline() -> None:
    text = "Panne chez Skyguide\n\nZURICH (ATS) - Une panne a cloué au sol les avions.\n\nGENÈVE (ATS) - L'aéroport de Genève n'a pas été touché.\n"
    cleaned = clean(text)
    assert [m.text for m in cleaned.metadata if m.reason == "dateline"] == ["ZURICH (ATS) -"]
    assert text[slice(*cleaned.paragraphs[1])].startswith("GENÈVE (ATS) -")


def test_a_dateline_alone_on_its_line_dates_the_article() -> None:
    text = "El Congreso aprueba la reforma\n\nMADRID, 5 de marzo de 2026 (EUROPA PRESS)\n\nEl Congreso ha aprobado la reforma.\n"
    cleaned = clean(text)
    assert [(m.reason, m.text) for m in cleaned.metadata] == [("dateline", "MADRID, 5 de marzo de 2026 (EUROPA PRESS)")]
    assert cleaned.date == "2026-03-05"
    assert text[slice(*cleaned.paragraphs[0])] == "El Congreso ha aprobado la reforma."


def test_sentences_gives_the_dateline_and_starts_the_lead_after_it(run: Any, run_json: Any) -> None:
    text = "Panne chez Skyguide\n\nZURICH, 14 mai 2026 (ATS) - Une panne informatique a cloué au sol les avions.\n\nLes vols ont repris.\n"
    article = run_json("sentences", "-", input=text)["articles"][0]
    [dateline] = [m for m in article["metadata"] if m["reason"] == "dateline"]
    assert text[dateline["start"] : dateline["end"]] == dateline["text"] == "ZURICH, 14 mai 2026 (ATS) -"
    lead = article["sentences"][1]
    assert text[lead["start"] : lead["end"]] == lead["text"] == "Une panne informatique a cloué au sol les avions."
    assert article["date"] == "2026-05-14"
    assert "dateline  ZURICH, 14 mai 2026 (ATS) -" in run("sentences", "-", input=text).stdout


# German regional papers' places joined by a slash and a full stop (read only in an article identified as German)
ORT_DATELINES = [
    ("Forbach/Saarbrücken. Schock an der Grenze: Der Stuttgarter Lkw-Hersteller Kessler macht sein Werk dicht.", "Forbach/Saarbrücken."),
    ("Frankfurt/Main. Die Europäische Zentralbank hat die Leitzinsen erneut gesenkt.", "Frankfurt/Main."),
    ("Neunkirchen/St. Ingbert. Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.", "Neunkirchen/St. Ingbert."),
]
# one place, a name, a title or a word and a full stop open German features as often as datelines (a second reader's)
NOT_ORT = [
    "Endlich. Nach zwei Jahren Bauzeit ist die Brücke über die Saar wieder offen.",
    "Stillstand. Seit Wochen bewegt sich auf der Baustelle am Hauptbahnhof nichts mehr.",
    "Merkel. Ein Name, der in der Partei noch immer Gewicht hat.",
    "Eintracht Frankfurt. Der Verein hat am Montag seinen neuen Trainer vorgestellt.",
    "Dr. Anna Schmidt leitet seit April die Klinik für Kinderheilkunde.",
    "Hitzewelle. Die Temperaturen steigen am Wochenende auf über 35 Grad.",
    "Saarbrücken. Die saarländische Landesregierung will mit der Konzernführung sprechen.",
    "Der Konzern hat am Dienstag mitgeteilt, dass das Werk in Forbach schließt.",
    "Forbach/Saarbrücken. die Kleinschreibung geht weiter",
]


@pytest.mark.parametrize(("line", "dateline"), ORT_DATELINES)
def test_a_german_place_dateline_is_kept_as_metadata(line: str, dateline: str) -> None:
    text = f"Kessler schließt sein Lkw-Werk in Forbach\n\n{line}\n\nBetroffen sind rund 1.450 Beschäftigte in der Region.\n"
    article = prepare_article(RawArticle(source="de.txt", text=text, format="text", encoding="utf-8"))
    assert article.language == "de"
    assert [(m.reason, m.text, text[m.start : m.end]) for m in article.metadata] == [("dateline", dateline, dateline)]
    lead = line[len(dateline) :].lstrip()
    assert article.sentences[1].start == text.index(line) + line.index(lead)
    assert lead.startswith(article.sentences[1].text)


@pytest.mark.parametrize("line", NOT_ORT)
def test_a_german_opening_that_is_no_place_stays_a_sentence(line: str) -> None:
    text = f"Kessler schließt sein Lkw-Werk in Forbach\n\n{line}\n\nBetroffen sind rund 1.450 Beschäftigte in der Region.\n"
    article = prepare_article(RawArticle(source="de.txt", text=text, format="text", encoding="utf-8"))
    assert article.language == "de"
    assert not article.metadata
    assert article.sentences[1].start == text.index(line)


def test_places_joined_by_a_slash_open_no_dateline_in_english() -> None:
    text = ("Twin Cities drivers face a bigger bill\n\nMinneapolis/St. Paul. That is where commuters will pay the new toll on "
            "the bridge from Monday.\n")
    assert ort(text.split("\n\n")[1]) is not None  # the German form: read as a dateline only in an article read as German
    article = prepare_article(RawArticle(source="en.txt", text=text, format="text", encoding="utf-8"))
    assert article.language == "en"
    assert not article.metadata
    assert article.sentences[1].start == text.index("Minneapolis/St. Paul.")  # the places stay the lead's words

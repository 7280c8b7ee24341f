"""Sentence boundaries: a table of real cases, each row one text and its sentences."""

from __future__ import annotations

import pytest

from framediff.reading.sentences import build_sentences, split_sentences

CASES = [
    # "U.S." before the court, army or office it names is no sentence end (MRPC train, public news of 2003); the seeds'
    # "U.S. president" below stays one sentence too.
    (
        "The December decision by the 9th U.S. Circuit Court of Appeals upheld California's law banning certain assault "
        "weapons and revived the national gun-ownership debate.",
        ["The December decision by the 9th U.S. Circuit Court of Appeals upheld California's law banning certain assault "
         "weapons and revived the national gun-ownership debate."],
    ),
    (
        "The legislation came after U.S. District Judge Lee R. West in Oklahoma City ruled last week that the FTC lacked "
        "authority to run the registry.",
        ["The legislation came after U.S. District Judge Lee R. West in Oklahoma City ruled last week that the FTC lacked "
         "authority to run the registry."],
    ),
    # The seeds' hard cases.
    (
        "Gantz later met with Morroco’s Minister of Foreign Affairs, H.E. Nasser Bourita and the Inspector General, LT.-Gen. Belkhir El Farouk.",
        ["Gantz later met with Morroco’s Minister of Foreign Affairs, H.E. Nasser Bourita and the Inspector General, LT.-Gen. Belkhir El Farouk."],
    ),
    (
        "Gantz landed on Tuesday, the first such visit to a party to the U.S.-brokered Abraham Accords. After signing, Gantz met with Lt. Gen. Belkhir El Farouk, inspector general.",
        [
            "Gantz landed on Tuesday, the first such visit to a party to the U.S.-brokered Abraham Accords.",
            "After signing, Gantz met with Lt. Gen. Belkhir El Farouk, inspector general.",
        ],
    ),
    (
        "During Donald Trump’s term as U.S. president, Washington recognized Morocco’s sovereignty. One of the conditions was a renewal.",
        ["During Donald Trump’s term as U.S. president, Washington recognized Morocco’s sovereignty.", "One of the conditions was a renewal."],
    ),
    ("According to Mr. Gantz, it concerns intelligence. It was signed.", ["According to Mr. Gantz, it concerns intelligence.", "It was signed."]),
    (
        "Earlier this morning, Minister Gantz paid his respects at the Mausoleum of King Mohammed V. He laid a ceremonial wreath.",
        ["Earlier this morning, Minister Gantz paid his respects at the Mausoleum of King Mohammed V.", "He laid a ceremonial wreath."],
    ),
    (
        'He said Morocco had "over the years accepted Jews, protected them and maintained their tradition." The agreement "will allow us to cooperate," Palti said.',
        ['He said Morocco had "over the years accepted Jews, protected them and maintained their tradition."', 'The agreement "will allow us to cooperate," Palti said.'],
    ),
    (
        "“It will allow the beginning of official security cooperation.” The ministry said so.",
        ["“It will allow the beginning of official security cooperation.”", "The ministry said so."],
    ),
    (
        "Defense Minister Benny Gantz arrives for a meeting in Rabat, on Wednesday.Credit: Ariel Hermoni/Defense Ministry",
        ["Defense Minister Benny Gantz arrives for a meeting in Rabat, on Wednesday.", "Credit: Ariel Hermoni/Defense Ministry"],
    ),
    # Other news text.
    ("The U.K. and the E.U. agreed on Friday. Talks resume in Jan. next year.", ["The U.K. and the E.U. agreed on Friday.", "Talks resume in Jan. next year."]),
    ("Shares of Apple Inc. rose 2.5% to $189.40 on Monday. Analysts at J.P. Morgan were unmoved.", ["Shares of Apple Inc. rose 2.5% to $189.40 on Monday.", "Analysts at J.P. Morgan were unmoved."]),
    ("Sen. Elizabeth Warren and Gov. Gavin Newsom spoke at 3 p.m. on Tuesday.", ["Sen. Elizabeth Warren and Gov. Gavin Newsom spoke at 3 p.m. on Tuesday."]),
    ("Is this the end? Nobody knows! Officials declined to comment.", ["Is this the end?", "Nobody knows!", "Officials declined to comment."]),
    ("President John F. Kennedy visited Berlin in 1963. He spoke to a crowd.", ["President John F. Kennedy visited Berlin in 1963.", "He spoke to a crowd."]),
    ("Prof. Ada Lovelace and Dr. Alan Turing were cited. The paper (see p. 4) disagreed.", ["Prof. Ada Lovelace and Dr. Alan Turing were cited.", "The paper (see p. 4) disagreed."]),
    # A quote ending in "!" or "?" and the attribution that finishes its sentence (verbatim, bench/framing/texts 12 and 16).
    (
        "“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted before Election Day. “Matt has my Complete and Total Endorsement, and always has.",
        ["“Governor @MattBevin has done a wonderful job for the people of Kentucky!” Trump tweeted before Election Day.", "“Matt has my Complete and Total Endorsement, and always has."],
    ),
    (
        '"We got her, we got her!" officers announced on their radios. "He\'s in custody; we have her."',
        ['"We got her, we got her!" officers announced on their radios.', '"He\'s in custody; we have her."'],
    ),
    # Titles, party and state tags in US political news (written in its style about public facts; Punkt breaks each).
    ("Gov. Jan Brewer of Arizona vetoed the measure in 2014, and Ms. Brewer left office in 2015.",
     ["Gov. Jan Brewer of Arizona vetoed the measure in 2014, and Ms. Brewer left office in 2015."]),
    ("Two Republicans, Sens. Scott Brown and Susan Collins, voted for it.", ["Two Republicans, Sens. Scott Brown and Susan Collins, voted for it."]),
    ("Sen. Scott Brown (R-Mass.) won a special election in 2010. He lost in 2012.", ["Sen. Scott Brown (R-Mass.) won a special election in 2010.", "He lost in 2012."]),
    ("Rep. Chris Van Hollen (D-Md.), a budget expert, joined the Senate in 2017.", ["Rep. Chris Van Hollen (D-Md.), a budget expert, joined the Senate in 2017."]),
    # a party and state tag that ends a sentence (a twenty-second trial's wire); not one in brackets or before a comma
    (
        '"This is a giveaway to the wealthiest Americans dressed up as help for the middle class," said Sen. Ruth Calloway, '
        "D-Ore. She said the bill's benefits for the middle class would expire after five years.",
        ['"This is a giveaway to the wealthiest Americans dressed up as help for the middle class," said Sen. Ruth Calloway, D-Ore.',
         "She said the bill's benefits for the middle class would expire after five years."],
    ),
    ("Sen. Harry Reid, D-Nev., objected. He left.", ["Sen. Harry Reid, D-Nev., objected.", "He left."]),
    ("“Is anyone listening?” he asked. “Nobody is.”", ["“Is anyone listening?” he asked.", "“Nobody is.”"]),
    ("“Is anyone listening?” Mr. Trump asked the crowd. It cheered.", ["“Is anyone listening?” Mr. Trump asked the crowd.", "It cheered."]),
    ("JACKSON, Miss. — The governor signed the bill on Tuesday.", ["JACKSON, Miss. — The governor signed the bill on Tuesday."]),
    ("The file went to the F.B.I.’s field office in Boston. It stayed there.", ["The file went to the F.B.I.’s field office in Boston.", "It stayed there."]),
    # A sentence may still end after a question and begin with a name, and after "St." that ends an address.
    ("Will it pass? Mr. Trump thinks so.", ["Will it pass?", "Mr. Trump thinks so."]),
    ("The office is on Main St. The mayor works there.", ["The office is on Main St.", "The mayor works there."]),
    ("They met in St. Louis on Sept. 11 of that year.", ["They met in St. Louis on Sept. 11 of that year."]),
    # a clock's "p.m." that ends a sentence, and a lower-case "no." (a fortieth trial's wire and tabloid); not before a day,
    # a month or a time zone, nor "No. 2"
    ("The train left the tracks near the village of Bergün at 6:42 p.m. Two of its carriages slid down an embankment.",
     ["The train left the tracks near the village of Bergün at 6:42 p.m.", "Two of its carriages slid down an embankment."]),
    ("Only three council members had the spine to vote no. Riverton voters deserve better.",
     ["Only three council members had the spine to vote no.", "Riverton voters deserve better."]),
    ("The talks broke up at 9 p.m. Tuesday without a deal.", ["The talks broke up at 9 p.m. Tuesday without a deal."]),
    ("Polls close at 8 p.m. Eastern time, and results follow at 10 p.m. EST.",
     ["Polls close at 8 p.m. Eastern time, and results follow at 10 p.m. EST."]),
    ("The vote was set for 10 a.m. March 3 in the council chamber.", ["The vote was set for 10 a.m. March 3 in the council chamber."]),
    # a time before a name or as a modifier stays in its sentence (a second reader's)
    ("It was the 6:42 p.m. Chur service that left the tracks.", ["It was the 6:42 p.m. Chur service that left the tracks."]),
    ("By 6 p.m. Jones had conceded the race.", ["By 6 p.m. Jones had conceded the race."]),
    ("The strike began at 11 a.m. Moscow time.", ["The strike began at 11 a.m. Moscow time."]),
    ("She flew home on flight no. BA117 from Nairobi.", ["She flew home on flight no. BA117 from Nairobi."]),
    # "By" after a clock, and a title after an initial, open a sentence (a fifty-third trial's Times); "U.S. Sen." does not
    ("Officers arrived at 4.05 a.m. By then, the intruders had vanished.",
     ["Officers arrived at 4.05 a.m.", "By then, the intruders had vanished."]),
    ("Interpol has issued an alert, and photographs have been sent to dealers in France and the U.K. Mr. Puigvert said the museum "
     "would reopen on Wednesday.",
     ["Interpol has issued an alert, and photographs have been sent to dealers in France and the U.K.",
      "Mr. Puigvert said the museum would reopen on Wednesday."]),
    ("The bill was co-sponsored by U.S. Sen. Ted Cruz of Texas.", ["The bill was co-sponsored by U.S. Sen. Ted Cruz of Texas."]),
    ("By 6 p.m. Mr. Jones had conceded the race.", ["By 6 p.m. Mr. Jones had conceded the race."]),
    ("Officers arrived at 4.05 a.m. Mr. Roig said the thieves had gone.", ["Officers arrived at 4.05 a.m.", "Mr. Roig said the thieves had gone."]),
    # a phrase put first, or a title, keeps its "Mr." (an eighty-second reader's)
    ("In the U.S. Mr. Puigvert is barely known, but in Catalonia he is a household name.",
     ["In the U.S. Mr. Puigvert is barely known, but in Catalonia he is a household name."]),
    ("Back in the U.S. Ms. Ocasio-Cortez's office said it had not been told.",
     ["Back in the U.S. Ms. Ocasio-Cortez's office said it had not been told."]),
    ("He won the title of U.K. Mr. Universe in 1998 and turned professional a year later.",
     ["He won the title of U.K. Mr. Universe in 1998 and turned professional a year later."]),
    ("By 6 p.m. Mr. Jones said he had conceded the race.", ["By 6 p.m. Mr. Jones said he had conceded the race."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_offsets_slice_the_input_across_paragraphs_and_line_breaks() -> None:
    text = "Headline here\n\nFirst sentence is\nwrapped here. Second one.\n\nThird paragraph."
    sentences = build_sentences(text, (0, 13), [(15, 56), (58, 74)])
    assert [s.kind for s in sentences] == ["headline", "body", "body", "body"]
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert sentences[1].text == "First sentence is\nwrapped here."

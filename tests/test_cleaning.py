"""Cleaning rules: a table of lines and what they are, from the seeds and from other sites."""

from __future__ import annotations

import pytest

from framediff.reading.cleaning import clean, drop_reason, parse_date

DROPPED = [
    ("Send in e-mailSend in e-mail", "share-buttons"),
    ("Share on Facebook Share on Twitter Copy link", "share-buttons"),
    ("Tweet", "share-buttons"),
    ("Defense Minister Benny Gantz arrives in Rabat, on Wednesday.Credit: Ariel Hermoni/Defense Ministry", "caption"),
    ("Protesters gather outside parliament on Monday. (Photo: Jane Smith/Reuters)", "caption"),
    ("Firefighters battle the blaze near Athens. Photograph: Louisa Gouliamaki/AFP", "caption"),
    ("Reuters contributed to this report.", "credits"),
    ("The Associated Press contributed reporting to this article.", "credits"),
    ("Reporting by Jane Doe; Editing by John Smith", "credits"),
    ("Click the alert icon to follow topics:", "interface"),
    ("Exit mobile version", "interface"),
    ("Skip to main content", "interface"),
    ("Sign up for our daily newsletter", "interface"),
    ("Your email address will not be published. Required fields are marked *", "comment-form"),
    ("Leave a Reply", "comment-form"),
    ("Réagissez à cet article", "comment-form"),
    ("Vos commentaires", "comment-form"),
    ("Rejoignez la discussion", "comment-form"),
    ("Votre adresse e-mail ne sera pas publiée.", "comment-form"),
    ("* * *", "markup"),
]

KEPT = [
    "Israel signed a defence pact with Morocco on Wednesday.",
    "Home Secretary Priti Patel visited Calais on Monday.",
    "The agreement, Gantz said, \"is a very significant thing.\"",
    "Share prices fell sharply after the announcement.",
    "Reuters reported that the deal was signed in Rabat.",
    "Click here to read the full statement, the ministry told reporters after the meeting, adding it was final.",
    "A photo of the ceremony was published by the ministry on Wednesday.",
]


@pytest.mark.parametrize(("line", "reason"), DROPPED)
def test_dropped_lines(line: str, reason: str) -> None:
    assert drop_reason(line) == reason


@pytest.mark.parametrize("line", KEPT)
def test_article_lines_are_kept(line: str) -> None:
    assert drop_reason(line) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("date 2021-11-24", "2021-11-24"),
        ("Monday 29 November 2021 Last update on Monday, November 29, 2021 At 11:52 AM", "2021-11-29"),
        ("Published: March 3, 2023", "2023-03-03"),
        ("le 5 janvier 2022", "2022-01-05"),
        ("27 de enero del 2006", "2006-01-27"),
        ("Publicado el 5 de marzo de 2026", "2026-03-05"),
        ("Dienstag, 3. März 2026", "2026-03-03"),
        ("14 maggio 2026", "2026-05-14"),
        ("5 maart 2026", "2026-03-05"),
        ("الخميس 5 مارس 2026", "2026-03-05"),
        ("no date here", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_header_fields_and_nothing_lost() -> None:
    text = (
        "Council approves budget after long night\n"
        "#Politics #Budget\n"
        "By Jane Doe\n"
        "Published: March 3, 2023\n\n"
        "The council voted on Tuesday to approve the budget. It passed nine to four.\n\n"
        "Share on Facebook Share on Twitter\n\n"
        "The mayor called the vote historic.\n\n"
        "The mayor called the vote historic.\n"
    )
    cleaned = clean(text)
    assert cleaned.headline is not None and cleaned.headline.text == "Council approves budget after long night"
    assert cleaned.tags == ["Politics", "Budget"]
    assert cleaned.author == "Jane Doe"
    assert cleaned.date == "2023-03-03"
    assert [d.reason for d in cleaned.dropped] == ["share-buttons", "duplicate"]
    for span in [*cleaned.metadata, *cleaned.dropped]:
        assert text[span.start : span.end] == span.text
    assert len(cleaned.paragraphs) == 2


@pytest.mark.parametrize(("byline", "author"), [("di Marco Bellini", "Marco Bellini"), ("door Jan de Vries", "Jan de Vries"),
                                                ("di sicuro non finisce qui", None), ("door Jan de Vries, Amsterdam", "Jan de Vries"),
                                                ("di Roma Capitale", None), ("door Koning Willem-Alexander", None)])
def test_bylines_in_italian_and_dutch_are_metadata(byline: str, author: str | None) -> None:
    """A thirty-third trial's Italian outlet: "di Marco Bellini" and the date line after it were read as the article's
    first two sentences, each an "only here" claim, and the article had no date. Only a name may follow the common word,
    and a place after it is not the author's (a second reader's)."""
    cleaned = clean(f"Austria, vince l'ultradestra: la Fpö al 28,4 per cento\n\n{byline}\n\n1 ottobre 2029\n\n"
                    "VIENNA – L'ultradestra vince le elezioni politiche in Austria di domenica 30 settembre.\n")
    assert cleaned.author == author
    assert (cleaned.date == "2029-10-01") is (author is not None)
@pytest.mark.parametrize(("line", "date"), [
    ("Lisboa, domingo 3 de agosto de 2025", "2025-08-03"),  # a thirty-fifth trial's Spanish outlet
    ("domingo, 3 de agosto de 2025", "2025-08-03"),  # its Portuguese one
    ("Roma, giovedì 28 marzo 2024", "2024-03-28"),
    ("Frankfurt, Donnerstag, 28. März 2024", "2024-03-28"),
    ("Sunday marches drew 3,000 people on 3 August 2025", None),  # a sentence that gives a date is no date line
    # a second reader's: a headline with a weekday and a date, and a surname that is a weekday, are no date lines
    ("Stromausfall am Freitag, 1. August 2025", None),
    ("Plácido Domingo, 3 de agosto de 2025", None),
])
def test_a_date_line_with_a_place_and_a_weekday_in_another_language_is_metadata(line: str, date: str | None) -> None:
    """"Lisboa, domingo 3 de agosto de 2025" was read as the Spanish outlet's first claim, "only here", and its article had
    no date: the weekday was a word no date line holds."""
    cleaned = clean(f"Un incendio forestal arrasa 4.200 hectáreas\n\n{line}\n\nUn incendio forestal ha calcinado ya unas 4.200 hectáreas.\n")
    assert cleaned.date == date
    assert len(cleaned.paragraphs) == (1 if date else 2)


def test_keep_boilerplate_keeps_lines_as_text() -> None:
    text = "A long first sentence of the story goes here.\nShare on Facebook\n"
    assert clean(text, keep_boilerplate=True).dropped == []
    assert len(clean(text, keep_boilerplate=True).paragraphs) == 2


def test_hard_wrapped_paragraphs_are_joined() -> None:
    para = (
        "The council voted on Tuesday to approve the new budget for the coming\n"
        "year, after a debate that ran long into the night and saw several\n"
        "amendments rejected by a narrow margin of councillors present at the\n"
        "meeting in the town hall on the main square of the old city centre.\n"
    )
    second = para.replace("council", "board").replace("town hall", "library").replace("several", "many")
    cleaned = clean(para + "\n" + second)
    assert len(cleaned.paragraphs) == 2
    assert cleaned.dropped == [] and cleaned.headline is None

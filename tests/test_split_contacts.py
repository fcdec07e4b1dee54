"""A press contact ending a statement is kept, as its own section, and titles nothing else."""

from __future__ import annotations

import pytest

from pipeline.models import SectionKind, Statement
from pipeline.stages.load import SourceText
from pipeline.stages.split import split_statement

BODY = (
    "The council today opened the new flood barrier on the River Wend, which protects 1,200 "
    "homes in the lower town. The barrier cost £14 million and took two years to build.\n\n"
    "Councillor Maya Shah said the barrier would give families peace of mind through the "
    "winter. The council will test the barrier every month and publish the results on its "
    "website.\n\n"
)
CORPS = (
    "La ville a ouvert aujourd'hui un nouveau centre de santé dans le quartier nord. Le "
    "centre accueillera chaque année plus de 20 000 patients et emploiera 45 personnes.\n\n"
    "Le maire a déclaré que ce centre répondait à une attente forte des habitants. Les "
    "travaux ont coûté 8 millions d'euros, financés par la ville et par la région.\n\n"
)


def _split(text: str, lang: str = "en") -> Statement:
    return split_statement(SourceText(text, "release.txt"), lang)


def _last(statement: Statement) -> tuple[SectionKind, str, list[str]]:
    last = statement.sections[-1]
    return last.kind, last.title, [p.text for p in last.paragraphs]


def _body_texts(statement: Statement) -> str:
    return " ".join(
        p.text for s in statement.sections if s.kind is SectionKind.BODY for p in s.paragraphs
    )


@pytest.mark.parametrize(
    ("text", "lang", "title", "lines"),
    [
        (
            BODY + "Media contact: Tom Reid, communications officer\n"
            "Email: tom.reid@wend.example.gov.uk\nPhone: 01632 960 123\n",
            "en",
            "Media contact",
            [
                "Media contact: Tom Reid, communications officer",
                "Email: tom.reid@wend.example.gov.uk",
                "Phone: 01632 960 123",
            ],
        ),
        (
            CORPS + "Contact presse : Claire Martin, chargée de communication, "
            "claire.martin@ville.example.fr, 01 23 45 67 89\n",
            "fr",
            "Contact presse",
            [
                "Contact presse : Claire Martin, chargée de communication, "
                "claire.martin@ville.example.fr, 01 23 45 67 89"
            ],
        ),
        (
            BODY + "Press enquiries:\nTom Reid\nCommunications Officer\n01632 960 123\n",
            "en",
            "Press enquiries",
            ["Press enquiries:", "Tom Reid", "Communications Officer", "01632 960 123"],
        ),
        (
            BODY + "Media contact: Tom Reid, Head of Communications at Wend Borough Council\n",
            "en",
            "Media contact",
            ["Media contact: Tom Reid, Head of Communications at Wend Borough Council"],
        ),
        (
            BODY + "For media enquiries, please contact the press office on 01632 960 123.\n",
            "en",
            "Media enquiries",
            ["For media enquiries, please contact the press office on 01632 960 123."],
        ),
        (
            CORPS + "Contacto de prensa: Ana López, ana.lopez@example.es, +34 91 555 12 34\n",
            "es",
            "Contacto de prensa",
            ["Contacto de prensa: Ana López, ana.lopez@example.es, +34 91 555 12 34"],
        ),
        (
            CORPS + "Pressekontakt:\nJonas Weber\nTelefon: +49 30 1234 5678\n",
            "de",
            "Pressekontakt",
            ["Pressekontakt:", "Jonas Weber", "Telefon: +49 30 1234 5678"],
        ),
    ],
)
def test_a_press_contact_at_the_end_is_its_own_section(
    text: str, lang: str, title: str, lines: list[str]
) -> None:
    """It had gone as a web page's footer (or run into the last body section)."""
    statement = _split(text, lang)
    assert _last(statement) == (SectionKind.CLOSING, title, lines)
    body = [s for s in statement.sections if s.kind is SectionKind.BODY]
    assert body and not any(line in _body_texts(statement) for line in lines)
    assert not any(
        word in s.title.lower() for s in body for word in ("contact", "enquiries", "presse")
    )


def test_the_contact_comes_after_the_closing_words() -> None:
    """ "Thank you." above it is still the closing, which the contact had hidden."""
    text = BODY + "Thank you.\n\nMedia contact: Tom Reid, tom.reid@wend.example.gov.uk\n"
    sections = _split(text).sections
    assert [(s.kind, s.title) for s in sections[-2:]] == [
        (SectionKind.CLOSING, "Closing words"),
        (SectionKind.CLOSING, "Media contact"),
    ]


def test_a_contacts_heading_heads_the_contact() -> None:
    text = (
        "# Flood barrier opens\n\n"
        + BODY
        + "## Contacts\n\nMedia enquiries:\nTom Reid\n01632 960 123\n"
    )
    assert _last(_split(text)) == (
        SectionKind.CLOSING,
        "Contacts",
        ["Media enquiries:", "Tom Reid", "01632 960 123"],
    )


@pytest.mark.parametrize(
    ("ending", "title", "lines"),
    [
        (
            "## Press contact\n\nTom Reid, 01632 960 123\n",
            "Press contact",
            ["Tom Reid, 01632 960 123"],
        ),
        (
            "MEDIA CONTACT:\nTom Reid\n01632 960 123\n",
            "Media contact",
            ["MEDIA CONTACT:", "Tom Reid", "01632 960 123"],
        ),
    ],
)
def test_a_contact_label_as_a_heading_or_in_capitals_titles_it_once(
    ending: str, title: str, lines: list[str]
) -> None:
    assert _last(_split("# Flood barrier opens\n\n" + BODY + ending)) == (
        SectionKind.CLOSING,
        title,
        lines,
    )


def test_a_contact_heading_over_nothing_stays_with_the_body() -> None:
    statement = _split("# Flood barrier opens\n\n" + BODY + "## Press contact\n")
    assert statement.sections[-1].kind is SectionKind.BODY
    assert statement.sections[-1].paragraphs[-1].text == "Press contact"


def test_a_site_footer_after_the_contact_still_goes() -> None:
    text = (
        BODY + "Press office: press@wend.example.gov.uk\n\n"
        "© 2026 Wend Borough Council. All rights reserved.\n\nPrivacy\n"
    )
    statement = _split(text)
    assert _last(statement) == (
        SectionKind.CLOSING,
        "Press office",
        ["Press office: press@wend.example.gov.uk"],
    )
    assert "©" not in " ".join(p.text for s in statement.sections for p in s.paragraphs)


def test_a_contact_after_the_end_mark_is_still_for_editors() -> None:
    """After "ENDS" the notes to editors, contacts among them, are not the statement's."""
    text = BODY + "ENDS\n\nNotes to editors\n\nMedia contact: Tom Reid, 01632 960 123\n"
    statement = _split(text)
    assert statement.sections[-1].kind is SectionKind.BODY
    assert "Tom Reid" not in " ".join(p.text for s in statement.sections for p in s.paragraphs)


@pytest.mark.parametrize(
    "ending",
    [
        "Press office staff worked through the night, and the council thanks them for it.",
        "Press office, which opened in 2020, answered 400 calls this year.",
    ],
)
def test_prose_about_a_press_office_is_no_contact(ending: str) -> None:
    statement = _split(BODY + ending + "\n")
    assert all(s.kind is SectionKind.BODY for s in statement.sections)
    assert ending in _body_texts(statement)


@pytest.mark.parametrize(
    ("contact", "title"),
    [
        (
            "Media contact\nJane Doe, Press Officer\nTel: 01632 960 555\n"
            "jane.doe@wend.example.gov.uk\n",
            "Media contact",
        ),
        (
            "For more information contact:\nJane Doe\nPress Officer, Wend Council\n01632 960 555\n",
            "For more information contact",
        ),
    ],
)
def test_a_press_contact_before_the_notes_to_editors_is_its_own_section(
    contact: str, title: str
) -> None:
    statement = _split(
        f"{BODY}{contact}\nNotes to editors\n\nThe barrier was paid for by the Flood Defence "
        "Fund.\n"
    )
    # It had run into the last body section, whose title it gave ("Jane Doe"), and the
    # notes had run on under that title too.
    assert "Jane Doe" not in _body_texts(statement)
    assert all("Jane" not in s.title for s in statement.sections)
    kind, last_title, lines = _last(statement)
    assert (kind, last_title) == (SectionKind.CLOSING, title)
    assert any("Jane Doe" in line for line in lines)
    notes = [s for s in statement.sections if s.title == "Notes to editors"]
    assert len(notes) == 1 and notes[0].kind is SectionKind.BODY
    assert "Flood Defence Fund" in notes[0].paragraphs[0].text
    news = [s for s in statement.sections if s.kind is SectionKind.BODY and s not in notes]
    assert all("Flood Defence Fund" not in p.text for s in news for p in s.paragraphs)


def test_a_sentence_before_the_notes_to_editors_is_no_press_contact() -> None:
    statement = _split(f"{BODY}Notes to editors\n\nThe barrier was paid for by the Fund.\n")
    assert all(s.kind is not SectionKind.CLOSING for s in statement.sections)
    assert "Councillor Maya Shah said" in _body_texts(statement)

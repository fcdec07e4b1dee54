"""Title blocks in every language (review 40): the untitled statement's word, a German
speaker named in the genitive, surnames with particles, and a front matter's date in words.
"""

from __future__ import annotations

import pytest

from pipeline.metadata import is_title_from_file_name
from pipeline.stages.load import SourceText
from pipeline.stages.split import parse_title_block, split_statement

GERMAN_BODY = (
    "Wir bauen in diesem Jahr dreihundert neue Wohnungen in der Stadt. Die Arbeiten beginnen im "
    "März und dauern acht Monate.\n"
)


# 1. A title made from a file name with no word is the statement's own word for one.


@pytest.mark.parametrize(
    ("lang", "untitled"),
    [("de", "Erklärung"), ("fr", "Déclaration"), ("es", "Declaración"), ("en", "Statement")],
)
def test_a_file_name_with_no_word_titles_it_in_its_language(lang: str, untitled: str) -> None:
    assert parse_title_block([], "01.txt", lang=lang).title == untitled


def test_the_untitled_word_is_known_as_the_file_names_title() -> None:
    assert is_title_from_file_name("Erklärung", "01.txt")
    assert not is_title_from_file_name("Erklärung", "rede-merkel.txt")


def test_a_german_statement_with_no_title_is_titled_in_german() -> None:
    statement = split_statement(SourceText(GERMAN_BODY, "01.txt"), lang="de")
    assert statement.meta.title == "Erklärung"


# 2. A German title names its speaker with a genitive.


@pytest.mark.parametrize(
    ("title", "speaker", "role"),
    [
        ("Rede des Ministers Hans Müller", "Hans Müller", "Minister"),
        ("Rede der Bundeskanzlerin Angela Merkel", "Angela Merkel", "Bundeskanzlerin"),
        ("Rede der Präsidentin Ursula von der Leyen", "Ursula von der Leyen", "Präsidentin"),
        ("REDE DES MINISTERS HANS MÜLLER", "Hans Müller", "Minister"),
    ],
)
def test_a_genitive_office_and_its_holder_are_the_speaker(
    title: str, speaker: str, role: str
) -> None:
    meta = parse_title_block([title], "rede.txt", lang="de")
    assert (meta.speaker, meta.speaker_role) == (speaker, role)


@pytest.mark.parametrize(
    ("title", "speaker", "role"),
    [
        (
            "Rede des Bundesministers der Finanzen Christian Lindner",
            "Christian Lindner",
            "Bundesminister der Finanzen",
        ),
        (
            "Rede der Bundesministerin für Bildung Anna Berg",
            "Anna Berg",
            "Bundesministerin für Bildung",
        ),
        ("Rede des Bundesministers der Finanzen", None, "Bundesminister der Finanzen"),
    ],
)
def test_a_genitive_office_goes_on_with_what_it_is_of(
    title: str, speaker: str | None, role: str
) -> None:
    meta = parse_title_block([title], "rede.txt", lang="de")
    assert (meta.speaker, meta.speaker_role) == (speaker, role)


def test_a_german_compound_office_before_a_name_is_no_part_of_it() -> None:
    meta = parse_title_block(
        ["Rede von Bundespräsident Frank-Walter Steinmeier"], "rede.txt", lang="de"
    )
    assert (meta.speaker, meta.speaker_role) == ("Frank-Walter Steinmeier", "Bundespräsident")


def test_a_genitive_title_keeps_its_occasion() -> None:
    meta = parse_title_block(
        ["Rede des Bundespräsidenten Frank-Walter Steinmeier beim Festakt zur Einheit"],
        "rede.txt",
        lang="de",
    )
    assert (meta.speaker, meta.speaker_role) == ("Frank-Walter Steinmeier", "Bundespräsident")
    assert meta.event == "dem Festakt zur Einheit"


def test_a_genitive_office_with_no_name_names_the_office_alone() -> None:
    meta = parse_title_block(["Rede des Bundespräsidenten beim Festakt"], "rede.txt", lang="de")
    assert (meta.speaker, meta.speaker_role) == (None, "Bundespräsident")


def test_a_bodys_genitive_names_no_speaker() -> None:
    meta = parse_title_block(
        ["Erklärung der Delegation der Bundesrepublik Deutschland"], "rede.txt", lang="de"
    )
    assert (meta.speaker, meta.speaker_role) == (None, None)


@pytest.mark.parametrize(
    ("lang", "title", "speaker", "role"),
    [
        ("fr", "Allocution de la ministre Catherine Colonna", "Catherine Colonna", "ministre"),
        ("es", "Intervención de la ministra Ana Pérez", "Ana Pérez", "ministra"),
        (
            "nl",
            "Toespraak van de minister-president Mark Rutte",
            "Mark Rutte",
            "minister-president",
        ),
        (
            "es",
            "Intervención de la presidenta Ursula von der Leyen",
            "Ursula von der Leyen",
            "presidenta",
        ),
    ],
)
def test_an_office_after_an_article_names_its_holder_in_other_languages(
    lang: str, title: str, speaker: str, role: str
) -> None:
    meta = parse_title_block([title], "rede.txt", lang=lang)
    assert (meta.speaker, meta.speaker_role) == (speaker, role)


# 3. A surname's particles are part of the name, never an office's "of".


@pytest.mark.parametrize(
    ("lang", "title", "speaker"),
    [
        ("en", "Speech by Ursula von der Leyen", "Ursula von der Leyen"),
        ("de", "Rede von Ursula von der Leyen", "Ursula von der Leyen"),
        ("fr", "Allocution de Charles de Gaulle", "Charles de Gaulle"),
        ("es", "Discurso de Luis de Guindos", "Luis de Guindos"),
        ("nl", "Toespraak van Herman Van Rompuy", "Herman Van Rompuy"),
        ("fr", "Discours de Marine Le Pen", "Marine Le Pen"),
    ],
)
def test_a_name_with_particles_is_the_speaker(lang: str, title: str, speaker: str) -> None:
    meta = parse_title_block([title], "speech.txt", lang=lang)
    assert (meta.speaker, meta.speaker_role) == (speaker, None)


def test_a_surname_alone_on_its_particle_is_no_office() -> None:
    meta = parse_title_block(["Discours de Le Pen"], "discours.txt", lang="fr")
    assert (meta.speaker, meta.speaker_role) == ("Le Pen", None)


def test_a_capitalised_particle_after_an_office_opens_the_surname() -> None:
    meta = parse_title_block(["Discours du général De Gaulle"], "discours.txt", lang="fr")
    assert (meta.speaker, meta.speaker_role) == ("De Gaulle", "général")


@pytest.mark.parametrize(
    ("lang", "title"),
    [("es", "Discurso del Banco de España"), ("fr", "Déclaration du Ministère de la Santé")],
)
def test_a_bodys_name_with_de_is_no_persons(lang: str, title: str) -> None:
    assert parse_title_block([title], "x.txt", lang=lang).speaker is None


# 4. A front matter's ISO date is written as the statement's language writes a day.


@pytest.mark.parametrize(
    ("lang", "told"),
    [("en", "1 May 2024"), ("de", "1. Mai 2024"), ("fr", "1er mai 2024")],
)
def test_a_front_matter_date_is_told_in_words(lang: str, told: str) -> None:
    meta = parse_title_block(
        [], "x.md", front_matter={"title": "Titel", "date": "2024-05-01"}, lang=lang
    )
    assert (meta.date_text, meta.date_start) == (told, "2024-05-01")


def test_a_front_matter_date_in_words_stays_as_written() -> None:
    meta = parse_title_block(
        [], "x.md", front_matter={"title": "Title", "date": "1 May 2024"}, lang="en"
    )
    assert (meta.date_text, meta.date_start) == ("1 May 2024", "2024-05-01")


def test_a_line_alone_with_de_in_it_is_no_speaker() -> None:
    meta = parse_title_block(
        ["Discurso", "Palacio de la Moncloa, Madrid", "25 de septiembre de 2024"],
        "discurso.txt",
        lang="es",
    )
    assert (meta.speaker, meta.speaker_role) == (None, None)

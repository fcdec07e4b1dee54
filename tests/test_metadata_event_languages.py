"""The occasion a title block names in its own language, and the summary line that tells it."""

from __future__ import annotations

from pipeline.metadata import (
    event_from_opening,
    office_in_title,
    parse_title_block,
    tells_its_occasion,
)
from pipeline.models import StatementMeta
from pipeline.stages.summary import lead_in_its_language
from tests.summaries import summary_of

SPANISH_BLOCK = [
    "INTERVENCIÓN DEL MINISTRO DE ASUNTOS EXTERIORES DE ARANVALE",
    "EXCMO. SR. D. TOMÁS RIVERA ORTEGA",
    "EN EL DEBATE GENERAL",
    "DEL OCTOGÉSIMO PERÍODO DE SESIONES DE LA ASAMBLEA GENERAL",
    "Nueva York, 23 de septiembre de 2025",
]
SPANISH_GROUPS = [0, 0, 1, 1, 2]


def test_a_spanish_event_over_two_lines_is_one_phrase_and_no_message_in_brief() -> None:
    meta = parse_title_block(SPANISH_BLOCK, "x.txt", groups=SPANISH_GROUPS, lang="es")
    assert meta.event == (
        "el Debate General del Octogésimo Período de Sesiones de la Asamblea General"
    )
    assert meta.speaker == "Tomás Rivera Ortega"
    assert meta.place == "Nueva York"
    assert not any(note.startswith("In brief") for note in meta.notes)


def test_an_english_event_over_two_lines_is_one_phrase() -> None:
    meta = parse_title_block(
        [
            "STATEMENT BY THE FOREIGN MINISTER OF ARANVALE",
            "H.E. MR. TOMÁS RIVERA ORTEGA",
            "AT THE GENERAL DEBATE",
            "OF THE EIGHTIETH SESSION OF THE GENERAL ASSEMBLY",
            "New York, 23 September 2025",
        ],
        "x.txt",
        groups=[0, 0, 1, 1, 2],
    )
    assert meta.event == "General Debate of the Eightieth Session of the General Assembly"
    assert "In brief: At the General Debate" not in meta.notes


def test_the_block_again_in_english_and_the_mission_are_no_message_in_brief() -> None:
    lines = [
        *SPANISH_BLOCK,
        "STATEMENT BY THE MINISTER FOR FOREIGN AFFAIRS OF ARANVALE",
        "H.E. MR. TOMÁS RIVERA ORTEGA",
        "AT THE GENERAL DEBATE",
        "MISIÓN PERMANENTE DE ARANVALE EN LAS NACIONES UNIDAS",
        "100 EAST 40TH STREET, NEW YORK, N.Y. 10016 TEL. (212) 555-0100",
    ]
    meta = parse_title_block(lines, "x.txt", groups=[*SPANISH_GROUPS, 3, 3, 3, 4, 4], lang="es")
    assert meta.event is not None and meta.event.startswith("el Debate General")
    assert not any(note.startswith("In brief") for note in meta.notes)
    assert "Issued by the Misión Permanente de Aranvale en las Naciones Unidas" in meta.notes
    assert "Street" not in meta.event


def test_on_behalf_of_is_no_occasion() -> None:
    assert event_from_opening("Au nom de Son Excellence le Président", "fr") is None
    assert event_from_opening("AU DÉBAT GÉNÉRAL DE LA 80E SESSION", "fr") == (
        "le Débat Général de la 80e Session"
    )


def test_the_statements_language_decides_a_shared_opening() -> None:
    assert event_from_opening("al dibattito generale", "it") == "il dibattito generale"
    assert event_from_opening("al debate general", "es") == "el debate general"


def test_the_spanish_summary_line_tells_the_event() -> None:
    meta = parse_title_block(SPANISH_BLOCK, "x.txt", groups=SPANISH_GROUPS, lang="es")
    assert lead_in_its_language(meta, "es") == (
        "Tomás Rivera Ortega, Ministro de Asuntos Exteriores de Aranvale, habló en el Debate "
        "General del Octogésimo Período de Sesiones de la Asamblea General en Nueva York el 23 "
        "de septiembre de 2025."
    )


def test_a_french_event_is_said_with_its_contracted_article() -> None:
    meta = StatementMeta(
        title="Discours",
        speaker="Claire Martin",
        event="le Débat général de la 80e session",
        place="New York",
    )
    assert lead_in_its_language(meta, "fr") == (
        "Claire Martin a pris la parole au Débat général de la 80e session à New York."
    )


def test_an_event_cut_from_its_noun_is_left_out_of_the_line() -> None:
    cut = "Del Septuagésimo Noveno Período de Sesiones"
    assert not tells_its_occasion(cut, "es")
    meta = StatementMeta(title="Intervención", speaker="Ana Ruiz", event=cut, place="Madrid")
    assert lead_in_its_language(meta, "es") == "Ana Ruiz habló en Madrid."


SPEECH = (
    "Señor presidente,\n\n"
    "Aranvale ha firmado 12 tratados desde 2015 y seguirá trabajando con todos los Estados "
    "miembros para cumplirlos. La paz exige instituciones fuertes y justas.\n\n"
    "Muchas gracias.\n"
)


def test_a_spanish_speech_opens_its_summary_on_who_spoke_at_what() -> None:
    made = summary_of(
        "\n".join(SPANISH_BLOCK[:2])
        + "\n\n"
        + "\n".join(SPANISH_BLOCK[2:4])
        + "\n\n"
        + SPANISH_BLOCK[4]
        + "\n\n"
        + SPEECH,
        lang="es",
    )
    assert made.lead.startswith(
        "Tomás Rivera Ortega, Ministro de Asuntos Exteriores de Aranvale, habló en el Debate "
        "General del Octogésimo Período de Sesiones de la Asamblea General en Nueva York"
    )


def test_an_english_speech_at_a_general_debate_says_spoke_at_the_debate() -> None:
    block = (
        "STATEMENT BY THE FOREIGN MINISTER OF ARANVALE\nH.E. MR. TOMÁS RIVERA ORTEGA\n\n"
        "AT THE GENERAL DEBATE\nOF THE EIGHTIETH SESSION OF THE GENERAL ASSEMBLY\n\n"
        "New York, 23 September 2025\n\n"
    )
    text = (
        "Mr President,\n\nAranvale has signed 12 treaties since 2015 and will keep working with "
        "all Member States to honour them. Peace needs strong and fair institutions.\n\n"
        "Thank you.\n"
    )
    made = summary_of(block + text)
    assert "spoke at the General Debate of the Eightieth Session of the General Assembly" in (
        made.lead
    )
    assert "At the General Debate" not in made.lead


def test_a_speech_titled_as_given_in_an_office_names_the_office_and_no_one() -> None:
    meta = parse_title_block(["Antrittsrede als Oberbürgermeisterin"], "x.txt", lang="de")
    assert meta.speaker is None
    assert meta.speaker_role == "Oberbürgermeisterin"
    assert office_in_title("Discours en tant que Président de la République", "fr") == (
        "Président de la République"
    )


def test_as_prepared_or_as_a_model_is_no_office() -> None:
    assert office_in_title("Statement as prepared for delivery", "en") is None
    assert office_in_title("Rede als Vorbild für Europa", "de") is None

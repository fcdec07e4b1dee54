"""Issuer lines in French, German, Spanish, Italian and Dutch, and a block of issuer and date.

"Publié par le Ministère de la Santé" had been the statement's title, and its summary's first
line said only the day; "Issued by X" in English names the issuer and is never the title.
"""

from __future__ import annotations

import pytest

from pipeline.metadata import is_issuer_line, issued_by_in_its_language, parse_title_block
from tests.summaries import summary_of

BODIES = {
    "en": (
        "The Ministry of Health has confirmed 14 new cases of measles since 1 March.\n\n"
        "Parents are asked to check that their children have had both doses of the vaccine.\n\n"
        "Walk-in clinics will open at Riverside Health Centre every day until 31 March.\n"
    ),
    "fr": (
        "Le Ministère de la Santé confirme 14 nouveaux cas de rougeole depuis le 1er mars.\n\n"
        "Les parents sont invités à vérifier que leurs enfants ont reçu les deux doses.\n\n"
        "Des centres de vaccination ouvriront tous les jours jusqu'au 31 mars.\n"
    ),
    "de": (
        "Das Bundesministerium für Gesundheit bestätigt seit dem 1. März 14 neue Masernfälle.\n\n"
        "Eltern werden gebeten zu prüfen, ob ihre Kinder beide Impfdosen erhalten haben.\n\n"
        "Impfstellen ohne Termin öffnen bis zum 31. März täglich von 9 bis 17 Uhr.\n"
    ),
    "es": (
        "El Ministerio de Sanidad confirma 14 nuevos casos de sarampión desde el 1 de marzo.\n\n"
        "Se pide a los padres que comprueben que sus hijos han recibido las dos dosis.\n\n"
        "Los centros de vacunación sin cita abrirán todos los días hasta el 31 de marzo.\n"
    ),
    "it": (
        "Il Ministero della Salute conferma 14 nuovi casi di morbillo dal 1º marzo.\n\n"
        "Si chiede ai genitori di verificare che i figli abbiano ricevuto le due dosi.\n\n"
        "I centri vaccinali senza prenotazione apriranno ogni giorno fino al 31 marzo.\n"
    ),
    "nl": (
        "Het Ministerie van Volksgezondheid bevestigt sinds 1 maart 14 nieuwe gevallen.\n\n"
        "Ouders wordt gevraagd na te gaan of hun kinderen beide doses hebben gekregen.\n\n"
        "Inloopprikpunten openen tot 31 maart elke dag van 9 tot 17 uur.\n"
    ),
}

ISSUERS = [
    # language, issuer's line, dateline, the note, the summary's first line
    ("fr", "Publié par le Ministère de la Santé", "12 mars 2024",
     "Issued by the Ministère de la Santé",
     "Cette déclaration a été publiée par le Ministère de la Santé le 12 mars 2024."),
    ("fr", "Communiqué du Ministère de la Santé", "Paris, le 12 mars 2024",
     "Issued by the Ministère de la Santé",
     "Cette déclaration a été publiée par le Ministère de la Santé à Paris le 12 mars 2024."),
    ("de", "Herausgegeben vom Bundesministerium für Gesundheit", "12. März 2024",
     "Issued by the Bundesministerium für Gesundheit",
     "Diese Erklärung wurde am 12. März 2024 vom Bundesministerium für Gesundheit "
     "herausgegeben."),
    ("es", "Publicado por el Ministerio de Sanidad", "Madrid, 12 de marzo de 2024",
     "Issued by the Ministerio de Sanidad",
     "Esta declaración fue publicada por el Ministerio de Sanidad en Madrid el 12 de marzo "
     "de 2024."),
    ("it", "Pubblicato dal Ministero della Salute", "Roma, 12 marzo 2024",
     "Issued by the Ministero della Salute",
     "Questa dichiarazione è stata pubblicata dal Ministero della Salute a Roma il 12 marzo "
     "2024."),
    ("nl", "Uitgegeven door het Ministerie van Volksgezondheid", "Den Haag, 12 maart 2024",
     "Issued by the Ministerie van Volksgezondheid",
     "Deze verklaring werd op 12 maart 2024 door het Ministerie van Volksgezondheid in Den "
     "Haag uitgegeven."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line", "dateline", "note", "lead"), ISSUERS)
def test_an_issuers_line_in_its_language_names_the_issuer_and_is_never_the_title(
    lang: str, line: str, dateline: str, note: str, lead: str
) -> None:
    assert is_issuer_line(line)
    meta = parse_title_block([line, dateline], "rougeole.txt", groups=[0, 0], lang=lang)
    assert meta.notes == (note,)
    assert meta.title == "Rougeole"  # the file's name, not the issuer's line
    assert (meta.speaker, meta.speaker_role) == (None, None)
    made = summary_of(f"{line}\n{dateline}\n\n{BODIES[lang]}", "rougeole.txt", lang=lang)
    assert made.lead == lead  # the line's own article and case: "vom", "dal", "par le"
    assert made.facts.invented == ()


@pytest.mark.parametrize(("lang", "line", "dateline", "note", "lead"), ISSUERS)
def test_an_issuers_line_under_a_headline_leaves_the_headline_the_title(
    lang: str, line: str, dateline: str, note: str, lead: str
) -> None:
    headline = "Campagne de vaccination contre la rougeole"
    meta = parse_title_block([headline, line, dateline], "x.txt", groups=[0, 1, 2], lang=lang)
    assert meta.title == headline
    assert meta.notes == (note,)


@pytest.mark.parametrize(
    ("line", "lang", "said"),
    [
        ("Publiée par la Ville de Lyon", "fr", "par la Ville de Lyon"),
        ("Communiqué de l'Élysée", "fr", "par l'Élysée"),
        ("Comunicato della Regione Lazio", "it", "dalla Regione Lazio"),
        ("Pubblicato dall'Istituto Superiore di Sanità", "it", "dall'Istituto Superiore di Sanità"),
        ("Herausgegeben von der Stadt Köln", "de", "von der Stadt Köln"),
        ("Comunicado del Ministerio del Interior", "es", "por el Ministerio del Interior"),
        ("PUBLIÉ PAR LE MINISTÈRE DE LA SANTÉ", "fr", "par le Ministère de la Santé"),
        ("Publié par le Ministère de la Santé", "de", None),  # another language's line
    ],
)
def test_the_issuer_is_said_with_the_words_its_line_gives_it(
    line: str, lang: str, said: str | None
) -> None:
    assert issued_by_in_its_language(line, lang) == said


@pytest.mark.parametrize(
    "line",
    [
        "Communiqué de presse",  # the document's kind
        "COMUNICADO DE PRENSA",
        "Communiqué du 3 mars 2024",  # a date, not a body
        "Publié le 3 mars 2024",
        "Pubblicato da poco",  # lower case: no body's name
        # An EU communication's title names whom it is to ("… aan het Europees Parlement").
        "Mededeling van de Commissie aan het Europees Parlement en de Raad",
    ],
)
def test_a_kind_or_a_date_is_no_issuer(line: str) -> None:
    assert not is_issuer_line(line)


def test_a_lone_issuer_and_date_block_is_not_told_by_its_file_names_title() -> None:
    # The page takes its title from the file ("Measles Riverside"), words the text never says:
    # the summary had quoted them ('This statement, titled "Measles Riverside", was issued …').
    text = f"Issued by the Ministry of Health\n12 March 2024\n\n{BODIES['en']}"
    made = summary_of(text, "measles-riverside.txt")
    assert "titled" not in made.lead
    assert made.lead.endswith(
        "This statement was issued by the Ministry of Health on 12 March 2024."
    )


def test_a_lone_issuer_and_date_block_over_a_heading_takes_the_heading_as_title() -> None:
    text = (
        "Publié par le Ministère de la Santé\n12 mars 2024\n\n"
        f"Campagne de vaccination contre la rougeole\n\n{BODIES['fr']}"
    )
    made = summary_of(text, "x.txt", lang="fr")
    assert made.lead == (
        "La déclaration s'intitule « Campagne de vaccination contre la rougeole ». "
        "Elle a été publiée par le Ministère de la Santé le 12 mars 2024."
    )


def test_the_word_leading_into_the_date_is_no_part_of_the_issuers_name() -> None:
    meta = parse_title_block(
        ["Communiqué du Conseil des ministres du 12 mars 2024"], "x.txt", groups=[0], lang="fr"
    )
    assert meta.notes == ("Issued by the Conseil des ministres",)
    assert meta.date_start == "2024-03-12"

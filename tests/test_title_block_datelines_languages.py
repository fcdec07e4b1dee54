"""Datelines and places in French, German, Spanish, Italian and Dutch title blocks.

"Communiqué du 3 mars 2024" had read its place as "Communiqué du"; a country took a city's
preposition ("à France", "a Stati Uniti"); German "anlässlich der Gedenkfeiern" (genitive
plural) was told "bei der Gedenkfeiern"; a dateline's closing dash stayed in the About section
("PARIS, 3 mars 2024 –."). Each statement is a hand-made title block and three paragraphs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.metadata import parse_title_block
from pipeline.models import Statement
from pipeline.stages import summary
from pipeline.stages.load import SourceText, load_source
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement
from tests.summaries import summary_of

BODY = {
    "fr": (
        "La République soutient les objectifs de cette conférence depuis dix ans.\n\n"
        "Notre gouvernement a créé trois aires marines protégées en 2021.\n\n"
        "Nous appelons tous les États à ratifier l'accord sur la haute mer.\n"
    ),
    "de": (
        "Deutschland unterstützt die Ziele dieser Konferenz seit zehn Jahren.\n\n"
        "Unsere Regierung hat im Jahr 2021 drei neue Meeresschutzgebiete eingerichtet.\n\n"
        "Wir rufen alle Staaten auf, das Hochseeabkommen zu ratifizieren.\n"
    ),
    "es": (
        "La República apoya los objetivos de esta conferencia desde hace diez años.\n\n"
        "Nuestro Gobierno creó tres áreas marinas protegidas en 2021.\n\n"
        "Pedimos a todos los Estados que ratifiquen el acuerdo sobre alta mar.\n"
    ),
    "it": (
        "La Repubblica sostiene gli obiettivi di questa conferenza da dieci anni.\n\n"
        "Il nostro governo ha istituito tre aree marine protette nel 2021.\n\n"
        "Invitiamo tutti gli Stati a ratificare l'accordo sull'alto mare.\n"
    ),
    "nl": (
        "De Republiek steunt de doelen van deze conferentie al tien jaar.\n\n"
        "Onze regering heeft in 2021 drie beschermde zeegebieden ingesteld.\n\n"
        "Wij roepen alle staten op het verdrag over de volle zee te ratificeren.\n"
    ),
}


def _lead(head: str, lang: str) -> str:
    return summary_of(f"{head}\n\n{BODY[lang]}", "statement.txt", lang=lang).lead


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        ("Communiqué du 3 mars 2024", "fr", "3 mars 2024"),
        ("Comunicado del 3 de marzo de 2024", "es", "3 de marzo de 2024"),
        ("Pressemitteilung vom 3. März 2024", "de", "3. März 2024"),
        ("Comunicato del 3 marzo 2024", "it", "3 marzo 2024"),
        ("Persbericht van 3 maart 2024", "nl", "3 maart 2024"),
    ],
)
def test_a_release_dated_after_its_kind_reads_the_date_and_no_place(
    line: str, lang: str, date: str
) -> None:
    meta = parse_title_block([line], "statement.txt", lang=lang)
    assert meta.date_text == date
    assert meta.place is None


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fr", "Cette déclaration date du 3 mars 2024."),
        ("es", "Esta declaración es del 3 de marzo de 2024."),
        ("it", "Questa dichiarazione è del 3 marzo 2024."),
    ],
)
def test_the_first_line_of_a_release_dated_after_its_kind_tells_only_its_day(
    lang: str, said: str
) -> None:
    head = {
        "fr": "Communiqué du 3 mars 2024",
        "es": "Comunicado del 3 de marzo de 2024",
        "it": "Comunicato del 3 marzo 2024",
    }[lang]
    assert _lead(head, lang) == said


@pytest.mark.parametrize(
    ("head", "lang", "said"),
    [
        ("Déclaration de la délégation\n\nFrance, le 3 mars 2024", "fr", " en France le "),
        ("Déclaration de la délégation\n\nLors du Sommet de l'OTAN\n\nJapon, le 3 mars 2024",
         "fr", " au Sommet de l'OTAN au Japon le "),
        ("Allocution du Président\n\nÉtats-Unis, 3 mars 2024", "fr", " aux États-Unis le "),
        ("Dichiarazione della delegazione\n\nFrancia, 3 marzo 2024", "it", " in Francia il "),
        ("Dichiarazione\n\nStati Uniti, 3 marzo 2024", "it", " negli Stati Uniti il "),
        ("Intervento del Presidente del Consiglio\n\nIn occasione del Vertice della NATO\n\n"
         "Giappone, 3 marzo 2024", "it", " al Vertice della NATO in Giappone il "),
        ("Verklaring\n\nVerenigde Staten, 3 maart 2024", "nl", " in de Verenigde Staten "),
        ("Erklärung der Bundesregierung\n\nSchweiz, 3. März 2024", "de", " in der Schweiz "),
        ("Declaración de la delegación\n\nReino Unido, 3 de marzo de 2024", "es",
         " en el Reino Unido el "),
    ],
)  # fmt: skip
def test_a_country_takes_the_words_its_language_says_in_it_with(
    head: str, lang: str, said: str
) -> None:
    assert said in _lead(head, lang)


@pytest.mark.parametrize(
    ("head", "lang", "said"),
    [
        ("Discours de Marie Dupont, ministre de la Culture\n\n"
         "À la Conférence des Nations Unies sur les océans\n\nLisbonne, le 3 mars 2024", "fr",
         "Marie Dupont, ministre de la Culture, a pris la parole à la Conférence des Nations "
         "Unies sur les océans à Lisbonne le 3 mars 2024."),
        ("Comunicado de prensa\n\nMadrid, 3 de marzo de 2024", "es",
         "Esta declaración se hizo en Madrid el 3 de marzo de 2024."),
        ("Pressemitteilung\n\nBerlin, den 3. März 2024", "de",
         "Diese Erklärung wurde am 3. März 2024 in Berlin abgegeben."),
    ],
)  # fmt: skip
def test_a_city_keeps_the_preposition_a_city_takes(head: str, lang: str, said: str) -> None:
    assert _lead(head, lang) == said


def test_a_german_genitive_plural_event_is_left_out_not_told_with_the_wrong_article() -> None:
    head = (
        "Rede der Bundesministerin\n\n"
        "Anlässlich der Gedenkfeiern zum 80. Jahrestag des Kriegsendes\n\n"
        "Berlin, den 8. Mai 2025"
    )
    lead = _lead(head, "de")
    assert "Gedenkfeiern" not in lead
    assert lead.endswith("Sie wurde am 8. Mai 2025 in Berlin abgegeben.")


def test_a_german_genitive_singular_feminine_event_reads_the_same_after_bei() -> None:
    head = "Grußwort\n\nAnlässlich der Eröffnung des Forums\n\nBerlin, den 3. März 2024"
    assert _lead(head, "de").endswith(
        "Sie wurde am 3. März 2024 bei der Eröffnung des Forums in Berlin abgegeben."
    )


@pytest.mark.parametrize(
    ("head", "lang", "said"),
    [
        ("Discorso di Maria Rossi, ministra della Cultura\n\n"
         "Alla Conferenza delle Nazioni Unite sugli oceani\n\nLisbona, 3 marzo 2024", "it",
         "Maria Rossi, ministra della Cultura, ha parlato alla Conferenza delle Nazioni Unite "
         "sugli oceani a Lisbona il 3 marzo 2024."),
        ("Discorso di Maria Rossi\n\nDavanti all'Assemblea Generale\n\nNew York, 3 marzo 2024",
         "it", "Maria Rossi ha parlato all'Assemblea Generale a New York il 3 marzo 2024."),
        ("Toespraak van Jan de Vries, minister van Buitenlandse Zaken\n\n"
         "Tijdens de Conferentie van de Verenigde Naties over de oceanen\n\nLissabon, 3 maart 2024",
         "nl", "Jan de Vries, minister van Buitenlandse Zaken, sprak bij de Conferentie van de "
         "Verenigde Naties over de oceanen in Lissabon op 3 maart 2024."),
    ],
)  # fmt: skip
def test_an_italian_or_dutch_speech_title_names_its_speaker_and_the_event_line_no_one(
    head: str, lang: str, said: str
) -> None:
    assert _lead(head, lang) == said


def test_a_dutch_communication_title_names_no_speaker() -> None:
    meta = parse_title_block(
        ["Mededeling van de Commissie aan het Europees Parlement", "Brussel, 3 maart 2024"],
        "statement.txt",
        lang="nl",
    )
    assert meta.speaker is None


@pytest.mark.parametrize(
    ("head", "lang", "line"),
    [
        ("Communiqué de presse\n\nPARIS, 3 mars 2024 –", "fr", "PARIS, 3 mars 2024."),
        ("Declaración conjunta\n\nMADRID, 3 de marzo de 2024 –", "es",
         "MADRID, 3 de marzo de 2024."),
        ("Dichiarazione congiunta\n\nROMA, 3 marzo 2024 —", "it", "ROMA, 3 marzo 2024."),
        ("Verklaring\n\nDEN HAAG, 3 maart 2024 –", "nl", "DEN HAAG, 3 maart 2024."),
    ],
)  # fmt: skip
def test_the_about_section_tells_a_dateline_without_the_dash_into_the_story(
    head: str, lang: str, line: str
) -> None:
    statement = split_statement(SourceText(f"{head}\n\n{BODY[lang]}", "statement.txt"), lang)
    about = simplify_section(statement.sections[0], lang, meta=statement.meta)
    assert about.facts.ok
    assert about.text.endswith(f" {line}")
    assert "–." not in about.text and "—." not in about.text


CORPUS = Path("/work/shared/corpus/dev")


@pytest.mark.parametrize(
    ("pattern", "lang", "lead"),
    [
        ("03_*-de.txt", "de", "Die Erklärung trägt den Titel „Abschiedsrede als Bundeskanzlerin“."),
        ("10_*-es.txt", "es", "Pedro Sánchez Pérez-Castejón, Presidente del Gobierno de España, "
         "habló en el Debate General del Septuagésimo Noveno Período de Sesiones de la Asamblea "
         "General de las Naciones Unidas en Nueva York el 25 de septiembre de 2024."),
    ],
)  # fmt: skip
def test_the_corpus_title_blocks_read_as_before(pattern: str, lang: str, lead: str) -> None:
    found = sorted(CORPUS.glob(pattern))
    if not found:
        pytest.skip("the dev corpus is not on this machine")
    statement = split_statement(load_source(found[0]), lang)
    assert lead_of(statement, lang) == lead


def lead_of(statement: Statement, lang: str) -> str:
    """The summary's first line, made as a run makes it."""
    lede = summary.lede_section(statement)
    plains = [
        summary.with_in_short(s, simplify_section(s, lang, meta=statement.meta), s.id == lede)
        for s in statement.sections
    ]
    return summary.summarise(statement, plains).lead

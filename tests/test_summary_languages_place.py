"""A summary's first line in French, German, Spanish, Italian and Dutch says where and at what.

A statement naming no speaker had its first line tell only its title and day; a German speaker's
line dropped the event English keeps. Each statement here is a title block and three paragraphs.
"""

from __future__ import annotations

import pytest

from pipeline.models import StatementMeta
from pipeline.stages.summary import lead_in_its_language
from tests.summaries import summary_of

CONFERENCE = {
    "fr": (
        "Déclaration de la délégation de la République de Valmira\n\n"
        "À la Conférence des Nations Unies sur les océans\n\n"
        "Lisbonne, le 28 juin 2022\n\n"
        "La République de Valmira soutient les objectifs de cette conférence depuis dix ans.\n\n"
        "Notre gouvernement a créé trois aires marines protégées en 2021.\n\n"
        "Nous appelons tous les États à ratifier l'accord sur la haute mer.\n"
    ),
    "es": (
        "Declaración de la delegación de la República de Valmira\n\n"
        "En la Conferencia de las Naciones Unidas sobre los Océanos\n\n"
        "Lisboa, 28 de junio de 2022\n\n"
        "La República de Valmira apoya los objetivos de esta conferencia desde hace diez años.\n\n"
        "Nuestro Gobierno creó tres áreas marinas protegidas en 2021.\n\n"
        "Pedimos a todos los Estados que ratifiquen el acuerdo sobre alta mar.\n"
    ),
    "it": (
        "Dichiarazione della delegazione della Repubblica di Valmira\n\n"
        "Alla Conferenza delle Nazioni Unite sugli oceani\n\n"
        "Lisbona, 28 giugno 2022\n\n"
        "La Repubblica di Valmira sostiene gli obiettivi di questa conferenza da dieci anni.\n\n"
        "Il nostro governo ha istituito tre aree marine protette nel 2021.\n\n"
        "Invitiamo tutti gli Stati a ratificare l'accordo sull'alto mare.\n"
    ),
    "nl": (
        "Verklaring van de delegatie van de Republiek Valmira\n\n"
        "Tijdens de Conferentie van de Verenigde Naties over de oceanen\n\n"
        "Lissabon, 28 juni 2022\n\n"
        "De Republiek Valmira steunt de doelen van deze conferentie al tien jaar.\n\n"
        "Onze regering heeft in 2021 drie beschermde zeegebieden ingesteld.\n\n"
        "Wij roepen alle staten op het verdrag over de volle zee te ratificeren.\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "given"),
    [
        ("fr", "Elle a été faite à la Conférence des Nations Unies sur les océans à Lisbonne "
         "le 28 juin 2022."),
        ("es", "Se hizo en la Conferencia de las Naciones Unidas sobre los Océanos en Lisboa "
         "el 28 de junio de 2022."),
        ("it", "È stata fatta alla Conferenza delle Nazioni Unite sugli oceani a Lisbona "
         "il 28 giugno 2022."),
        ("nl", "Ze werd op 28 juni 2022 bij de Conferentie van de Verenigde Naties over de "
         "oceanen in Lissabon afgelegd."),
    ],
)  # fmt: skip
def test_a_statement_naming_no_speaker_says_the_event_and_place_of_its_title_block(
    lang: str, given: str
) -> None:
    made = summary_of(CONFERENCE[lang], "delegation.txt", lang=lang)
    title = CONFERENCE[lang].split("\n", 1)[0]
    assert title in made.lead  # its own title first, quoted as written
    assert made.lead.endswith(given)
    assert made.facts.invented == ()


GERMAN_BODY = (
    "Deutschland unterstützt die Ziele dieser Konferenz seit zehn Jahren.\n\n"
    "Unsere Regierung hat im Jahr 2021 drei neue Meeresschutzgebiete eingerichtet.\n\n"
    "Wir rufen alle Staaten auf, das Hochseeabkommen zu ratifizieren.\n"
)


def test_a_german_speaker_line_keeps_the_event_as_english_does() -> None:
    text = (
        "Rede von Bundesministerin Dr. Anna Berg\n\n"
        "bei der Konferenz der Vereinten Nationen über die Ozeane\n\n"
        f"Lissabon, den 28. Juni 2022\n\n{GERMAN_BODY}"
    )
    made = summary_of(text, "rede.txt", lang="de")
    assert made.lead == (
        "Dr. Anna Berg, Bundesministerin, sprach am 28. Juni 2022 bei der Konferenz der "
        "Vereinten Nationen über die Ozeane in Lissabon."
    )


@pytest.mark.parametrize(
    ("event", "said"),
    [
        ("dem Gipfel der Afrikanischen Union", " beim Gipfel der Afrikanischen Union"),
        ("der Eröffnung der Radwege", " bei der Eröffnung der Radwege"),
        ("des Gipfels der Afrikanischen Union", ""),  # genitive ("anlässlich des"): left out
    ],
)
def test_a_german_event_is_told_only_in_the_case_bei_takes(event: str, said: str) -> None:
    meta = StatementMeta(title="Rede", speaker="Anna Berg", event=event, place="Berlin")
    assert lead_in_its_language(meta, "de") == f"Anna Berg sprach{said} in Berlin."


def test_a_german_statement_naming_no_speaker_says_where_it_was_given() -> None:
    text = f"Erklärung der Bundesregierung\n\nBerlin, 1. März 2026\n\n{GERMAN_BODY}"
    made = summary_of(text, "erklaerung.txt", lang="de")
    assert made.lead == (
        "Die Erklärung trägt den Titel „Erklärung der Bundesregierung“. "
        "Sie wurde am 1. März 2026 in Berlin abgegeben."
    )
    assert made.facts.invented == ()


@pytest.mark.parametrize(
    ("lang", "dateline", "lead"),
    [
        ("fr", "1er mars 2026", "Cette déclaration date du 1er mars 2026."),
        ("es", "1 de marzo de 2026", "Esta declaración es del 1 de marzo de 2026."),
        ("de", "1. März 2026", "Diese Erklärung stammt vom 1. März 2026."),
        ("it", "1º marzo 2026", "Questa dichiarazione è del 1º marzo 2026."),
        ("nl", "1 maart 2026", "Deze verklaring is van 1 maart 2026."),
    ],
)
def test_a_first_line_of_only_its_day_names_the_statement_not_it(
    lang: str, dateline: str, lead: str
) -> None:
    # "Elle date du …" had opened the summary: "elle" stood for nothing said before.
    body = {
        "fr": CONFERENCE["fr"],
        "es": CONFERENCE["es"],
        "it": CONFERENCE["it"],
        "nl": CONFERENCE["nl"],
        "de": GERMAN_BODY,
    }[lang].split("\n\n")[-3:]
    made = summary_of(f"{dateline}\n\n" + "\n\n".join(body), "x.txt", lang=lang)
    assert made.lead == lead


def test_the_burkina_faso_statement_says_only_on_whose_behalf_it_is_given() -> None:
    # Its text opens on "Monsieur le Président,": no title block names the Assembly or New
    # York, so no place is told (the file's name "unga79" is not the statement's words).
    from pathlib import Path

    found = sorted(Path("/work/shared/corpus/dev").glob("09_*-fr.txt"))
    if not found:
        pytest.skip("the shared corpus is not on this machine")
    made = summary_of(found[0].read_text("utf-8"), found[0].name, lang="fr")
    assert made.lead == (
        "Cette déclaration est faite au nom de Son Excellence le Capitaine Ibrahim TRAORE, "
        "Président du Faso, Chef de l'Etat."
    )


def test_a_german_title_ending_on_its_occasion_names_the_event_with_no_speaker() -> None:
    text = (
        "Erklärung der Delegation der Republik Valmira\n\n"
        "bei der Konferenz der Vereinten Nationen über die Ozeane\n\n"
        f"Lissabon, den 28. Juni 2022\n\n{GERMAN_BODY}"
    )
    made = summary_of(text, "erklaerung.txt", lang="de")
    assert made.lead == (
        "Diese Erklärung wurde am 28. Juni 2022 bei der Konferenz der Vereinten Nationen über "
        "die Ozeane in Lissabon abgegeben."
    )

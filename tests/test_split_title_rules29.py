"""Lines that are a heading, and lines that only look like one: a name or an address cut out
of its sentence, a house number taken for a section number.

Each test is one input written for the rule, with the wrong title it gave.
"""

from __future__ import annotations

import pytest

from pipeline.models import Section
from pipeline.stages.load import SourceText
from pipeline.stages.split import split_statement

GRANTS = (
    "The government will spend £40 million over three years to help towns and villages cut "
    "their energy bills. Grants will go to community groups that install solar panels, heat "
    "pumps and better insulation in shared buildings such as schools and village halls."
)
APPLY = (
    "Applications open in March. Groups can apply for up to £250,000 each, and the first "
    "grants will be paid in the summer. Advice on how to apply is available from local "
    "councils and from the energy advice service."
)
THANKS = (
    "The minister said the scheme would help communities take control of their energy and "
    "keep money in the local economy. She thanked the groups that had helped design it."
)
CONSEIL = (
    "Le Conseil a examiné cette année les propositions des États membres pour le prochain "
    "cycle de travail. Plusieurs délégations ont souhaité que le débat porte sur la sécurité "
    "alimentaire et sur l'accès à l'eau dans les régions touchées par la sécheresse."
)
THEME = (
    "Après de longues discussions, les délégations ont retenu la sécurité alimentaire comme "
    "thème principal. Le thème sera présenté lors de la session de printemps, et chaque "
    "délégation pourra proposer des contributions écrites avant la fin du mois de mars."
)
PRESIDENCE = (
    "La présidence remercie toutes les délégations pour leur participation active et leur "
    "esprit de compromis. Les travaux reprendront en janvier prochain à Genève."
)
DEMANDA = (
    "El tribunal recibió la demanda el 3 de marzo de 2025 y la admitió a trámite tras "
    "comprobar que cumplía los requisitos formales. Las partes presentaron sus alegaciones "
    "por escrito durante los meses siguientes."
)
COMPETENCIA = (
    "El tribunal considera que es competente para conocer del asunto, ya que los hechos "
    "ocurrieron en su territorio y las partes tienen su domicilio en el país. Ninguna de las "
    "partes ha discutido esta cuestión."
)
FONDO = (
    "En cuanto al fondo, el tribunal estima parcialmente la demanda y condena a la empresa a "
    "pagar una indemnización de 20.000 euros a cada uno de los trabajadores afectados."
)


def _sections(text: str, lang: str = "en") -> tuple[Section, ...]:
    return split_statement(SourceText(text, "statement.txt"), lang).sections


def _titles(text: str, lang: str = "en") -> list[str]:
    return [s.title for s in _sections(text, lang)]


def _paragraphs(text: str, lang: str = "en") -> list[str]:
    return [p.text for s in _sections(text, lang) for p in s.paragraphs]


@pytest.mark.parametrize(
    ("cut", "joined"),
    [
        (
            # was a section titled "Local Energy For Communities Fund"
            f"{GRANTS} The money comes from the\n\nLocal Energy For Communities Fund\n\n",
            "The money comes from the Local Energy For Communities Fund",
        ),
        (
            "The money comes from the\n\nLocal Energy For Communities Fund\n\n"
            "which was set up in 2024.\n\n",
            "The money comes from the Local Energy For Communities Fund which was set up in 2024.",
        ),
    ],
)
def test_a_funds_name_cut_out_of_its_sentence_titles_nothing(cut: str, joined: str) -> None:
    text = f"{GRANTS}\n\n{cut}{APPLY}\n\n{THANKS}"
    assert "Local Energy For Communities Fund" not in _titles(text)
    assert any(joined in paragraph for paragraph in _paragraphs(text))


def test_a_funds_name_said_in_a_sentence_titles_nothing() -> None:
    text = (
        f"{GRANTS} The money comes from the Local Energy For Communities Fund, which the "
        f"government set up in 2024 to support community energy.\n\n{APPLY}\n\n{THANKS}"
    )
    assert not any("Fund" in title for title in _titles(text))


@pytest.mark.parametrize(
    "address",
    [
        # was a section titled "12 Victoria Street", as if "12" numbered a part
        f"{GRANTS}\n\n12 Victoria Street\n\n",
        f"{GRANTS}\n\n2 Marsham St, London\n\n",
        f"{GRANTS}\n\nThe advice centre is at\n\n12 Victoria Street\n\n"
        "in the town centre, next to the library.\n\n",
    ],
)
def test_a_street_address_is_no_heading(address: str) -> None:
    text = f"{address}{APPLY}\n\n{THANKS}"
    assert not any("Street" in title or " St" in title for title in _titles(text))
    assert len(_sections(text)) == 1


def test_an_address_cut_from_its_sentence_is_read_with_it() -> None:
    text = (
        f"{GRANTS}\n\nThe advice centre is at\n\n12 Victoria Street\n\n"
        f"in the town centre, next to the library.\n\n{APPLY}"
    )
    assert (
        "The advice centre is at 12 Victoria Street in the town centre, next to the library."
        in _paragraphs(text)
    )


def test_a_numbered_heading_that_is_no_street_is_still_a_heading() -> None:
    text = f"{GRANTS}\n\n2. Applications\n\n{APPLY}\n\n{THANKS}"
    assert _titles(text)[-1] == "2. Applications"


@pytest.mark.parametrize(
    ("text", "lang", "heading"),
    [
        (f"{CONSEIL}\n\nChoix du thème\n\n{THEME}\n\n{PRESIDENCE}", "fr", "Choix du thème"),
        (f"{DEMANDA}\n\nJurisdicción\n\n{COMPETENCIA}\n\n{FONDO}", "es", "Jurisdicción"),
        (f"{CONSEIL}\n\nBalkanisation\n\n{THEME}\n\n{PRESIDENCE}", "fr", "Balkanisation"),
    ],
)
def test_a_heading_alone_between_paragraphs_titles_its_part(
    text: str, lang: str, heading: str
) -> None:
    sections = _sections(text, lang)
    assert [s.title for s in sections][-1] == heading
    assert sections[-1].paragraphs[0].text.startswith(("Après", "El tribunal considera"))


@pytest.mark.parametrize(
    ("cut", "joined"),
    [
        (
            # was a section titled "Balkanisation"
            " Nous refusons la\n\nBalkanisation\n\ndes échanges et des normes.",
            "Nous refusons la Balkanisation des échanges et des normes.",
        ),
        (
            # was a section titled "ONU et organisation"; the elided "l'" keeps its word
            " Nous avons parlé de la coopération entre l'\n\nONU et organisation\n\ndes secours.",
            "coopération entre l'ONU et organisation des secours.",
        ),
        (
            " Nous avons parlé de la coopération entre l'\n\nONU et organisation",
            "coopération entre l'ONU et organisation",
        ),
    ],
)
def test_words_cut_out_of_a_french_sentence_title_nothing(cut: str, joined: str) -> None:
    text = f"{CONSEIL}{cut}\n\n{THEME}\n\n{PRESIDENCE}"
    titles = _titles(text, "fr")
    assert "Balkanisation" not in titles and "ONU et organisation" not in titles
    assert any(joined in paragraph for paragraph in _paragraphs(text, "fr"))


def test_a_recitals_and_is_no_cut_sentence() -> None:
    """ "WHEREAS …; and" ends its clause: the next recital is its own paragraph."""
    recitals = [f"WHEREAS, county number {n} was flooded; and" for n in range(1, 4)]
    text = "\n\n".join(recitals) + "\n\nNOW, THEREFORE, I declare a state of emergency."
    assert _paragraphs(text)[:3] == recitals


def test_a_short_coda_opening_with_a_possessive_stays_with_whom_it_means() -> None:
    """Spain's "Su figura hoy bien merece ser reivindicada …" had opened the next part, away
    from Azcárate, once the paragraphs cut mid-sentence around it were read whole."""
    azcarate = (
        "In 1949 a Spaniard, Pablo de Azcárate, served as the first representative of the "
        "United Nations mediator in Palestine. His notes on that mission are still moving to "
        "read today, full of bitterness at the disaster he sensed coming. Azcárate was an "
        "exile, a Spanish republican whom a dictatorship kept from returning home."
    )
    coda = "His memory deserves to be honoured in this hall, 75 years after those events."
    meeting = (
        "Before the end of this year, Spain and Palestine will hold their first "
        "intergovernmental meeting to widen and deepen our bilateral relations. I also want "
        "to stress the importance of the recent meeting in Madrid of the Euro-Arab Islamic "
        "Group to advance the peace process."
    )
    conference = (
        "A peace conference with the parties and the international community is urgent, and "
        "more than 90 countries support it today. Such a conference would bring back the "
        "spirit of dialogue that Madrid hosted in the early 1990s."
    )
    text = f"{azcarate}\n\n{coda}\n\n{meeting}\n\n{conference}"
    sections = split_statement(SourceText(text, "speech.txt"), "en", max_words=80).sections
    assert [p.text for p in sections[0].paragraphs] == [azcarate, coda]


def test_a_line_ending_in_a_capital_letter_is_not_cut() -> None:
    """ "Annex A" ends on "A", not on the article "a": the heading under it stays one."""
    text = f"{GRANTS}\n\nAnnex A\n\nHow to apply\n\n{APPLY}\n\n{THANKS}"
    assert "How to apply" in _titles(text)

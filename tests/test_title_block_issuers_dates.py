"""A title block as a press office writes it: a date alone on its line, an issuer's line.

"1. März 2026" alone under a German headline had been a numbered list's first item, and
"01.03.2026" a word of the title; "1º marzo 2026" was no date. "Issued by the Westvale Fire
and Rescue Service" over the date had been the title ('… gave this statement, titled "Issued
by …"'). Five hand-made title blocks (a police force, a court, a UN agency, a minister, a
French ministry) check who, what, where and when in the About section and the first line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.metadata import find_date, is_date_line, is_issuer_line, parse_title_block
from pipeline.models import StatementMeta
from pipeline.stages.load import SourceText
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement
from tests.summaries import summary_of

BODIES = {
    "en": (
        "Crews attended a fire at a warehouse on Mill Road. Nobody was hurt. Crews stayed at "
        "the site for 6 hours and the road will reopen tomorrow.\n"
    ),
    "de": (
        "Die Feuerwehr hat heute einen Brand in einer Lagerhalle gelöscht. Niemand wurde "
        "verletzt. Die Straße wird morgen wieder geöffnet.\n"
    ),
    "fr": (
        "Les pompiers ont éteint un incendie dans un entrepôt. Personne n'a été blessé. La "
        "route sera rouverte demain.\n"
    ),
    "es": (
        "Los bomberos apagaron un incendio en un almacén. Nadie resultó herido. La carretera "
        "se abrirá mañana.\n"
    ),
    "it": (
        "I vigili del fuoco hanno spento un incendio in un magazzino. Nessuno è rimasto "
        "ferito. La strada sarà riaperta domani.\n"
    ),
    "nl": (
        "De brandweer heeft een brand in een magazijn geblust. Niemand raakte gewond. De weg "
        "gaat morgen weer open.\n"
    ),
}
HEADLINES = {
    "en": "Warehouse fire on Mill Road",
    "de": "Brand in Lagerhalle gelöscht",
    "fr": "Incendie dans un entrepôt",
    "es": "Incendio en un almacén",
    "it": "Incendio in un magazzino",
    "nl": "Brand in magazijn",
}


def _meta(text: str, lang: str = "en") -> StatementMeta:
    return split_statement(SourceText(text, "statement.txt"), lang).meta


def _about(text: str, lang: str = "en") -> str:
    statement = split_statement(SourceText(text, "statement.txt"), lang)
    plain = simplify_section(statement.sections[0], lang, meta=statement.meta)
    assert plain.facts.ok
    return plain.text


# --- 1. A line that is only a date, in every language ---------------------------------------

DATE_LINES = [
    ("de", "1. März 2026"),
    ("de", "01.03.2026"),
    ("fr", "1er mars 2026"),
    ("es", "1 de marzo de 2026"),
    ("it", "1º marzo 2026"),
    ("it", "1° marzo 2026"),
    ("nl", "1 maart 2026"),
    ("en", "1 March 2026"),
    ("en", "March 1, 2026"),
    ("en", "2026-03-01"),
]


@pytest.mark.parametrize(("lang", "date_line"), DATE_LINES)
@pytest.mark.parametrize("apart", [False, True], ids=["same block", "own block"])
def test_a_date_alone_under_the_headline_dates_the_statement(
    lang: str, date_line: str, apart: bool
) -> None:
    gap = "\n\n" if apart else "\n"
    meta = _meta(f"{HEADLINES[lang]}{gap}{date_line}\n\n{BODIES[lang]}", lang)
    assert meta.title == HEADLINES[lang]
    assert meta.date_text == date_line
    assert meta.date_start == "2026-03-01"
    assert meta.place is None


def test_a_german_date_alone_is_told_in_the_first_line_and_about_section() -> None:
    text = f"{HEADLINES['de']}\n1. März 2026\n\n{BODIES['de']}"
    made = summary_of(text, lang="de")
    assert made.lead.endswith("Sie stammt vom 1. März 2026.")
    about = _about(text, "de")
    assert about.startswith("Brand in Lagerhalle gelöscht. 1. März 2026.")
    assert "Die Feuerwehr" not in about  # the body stays out of the About section


def test_a_place_and_a_german_date_still_give_both() -> None:
    meta = _meta(f"{HEADLINES['de']}\nBerlin, 1. März 2026\n\n{BODIES['de']}", "de")
    assert (meta.place, meta.date_start) == ("Berlin", "2026-03-01")


@pytest.mark.parametrize(
    ("lang", "dateline", "date_text"),
    [
        ("fr", "Paris, le 1er octobre 2026", "1er octobre 2026"),
        ("de", "Berlin, den 1. Oktober 2026", "1. Oktober 2026"),
        ("es", "Madrid, a 1 de octubre de 2026", "1 de octubre de 2026"),
        ("it", "Roma, lì 1º ottobre 2026", "1º ottobre 2026"),
        ("en", "London, Thursday 1 October 2026", "1 October 2026"),
    ],
)
def test_a_datelines_word_before_the_date_is_no_part_of_the_place(
    lang: str, dateline: str, date_text: str
) -> None:
    meta = _meta(f"{HEADLINES[lang]}\n\n{dateline}\n\n{BODIES[lang]}", lang)
    assert meta.place == dateline.split(",")[0]
    assert (meta.date_text, meta.date_start) == (date_text, "2026-10-01")


def test_a_french_le_alone_before_the_date_names_no_place() -> None:
    meta = _meta(f"{HEADLINES['fr']}\n\nLe 1er mars 2026\n\n{BODIES['fr']}", "fr")
    assert (meta.place, meta.date_start) == (None, "2026-03-01")


def test_a_date_line_is_only_a_date_and_perhaps_its_days_name() -> None:
    assert is_date_line("1. März 2026")
    assert is_date_line("Donnerstag, 1. Oktober 2026")
    assert not is_date_line("Berlin, 1. März 2026")  # a place and a date
    assert not is_date_line("1. Die Regierung hat am 1. März 2026 beschlossen")
    assert not is_date_line("Brand in Lagerhalle")


def test_an_ordinal_first_of_the_month_is_read_in_italian_and_spanish() -> None:
    for written in ("1º marzo 2026", "1° marzo 2026", "1º de marzo de 2026"):
        found = find_date(written)
        assert found is not None and found[1] == "2026-03-01", written


def test_a_numbered_list_item_under_a_headline_stays_in_the_body() -> None:
    text = (
        "Winter plan for the county\n\n"
        "1. Gritting starts when roads fall below 1 degree.\n"
        "2. Crews work in shifts of 12 hours.\n\n"
        "The council has 40 gritters ready for the winter.\n"
    )
    statement = split_statement(SourceText(text, "plan.txt"))
    assert statement.meta.title == "Winter plan for the county"
    assert statement.meta.date_text is None


# --- 2. An issuer's line is not the title -----------------------------------------------------

ISSUER_LINES = [
    "Issued by the Westvale Fire and Rescue Service",
    "Published by Westvale Fire and Rescue Service",
    "Statement from Westvale Fire and Rescue Service",
    "Statement from the Westvale Fire and Rescue Service",
]


@pytest.mark.parametrize("issuer_line", ISSUER_LINES)
@pytest.mark.parametrize("apart", [False, True], ids=["same block", "own block"])
def test_an_issuers_line_over_the_date_names_who_issued_it(issuer_line: str, apart: bool) -> None:
    gap = "\n\n" if apart else "\n"
    text = f"{issuer_line}{gap}2 March 2026\n\n{BODIES['en']}"
    meta = _meta(text)
    assert meta.notes == ("Issued by the Westvale Fire and Rescue Service",)
    assert meta.title is not None and "Westvale" not in meta.title
    assert (meta.speaker, meta.speaker_role) == (None, None)
    made = summary_of(text)
    assert "titled" not in made.lead
    assert made.lead.endswith(
        "This statement was issued by the Westvale Fire and Rescue Service on 2 March 2026."
    )


@pytest.mark.parametrize("issuer_line", ISSUER_LINES)
def test_an_issuers_line_under_the_headline_leaves_the_headline_the_title(
    issuer_line: str,
) -> None:
    text = f"{HEADLINES['en']}\n{issuer_line}\n2 March 2026\n\n{BODIES['en']}"
    meta = _meta(text)
    assert meta.title == HEADLINES["en"]
    assert meta.notes == ("Issued by the Westvale Fire and Rescue Service",)
    about = _about(text)
    assert about == (
        "Warehouse fire on Mill Road. It was issued by the Westvale Fire and Rescue Service "
        "on 2 March 2026."
    )


def test_a_statement_from_a_person_about_an_incident_stays_the_title() -> None:
    title = "Statement from Chief Constable Mark Reeve following the incident in Harlow Square"
    meta = _meta(f"{title}\n\n2 March 2026\n\n{BODIES['en']}")
    assert meta.title == title
    assert meta.speaker == "Mark Reeve"
    assert not any(note.startswith("Issued by") for note in meta.notes)


def test_a_headline_that_is_a_french_sentence_names_no_role() -> None:
    title = "Le ministère de la Santé lance une campagne de vaccination contre la grippe"
    meta = parse_title_block([title, "Paris, le 1er octobre 2026"], "x.txt", lang="fr")
    assert (meta.title, meta.speaker, meta.speaker_role) == (title, None, None)
    assert meta.place == "Paris"


def test_a_french_speech_of_a_minister_still_names_the_office() -> None:
    meta = parse_title_block(["Déclaration de la ministre des Transports"], "x.txt", lang="fr")
    assert meta.speaker_role == "Ministre des Transports"


# --- Five title blocks a press office would write ---------------------------------------------

POLICE = """NORTHSHIRE POLICE
PRESS RELEASE

Man charged after Mill Road burglary

Issued by Northshire Police press office, 14 March 2026

A 34-year-old man has been charged with burglary after a house on Mill Road, Carrow, was \
broken into on Tuesday 10 March. He will appear at Carrow Magistrates' Court on 2 April. \
Officers thank the public for the information they gave.
"""

COURT = """Statement from the High Court of Westvale

Sentencing in R v Daniel Marsh

Westvale, 5 February 2026

Today the court sentenced Daniel Marsh to 6 years in prison for fraud. He took £2 million \
from 300 savers over 4 years. The judge said the harm to the victims was serious and lasting.
"""

UN_AGENCY = """World Food Programme
News release

Food aid reaches 50,000 people in the flooded north of Karesia

ROME, 4 March 2026 – The World Food Programme has delivered food to 50,000 people in the \
north of Karesia. Roads are still closed. Boats carry the food to 12 villages.
"""

MINISTER = """Speech by Anna Berg, Minister for Transport, at the opening of the Eastport rail link

Eastport, 12 January 2026

Thank you all for coming. Today the new rail link opens, 2 years after work began. Trains \
will run every 15 minutes between Eastport and the airport. The journey will take 18 minutes.
"""

COMMUNIQUE = """COMMUNIQUÉ DE PRESSE

Le ministère de la Santé lance une campagne de vaccination contre la grippe

Paris, le 1er octobre 2026

Le ministère de la Santé lance aujourd'hui sa campagne de vaccination contre la grippe. Elle \
durera jusqu'au 31 janvier 2027. Les personnes de plus de 65 ans peuvent se faire vacciner \
gratuitement en pharmacie.
"""


def test_a_police_release_is_issued_once_by_its_press_office() -> None:
    meta = _meta(POLICE)
    assert meta.title == "Man charged after Mill Road burglary"
    assert meta.notes == ("Press release", "Issued by Northshire Police press office")
    assert meta.date_start == "2026-03-14"
    assert _about(POLICE) == (
        "Man charged after Mill Road burglary. It was issued by Northshire Police press office "
        "on 14 March 2026. This is a press release."
    )
    assert summary_of(POLICE).lead.endswith(
        "This statement was issued by Northshire Police press office on 14 March 2026."
    )


def test_a_courts_statement_is_issued_by_the_court_and_titled_by_its_case() -> None:
    meta = _meta(COURT)
    assert meta.title == "Sentencing in R v Daniel Marsh"
    assert meta.notes == ("Issued by the High Court of Westvale",)
    assert (meta.speaker, meta.speaker_role, meta.event) == (None, None, None)
    assert (meta.place, meta.date_start) == ("Westvale", "2026-02-05")
    lead = summary_of(COURT).lead
    assert lead.startswith("On 5 February 2026, the court sentenced Daniel Marsh")
    assert "issued by the High Court of Westvale" in lead


def test_a_un_agencys_release_is_issued_by_the_agency_under_its_headline() -> None:
    meta = _meta(UN_AGENCY)
    assert meta.title == "Food aid reaches 50,000 people in the flooded north of Karesia"
    assert meta.notes == ("Issued by the World Food Programme", "News release")
    assert (meta.event, meta.place, meta.date_start) == (None, "Rome", "2026-03-04")
    assert summary_of(UN_AGENCY).lead.endswith(
        "This statement was issued by the World Food Programme in Rome on 4 March 2026."
    )


def test_a_ministers_speech_tells_who_at_what_where_and_when() -> None:
    meta = _meta(MINISTER)
    assert (meta.speaker, meta.speaker_role) == ("Anna Berg", "Minister for Transport")
    assert meta.event == "opening of the Eastport rail link"
    assert (meta.place, meta.date_start) == ("Eastport", "2026-01-12")
    assert summary_of(MINISTER).lead == (
        "Anna Berg, Minister for Transport, spoke at the opening of the Eastport rail link in "
        "Eastport on 12 January 2026."
    )


def test_a_german_speech_title_names_its_speaker_before_the_occasion() -> None:
    title = "Rede von Bundesministerin Anna Berg bei der Eröffnung der Radwege"
    meta = _meta(f"{title}\n\nBerlin, 1. März 2026\n\n{BODIES['de']}", "de")
    assert (meta.speaker, meta.speaker_role) == ("Anna Berg", "Bundesministerin")
    assert meta.event == "der Eröffnung der Radwege"
    assert (meta.place, meta.date_start) == ("Berlin", "2026-03-01")


def test_a_french_communique_is_titled_by_its_headline_given_in_paris() -> None:
    meta = _meta(COMMUNIQUE, "fr")
    assert meta.title == (
        "Le ministère de la Santé lance une campagne de vaccination contre la grippe"
    )
    assert (meta.speaker, meta.speaker_role) == (None, None)
    assert (meta.place, meta.date_text) == ("Paris", "1er octobre 2026")
    assert meta.notes == ("Communiqué de presse",)
    assert summary_of(COMMUNIQUE, lang="fr").lead.endswith(
        "Elle a été faite à Paris le 1er octobre 2026."  # the dateline's place is told too
    )


CORPUS = Path("/work/shared/corpus/dev")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not on this machine")
def test_the_corpus_releases_front_matter_titles_are_not_issuers() -> None:
    from pipeline.stages.load import load_source

    for path in sorted(CORPUS.glob("0[15]_*.md")):
        meta = split_statement(load_source(path)).meta
        assert meta.title is not None
        assert not meta.title.lower().startswith(("issued by", "published by", "statement from"))
        assert meta.date_start is not None


@pytest.mark.parametrize(
    ("head", "issuer"),
    [
        (
            "Issued by: Westvale Borough Council\nDate: 2 March 2026\n\n"
            "Bin collections change from April\n\n",
            "Issued by Westvale Borough Council",
        ),
        (
            "Issued by Westvale Borough Council on 2 March 2026\n\n"
            "Bin collections change from April\n\n",
            "Issued by Westvale Borough Council",
        ),
        (
            "Issued by the Westvale Borough Council\n\n"
            "Bin collections change from April\n\n2 March 2026\n\n",
            "Issued by the Westvale Borough Council",
        ),
    ],
)
def test_a_short_headline_under_the_issuers_lines_is_the_title(head: str, issuer: str) -> None:
    meta = _meta(head + BODIES["en"])
    assert meta.title == "Bin collections change from April"
    assert meta.notes == (issuer,)
    assert meta.date_start == "2026-03-02"


def test_an_issuer_line_names_a_body_or_says_it_issued() -> None:
    assert is_issuer_line("Issued by: Westvale Borough Council")
    assert is_issuer_line("Published by Westvale Fire and Rescue Service")
    assert is_issuer_line("Statement from the Westvale Fire and Rescue Service")
    assert is_issuer_line("Statement from the High Court of Westvale")
    assert not is_issuer_line("Statement from Chief Constable Mark Reeve")
    assert not is_issuer_line("Bin collections change from April")

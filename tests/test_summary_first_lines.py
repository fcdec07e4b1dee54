"""A summary's first line, and the key points under it, as a press officer pastes them.

A release dated but naming no speaker opened on "This statement was issued on …" and left its
news for the points; a Spanish speech whose title block named its speaker had no first line;
greetings ("Mister President, …") and verbless echoes ("Un país, España, que cree …") were key
points, and framing lines ("Here we stand …") outranked what a speech said it would do.
"""

from __future__ import annotations

import pytest

from pipeline import metadata
from pipeline.models import StatementMeta
from pipeline.stages import summary
from pipeline.stages.load import SourceText
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement
from tests.summaries import summary_of

RELEASE = (
    "Northmere Harbour Board\n\n2 December 2026\n\n"
    "Today, the Northmere Harbour Board approved a £4 million plan to rebuild the north quay "
    "wall before next winter.\n\n"
    "The work will start in March and take 8 months. Boats will be moved to the south quay "
    "while it goes on. The board will publish the timetable for the works in January.\n"
)


def test_a_dated_release_tells_its_lede_on_its_day_in_the_first_line() -> None:
    made = summary_of(RELEASE)
    assert made.lead == (
        "On 2 December 2026, the Northmere Harbour Board approved a £4 million plan to rebuild "
        "the north quay wall before next winter."
    )
    assert not any("Harbour Board approved" in point for point in made.points)
    assert made.words <= summary.MAX_SUMMARY_WORDS


def test_a_dated_release_whose_lede_says_no_day_tells_when_it_was_issued_after_it() -> None:
    made = summary_of(RELEASE.replace("Today, the Northmere", "The Northmere", 1))
    assert made.lead == (
        "The Northmere Harbour Board approved a £4 million plan to rebuild the north quay wall "
        "before next winter. This statement was issued on 2 December 2026."
    )


SPANISH = (
    "Discurso de la Ministra de Vivienda\nAna Pérez Gómez, Ministra de Vivienda\n\n"
    "Madrid, 3 de marzo de 2025\n\n"
    "Señoras y señores, el Gobierno destinará 200 millones de euros a construir 4.000 "
    "viviendas públicas en 2026. Un país que cuida de sus jóvenes. Las obras empezarán en "
    "junio en 12 ciudades. Los alquileres no superarán el 30% de los ingresos de cada familia.\n"
)


def test_a_spanish_speech_gets_its_first_line_and_intro_in_spanish() -> None:
    made = summary_of(SPANISH, "discurso.txt", lang="es")
    assert (
        made.lead == "Ana Pérez Gómez, Ministra de Vivienda, habló en Madrid el 3 de marzo de 2025."
    )
    assert made.intro == "Los puntos clave, con las palabras de la propia declaración:"
    # The greeting is gone from the point, which now starts on its news.
    assert made.points[0].startswith("El Gobierno destinará 200 millones")
    assert not any(point.startswith("Un país") for point in made.points)


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("fr", "Anna Berg, Ministre, a pris la parole à Lyon le 1er mars 2021."),
        ("de", "Anna Berg, Ministre, sprach am 1. März 2021 in Lyon."),
        ("it", "Anna Berg, Ministre, ha parlato a Lyon il 1º marzo 2021."),
        ("nl", "Anna Berg, Ministre, sprak in Lyon op 1 maart 2021."),
        ("es", "Anna Berg, Ministre, habló en Lyon el 1 de marzo de 2021."),
    ],
)
def test_each_language_tells_the_day_in_its_own_words(lang: str, lead: str) -> None:
    meta = StatementMeta(
        title="X",
        speaker="Anna Berg",
        speaker_role="Ministre",
        place="Lyon",
        date_text="01.03.2021",
        date_start="2021-03-01",
    )
    assert summary.lead_sentence(meta, lang) == lead


def test_a_statement_in_another_language_naming_no_speaker_has_no_speakers_lead() -> None:
    # Its first line says what the text does (`first_line_without_a_speaker`), never who spoke.
    meta = StatementMeta(title="Discours", place="Paris", date_text="7 mars 2021")
    assert summary.lead_sentence(meta, "fr") == ""


@pytest.mark.parametrize(
    ("point", "lang", "kept"),
    [
        (
            "Mister President, The United Nations is a place where every voice is heard.",
            "en",
            "The United Nations is a place where every voice is heard.",
        ),
        ("Señoras y señores, España tomó la decisión.", "es", "España tomó la decisión."),
        (
            "Monsieur le Président, Excellences, le Burkina Faso a foi en l'ONU.",
            "fr",
            "Le Burkina Faso a foi en l'ONU.",
        ),
        ("Mr President, Excellencies, ladies and gentlemen.", "en", ""),
        ("Members of Congress, we will act.", "en", "Members of Congress, we will act."),
    ],
)
def test_greetings_never_open_a_key_point(point: str, lang: str, kept: str) -> None:
    assert summary.without_the_greeting(point, lang) == kept


@pytest.mark.parametrize(
    ("point", "lang", "echo"),
    [
        ("Un país, España, que cree en los mecanismos internacionales.", "es", True),
        ("Una ocupación que debe terminar inmediatamente.", "es", True),
        ("Une ambition qui nous rassemble.", "fr", True),
        ("España tomó la decisión de reconocer al Estado de Palestina.", "es", False),
        ("Un acuerdo fue firmado en 2020 por los dos países.", "es", False),
        ("A country that believes in peace.", "en", False),
    ],
)
def test_a_verbless_echo_is_told_apart_from_a_sentence(point: str, lang: str, echo: bool) -> None:
    assert summary.is_echo(point, lang) is echo


@pytest.mark.parametrize(
    "point",
    [
        "Here we stand looking out on the great Mall where crowds once gathered.",
        "Twenty-five years ago, the conference charted an agenda on equality.",
        "Last year, we met in Geneva for the summit.",
        "The will of the people has been heeded.",
    ],
)
def test_a_framing_line_is_worth_less_than_a_pledge(point: str) -> None:
    pledge = "We will repair our alliances and engage with the world once again."
    assert summary.is_framing(point, english=True)
    assert not summary.is_framing(pledge, english=True)
    assert summary._point_worth(point, "", True) < summary._point_worth(pledge, "", True)


def test_a_framing_line_is_taken_only_with_the_words_the_others_leave() -> None:
    framing = "Last year, we met in Geneva for the summit of the 40 member states."
    things = "clinics schools bridges harbours libraries hospitals railways farms courts ports"
    places = "northern southern eastern western central coastal upland island river valley"
    news = [
        f"We will build {n} new {thing} in the {place} provinces before the end of 2027."
        for n, thing, place in zip(range(12, 22), things.split(), places.split(), strict=True)
    ]
    crowded = summary._choose("", (), [(framing, *news[:5]), tuple(news[5:])], [(), ()])
    assert len(crowded) >= 8 and framing not in crowded
    roomy = summary._choose("", (), [(framing, news[0])], [()])
    assert roomy == (framing, news[0])  # words to spare: it is told, in the statement's order


@pytest.mark.parametrize(
    ("point", "leans"),
    [
        ("Face à ce terrorisme de type nouveau, nos Etats sont menacés.", True),
        ("Ces faits particulièrement graves sont révélateurs.", True),
        ("Cette année, le Burkina Faso a ouvert 300 écoles.", False),
        ("Ce que nous voulons, c'est la paix.", False),
        ("C'est dans cet esprit que s'est tenu le premier Sommet de l'AES.", False),
        ("Le Burkina Faso a foi en l'ONU.", False),
    ],
)
def test_a_french_point_opening_on_a_demonstrative_leans_on_the_one_before(
    point: str, leans: bool
) -> None:
    assert summary._leans_on_another(point, english=False) is leans


def test_a_title_block_line_saying_where_is_no_headline() -> None:
    """'EN EL DEBATE GENERAL', read as the message in brief, had been the first key point."""
    from dataclasses import replace

    from pipeline.metadata import IN_BRIEF
    from pipeline.stages.load import SourceText
    from pipeline.stages.simplify import simplify_section
    from pipeline.stages.split import split_statement

    statement = split_statement(SourceText(SPANISH, "discurso.txt"), "es")
    notes = (*statement.meta.notes, f"{IN_BRIEF}En el Debate General")
    statement = replace(statement, meta=replace(statement.meta, notes=notes))
    plains = [summary.with_in_short(s, simplify_section(s, "es")) for s in statement.sections]
    made = summary.summarise(statement, plains)
    assert made.lead and made.points
    assert "En el Debate General." not in made.points


def test_a_dated_speech_with_no_title_block_names_the_office_and_its_day() -> None:
    made = summary_of(
        "4 December 2015\n\nHonourable Senators,\nMembers of the House of Commons,\n"
        "Ladies and gentlemen,\n\nAs governor general, I have seen first-hand what a great "
        "country Canada is. The Government will cut taxes for 9 million Canadians. The "
        "Government will build 300 new bridges and roads across the country by 2019.\n"
    )
    # It had said only "This statement was issued on 4 December 2015.".
    assert made.lead == (
        "The governor general gave this speech on 4 December 2015. It is addressed to the "
        "Senators and the Members of the House of Commons."
    )


@pytest.mark.parametrize(
    ("point", "lang", "litany"),
    [
        ("Je suis un paysan burkinabè, qui veille sur les traditions.", "fr", True),
        ("Soy una madre que cuida de sus hijos.", "es", True),
        ("Je suis heureux de vous retrouver à New York.", "fr", False),
        ("Le Burkina Faso a foi en l'ONU.", "fr", False),
        ("I am a farmer.", "en", False),
    ],
)
def test_a_speakers_litany_of_who_they_are_is_told_apart(
    point: str, lang: str, litany: bool
) -> None:
    assert summary.is_self_described(point, lang) is litany


def test_a_french_litany_gives_way_to_the_news() -> None:
    made = summary_of(
        "Je suis un paysan burkinabè, qui veille sur les traditions et les coutumes de mon "
        "village depuis toujours. Je suis un enfant des villes et des villages du pays.\n\n"
        "Près de 70 % du territoire est désormais sous le contrôle de l'Etat, contre 40 % en "
        "2022. Les écoles ont rouvert dans les zones reconquises.\n",
        "discours.txt",
        lang="fr",
    )
    assert made.points and made.points[0].startswith("Près de 70 %")
    assert not any(point.startswith("Je suis un") for point in made.points)


def test_a_lede_saying_today_midway_tells_the_day_there() -> None:
    made = summary_of(
        RELEASE.replace(
            "Today, the Northmere Harbour Board approved",
            "The Northmere Harbour Board today approved",
            1,
        )
    )
    assert made.lead == (
        "The Northmere Harbour Board on 2 December 2026 approved a £4 million plan to rebuild "
        "the north quay wall before next winter."
    )


def test_todays_in_a_lede_is_no_day_to_replace() -> None:
    made = summary_of(
        RELEASE.replace(
            "Today, the Northmere Harbour Board approved",
            "At today's meeting, the Northmere Harbour Board approved",
            1,
        )
    )
    assert "today's" in made.lead and made.lead.endswith(
        "This statement was issued on 2 December 2026."
    )


def test_a_dated_speech_with_no_title_block_says_whom_it_addresses_and_when() -> None:
    made = summary_of(
        "4 December 2015\n\n"
        "•\tExcellency, Volkan Bozkir, President of the General Assembly\n"
        "•\tDistinguished Delegates\n"
        "The 75th anniversary of the United Nations falls at a moment of great danger for our "
        "people and our planet. The pandemic has pushed 90 million people into poverty.\n"
    )
    assert made.lead == (
        "This speech was given on 4 December 2015. It is addressed to Volkan Bozkir, the "
        "President of the General Assembly."
    )


def test_a_greeting_to_one_person_and_their_office_names_them_once() -> None:
    made = summary_of(
        "4 December 2015\n\n"
        "•\tExcellency, Volkan Bozkir, President of the General Assembly\n"
        "•\tDistinguished Delegates\n"
        "The 75th anniversary of the United Nations falls at a moment of great danger for our "
        "people and our planet. The pandemic has pushed 90 million people into poverty.\n"
    )
    # It had read "The speech is addressed to , and Volkan Bozkir, …".
    assert made.lead.endswith(
        "It is addressed to Volkan Bozkir, the President of the General Assembly."
    )


# A first line in every language: a French or German statement naming no speaker, a speech
# given "to" a list of titles, a release issued by someone, the first of the month, and greetings
# opening a section's "In short" points.

ON_BEHALF = (
    "Monsieur le Président,\n\nDistingués délégués,\n\n"
    "J'ai l'honneur de vous transmettre, au nom de Son Excellence Madame Claire DUVAL, "
    "Présidente de la République de Norvalie, Cheffe de l'Etat, le salut fraternel du peuple "
    "norvalien.\n\n"
    "Le Gouvernement a construit 300 écoles en 2023 dans les 12 régions du pays. Près de 70% "
    "des enfants vont désormais à l'école, contre 40% en 2019. Le pays recevra le Sommet "
    "régional sur l'eau à Lisar en juin 2025.\n"
)


def test_a_french_speech_given_on_someones_behalf_says_so_in_french() -> None:
    made = summary_of(ON_BEHALF, "discours.txt", lang="fr")
    # It had no first line and no intro: the summary opened on a point.
    assert made.lead == (
        "Cette déclaration est faite au nom de Son Excellence Madame Claire DUVAL, Présidente "
        "de la République de Norvalie, Cheffe de l'Etat."
    )
    assert made.intro == "Les points clés, dans les mots de la déclaration :"
    assert made.words <= summary.MAX_SUMMARY_WORDS


def test_on_behalf_of_a_government_or_a_country_names_no_one() -> None:
    text = ON_BEHALF.replace(
        "au nom de Son Excellence Madame Claire DUVAL, Présidente de la République de "
        "Norvalie, Cheffe de l'Etat,",
        "au nom du Gouvernement et au nom de mon pays,",
    )
    made = summary_of(text, "discours.txt", lang="fr")
    assert "au nom" not in made.lead


GERMAN = (
    "Rede zur Eröffnung der Rheinbrücke\n\n"
    "Sehr geehrte Damen und Herren,\n\n"
    "heute eröffnen wir die neue Rheinbrücke zwischen Kehl und Auheim. Die Brücke hat 48 "
    "Millionen Euro gekostet und wurde in 3 Jahren gebaut. Jeden Tag werden 20.000 Autos über "
    "die Brücke fahren. Die alte Brücke wird im Jahr 2027 abgerissen.\n"
)


def test_a_german_speech_naming_no_speaker_opens_on_its_own_title() -> None:
    made = summary_of(GERMAN, "rede.txt", lang="de")
    # The title is quoted as written: no article's case or gender to guess.
    assert made.lead == "Die Erklärung trägt den Titel „Rede zur Eröffnung der Rheinbrücke“."
    assert made.intro == "Die wichtigsten Punkte, in den Worten der Erklärung selbst:"
    # "Erklärung", "Titel" and "Punkte" are the summary's own words, not invented names.
    assert made.facts.invented == ()


def test_a_title_made_from_the_file_name_is_never_told() -> None:
    made = summary_of(GERMAN.split("\n\n", 1)[1], "rheinbruecke-2026.txt", lang="de")
    assert "Titel" not in made.lead


def test_a_dated_german_statement_naming_no_speaker_tells_its_day() -> None:
    made = summary_of(
        GERMAN.replace("\n\n", "\n\nBerlin, 1. März 2026\n\n", 1), "rede.txt", lang="de"
    )
    assert made.lead == (
        "Die Erklärung trägt den Titel „Rede zur Eröffnung der Rheinbrücke“. "
        "Sie wurde am 1. März 2026 in Berlin abgegeben."  # the dateline's place is told too
    )


INAUGURAL = (
    "Chief Justice Roberts, Vice President Harris, Speaker Pelosi, and my fellow Americans:\n\n"
    "Today we begin again. We will rebuild 300 bridges in 4 years and put 2 million people "
    "back to work. And, in my first act as President, I'd like to ask you to remember the "
    "400,000 people we lost this year.\n"
)


def test_a_speech_whose_speaker_names_their_office_is_addressed_to_whom_it_greets() -> None:
    made = summary_of(INAUGURAL, "inaugural.txt")
    # It had read "The President gave this speech to Chief Justice Roberts, …".
    assert made.lead == (
        "The President gave this speech. It is addressed to Chief Justice Roberts, Vice "
        "President Harris, Speaker Pelosi, and fellow Americans."
    )


ISSUED_BY = (
    "Westvale Police\n\nNews release\n\nIssued: 3 December 2026\n\n"
    "{opening} Northmere Harbour Board approved a £4 million plan to rebuild the north quay "
    "wall before next winter.\n\n"
    "The work will start in March and take 8 months. Boats will be moved to the south quay "
    "while it goes on.\n"
)


def test_a_release_issued_by_someone_opens_on_what_happened() -> None:
    made = summary_of(ISSUED_BY.format(opening="The"))
    # It had opened "This statement was issued by Westvale Police on 3 December 2026.", the
    # news left for the first point.
    assert made.lead == (
        "The Northmere Harbour Board approved a £4 million plan to rebuild the north quay wall "
        "before next winter. This statement was issued by Westvale Police on 3 December 2026."
    )
    assert not any("quay wall" in point for point in made.points)


def test_a_release_issued_by_someone_today_tells_the_day_in_its_lede_and_the_issuer_after() -> None:
    made = summary_of(ISSUED_BY.format(opening="Today, the"))
    assert made.lead == (
        "On 3 December 2026, the Northmere Harbour Board approved a £4 million plan to rebuild "
        "the north quay wall before next winter. This statement was issued by Westvale Police."
    )


@pytest.mark.parametrize(
    ("lang", "first", "tenth"),
    [
        ("en", "1 March 2024", "10 March 2024"),
        ("fr", "1er mars 2024", "10 mars 2024"),  # an ordinal: "le premier mars"
        ("it", "1º marzo 2024", "10 marzo 2024"),  # an ordinal: "il primo marzo"
        ("es", "1 de marzo de 2024", "10 de marzo de 2024"),
        ("de", "1. März 2024", "10. März 2024"),
        ("nl", "1 maart 2024", "10 maart 2024"),
    ],
)
def test_the_page_and_the_summary_write_a_day_alike(lang: str, first: str, tenth: str) -> None:
    assert metadata.iso_date_in_words("2024-03-01", lang) == first
    assert metadata.iso_date_in_words("2024-03-10", lang) == tenth
    meta = StatementMeta(title="X", date_text="2024-03-01", date_start="2024-03-01")
    assert summary.day_in_its_language(meta, lang) == first


def test_a_language_without_a_day_format_keeps_the_date_as_written() -> None:
    assert metadata.iso_date_in_words("2024-03-01", "pt") == "2024-03-01"
    assert metadata.day_in_words(2024, 13, 1, "fr") is None


@pytest.mark.parametrize(
    ("point", "kept"),
    [
        (
            "Monsieur le Président, ces aspirations organisent l'action du gouvernement.",
            "Ces aspirations organisent l'action du gouvernement.",
        ),
        (
            "Monsieur le Secrétaire Général, Le Burkina Faso apprécie les actions des Nations "
            "Unies.",
            "Le Burkina Faso apprécie les actions des Nations Unies.",
        ),
        ("Señoras y señores, España tomó la decisión.", "España tomó la decisión."),
        ("Meine Damen und Herren, die Brücke ist offen.", "Die Brücke ist offen."),
        ("Excellences, Mesdames et Messieurs.", ""),
        ("Le Président a signé la loi.", "Le Président a signé la loi."),
    ],
)
def test_no_in_short_point_opens_on_a_greeting_in_any_language(point: str, kept: str) -> None:
    assert summary.without_any_greeting(point) == kept


def test_a_french_sections_in_short_points_start_on_their_news() -> None:
    text = (
        "Monsieur le Président,\n\n"
        "Monsieur le Secrétaire Général, le Burkina Faso apprécie les actions que le système des "
        "Nations Unies mène sur le terrain depuis 2022. Près de 70% du territoire est désormais "
        "sous le contrôle de l'Etat contre 40% en 2022.\n"
    )
    statement = split_statement(SourceText(text, "discours.txt"), "fr")
    points = [
        point
        for section in statement.sections
        for point in summary.with_in_short(
            section, simplify_section(section, "fr", meta=statement.meta)
        ).in_short
    ]
    assert points
    assert not any(point.startswith("Monsieur") for point in points)


@pytest.mark.parametrize(
    ("issuer", "place", "told"),
    [
        ("Issued by the High Court of Westvale", "Westvale", "the High Court of Westvale."),
        ("Issued by Northshire Police", "Carrow", "Northshire Police in Carrow."),
        ("Issued by the Council for Carrow", "Carrow, Northshire", "the Council for Carrow."),
    ],
)
def test_an_issuer_whose_name_says_the_place_is_not_told_the_place_again(
    issuer: str, place: str, told: str
) -> None:
    meta = StatementMeta(title="X", place=place, notes=(issuer,))
    assert summary.lead_sentence(meta, "en").endswith(f"was issued by {told}")

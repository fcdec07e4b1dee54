"""A speech's summary as a press office pastes it: who spoke, and what the speech says it will do.

A reading of the dev corpus found a Speech from the Throne whose lead named only whom it was
addressed to, though the speaker named their office ("As governor general, I …"); an inaugural
address summed up by its history ("In 1863, Abraham Lincoln signed …") and its framing; a State
of the Union's "In 1945, there were about two dozen lonely democracies" without the "Today, there
are 122." that gives it its sense; and a PDF's line break that made "Unidas para alcanzar …" a
point of its own.
"""

from __future__ import annotations

from pipeline.models import StatementMeta
from pipeline.stages import summary
from pipeline.stages.load import SourceText
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement
from tests.summaries import summary_of


def _in_short(text: str, lang: str = "en") -> list[tuple[str, ...]]:
    """Each section's "In short" points, as a run makes them."""
    statement = split_statement(SourceText(text, "speech.txt"), lang)
    return [
        summary.in_short(s, simplify_section(s, lang, meta=statement.meta))
        for s in statement.sections
    ]


def _points(text: str, lang: str = "en") -> list[str]:
    return [point for points in _in_short(text, lang) for point in points]


_HOMES = "The Government will build 4,000 new homes in Port Alder by March 2028.\n"


def test_a_speaker_who_names_their_office_is_named_in_the_lead_with_whom_they_spoke_to() -> None:
    made = summary_of(
        "Honourable Senators,\nMembers of the House of Commons,\nLadies and gentlemen,\n\n"
        "As governor general, I have seen first-hand how much Northmere can do when its people "
        f"work together.\n\n{_HOMES}",
        "throne-speech.txt",
    )
    assert made.lead == (
        "The governor general gave this speech. It is addressed to the Senators and the "
        "Members of the House of Commons."
    )


def test_an_office_named_later_in_the_speech_or_without_a_greeting_names_the_speaker() -> None:
    made = summary_of(
        f"{_HOMES}\nAnd, in my first act as President, I'd like to ask you to remember the 300 "
        "people of Port Alder who lost their lives in the floods.\n",
        "throne-speech.txt",
    )
    assert made.lead.startswith("The President gave this statement")


def test_an_office_named_in_a_quotation_is_someone_elses() -> None:
    made = summary_of(
        f'{_HOMES}\nAnn Lee said: "In my first year as Mayor, I have seen 300 families leave '
        'Port Alder."\n',
        "throne-speech.txt",
    )
    assert "Mayor gave" not in made.lead


def test_a_bare_office_is_preferred_to_one_told_by_whom_it_serves() -> None:
    made = summary_of(
        "Honourable Senators,\n\nAs the representative of Her Majesty The Queen, I am pleased "
        "to be here.\n\nAs governor general, I have seen first-hand how much Northmere can do "
        f"when its people work together.\n\n{_HOMES}",
        "throne-speech.txt",
    )
    assert made.lead.startswith("The governor general gave this ")


def test_a_speaker_who_names_no_office_is_not_given_one() -> None:
    made = summary_of(
        "As a mother, I know how hard the winter can be for the families of Port Alder.\n\n"
        + _HOMES,
        "throne-speech.txt",
    )
    assert "gave this" not in made.lead and "given by" not in made.lead


def test_a_past_set_out_for_the_present_is_told_with_it() -> None:
    points = _points(
        "Far from being a hopeless dream, the advance of freedom is the great story of our "
        "time. In 1945, there were about 20 lonely democracies in the world. Today, there are "
        "122. We do not forget the other half of the world, in places like Burma and Iran.\n"
    )
    assert (
        "In 1945, there were about 20 lonely democracies in the world. Today, there are 122."
        in (points)
    )
    assert "In 1945, there were about 20 lonely democracies in the world." not in points


def test_a_history_long_before_the_statement_is_worth_less_than_what_it_says_of_now() -> None:
    assert summary.recalls_history("Many centuries ago, Saint Augustine wrote of a people.")
    assert summary.recalls_history("Here we stand, where 108 years ago, women marched to vote.")
    lincoln = "In another January, in 1863, Abraham Lincoln signed the Emancipation Proclamation."
    assert summary.recalls_history(lincoln, 2021)
    assert not summary.recalls_history(lincoln)  # no year for the statement: no measure
    assert not summary.recalls_history("In 2019, Northmere built 4,000 homes.", 2021)
    assert not summary.recalls_history("In 1945, there were 20 democracies. Today, there are 122.")
    meta = StatementMeta(title="US Inaugural 2021 Biden")
    assert summary.statement_year(meta) == 2021
    assert summary.statement_year(StatementMeta(title="Speech", date_start="2024-09-25")) == 2024
    assert summary._point_worth(lincoln, "", True, 2021) < summary._point_worth(
        "The Government will build 4,000 new homes in Port Alder.", "", True, 2021
    )


_FILLER = (
    "Every family in the land deserves a fair chance to get on in life. We owe that much to "
    "our parents and our grandparents, who built what we have. Nobody who works hard should "
    "be left behind in the years ahead of us. That is the promise we make and the promise we "
    "will keep for the people."
)
_PARTS = (
    ("Housing", "Our Government's agenda reflects that our strength is our people.", _HOMES),
    ("Schools", "Every child deserves a good school.", "We will open 9 new schools in 2027.\n"),
    ("Hospitals", "Health is wealth.", "We will add 300 beds at Westvale hospital in 2027.\n"),
    ("Police", "Safety matters to all.", "We will hire 1,200 new officers over 3 years.\n"),
    ("Energy", "Our planet needs us.", "We will build 40 wind turbines off Carrow Point.\n"),
    ("Ports", "Trade is our life.", "We will open the Port Alder docks to big ships in 2030.\n"),
    ("Trains", "Towns need links.", "We will reopen the Wellmouth line in May 2029.\n"),
    ("Water", "Water is life.", "We will fix 2,000 leaking pipes in Wellmouth by June 2028.\n"),
    ("Roads", "Roads join us.", "We will repair 800 km of roads in Carrow by April 2029.\n"),
    ("Farms", "Farms feed us.", "We will pay 5,000 farmers in Northmere to plant hedges.\n"),
)


def test_a_long_speech_tells_each_parts_news_not_its_theme() -> None:
    # Each part opens on its theme, said at length, and tells its news after it.
    body = "".join(
        f"## {head}\n\n{theme[:-1]}, as the people of every town and village have told us "
        f"again and again. {_FILLER}\n\n{news}\n"
        for head, theme, news in _PARTS
    )
    made = summary_of(f"# Speech from the Throne\n\nPort Alder, 19 November 2026\n\n{body}")
    news = [said.strip() for _, _, said in _PARTS]
    assert sum(point in news for point in made.points) >= 5
    assert not any(point.startswith(theme[:20]) for _, theme, _ in _PARTS for point in made.points)


def test_a_sentence_that_does_what_the_one_before_set_out_is_no_point_alone() -> None:
    points = _points(
        "The Government will help every family with the cost of raising children, and it will "
        "give more to those who need it most in Northmere.\n\nThe new Child Benefit will do just "
        "that.\n\nThe Government will cut the tax on small businesses in Northmere to 9 per cent "
        "in 2027.\n"
    )
    assert "The new Child Benefit will do just that." not in points
    assert summary._leans_on_another("We cannot have one without the other.", True)


def test_thanks_told_as_gratitude_is_a_courtesy() -> None:
    assert summary._is_courtesy(
        "For 24 years of faithful service, Northmere is grateful to Justice Anna Berg."
    )
    assert not summary._is_courtesy("Northmere will build 4,000 new homes in Port Alder.")


def test_an_undertaking_is_a_point_before_a_hope_and_a_question_without_its_mark_is_none() -> None:
    points = _points(
        "Look, folks, we have been through a great deal together in Northmere this year.\n\n"
        "Will we rise to the occasion, is the question.\n\nWe will be a strong and trusted "
        "partner for peace, progress, and security. We will repair our alliances and engage "
        "with the world once again.\n"
    )
    assert "We will repair our alliances and engage with the world once again." in points
    assert not any(point.startswith("Will we") for point in points)


def test_an_announcement_after_so_tonight_stands_alone_and_counts_as_news() -> None:
    announced = "So tonight, I announce the Clean Energy Plan for Northmere."
    assert not summary._leans_on_another(announced, True)
    assert summary._leans_on_another("So we will build it.", True)
    assert summary._news_weight(announced) > summary._news_weight(
        "Tonight, I think of the Clean Energy Plan for Northmere."
    )


def test_the_rest_of_a_sentence_cut_by_a_page_gap_is_no_point() -> None:
    points = _points(
        "La labor de las misiones de paz es instrumental en otros muchos escenarios, como el "
        "Sáhara Occidental, donde España seguirá apoyando al enviado personal del secretario "
        "general de Naciones\n\nUnidas para alcanzar una solución mutuamente aceptable en el "
        "marco de Naciones Unidas en 2025.\n\nEspaña acogerá la Cumbre Iberoamericana en Madrid "
        "en noviembre de 2026.\n",
        "es",
    )
    assert not any(point.startswith("Unidas") for point in points)
    assert "España acogerá la Cumbre Iberoamericana en Madrid en noviembre de 2026." in points


def test_a_point_that_goes_on_from_another_in_spanish_french_or_german_leans_on_it() -> None:
    for point in (
        "Y lo hace, también, el impacto económico de la violencia: hasta el 13% del PIB.",
        "Pero también emergen nuevos retos en 2025.",
        "A estas alturas del año, ese volumen supera el 60%.",
        "Pour leur part, les pays du Sahel ont saisi le Conseil de Sécurité le 20 août.",
        "Aber wir haben 2015 viel erreicht.",
    ):
        assert summary._leans_on_another(point, False), point
    assert not summary._leans_on_another("España tomó la decisión el 28 de mayo.", False)


def test_a_span_of_one_year_is_a_figure_and_one_day_is_none() -> None:
    toll = "The virus has taken as many lives in one year as Northmere lost in the Great War."
    assert summary._point_worth(toll, "", True) > summary._point_worth(
        "The virus has taken as many lives as Northmere lost in the Great War.", "", True
    )
    hope = "There will one day be a cure for the disease in Northmere."
    assert summary._point_worth(hope, "", True) <= summary._point_worth(
        "There will be a cure for the disease in Northmere.", "", True
    )


def test_a_sentence_after_a_long_heading_with_no_verb_stands_alone() -> None:
    opening = "The River Wend burst its banks in Carrow on 12 November 2026.\n\n"
    points = _points(
        f"{opening}Northmere Council's response to the flooding of the River Wend in Carrow "
        "and Wellmouth\n\nThe Council will pay 500 pounds to every flooded household in Carrow by 1 "
        "March 2027.\n"
    )
    assert (
        "The Council will pay 500 pounds to every flooded household in Carrow by 1 March 2027."
        in points
    )
    cut = _points(
        f"{opening}The Council has agreed that it will pay every flooded household in Carrow "
        "and the villages along the\n\nRiver Wend 500 pounds by 1 March 2027.\n\nThe Council "
        "will reopen the Carrow bridge on 4 May 2027.\n"
    )
    assert not any(point.startswith("River Wend") for point in cut)

"""The "In short" points and the summary read right to a press officer pasting them today.

A reading of the dev corpus found points that went on from a sentence left out ("Here too we
will stay fully committed.", "In fact, they had changed well before it.", "Likewise, we will
not accept …"), a pronoun that was the subject of a half sentence ("This immediately became
global, …"), a Spanish "Es decir, el equivalente a …" that only restates the sentence before,
and a French point on "ces actes" whose acts the sentence before had named.
"""

from __future__ import annotations

import pytest

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


def _after_what_it_goes_on_from(points: tuple[str, ...], text: str, point: str) -> bool:
    """True when `point` follows, among `points`, the sentence that comes before it in `text`."""
    before = text[: text.index(point)].rstrip().rsplit(". ", 1)[-1]
    index = points.index(point)
    return index > 0 and points[index - 1].rstrip(".") in before


_LEBANON = (
    "In Lebanon, the hopes of the people must be respected and heard by every one of us "
    "gathered here today. The United Nations must work with civil society and with the local "
    "groups that know the streets of the city. We have seen how quickly the people of the port "
    "came together after the blast, and how much they gave. Their courage commands the "
    "admiration of us all, and it should guide the way we work with them now. The "
    "reconstruction will take years, and it will need patience from donors and from the "
    "authorities alike. It is also a question of trust between the people and those who govern "
    "them. In Syria, the resumption of talks in Geneva under the United Nations is a positive "
    "step for the region. Here too we will send 40 doctors and 3 field hospitals to the region "
    "before 1 September 2020. We will stay at the side of all those who want peace, in the "
    "region and beyond it, for as long as it takes.\n"
)


def test_a_point_that_goes_on_from_a_sentence_left_out_is_not_an_in_short_point() -> None:
    points = [p for section in _in_short(_LEBANON) for p in section]
    assert points
    # It had been a point after the Lebanon points, its "here" then read as Lebanon.
    goes_on = [p for p in points if p.startswith("Here too")]
    assert not goes_on or _after_what_it_goes_on_from(tuple(points), _LEBANON, goes_on[0])


@pytest.mark.parametrize(
    ("sentence", "english"),
    [
        ("In fact, they had changed well before it.", True),
        ("Likewise, we will not accept the use of chemical weapons.", True),
        ("Here too we will stay fully committed.", True),
        ("Par ailleurs, la France enverra 40 médecins.", False),
        ("Y lo hace, también, el impacto económico de la violencia.", False),
        ("Aber die Regierung wird 300 Schulen bauen.", False),
    ],
)
def test_a_sentence_that_goes_on_from_the_one_before_is_known(sentence: str, english: bool) -> None:
    assert summary._goes_on(sentence, english)


@pytest.mark.parametrize(
    "sentence",
    [
        "France will send 40 doctors to Beirut.",
        "So far the federal government has committed $85 billion to the Gulf Coast.",
        "So tonight, I announce the Advanced Energy Initiative.",
    ],
)
def test_a_sentence_that_stands_alone_does_not_go_on(sentence: str) -> None:
    assert not summary._goes_on(sentence, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "This immediately became global, never before seen since 1945.",
        "That quickly became the largest relief effort in 40 years.",
        "This became the first step towards peace.",
    ],
)
def test_a_pronoun_subject_with_an_adverb_before_its_verb_never_stands_alone(
    sentence: str,
) -> None:
    assert summary._LEANS_BACK.match(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "This December marks 5 years since the signing of the Paris Agreement.",
        "This early warning system will reach 2 million people by 2027.",
    ],
)
def test_this_naming_its_own_noun_may_still_stand_alone(sentence: str) -> None:
    assert not summary._LEANS_BACK.match(sentence)


def test_a_spanish_that_is_restating_the_sentence_before_is_never_a_point() -> None:
    # Its figure (180 countries) had made it the section's second point, ahead of a whole one.
    text = (
        "Crece el número de países involucrados en guerras fuera de sus fronteras, a niveles "
        "sin precedentes desde 1945. La violencia tiene un coste humano que nadie puede ignorar "
        "hoy. El impacto económico de la violencia es enorme para todos nosotros. Es decir, el "
        "equivalente a toda la riqueza creada en un año por 180 países juntos. Nuestros pueblos "
        "merecen algo mejor que la guerra y el miedo que trae consigo.\n"
    )
    points = [p for section in _in_short(text, "es") for p in section]
    assert len(points) == 2
    assert not any(p.startswith("Es decir") for p in points)


@pytest.mark.parametrize(
    "point",
    [
        "Nous réitérons notre condamnation ferme de ces actes d'agression.",
        "Le Burkina Faso condamne fermement ces attaques contre Djibo.",
    ],
)
def test_a_french_point_on_what_the_sentence_before_named_leans_on_it(point: str) -> None:
    assert summary._leans_on_another(point, False)


@pytest.mark.parametrize(
    "point",
    [
        "C'est dans cet esprit que s'est tenu le 06 juillet 2024 le premier Sommet de l'AES.",
        "Nous saluons le travail accompli au cours de cette session par le Président.",
        "Le Burkina Faso rappelle que ce que nous voulons, c'est la paix.",
    ],
)
def test_a_french_point_whose_demonstrative_names_here_and_now_stands_alone(point: str) -> None:
    assert not summary._leans_on_another(point, False)


@pytest.mark.parametrize(
    ("point", "said"),
    [
        (
            "Of note, CRI members and insurance bodies have backed guidance on ransomware.",
            "CRI members and insurance bodies have backed guidance on ransomware.",
        ),
        (
            "So tonight, I announce the Advanced Energy Initiative.",
            "Tonight, I announce the Advanced Energy Initiative.",
        ),
        (
            "Importantly, the fund will reach 12 countries by 2026.",
            "The fund will reach 12 countries by 2026.",
        ),
    ],
)
def test_a_summary_point_goes_without_the_words_that_flag_it(point: str, said: str) -> None:
    assert summary._without_its_ordinal(point) == said


@pytest.mark.parametrize(
    "point",
    [
        "So far the federal government has committed $85 billion to the Gulf Coast.",
        "So many families have lost their homes in Port Alder.",
        "Of the 68 members, 40 met in Washington, D.C.",
    ],
)
def test_a_summary_point_whose_first_words_are_its_own_keeps_them(point: str) -> None:
    assert summary._without_its_ordinal(point) == point


def test_the_summary_tells_a_flagged_point_without_its_flag() -> None:
    made = summary_of(
        "Northmere Council today opened 3 new flood shelters in Port Alder for 1,200 people.\n\n"
        "Of note, the council and 4 insurers have backed guidance for households hit by the "
        "flooding of the River Wend.\n"
    )
    assert any(p.startswith("The council and 4 insurers have backed guidance") for p in made.points)
    assert not any("Of note" in p for p in made.points)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thinking about their families, about what comes next.",
        "By being smart, and caring—on a scale as never before.",
    ],
)
def test_a_half_sentence_opening_on_a_participle_is_a_fragment(sentence: str) -> None:
    assert summary._is_fragment(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Working together, the Government will keep leading on the climate.",
        "Having endured 50 years of occupation, Latvia understands the value of freedom.",
        "Building 4,000 homes is our first task.",
        "Everything that we built was lost.",
        "During the storm, 40 homes flooded in Port Alder.",
    ],
)
def test_a_sentence_opening_on_a_participle_with_its_own_verb_is_whole(sentence: str) -> None:
    assert not summary._is_fragment(sentence)


def test_a_verbless_echo_of_the_sentence_before_is_no_in_short_point() -> None:
    # The summary already left "Una ciencia que …" out; the section's own points had led on it.
    text = (
        "La ciencia es la respuesta a los desafíos que enfrentamos hoy. "
        "Una ciencia que pone al ser humano en el centro de sus 17 objetivos para 2030. "
        "Nuestros pueblos merecen algo mejor que la guerra y el miedo que trae consigo. "
        "La paz es posible si trabajamos juntos cada día con esperanza y con valor.\n"
    )
    assert _in_short(text, "es") == [
        ("La ciencia es la respuesta a los desafíos que enfrentamos hoy.",)
    ]


@pytest.mark.parametrize(
    ("point", "echo"),
    [
        ("Una ciencia que pone al ser humano en el centro de sus preocupaciones.", True),
        ("Un pays, le Burkina Faso, qui croit en la paix.", True),
        ("España tomó la decisión de reconocer al Estado de Palestina.", False),
        ("The Government will build 4,000 homes that families can afford.", False),
    ],
)
def test_an_echo_is_known_whatever_the_language(point: str, echo: bool) -> None:
    assert summary.is_any_echo(point) is echo


@pytest.mark.parametrize(
    "sentence",
    [
        "Y que, ante las dudas de otros, responde con más confianza en el multilateralismo.",
        "Et qui croit en la paix depuis 1960.",
    ],
)
def test_the_rest_of_a_relative_clause_is_never_a_point(sentence: str) -> None:
    assert summary._LEANS_BACK_ELSEWHERE.match(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Y acogeremos la trigésima Cumbre Iberoamericana en 2026.",
        "Und die Regierung wird 300 Schulen bauen.",
        "Et quiconque le nie se trompe.",
    ],
)
def test_a_sentence_joined_by_and_is_not_taken_for_a_relative_clause(sentence: str) -> None:
    assert not summary._LEANS_BACK_ELSEWHERE.match(sentence)

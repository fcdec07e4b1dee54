"""What a listener hears in a public body's briefing: titles, units, numerals, foreign figures.

Council minutes, police appeals, planning notices and ministry briefings write "Cllr.",
"H.E.", "15 ha", "Region IV", "500 escuelas" or "Art. 5 Abs. 2", which the voice said as
letters, as a king's number or in the wrong gender. Each golden case is one item as a
newsreader says it; refusals pin down where a rule must not fire. These rules change what is
said only: the on-screen text keeps the statement's own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.build import build_package
from pipeline.settings import Settings, Versions
from pipeline.speech_text import to_speech
from pipeline.text import split_sentences
from tests.fakes import SilentEngine


def say(text: str, lang: str = "en") -> str:
    return to_speech(text, lang).text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cllr. Jane Smith opened the meeting.", "Councillor Jane Smith opened the meeting."),
        # "H.E." is "His" or "Her Excellency" only where the next title says which; before a
        # bare office or name the honorific is left out, not guessed (it was "H E").
        ("H.E. Mr Ali Hassan spoke.", "His Excellency Mister Ali Hassan spoke."),
        ("H.E. Ms Maria Lopez spoke.", "Her Excellency Miz Maria Lopez spoke."),
        ("H.E. Ambassador Maria Lopez spoke.", "Ambassador Maria Lopez spoke."),
        ("See ref. 12 for details.", "See reference twelve for details."),
        ("Quote our ref. HR/31.", "Quote our reference H R slash three one."),
        ("Ask the ref. He knows.", "Ask the ref. He knows."),
        ("As shown in Fig. 3, costs rose.", "As shown in Figure three, costs rose."),
        ("See figs. 2 and 4.", "See figures two and four."),
        (
            "The office is at 4 Merrion Sq., Dublin.",
            "The office is at four Merrion Square, Dublin.",
        ),
        ("He served 12 yrs in the force.", "He served twelve years in the force."),
        ("She served 1 yr abroad.", "She served one year abroad."),
        ("Det. Sgt. Paul Byrne led it.", "Detective Sergeant Paul Byrne led it."),
        ("Sgt Ann Lee arrived.", "Sergeant Ann Lee arrived."),
        ("Costs incl. VAT rose.", "Costs including V A T rose."),
        ("The fund is approx. 5 million euros.", "The fund is approximately five million euros."),
        ("Under s. 12 of the Act, it applies.", "Under section twelve of the Act, it applies."),
        # Refusals: "fig." before no number, "Sq" after no street name, "H.E." before a
        # small letter (higher education) are left to the other rules.
        ("A fig. It grew.", "A fig. It grew."),
        ("The H.E. sector grew.", "The H E sector grew."),
    ],
)
def test_an_english_title_or_abbreviation_is_said_in_full(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    "text",
    [
        "Cllr. Jane Smith opened the meeting. It went well.",
        "We met Cllr. Smith today. It went well.",
        "Then Det. Byrne spoke. It went well.",
        "Then Det. Insp. Kane spoke. It went well.",
        "It was Sgt. Lee who came. It went well.",
        "Costs rose for all homes incl. Dublin ones. It went well.",
        "Under s. 12 of the Act, the council must act. It went well.",
        "The powers in ss. 4-6 apply. It went well.",
        "He served 12 yrs. in the force. It went well.",
    ],
)
def test_a_sentence_does_not_end_after_a_title_or_a_section_sign(text: str) -> None:
    """pysbd broke "Cllr. | Jane Smith", "s. | 12 of the Act": the voice stopped after each."""
    first, second = split_sentences(text)
    assert second == "It went well."
    assert f"{first} {second}" == text


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # Refusals: "yrs." before a capital still ends a sentence, and so does a capital "S.".
        ("He served 12 yrs. Then he left.", ["He served 12 yrs.", "Then he left."]),
        ("It passed in 2020. S. Smith agreed.", ["It passed in 2020.", "S. Smith agreed."]),
    ],
)
def test_a_sentence_still_ends_where_it_ends(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("The road is 5 km long.", "The road is five kilometers long."),
        ("The road is 1 km long.", "The road is one kilometer long."),
        ("It weighs 20 kg.", "It weighs twenty kilograms."),
        ("The wall is 3 m high.", "The wall is three meters high."),
        ("The wall is 1 m high.", "The wall is one meter high."),
        ("A 3 m wall fell.", "A three meter wall fell."),
        ("The limit is 40 mph.", "The limit is forty miles per hour."),
        ("The plant makes 10 MW.", "The plant makes ten megawatts."),
        ("The farm makes 2 GW.", "The farm makes two gigawatts."),
        ("The site covers 15 ha.", "The site covers fifteen hectares."),
        ("The site covers 1 ha.", "The site covers one hectare."),
        # "m" before what is counted is millions; with a currency, always.
        ("About 5 m people live there.", "About five million people live there."),
        ("It costs £5 m.", "It costs five million pounds."),
        # Refusals: "m" and "ha" are units only after a figure.
        ("The m is silent, ha.", "The m is silent, ha."),
    ],
)
def test_a_unit_after_a_number_is_said_in_full(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Meet in Room IV at noon.", "Meet in Room four at noon."),
        ("Region IV reported first.", "Region four reported first."),
        ("See Part II of the plan.", "See Part two of the plan."),
        ("Chapter III covers costs.", "Chapter three covers costs."),
        ("Title IX applies.", "Title nine applies."),
        ("Article VI sets the rule.", "Article six sets the rule."),
        ("Phase II starts soon.", "Phase two starts soon."),
        ("Level III was declared.", "Level three was declared."),
        # Refusals: the pronoun, a word that looks like a numeral, a numeral after no cue.
        ("Then I went home and I saw it.", "Then I went home and I saw it."),
        ("The MIX of policies matters.", "The M I X of policies matters."),
        ("We call it plan IV now.", "We call it plan IV now."),
    ],
)
def test_a_roman_numeral_is_a_number_only_after_its_cue(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Cuesta 8.000 millones de euros.", "Cuesta ocho mil millones de euros."),
        ("Se abrieron 500 escuelas.", "Se abrieron quinientas escuelas."),
        ("Hay 1.500 personas.", "Hay mil quinientas personas."),
        ("Hay 500 mil personas.", "Hay quinientas mil personas."),
        ("Llegaron 300 mujeres.", "Llegaron trescientas mujeres."),
        ("El billete cuesta 2,50 euros.", "El billete cuesta dos con cincuenta euros."),
        ("Cuesta 1,05 euros.", "Cuesta uno con cero cinco euros."),
        ("Cuesta 2,50 €.", "Cuesta dos euros con cincuenta."),
        ("Mide 2,50 metros.", "Mide dos coma cincuenta metros."),
        ("Son 3,25 millones de euros.", "Son tres coma veinticinco millones de euros."),
        # Refusals: a masculine noun, millions (a masculine noun) and a one-figure decimal.
        ("Hay 200 hospitales.", "Hay doscientos hospitales."),
        ("Hay 500 días.", "Hay quinientos días."),
        ("Son 200 millones de personas.", "Son doscientos millones de personas."),
        ("La tasa es 2,5 por ciento.", "La tasa es dos coma cinco por ciento."),
    ],
)
def test_a_spanish_number_agrees_and_a_price_is_said_as_a_price(written: str, spoken: str) -> None:
    assert say(written, "es") == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Die Feier ist am 3. Oktober.", "Die Feier ist am dritten Oktober."),
        ("Der 3. Oktober ist ein Feiertag.", "Der dritte Oktober ist ein Feiertag."),
        (
            "Der Rat tagte am 3.10.2024.",
            "Der Rat tagte am dritten Oktober, zweitausendvierundzwanzig.",
        ),
        # An ISO date after a quote mark: the day rule left "vierzehn." with its dot.
        ("date: '2024-10-14'", "date: 'vierzehnten Oktober, zweitausendvierundzwanzig'"),
        ("Siehe Art. 5 Abs. 2 GG.", "Siehe Artikel fünf Absatz zwei G G."),
        ("Nach § 5 Abs. 2 gilt das.", "Nach Paragraf fünf Absatz zwei gilt das."),
        ("Art. 12 Nr. 3 gilt.", "Artikel zwölf Nummer drei gilt."),
        # Refusal: "Art." before no number is the word "Art" (kind).
        ("Die Art. der Sache.", "Die Art. der Sache."),
    ],
)
def test_a_german_date_and_a_law_reference_are_said_in_full(written: str, spoken: str) -> None:
    assert say(written, "de") == spoken


def test_the_on_screen_text_keeps_the_statement_s_own_words(tmp_path: Path) -> None:
    """Speech only: statement.txt and plain.md show "Cllr." and "s. 12"; the voice hears them said."""
    source = tmp_path / "briefing.txt"
    source.write_text(
        "Council briefing\n\n"
        "Cllr. Jane Smith said the works under s. 12 of the Act cover 15 ha in Region IV. "
        "They will take 2 yrs.\n"
    )
    engine = SilentEngine()
    settings = Settings(input_path=source, output_dir=tmp_path / "out", versions=Versions.ORIGINAL)
    folder = build_package(settings, engine=engine).package.folder
    shown = (folder / "statement.txt").read_text()
    assert (
        "Cllr. Jane Smith said the works under s. 12 of the Act cover 15 ha in Region IV." in shown
    )
    assert "Councillor" not in (folder / "plain.md").read_text()
    heard = " ".join(engine.texts)
    assert "Councillor Jane Smith said the works under section twelve" in heard
    assert "fifteen hectares in Region four" in heard
    assert "two years" in heard

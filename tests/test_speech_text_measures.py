"""What a listener hears for measures, rates, citations and tags a speaker would say in words.

Each written form here reached the voice as it stood and came out as letters or a wrong word:
"19,685 ft" as "eff tee", "2,400 lb" as "el bee", "3.5 sq mi" as "ess queue my", "6 hrs" as
"aitch ar ess", "50 bps" as "bee pee ess", "1°C" as "one degrees", "Arts. 4-6" as "arts",
"c. 1950" as "see", "2.3% y/y" as "why why", "AT&T" as "at and T", "the 2015 attacks" as
"two thousand fifteen attacks". Refusals pin down where a rule must not fire.
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import load_lexicon, to_speech
from pipeline.stages.speak import with_phonemes


def say(text: str, lang: str = "en") -> str:
    return to_speech(text, lang).text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # A figure with a thousands comma or a decimal: the feet were left as "ft".
        ("It flew at 19,685 ft.", "It flew at nineteen thousand six hundred eighty-five feet."),
        ("A drop of 1.5 ft here.", "A drop of one point five feet here."),
        ("It rose 1 ft.", "It rose one foot."),
        ("The flat is 400 sq ft.", "The flat is four hundred square feet."),
        ("A 400 sq ft flat.", "A four hundred square foot flat."),
        # Pounds, ounces, miles, yards and grams, one and many.
        (
            "It weighed 2,400 lb, and 1 lb more.",
            "It weighed two thousand four hundred pounds, and one pound more.",
        ),
        ("Bags of 50 lbs.", "Bags of fifty pounds."),
        (
            "Add 2 oz of salt and 500 g of flour.",
            "Add two ounces of salt and five hundred grams of flour.",
        ),
        (
            "Roads over 3.5 sq mi and 2 mi away.",
            "Roads over three point five square miles and two miles away.",
        ),
        ("A run of 100 yd.", "A run of one hundred yards."),
        # Times written short; four figures before "hrs" stay a clock time.
        ("It lasted 6 hrs, then 1 hr more.", "It lasted six hours, then one hour more."),
        (
            "Open for 45 mins, closed for 10 min.",
            "Open for forty-five minutes, closed for ten minutes.",
        ),
        ("A 24-hr line and a 10-min walk.", "A twenty-four hour line and a ten minute walk."),
        ("At 1400hrs they left.", "At two p m they left."),
        ("Rates fell by 50 bps.", "Rates fell by fifty basis points."),
        # A unit joined by a hyphen describes the noun after it: singular.
        ("A 1,000-km pipeline.", "A one thousand kilometer pipeline."),
        ("A 1,000 km-long pipeline.", "A one thousand kilometer-long pipeline."),
        ("A 5-m wall.", "A five meter wall."),
        # Refusals: a letter "G" and a hyphen joining two figures are no units.
        ("The G7 met.", "The G seven met."),
        ("A 2-in-1 device.", "A two-in-one device."),
    ],
)
def test_imperial_and_short_units_are_said_in_full(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("The well is 12 in deep.", "The well is twelve inches deep."),
        ("A 55in screen.", "A fifty-five inch screen."),
        ("It is 30in wide.", "It is thirty inches wide."),
        ("Up to 4 in of snow.", "Up to four inches of snow."),
        ("A tile 6 in by 4 in.", "A tile six inches by four inches."),
        ("A tile 6 in x 4 in.", "A tile six inches by four inches."),
        # Refusals: "in" after a figure is the preposition here.
        ("Around 3 in 4 adults.", "Around three in four adults."),
        ("It affects 1 in over 100 people.", "It affects one in over one hundred people."),
        ("Born 1990 in Leeds.", "Born nineteen ninety in Leeds."),
        ("He scored 2 in the final.", "He scored two in the final."),
        ("We want 200 in by March.", "We want two hundred in by March."),
    ],
)
def test_inches_are_said_where_in_cannot_be_the_preposition(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("It was 1°C at dawn.", "It was one degree Celsius at dawn."),
        ("It fell to -1°C.", "It fell to minus one degree Celsius."),
        ("A rise of 1 °F.", "A rise of one degree Fahrenheit."),
        ("It lies 1° north.", "It lies one degree north."),
        # Refusals: a decimal and a larger number keep the plural.
        ("It was 0.1°C warmer.", "It was zero point one degrees Celsius warmer."),
        ("It was 21°C.", "It was twenty-one degrees Celsius."),
    ],
)
def test_one_degree_is_singular(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Under Arts. 4-6 of the Code.", "Under Articles four to six of the Code."),
        ("A vase made c. 1750.", "A vase made circa seventeen fifty."),
        ("Built ca. 1900 in brick.", "Built circa nineteen hundred in brick."),
        (
            "Prices rose 2.3% y/y and 0.4% m/m.",
            "Prices rose two point three percent year on year and zero point four percent month on month.",
        ),
        (
            "Sales up 5% q/q and 9% YoY.",
            "Sales up five percent quarter on quarter and nine percent year on year.",
        ),
        ("AT&T and P&O signed.", "A T and T and P and O signed."),
        ("Up 12.5pc on the year.", "Up twelve point five percent on the year."),
        # Refusals: a chapter of an Act is no date, and a slash between other letters stays.
        ("See the Act 2005 c. 12.", "See the Act two thousand five c. twelve."),
        ("The y/n answer.", "The y n answer."),
        ("PC Smith and 2 PCs.", "P C Smith and two P Cs."),
    ],
)
def test_citations_rates_and_initials_are_said_as_words(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("I recall the 2015 attacks in Paris.", "I recall the twenty fifteen attacks in Paris."),
        ("Q3 2024 results were strong.", "Q three twenty twenty-four results were strong."),
        ("In FY 2025 approvals rose.", "In F Y twenty twenty-five approvals rose."),
        # Refusals: a count before its noun without "the", and a number below the 1900s.
        ("We hired 2015 officers.", "We hired two thousand fifteen officers."),
        (
            "In 2019 the 1500 delegates met.",
            "In twenty nineteen the one thousand five hundred delegates met.",
        ),
    ],
)
def test_a_year_before_a_plural_is_still_a_year_after_the_or_a_quarter(
    written: str, spoken: str
) -> None:
    assert say(written) == spoken


def test_a_hashtag_is_said_as_one() -> None:
    """ "#StormWatch" lost its sign: the listener heard a name, not a tag to search for."""
    assert say("Follow #StormWatch and #COVID19.") == (
        "Follow hashtag Storm Watch and hashtag Covid nineteen."
    )
    # Refusals: a sharp, a number sign and a heading's hash are no tags.
    assert say("Use C# for item #5.") == "Use C for item number five."
    # In French the word is the same, and the figures are said apart from the name.
    assert say("Suivez #Paris2024.", "fr") == "Suivez hashtag Paris deux mille vingt-quatre."


class _IpaEngine:
    """Takes inline phonemes, as Piper does."""

    def phoneme_markup(self, ipa: str) -> str:
        return f"[[ {ipa} ]]"


def test_the_word_hashtag_keeps_its_tag_stressed_for_a_phoneme_voice() -> None:
    """With "tag" unstressed, Whisper heard "#StormWatch" as "hash extorm watch"."""
    spoken = say("Follow #StormWatch now.")
    assert with_phonemes(spoken, load_lexicon(), _IpaEngine()) == (  # type: ignore[arg-type]
        "Follow [[ hˈæʃtˌæɡ ]] Storm Watch now."
    )

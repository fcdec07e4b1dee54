"""What the voice says for forms a listening review of three corpus statements found said wrongly.

Three known gaps were checked first: "H.E. MR. SMITH" was spelled letter by letter and lost
its "His Excellency"; "Ref: 2026/CCC/IG" lost its slashes ("twenty twenty-six C C C I G");
"UN-Women" is written "U-N Women" in the speech text only as the key of its phonemes, and is
said as two stressed letters, "U N Women", by both Piper and espeak-ng.
"""

from __future__ import annotations

import pytest

from pipeline.engines.piper_engine import PiperEngine
from pipeline.speech_text import load_lexicon, to_speech
from pipeline.stages.speak import with_phonemes


def say(text: str) -> str:
    return to_speech(text).text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("H.E. MR. SMITH spoke.", "His Excellency Mister Smith spoke."),
        ("H.E. MR SMITH spoke.", "His Excellency Mister Smith spoke."),
        ("H.E. MS. ANA LOPEZ spoke.", "Her Excellency Miz Ana Lopez spoke."),
        (
            "Statement by H.E. MR. JOHN SMITH, Minister.",
            "Statement by His Excellency Mister John Smith, Minister.",
        ),
        # Two people: "AND" joins them and is no part of the first name.
        (
            "H.E. MR. SMITH AND H.E. MRS. JONES arrived.",
            "His Excellency Mister Smith and Her Excellency Missus Jones arrived.",
        ),
        ("H.E. MRS. O'NEILL-SMITH spoke.", "Her Excellency Missus O'Neill-Smith spoke."),
        # Already in small letters: as before.
        ("H.E. Mr. Smith spoke.", "His Excellency Mister Smith spoke."),
    ],
)
def test_an_excellency_in_capitals_is_a_title_and_a_name(written: str, spoken: str) -> None:
    assert say(written) == spoken


def test_an_excellency_in_capitals_reports_no_unknown_acronyms() -> None:
    assert to_speech("H.E. MR. SMITH spoke.").unknown_acronyms == ()


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Without "H.E." a title's capitals mid-sentence are not taken for a title.
        ("The MS. LEE: report", "The M S. L E E: report"),
        ("People with MS face costs.", "People with M S face costs."),
    ],
)
def test_title_capitals_without_an_excellency_are_left_alone(written: str, spoken: str) -> None:
    assert say(written) == spoken


def test_an_excellency_in_capitals_only_in_english() -> None:
    """French has its own titles ("M.", "Mme"); the English "His Excellency" is not put in."""
    assert "Excellency" not in to_speech("H.E. MR. SMITH a parlé.", "fr").text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Ref: 2026/CCC/IG", "Reference: two zero two six slash C C C slash I G"),
        ("Ref: 114/IG/2026.", "Reference: one one four slash I G slash twenty twenty-six."),
        (
            "Resolution 2026/AB passed.",
            "Resolution twenty twenty-six slash A B passed.",
        ),
        # Letters first, as before.
        (
            "Ref: CCC/IG/2026/114",
            "Reference: C C C slash I G slash twenty twenty-six slash one one four",
        ),
    ],
)
def test_a_code_opening_with_figures_keeps_its_slashes(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # No part in capitals: the number rules read these as before.
        ("Open 24/7 since 9/11.", "Open twenty-four seven since nine eleven."),
        ("Ratio 75/10.", "Ratio seventy-five slash ten."),
    ],
)
def test_figures_and_slashes_without_capitals_are_no_code(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize("written", ["UN-Women", "UN Women"])
def test_un_women_reaches_piper_as_two_stressed_letters(written: str) -> None:
    """The hyphen of "U-N" is never said: it keys the phonemes "jˈuːˈɛːn", "U" and "N" stressed."""
    said = with_phonemes(say(f"We work with {written} on this."), load_lexicon(), PiperEngine())
    assert said == "We work with [[ jˈuːˈɛːn wˈɪmɪn ]] on this."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # The Latvian presidency's address line (dev corpus 06): was "L V nineteen hundred".
        ("Pils laukums 3, Riga, LV-1900", "Pils laukums three, Riga, L V, one nine zero zero"),
        (
            "Palais des Nations, CH-1211 Geneva 10, Switzerland",
            "Palais des Nations, C H, one two one one Geneva ten, Switzerland",
        ),
        ("Mail to F-75008 Paris.", "Mail to F, seven five zero zero eight Paris."),
    ],
)
def test_a_prefixed_postcode_is_said_figure_by_figure(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Two figures, or no town after: names with a number, as before.
        ("The MH-17 crash and the F-35 jet.", "The M H seventeen crash and the F thirty-five jet."),
        ("The D-1400 engine failed.", "The D fourteen hundred engine failed."),
    ],
)
def test_letters_and_figures_that_are_no_postcode_are_left_alone(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # The H-1B fact sheet (dev corpus 04): "two thousand and twenty nineteen" was heard
        # "2019 and 2019".
        (
            "It doubled between 2000 and 2019, while jobs grew.",
            "It doubled between two thousand and two thousand nineteen, while jobs grew.",
        ),
        # No "and" to join them, another first year, or a count: as before.
        ("From 2000 to 2019 it grew.", "From two thousand to twenty nineteen it grew."),
        ("Between 2001 and 2019 it grew.", "Between two thousand one and twenty nineteen it grew."),
        ("We sent 2000 and 20 tanks.", "We sent two thousand and twenty tanks."),
    ],
)
def test_a_year_after_2000_and_is_said_in_its_style(written: str, spoken: str) -> None:
    assert say(written) == spoken

"""Spelled acronyms side by side are said as separate groups; a titled speaker label is a name.

A listening review heard "UN/EU talks" as one four-letter block, "U N E U", and "U.N. UN staff"
as one block stressed only on its last letter; "MR. UN:" was spelled "M R. U N:".
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import load_lexicon, to_speech
from pipeline.stages.speak import with_phonemes
from tests.fakes import SilentEngine


def say(text: str, lang: str = "en") -> str:
    return to_speech(text, lang).text


class _PhonemeEngine(SilentEngine):
    def phoneme_markup(self, ipa: str) -> str:
        return f"[[ {ipa} ]]"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("UN/EU talks began.", "U N, E U talks began."),
        ("US/UK talks began.", "U S, U K talks began."),
        ("US / UK talks began.", "U S, U K talks began."),
        ("EU-US trade grew.", "E U, U S trade grew."),
        ("The U.N. UN staff met.", "The U N, U N staff met."),
        ("U.S.-U.K. trade grew.", "U S, U K trade grew."),
        ("UN/EU/AU leaders met.", "U N, E U, A U leaders met."),
        ("NGOs/CSOs met.", "N G Os, C S Os met."),
    ],
)
def test_two_spelled_acronyms_side_by_side_get_a_short_pause(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # An acronym said as a word needs no pause beside letters.
        ("NATO/EU talks.", "Nato E U talks."),
        ("WHO/UNICEF plan.", "W H O Unicef plan."),
        # Single letters and a word joined by "and" are left as they were.
        ("An A/B test.", "An A B test."),
        ("The UN and EU met.", "The U N and E U met."),
        ("EU-China talks.", "E U China talks."),
    ],
)
def test_acronyms_said_as_words_or_apart_are_unchanged(written: str, spoken: str) -> None:
    assert say(written) == spoken


def test_the_pause_is_english_only() -> None:
    assert say("Les pourparlers UN/EU.", "fr") == "Les pourparlers U N E U."


def test_each_acronym_is_its_own_phoneme_block_with_its_own_stress() -> None:
    engine_text = with_phonemes(say("UN/EU talks began."), load_lexicon(), _PhonemeEngine())
    assert engine_text == "[[ jˌuːˈɛn, ]] [[ ˌiːjˈuː ]] talks began."
    engine_text = with_phonemes(say("The U.N. UN staff met."), load_lexicon(), _PhonemeEngine())
    assert engine_text.count("ˈ") == 2
    assert engine_text == "The [[ jˌuːˈɛn, ]] [[ jˌuːˈɛn ]] staff met."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("MR. UN: Yes.", "Mister Un: Yes."),
        ("DR. WHO: Good morning.", "Doctor Who: Good morning."),
        ("MR. KIM JONG UN: Yes.", "Mister Kim Jong Un: Yes."),
        ("MS. LEE: Thanks.", "Miz Lee: Thanks."),
    ],
)
def test_a_titled_speaker_label_in_capitals_is_said_as_a_name(written: str, spoken: str) -> None:
    assert say(written) == spoken


def test_a_title_and_capitals_mid_sentence_stay_letters() -> None:
    assert say("The MR. UN: report") == "The M R. U N: report"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("UN HQ staff met.", "U N H Q staff met."),
        ("The US EPA said so.", "The U S E P A said so."),
        ("The U.S. EPA said so.", "The U S E P A said so."),
        ("The UN UN staff met.", "The U N, U N staff met."),
    ],
)
def test_a_name_of_two_acronyms_stays_one_group(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Unknown letters joined by a slash are one term (a State of the Union address).
        ("without a single OB/GYN, I ask", "without a single O B G Y N, I ask"),
        ("The TCP/IP stack.", "The T C P I P stack."),
        (
            "Ref: CCC/IG/2026/114",
            "Reference: C C C slash I G slash twenty twenty-six slash one one four",
        ),
    ],
)
def test_unknown_letters_in_one_term_stay_one_group(written: str, spoken: str) -> None:
    assert say(written) == spoken

"""Spoken letters: a T in a spelled acronym, and names in capitals after "H.E."."""

from __future__ import annotations

import pytest

from pipeline.stages.speak import spelled_ipa


@pytest.mark.parametrize(
    ("letters", "expected"),
    [
        # Whisper heard "ICRTF" as "ICRDF" when the T ran on from "ar" inside one word.
        ("I C R T F", "ˌaɪsˌiːˌɑːɹ tˌiːˈɛf"),
        ("A R T", "ˌeɪˌɑːɹ tˈiː"),
        ("O T P", "ˌoʊ tˌiːpˈiː"),
    ],
)
def test_a_t_after_another_letter_starts_a_word(letters: str, expected: str) -> None:
    assert spelled_ipa(letters) == expected


@pytest.mark.parametrize(
    ("letters", "expected"),
    [
        ("T V", "tˌiːvˈiː"),  # a first T has nothing before it to run on from
        ("U N", "jˌuːˈɛn"),  # no T: one word, as before
    ],
)
def test_other_acronyms_stay_one_word(letters: str, expected: str) -> None:
    assert spelled_ipa(letters) == expected


def test_the_plural_ending_stays_on_the_last_letter() -> None:
    assert spelled_ipa("A R T", "s") == "ˌeɪˌɑːɹ tˈiːz"


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("H.E. MR. PEDRO SÁNCHEZ spoke.", "His Excellency Mister Pedro Sánchez spoke."),
        ("H.E. MS. ÅSA NÚÑEZ-LÓPEZ spoke.", "Her Excellency Miz Åsa Núñez-López spoke."),
        ("H.E. MR. O'NEILL spoke.", "His Excellency Mister O'Neill spoke."),
        # Only the words in capitals are the name: "said" is not taken into it.
        ("H.E. MR. SMITH said it.", "His Excellency Mister Smith said it."),
    ],
)
def test_a_diplomats_name_in_capitals_with_accents_is_said_as_a_name(
    written: str, said: str
) -> None:
    from pipeline.speech_text import to_speech

    assert to_speech(written, "en").text == said

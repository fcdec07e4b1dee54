"""Spelled acronyms with a T: the T starts a word of its own, so the voice does not flap it."""

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

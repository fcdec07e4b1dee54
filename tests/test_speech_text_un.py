"""The United Nations is said "U N" wherever "UN" or "U.N." stands: opening a sentence or not.

Checked by ear with the ASR round trip (Piper, Whisper base): in two small statements "UN" and
"U.N." opened 7 sentences and 4 phrases after a breath and stood alone once, and were heard
"UN" every time, as in the 6 places they stood inside a sentence (18 of 18). These tests keep
the speech text and the voice's input the same at the start as inside.
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import to_speech
from pipeline.stages.speak import SpeechOptions, sentence_phrases
from tests.fakes import SilentEngine


def say(text: str) -> str:
    return to_speech(text, "en").text


class _PhonemeVoice(SilentEngine):
    """Stands for Piper: takes phonemes in "[[ ]]"."""

    name = "phoneme-voice"

    def phoneme_markup(self, ipa: str) -> str:
        return f"[[ {ipa} ]]"


def voice_input(sentence: str) -> tuple[str, ...]:
    """The phrases the voice is given for one sentence, phonemes marked."""
    return sentence_phrases(_PhonemeVoice(), sentence, "en", SpeechOptions())


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("UN agencies met.", "U N agencies met."),
        ("The UN agencies met.", "The U N agencies met."),
        ("U.N. agencies met.", "U N agencies met."),
        ("The U.N. agencies met.", "The U N agencies met."),
        ("U.N. Secretary-General António Guterres spoke.", "U N Secretary-General"),
        ("We met. UN staff stayed.", "We met. U N staff stayed."),
        ("We met. U.N. staff stayed.", "We met. U N staff stayed."),
        ("He said: “UN reform matters.”", "He said: “U N reform matters.”"),
        ("UN's agencies met.", "U N's agencies met."),
        ("U.N.'s agencies met.", "U N's agencies met."),
        ("UN.", "U N."),
    ],
)
def test_un_is_said_as_two_letters_at_a_sentences_start_as_inside(
    written: str, spoken: str
) -> None:
    assert say(written).startswith(spoken)


@pytest.mark.parametrize("written", ["UN", "U.N."])
def test_the_voice_gets_the_same_letters_at_the_start_as_inside(written: str) -> None:
    opening = voice_input(f"{written} agencies met.")
    inside = voice_input(f"The {written} agencies met.")
    assert opening == ("[[ jˌuːˈɛn ]] agencies met.",)
    assert inside == ("The [[ jˌuːˈɛn ]] agencies met.",)


def test_un_opening_a_phrase_after_a_breath_is_said_as_inside() -> None:
    phrases = voice_input(
        "In Vienna, on a cold Monday morning in the first week of March, UN agencies and their"
        " partners from many member states met to agree a common plan for the year."
    )
    assert len(phrases) == 2
    assert phrases[1].startswith("[[ jˌuːˈɛn ]] agencies and their partners")


def test_un_alone_keeps_its_stop_inside_the_letters() -> None:
    assert voice_input("UN.") == ("[[ jˌuːˈɛn. ]]",)

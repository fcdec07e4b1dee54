"""Tokens of the corpus that Whisper misheard because of the voice text, each said the heard way.

Measured on corpus 02 (Rwanda), 12 (France) and 04 (H-1B fact sheet) with
`scripts/asr_eval.py`; these are text tests of `speech_text` and the lexicon, no audio.
Part of plainvoice, GPL-3.0-or-later.
"""

from __future__ import annotations

import pytest

from pipeline.engines.piper_engine import PiperEngine
from pipeline.speech_text import load_lexicon, to_speech
from pipeline.stages.speak import with_phonemes


def _piper_text(sentence: str) -> str:
    """What Piper is given for one sentence: the speech text with the lexicon's phonemes."""
    return with_phonemes(to_speech(sentence).text, load_lexicon(), PiperEngine())


@pytest.mark.parametrize("written", ["UN-Women", "UN Women"])
def test_un_women_is_two_letters_then_the_word(written: str) -> None:
    """Engines without phonemes read "U-N" as two letters, as they read "U N"."""
    spoken = to_speech(f"We work with {written} on this.")
    assert spoken.text == "We work with U-N Women on this."
    assert spoken.unknown_acronyms == ()


@pytest.mark.parametrize("written", ["UN-Women", "UN Women"])
def test_piper_says_un_women_with_both_letters_stressed(written: str) -> None:
    """Said "jˌuːˈɛn Women": heard "you and women" in 2 of 2 sentences; this way 4 of 4 mid-phrase."""
    said = _piper_text(f"alongside {written} and civil society.")
    assert said == "alongside [[ jˈuːˈɛːn wˈɪmɪn ]] and civil society."


def test_un_womens_possessive_keeps_its_s() -> None:
    assert _piper_text("UN Women's report came out.") == "[[ jˈuːˈɛːn wˈɪmɪnz ]] report came out."


def test_the_un_alone_is_still_said_as_before() -> None:
    assert _piper_text("The UN said so.") == "The [[ jˌuːˈɛn ]] said so."


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("with H-1B visas", "with [[ ˌeɪtʃwˌʌnbˈiː ]] visas"),
        ("the H-1B program.", "the [[ ˌeɪtʃwˌʌnbˈiː ]] program."),
    ],
)
def test_the_h1b_visa_class_is_said_as_one_unit(sentence: str, said: str) -> None:
    """ "H-one B visas" ran "B visas" together: heard "H1BB's", "H1B Beesis"; as one unit, "H1B"."""
    assert "H-one B" in to_speech(sentence).text
    assert _piper_text(sentence) == said

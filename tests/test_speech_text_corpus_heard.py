"""What the voice is sent for words the English corpus showed it saying wrong.

Found by speaking three English corpus statements (a joint statement, a General Assembly
speech, the 2006 State of the Union) and transcribing the MP3s with Whisper. "Fallujah" was
stressed on its first syllable ("FAW-loo-juh") and heard "Fulja"; the lexicon gives the voice
"fuh-LOO-jah". The stage direction "(Applause.)" stays silent, as it was.
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import load_lexicon, to_speech
from pipeline.stages.speak import with_phonemes


class _IpaVoice:
    """Takes inline phonemes, as Piper does."""

    def phoneme_markup(self, ipa: str) -> str:
        return f"[[ {ipa} ]]"


def _sent(sentence: str) -> str:
    """What a phoneme voice is sent for a sentence."""
    return with_phonemes(to_speech(sentence).text, load_lexicon(), _IpaVoice())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "sent"),
    [
        (
            "Dan Clay was killed last month fighting in Fallujah.",
            "Dan Clay was killed last month fighting in [[ fəlˈuːdʒɑː. ]]",
        ),
        ("The battle of Fallujah was long.", "The battle of [[ fəlˈuːdʒɑː ]] was long."),
    ],
)
def test_fallujah_is_stressed_on_its_second_syllable(sentence: str, sent: str) -> None:
    assert _sent(sentence) == sent


def test_a_stage_direction_in_a_speech_is_not_said() -> None:
    # The 2006 State of the Union has 48 "(Applause.)" lines; the voice must say none of them.
    assert to_speech("(Applause.)").text.strip() == ""
    assert "pplause" not in to_speech("We will win. (Applause.) And we will stay.").text

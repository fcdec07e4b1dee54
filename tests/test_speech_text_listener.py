"""What a listener hears for labels, codes and figures that public bodies' documents use.

Each case was found by the Whisper round trip on documents of the kinds public bodies
publish (a resolution's paragraphs, a court listing, a police appeal, a UN statement, a press
release's footer): the old text sent what the voice misread. Refusals pin down where a rule
must not fire.
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import to_speech


def say(text: str, lang: str = "en") -> str:
    return to_speech(text, lang).text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # "(a)" was sent "a", which the voice says as the article "uh": Whisper heard
        # "paragraph 4 and under B"; "A," keeps the letter's name ("paragraph 4A").
        (
            "as set out in paragraph 4(a) and under (b) below.",
            "as set out in paragraph four A, and under B below.",
        ),
        (
            "the report under (a) and the budget under (b).",
            "the report under A, and the budget under B.",
        ),
        ("Options: (a) accept; (b) refuse; (c) defer.", "Options: A, accept; B refuse; C defer."),
        ("in paragraph 4 (a) of the resolution", "in paragraph four A, of the resolution"),
        # Before a stop the letter's name is said without help.
        ("as listed under (a).", "as listed under A."),
        # A numeral "(i)" is said "eye" either way; it is left as written.
        ("under sub-paragraph (i) above", "under sub-paragraph i above"),
    ],
)
def test_a_bracketed_letter_is_said_by_its_name(written: str, spoken: str) -> None:
    assert say(written) == spoken


def test_a_written_plural_is_joined_to_its_word() -> None:
    # Was "the applicant s must sign": a stray letter after the word.
    assert say("The applicant(s) must sign.") == "The applicants must sign."

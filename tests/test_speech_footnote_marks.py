"""A footnote's mark right after a word is not said; a unit's power still is.

Word and PDF statements now keep their footnote marks in superscript figures. After a
word they were voiced: "the Convention¹ has been ratified" was said "Convention one has".
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import to_speech


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("The Convention¹ has been ratified.", "The Convention has been ratified."),
        ("Both Protocols²³ entered into force.", "Both Protocols entered into force."),
        ("The flood covered 10 km² of land.", "The flood covered ten square kilometers of land."),
    ],
)
def test_a_mark_after_a_word_is_not_said(written: str, said: str) -> None:
    assert to_speech(written).text == said

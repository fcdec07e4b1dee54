"""A title made from a file name, for a statement whose text gives none."""

from __future__ import annotations

import pytest

from pipeline.stages.split import parse_title_block


def _title(name: str, text: str = "") -> str:
    return parse_title_block([], name, text=text).title


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("UNGDC_Rwanda_2020-Video_Statement_en_ocr.txt", "UNGDC Rwanda 2020 Video Statement"),
        ("unga79_latvia_2024.txt", "UNGA79 Latvia 2024"),
        ("06_unga79-latvia-2024-ocr-en.txt", "UNGA79 Latvia 2024"),
        ("02_ungdc-rwanda-2020-video-statement.txt", "UNGDC Rwanda 2020 Video Statement"),
    ],
)
def test_file_marks_language_codes_and_serials_are_dropped(name: str, title: str) -> None:
    assert _title(name) == title


def test_a_serial_at_either_end_is_dropped_but_a_year_is_kept() -> None:
    assert _title("003_budget-speech-2.txt") == "Budget Speech"
    assert _title("2024_budget-speech.txt") == "2024 Budget Speech"
    assert _title("resolution-2334-adopted.txt") == "Resolution 2334 Adopted"


def test_the_month_and_day_after_a_year_are_dropped() -> None:
    assert _title("inaugural-address_2021_01_20.txt") == "Inaugural Address 2021"


def test_file_state_words_are_dropped_only_at_the_end() -> None:
    assert _title("budget-speech-final-v2 (1).docx") == "Budget Speech"
    assert _title("final-communique.txt") == "Final Communique"
    assert _title("clean-air-act-scan0001.pdf") == "Clean Air Act"


def test_letters_without_a_vowel_are_an_initialism_but_abbreviations_are_not() -> None:
    assert _title("wh-fact-sheet.md") == "WH Fact Sheet"
    assert _title("dr-king-memorial.txt") == "Dr King Memorial"
    assert _title("rhythm-of-peace.txt") == "Rhythm of Peace"

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline.stages import readability


def test_sample_scores_about_grade_fourteen(sample_path: Path) -> None:
    result = readability.score(sample_path.read_text())
    assert 12.5 <= result.flesch_kincaid_grade <= 16
    assert result.words > 400 and result.sentences >= 15
    assert result.verdict.startswith("about grade 1")
    assert result.listening_seconds == pytest.approx(result.words / 150 * 60, rel=0.01)
    assert result.reading_seconds < result.listening_seconds


def test_scoring_never_downloads(monkeypatch: pytest.MonkeyPatch) -> None:
    import nltk

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("textstat tried to download NLTK data")

    monkeypatch.setattr(nltk, "download", refuse)
    result = readability.score("The international organization facilitates cooperation.")
    assert result.flesch_kincaid_grade > 12  # CMUdict syllables: in-ter-na-tion-al = 5


def test_easy_text_scores_low_and_empty_text_scores_zero() -> None:
    assert readability.score("The cat sat on the mat. It was warm.").flesch_kincaid_grade < 3
    empty = readability.score("")
    assert empty.words == 0 and empty.flesch_kincaid_grade == 0


@pytest.mark.parametrize(
    ("grade", "words"),
    [
        (5.2, "very easy"),
        (7.6, "plain"),
        (9.4, "fairly hard"),
        (14.4, "very hard"),
        (19, "extremely"),
    ],
)
def test_grades_are_said_in_words(grade: float, words: str) -> None:
    assert words in readability.describe_grade(grade)

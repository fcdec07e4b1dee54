"""Page numbers are dropped once, at load, in every language; numbers of the text stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.pages import drop_page_numbers, unglue_page_numbers
from pipeline.speech_text import to_speech
from pipeline.stages.load import load_source
from tests.conftest import CORPUS


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        # A page's footer glued to the sentence the page ran onto, in each language read.
        (
            "du soutien aux terroristes. 10 Ces parrainages",
            "du soutien aux terroristes. Ces parrainages",
        ),
        ("12 The next page begins here.", "The next page begins here."),
        ("Page 3 of 9 The next part starts here.", "The next part starts here."),
        ("la ambición. 7 El multilateralismo", "la ambición. El multilateralismo"),
        ("für alle. 4 Wir haben", "für alle. Wir haben"),
        ("per tutti. 5 Questo impegno", "per tutti. Questo impegno"),
        ("voor iedereen. 6 Het Koninkrijk", "voor iedereen. Het Koninkrijk"),
        ("attitude paradoxale. 11 L’Ukraine a", "attitude paradoxale. L’Ukraine a"),
    ],
)
def test_a_glued_page_number_is_dropped_in_every_language(written: str, kept: str) -> None:
    assert unglue_page_numbers(written) == kept


@pytest.mark.parametrize(
    "written",
    [
        "We will finish in 10 years. The plan holds.",
        "Recalling Resolution 75/10 The Assembly decided.",
        "1. The first point is peace.\n2. The second is trade.",
        "12 new cases were found. 10 Member States joined.",
        "2 A new plan.",
        "12 One of them left.",
        "Nueva York, 25 de septiembre de 2024",
        "10 Downing Street",
        "Press office\n12 The Mall, London SW1A 2AA\n",
        "Contact us at\n10 Rue de la Paix, Paris",
        "Article 10 The parties agree.",
        "Se cumplen 31 meses del inicio de una guerra.",
        "```\n12 The code block stays.\n```",
    ],
)
def test_a_number_that_is_part_of_the_text_stays(written: str) -> None:
    assert unglue_page_numbers(written) == written
    assert drop_page_numbers(written) == written


def _closing(words: int, last_lines: str) -> str:
    return "Opening words of the statement.\n\n" + "word " * words + "\n\n" + last_lines


def test_the_last_page_number_after_the_closing_is_dropped() -> None:
    text = _closing(3_200, "Muchas gracias.\n\n10\n")
    assert drop_page_numbers(text).rstrip().endswith("Muchas gracias.")


@pytest.mark.parametrize(
    "last_lines",
    [
        "Votes in favour:\n\n10\n",  # a result after a colon: the text's last word
        "Muchas gracias.\n\n10\n\nPostscript.\n",  # words after it: not the end
    ],
)
def test_a_last_number_that_is_no_page_number_stays(last_lines: str) -> None:
    text = _closing(3_200, last_lines)
    assert drop_page_numbers(text) == text


def test_a_last_number_larger_than_the_pages_the_words_fill_stays() -> None:
    # 300 words fill 3 pages at most at 100 words a page: "10" is no page number.
    text = _closing(300, "The count was final.\n\n10\n")
    assert drop_page_numbers(text) == text


def test_a_glued_number_is_gone_from_the_loaded_text_of_any_format(tmp_path: Path) -> None:
    page = tmp_path / "statement.html"
    page.write_text(
        "<html><body><h1>Statement</h1><p>Nous le disons. 10 Ces parrainages ont été "
        "dénoncés en 10 ans.</p></body></html>",
        encoding="utf-8",
    )
    text = load_source(page).text
    assert "Nous le disons. Ces parrainages ont été dénoncés en 10 ans." in text


def test_speech_reads_a_glued_number_with_the_load_stage_s_rule() -> None:
    assert to_speech("12 The next page begins here.").text == "The next page begins here."
    assert to_speech("12 new cases were found.").text == "twelve new cases were found."


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not on this machine")
def test_the_spanish_statement_s_last_page_number_is_dropped() -> None:
    path = CORPUS / "10_unga79-spain-2024-es.txt"
    if not path.is_file():
        pytest.skip("the Spanish statement is not in the corpus")
    text = load_source(path).text
    assert text.rstrip().endswith("Muchas gracias.")
    assert "10017" in text  # the mission's post code, a number of the text, stays


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not on this machine")
def test_the_burkina_faso_statement_s_five_page_numbers_are_dropped() -> None:
    path = CORPUS / "09_unga79-burkina-faso-2024-fr.txt"
    if not path.is_file():
        pytest.skip("the Burkina Faso statement is not in the corpus")
    lines = load_source(path).text.split("\n")
    assert not [line for line in lines if line.strip() in {"10", "11", "14", "15", "17"}]
    assert lines[-1].strip() != "17"

"""Hostile long words: a word of thousands of letters, or of one repeated unit, is kept whole.

The footer's e-mail pattern was tried at each character and at each "@" of such a word; it
now starts where a word starts. These tests check the output on such input and that the
pattern finds the same matches as before on ordinary lines. Speed is measured by scripts,
not here.
"""

from __future__ import annotations

import random
import re
import string
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.build import read_statement
from pipeline.cli import app
from pipeline.settings import Settings
from pipeline.stages.split import _FURNITURE

PARAGRAPH = (
    "We meet today in Vienna to talk about crime. In 2021 we saw 25 new threats across "
    "194 countries. Our partners worked hard. We will act together and we will act now."
)
MAX_TITLE_LETTERS = 40

_FURNITURE_BEFORE = re.compile(
    r"©|\ball rights reserved\b|\S+@\S+\.\w+|^\s*(?:tel|phone|fax|e-?mail)\b"
    r"|^\s*(?:media|press|news)\s+(?:enquiries|inquiries|office|desk|contacts?)\s*:",
    re.IGNORECASE,
)
"""The footer pattern as it was before it started at a word's start."""


def _letters(count: int) -> str:
    """A word of `count` lowercase letters, the same on every run."""
    chosen = random.Random(count)
    return "".join(chosen.choice(string.ascii_lowercase) for _ in range(count))


HOSTILE_WORDS = {
    "letters": _letters(20_000),
    "a-": "a-" * 5_000,
    "1,": "1," * 5_000,
    "(": "(" * 5_000,
    "'": "'" * 5_000,
    "@": "@" * 5_000,
}


@pytest.mark.parametrize("word", HOSTILE_WORDS.values(), ids=list(HOSTILE_WORDS))
def test_a_hostile_word_after_a_paragraph_is_kept_and_titles_nothing(
    tmp_path: Path, word: str
) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(f"{PARAGRAPH}\n\n{word}\n", encoding="utf-8")
    statement = read_statement(Settings(input_path=path, language="en"))
    assert word in "\n".join(section.plain_text for section in statement.sections)
    assert all(len(section.title) <= MAX_TITLE_LETTERS for section in statement.sections)


def test_the_run_on_a_20000_letter_word_exits_0_and_keeps_the_word(tmp_path: Path) -> None:
    word = HOSTILE_WORDS["letters"]
    path = tmp_path / "word.txt"
    path.write_text(f"{PARAGRAPH}\n\n{word}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(path), "--no-audio", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    statement = (tmp_path / "out" / "word" / "statement.txt").read_text(encoding="utf-8")
    assert word in statement
    assert PARAGRAPH.split(". ")[0] in statement


def test_a_line_of_long_words_spaced_every_500_letters_is_kept(tmp_path: Path) -> None:
    letters = _letters(10_000)
    line = " ".join(letters[start : start + 499] for start in range(0, len(letters), 499))
    path = tmp_path / "line.txt"
    path.write_text(f"{PARAGRAPH}\n\n{line}\n", encoding="utf-8")
    statement = read_statement(Settings(input_path=path, language="en"))
    kept = " ".join(" ".join(section.sentences) for section in statement.sections)
    assert all(word in kept for word in line.split())
    assert all(len(section.title) <= MAX_TITLE_LETTERS for section in statement.sections)


FOOTER_LINES = [
    "Press contact: press@example.org",
    "For more, write to jane.doe@justice.gov.uk.",
    "Contact: media@un.org | +1 212 963 1234",
    "a@b.c",
    "x@@y.z and more",
    "name@host",
    "@handle.io",
    "user@example.org.uk, other@example.com",
    "© 2025 United Nations. All rights reserved.",
    "All rights reserved",
    "Tel: 020 7946 0000",
    "  E-mail: office@example.org",
    "Media enquiries: 020 7946 0001",
    "Press office: call us",
    "We will act together and we will act now.",
    "The price rose by 2.5% to @ 3.4 per unit.",
    "Send it @ home.now",
    "",
]


@pytest.mark.parametrize("line", FOOTER_LINES)
def test_the_footer_pattern_finds_what_it_found_before(line: str) -> None:
    before = _FURNITURE_BEFORE.search(line)
    after = _FURNITURE.search(line)
    assert (after and after.span()) == (before and before.span())


@pytest.mark.parametrize("word", HOSTILE_WORDS.values(), ids=list(HOSTILE_WORDS))
def test_the_footer_pattern_finds_no_address_in_a_hostile_word(word: str) -> None:
    assert _FURNITURE.search(word) is None
    found = _FURNITURE.search(f"{word} write to press@example.org")
    assert found is not None and found[0] == "press@example.org"


BODY_TITLES = {
    "Security Council Press Statement on Mali": "Security Council",
    "The Department for Transport statistical release": "Department for Transport statistical",
    "Westvale Police Statement": "Westvale Police",
    "The European Commission release of 3 March": "European Commission",
    "Statement by the President": None,
}


@pytest.mark.parametrize(("title", "who"), BODY_TITLES.items())
def test_a_titles_body_is_found_as_before_with_its_name_capped(title: str, who: str | None) -> None:
    from pipeline.metadata import _BODY_STATEMENT

    found = _BODY_STATEMENT.match(title)
    assert (found and found["who"]) == who


def test_a_title_of_thousands_of_spaces_names_no_body() -> None:
    from pipeline.metadata import _BODY_STATEMENT

    assert _BODY_STATEMENT.match("The " + " " * 16_000 + "x") is None

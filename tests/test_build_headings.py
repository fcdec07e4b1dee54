"""A section's heading stays its title when the section holds a paragraph in another language."""

from __future__ import annotations

import pytest

from pipeline.build import _titled_by, read_statement
from pipeline.settings import Settings

FRENCH = (
    "La lecture est une porte ouverte sur le monde, et chaque livre est une fenêtre. Nous "
    "voulons que chaque enfant de notre ville puisse lire dans les deux langues, et que la "
    "bibliothèque soit ouverte à tous les habitants sans exception."
)


def _statement(heading: str) -> bytes:
    return (
        "Statement by Jane Doe, Minister for Culture of Northmere\n\nPort Alder, 3 March 2024\n\n"
        f"Good morning, everyone.\n\n{heading}\n\nToday we open the new library in Port Alder. "
        f"It holds 40,000 books in English and in French.\n\n{FRENCH}\n\nWe want every child in "
        "Port Alder to read in both languages, at school and at home, and we will help every "
        "family that asks.\n\nFUNDING THE LIBRARY\n\nThe library cost 12 million pounds. The "
        "council paid half and the government paid the rest. It will open seven days a week "
        "from 1 April 2024.\n\nThank you.\n"
    ).encode()


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("OUR SHARED LANGUAGES", "Our Shared Languages"),
        ("## Our shared languages", "Our shared languages"),
    ],
)
def test_a_heading_titles_its_section_although_a_paragraph_is_in_french(
    heading: str, title: str
) -> None:
    statement = read_statement(Settings(input_path=None), stdin=_statement(heading))
    titles = [section.title for section in statement.sections]
    # In capitals, the heading had been taken for a made-up title and replaced ("Port Alder").
    assert title in titles
    french = next(s for s in statement.sections if s.title == title)
    assert any(paragraph.language == "fr" for paragraph in french.paragraphs)


@pytest.mark.parametrize(
    ("line", "title", "titled"),
    [
        ("OUR SHARED LANGUAGES", "Our Shared Languages", True),
        ("3. FUNDING THE LIBRARY", "Funding the Library", True),
        ("IV. Funding", "Funding", True),
        ("Port Alder, 3 March 2024", "Port Alder", False),
        ("Funding the library is our duty", "Funding the library", False),
        ("", "Funding", False),
    ],
)
def test_a_line_gives_a_title_only_when_it_is_the_title_s_words(
    line: str, title: str, titled: bool
) -> None:
    assert _titled_by(line, title) is titled

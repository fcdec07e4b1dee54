"""A number alone on its line is the statement's text unless the evidence says it is a page's.

Splitting had dropped every paragraph that was only a number, in every input format: the
"120" under "Votes in favour:" was lost from the text, the page, the plain version and the
speech. Page numbers are now dropped once, at load, by `pipeline.pages`; a PDF's reader drops
those at a page's edge, when they fit the page's place in the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.pages import drop_page_numbers
from pipeline.stages import factguard
from pipeline.stages.load import load_source
from pipeline.stages.split import split_statement
from tests.conftest import CORPUS

TITLE = "Budget vote in the Assembly"
OPENING = "The Assembly voted today on the 2027 budget."
VOTE_LINES = ("Votes in favour:", "120", "The motion passed.")


def _paragraph_texts(path: Path) -> list[str]:
    """Every paragraph's text of the statement split from `path`, in order."""
    statement = split_statement(load_source(path))
    return [p.text for section in statement.sections for p in section.paragraphs]


def _write_vote(tmp_path: Path, suffix: str) -> Path:
    """The vote statement, written as a text, Markdown or HTML file."""
    path = tmp_path / f"vote{suffix}"
    if suffix == ".html":
        body = "".join(f"<p>{line}</p>" for line in (OPENING, *VOTE_LINES))
        path.write_text(
            f"<html><head><title>{TITLE}</title></head><body><main><h1>{TITLE}</h1>"
            f"{body}</main></body></html>",
            encoding="utf-8",
        )
    else:
        path.write_text("\n\n".join((TITLE, OPENING, *VOTE_LINES)) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_a_count_after_a_colon_is_kept_in_every_format(tmp_path: Path, suffix: str) -> None:
    paragraphs = _paragraph_texts(_write_vote(tmp_path, suffix))
    assert "120" in paragraphs
    assert paragraphs.index("Votes in favour:") + 1 == paragraphs.index("120")
    assert paragraphs.index("120") + 1 == paragraphs.index("The motion passed.")


def test_a_count_in_a_word_document_is_kept(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading(TITLE, level=1)
    for line in (OPENING, *VOTE_LINES):
        document.add_paragraph(line)
    path = tmp_path / "vote.docx"
    document.save(str(path))
    assert "120" in _paragraph_texts(path)


def _write_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A PDF with one text line a row, each page's lines from its top."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.set_auto_page_break(False)
    for lines in pages:
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 6, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    path.write_bytes(bytes(pdf.output()))
    return path


def test_a_count_ending_a_pdf_page_is_kept(tmp_path: Path) -> None:
    path = _write_pdf(tmp_path / "vote.pdf", [[TITLE, OPENING, "Votes in favour:", "120"]])
    assert "120" in load_source(path).text.split("\n")


def test_a_count_above_a_pdf_page_s_number_is_kept_and_the_number_goes(tmp_path: Path) -> None:
    pages = [
        [OPENING, "Votes in favour:", "120", "3"],
        ["Votes against:", "30", "The motion passed.", "4"],
    ]
    text = load_source(_write_pdf(tmp_path / "votes.pdf", pages)).text
    assert "Votes in favour: 120" in text
    assert "Votes against: 30" in text
    assert "3" not in text.split() and "4" not in text.split()


def test_the_fact_guard_reports_the_kept_count_when_a_plain_version_loses_it(
    tmp_path: Path,
) -> None:
    statement = split_statement(load_source(_write_vote(tmp_path, ".txt")))
    section = next(s for s in statement.sections if any(p.text == "120" for p in s.paragraphs))
    original = [p.text for p in section.paragraphs]
    without_count = [text for text in original if text != "120"]
    assert "120" in factguard.check(original, without_count).missing
    assert factguard.check(original, original).ok


def test_a_table_like_column_of_rising_numbers_is_kept(tmp_path: Path) -> None:
    rows = ["North", "12", "South", "30", "East", "45"]
    path = tmp_path / "cases.txt"
    path.write_text(
        "\n\n".join(["Cases by region", "New cases this week, by region:", *rows, "Thank you."])
        + "\n",
        encoding="utf-8",
    )
    paragraphs = _paragraph_texts(path)
    for number in ("12", "30", "45"):
        assert number in paragraphs


def test_a_column_of_numbers_with_no_words_between_is_no_run_of_pages() -> None:
    text = "Places in the ranking:\n\n1\n2\n3\n\nThat is all.\n"
    assert drop_page_numbers(text) == text


def test_a_count_rising_one_by_one_with_few_words_between_jumps_no_pages() -> None:
    text = "Votes in favour:\n\n12\n\nAgainst:\n\n30\n\nThe motion passed.\n"
    assert drop_page_numbers(text) == text


def _page(number: int) -> str:
    """A page of 120 words, then its number alone on a line."""
    return " ".join(["The Council met again and agreed the plan."] * 15) + f"\n\n{number}\n\n"


def test_page_numbers_a_page_apart_are_still_dropped(tmp_path: Path) -> None:
    path = tmp_path / "pages.txt"
    path.write_text("Council statement\n\n" + _page(3) + _page(4) + _page(6), encoding="utf-8")
    lines = load_source(path).text.split("\n")
    assert not {"3", "4", "6"} & {line.strip() for line in lines}


def test_a_jump_of_more_pages_than_the_words_fill_is_no_run_of_pages() -> None:
    text = "Council statement\n\n" + _page(3) + _page(9) + "The end of it, here."
    assert drop_page_numbers(text) == text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not on this machine")
def test_the_burkina_faso_page_numbers_go_from_the_split_statement() -> None:
    path = CORPUS / "09_unga79-burkina-faso-2024-fr.txt"
    if not path.is_file():
        pytest.skip("the Burkina Faso statement is not in the corpus")
    paragraphs = {text.strip() for text in _paragraph_texts(path)}
    assert not {"10", "11", "14", "15", "17"} & paragraphs

"""Text exported from a PDF keeps its words and loses only its page furniture.

pdftotext and a viewer's "save as text" part pages with a form feed; each page carries a
running header, a "Page N of M" footer and a bare number. Load drops them by that evidence
and joins a sentence cut by a page break; a line repeated on each page inside the text stays.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest

from pipeline.pages import join_pages, page_furniture, runs_over_page_break
from pipeline.readers import tidy_markdown
from pipeline.stages.load import load_source, normalise_text
from tests.conftest import CORPUS, SAMPLE

HEADER = "United Nations   A/79/PV.5   24/09/2024"
REFRAIN = "We will not look away."
PAGE_BODIES = (
    (
        "Mr. President, Excellencies, distinguished delegates,\n\n"
        "I thank the Government of Japan for hosting this Congress on Crime Prevention and "
        "Criminal Justice at a time of great strain for the institutions that keep people safe. "
        "Organized crime now moves money, drugs, weapons and people faster than any single "
        "police service can follow. Criminal groups use encrypted platforms, shell companies "
        "and virtual assets, and they exploit every gap between national laws. The pandemic "
        "has widened those gaps, as fraud and cybercrime grew while borders closed.\n\n"
        "This Congress gives Member States a chance to close them together. We must share "
        "information quickly, train officers to the same standards and make sure that "
        "evidence gathered in one country can be used in the courts of another, so that we can "
        "fight the crimes that cross"
    ),
    (
        "borders and harm the most vulnerable people in every region of the world. Victims of "
        "trafficking are too often treated as offenders, and too few of them receive the "
        "protection the law promises. Our response must put their rights first.\n\n"
        "The United Nations Office on Drugs and Crime stands ready to support countries that "
        "ask for help. It provides legal advice, trains prosecutors and judges, and helps "
        "governments build forensic laboratories and secure prisons. Last year it worked with "
        "more than one hundred and fifty countries, and its teams trained thousands of "
        "officials in investigation, asset recovery and the protection of witnesses."
    ),
    (
        "Corruption feeds every other crime. When officials can be bought, borders leak, "
        "courts fail and public money disappears. The Convention against Corruption gives us "
        "common rules, and its review mechanism shows where each country can improve. I urge "
        "every State that has not yet done so to join it and to act on its findings.\n\n"
        "Young people deserve particular attention. Many are drawn into crime because they "
        "see no other way to earn a living or to belong. Education, sport and decent jobs are "
        "part of crime prevention, and so are fair and humane justice systems that give "
        "offenders a real chance to return to their communities."
    ),
    (
        "Excellencies, the Kyoto Declaration that you will adopt sets out an ambitious "
        "agenda. Let us turn it into action at home and together.\n\n"
        "I wish you a successful Congress. Thank you."
    ),
)
"""Four pages of a statement: the first ends in mid-sentence, the last holds 34 words."""


def exported_pages(bodies: tuple[str, ...] = PAGE_BODIES) -> str:
    """The statement as pdftotext writes it: header, body, "Page N of M", number, form feed."""
    total = len(bodies)
    pages = [
        f"{HEADER}\n\n{body}\n\nPage {number} of {total}\n\n{number}\n"
        for number, body in enumerate(bodies, start=1)
    ]
    return "\f".join(pages) + "\f"


def loaded(text: str, name: str = "statement.txt") -> str:
    """The text the load stage gives every later stage, read from `text` as stdin would be."""
    return load_source(Path(name), text.encode("utf-8")).text


def words(text: str) -> list[str]:
    return text.split()


def test_a_statement_exported_from_a_pdf_keeps_every_word_of_its_pages() -> None:
    text = loaded(exported_pages())
    body_words = [word for body in PAGE_BODIES for word in body.split()]
    assert words(text) == body_words


def test_the_running_header_page_of_pages_and_bare_numbers_all_go() -> None:
    lines = loaded(exported_pages()).split("\n")
    assert not [line for line in lines if "A/79/PV.5" in line]
    assert not [line for line in lines if line.startswith("Page ")]
    assert not [line for line in lines if line.strip().isdigit()]


def test_the_short_last_page_loses_its_number_too() -> None:
    # 34 words: a bare number needs 100 words above it without a page break to show it.
    assert len(PAGE_BODIES[-1].split()) < 100
    text = loaded(exported_pages())
    assert text.rstrip().endswith("I wish you a successful Congress. Thank you.")


def test_a_sentence_cut_by_a_page_break_is_one_paragraph_again() -> None:
    paragraphs = loaded(exported_pages()).split("\n\n")
    cut = next(paragraph for paragraph in paragraphs if "crimes that cross" in paragraph)
    assert "crimes that cross\nborders and harm" in cut


def test_a_paragraph_ended_at_a_page_break_stays_ended() -> None:
    paragraphs = loaded(exported_pages()).split("\n\n")
    assert any(
        paragraph.startswith("Corruption feeds every other crime.") for paragraph in paragraphs
    )
    assert any(paragraph.startswith("Excellencies, the Kyoto") for paragraph in paragraphs)


def test_a_refrain_on_every_page_inside_the_text_stays() -> None:
    bodies = tuple(body.replace("\n\n", f"\n\n{REFRAIN}\n\n", 1) for body in PAGE_BODIES[:3])
    text = loaded(exported_pages((*bodies, PAGE_BODIES[3]))).split("\n")
    assert text.count(REFRAIN) == 3
    assert not [line for line in text if "A/79/PV.5" in line]


def test_a_header_on_the_pages_after_the_first_only_goes() -> None:
    exported = exported_pages()
    first_header = exported.index(HEADER)
    without_first = exported[:first_header] + exported[first_header + len(HEADER) :]
    text = loaded(without_first)
    assert HEADER.split()[0] not in text.split("\n")
    assert "A/79/PV.5" not in text


def test_a_count_at_a_page_edge_that_is_no_page_number_stays() -> None:
    # "Votes in favour:" then "120" ends page 2: 120 is no page's place in the file.
    bodies = (PAGE_BODIES[0], PAGE_BODIES[1] + "\n\nVotes in favour:\n\n120", *PAGE_BODIES[2:])
    text = loaded(exported_pages(bodies))
    assert "Votes in favour:\n\n120" in text


def test_text_with_no_form_feed_is_left_as_it_is() -> None:
    text = "First line.\n\nPage 2 of 4\n\nLast line.\n"
    assert join_pages(text) == text


def test_form_feeds_a_line_or_two_apart_part_paragraphs_not_pages() -> None:
    # Fewer than 20 words a page: "Thanks." on each is no running footer, and stays.
    text = tidy_markdown("Opening words here.\fThanks.\f\fThanks.\fThanks.\f")
    assert join_pages(text) == "Opening words here.\n\nThanks.\n\nThanks.\n\nThanks.\n"


def test_tidy_markdown_keeps_a_page_break_on_a_line_of_its_own() -> None:
    assert tidy_markdown("\fone\ftwo\f") == "one\n\f\ntwo\n"


def test_normalise_text_leaves_no_form_feed() -> None:
    assert "\f" not in normalise_text(exported_pages())


@pytest.mark.parametrize(
    ("before", "after", "runs_over"),
    [
        ("so that we can fight the crimes that cross", "borders and harm", True),
        ("the Secretary-General of the United Nations and the", "Member States agreed.", True),
        ("Corruption", "feeds every crime.", True),
        ("I thank you.", "borders and harm", False),
        ("## Opening remarks", "the Congress opens", False),
        ("Opening remarks", "Corruption feeds every crime.", False),
        ("- first item of the list", "- second item", False),
    ],
)
def test_a_sentence_runs_over_a_break_only_when_cut(
    before: str, after: str, runs_over: bool
) -> None:
    assert runs_over_page_break(before, after) is runs_over


def test_page_furniture_finds_only_lines_at_a_page_edge() -> None:
    # "Header" repeats on line 2 of each page too, after a line of the text: it stays there.
    pages = [
        ["Header", "Body one.", "Header", "More text.", "Other text.", "Last words.", "1"],
        ["Header", "Body two.", "Header", "Further text.", "Text again.", "The end.", "2"],
    ]
    assert page_furniture(pages) == [{0, 6}, {0, 6}]


def _pdf_of_pages(bodies: tuple[str, ...]) -> bytes:
    """A PDF of the statement, each page with the header, "Page N of M" and a bare number."""
    fpdf = pytest.importorskip("fpdf")
    document = fpdf.FPDF()
    document.set_auto_page_break(auto=False)
    for number, body in enumerate(bodies, start=1):
        document.add_page()
        document.set_font("Helvetica", size=9)
        document.cell(0, 8, HEADER.replace("   ", "    "))
        document.ln(12)
        document.set_font("Helvetica", size=11)
        for paragraph in body.split("\n\n"):
            document.multi_cell(0, 6, paragraph)
            document.ln(4)
        document.set_y(-30)
        document.set_font("Helvetica", size=9)
        document.cell(0, 6, f"Page {number} of {len(bodies)}", align="C")
        document.ln(6)
        document.cell(0, 6, str(number), align="C")
    buffer = io.BytesIO()
    document.output(buffer)
    return buffer.getvalue()


def test_a_pdf_with_the_same_furniture_keeps_every_word_and_loses_the_furniture() -> None:
    data = _pdf_of_pages(PAGE_BODIES)
    text = load_source(Path("statement.pdf"), data).text
    body_words = [word for body in PAGE_BODIES for word in body.split()]
    assert words(text) == body_words


def test_a_pdf_page_that_opens_a_paragraph_opens_one_as_the_exported_text_does() -> None:
    # Page 3 opens "Corruption feeds …" after "… and the protection of witnesses.": two
    # paragraphs, which the PDF reader had read as one.
    data = _pdf_of_pages(PAGE_BODIES)
    from_pdf = load_source(Path("statement.pdf"), data).text
    paragraphs = from_pdf.split("\n\n")
    assert any(
        paragraph.startswith("Corruption feeds every other crime.") for paragraph in paragraphs
    )
    assert any(paragraph.startswith("Excellencies, the Kyoto") for paragraph in paragraphs)
    cut = next(paragraph for paragraph in paragraphs if "crimes that cross" in paragraph)
    assert "crimes that cross borders and harm" in " ".join(cut.split())


WORDS_A_PAGE = 150
"""Words on each page of a statement paged for the test, as a UN record's pages hold 169 to
324 (`pipeline.pages.WORDS_PER_PAGE_AT_LEAST`)."""


def paged(text: str) -> str:
    """`text` exported as pages of about `WORDS_A_PAGE` words, each with its furniture.

    A page ends at a blank line once it holds its words; a line of more than 30 words that
    would overfill it is cut in mid-sentence, before a lowercase word, as a page cuts one.
    """
    pages: list[list[str]] = []
    current: list[str] = []
    count = 0
    for line in text.split("\n"):
        line_words = line.split()
        if count + len(line_words) > WORDS_A_PAGE and len(line_words) > 30:
            cut = next(
                (
                    place
                    for place in range(len(line_words) // 2, len(line_words) - 1)
                    if line_words[place][:1].islower()
                    and not line_words[place - 1].endswith((".", ":", ";", "?", "!"))
                ),
                None,
            )
            if cut is not None:
                pages.append([*current, " ".join(line_words[:cut])])
                current, count = [" ".join(line_words[cut:])], len(line_words) - cut
                continue
        current.append(line)
        count += len(line_words)
        if count >= WORDS_A_PAGE and not line.strip():
            pages.append(current)
            current, count = [], 0
    if current:
        pages.append(current)
    return exported_pages(tuple("\n".join(page).strip("\n") for page in pages))


def _statements() -> list[Path]:
    found = [SAMPLE]
    if CORPUS.is_dir():
        found += sorted(
            path
            for path in [*CORPUS.glob("*.txt"), *CORPUS.glob("*.md")]
            if not path.name.endswith(".source.txt")
        )
    return found


@pytest.mark.parametrize("path", _statements(), ids=lambda path: path.name[:24])
def test_a_real_statement_exported_in_pages_reads_as_the_statement_itself(path: Path) -> None:
    written = path.read_text(encoding="utf-8")
    assert "\f" not in written
    exported = paged(written)
    assert exported.count("\f") >= 2
    whole = load_source(path, written.encode("utf-8")).text
    from_pages = load_source(path, exported.encode("utf-8")).text
    assert Counter(from_pages.split()) == Counter(whole.split())
    assert not [line for line in from_pages.split("\n") if "A/79/PV.5" in line]

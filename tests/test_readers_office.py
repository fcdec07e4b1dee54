"""PDF and Word statements as press offices lay them out: footnotes, text boxes, spacing.

The PDFs are drawn here with fpdf2 at the positions a word processor uses (a line pitch,
wider space between paragraphs, small raised note marks, notes at the page's foot); the
Word document under tests/data/office/ was saved by LibreOffice from a notice with a text
box and two footnotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.readers import read_source

if TYPE_CHECKING:
    from fpdf import FPDF
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject

OFFICE = Path(__file__).parent / "data" / "office"

Line = tuple[float, str] | tuple[float, str, float]
"""A line drawn on a page: (baseline in mm from the top, text[, font size in points])."""


def draw_pdf(pages: Sequence[Sequence[Line]], *, header: str = "", footer: bool = True) -> bytes:
    """A PDF with each page's lines drawn where they say, in 12-point type by default."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, 1):
        pdf.add_page()
        for line in lines:
            size = line[2] if len(line) == 3 else 12
            pdf.set_font("Helvetica", size=size)
            pdf.text(20, line[0], line[1])
        if header:
            pdf.set_font("Helvetica", size=8)
            pdf.text(20, 10, header)
        if footer:
            pdf.set_font("Helvetica", size=8)
            pdf.text(95, 287, f"Page {number} of {len(pages)}")
    return bytes(pdf.output())


def lines_from(top: float, texts: Sequence[str], pitch: float = 7.0) -> list[Line]:
    """Lines of one paragraph, one pitch apart, starting at `top`."""
    return [(top + index * pitch, text) for index, text in enumerate(texts)]


FIRST = [
    "At approximately 21:40 on Thursday officers were called to a disturbance outside",
    "a licensed premises on Harbour Road. When officers arrived they found a man",
    "with serious injuries and he is being supported by specially trained officers.",
]
SECOND = [
    "This is a tragic loss of a young life, and my thoughts are with his family and",
    "friends at this incredibly difficult time, said the Chief Constable on Friday.",
]


def test_a_paragraph_ending_in_a_full_line_is_parted_from_the_next_by_its_space() -> None:
    # The space between paragraphs was the only sign of the end of the first: the two were
    # read as one, "… trained officers. This is a tragic loss …".
    page = lines_from(30, FIRST) + lines_from(30 + 3 * 7 + 4, SECOND)
    markdown = read_source(Path("s.pdf"), draw_pdf([page])).markdown
    assert markdown.strip().split("\n\n") == [" ".join(FIRST), " ".join(SECOND)]


def test_lines_one_pitch_apart_stay_one_paragraph() -> None:
    page = lines_from(30, FIRST + SECOND)
    markdown = read_source(Path("s.pdf"), draw_pdf([page])).markdown
    assert markdown.strip() == " ".join(FIRST + SECOND)


def footnoted_pdf() -> bytes:
    """Two pages: a note's small raised mark in the text, the note at the first page's foot."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for number in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", size=8)
        pdf.text(20, 10, "EASTPORT CONSTABULARY - Police Headquarters, 1 Quay Street")
        pdf.text(95, 287, f"Page {number} of 2")
        pdf.set_font("Helvetica", size=12)
        if number == 1:
            for index, text in enumerate(FIRST):
                pdf.text(20, 30 + 7 * index, text)
            pdf.text(20, 55, "Two men were arrested at the scene and remain in custody.")
            pdf.set_font("Helvetica", size=7)
            pdf.text(133, 53.5, "1")  # raised and small, as word processors draw it
            pdf.set_font("Helvetica", size=12)
            pdf.text(20, 62, "A third man was released on bail pending further enquiries.")
            pdf.text(20, 69, "I understand that this causes real fear in a community, the Chief")
            pdf.set_font("Helvetica", size=8)
            pdf.text(20, 270, "1 Under the Police and Criminal Evidence Act 1984, a suspect may be")
            pdf.text(20, 274, "held for up to 24 hours before being charged or released.")
        else:
            pdf.text(20, 30, "Constable added. There is no wider threat to the public.")
    return bytes(pdf.output())


def test_a_footnote_mark_is_a_superscript_and_its_note_moves_to_the_end() -> None:
    # "custody.1" had the voice read "one", and the note at the page's foot was read in the
    # middle of the sentence running over the page: "the Chief 1 Under the Police … Constable".
    markdown = read_source(Path("s.pdf"), footnoted_pdf()).markdown
    assert "remain in custody.¹ A third man" in markdown
    assert "the Chief Constable added." in markdown
    assert markdown.rstrip().endswith(
        "## Footnotes\n\n¹ Under the Police and Criminal Evidence Act 1984, a suspect may be "
        "held for up to 24 hours before being charged or released."
    )
    assert markdown.count("Under the Police") == 1
    assert "EASTPORT" not in markdown and "Page 1" not in markdown


def test_a_mark_raised_by_text_rise_after_punctuation_is_a_superscript() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.set_xy(20, 30)
    pdf.cell(text="The figures were confirmed by the authorities.")
    pdf.char_vpos = "SUP"  # fpdf2 raises it with the text rise operator, not its position
    pdf.cell(text="2")
    pdf.char_vpos = "LINE"
    pdf.cell(text=" Villages were flooded.")
    markdown = read_source(Path("s.pdf"), bytes(pdf.output())).markdown
    assert (
        markdown.strip() == "The figures were confirmed by the authorities.² Villages were flooded."
    )


def test_numbered_paragraphs_become_a_numbered_list() -> None:
    # "1\. Bring … 2\. Use …": the items ran together in one paragraph, their numbers escaped.
    page = [
        (30.0, "What you should do"),
        (40.0, "1. Bring tap water to a rolling boil, then let it cool before you use"),
        (47.0, "it for anything."),
        (56.0, "2. Use boiled or bottled water for drinking, preparing food and making"),
        (63.0, "ice."),
        (72.0, "3. Do not use tap water to prepare infant formula for your baby, and"),
        (79.0, "use bottled water."),
        (88.0, "You can continue to use tap water for bathing and washing clothes."),
    ]
    markdown = read_source(Path("s.pdf"), draw_pdf([page])).markdown
    assert (
        "1. Bring tap water to a rolling boil, then let it cool before you use it for anything.\n"
        "2. Use boiled or bottled water for drinking, preparing food and making ice.\n"
        "3. Do not use tap water to prepare infant formula for your baby, and use bottled water."
        "\n\nYou can continue to use tap water"
    ) in markdown


def test_a_number_opening_a_wrapped_line_is_not_a_list_item() -> None:
    page = lines_from(
        30,
        [
            "Two men were arrested at the scene of the incident yesterday, aged",
            "19. They remain in custody while officers continue their enquiries in",
            "the town centre and speak to the witnesses who came forward today.",
        ],
    )
    markdown = read_source(Path("s.pdf"), draw_pdf([page])).markdown
    assert "aged 19. They remain" in markdown
    assert "\n19" not in markdown


def test_a_title_in_large_type_is_a_heading_over_its_two_lines() -> None:
    # "Judgment in Case C-412/24 Kowalczyk v. Regional Transport" and "Authority" were two
    # paragraphs, neither a heading: the statement had no title.
    page = [
        (30.0, "Judgment in Case C-412/24 Kowalczyk v. Regional", 18),
        (38.0, "Transport Authority", 18),
        *lines_from(50, FIRST),
    ]
    markdown = read_source(Path("s.pdf"), draw_pdf([page])).markdown
    assert markdown.startswith(
        "# Judgment in Case C-412/24 Kowalczyk v. Regional Transport Authority\n\n"
        "At approximately 21:40"
    )


def test_a_text_box_drawn_first_is_read_where_it_stands_and_the_header_still_goes() -> None:
    # The box was read before the letterhead and the title, and the letterhead's second line,
    # no longer at the page's edge, was read out in the middle of a sentence on page 2.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    for number in (1, 2):
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        if number == 1:
            pdf.text(60, 50, "BOIL WATER NOTICE IN FORCE")  # the box, drawn first
        pdf.set_font("Helvetica", size=8)
        pdf.text(20, 10, "RIVERTON CITY COUNCIL")
        pdf.text(20, 14, "Office of the Mayor, Town Hall, Market Square")
        pdf.set_font("Helvetica", size=12)
        if number == 1:
            pdf.text(20, 30, "Emergency notice from the Mayor")
            for index, text in enumerate(FIRST):
                pdf.text(20, 65 + 7 * index, text)
        else:
            for index, text in enumerate(SECOND):
                pdf.text(20, 30 + 7 * index, text)
    markdown = read_source(Path("s.pdf"), bytes(pdf.output())).markdown
    assert markdown.startswith("Emergency notice from the Mayor\n\nBOIL WATER NOTICE IN FORCE\n\n")
    assert "RIVERTON" not in markdown and "Office of the Mayor" not in markdown


def test_a_word_text_box_is_read_and_its_footnotes_follow_the_text() -> None:
    # python-docx reads neither: "BOIL WATER NOTICE IN FORCE" was lost, and so were the
    # notes, with no mark left where they had been.
    markdown = read_source(OFFICE / "notice.docx").markdown
    assert markdown == (
        "# Emergency notice from the Mayor of Riverton\n\n"
        "BOIL WATER NOTICE IN FORCE\n\n"
        "Do not drink tap water without boiling it first.\n\n"
        "Routine tests found bacteria in the supply to the northern districts.¹ "
        "Please boil your water.\n\n"
        "1. Bring tap water to a rolling boil.\n"
        "2. Let it cool before use.\n\n"
        "The notice applies until further notice.²\n\n"
        "## Footnotes\n\n"
        "¹ Tests taken on Friday 20 November 2026 at the Northgate reservoir.\n\n"
        "² The council will say when it is lifted.\n"
    )


def test_a_word_document_without_notes_has_no_footnotes_heading() -> None:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("The council met today and agreed the budget for next year.")
    buffer = io.BytesIO()
    document.save(buffer)
    markdown = read_source(Path("s.docx"), buffer.getvalue()).markdown
    assert markdown == "The council met today and agreed the budget for next year.\n"


def draw_cells(pdf: FPDF, top: float, rows: Sequence[Sequence[str]], xs: Sequence[float]) -> None:
    """Draw a table's rows, each cell at its column's x, 6 mm apart, in 10-point type."""
    for index, row in enumerate(rows):
        for x, cell in zip(xs, row, strict=True):
            pdf.set_font("Helvetica", size=10)
            pdf.text(x, top + 6 * index, cell)


def test_a_table_is_read_row_by_row_with_its_headings() -> None:
    # "Country People affected Deaths Niger 720,000 212": the heading row ran into the first
    # row, and each figure was read without the column it belongs to.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for index, text in enumerate(FIRST):
        pdf.set_font("Helvetica", size=12)
        pdf.text(20, 30 + 7 * index, text)
    rows = [["Country", "People affected", "Deaths"], ["Niger", "720,000", "212"]]
    draw_cells(pdf, 60, [*rows, ["Chad", "540,000", "145"]], (22, 80, 140))
    markdown = read_source(Path("s.pdf"), bytes(pdf.output())).markdown
    assert markdown.strip().split("\n\n")[1:] == [
        "Country – People affected – Deaths",
        "Niger – People affected: 720,000; Deaths: 212",
        "Chad – People affected: 540,000; Deaths: 145",
    ]


def test_a_list_is_not_a_table_though_its_bullets_stand_apart_from_its_text() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.text(20, 30, "The notice applies in these districts of the city:")
    for index, text in enumerate(["Northgate", "Hillside and Upper Hillside"]):
        pdf.text(22, 40 + 7 * index, "\x95")
        pdf.text(30, 40 + 7 * index, text)
    markdown = read_source(Path("s.pdf"), bytes(pdf.output())).markdown
    assert markdown.strip().endswith("- Northgate\n- Hillside and Upper Hillside")


def bold_pdf(heading: str) -> bytes:
    """A heading line in bold 12-point type over a paragraph in regular 12-point type."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=12)
    pdf.text(20, 30, heading)
    pdf.set_font("Helvetica", size=12)
    for index, text in enumerate(FIRST):
        pdf.text(20, 40 + 7 * index, text)
    return bytes(pdf.output())


def test_a_bold_line_standing_alone_is_a_heading() -> None:
    # In the Word document a heading; in its PDF a line of the paragraph below. With no larger
    # type on the page it is the first level.
    markdown = read_source(Path("s.pdf"), bold_pdf("What we are asking the public to do")).markdown
    assert markdown.startswith("# What we are asking the public to do\n\nAt approximately")


def test_an_embargo_or_a_label_in_bold_is_no_heading() -> None:
    for line in ("EMBARGOED UNTIL 10:00 CET, 3 March 2026", "NEWS RELEASE"):
        markdown = read_source(Path("s.pdf"), bold_pdf(line)).markdown
        assert markdown.startswith(f"{line}\n\nAt approximately")


def word_lines(pdf: FPDF, lines: Sequence[tuple[float, str]], top: float = 30) -> None:
    """Draw lines one 6-mm pitch apart, each at its own x: indents with no space between."""
    pdf.set_font("Helvetica", size=12)
    for index, (x, text) in enumerate(lines):
        pdf.text(x, top + 6 * index, text)


def test_an_indented_first_line_starts_a_paragraph() -> None:
    # Speeches from Word mark paragraphs by a first-line indent and no space between them.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    word_lines(
        pdf,
        [
            (30, "More than one billion people around the world live with a disability."),
            (20, "They are teachers and engineers, athletes and artists, and parents."),
            (30, "This year's theme reminds us that accessibility is not a favour but"),
            (20, "a right that belongs to everyone in every country of the world."),
        ],
    )
    markdown = read_source(Path("s.pdf"), bytes(pdf.output())).markdown
    assert markdown.strip().split("\n\n") == [
        "More than one billion people around the world live with a disability. They are "
        "teachers and engineers, athletes and artists, and parents.",
        "This year's theme reminds us that accessibility is not a favour but a right that "
        "belongs to everyone in every country of the world.",
    ]


ITEM_ONE = "adopt accessibility standards for all;"
ITEM_TWO = "publish data by disability, so that no one at all is left out of sight."


def _page_fonts(writer: PdfWriter) -> DictionaryObject:
    """The first page's fonts by name: pypdf types a dictionary's entries only as PdfObject."""
    from pypdf.generic import DictionaryObject

    resources = writer.pages[0]["/Resources"]
    assert isinstance(resources, DictionaryObject)
    fonts = resources["/Font"]
    assert isinstance(fonts, DictionaryObject)
    return fonts


def word_list_pdf() -> bytes:
    """A paragraph, a list of two items, and a paragraph with an indented first line."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    word_lines(pdf, [(20, "I call on all Governments to act on three matters this year:")])
    for index, text in enumerate([ITEM_ONE, ITEM_TWO]):
        # Where Word puts them: the bullet 6.3 mm in, the text 12.7 mm, a first line 10 mm.
        pdf.text(26.3, 36 + 6 * index, "\x95")  # WinAnsi's bullet
        pdf.text(32.7, 36 + 6 * index, text)
    word_lines(
        pdf,
        [
            (30, "The United Nations is putting its own house in order with a strategy"),
            (20, "that holds every part of the Organization to account for its work."),
        ],
        top=48,
    )
    return bytes(pdf.output())


WORD_LIST = [
    "I call on all Governments to act on three matters this year:",
    f"- {ITEM_ONE}\n- {ITEM_TWO}",
    "The United Nations is putting its own house in order with a strategy that holds every "
    "part of the Organization to account for its work.",
]


def test_a_paragraph_after_a_list_is_not_part_of_its_last_item() -> None:
    # "… left out of sight. The United Nations is putting …": the paragraph after the list, its
    # first line indented and no space above it, was read as more of the last item.
    markdown = read_source(Path("s.pdf"), word_list_pdf()).markdown
    assert markdown.strip().split("\n\n") == WORD_LIST


def test_word_s_private_use_bullet_is_a_bullet() -> None:
    # Word's bullet comes out of its PDF as the Symbol font's private character U+F0B7: it was
    # read as text and joined the item to the sentence before it ("… to:  adopt …").
    import io

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(word_list_pdf())))
    for font in _page_fonts(writer).values():
        # The font draws byte 0x95 as the glyph named for U+F0B7, as Word's Symbol bullet.
        font.get_object()[NameObject("/Encoding")] = DictionaryObject(
            {
                NameObject("/BaseEncoding"): NameObject("/WinAnsiEncoding"),
                NameObject("/Differences"): ArrayObject(
                    [NumberObject(0x95), NameObject("/uniF0B7")]
                ),
            }
        )
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "\uf0b7" in PdfReader(buffer).pages[0].extract_text()
    markdown = read_source(Path("s.pdf"), buffer.getvalue()).markdown
    assert markdown.strip().split("\n\n") == WORD_LIST


def test_each_line_of_a_contact_block_is_its_own_paragraph() -> None:
    # "… diallom@agency.org Thomas Berger, Spokesperson …": two contacts read as one.
    lines = [
        "Mariam Diallo, Regional Spokesperson, Dakar: +221 33 869 1234, diallom@agency.org",
        "Thomas Berger, Spokesperson, Geneva: +41 22 917 4455, bergert@agency.example.org",
        "Anna Lindqvist, Press Officer, Luxembourg, telephone number +352 4303 3355",
        "Press Office, Luxembourg, for requests on the day of the judgment itself",
    ]
    page = lines_from(30, lines, pitch=5)
    markdown = read_source(Path("s.pdf"), draw_pdf([page], footer=False)).markdown
    assert markdown.strip().split("\n\n") == lines


def test_a_row_of_asterisks_is_a_separator_not_a_bullet() -> None:
    page = [*lines_from(30, FIRST), (60.0, "* * *")]
    markdown = read_source(Path("s.pdf"), draw_pdf([page], footer=False)).markdown
    assert "- * *" not in markdown
    assert markdown.rstrip().endswith("\\* * *")


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_with(*body_xml: str) -> bytes:
    """A Word document whose body holds these elements, written as Word writes them."""
    import io

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    body = document.element.body
    for xml in body_xml:
        body.insert(len(body) - 1, parse_xml(xml.replace("<w:p>", f"<w:p {W_NS}>", 1)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_a_tracked_insertion_is_read_and_a_tracked_deletion_is_not() -> None:
    # "The council has today agreed the budget." was read "The council agreed the budget.":
    # python-docx does not look inside a tracked change.
    data = docx_with(
        "<w:p>"
        + run("The council ")
        + '<w:ins w:id="1" w:author="Press office">'
        + run("has today ")
        + "</w:ins>"
        + run("agreed")
        + '<w:del w:id="2" w:author="Press office"><w:r><w:delText> reluctantly</w:delText>'
        + "</w:r></w:del>"
        + run(" the budget.")
        + "</w:p>"
    )
    assert (
        read_source(Path("s.docx"), data).markdown == "The council has today agreed the budget.\n"
    )


def test_words_in_a_field_a_smart_tag_or_a_content_control_are_read() -> None:
    data = docx_with(
        f"<w:sdt {W_NS}><w:sdtPr/><w:sdtContent><w:p>{run('Date: 3 March 2026')}</w:p>"
        "</w:sdtContent></w:sdt>",
        "<w:p>"
        + run("See ")
        + '<w:fldSimple w:instr=" HYPERLINK &quot;https://example.org&quot; ">'
        + run("our website")
        + "</w:fldSimple>"
        + run(" for the full text.")
        + "</w:p>",
        '<w:p><w:smartTag w:uri="urn:place" w:element="City">'
        + run("Geneva")
        + "</w:smartTag>"
        + run(" is where the meeting took place.")
        + "</w:p>",
    )
    assert read_source(Path("s.docx"), data).markdown == (
        "Date: 3 March 2026\n\nSee our website for the full text.\n\n"
        "Geneva is where the meeting took place.\n"
    )


def test_hidden_text_is_not_read() -> None:
    data = docx_with(
        "<w:p>"
        + run("The meeting ended at noon.")
        + '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> [draft note: check time]</w:t>'
        + "</w:r></w:p>"
    )
    assert read_source(Path("s.docx"), data).markdown == "The meeting ended at noon.\n"


def pdf_with_glyphs(lines: Sequence[str], glyphs: dict[int, str]) -> bytes:
    """A PDF of Helvetica lines in which some bytes are drawn as the named glyphs."""
    import io

    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    for index, text in enumerate(lines):
        pdf.text(20, 30 + 7 * index, text)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    differences = ArrayObject()
    for code, name in glyphs.items():
        differences.extend([NumberObject(code), NameObject(f"/{name}")])
    for font in _page_fonts(writer).values():
        font.get_object()[NameObject("/Encoding")] = DictionaryObject(
            {
                NameObject("/BaseEncoding"): NameObject("/WinAnsiEncoding"),
                NameObject("/Differences"): differences,
            }
        )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_typeset_ligatures_are_read_as_their_letters() -> None:
    # "ﬁnancial" and "eﬀect" came through as one ligature character each, which a voice
    # reads as nothing or as a letter name, and the word count and fact check do not know.
    data = pdf_with_glyphs(
        [
            "The \x95nancial e\x96ect of the \x97ood was felt across the inter\x98",
            "national system.",
        ],
        {0x95: "fi", 0x96: "ff", 0x97: "fl", 0x98: "uni2010"},
    )
    markdown = read_source(Path("s.pdf"), data).markdown
    # The typographic hyphen (U+2010) of a word broken at the line's end is mended as "-" is.
    assert markdown.strip() == (
        "The financial effect of the flood was felt across the international system."
    )


def test_text_turned_on_its_side_is_read_in_the_order_drawn() -> None:
    # Positions across a turned page say nothing of lines and paragraphs: none is used.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    with pdf.rotation(90, 105, 148):
        for index, text in enumerate(FIRST):
            pdf.text(20, 80 + 7 * index, text)
        pdf.set_font("Helvetica", style="B", size=18)
        pdf.text(20, 60, "Large bold words drawn last")
    markdown = read_source(Path("s.pdf"), bytes(pdf.output())).markdown
    assert markdown.strip().split("\n\n") == [" ".join(FIRST), "Large bold words drawn last"]


def test_a_line_opened_up_by_a_raised_mark_does_not_part_its_sentence() -> None:
    # Word gives a line with a raised note mark a little more room above the next one.
    page = [
        *lines_from(30, FIRST[:2]),
        (44.0 + 4, "with serious injuries, and his family"),
        (51.0 + 4, "is being supported by specially trained officers from the town."),
    ]
    markdown = read_source(Path("s.pdf"), draw_pdf([page], footer=False)).markdown
    assert markdown.strip() == (
        f"{FIRST[0]} {FIRST[1]} with serious injuries, and his family is being supported by "
        "specially trained officers from the town."
    )


def running_header_pdf(second_page_top: tuple[float, str]) -> bytes:
    """A letterhead on page 1; on page 2 a small line at `second_page_top`, then the text."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.text(20, 10, "EASTPORT CONSTABULARY - Serving and protecting our communities")
    pdf.text(20, 14, "Police Headquarters, 1 Quay Street, Eastport EP1 4QS")
    pdf.set_font("Helvetica", size=12)
    for index, text in enumerate(FIRST):
        pdf.text(20, 30 + 7 * index, text)
    pdf.text(20, 55, "I understand that this causes real fear in a community, the Chief")
    pdf.add_page()
    pdf.set_font("Helvetica", size=8)
    pdf.text(20, second_page_top[0], second_page_top[1])
    pdf.set_font("Helvetica", size=12)
    pdf.text(20, 30, "Constable added. There is no wider threat to the public.")
    return bytes(pdf.output())


def test_a_running_header_unlike_the_letterhead_is_not_read_mid_sentence() -> None:
    # Word's "different first page": the header of page 2 is found on no other page, and was
    # read into the sentence running over the page, "the Chief Eastport Constabulary – …".
    data = running_header_pdf((10.0, "Eastport Constabulary - Harbour Road statement"))
    markdown = read_source(Path("s.pdf"), data).markdown
    assert "the Chief Constable added." in markdown
    assert "Harbour Road statement" not in markdown
    assert "EASTPORT CONSTABULARY" not in markdown


def test_small_text_opening_a_page_below_the_header_is_kept() -> None:
    data = running_header_pdf((22.0, "Media enquiries: press.office@eastport.police.uk"))
    assert "Media enquiries: press.office@eastport.police.uk" in (
        read_source(Path("s.pdf"), data).markdown
    )


def test_a_lettered_list_is_not_a_table() -> None:
    # "a)" and its text stand apart as a table's cells do: the items were read "a) – Bring".
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.text(20, 30, "Residents in the affected districts should do two things today:")
    for index, (mark, text) in enumerate([("a)", "Boil tap water."), ("b)", "Let it cool.")]):
        pdf.text(26, 40 + 7 * index, mark)
        pdf.text(33, 40 + 7 * index, text)
    markdown = read_source(Path("s.pdf"), bytes(pdf.output())).markdown
    assert " – " not in markdown
    assert "a) Boil tap water." in markdown and "b) Let it cool." in markdown


def test_a_mark_raised_onto_a_line_of_its_own_stays_on_its_sentence() -> None:
    # Raised high, the mark came out on a line of its own: "custody." / "1" / "A third man"
    # were three paragraphs.
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.text(20, 30, FIRST[0])
    pdf.text(20, 37, "remain in custody.")
    pdf.set_font("Helvetica", size=7)
    pdf.text(56.5, 34, "1")
    pdf.set_font("Helvetica", size=12)
    pdf.text(58.5, 37, " A third man was arrested and released on bail.")
    markdown = read_source(Path("s.pdf"), bytes(pdf.output())).markdown
    assert markdown.strip() == (
        f"{FIRST[0]} remain in custody.¹ A third man was arrested and released on bail."
    )


def test_a_word_hyperlink_keeps_its_address() -> None:
    import io

    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    document = docx.Document()
    paragraph = document.add_paragraph("You can ")
    ident = paragraph.part.relate_to(
        "https://council.example/apply", RELATIONSHIP_TYPE.HYPERLINK, is_external=True
    )
    link, run, text = OxmlElement("w:hyperlink"), OxmlElement("w:r"), OxmlElement("w:t")
    link.set(qn("r:id"), ident)
    text.text = "apply online"
    run.append(text)
    link.append(run)
    paragraph._p.append(link)
    paragraph.add_run(" or by post.")
    buffer = io.BytesIO()
    document.save(buffer)
    markdown = read_source(Path("apply.docx"), buffer.getvalue()).markdown
    assert markdown.strip() == "You can [apply online](https://council.example/apply) or by post."

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.build import read_statement
from pipeline.errors import InputError
from pipeline.models import SectionKind, Statement
from pipeline.settings import Settings
from pipeline.stages.load import (
    load_source,
    normalise_text,
    repair_pipe_for_i,
    split_front_matter,
    tables_as_rows,
)


def test_reads_the_sample(sample_path: Path) -> None:
    source = load_source(sample_path)
    assert source.name == sample_path.name
    assert source.text.startswith("Video Statement (As delivered) by")
    assert "Jürgen Stock" in source.text


def test_stdin_bytes_with_bom_are_read() -> None:
    source = load_source(None, "\ufeffHello there. This is a statement.".encode())
    assert source.name == "<stdin>"
    assert source.text.strip() == "Hello there. This is a statement."


def test_normalises_unicode_whitespace_and_invisible_controls() -> None:
    decomposed = "Ju\u0308rgen\u200b said\r\n\r\n\r\n\r\nhello\u202e world !"
    assert normalise_text(decomposed).strip() == "Jürgen said\n\nhello world !"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "is empty"),
        (b"   \n\n\t  \n", "only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Good text \xe9t\xe9 \x81 more", "byte 0x81 at offset 14"),
    ],
)
def test_bad_content_gets_one_clear_error(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "statement.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        load_source(path)
    assert fragment in caught.value.one_line()
    assert "\n" not in caught.value.one_line()


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="file not found"):
        load_source(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_source(tmp_path)


def test_size_limit_can_be_raised(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(InputError, match="--max-input-mb"):
        load_source(path, max_bytes=1000)
    assert load_source(path, max_bytes=10_000).text.startswith("word word")


# --- One small statement in every format, built here, read end to end -----------------------


WATER = (
    "Clean water reaches every village by the end of the decade under this plan. "
    "The fund pays for wells, pipes and pumps, and local people are trained to repair them. "
    "Each region reports its progress every year, so that delays are seen and fixed early."
)
HEALTH = (
    "Health clinics open in every district, staffed by nurses and doctors paid by the state. "
    "Vaccines are free for children, and mothers get care before and after birth. "
    "Clinics share records so that patients are treated wherever they go."
)


def _read(path: Path) -> Statement:
    return read_statement(Settings(input_path=path))


def _check_body(statement: Statement) -> None:
    body = [s for s in statement.sections if s.kind is SectionKind.BODY]
    assert [s.title for s in body] == ["Water", "Health"]
    assert body[0].plain_text.startswith("Clean water reaches")
    assert body[1].plain_text.startswith("Health clinics open")
    assert statement.language == "en"


def test_text_statement_with_title_block(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(
        "Statement on Water and Health (Check against delivery)\n\n"
        "Ana Silva, Minister of Public Works\n\nAccra, 12 June 2024\n\n"
        "Excellencies, ladies and gentlemen,\n\n"
        f"WATER\n\n{WATER}\n\nHEALTH\n\n{HEALTH}\n\nThank you.\n",
        encoding="cp1252",
    )
    statement = _read(path)
    meta = statement.meta
    assert meta.title == "Statement on Water and Health"
    assert (meta.speaker, meta.speaker_role) == ("Ana Silva", "Minister of Public Works")
    assert (meta.place, meta.date_start, meta.notes) == (
        "Accra",
        "2024-06-12",
        ("Check against delivery",),
    )
    kinds = [s.kind for s in statement.sections]
    assert kinds[:2] == [SectionKind.TITLE, SectionKind.GREETING]
    assert kinds[-1] is SectionKind.CLOSING
    assert [s.title for s in statement.sections if s.kind is SectionKind.BODY] == [
        "Water",
        "Health",
    ]


def test_markdown_with_front_matter_and_headings(tmp_path: Path) -> None:
    path = tmp_path / "statement.md"
    path.write_text(
        "---\ntitle: Water and Health Plan\ndate: 2024-06-12\nauthor: Ana Silva\n---\n\n"
        f"## Water\n\n{WATER}\n\n## Health\n\n{HEALTH}\n",
        encoding="utf-8",
    )
    statement = _read(path)
    assert statement.meta.title == "Water and Health Plan"
    assert (statement.meta.date_start, statement.meta.speaker) == ("2024-06-12", "Ana Silva")
    _check_body(statement)


def test_a_markdown_table_is_read_a_row_a_paragraph_as_html_and_docx_tables_are(
    tmp_path: Path,
) -> None:
    # The bars and the rule line were read, shown and spoken as one paragraph:
    # "| Item | Amount | | --- | --- | | Health | $5 million | …".
    table = "| Item | Amount |\n| --- | --- |\n| Health | $5 million |\n| Schools | |\n"
    # Under its header row a row's cells are said with their headings, as an HTML table's
    # with <th> are ("Ghana – Pledge: $5m"); an empty cell says nothing.
    assert tables_as_rows(f"The budget:\n\n{table}\nWe report in June.\n") == (
        "The budget:\n\nItem – Amount\n\nHealth – Amount: $5 million\n\nSchools\n\n"
        "We report in June.\n"
    )
    path = tmp_path / "budget.md"
    path.write_text(f"# Budget 2025\n\n## Spending\n\nWe set out the budget.\n\n{table}", "utf-8")
    texts = [p.text for section in _read(path).sections for p in section.paragraphs]
    assert "Health – Amount: $5 million" in texts
    assert not any("|" in text or "---" in text for text in texts)
    # A bar with no table rule line is no table ("| wish", an OCR capital I, is repaired).
    assert tables_as_rows("| I wish | to |\n") == "| I wish | to |\n"


def test_html_page_keeps_only_the_statement(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><title>Ministry site</title>"
        "<script>var tracker = 'SECRET';</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<div id='cookie-banner'>We use cookies. <button>Accept</button></div>"
        "<main><h1>Water and Health Plan</h1><p>Accra, 12 June 2024</p>"
        f"<h2>Water</h2><p>{WATER}</p><h2>Health</h2><p>{HEALTH}</p></main>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    statement = _read(path)
    assert statement.meta.title == "Water and Health Plan"
    assert statement.meta.date_start == "2024-06-12"
    _check_body(statement)
    everything = " ".join(s.plain_text for s in statement.sections)
    for noise in ("SECRET", "cookies", "Copyright", "News"):
        assert noise not in everything


def test_docx_headings_and_list_styles(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Water and Health Plan", 0)
    document.add_paragraph("Ana Silva, Minister of Public Works")
    document.add_heading("Water", 1)
    document.add_paragraph(WATER)
    document.add_paragraph("The plan will:")
    document.add_paragraph("dig wells", style="List Bullet")
    document.add_paragraph("train repairers", style="List Bullet")
    document.add_heading("Health", 1)
    document.add_paragraph(HEALTH)
    path = tmp_path / "plan.docx"
    document.save(str(path))
    statement = _read(path)
    assert statement.meta.title == "Water and Health Plan"
    assert statement.meta.speaker == "Ana Silva"
    _check_body(statement)
    water = next(s for s in statement.sections if s.title == "Water")
    assert [p.text for p in water.paragraphs if p.is_list_item] == ["dig wells", "train repairers"]
    assert water.sentences[-2:] == ("dig wells", "train repairers")


def test_pdf_without_page_furniture_and_with_hyphens_rejoined(tmp_path: Path) -> None:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pages = [
        [
            "Water and Health Plan",
            "",
            "Accra, 12 June 2024",
            "",
            "Water",
            "Clean water reaches every village by the end of the dec-",
            "ade under this plan, and the fund pays for wells and pumps.",
            "Each region reports its progress every year, so that delays are seen.",
            "Local people are trained to repair the pumps and to test the water often.",
        ],
        [
            "Health",
            "Health clinics open in every district, staffed by nurses and",
            "doctors paid by the state, and vaccines are free for children.",
            "Clinics share records so that patients are treated wherever they go.",
        ],
    ]
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.cell(
            0, 6, "Ministry of Public Works - Press Office", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        for line in lines:
            pdf.cell(0, 6, line or " ", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(-20)
        pdf.cell(0, 6, f"Page {number} of 2")
    path = tmp_path / "plan.pdf"
    path.write_bytes(bytes(pdf.output()))
    statement = _read(path)
    assert statement.meta.title == "Water and Health Plan"
    assert statement.meta.date_start == "2024-06-12"
    text = " ".join(s.plain_text for s in statement.sections)
    assert "decade" in text and "dec- ade" not in text
    assert "Press Office" not in text and "Page 1" not in text
    assert [s.title for s in statement.sections if s.kind is SectionKind.BODY] == [
        "Water",
        "Health",
    ]


def test_stdin_and_forced_format() -> None:
    data = f"# Water and Health Plan\n\n## Water\n\n{WATER}\n\n## Health\n\n{HEALTH}\n".encode()
    statement = read_statement(Settings(input_path=None), stdin=data)
    _check_body(statement)
    # Read as plain text, the Markdown is still split on its headings.
    forced = read_statement(Settings(input_path=None, input_format="text"), stdin=data)
    assert [s.title for s in forced.sections if s.kind is SectionKind.BODY] == ["Water", "Health"]


def test_language_is_detected_unless_given() -> None:
    data = (
        "Le gouvernement ouvrira des cliniques dans chaque district. "
        "Les vaccins seront gratuits pour les enfants et les mères seront soignées."
    ).encode()
    assert read_statement(Settings(input_path=None), stdin=data).language == "fr"
    assert read_statement(Settings(input_path=None, language="es"), stdin=data).language == "es"


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("---\ntitle: A\ndate: 2024-01-02\n---\nBody.", (("title", "A"), ("date", "2024-01-02"))),
        ("---\n- just\n- a list\n---\nBody.", ()),
        ("---\ntitle: [unclosed\n---\nBody.", ()),
        ("No front matter.\n---\n", ()),
    ],
)
def test_front_matter_is_read_only_when_it_is_a_mapping(
    text: str, fields: tuple[object, ...]
) -> None:
    rest, found = split_front_matter(text)
    assert found == fields
    assert rest.endswith("Body.") or (not fields and rest == text)


def test_every_corpus_statement_loads_and_splits_sensibly() -> None:
    from tests.conftest import CORPUS

    files = (
        sorted(p for p in CORPUS.glob("*") if p.is_file() and not p.name.endswith(".source.txt"))
        if CORPUS.exists()
        else []
    )
    if not files:
        pytest.skip("dev corpus not present")
    for path in files:
        statement = _read(path)
        sizes = [s.word_count for s in statement.sections if s.kind is SectionKind.BODY]
        assert sizes, path.name
        assert max(sizes) <= 250, path.name
        assert statement.meta.title and not statement.meta.title[0].isdigit(), path.name
        titles = [s.title for s in statement.sections]
        assert len(set(titles)) == len(titles), path.name


def test_ocr_bars_for_the_pronoun_i_are_repaired_outside_tables() -> None:
    scanned = (
        "| wish to congratulate the President. | assure you of our support.\n"
        "Either a | b here, or | Capital, stay as they are.\n"
    )
    assert repair_pipe_for_i(scanned) == (
        "I wish to congratulate the President. I assure you of our support.\n"
        "Either a | b here, or | Capital, stay as they are.\n"
    )
    table = "| what | who |\n|---|---|\n| wish lists | us |\n"
    assert repair_pipe_for_i(table) == table
    loaded = load_source(None, scanned.encode())
    assert loaded.text.startswith("I wish to congratulate")


def test_html_comments_in_markdown_are_not_words(tmp_path: Path) -> None:
    path = tmp_path / "fact-sheet.md"
    path.write_text(
        "# Fact sheet\n\n- One company cut 16,000 jobs.\n\n    <!-- -->\n\n"
        "- Another cut 2,400.\n\n<!-- a note\nfor editors -->\nThe end.\n"
    )
    text = load_source(path).text
    assert "<!--" not in text and "-->" not in text and "editors" not in text
    assert "One company cut 16,000 jobs." in text and "The end." in text


def test_ocr_bullets_read_as_e_are_dropped_only_where_a_list_has_them() -> None:
    from pipeline.stages.load import repair_ocr_bullets

    scanned = (
        "Je veux vivre libre !\ne Je suis une femme, une mère.\n\n"
        "e Je suis un jeune burkinabè, cultivateur.\n"
    )
    assert repair_ocr_bullets(scanned) == (
        "Je veux vivre libre !\nJe suis une femme, une mère.\n\nJe suis un jeune burkinabè, "
        "cultivateur.\n"
    )
    # One alone is not a list; a wrapped line ("tra Milano / e Roma") is not a paragraph start.
    assert repair_ocr_bullets("Fine.\n\ne Je suis.\n") == "Fine.\n\ne Je suis.\n"
    wrapped = "Il treno corre tra Milano\ne Roma ogni ora.\nVa tra Napoli\ne Bari.\n"
    assert repair_ocr_bullets(wrapped) == wrapped


def test_reference_links_are_written_inline_and_their_definitions_are_not_words(
    tmp_path: Path,
) -> None:
    # A definition at the foot was a paragraph of its own, read aloud and shown; a script
    # target, which Markdown refuses as a definition, was words in every file.
    source = tmp_path / "refs.md"
    source.write_text(
        "# Refs\n\nSee [the site][1], [other][x], [UN] and [2024] today.\n\n"
        "[1]: https://un.org/a\n"
        '[x]: <javascript:alert(1)> "t"\n'
        '[UN]: https://un.org "The UN"\n'
        "[evil]: data:text/html;base64,PHNjcmlwdD4=\n\nMore text.\n",
        encoding="utf-8",
    )
    text = load_source(source).text
    assert text == (
        "# Refs\n\nSee [the site](<https://un.org/a>), other, [UN](<https://un.org>) and [2024] "
        "today.\n\nMore text.\n"
    )


JURY_TABLE = (
    "# Jury summons\n\nFrom February, summonses will be sent by email.\n\n"
    "## What is different\n\n"
    "| Before | After |\n|:--|:--|\n"
    "| Summons by post only | Summons by email |\n"
    "| Reply by post | Reply online or by post |\n\n"
    "See the [jury service guide](https://example.org/jury) for more.\n"
)


def test_markdown_tables_come_with_their_cells_and_the_heading_above() -> None:
    from pipeline.stages.load import table_rows

    text, tables = table_rows(JURY_TABLE)
    assert "Before: Summons by post only – After: Summons by email" in text
    assert len(tables) == 1
    assert tables[0].title == "What is different"
    assert tables[0].rows[1] == ("Reply by post", "Reply online or by post")
    # A table inside a quote is read, not shown as a table.
    assert table_rows("> | A | B |\n> |---|---|\n> | x | 1 |\n")[1] == []

"""Odd input read as its author meant: joiners, UTF-16 without a BOM, literal stars, comments in
a text file, underlined headings; and a statement.txt free of Markdown's escapes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from pipeline.build import build_package, read_statement
from pipeline.errors import InputError
from pipeline.readers import clean_characters, decode_text
from pipeline.settings import Settings
from pipeline.stages.load import load_source, underlined_headings
from pipeline.text import markdown_as_text, markdown_to_plain

RUSSIAN = "Заявление\n\nСегодня в Лионе прошла встреча начальников полиции.\n"
GREEK = "Δήλωση\n\nΣήμερα στη Λυών συναντήθηκαν οι αρχηγοί της αστυνομίας.\n"
CHINESE = "声明\n\n今天，各国警察局长在里昂会面。\n"


def test_a_joiner_inside_a_latin_word_is_removed() -> None:
    # "Inter\u200dpol" was kept, a word no dictionary, search or fact check knew.
    assert clean_characters("Inter\u200dpol po\u200clice on\u200dline") == "Interpol police online"


def test_a_joiner_that_shapes_letters_or_an_emoji_is_kept() -> None:
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    hindi = "\u0915\u094d\u200d\u0937"
    coder = "\U0001f468\u200d\U0001f4bb"
    assert clean_characters(f"{persian} {hindi} {coder}") == f"{persian} {hindi} {coder}"


@pytest.mark.parametrize("text", [RUSSIAN, GREEK, CHINESE], ids=["russian", "greek", "chinese"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_in_another_script_is_decoded(text: str, codec: str) -> None:
    # Few of its bytes are NUL, so it was refused as "binary data".
    assert decode_text(text.encode(codec), "s.txt") == (text, codec)


@pytest.mark.parametrize(
    "data",
    [b"We act now.\x00 Together we act", b"We act\x00 now.\nTogether we act.\n!"],
    ids=["no-line-break", "with-a-line-break"],
)
def test_english_with_a_nul_is_still_binary_not_utf16(data: bytes) -> None:
    with pytest.raises(InputError, match="binary data"):
        decode_text(data, "s.txt")


def test_stars_and_underscores_in_an_html_page_are_characters(tmp_path: Path) -> None:
    # "2*3*4" was emphasis: the page showed "234" in italics and the voice said "234".
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Rates</h1><p>Rates rose 2*3*4 times; see *notes* and file_name_x."
        " We <em>really</em> mean it.</p><pre>code *with* stars</pre></body></html>",
        encoding="utf-8",
    )
    paragraphs = [p for p in load_source(page).text.split("\n\n") if not p.startswith("#")]
    assert [markdown_to_plain(p) for p in paragraphs] == [
        "Rates rose 2*3*4 times; see *notes* and file_name_x. We really mean it.",
        "code *with* stars",
    ]
    assert "*really*" in paragraphs[0]  # the page's own emphasis is kept


def test_stars_in_a_word_document_are_characters(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_heading("Rates", level=1)
    paragraph = document.add_paragraph("Rates rose 2*3*4 times; see *notes*. We ")
    paragraph.add_run("really").italic = True
    paragraph.add_run(" mean it.")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "rates.docx"
    path.write_bytes(buffer.getvalue())
    body = load_source(path).text.split("\n\n")[-1]
    assert markdown_to_plain(body) == "Rates rose 2*3*4 times; see *notes*. We really mean it."
    assert "*really*" in body


def test_statement_txt_shows_no_markdown_escapes(tmp_path: Path) -> None:
    # "2024\\." and "\\- A dash" were written into the original text's file as escaped.
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><h1>Statement on the year</h1>"
        "<p>2024. A year of change for the police and the courts of the city.</p>"
        "<p>- A line that is not a list, with 2*3*4 in it, and a back\\slash and a \\*.</p>"
        "<p>We <em>really</em> mean it. Read the <a href='https://example.org/g'>guide</a>.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    folder = build_package(
        Settings(input_path=page, output_dir=tmp_path / "out", audio=False)
    ).package.folder
    text = (folder / "statement.txt").read_text(encoding="utf-8")
    assert "\n2024. A year of change" in text
    assert "\n- A line that is not a list, with 2*3*4 in it, and a back\\slash and a \\*." in text
    assert "We really mean it. Read the guide (https://example.org/g)." in text
    assert "\\." not in text and "\\-" not in text


def test_markdown_as_text_drops_escapes_but_not_code_or_images() -> None:
    assert markdown_as_text("2024\\. A \\*b\\* `a\\*b` ![Map](m.png) <https://x.org>") == (
        "2024. A *b* `a\\*b` ![Map](m.png) https://x.org"
    )


def test_html_comments_in_a_text_file_are_a_warning(tmp_path: Path) -> None:
    # Their words were left out of the package without a word to the user.
    text = "Statement\n\nWe met. <!-- check with Anna --> We agreed.\n\n<!--\nA draft.\n-->\n"
    plain = tmp_path / "s.txt"
    plain.write_text(text, encoding="utf-8")
    source = load_source(plain)
    assert "We met. We agreed." in source.text and "Anna" not in source.text
    assert source.notes == (
        "s.txt: left out 2 HTML comments ('<!-- check with Anna -->', …): a comment is "
        "neither read aloud nor shown; take away its <!-- and --> to keep its words",
    )
    markdown = tmp_path / "s.md"
    markdown.write_text(text, encoding="utf-8")
    assert load_source(markdown).notes == ()  # in Markdown a comment is how a note is hidden


def test_underlined_headings_are_headings() -> None:
    text = "Title\n=====\n\nWe met.\n\nSecond part\n-----------\n\nWe part.\nAgain.\n---\n\nEnd."
    assert underlined_headings(text) == (
        "# Title\n\n\nWe met.\n\n## Second part\n\n\nWe part.\nAgain.\n\n\nEnd."
    )
    # A rule between paragraphs, a list item or a table row above the line is left alone.
    alone = "We met.\n\n---\n\n- an item\n---\n| a | b |\n|---|---|"
    assert underlined_headings(alone) == alone


@pytest.mark.parametrize("title", ["Just a title\n============\n", "Just a title\n---\n"])
def test_a_markdown_file_of_an_underlined_title_alone_is_refused(
    tmp_path: Path, title: str
) -> None:
    # It made a package whose one section said "Just a title =====".
    path = tmp_path / "title.md"
    path.write_text(title, encoding="utf-8")
    with pytest.raises(InputError, match="holds only a title or headings"):
        read_statement(Settings(input_path=path, output_dir=tmp_path / "out"))


@pytest.mark.parametrize("name", ["notes.txt", "notes.md"])
def test_a_file_of_html_comments_alone_is_refused_saying_so(tmp_path: Path, name: str) -> None:
    # "holds no text to split into sections", beside a file full of words.
    path = tmp_path / name
    path.write_text("<!-- We met today. -->\n\n<!--\nWe agreed.\n-->\n", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_source(path)
    assert refused.value.message == (
        f"{name} holds only HTML comments (<!-- … -->), whose words are never read"
    )
    assert refused.value.hint == "take away the <!-- and --> around the words to be read"

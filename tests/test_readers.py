"""Tests for pipeline.readers: every format, encoding and input error, all offline."""

from __future__ import annotations

import io
import logging
import zipfile
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.readers import (
    MAX_INPUT_BYTES,
    InputFormat,
    SourceDocument,
    clean_characters,
    decode_text,
    detect_format,
    read_source,
)
from pipeline.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


# ---------------------------------------------------------------------------------------
# Fixture builders
# ---------------------------------------------------------------------------------------


def make_docx(build: object = None) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = "Docx Core Title"
    document.add_heading("Statement Title", 0)
    document.add_heading("First Section", 1)
    document.add_heading("A Subsection", 2)
    paragraph = document.add_paragraph("Plain ")
    paragraph.add_run("italic").italic = True
    paragraph.add_run(" and ")
    paragraph.add_run("bold").bold = True
    paragraph.add_run(" words.")
    document.add_paragraph("Bullet one", style="List Bullet")
    document.add_paragraph("Bullet nested", style="List Bullet 2")
    document.add_paragraph("Number one", style="List Number")
    document.add_paragraph("Number two", style="List Number")
    document.add_paragraph("A wise saying.", style="Quote")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Name"
    table.cell(0, 1).text = "Role"
    table.cell(1, 0).text = "Ana Silva"
    table.cell(1, 1).text = "Minister"
    document.add_paragraph("Closing paragraph.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


PDF_BODIES = [
    [
        "The government today announced a plan for the inter-",
        "national community to act together on climate change and energy.",
        "We will work with partners across the region.",
        "",
        "Second paragraph starts here and runs to the end of a longer line.",
        "It continues on the next line with more words.",
    ],
    [
        "Our second priority is health, and the COVID-",
        "19 response has taught us a great deal about working together,",
        "and we will not forget those lessons.",
        "",
        "Roads and bridges",
        "We will invest in roads and bridges in every province of the land.",
    ],
    [
        "Finally, we thank everyone who contributed to this statement and to",
        "the work it describes over many months of hard effort.",
    ],
]


def make_pdf(
    bodies: list[list[str]] | None = None, *, footer: str = "Page {n} of {total}"
) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pages = PDF_BODIES if bodies is None else bodies
    pdf = FPDF()
    pdf.set_title("PDF Meta Title")
    pdf.set_font("Helvetica", size=11)
    pdf.set_auto_page_break(False)
    for number, body in enumerate(pages, 1):
        pdf.add_page()
        pdf.cell(
            0,
            6,
            "Ministry of Examples - Annual Statement 2024",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        for line in body:
            pdf.cell(0, 6, line or " ", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(-20)
        pdf.cell(0, 6, footer.format(n=number, total=len(pages)))
    return bytes(pdf.output())


def make_scanned_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")  # a "picture" and no text layer
    return bytes(pdf.output())


PAGE_HTML = """<!DOCTYPE html>
<html lang="en"><head><title>Statement &amp; Press Release</title>
<style>body { color: red }</style><script>var tracking = "SECRET-SCRIPT";</script></head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header><div class="logo">Site Banner Words</div><nav><a href="/">Home Menu</a></nav></header>
<div id="cookie-consent">We use cookies on this site. <button>Accept all</button></div>
<nav class="breadcrumb">Home &gt; News &gt; Statements</nav>
<main id="main">
<article>
<header><h1>Joint Statement on Water</h1><p>Published 1 May 2024</p></header>
<p>Leaders <em>agreed</em> to act, and this is <strong>important</strong>.<br>New line here.</p>
<p>&lt;script&gt;alert(1)&lt;/script&gt; stays literal &amp; safe.</p>
<p><a href="javascript:alert(2)">Print this page</a><a href="https://example.org/x">Read
the full text</a></p>
<h2>Commitments</h2>
<ul><li>Clean water</li><li>Safe <i>sanitation</i><ul><li>Nested point</li></ul></li></ul>
<ol start="3"><li>Third item</li><li>Fourth item</li></ol>
<blockquote><p>Water is life.</p></blockquote>
<table><tr><th>Country</th><th>Pledge</th></tr><tr><td>Ghana</td><td>$5m</td></tr></table>
<div class="social-share">Share on Facebook</div>
<p hidden>Hidden text</p>
<!-- a comment that must not appear -->
<form><label>Subscribe</label><input name="email"></form>
</article>
</main>
<aside>Related stories</aside>
<footer>Copyright footer text</footer>
</body></html>
"""


@pytest.fixture(scope="module")
def html_doc() -> SourceDocument:
    return read_source(None, PAGE_HTML.encode("utf-8"))


@pytest.fixture(scope="module")
def docx_doc() -> SourceDocument:
    return read_source(Path("statement.docx"), make_docx())


@pytest.fixture(scope="module")
def pdf_doc() -> SourceDocument:
    return read_source(Path("statement.pdf"), make_pdf())


# ---------------------------------------------------------------------------------------
# detect_format
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"%PDF-1.7\n...", "misnamed.txt", InputFormat.PDF),
        (b"x" * 5000 + b"%PDF-1.7\n...", "junk-first.pdf", InputFormat.PDF),
        (b"<!DOCTYPE html><html><body>x</body></html>", "page.txt", InputFormat.HTML),
        (b"  <html><p>x</p></html>", "noext", InputFormat.HTML),
        (b"<body><p>fragment</p></body>", "<stdin>", InputFormat.HTML),
        (b'<?xml version="1.0"?>\n<html xmlns="x"><body/></html>', "a.xml", InputFormat.HTML),
        ("<html><body>x</body></html>".encode("utf-16"), "x.bin", InputFormat.HTML),
        (b"# Title\n\nText", "notes.md", InputFormat.MARKDOWN),
        (b"# Title\n\nText", "notes.MARKDOWN", InputFormat.MARKDOWN),
        (b"<p>no document marker</p>", "page.htm", InputFormat.HTML),
        (b"Plain words mention <html> in prose.", "notes.md", InputFormat.MARKDOWN),
        (b"Just text.", "statement.txt", InputFormat.TEXT),
        (b"Just text.", "statement.unknown", InputFormat.TEXT),
        (b"Just text.", "<stdin>", InputFormat.TEXT),
    ],
)
def test_detect_format(data: bytes, name: str, expected: InputFormat) -> None:
    assert detect_format(data, name) is expected


def test_detect_format_docx_by_content() -> None:
    assert detect_format(make_docx(), "upload.bin") is InputFormat.DOCX


# ---------------------------------------------------------------------------------------
# decode_text and encodings
# ---------------------------------------------------------------------------------------

SAMPLE = "Café – “quoted” naïve résumé"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (SAMPLE.encode("utf-16-be"), "utf-16-be"),
        (SAMPLE.encode("cp1252"), "cp1252"),
        (b"\xff\xfe\x00\x00" + SAMPLE.encode("utf-32-le"), "utf-32-le"),
        (b"\x00\x00\xfe\xff" + SAMPLE.encode("utf-32-be"), "utf-32-be"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf16le",
        "utf16be",
        "cp1252",
        "utf32le-bom",
        "utf32be-bom",
    ],
)
def test_decode_text_encodings(data: bytes, encoding: str) -> None:
    text, found = decode_text(data, "x.txt")
    assert found == encoding
    assert text == SAMPLE


def test_ascii_is_reported_as_utf8() -> None:
    assert decode_text(b"plain ascii", "a.txt") == ("plain ascii", "utf-8")


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (
            b"a" * 1234 + b"\x81 rest",
            "not valid UTF-8, UTF-16 or Windows-1252 text: undecodable byte 0x81 at offset 1234",
        ),
        (b"caf\xe9 \x9d", "undecodable byte 0x9d at offset 5"),
        # Mostly valid UTF-8 with one stray byte: broken UTF-8, not Windows-1252.
        ("naïve café résumé ".encode() + b"\xff!", "undecodable byte 0xff at offset 22"),
        (b"text\x00\x00\x01\x02binary", "contains NUL bytes (binary data, not text) at offset 4"),
        # More control bytes than a pasted statement holds: binary data.
        (
            b"he\x01l\x02lo\x03 w\x04o\x05r\x06ld",
            "contains control byte 0x01 at offset 2 (binary data, not text)",
        ),
        (b"\xff\xfe" + b"a\x00\x00\xd8b\x00", "undecodable byte"),
    ],
)
def test_decode_text_errors(data: bytes, fragment: str) -> None:
    with pytest.raises(InputError) as info:
        decode_text(data, "bad.txt")
    assert fragment in info.value.message
    assert info.value.message.startswith("bad.txt: ")


def test_read_source_reports_encoding_and_strips_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfHello world.\r\n")
    doc = read_source(path)
    assert (doc.markdown, doc.encoding, doc.format, doc.name) == (
        "Hello world.\n",
        "utf-8-sig",
        InputFormat.TEXT,
        "bom.txt",
    )


# ---------------------------------------------------------------------------------------
# Tidying (shared by all formats)
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Cafe\u0301 noir", "Café noir\n"),  # NFC
        ("zero\u200bwidth\ufeff and \u202ebidi\u202c \u2066iso\u2069", "zerowidth and bidi iso\n"),
        ("می\u200cخواهم", "می\u200cخواهم\n"),  # ZWNJ inside a Persian word is kept
        ("edge \u200dword\u200c", "edge word\n"),  # joiners next to spaces go
        ("a\r\nb\rc", "a\nb\nc\n"),
        ("\tindented\tand inner", "    indented and inner\n"),
        ("trailing   \nspaces\t", "trailing\nspaces\n"),
        ("one\n\n\n\n\ntwo\n\n\nthree", "one\n\ntwo\n\nthree\n"),
        ("\n\n  \nstart and end\n\n\n", "start and end\n"),
        ("*not escaped* # and <b>kept</b> as is", "*not escaped* # and <b>kept</b> as is\n"),
        ("non\ufffechar\uffff \ufdd0acters\U0001fffe\U0010ffff", "nonchar acters\n"),
        ("joiner\u2060 \u061cmark \u2063op \ufff9a\ufffab\ufffb", "joiner mark op ab\n"),
        ("tag\U000e0041\U000e0042s", "tags\n"),  # invisible copies of "AB"
        ("lost \ufffd kept", "lost \ufffd kept\n"),  # a loss before us is shown, not hidden
    ],
)
def test_tidying(raw: str, expected: str) -> None:
    assert read_source(None, raw.encode("utf-8")).markdown == expected


def test_markdown_is_kept_as_is(tmp_path: Path) -> None:
    source = "# Heading\n\n- item one\n- item two\n\n> quote with *emphasis*\n"
    path = tmp_path / "s.md"
    path.write_text(source, encoding="utf-8")
    doc = read_source(path)
    assert doc.format is InputFormat.MARKDOWN
    assert doc.markdown == source
    assert doc.title_hint is None


# ---------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------


def _error(
    path: Path | None, data: bytes | None = None, max_bytes: int = MAX_INPUT_BYTES
) -> InputError:
    with pytest.raises(InputError) as info:
        read_source(path, data, max_bytes=max_bytes)
    message = info.value.message
    assert "\n" not in message
    return info.value


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    assert _error(path).message == f"{path}: file not found"


def test_symbolic_link_loop_says_so_rather_than_file_not_found(tmp_path: Path) -> None:
    # `ls` lists the name, so "file not found" sent people looking for a file that is there.
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.symlink_to(second)
    second.symlink_to(first)
    message = _error(first).message
    assert message.startswith(f"{first}: cannot read the file (")
    assert "symbolic links" in message
    dangling = tmp_path / "gone.txt"
    dangling.symlink_to(tmp_path / "nowhere.txt")
    assert _error(dangling).message == (
        f"{dangling}: is a link to {tmp_path / 'nowhere.txt'}, which does not exist"
    )


def test_directory(tmp_path: Path) -> None:
    assert "is a directory, not a file" in _error(tmp_path).message


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("secret", encoding="utf-8")

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    assert _error(path).message == f"{path}: permission denied; cannot read the file"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "<stdin>: the input is empty"),
        (b"  \n\t\r\n  ", "<stdin>: contains only whitespace, no text"),
        ("\u200b\ufeff \n".encode(), "<stdin>: contains only whitespace, no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a PNG image (binary data), not a"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "is a JPEG image (binary data), not a"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "old-style Office file (.doc)"),
        (
            b"<html><body><nav>Only a menu</nav><script>x()</script></body></html>",
            "no readable text found in the html input",
        ),
    ],
)
def test_content_errors(data: bytes, fragment: str) -> None:
    assert fragment in _error(None, data).message


def test_zip_that_is_not_docx() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("photos/readme.txt", "hello")
    message = _error(Path("bundle.docx"), buffer.getvalue()).message
    assert message == (
        "bundle.docx: is a ZIP archive, not a Word document (.docx); binary data is not a statement"
    )


@pytest.mark.parametrize(
    ("size", "max_bytes", "fragment"),
    [
        (
            MAX_INPUT_BYTES + 1,
            MAX_INPUT_BYTES,
            "over the 20 MB limit",
        ),
        (3_000_000, 1_000_000, "input is 3 MB, over the 1 MB limit"),
        # SI: 1024 x 1024 bytes is 1.05 MB (it read "1 MB" here, "1.05 MB" in `cache info`).
        (3 * 1024 * 1024, 1024 * 1024, "input is 3.15 MB, over the 1.05 MB limit"),
    ],
)
def test_too_large_stdin(size: int, max_bytes: int, fragment: str) -> None:
    error = _error(None, b"a" * size, max_bytes=max_bytes)
    assert fragment in error.message
    assert error.message.startswith("<stdin>: ")


def test_too_large_file_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 1000)
    error = _error(path, max_bytes=1000)
    assert error.message.startswith(f"{path}: input is ")
    # The hint repeated the message ("raise it with --max-input-mb (--max-input-mb sets the
    # largest input accepted, in megabytes)"); it gives the value that reads the file.
    assert error.one_line().endswith(
        "input is 5 kB, over the 1 kB limit (to read it, give --max-input-mb 1)"
    )
    assert read_source(path, max_bytes=10_000).markdown.startswith("word word")


def test_a_tiny_limit_reads_in_kilobytes_and_an_input_a_byte_over_in_bytes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(b"word " * 1000)
    settings_limit = Settings(None, max_input_mb=0.0012).max_input_bytes
    assert _error(path, max_bytes=settings_limit).message == (
        f"{path}: input is 5 kB, over the 1.2 kB limit"
    )
    # Rounded alike, the two sizes would say "20 MB, over the 20 MB limit".
    path.write_bytes(b"a" * (1_000_000 + 1))
    assert _error(path, max_bytes=Settings(None, max_input_mb=1).max_input_bytes).message == (
        f"{path}: input is 1,000,001 bytes, over the 1 MB limit (1,000,000 bytes)"
    )


def test_undecodable_file_names_file_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(b"Hello \x81 world")
    assert _error(path).message == (
        f"{path}: not valid UTF-8, UTF-16 or Windows-1252 text: undecodable byte 0x81 at offset 6"
    )


def test_corrupt_docx() -> None:
    data = make_docx()
    message = _error(Path("broken.docx"), data[: len(data) // 2]).message
    assert message.startswith("broken.docx: cannot read the Word document; the .docx is corrupt")


def test_docx_that_unpacks_past_the_size_limit_is_refused_before_it_is_parsed() -> None:
    """A small .docx whose XML unpacks to far more than the limit (a ZIP bomb) is refused.

    The limit was checked on the file's bytes only: 0.5 MB of .docx holding 126 MB of XML ran
    for over 10 minutes; now the ZIP's declared sizes are checked before python-docx reads it.
    """
    source = zipfile.ZipFile(io.BytesIO(make_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for member in source.infolist():
            data = source.read(member.filename)
            if member.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body><!--" + b" " * 3_000_000 + b"-->", 1)
            bomb.writestr(member, data)
    packed = buffer.getvalue()
    assert len(packed) < 100_000
    error = _error(Path("bomb.docx"), packed, max_bytes=1_000_000)
    assert error.message.startswith("bomb.docx: the Word document unpacks to 3.")
    assert error.message.endswith("MB, over the 1 MB limit")
    assert error.hint == "to read it, give --max-input-mb 4"  # 3.x MB, rounded up
    # Under a limit it fits, the same document reads.
    assert "Statement Title" in read_source(Path("bomb.docx"), packed).markdown


def test_lone_surrogates_are_dropped_and_an_emoji_flag_is_kept_whole() -> None:
    """A lone surrogate (from a PDF's text layer, say) cannot be written as UTF-8 at all."""
    scotland = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
    assert clean_characters(f"a\ud800b\udfff {scotland}") == f"ab {scotland}"
    assert clean_characters("e\u200b\u0301") == "\u00e9"  # NFC after the invisible one goes


@pytest.mark.parametrize("name", ["statement.pdf", "statement.PDF", "statement.docx"])
def test_a_text_file_with_a_pdf_or_docx_name_is_called_text_not_a_corrupt_file(
    name: str,
) -> None:
    message = _error(Path(name), b"We act today. The plan works.\n").one_line()
    assert message.startswith(f"{name}: is plain text, not a ")
    assert "corrupt" not in message and "--format text" in message
    # Read as text when asked, it is the statement it holds.
    read = read_source(Path(name), b"We act today.\n", fmt=InputFormat.TEXT)
    assert read.markdown == "We act today.\n"


def test_a_binary_file_with_a_pdf_name_is_not_called_a_pdf() -> None:
    message = _error(Path("scan.pdf"), bytes(range(256)) * 4).message
    assert message == (
        "scan.pdf: is not a PDF (no %PDF- header) and not text either; the file is damaged or "
        "of another kind"
    )


def test_docx_named_file_that_is_not_a_zip() -> None:
    message = _error(Path("fake.docx"), b"PK\x03\x04word/document.xml garbage").message
    assert "the .docx is corrupt or damaged" in message


@pytest.mark.parametrize(
    "data", [b"%PDF-1.4\nthis is not really a pdf", make_pdf()[:600]], ids=["garbage", "truncated"]
)
def test_corrupt_pdf(data: bytes, caplog: pytest.LogCaptureFixture) -> None:
    message = _error(Path("broken.pdf"), data).message
    assert message.startswith("broken.pdf: cannot read the PDF; the file is corrupt or damaged")


def test_scanned_pdf_without_text() -> None:
    message = _error(Path("scan.pdf"), make_scanned_pdf()).message
    assert message == "scan.pdf: scanned PDF without text; run OCR first (e.g. ocrmypdf)"


def test_no_input_at_all() -> None:
    assert "no input given" in _error(None, None).message


def test_errors_have_input_exit_code() -> None:
    error = _error(None, b"")
    assert error.exit_code == 3
    assert error.one_line() == "<stdin>: the input is empty"


# ---------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------


def test_html_metadata(html_doc: SourceDocument) -> None:
    assert html_doc.format is InputFormat.HTML
    assert html_doc.title_hint == "Statement & Press Release"
    assert html_doc.encoding == "utf-8"
    assert html_doc.name == "<stdin>"


def test_html_main_content_structure(html_doc: SourceDocument) -> None:
    expected = (
        "# Joint Statement on Water\n\n"
        "Published 1 May 2024\n\n"
        "Leaders *agreed* to act, and this is **important**.\nNew line here.\n\n"
        "<script>alert(1)</script> stays literal & safe.\n\n"
        "[Read the full text](https://example.org/x)\n\n"  # the address is kept
        "## Commitments\n\n"
        "- Clean water\n- Safe *sanitation*\n  - Nested point\n\n"
        "3. Third item\n4. Fourth item\n\n"
        "> Water is life.\n\n"
        "Country – Pledge\n\nGhana – Pledge: $5m\n"
    )
    assert html_doc.markdown == expected


@pytest.mark.parametrize(
    "unwanted",
    [
        "SECRET-SCRIPT",
        "color: red",
        "Skip to content",
        "Site Banner",
        "Home Menu",
        "cookies",
        "Accept all",
        "Statements",
        "Share on",
        "Hidden text",
        "comment",
        "Subscribe",
        "Related stories",
        "Copyright",
        "javascript",
        "alert(2)",
        "Print this",
        "href",
    ],
)
def test_html_drops_page_furniture(html_doc: SourceDocument, unwanted: str) -> None:
    assert unwanted not in html_doc.markdown


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<html><body><nav>menu</nav><article><p>In article.</p></article>"
            "<p>Outside.</p></body></html>",
            "In article.\n",
        ),
        (
            "<html><body><div role='main'><h3>Deep</h3><p>Role main.</p></div>"
            "<p>Outside.</p></body></html>",
            "### Deep\n\nRole main.\n",
        ),
        (
            "<html><body><header>Top</header><p>Body only.</p><footer>End</footer></body></html>",
            "Body only.\n",
        ),
        (
            "<html><body><p>A&nbsp;B &eacute; &#8364; &lt;b&gt;</p></body></html>",
            "A\u00a0B é € <b>\n",
        ),
        (
            "<html><body><p>un<em>believ</em>able <b> spaced </b>word</p></body></html>",
            "un*believ*able **spaced** word\n",
        ),
        (
            "<html><body><p>#1 and</p><p># Not a heading</p><p>2024. A year</p></body></html>",
            "#1 and\n\n\\# Not a heading\n\n2024\\. A year\n",
        ),
        (
            "<html><body><div>Loose <span>inline</span> text"
            "<div>Inner block</div></div></body></html>",
            "Loose inline text\n\nInner block\n",
        ),
        (
            "<html><body><h1>  Spaced\n  heading </h1><h6>Six</h6></body></html>",
            "# Spaced heading\n\n###### Six\n",
        ),
        (
            "<html><body><p style='display: none'>gone</p><p aria-hidden='true'>gone</p>"
            "<p>kept</p></body></html>",
            "kept\n",
        ),
    ],
)
def test_html_cases(html: str, expected: str) -> None:
    assert read_source(Path("page.html"), html.encode("utf-8")).markdown == expected


def test_html_in_utf16_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(
        "<html><head><title>T</title></head><body><p>Ça va.</p></body></html>".encode("utf-16")
    )
    doc = read_source(path)
    assert (doc.markdown, doc.encoding, doc.title_hint) == ("Ça va.\n", "utf-16-le", "T")


def test_forced_text_format_keeps_markup() -> None:
    doc = read_source(None, b"<html><body><p>x</p></body></html>", fmt=InputFormat.TEXT)
    assert doc.format is InputFormat.TEXT
    assert doc.markdown == "<html><body><p>x</p></body></html>\n"


# ---------------------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------------------


def test_docx_conversion(docx_doc: SourceDocument) -> None:
    assert docx_doc.format is InputFormat.DOCX
    assert docx_doc.encoding is None
    assert docx_doc.title_hint == "Docx Core Title"
    assert docx_doc.name == "statement.docx"
    assert docx_doc.markdown == (
        "# Statement Title\n\n"
        "# First Section\n\n"
        "## A Subsection\n\n"
        "Plain *italic* and **bold** words.\n\n"
        "- Bullet one\n    - Bullet nested\n1. Number one\n2. Number two\n\n"
        "> A wise saying.\n\n"
        "Name – Role\n\n"
        "Ana Silva – Minister\n\n"
        "Closing paragraph.\n"
    )


def test_docx_from_file_without_title(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Only a paragraph with a\ttab.")
    path = tmp_path / "plain.docx"
    document.save(str(path))
    doc = read_source(path)
    assert (doc.markdown, doc.title_hint) == ("Only a paragraph with a tab.\n", None)


# ---------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------


def test_pdf_conversion(pdf_doc: SourceDocument) -> None:
    assert pdf_doc.format is InputFormat.PDF
    assert pdf_doc.encoding is None
    assert pdf_doc.title_hint == "PDF Meta Title"
    paragraphs = pdf_doc.markdown.strip().split("\n\n")
    assert paragraphs[0] == (
        "The government today announced a plan for the international community to act "
        "together on climate change and energy. We will work with partners across the region."
    )
    assert "Roads and bridges" in paragraphs


@pytest.mark.parametrize(
    ("present", "absent"),
    [
        ("international community", "inter-"),
        ("COVID-19 response", "COVID- 19"),
        ("act together", "Ministry of Examples"),
        ("hard effort.", "Page 1 of 3"),
        ("working together,", "of 3"),
    ],
)
def test_pdf_cleanup(pdf_doc: SourceDocument, present: str, absent: str) -> None:
    assert present in pdf_doc.markdown
    assert absent not in pdf_doc.markdown


@pytest.mark.parametrize("footer", ["- {n} -", "{n}", "Page {n}"])
def test_pdf_page_number_styles(footer: str) -> None:
    doc = read_source(Path("s.pdf"), make_pdf(footer=footer))
    assert doc.markdown.rstrip().endswith("over many months of hard effort.")
    assert "Ministry" not in doc.markdown


# ---------------------------------------------------------------------------------------
# Stdin and the corpus
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"Plain statement from a pipe.", InputFormat.TEXT),
        (b"<!doctype html><body><p>Piped page.</p></body>", InputFormat.HTML),
    ],
)
def test_stdin_bytes(data: bytes, fmt: InputFormat) -> None:
    doc = read_source(None, data)
    assert doc.name == "<stdin>"
    assert doc.format is fmt
    assert doc.markdown.startswith(("Plain statement", "Piped page"))


def test_stdin_docx_and_pdf() -> None:
    assert read_source(None, make_docx()).format is InputFormat.DOCX
    assert read_source(None, make_pdf()).format is InputFormat.PDF


def _corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.iterdir() if p.is_file() and not p.name.endswith(".source.txt"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not found at {CORPUS}")
@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: p.name)
def test_corpus_reads(path: Path) -> None:
    doc = read_source(path)
    assert len(doc.markdown.split()) >= 100
    assert doc.name == path.name


# ---------------------------------------------------------------------------------------
# Robustness
# ---------------------------------------------------------------------------------------


def test_html_noise_class_wrapping_the_statement_is_kept() -> None:
    html = (
        "<html><body><div class='page-banner-layout'><h1>Real</h1><p>Statement text.</p>"
        "</div><div class='cookie-bar'>Cookies!</div></body></html>"
    )
    assert read_source(None, html.encode()).markdown == "# Real\n\nStatement text.\n"


def test_html_nested_too_deeply() -> None:
    import sys

    # Half as deep again as Python's recursion limit: over it, as 3,000 was, in a quarter of
    # the time (the parse grows with the square of the depth: 1.3 s here against 4.9 s).
    depth = sys.getrecursionlimit() * 3 // 2
    deep = (
        b"<html><body>" + b"<div>" * depth + b"<p>deep</p>" + b"</div>" * depth + b"</body></html>"
    )
    assert "nested too deeply" in _error(Path("deep.html"), deep).message


def test_pdf_bullets_become_list_items() -> None:
    body = [
        "The plan has three parts that we describe below in some detail for readers:",
        "",
        # fpdf2 core fonts take Latin-1 text; byte 0x95 is drawn as the WinAnsi bullet "•".
        "\x95 Clean water for every village in the country",
        "\x95 Schools for all children",
    ]
    doc = read_source(Path("b.pdf"), make_pdf([body, body[:1]]))
    assert "- Clean water for every village in the country\n- Schools for all children" in (
        doc.markdown
    )


def test_stray_c1_controls_are_repaired() -> None:
    # U+0092 is what a Windows-1252 apostrophe becomes when mis-decoded as Latin-1.
    assert read_source(None, "It\u0092s fine".encode()).markdown == "It\u2019s fine\n"


def test_path_with_data_names_the_file() -> None:
    doc = read_source(Path("dir/given.md"), b"# Hi\n")
    assert (doc.name, doc.format, doc.title_hint) == ("given.md", InputFormat.MARKDOWN, None)


@pytest.mark.parametrize(("num_id", "marker"), [(1, "- "), (5, "1. ")])
def test_docx_direct_numbering(num_id: int, marker: str) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("Intro paragraph.")
    for text in ("Alpha", "Beta"):
        paragraph = document.add_paragraph(text)  # "Normal" style, numbered directly
        num_pr = OxmlElement("w:numPr")
        ilvl, num = OxmlElement("w:ilvl"), OxmlElement("w:numId")
        ilvl.set(qn("w:val"), "0")
        num.set(qn("w:val"), str(num_id))  # the default template: 1-4 bullets, 5-9 decimal
        num_pr.extend([ilvl, num])
        paragraph._p.get_or_add_pPr().append(num_pr)
    buffer = io.BytesIO()
    document.save(buffer)
    second = "2. " if marker == "1. " else "- "
    expected = f"Intro paragraph.\n\n{marker}Alpha\n{second}Beta\n"
    assert read_source(Path("n.docx"), buffer.getvalue()).markdown == expected


def test_docx_text_in_a_table_nested_in_a_cell_is_read() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("We thank our partners.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Pledges"
    inner = table.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Ghana"
    inner.cell(0, 1).text = "5 million dollars"
    buffer = io.BytesIO()
    document.save(buffer)
    markdown = read_source(Path("nested.docx"), buffer.getvalue()).markdown
    assert "Pledges" in markdown
    assert "Ghana" in markdown and "5 million dollars" in markdown  # was silently dropped


def test_html_rows_of_a_table_nested_in_a_cell_are_read_once() -> None:
    page = (
        "<!doctype html><html><body><main><p>We thank our partners.</p>"
        "<table><tr><td>Pledges</td><td><table><tr><td>Ghana</td><td>5 million dollars</td></tr>"
        "</table></td></tr></table></main></body></html>"
    )
    markdown = read_source(Path("nested.html"), page.encode()).markdown
    assert markdown.count("Ghana") == 1, markdown  # was spoken twice: in its cell, then alone
    assert "5 million dollars" in markdown


def test_too_large_stdin_on_the_command_line_does_not_claim_a_size_it_did_not_read() -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    # Standard input is read only up to the limit, so its size is unknown: "input is 1 MB,
    # over the 1 MB limit" (the bytes read so far) contradicted itself.
    result = CliRunner().invoke(
        app, ["sections", "-", "--max-input-mb", "1"], input=b"a" * 3_000_000
    )
    assert result.exit_code == 3
    # And its hint nested its brackets: "(to read it, raise --max-input-mb (in megabytes))".
    assert result.stderr == (
        "plainvoice: error: <stdin>: input is over the 1 MB limit "
        "(to read it, raise --max-input-mb, a size in megabytes)\n"
    )


def test_an_endless_file_does_not_claim_a_size_it_did_not_read() -> None:
    # /dev/zero states size 0, so it passed the size check and was read up to the limit:
    # "input is 1 MB, over the 1 MB limit" (the bytes read so far) contradicted itself.
    message = _error(Path("/dev/zero"), max_bytes=1_000_000).message
    assert message == "/dev/zero: input is over the 1 MB limit"


def test_a_damaged_pdf_is_one_line_on_stderr_without_the_pdf_library_s_warnings(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Unconfigured logging prints warnings on stderr: pypdf's "EOF marker not found" came
    # before plainvoice's one-line error, and "invalid pdf header" beside a PDF it did read.
    data = make_pdf()
    with caplog.at_level(logging.WARNING):
        with pytest.raises(InputError, match="cannot read the PDF"):
            read_source(Path("cut.pdf"), data[: len(data) // 2])
        prefixed = read_source(Path("prefixed.pdf"), b"hello " + data).markdown
    assert "We will work with partners" in prefixed
    assert [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")] == []


def _figures_docx(header_flag: bool = False) -> bytes:
    import docx
    from docx.oxml import OxmlElement

    document = docx.Document()
    document.add_paragraph("Recorded crime fell in 2024.")
    rows = [
        ("Offence", "2023", "2024"),
        ("Burglary", "55,210", "49,870"),
        ("Robbery", "31,004", ""),
    ]
    table = document.add_table(rows=len(rows), cols=3)
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    if header_flag:
        table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_table_of_figures_is_read_with_its_headings() -> None:
    markdown = read_source(Path("figures.docx"), _figures_docx()).markdown
    # "Burglary – 55,210 – 49,870" told a listener nothing of which year was which.
    assert "Burglary – 2023: 55,210; 2024: 49,870" in markdown
    assert "Robbery – 2023: 31,004\n" in markdown  # an empty cell says nothing
    assert "Offence – 2023 – 2024" in markdown  # the headings themselves are kept


def test_an_html_table_with_a_heading_row_is_read_with_its_headings() -> None:
    page = (
        "<!doctype html><html><body><main><p>The pledges were made today.</p><table>"
        "<tr><th>Country</th><th>Pledge</th><th>Paid</th></tr>"
        "<tr><td>Ghana</td><td>5 million dollars</td><td>yes</td></tr>"
        "</table></main></body></html>"
    )
    markdown = read_source(Path("t.html"), page.encode()).markdown
    assert "Ghana – Pledge: 5 million dollars; Paid: yes" in markdown


@pytest.mark.parametrize(
    "rows",
    [
        [["Name", "Role"], ["Ana Ruiz", "Minister"], ["Jo Smith", "Adviser"]],  # no figures
        [["Burglary", "55,210"], ["Robbery", "31,004"]],  # figures in the first row too
    ],
)
def test_a_table_without_a_heading_row_is_read_row_by_row(rows: list[list[str]]) -> None:
    from pipeline.readers import table_lines

    assert table_lines(rows) == [" – ".join(row) for row in rows]


def test_a_script_link_inside_a_sentence_keeps_its_words_and_furniture_links_still_go() -> None:
    # Every javascript: link was dropped with its words: "The minister today." lost its verb.
    html = (
        b'<p>The minister <a href="javascript:alert(1)">spoke</a> today, '
        b'see <a href=" JavaScript:x()">the plan</a>.</p>'
        b'<p><a href="javascript:print()">Print this page</a> '
        b'<a href="javascript:share()">Share</a></p>'
        b'<p>We use cookies. <a href="javascript:ok()">Accept</a></p>'
    )
    markdown = read_source(Path("page.html"), html).markdown
    assert markdown == "The minister spoke today, see the plan.\n\nWe use cookies.\n"


def test_an_html_image_s_alt_text_is_its_words_and_a_decorative_one_says_nothing() -> None:
    # A chart under "Key figures" was dropped, and its heading with it, as a heading with no
    # text under it; a Markdown image's alt text was read all along.
    html = (
        b"<h1>Budget</h1><p>The council agreed the budget today.</p><h2>Key figures</h2>"
        b'<figure><img src="c.png" alt="Chart: health spending rose 40% in 2024"></figure>'
        b'<p>Call <img src="phone.png" alt=""> 555 0100.</p>'
    )
    markdown = read_source(Path("page.html"), html).markdown
    assert markdown == (
        "# Budget\n\nThe council agreed the budget today.\n\n## Key figures\n\n"
        "Chart: health spending rose 40% in 2024\n\nCall 555 0100.\n"
    )


RUSSIAN = "Правительство приняло новый бюджет. Мы будем действовать вместе."


@pytest.mark.parametrize(
    ("data", "nonsense"),
    [
        (RUSSIAN.encode("cp1251"), "'Ïðàâèòåëüñòâî'"),
        ("Καλημέρα σας, αυτή είναι η δήλωση της κυβέρνησης.".encode("cp1253"), "'ÊáëçìÝñá'"),
    ],
    ids=["cyrillic-1251", "greek-1253"],
)
def test_8_bit_text_in_another_script_is_refused_not_read_as_nonsense(
    data: bytes, nonsense: str
) -> None:
    # Read as Windows-1252, every word was nonsense, and a package was made of it.
    error = _error(Path("statement.txt"), data)
    assert error.message == (
        "statement.txt: not UTF-8, and read as Windows-1252 its words are nonsense "
        f"({nonsense}): it is in another encoding, such as Cyrillic or Greek"
    )
    assert error.hint == "save it as UTF-8 and run again"


def test_windows_1252_text_with_accents_is_still_read() -> None:
    text = "Le gouvernement a adopté le budget. Nous agirons à Paris, où l'été est chaud."
    assert read_source(Path("fr.txt"), text.encode("cp1252")).markdown == text + "\n"


@pytest.mark.parametrize(
    ("meta", "codec"),
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', "cp1251"),
        ('<meta charset="KOI8-R">', "koi8_r"),
        ("<meta charset=iso-8859-5>", "iso8859_5"),
    ],
)
def test_an_html_page_is_read_in_the_charset_its_head_declares(meta: str, codec: str) -> None:
    page = f"<html><head>{meta}</head><body><p>{RUSSIAN}</p></body></html>".encode(codec)
    assert read_source(Path("page.html"), page).markdown == RUSSIAN + "\n"


@pytest.mark.parametrize("declared", ["utf-8", "rot13", "unicode-escape", "zlib", "nonsense"])
def test_a_charset_that_is_wrong_or_no_charset_is_not_used(declared: str) -> None:
    page = f'<html><head><meta charset="{declared}"></head><body><p>Café.</p></body></html>'
    assert read_source(Path("page.html"), page.encode("cp1252")).markdown == "Café.\n"


def test_an_html_ordered_list_keeps_the_numbers_a_browser_shows() -> None:
    # <li value> was ignored: paragraphs 7 and 8 quoted from a resolution became 1 and 2.
    page = (
        "<html><body><main><p>The Council:</p><ol start='5'><li>Decides.</li><li></li>"
        "<li>Notes.</li><li value='9'>Requests.</li><li>Urges.</li></ol></main></body></html>"
    )
    markdown = read_source(None, page.encode("utf-8")).markdown
    # An empty item still takes its number (6), as the browser shows it.
    assert "5. Decides.\n7. Notes.\n9. Requests.\n10. Urges." in markdown


@pytest.mark.parametrize(
    ("number_format", "pattern", "expected"),
    [
        ("lowerLetter", "(%1)", "(c) Alpha\n(d) Beta"),
        ("lowerRoman", "%1)", "iii) Alpha\niv) Beta"),
        ("decimal", "%1.", "3. Alpha\n4. Beta"),
        # Capital letters and numerals in lower case, the only case a list mark has.
        ("upperLetter", "%1.", "(c) Alpha\n(d) Beta"),
        ("upperRoman", "(%1)", "(iii) Alpha\n(iv) Beta"),
    ],
)
def test_docx_numbers_are_read_as_word_shows_them(
    number_format: str, pattern: str, expected: str
) -> None:
    # Every numbered Word list was read as "1.", "2.": "(c)" and a list starting at 3 were lost.
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    numbering = document.part.numbering_part.element
    abstract = numbering.xpath('./w:num[@w:numId="5"]/w:abstractNumId/@w:val')[0]
    (level,) = numbering.xpath(f'./w:abstractNum[@w:abstractNumId="{abstract}"]/w:lvl[@w:ilvl="0"]')
    for tag, value in (("w:numFmt", number_format), ("w:lvlText", pattern), ("w:start", "3")):
        found = level.find(qn(tag))
        if found is None:
            found = OxmlElement(tag)
            level.append(found)
        found.set(qn("w:val"), value)
    document.add_paragraph("Intro paragraph.")
    for text in ("Alpha", "Beta"):
        paragraph = document.add_paragraph(text)
        num_pr = OxmlElement("w:numPr")
        ilvl, num = OxmlElement("w:ilvl"), OxmlElement("w:numId")
        ilvl.set(qn("w:val"), "0")
        num.set(qn("w:val"), "5")
        num_pr.extend([ilvl, num])
        paragraph._p.get_or_add_pPr().append(num_pr)
    buffer = io.BytesIO()
    document.save(buffer)
    markdown = read_source(Path("n.docx"), buffer.getvalue()).markdown
    assert markdown == f"Intro paragraph.\n\n{expected}\n"


def test_a_words_table_says_its_first_heading_and_a_figures_table_names_its_rows() -> None:
    from pipeline.readers import table_lines

    words = table_lines([["Before", "After"], ["By post", "By email"]], headed=True)
    assert words == ["Before – After", "Before: By post – After: By email"]
    figures = table_lines([["Area", "Homes"], ["Northbank", "1,200"]], headed=True)
    assert figures == ["Area – Homes", "Northbank – Homes: 1,200"]
    # A row of names heads its row, whatever the cells beside it hold.
    names = table_lines([["Candidate", "Party"], ["PATEL, Rohan", "Labour"]], headed=True)
    assert names == ["Candidate – Party", "PATEL, Rohan – Party: Labour"]
    old_new = table_lines([["Current hours", "New hours"], ["9:00", "10:00"]], headed=True)
    assert old_new[1] == "Current hours: 9:00 – New hours: 10:00"
    # Row headings the document marks are never labelled, whatever the cells hold.
    marked = table_lines([["Route", "Now"], ["12", "Via Mill Lane"]], True, row_headings=True)
    assert marked == ["Route – Now", "12 – Now: Via Mill Lane"]


def test_read_table_keeps_cells_beside_lines_and_only_for_a_table_with_headings() -> None:
    from pipeline.readers import read_table

    data = read_table([["Day", "Hours"], ["Monday", "9:00 to 16:00"]], True, title="Changes")
    assert data.head == ("Day", "Hours")
    assert data.rows == (("Monday", "9:00 to 16:00"),)
    assert data.lines == ("Day – Hours", "Monday – Hours: 9:00 to 16:00")
    assert data.title == "Changes" and data.row_headings
    assert read_table([["North", "12"], ["South", "9"]]).head == ()


def test_html_tables_and_links_are_kept(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><link rel="canonical" href="https://police.example/news/a"></head><body>'
        "<main><h1>Review</h1><h2>Numbers</h2><table><tr><th>District</th><th>Stops</th></tr>"
        '<tr><th scope="row">Eastgate</th><td>2,310</td></tr></table>'
        '<p>Read the <a href="/terms">terms</a>, <a href="#n1">note</a> and '
        '<a href="mailto:press@police.example">press office</a>.</p></main></body></html>',
        encoding="utf-8",
    )
    document = read_source(page)
    assert "[terms](https://police.example/terms)" in document.markdown
    assert "[press office](mailto:press@police.example)" in document.markdown
    assert "[note]" not in document.markdown and "note" in document.markdown
    assert document.tables[0].row_headings and document.tables[0].title == "Numbers"


def test_relative_links_with_no_page_address_keep_their_words_only(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text('<p>See the <a href="/appeal">full appeal</a> now.</p>', encoding="utf-8")
    assert read_source(page).markdown.strip() == "See the full appeal now."


def test_a_table_of_labelled_rows_without_a_heading_row_is_shown_with_row_headings() -> None:
    # "Date | 18 June 2026" / "Place | Shire Hall" were paragraphs on the page, and a short
    # last row ("Coroner – Mr Samuel Marsh") had been taken for a section heading.
    from pipeline.readers import read_table

    rows = [["Date", "18 June 2026, 10am"], ["Place", "Shire Hall"], ["Coroner", "Mr Marsh"]]
    data = read_table(rows, title="Hearing details")
    assert data.shown and data.head == () and data.row_headings
    assert data.rows == tuple(tuple(row) for row in rows)
    assert data.lines == ("Date – 18 June 2026, 10am", "Place – Shire Hall", "Coroner – Mr Marsh")
    # A layout of paragraphs, or rows whose first cells are no labels, stays lines only.
    prose = "The council met on Monday and agreed the new budget for schools."
    assert not read_table([[prose, "Yes"], [prose + " Again.", "No"]]).shown
    assert not read_table([["12", "North"], ["9", "South"]]).shown
    assert not read_table([["Date", "18 June"], ["Date", "19 June"]]).shown


def test_an_html_table_written_into_markdown_is_read_as_a_table() -> None:
    # Its tags were shown and read out: "<table> <tr><td>Homeowners</td> …".
    from pipeline.stages.load import load_source

    text = (
        "# Flood grants\n\nHouseholds flooded last winter can apply for grants.\n\n"
        "## Who can apply\n\n<table>\n<tr><td>Homeowners</td><td>Up to £7,500</td></tr>\n"
        "<tr><td>Small businesses</td><td>Up to £10,000</td></tr>\n</table>\n\n"
        "Apply by 31 January.\n"
    )
    loaded = load_source(Path("grants.md"), text.encode())
    assert "<t" not in loaded.text
    assert "Homeowners – Up to £7,500\n\nSmall businesses – Up to £10,000" in loaded.text
    (table,) = loaded.tables
    assert table.title == "Who can apply" and table.rows[1] == ("Small businesses", "Up to £10,000")


def test_a_pages_social_media_block_is_not_read_but_its_account_links_are_kept() -> None:
    page = (
        "<html><body><main><h1>Measles case confirmed</h1>"
        "<p>Ottawa Public Health has confirmed a case of measles.</p>"
        "<div class='social'><h2>Stay connected</h2><ul>"
        "<li><a href='https://www.facebook.com/OttawaPublicHealth'>Facebook</a></li>"
        "<li><a href='https://x.com/ottawahealth' aria-label='Ottawa Public Health on X'></a></li>"
        "<li><a href='https://twitter.com/intent/tweet?url=x'>Share on X</a></li>"
        "</ul></div></main></body></html>"
    )
    document = read_source(Path("t.html"), page.encode())
    assert "Stay connected" not in document.markdown and "Facebook" not in document.markdown
    assert document.follow == (
        ("Facebook", "https://www.facebook.com/OttawaPublicHealth"),
        ("Ottawa Public Health on X", "https://x.com/ottawahealth"),
    )

"""Tables shown as tables and links that keep their address, from each reader to the package."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from pipeline.build import build_package
from pipeline.models import Paragraph, Section, SectionKind, TableData
from pipeline.readers import read_source, read_table, table_lines
from pipeline.settings import Settings
from pipeline.stages import readalong
from pipeline.stages.bundle import nested_groups, table_runs
from pipeline.stages.load import load_source, table_rows
from pipeline.text import markdown_links, markdown_links_as_text, with_addresses

BEFORE_AFTER = (
    "# Jury summons\n\nFrom February, summonses will be sent by email.\n\n"
    "## What is different\n\n"
    "| Before | After |\n|:--|:--|\n"
    "| Summons by post only | Summons by email |\n"
    "| Reply by post | Reply online or by post |\n\n"
    "See the [jury service guide](https://example.org/jury) for more.\n"
)


def test_a_words_table_says_its_first_heading_and_a_figures_table_names_its_rows() -> None:
    words = table_lines([["Before", "After"], ["By post", "By email"]], headed=True)
    assert words == ["Before – After", "Before: By post – After: By email"]
    figures = table_lines([["Area", "Homes"], ["Northbank", "1,200"]], headed=True)
    assert figures == ["Area – Homes", "Northbank – Homes: 1,200"]
    # Row headings the document marks are never labelled, whatever the cells hold.
    marked = table_lines([["Route", "Now"], ["12", "Via Mill Lane"]], True, row_headings=True)
    assert marked == ["Route – Now", "12 – Now: Via Mill Lane"]


def test_read_table_keeps_cells_beside_lines_and_only_for_a_table_with_headings() -> None:
    data = read_table([["Day", "Hours"], ["Monday", "9:00 to 16:00"]], True, title="Changes")
    assert data.head == ("Day", "Hours")
    assert data.rows == (("Monday", "9:00 to 16:00"),)
    assert data.lines == ("Day – Hours", "Monday – Hours: 9:00 to 16:00")
    assert data.title == "Changes" and data.row_headings
    assert read_table([["North", "12"], ["South", "9"]]).head == ()


def test_markdown_tables_come_with_their_cells_and_the_heading_above() -> None:
    text, tables = table_rows(BEFORE_AFTER)
    assert "Before: Summons by post only – After: Summons by email" in text
    assert len(tables) == 1
    assert tables[0].title == "What is different"
    assert tables[0].rows[1] == ("Reply by post", "Reply online or by post")
    # A table inside a quote is read, not shown as a table.
    assert table_rows("> | A | B |\n> |---|---|\n> | x | 1 |\n")[1] == []


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


def test_link_addresses_are_written_after_their_words_in_text() -> None:
    text = "See the [guide](https://example.org/jury) or [a@b.org](mailto:a@b.org). ![Map](m.png)"
    assert markdown_links_as_text(text) == (
        "See the guide (https://example.org/jury) or a@b.org. ![Map](m.png)"
    )
    links = markdown_links(text)
    assert links == [("guide", "https://example.org/jury"), ("a@b.org", "mailto:a@b.org")]
    assert with_addresses("Read the guide.", links) == "Read the guide (https://example.org/jury)."
    assert links == [("a@b.org", "mailto:a@b.org")]  # each address written once


def _blocks(*texts: str) -> list[readalong.Block]:
    return [readalong.Block((readalong.Cue(html=t, text=t),)) for t in texts]


def test_a_rewritten_table_is_read_back_into_its_cells() -> None:
    table = TableData(
        lines=("Before – After", "Before: Summons by post – After: Email"),
        head=("Before", "After"),
        rows=(("Summons by post", "Email"),),
    )
    blocks = _blocks("Intro.", "Before – After", "Before: Calls by post – After: Email", "End.")
    [(start, end, _, cells)] = table_runs(blocks, [table])
    assert (start, end) == (1, 3)
    assert cells == (("Before", "After"), ("Calls by post", "Email"))
    groups = nested_groups(blocks, [], lambda block: [block.cues[0].html], [table])
    assert [bool(group.get("table")) for group in groups] == [False, True, False]
    # Lines that no longer fit the table stay paragraphs.
    assert table_runs(_blocks("Before – After", "Calls by post, then email"), [table]) == []


def test_the_plain_version_links_its_words_again() -> None:
    section = Section(
        "01-a", 1, SectionKind.BODY, "A", (Paragraph("See the [guide](https://e.org/j)."),), ()
    )
    from pipeline.models import FactCheck, PlainSection

    plain = PlainSection("01-a", ("Read the guide.",), ("Read the guide.",), (), FactCheck((), ()))
    [block] = readalong.plain_blocks(plain, None, section)
    assert block.cues[0].html == 'Read the <a href="https://e.org/j">guide</a>.'


def test_page_and_book_show_a_table_and_the_text_files_its_lines(tmp_path: Path) -> None:
    source = tmp_path / "jury.md"
    source.write_text(BEFORE_AFTER, encoding="utf-8")
    loaded = load_source(source)
    assert len(loaded.tables) == 1
    result = build_package(Settings(input_path=source, output_dir=tmp_path / "out", audio=False))
    folder = result.package.folder
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert html.count("<table>") == 2  # the plain version and the original
    assert '<th scope="col">Before</th><th scope="col">After</th>' in html
    assert re.search(r'<caption><span class="visually-hidden">What is different</span>', html)
    assert '<a href="https://example.org/jury">jury service guide</a>' in html
    for name in ("statement.txt", "plain.txt"):
        text = (folder / name).read_text(encoding="utf-8")
        assert "Before: Summons by post only – After: Summons by email" in text
        assert "jury service guide (https://example.org/jury)" in text
    with zipfile.ZipFile(next(folder.glob("*.epub"))) as book:
        texts = [book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml")]
    body = next(t for t in texts if "<table>" in t)
    assert '<th scope="col">Before</th>' in body and re.search(r'<tr id="o\d+-\d+">', body)

"""Nested lists in the text files and on the page: sub-items under their items, three levels deep."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from pipeline.build import build_package
from pipeline.settings import Settings

INTRO = (
    "The city council today agreed new rules for its parks. The rules were proposed by the "
    "parks committee after a public consultation that ran for three months last year.\n\n"
    "The council decided the following:\n\n"
)
OUTRO = (
    "\n\nThe mayor said the rules balance the needs of families, dog owners and wildlife in "
    "the city.\n"
)
NESTED_MARKDOWN = (
    "# Council agrees new rules for city parks\n\n"
    + INTRO
    + "1. The parks will open at 7 a.m. and close at 9 p.m. from April to September.\n"
    "    (a) Gates will be locked by park staff at closing time.\n"
    "    (b) Night events need a permit from the council.\n"
    "2. Dogs must be kept on a lead near play areas.\n"
    "    (a) Fines for breaking this rule will be 50 euros.\n"
    "        - The fine doubles for a second offence.\n"
    "        - Fines go to the park repair fund.\n"
    "    (b) Guide dogs are exempt.\n"
    "3. The council will review the rules in 2026." + OUTRO
)
NESTED_HTML = (
    "<!doctype html><html><head><title>Council agrees new rules for city parks</title></head>"
    "<body><main><h1>Council agrees new rules for city parks</h1>"
    + "".join(f"<p>{part}</p>" for part in INTRO.strip().split("\n\n"))
    + "<ol><li>The parks will open at 7 a.m. and close at 9 p.m. from April to September."
    "<ol type='a'><li>Gates will be locked by park staff at closing time.</li>"
    "<li>Night events need a permit from the council.</li></ol></li>"
    "<li>Dogs must be kept on a lead near play areas.<ol type='a'>"
    "<li>Fines for breaking this rule will be 50 euros.<ol type='i'>"
    "<li>The fine doubles for a second offence.</li><li>Fines go to the park repair fund.</li>"
    "</ol></li><li>Guide dogs are exempt.</li></ol></li>"
    "<li>The council will review the rules in 2026.</li></ol>"
    f"<p>{OUTRO.strip()}</p></main></body></html>"
)
FLUSH_RESOLUTION = (
    "Statement by the President of the Security Council\n\n"
    "The President of the Security Council made the following statement on behalf of the "
    "Council:\n\n"
    "1. The Security Council reaffirms its primary responsibility for the maintenance of "
    "international peace and security.\n\n"
    "2. The Council demands that all parties comply with their obligations:\n"
    "(a) protect humanitarian personnel, including:\n"
    "(i) medical staff;\n"
    "(ii) drivers;\n"
    "(b) hold those responsible accountable;\n"
    "(c) report to the Council;\n"
    "(d) act now;\n"
    "(e) act together;\n"
    "(f) act openly;\n"
    "(g) act fairly;\n"
    "(h) act lawfully;\n"
    "(i) act promptly.\n"
)


_BUILT: dict[str, Path] = {}


def _package(name: str, text: str, where: Path) -> Path:
    """The package of `text` read as `name`, built once for the module's tests."""
    if name not in _BUILT:
        source = where / name
        source.write_text(text, encoding="utf-8")
        _BUILT[name] = build_package(
            Settings(input_path=source, output_dir=where / "out", audio=False)
        ).package.folder
    return _BUILT[name]


@pytest.fixture(scope="module")
def where(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lists")


def _list_depth_of(html: str, words: str) -> int:
    """How many lists are open where `words` are on the page."""
    before = html[: html.index(words)]
    opened = len(re.findall(r"<(?:ol|ul)\b", before))
    closed = len(re.findall(r"</(?:ol|ul)>", before))
    return opened - closed


def test_sub_items_are_indented_under_their_item_in_the_text_files(where: Path) -> None:
    # "(a)" and "(b)" were flush with "1." in statement.txt and plain.txt, read as items of
    # their own; the bullets under "(a)" were flush too.
    folder = _package("parks.md", NESTED_MARKDOWN, where)
    for name in ("statement.txt", "plain.txt"):
        text = (folder / name).read_text(encoding="utf-8")
        assert "\n1. The parks will open" in text, name
        assert "\n    (a) Gates will be locked" in text, name
        assert "\n    (b) Guide dogs are exempt." in text, name
        assert "\n        - The fine doubles for a second offence." in text, name
        assert "\n3. The council will review" in text, name


def test_a_third_level_is_a_list_inside_the_second_on_the_page(where: Path) -> None:
    # The bullets under "(a)" were shown beside "(a)" and "(b)", as items of the same list.
    folder = _package("parks.md", NESTED_MARKDOWN, where)
    html = (folder / "index.html").read_text(encoding="utf-8")
    original = html[html.index('-original-text">', html.index("Dogs must") - 3000) :]
    assert _list_depth_of(original, "Dogs must be kept") == 1
    assert _list_depth_of(original, "Fines for breaking") == 2
    assert _list_depth_of(original, "The fine doubles") == 3
    assert _list_depth_of(original, "Guide dogs are exempt") == 2
    assert _list_depth_of(original, "The council will review") == 1
    assert '</span>\n<ul>\n<li><span class="s">The fine doubles' in original
    assert "ol.marks li > ul" in html  # a bullet under "(a)" is not pulled left with it


def test_html_letters_and_three_levels_reach_the_text_files_and_the_page(where: Path) -> None:
    # <ol type="a"> and <ol type="i"> came out as "1." and "2." at every level, flush.
    folder = _package("parks.html", NESTED_HTML, where)
    statement = (folder / "statement.txt").read_text(encoding="utf-8")
    assert "\n    (a) Fines for breaking this rule" in statement
    assert "\n        (i) The fine doubles for a second offence." in statement
    assert "\n        (ii) Fines go to the park repair fund." in statement
    assert "\n    (b) Guide dogs are exempt." in statement
    plain_md = (folder / "plain.md").read_text(encoding="utf-8")
    # plain.md indents them as the other texts do: flush, "(a)" read as one more paragraph.
    assert "\n    (a) Gates will be locked" in plain_md
    assert "\n        (ii) Fines go" in plain_md
    html = (folder / "index.html").read_text(encoding="utf-8")
    original = html[html.index('-original-text">', html.index("Dogs must") - 3000) :]
    assert '<span class="marker">(ii)</span> <span class="s">Fines go' in original
    assert _list_depth_of(original, "Fines go to the park") == 3
    assert _list_depth_of(original, "Guide dogs are exempt") == 2


def test_flush_sub_items_take_their_level_from_their_marks(where: Path) -> None:
    # A resolution writes "(a)" and "(i)" flush with "2.": "(i)" after "(a)" is a level
    # deeper, "(b)" is back at the letters, and the "(i)" after "(h)" is a letter.
    folder = _package("resolution.txt", FLUSH_RESOLUTION, where)
    statement = (folder / "statement.txt").read_text(encoding="utf-8")
    assert "\n2. The Council demands" in statement
    assert "\n    (a) protect humanitarian personnel" in statement
    assert "\n        (i) medical staff;" in statement
    assert "\n        (ii) drivers;" in statement
    assert "\n    (b) hold those responsible" in statement
    assert "\n    (h) act lawfully;" in statement
    assert "\n    (i) act promptly." in statement


def test_the_book_nests_lists_as_the_page_does(where: Path) -> None:
    folder = _package("parks.md", NESTED_MARKDOWN, where)
    with zipfile.ZipFile(next(folder.glob("*.epub"))) as book:
        body = "".join(book.read(name).decode() for name in book.namelist() if "/text/" in name)
    original = body[body.index("-original-title") :]
    assert _list_depth_of(original, "The fine doubles") == 3
    assert _list_depth_of(original, "Guide dogs are exempt") == 2

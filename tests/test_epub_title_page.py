"""The book's title page: the book opened on its first section's heading, with nothing to say
what the statement was, who gave it, that the voice is synthetic, or what it says in short."""

from __future__ import annotations

import zipfile
from html import unescape
from pathlib import Path
from xml.etree import ElementTree

from tests.packages import sample_package
from tests.test_bundle import _french_package

XHTML = "{http://www.w3.org/1999/xhtml}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _title_page(folder: Path) -> str:
    with zipfile.ZipFile(folder / f"{folder.name}.epub") as book:
        return book.read("EPUB/text/000-title.xhtml").decode()


def test_the_title_page_says_what_the_statement_is_who_reads_it_and_what_it_says() -> None:
    folder = sample_package().package.folder
    page = _title_page(folder)
    root = ElementTree.fromstring(page.split("\n", 2)[2])
    assert root.get("lang") == root.get(XML_LANG) == "en"
    h1 = root.find(f".//{XHTML}h1")
    assert h1 is not None and "".join(h1.itertext()) == "Video Statement by Jürgen Stock"
    facts = [("".join(e.itertext())) for e in root.iter() if e.tag in (f"{XHTML}dt", f"{XHTML}dd")]
    assert facts[:2] == ["Speaker", "Jürgen Stock, INTERPOL Secretary General"]
    assert "Date" in facts and "7-9 March 2021" in facts
    text = " ".join(unescape(page).split())
    # The book is read aloud by the silent test engine's voice: the page says it is not a person.
    assert "The audio is read by a synthetic (computer-made) voice, not by Jürgen Stock" in text
    assert "given in plain language first, then as written" in text
    # The summary, every line of it, under its own heading.
    assert text.index("In short") < text.index("Picked by plainvoice")
    for line in (folder / "summary.txt").read_text(encoding="utf-8").splitlines():
        assert " ".join(line.split()) in text
    assert "guard-warning" not in page  # nothing was flagged


def test_a_french_title_page_is_french_and_its_own_words_english(tmp_path: Path) -> None:
    folder = _french_package(
        tmp_path, "Déclaration (Seul le prononcé fait foi) par\n\nJean Dupont, Ministre\n\n"
    )
    page = _title_page(folder)
    assert (
        '<html xmlns="http://www.w3.org/1999/xhtml"' in page and 'lang="fr" xml:lang="fr">' in page
    )
    assert (
        '<h1 id="title-page-title">Déclaration<span lang="en" xml:lang="en"> by </span>'
        "Jean Dupont</h1>" in page
    )
    assert '<h2 id="in-short-title" lang="en" xml:lang="en">In short</h2>' in page
    # The points are the statement's own French sentences: no lang of their own.
    assert "<ul>\n<li>Le gouvernement soutient la paix" in page
    assert "Each part of the statement is given as written." in page
    # No audio, so no word of a voice.
    assert "synthetic" not in page

"""The book says what the page says about a section flagged by the fact guard."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

from pipeline.build import build_package
from pipeline.settings import Settings
from tests.conftest import SAMPLE

XHTML = "{http://www.w3.org/1999/xhtml}"


def _book_texts(folder: Path) -> dict[str, str]:
    with zipfile.ZipFile(next(folder.glob("*.epub"))) as book:
        return {name: book.read(name).decode() for name in book.namelist()}


def test_the_book_warns_of_a_fact_an_edit_lost_beside_its_section(tmp_path: Path) -> None:
    # index.html said "The edited plain version does not have “7-9”"; the book said nothing,
    # so a reader of the EPUB took the edited section for checked.
    settings = Settings(input_path=SAMPLE, output_dir=tmp_path, audio=False)
    first = build_package(settings)
    untouched = _book_texts(first.package.folder)
    assert not any("guard-warning" in text for text in untouched.values())
    edited = tmp_path / "edited.md"
    text = (first.package.folder / "plain.md").read_text(encoding="utf-8")
    edited.write_text(text.replace("on 7-9 March 2021.", "on 8-9 March 2021."), "utf-8")
    second = build_package(replace(settings, plain_from=edited))
    texts = _book_texts(second.package.folder)
    warned = [name for name, text in texts.items() if 'class="guard-warning"' in text]
    # Beside the section, and on the title page, which links to it.
    assert warned == ["EPUB/text/000-title.xhtml", "EPUB/text/001-01-about-this-statement.xhtml"]
    about = texts[warned[1]]
    assert (
        'href="001-01-about-this-statement.xhtml#s-01-about-this-statement-guard"'
        in (texts[warned[0]])
    )
    assert "Fact check: reviewed by a person (fact check warnings)." in about
    assert "The edited plain version does not have “7-9”, which the original has." in about
    assert "The edited plain version has “8-9”, which the original does not." in about
    # Under the plain version's heading and before its text, as on the page.
    assert about.index("Plain language") < about.index("“7-9”") < about.index('id="p1-1"')
    # A note, named by its own first line, for a screen reader's reading of the section.
    root = ElementTree.fromstring(about.split("\n", 2)[2])
    (note,) = root.iter(f"{XHTML}div")
    assert note.get("role") == "note"
    label = note.get("aria-labelledby")
    assert label and any(p.get("id") == label for p in note.iter(f"{XHTML}p"))
    assert ".guard-warning {" in texts["EPUB/style.css"]
    assert ".guard-warning" not in untouched["EPUB/style.css"]  # no style the book never uses


def test_a_warning_in_a_book_in_another_language_is_marked_english(tmp_path: Path) -> None:
    from pipeline.stages import epub

    env = epub._environment()
    doc = {
        "id": "s-01",
        "title": "Titre",
        "score": "",
        "versions": [{"key": "plain", "label": "Plain language", "groups": []}],
        "guard": {"status": "flagged for review", "flagged": True},
        "guard_notes": ("One sentence is shown in its original wording.",),
    }
    page = env.get_template("section.xhtml").render(lang="fr", doc=doc)
    assert '<div class="guard-warning" role="note" aria-labelledby="s-01-guard" lang="en"' in page
    doc["guard_notes"] = ()
    page = env.get_template("section.xhtml").render(lang="fr", doc=doc)
    assert "<strong>Fact check: flagged for review.</strong>" in page

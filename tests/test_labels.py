"""The titles and announcements plainvoice adds are in the statement's language."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.build import build_package
from pipeline.labels import LABELS, section_labels
from pipeline.models import SectionKind
from pipeline.settings import SUPPORTED_LANGUAGES, Settings
from pipeline.stages.load import load_source
from pipeline.stages.speak import announcement_for, speakable
from pipeline.stages.split import split_statement

FRENCH = (
    "Monsieur le Président,\n\nMesdames et Messieurs,\n\n"
    + "Le gouvernement soutient la paix et la coopération entre les peuples. " * 6
    + "\n\n"
    + "Nous voulons la paix pour tous les peuples du monde entier. " * 6
    + "\n\nJe vous remercie.\n"
)


def test_every_supported_language_has_its_labels() -> None:
    assert set(LABELS) == set(SUPPORTED_LANGUAGES)
    for labels in LABELS.values():
        assert "{number}" in labels.part and "{title}" in labels.part
        assert "{title}" in labels.continued
    assert section_labels("fr-CA") is LABELS["fr"]
    assert section_labels("pt") is LABELS["en"]  # no labels of its own: English


def test_a_french_statement_gets_french_titles_and_announcements() -> None:
    statement = split_statement(load_source(None, FRENCH.encode()), lang="fr")
    kinds = {section.kind: section for section in statement.sections}
    assert kinds[SectionKind.GREETING].title == "Salutations"
    assert kinds[SectionKind.CLOSING].title == "Mots de conclusion"
    closing = kinds[SectionKind.CLOSING]
    said = speakable(announcement_for(closing, "fr"), "fr")
    assert said.startswith("Partie ") and "Mots de conclusion" in said
    assert "Part " not in said.replace("Partie", "")
    english = split_statement(load_source(None, FRENCH.encode()), lang="en")
    assert any(section.title == "Greeting" for section in english.sections)


def test_a_french_package_marks_the_statement_french_and_its_labels_english(
    tmp_path: Path,
) -> None:
    source = tmp_path / "discours.txt"
    source.write_text(FRENCH, encoding="utf-8")
    result = build_package(
        Settings(input_path=source, output_dir=tmp_path / "out", audio=False, language="fr")
    )
    page = (result.package.folder / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in page  # "Contents", "Downloads", "Plain language"
    assert re.search(r'<h2 id="\d+-salutations" lang="fr">Salutations</h2>', page)
    assert page.count('<div class="text" lang="fr"') >= 4
    english = build_package(
        Settings(input_path=source, output_dir=tmp_path / "en", audio=False, language="en")
    )
    assert " lang=" not in (english.package.folder / "index.html").read_text().replace(
        '<html lang="en">', ""
    )


def test_the_summary_names_the_speaker_in_the_statements_language(tmp_path: Path) -> None:
    """A Spanish summary headed "… by Pedro Sánchez" mixed English into a Spanish file."""
    source = tmp_path / "discurso.txt"
    source.write_text(
        "Intervención del Presidente del Gobierno\n\nPedro Sánchez, Presidente del Gobierno\n\n"
        "Nueva York, 25 de septiembre de 2024\n\nSeñor Presidente,\n\n"
        + "El Gobierno de España defiende la paz y la cooperación entre los pueblos. " * 4
        + "\n\n"
        + "Queremos un mundo más justo para todas las personas del planeta. " * 4
        + "\n\nMuchas gracias.\n",
        encoding="utf-8",
    )
    result = build_package(
        Settings(input_path=source, output_dir=tmp_path / "out", audio=False, language="es")
    )
    folder = result.package.folder
    summary = (folder / "summary.md").read_text(encoding="utf-8").splitlines()[0]
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert summary.endswith(", por Pedro Sánchez") and " by " not in summary
    assert " by Pedro Sánchez</h1>" in page  # the page's own words are English
    assert section_labels("es").title_by("Discurso", "Ana") == "Discurso, por Ana"
    assert section_labels("en").title_by("Speech", "Ana") == "Speech by Ana"
    assert section_labels("de").title_by("Rede", "Ana") == "Rede von Ana"

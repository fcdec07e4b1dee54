"""A paragraph that mixes languages: each language is credited with its own sentences' words.

An English statement whose one long paragraph opens with an English sentence and goes on with a
longer French quotation was read as French from start to finish (the title block "À propos de
cette déclaration", the greeting "Salutations"): Lingua calls the paragraph French at 1.0, and
its 69 words outweighed the 37 of the English paragraphs around it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import language
from pipeline.cli import app
from pipeline.language import LanguageChoice, choose_language, paragraph_language
from tests.conftest import SAMPLE

OPENING = (
    "Today we open the new library in the old harbour district, and I want to begin with the "
    "words our founding poet wrote when the town was young."
)
"""29 English words."""
QUOTATION = (
    "« Nous sommes venus de loin pour bâtir ici une maison commune, où chaque enfant peut "
    "apprendre à lire, à écrire et à parler sans crainte, et où la langue de nos parents reste "
    "vivante dans nos rues et dans nos cœurs. »"
)
"""41 French words."""
MIXED_PARAGRAPH = f"{OPENING} {QUOTATION}"
AFTER = (
    "The library will be open every day from nine until eight.",
    "It holds twelve thousand books in both languages, and every child in the district can "
    "borrow up to ten of them at a time for free.",
)
STATEMENT = "\n\n".join(
    [
        "Statement by Jane Doe, Minister for Culture of Northmere",
        "Port Alder, 12 March 2026",
        "Good morning, everyone.",
        "OUR SHARED LANGUAGES",
        MIXED_PARAGRAPH,
        *AFTER,
        "Thank you.",
    ]
)


def test_the_mixed_paragraph_is_french_whole() -> None:
    # The premise: judged whole, the paragraph is French, as sure as the detector gets.
    assert language.detect_language(MIXED_PARAGRAPH).code == "fr"
    assert language.detect_language(MIXED_PARAGRAPH).confidence >= 0.95


def test_each_language_is_credited_with_its_own_sentences() -> None:
    assert choose_language("auto", STATEMENT) == LanguageChoice("en", ("fr",))


def test_a_paragraph_mostly_in_another_language_is_still_marked_as_it() -> None:
    choice = choose_language("auto", STATEMENT)
    # 41 French words to 29 English: the paragraph is left as written, as before.
    assert paragraph_language(MIXED_PARAGRAPH, choice) == "fr"
    assert [paragraph_language(p, choice) for p in AFTER] == ["", ""]


def test_a_paragraph_is_still_marked_by_its_whole_verdict() -> None:
    # 55 English words and 41 French: the statement counts them apart, but the paragraph is
    # marked as the detector judges it whole (French), so the rules leave the quotation alone.
    longer = f"{OPENING} {AFTER[1]} {QUOTATION}"
    text = STATEMENT.replace(MIXED_PARAGRAPH, longer)
    choice = choose_language("auto", text)
    assert choice == LanguageChoice("en", ("fr",))
    assert paragraph_language(longer, choice) == "fr"


def test_a_french_statement_quoting_english_stays_french() -> None:
    french = (
        "La bibliothèque ouvrira chaque jour de neuf heures à vingt heures, et tous les enfants "
        "du quartier pourront emprunter jusqu'à dix livres à la fois, gratuitement.",
        "Elle contient douze mille livres dans nos deux langues, et nous remercions les "
        "bénévoles qui ont préparé les rayons pendant tout l'hiver.",
    )
    text = "\n\n".join([f"{QUOTATION} {OPENING}", *french])
    assert choose_language("auto", text).code == "fr"


def _refuse_to_split(text: str, lang: str = "en") -> list[str]:
    raise AssertionError(f"sentences were split: {text[:40]!r}")


@pytest.mark.parametrize(
    "text",
    [
        SAMPLE.read_text(encoding="utf-8"),
        "\n\n".join(AFTER) + "\n\n" + OPENING,
    ],
    ids=["sample", "english"],
)
def test_paragraphs_that_agree_are_never_split_into_sentences(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(language, "split_sentences", _refuse_to_split)
    assert choose_language("auto", text) == LanguageChoice("en")


def test_the_statement_is_read_as_english_end_to_end(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "library.txt"
    source.write_text(STATEMENT + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(source), "-o", str(out), "--no-audio", "--json"])
    assert result.exit_code == 0, result.output
    told = json.loads(result.stdout)
    assert told["language"] == "en"
    assert [(p["language"], p["paragraph"]) for p in told["other_language_paragraphs"]] == [
        ("fr", 5)
    ]
    manifest = json.loads((out / "library" / "manifest.json").read_text())
    titles = [section["title"] for section in manifest["sections"]]
    assert titles == ["About this statement", "Greeting", "Our Shared Languages", "Closing words"]
    plain = (out / "library" / "plain.md").read_text()
    # The mixed paragraph is kept word for word; the title block is not in French.
    assert MIXED_PARAGRAPH in plain
    assert "À propos" not in plain and "Salutations" not in plain

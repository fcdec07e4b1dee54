"""Mixed-language statements: each paragraph's language, and what the pipeline does with them.

A bilingual statement (English and French paragraphs in turn) is read in the language most of
its words are in; the paragraphs in the other language are left as written, kept out of the
summary and told to the user. A statement in one language is read exactly as before.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.language import (
    LanguageChoice,
    choose_language,
    detect_language,
    mixed_language_note,
    paragraph_language,
    resolve_language,
)
from pipeline.models import LEFT_AS_WRITTEN, Paragraph, Section, SectionKind
from pipeline.rewriters.rules import RulesRewriter
from tests.conftest import CORPUS, SAMPLE

ENGLISH = (
    "Today the Council approved a plan to build 4,000 new homes for families on low incomes, "
    "and the first residents will move in before the end of next year.",
    "The plan will commence in March, and the Council will publish a progress report every "
    "six months so that residents can see how the money is spent.",
    "We thank the residents who took part in the consultation.",
)
FRENCH = (
    "Aujourd'hui, le Conseil a approuvé un plan visant à construire 4 000 nouveaux logements "
    "pour les familles à faibles revenus, et les premiers résidents s'y installeront avant la "
    "fin de l'année prochaine.",
    "Le plan commencera en mars, et le Conseil publiera un rapport d'étape tous les six mois "
    "afin que les résidents puissent voir comment l'argent est dépensé.",
)
BILINGUAL = "\n\n".join(
    [
        "Statement by the City Council on new homes",
        ENGLISH[0],
        FRENCH[0],
        ENGLISH[1],
        FRENCH[1],
        ENGLISH[2],
    ]
)
"""English paragraphs (65 words) and French ones (61) in turn, as a city in Canada or a UN
agency publishes them; the French ones are each longer than the English before them."""


def test_a_bilingual_statement_is_read_in_the_language_with_most_words() -> None:
    # The whole text, judged at once, leans to French: that was the statement's language.
    assert detect_language(BILINGUAL).code == "fr"
    assert choose_language("auto", BILINGUAL) == LanguageChoice("en", ("fr",))


def test_the_statement_language_follows_the_words_not_the_order() -> None:
    french_first = "\n\n".join(
        [
            FRENCH[0],
            ENGLISH[0],
            FRENCH[1],
            "Merci à tous les résidents qui ont participé à la consultation et partagé leur avis.",
        ]
    )
    assert choose_language("auto", french_first) == LanguageChoice("fr", ("en",))


def test_each_paragraph_is_judged_among_the_languages_the_statement_mixes() -> None:
    choice = choose_language("auto", BILINGUAL)
    assert [paragraph_language(p, choice) for p in ENGLISH] == ["", "", ""]
    assert [paragraph_language(p, choice) for p in FRENCH] == ["fr", "fr"]
    # Too few small-letter words to tell: a heading or a line of names stays in the statement's.
    assert paragraph_language("Déclaration du Conseil municipal", choice) == ""


def test_asking_for_english_still_finds_the_paragraphs_the_rules_must_not_touch() -> None:
    assert choose_language("en", BILINGUAL) == LanguageChoice("en", ("fr",))
    # Any other language is not rewritten at all: it is taken as asked, with no detection.
    assert choose_language("fr", BILINGUAL) == LanguageChoice("fr")


SINGLE = {
    "en": " ".join(ENGLISH),
    "fr": " ".join(FRENCH),
    # A Spanish speech with its heading in English capitals stays one Spanish statement.
    "es": "STATEMENT BY THE PRESIDENT OF THE GOVERNMENT\n\nSeñor Presidente, el Gobierno de "
    "España apoya el multilateralismo y seguirá trabajando con todos los países para lograr "
    "la paz.\n\nNecesitamos instituciones fuertes que protejan a las personas más vulnerables.",
    # A line of country names (which Lingua calls Italian) is no paragraph in another language.
    "de": "Die Bundesregierung begrüßt die Einigung und wird die Umsetzung aktiv unterstützen."
    "\n\nMoldova, Romania, Rwanda, Sierra Leone, Singapore, Slovakia, Slovenia, and Spain.",
}


@pytest.mark.parametrize(("code", "text"), sorted(SINGLE.items()))
def test_a_statement_in_one_language_is_read_as_before(code: str, text: str) -> None:
    assert choose_language("auto", text) == LanguageChoice(resolve_language("auto", text))
    assert choose_language("auto", text).code == code


def test_a_short_line_the_detector_is_unsure_of_mixes_nothing() -> None:
    # "… conform to confinement." is French at 0.84 for Lingua; one line is no second language.
    text = "Crime and criminals do not conform to confinement.\n\n" + SINGLE["en"]
    assert choose_language("auto", text) == LanguageChoice("en")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="dev corpus not present")
def test_every_corpus_statement_is_read_in_the_language_it_was() -> None:
    files = [f for f in sorted(CORPUS.iterdir()) if not f.name.endswith(".source.txt")]
    for path in [*files, SAMPLE]:
        text = path.read_text(encoding="utf-8")
        assert choose_language("auto", text) == LanguageChoice(resolve_language("auto", text)), (
            path.name
        )


def _section(*paragraphs: Paragraph) -> Section:
    return Section(
        id="02-homes",
        index=2,
        kind=SectionKind.BODY,
        title="Homes",
        paragraphs=paragraphs,
        sentences=tuple(p.text for p in paragraphs),
    )


def test_the_rules_leave_a_paragraph_in_another_language_as_written() -> None:
    section = _section(Paragraph(ENGLISH[1]), Paragraph(FRENCH[1], language="fr"))
    rewrite = RulesRewriter().rewrite(section, "en", 8.0)
    # The English paragraph is rewritten ("commence" → "start"); the French one is untouched.
    assert "will start in March" in rewrite.paragraphs[0]
    assert rewrite.paragraphs[-1] == FRENCH[1]
    assert any(change.startswith(f"{LEFT_AS_WRITTEN} (fr)") for change in rewrite.changes)


def test_a_bilingual_statement_end_to_end(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "homes.txt"
    source.write_text(BILINGUAL + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(source), "-o", str(out), "--no-audio", "--json"])
    assert result.exit_code == 0, result.output
    told = json.loads(result.stdout)
    assert told["language"] == "en"
    assert [(p["language"], p["paragraph"]) for p in told["other_language_paragraphs"]] == [
        ("fr", 3),
        ("fr", 5),
    ]
    # One line on stderr says so, which paragraphs, and how to choose otherwise.
    lines = [line for line in result.stderr.splitlines() if "mixes languages" in line]
    assert len(lines) == 1
    assert "paragraphs 3 (" in lines[0] and "in French" in lines[0]
    assert "left as written" in lines[0] and "--lang" in lines[0]
    folder = out / "homes"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["statement"]["language"] == "en"
    assert manifest["statement"]["other_language_paragraphs"] == told["other_language_paragraphs"]
    plain = (folder / "plain.md").read_text()
    # French kept word for word, English rewritten, and the fact guard passes.
    assert FRENCH[0] in plain and FRENCH[1] in plain
    assert "will start in March" in plain
    assert not any(s["guard"]["flagged"] for s in manifest["sections"])
    summary = (folder / "summary.txt").read_text()
    assert "Conseil" not in summary and "Council" in summary
    # A screen reader says the French in French (WCAG 3.1.2), on the page and in the book,
    # in both versions; and the section's title is made of its English words.
    page = (folder / "index.html").read_text()
    assert page.count('<p lang="fr">') == 4
    with zipfile.ZipFile(folder / "homes.epub") as book:
        xhtml = "".join(book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml"))
    assert xhtml.count('<p lang="fr" xml:lang="fr">') == 4
    titles = [s["title"] for s in manifest["sections"]]
    assert not any(word in title for title in titles for word in ("Aux", "Conseil", "Les"))


def test_a_statement_in_one_language_reports_no_other_paragraphs(
    runner: CliRunner, tmp_path: Path
) -> None:
    source = tmp_path / "homes.txt"
    source.write_text("\n\n".join(ENGLISH) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["run", str(source), "-o", str(tmp_path), "--no-audio", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["other_language_paragraphs"] == []
    assert "mixes languages" not in result.stderr


def test_the_note_names_paragraphs_and_counts_the_rest() -> None:
    paragraphs = [
        {"language": "fr", "paragraph": n, "section": "s", "starts": f"Mot {n} …"}
        for n in (2, 4, 6, 8, 10)
    ]
    note = mixed_language_note("en", paragraphs, spoken=True)
    assert 'paragraphs 2 ("Mot 2 …"), 4 ("Mot 4 …"), 6 ("Mot 6 …") and 2 more, in French' in note
    assert "spoken by the English voice" in note
    assert mixed_language_note("en", [], spoken=False) == ""
    one = mixed_language_note("en", paragraphs[:1], spoken=False)
    assert 'paragraph 2 ("Mot 2 …"), in French, is left as written' in one


def test_judging_paragraphs_loads_no_second_model() -> None:
    # The detector for the whole text judges the paragraphs too: a second one cost 0.1 s.
    from pipeline.language import _detector, release_model

    release_model()
    choose_language("auto", BILINGUAL)
    assert _detector.cache_info().currsize == 1


def test_sections_json_names_the_other_paragraphs(runner: CliRunner) -> None:
    result = runner.invoke(app, ["sections", "-", "--json"], input=BILINGUAL)
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["language"] == "en"
    assert [p["paragraph"] for p in shown["other_language_paragraphs"]] == [3, 5]


TITLED = """Statement by the Prime Minister on the National Day for Truth and Reconciliation
Déclaration du premier ministre à l'occasion de la Journée nationale de la vérité

Ottawa, Ontario
30 September 2025

Today, on the National Day for Truth and Reconciliation, we honour the children who never \
returned home from residential schools, and the families who continue to carry the trauma.

Aujourd'hui, nous rendons hommage aux enfants qui ne sont jamais revenus des pensionnats. \
Nous pensons aussi aux survivants, aux familles et aux communautés.

- Over the past year, the Government has invested $2.4 billion to implement the Calls to \
Action of the Truth and Reconciliation Commission.
- Au cours de la dernière année, le gouvernement a investi 2,4 milliards de dollars pour \
mettre en œuvre les appels à l'action.
"""


def test_a_list_item_and_a_paragraph_of_two_sentences_stay_as_written(
    runner: CliRunner, tmp_path: Path
) -> None:
    source = tmp_path / "day.txt"
    source.write_text(TITLED, encoding="utf-8")
    result = runner.invoke(app, ["run", str(source), "-o", str(tmp_path), "--no-audio", "--json"])
    assert result.exit_code == 0, result.output
    told = json.loads(result.stdout)
    # The title block's French line is the title block's to tell; it is not listed as kept.
    # Numbered as a reader counts the blocks: the place and date are one, the list is one.
    kept = told["other_language_paragraphs"]
    assert [(p["paragraph"], p.get("item")) for p in kept] == [(4, None), (5, 2)]
    note = next(line for line in result.stderr.splitlines() if "mixes languages" in line)
    assert 'paragraphs 4 ("Aujourd\'hui, nous rendons hommage aux …") and 5 (item 2, "Au' in note
    plain = (tmp_path / "day" / "plain.md").read_text()
    assert "to carry out the Calls to Action" in plain
    assert "- Au cours de la dernière année, le gouvernement a investi 2,4 milliards" in plain
    assert "revenus des pensionnats. Nous pensons aussi aux survivants" in plain


def test_paragraphs_are_numbered_as_a_reader_counts_the_blocks(runner: CliRunner) -> None:
    # The place and the date are two lines of one block: the French paragraphs are the
    # fourth and sixth blocks (they were told as 5 and 7, one line of the block counted twice).
    dated = BILINGUAL.replace(
        "new homes\n\n", "new homes\n\nOttawa, Ontario\n30 September 2025\n\n"
    )
    result = runner.invoke(app, ["sections", "-", "--json"], input=dated)
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)["other_language_paragraphs"]
    assert [(p["paragraph"], p.get("item")) for p in shown] == [(4, None), (6, None)]


def test_the_sections_preview_warns_of_mixed_languages(runner: CliRunner) -> None:
    # `run` warned; `sections`, where a person looks first, showed its table and nothing else.
    result = runner.invoke(app, ["sections", "-"], input=BILINGUAL)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "mixes languages" in line]
    assert len(lines) == 1 and "paragraphs 3 (" in lines[0] and "in French" in lines[0]
    one = runner.invoke(app, ["sections", "-"], input="\n\n".join(ENGLISH))
    assert one.exit_code == 0 and "mixes languages" not in one.stderr

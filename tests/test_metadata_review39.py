"""Who and what (review 39): a speaker's name ends where the title's topic opens, an office
in lowercase before its holder, and statement.txt read back with its title and words alone.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.build import build_package
from pipeline.settings import Settings
from pipeline.stages.load import SourceText, load_source
from pipeline.stages.split import parse_title_block, split_statement
from pipeline.text import markdown_as_text
from tests.summaries import summary_of

CORPUS_04 = Path("/work/shared/corpus/dev/04_wh-2025-fact-sheet-h1b.md")
DUTCH_BODY = (
    "Wij gaan dit jaar driehonderd nieuwe wegen aanleggen in elke stad van de regio. Het werk "
    "begint in maart en duurt acht maanden. Dat is goed nieuws voor iedereen die elke dag naar "
    "het werk rijdt.\n"
)


# 1. The name stops at the word that opens the topic or the occasion, in any case.


@pytest.mark.parametrize(
    ("lang", "title", "speaker"),
    [
        ("nl", "TOESPRAAK VAN MARK RUTTE OVER HET KLIMAAT", "Mark Rutte"),
        ("nl", "Toespraak Van Mark Rutte Over Het Klimaat", "Mark Rutte"),
        ("nl", "toespraak van Mark Rutte Over Het Klimaat", "Mark Rutte"),
        ("nl", "TOESPRAAK VAN SIGRID KAAG TER GELEGENHEID VAN KONINGSDAG", "Sigrid Kaag"),
        ("nl", "TOESPRAAK VAN WOPKE HOEKSTRA AAN DE UNIVERSITEIT LEIDEN", "Wopke Hoekstra"),
        ("fr", "DISCOURS DE JEAN DUPONT SUR LE CLIMAT", "Jean Dupont"),
        ("fr", "Discours de Jean Dupont sur le climat", "Jean Dupont"),
        ("de", "REDE VON ANNA BERG ÜBER DAS KLIMA", "Anna Berg"),
        ("es", "DISCURSO DE JUAN GARCÍA SOBRE EL CLIMA", "Juan García"),
        ("en", "SPEECH BY JOHN SMITH ON THE CLIMATE", "John Smith"),
        ("en", "Speech by Jane Doe in Toronto", "Jane Doe"),
    ],
)
def test_a_name_ends_where_the_titles_topic_opens(lang: str, title: str, speaker: str) -> None:
    assert parse_title_block([title], "x.txt", lang=lang).speaker == speaker


def test_an_occasion_after_the_name_in_capitals_is_still_the_event() -> None:
    meta = parse_title_block(["TOESPRAAK VAN MARK RUTTE TIJDENS DE TOP"], "x.txt", lang="nl")
    assert (meta.speaker, meta.event) == ("Mark Rutte", "de Top")


@pytest.mark.parametrize(
    "title", ["Toespraak van Gerard ter Borch", "Toespraak van Kees van der Staaij"]
)
def test_a_names_own_particle_is_no_end_of_it(title: str) -> None:
    assert parse_title_block([title], "x.txt", lang="nl").speaker == title.split(" van ", 1)[1]


def test_an_office_on_a_mandate_keeps_its_topic() -> None:
    meta = parse_title_block(
        ["Statement by the Special Rapporteur on the right to food"], "x.txt", lang="en"
    )
    assert (meta.speaker, meta.speaker_role) == (None, "Special Rapporteur on the right to food")


# 2. The name after the office word, and the office kept.


@pytest.mark.parametrize(
    ("lang", "title", "speaker", "role"),
    [
        ("nl", "Toespraak van minister Hugo de Jonge", "Hugo de Jonge", "minister"),
        (
            "nl",
            "Toespraak van minister Hugo de Jonge over het klimaat",
            "Hugo de Jonge",
            "minister",
        ),
        (
            "nl",
            "Toespraak van de minister-president Mark Rutte",
            "Mark Rutte",
            "minister-president",
        ),
        ("nl", "TOESPRAAK VAN MINISTER HUGO DE JONGE", "Hugo de Jonge", "Minister"),
        ("en", "Speech by Minister Anna Berg", "Anna Berg", "Minister"),
        ("fr", "Discours du ministre Jean Dupont", "Jean Dupont", "ministre"),
        ("fr", "Discours de la ministre Marie Curie", "Marie Curie", "ministre"),
        ("fr", "Discours du Premier ministre Jean Castex", "Jean Castex", "Premier ministre"),
        ("es", "Discurso del ministro Juan García", "Juan García", "ministro"),
    ],
)
def test_the_name_after_an_office_word_is_the_speaker(
    lang: str, title: str, speaker: str, role: str
) -> None:
    meta = parse_title_block([title], "x.txt", lang=lang)
    assert (meta.speaker, meta.speaker_role) == (speaker, role)
    assert meta.title == title or meta.title.lower() == title.lower()


@pytest.mark.parametrize("title", ["Toespraak van de Koning", "Speech by the Prime Minister"])
def test_an_office_with_no_name_after_it_names_no_one(title: str) -> None:
    assert parse_title_block([title], "x.txt", lang="nl").speaker is None


def test_the_summary_says_the_office_with_the_name() -> None:
    made = summary_of(f"Toespraak van minister Hugo de Jonge\n\n{DUTCH_BODY}", lang="nl")
    assert made.lead.startswith("Hugo de Jonge, minister,")
    made = summary_of(f"TOESPRAAK VAN MARK RUTTE OVER HET KLIMAAT\n\n{DUTCH_BODY}", lang="nl")
    assert made.lead.startswith("Mark Rutte ")
    assert "Klimaat," not in made.lead


# 3 and 4. statement.txt keeps a front matter's title and date, and no emphasis markers.

FRONT_MATTER_STATEMENT = (
    "---\n"
    "title: 'Fact Sheet: The Council Opens Three New Libraries'\n"
    "date: '2027-05-04'\n"
    "---\n\n"
    "## New libraries\n\n"
    "The council will open *three* new libraries in the north of the city this year, so that "
    "**every** family lives within a short walk of one.\n\n"
    "- The first opens in _June_ on Harbour Road.\n"
    "- The second opens in September, and the third in December.\n\n"
    "## Opening hours\n\n"
    "Each library will be open from nine in the morning to eight in the evening, six days a "
    "week, and the rooms can be used by schools for 2*3*4 hours of reading.\n"
)


@pytest.fixture(scope="module")
def round_trip(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The package of a front-matter statement, and the package of its statement.txt."""
    where = tmp_path_factory.mktemp("round-trip")
    source = where / "libraries.md"
    source.write_text(FRONT_MATTER_STATEMENT, encoding="utf-8")
    first = build_package(Settings(input_path=source, output_dir=where / "first", audio=False))
    again = where / "again" / "statement.txt"
    again.parent.mkdir()
    shutil.copyfile(first.package.folder / "statement.txt", again)
    second = build_package(Settings(input_path=again, output_dir=where / "second", audio=False))
    return first.package.folder, second.package.folder


def test_statement_txt_opens_on_the_front_matters_title_and_date(
    round_trip: tuple[Path, Path],
) -> None:
    text = (round_trip[0] / "statement.txt").read_text(encoding="utf-8")
    assert text.startswith(
        "Fact Sheet: The Council Opens Three New Libraries\n4 May 2027\n\nNew libraries\n\n"
    )


def test_the_title_survives_the_round_trip(round_trip: tuple[Path, Path]) -> None:
    first, second = round_trip
    for package in (first, second):
        page = (package / "index.html").read_text(encoding="utf-8")
        assert "<title>Fact Sheet: The Council Opens Three New Libraries</title>" in page
    for name in ("summary.md", "statement.txt"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_statement_txt_carries_the_words_of_emphasis_alone(round_trip: tuple[Path, Path]) -> None:
    text = (round_trip[0] / "statement.txt").read_text(encoding="utf-8")
    assert "open three new libraries" in text and "so that every family" in text
    assert "\n- The first opens in June on Harbour Road.\n" in text
    assert "for 2*3*4 hours" in text  # stars inside a word are the writer's product
    assert "*" not in text.replace("2*3*4", "") and "_" not in text
    assert "\n\nOpening hours\n\n" in text


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("We *really* mean **it**.", "We really mean it."),
        ("***Both*** and __under__ and _one_.", "Both and under and one."),
        ("A \\*starred\\* word and snake_case_name.", "A *starred* word and snake_case_name."),
        ("Rates rose 2*3*4 times.", "Rates rose 2*3*4 times."),
        ("*[The guide](https://example.org/g)*", "The guide (https://example.org/g)"),
    ],
)
def test_markdown_as_text_drops_emphasis_markers(written: str, shown: str) -> None:
    assert markdown_as_text(written) == shown


def test_a_title_made_from_the_file_name_is_not_written(tmp_path: Path) -> None:
    source = tmp_path / "library-hours.txt"
    source.write_text(
        "The council will open its libraries from nine in the morning to eight in the evening, "
        "six days a week, from the first of June this year.\n",
        encoding="utf-8",
    )
    folder = build_package(Settings(input_path=source, output_dir=tmp_path / "out", audio=False))
    text = (folder.package.folder / "statement.txt").read_text(encoding="utf-8")
    assert text.startswith("The council will open its libraries")


@pytest.mark.skipif(not CORPUS_04.exists(), reason="the dev corpus is not on this machine")
def test_corpus_04_reads_back_with_its_front_matter_title(tmp_path: Path) -> None:
    first = build_package(Settings(input_path=CORPUS_04, output_dir=tmp_path, audio=False))
    again = load_source(first.package.folder / "statement.txt")
    meta = split_statement(SourceText(again.text, "statement.txt")).meta
    assert meta.title == (
        "Fact Sheet: President Donald J. Trump Suspends the Entry of Certain Alien Nonimmigrant "
        "Workers"
    )
    assert meta.date_start == "2025-09-19"

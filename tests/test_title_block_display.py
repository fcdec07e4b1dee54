"""The title block as a reader meets it: a front matter's date in words, a title said once."""

from __future__ import annotations

from pipeline.metadata import iso_date_in_words, names_its_giver
from pipeline.models import SectionKind, StatementMeta
from pipeline.stages.load import SourceText
from pipeline.stages.split import split_statement

FRONT = (
    ("title", "Speech by the Minister for Housing at the Northmere Homes Summit"),
    ("speaker", "Tomas Lindqvist"),
    ("role", "Minister for Housing"),
    ("date", "2026-11-24"),
)
TEXT = (
    "CHECK AGAINST DELIVERY\n\n"
    "We will invest £2.4 billion over the next five years in new social and affordable homes. "
    "That money will go to councils and housing associations that can start building soon.\n"
)


def test_a_front_matter_date_is_shown_in_words_in_the_originals_about_section() -> None:
    statement = split_statement(SourceText(TEXT, "speech.md", front_matter=FRONT))
    about = statement.sections[0]
    assert about.kind is SectionKind.TITLE
    assert "24 November 2026" in about.sentences
    assert "2026-11-24" not in about.sentences
    assert statement.meta.date_start == "2026-11-24"  # the machine's date is kept


def test_iso_dates_in_words_per_language_and_other_dates_as_written() -> None:
    assert iso_date_in_words("2026-11-24", "en") == "24 November 2026"
    assert iso_date_in_words("2026-11-24", "fr") == "24 novembre 2026"
    assert iso_date_in_words("2026-11-24", "es") == "24 de noviembre de 2026"
    assert iso_date_in_words("2026-11-24", "de") == "24. November 2026"
    assert iso_date_in_words("24 November 2026", "en") == "24 November 2026"
    assert iso_date_in_words("2026-13-24", "en") == "2026-13-24"


def test_a_title_that_says_whose_it_is_is_not_followed_by_the_speaker_again() -> None:
    said = StatementMeta(
        title="Speech by the Minister for Housing at the Northmere Homes Summit",
        speaker="Tomas Lindqvist",
    )
    named = StatementMeta(title="Press Briefing by Press Secretary Dana Lee", speaker="Dana Lee")
    untold = StatementMeta(title="Video Statement", speaker="Jürgen Stock")
    assert names_its_giver(said) and names_its_giver(named)
    assert not names_its_giver(untold)

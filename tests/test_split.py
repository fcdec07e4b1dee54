from __future__ import annotations

from pathlib import Path

from pipeline.models import SectionKind
from pipeline.stages.load import SourceText, load_source
from pipeline.stages.split import parse_title_block, slugify, split_statement
from pipeline.text import split_sentences


def _split(text: str, max_words: int = 250) -> list:  # type: ignore[type-arg]
    return list(split_statement(SourceText(text, "t.txt"), "en", max_words).sections)


def test_sample_has_title_greeting_body_and_closing(sample_path: Path) -> None:
    statement = split_statement(load_source(sample_path))
    kinds = [s.kind for s in statement.sections]
    assert kinds[0] is SectionKind.TITLE
    assert kinds[1] is SectionKind.GREETING
    assert kinds[-1] is SectionKind.CLOSING
    assert kinds.count(SectionKind.BODY) >= 2
    assert len(statement.sections) >= 4
    for section in statement.sections:
        assert section.title and section.title != "Section"
        if section.kind is SectionKind.BODY:
            assert 40 <= section.word_count <= 250
    assert statement.sections[1].plain_text.startswith("Mr Chairperson")
    assert statement.sections[-1].plain_text == "Thank you."


def test_sample_metadata(sample_path: Path) -> None:
    meta = split_statement(load_source(sample_path)).meta
    assert meta.title == "Video Statement"
    assert meta.speaker == "Jürgen Stock"
    assert meta.speaker_role == "INTERPOL Secretary General"
    assert meta.place == "Kyoto, Japan"
    assert (meta.date_start, meta.date_end) == ("2021-03-07", "2021-03-09")
    assert meta.notes == ("As delivered",)
    assert meta.event is not None and meta.event.startswith("14th United Nations Congress")


def test_list_stays_with_the_paragraph_that_introduces_it(sample_path: Path) -> None:
    statement = split_statement(load_source(sample_path))
    for section in statement.sections:
        texts = [p.text for p in section.paragraphs]
        if any("In the midst of the crisis:" in t for t in texts):
            assert any("wheels of justice" in t for t in texts)
            break
    else:
        raise AssertionError("intro paragraph not found")


def test_markdown_emphasis_is_kept_for_display_but_not_in_sentences(sample_path: Path) -> None:
    statement = split_statement(load_source(sample_path))
    body = statement.sections[2]
    assert any("*14th United Nations" in p.text for p in body.paragraphs)
    assert all("*" not in s and "_" not in s for s in body.sentences)


def test_sentence_splitting_knows_abbreviations() -> None:
    text = "Mr Smith met Dr. Jones at the U.N. office. They read No. 5 of the list. It was 3.5 p.m."
    assert split_sentences(text) == [
        "Mr Smith met Dr. Jones at the U.N. office.",
        "They read No. 5 of the list.",
        "It was 3.5 p.m.",
    ]


def test_headings_always_start_sections() -> None:
    text = (
        "# Our plan\n\n" + "We will build roads and schools for everyone. " * 6 + "\n\n"
        "## Money\n\n" + "The budget grows by five percent next year for all. " * 5 + "\n"
    )
    sections = _split(text)
    titles = [s.title for s in sections]
    assert "Money" in titles
    assert any(s.title == "Money" and s.plain_text.startswith("The budget") for s in sections)


def test_long_text_without_headings_is_grouped_within_bounds() -> None:
    paragraphs = [
        f"Paragraph {i} talks about topic {i % 4} with several plain words in it. " * 3
        for i in range(20)
    ]
    sections = _split("\n\n".join(paragraphs), max_words=200)
    assert len(sections) >= 3
    assert all(s.word_count <= 200 for s in sections)


def test_title_block_parser_reads_month_first_ranges_and_roles() -> None:
    meta = parse_title_block(
        ["Statement by", "Ana Ruiz, Minister of Justice", "Madrid, 3 May 2024"], "x"
    )
    assert meta.speaker == "Ana Ruiz"
    assert meta.speaker_role == "Minister of Justice"
    assert meta.date_start == "2024-05-03" and meta.date_end is None
    assert meta.place == "Madrid"


def test_slugify_is_safe_for_file_names() -> None:
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("Jürgen's café: 7/9") == "jurgen-s-cafe-7-9"
    assert slugify("***") == "section"
    assert len(slugify("x" * 300)) <= 48

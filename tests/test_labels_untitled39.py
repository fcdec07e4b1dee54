"""A part whose words give no title is titled in the statement's own language."""

from __future__ import annotations

import pytest

from pipeline.labels import LABELS, section_labels
from pipeline.stages.split import _continued, salient_title


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "Statement"), ("fr", "Déclaration"), ("de", "Erklärung"), ("es", "Declaración")],
)
def test_a_part_with_no_title_words_is_titled_in_its_language(lang: str, expected: str) -> None:
    # Only figures and little words: nothing to title the part by.
    assert salient_title("12 34 56", set(), [], lang=lang) == expected


def test_every_language_has_its_own_word() -> None:
    words = [labels.untitled for labels in LABELS.values()]
    assert len(set(words)) == len(words)
    assert section_labels("fr-CA").untitled == "Déclaration"


def test_an_untitled_french_part_after_a_heading_is_its_continuation() -> None:
    # As in English: a part with no words of its own goes on from the heading above it.
    text = "12 34 56"
    assert _continued("Tarifs", "Déclaration", text, set(), "fr") == "Tarifs (suite)"


def test_a_section_with_no_own_words_and_no_marked_language_gets_a_title() -> None:
    from pipeline.build import _own_language_title
    from pipeline.models import Paragraph, Section, SectionKind

    section = Section(
        id="02-x",
        index=1,
        kind=SectionKind.BODY,
        title="x",
        paragraphs=(Paragraph("12 34 56"),),
        sentences=("12 34 56",),
    )
    # No words in the statement's language, and no paragraph marked as another's.
    assert _own_language_title(section, "", set(), [], "fr") == "Déclaration"

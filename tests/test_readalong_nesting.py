"""A sub-item keeps its place under the item above when the rules split an item in two."""

from __future__ import annotations

from pipeline.build import read_statement
from pipeline.settings import Settings
from pipeline.stages import readalong
from pipeline.stages.simplify import simplify_section

LIST = (
    "# Statement by the Minister for Trade\n\nToday the Government acts on trade.\n\n"
    "The measures are:\n\n"
    "- Tariffs on steel imports, which were raised in 2018, will stay in place until the end "
    "of 2025, and the Department will review them every six months.\n"
    "  - Section 232 tariffs\n"
    "- Faster checks at ports.\n\nThank you.\n"
)


def test_a_sub_item_stays_nested_after_the_item_above_is_split() -> None:
    statement = read_statement(Settings(input_path=None), stdin=LIST.encode())
    section = next(s for s in statement.sections if "Section 232" in s.plain_text)
    plain = simplify_section(section)
    items = readalong.list_items(plain, section)
    nesting = readalong.nested_items(plain, section, items)
    # The first item became two; the sub-item had lost its indent ("one for one" failed).
    assert len(plain.paragraphs) > len([p for p in section.paragraphs if p.text.strip()])
    nested = [p for p, n in zip(plain.paragraphs, nesting, strict=True) if n]
    assert nested == ["Section 232 tariffs."]


def test_the_origin_of_each_plain_paragraph_is_the_original_holding_most_of_its_words() -> None:
    written = ["Tariffs stay until 2025, and the Department reviews them.", "Section 232 tariffs"]
    plain = ["Tariffs stay until 2025.", "The Department reviews them.", "Section 232 tariffs."]
    assert readalong._origins(plain, written) == [0, 0, 1]
    assert readalong._origins(["Something else entirely."], written) == [None]

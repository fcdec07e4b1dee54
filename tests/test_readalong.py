"""The read-along's text layout: sentences, list items and the lists nested in them."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.build import build_package
from pipeline.models import FactCheck, Paragraph, PlainSection, Section, SectionKind
from pipeline.settings import Settings
from pipeline.stages import readalong
from pipeline.text import split_sentences

PARAGRAPHS = (
    Paragraph("Companies are replacing American workers:"),
    Paragraph("One company hired 5,189 workers.", is_list_item=True),
    Paragraph("It laid off 16,000 people.", is_list_item=True, nested=True),
    Paragraph("It did so this year.", is_list_item=True, nested=True),
    Paragraph("Workers train their replacements.", is_list_item=True),
)


def _section(paragraphs: tuple[Paragraph, ...] = PARAGRAPHS) -> Section:
    sentences = tuple(s for p in paragraphs for s in split_sentences(p.text))
    return Section("01-x", 1, SectionKind.BODY, "X", paragraphs, sentences)


def _texts(groups: list[dict[str, Any]]) -> list[object]:
    """Groups as text: a paragraph is its words, a list is its items with their sub-items."""
    out: list[object] = []
    for group in groups:
        for entry in group["entries"]:
            words = " ".join(cue.text for cue in entry["cues"])
            children = [" ".join(cue.text for cue in child) for child in entry["children"]]
            out.append((words, children) if group["list"] else words)
    return out


def test_an_item_indented_under_another_is_a_list_inside_it() -> None:
    # Nested items were shown flat, as if they were points of their own.
    blocks = readalong.original_blocks(_section(), None)
    assert [block.nested for block in blocks] == [False, False, True, True, False]
    assert _texts(readalong.grouped(blocks, lambda block: block.cues)) == [
        "Companies are replacing American workers:",
        (
            "One company hired 5,189 workers.",
            ["It laid off 16,000 people.", "It did so this year."],
        ),
        ("Workers train their replacements.", []),
    ]


def test_the_plain_version_keeps_the_nesting_of_the_paragraphs_its_words_come_from() -> None:
    section = _section()
    words = tuple(p.text for p in PARAGRAPHS)
    plain = PlainSection("01-x", section.sentences, words, (), FactCheck((), ()))
    matched = readalong.plain_blocks(plain, None, section)
    assert [block.nested for block in matched] == [False, False, True, True, False]
    # A plain version with other paragraphs and no list items of its own has no items to nest.
    fewer = replace(plain, paragraphs=words[:4])
    assert not any(block.nested for block in readalong.plain_blocks(fewer, None, section))
    # A paragraph that is an item only in the plain version is not nested: its original is not.
    other = PlainSection(
        "01-x", section.sentences, words, (), FactCheck((), ()), list_items=(True,) * 5
    )
    assert [b.nested for b in readalong.plain_blocks(other, None, section)] == [
        False,
        False,
        True,
        True,
        False,
    ]
    # Words the original does not hold borrow nothing.
    unlike = replace(
        plain, paragraphs=("Something else.", "Entirely new words here."), list_items=(True, True)
    )
    assert not any(b.nested for b in readalong.plain_blocks(unlike, None, section))


def test_a_nested_item_with_no_item_above_it_is_an_item_of_its_own() -> None:
    paragraphs = (Paragraph("Sub item first.", is_list_item=True, nested=True),)
    blocks = readalong.original_blocks(_section(paragraphs), None)
    assert _texts(readalong.grouped(blocks, lambda block: block.cues)) == [("Sub item first.", [])]


def test_page_and_book_show_indented_bullets_as_nested_lists(tmp_path: Path) -> None:
    source = tmp_path / "jobs.md"
    source.write_text(
        "# Protecting jobs\n\nThe plan has two parts:\n\n"
        "- Companies must pay a fee of $100,000.\n"
        "    - The fee is paid once.\n"
        "    - The State Department checks it.\n"
        "- The Labor Department will revise the wage levels.\n",
        encoding="utf-8",
    )
    result = build_package(Settings(input_path=source, output_dir=tmp_path / "out", audio=False))
    folder = result.package.folder
    html = (folder / "index.html").read_text(encoding="utf-8")
    nested = (
        '<li><span class="s">Companies must pay a fee of $100,000.</span>\n<ul>\n'
        '<li><span class="s">The fee is paid once.</span></li>\n'
        '<li><span class="s">The State Department checks it.</span></li>\n</ul>\n</li>\n'
        '<li><span class="s">The Labor Department will revise the wage levels.</span></li>'
    )
    assert nested in html  # the original, as written
    # The plain version (whatever its words) nests the same two items under the first.
    sub_list = r'<li><span class="s">[^<]*</span>\n<ul>\n(?:<li><span class="s">[^<]*</span></li>\n){2}</ul>'
    assert len(re.findall(sub_list, html)) == 2
    with zipfile.ZipFile(next(folder.glob("*.epub"))) as book:
        texts = [book.read(n).decode() for n in book.namelist() if n.endswith(".xhtml")]
    body = next(t for t in texts if "The fee is paid once." in t)
    assert body.count("</span>\n<ul>\n<li><span id=") == 2, body


def test_numbered_items_show_their_own_numbers_and_bullets_stay_bullets() -> None:
    paragraphs = (
        Paragraph("The Council:"),
        Paragraph("Decides.", is_list_item=True, marker="5."),
        Paragraph("Requests.", is_list_item=True, marker="6."),
        Paragraph("Protect staff.", is_list_item=True, nested=True, marker="(a)"),
        Paragraph("A bullet after them.", is_list_item=True),
    )
    groups = readalong.grouped(
        readalong.original_blocks(_section(paragraphs), None), lambda block: block.cues
    )
    assert [group["style"] for group in groups] == ["bullets", "values", "bullets"]
    numbered = groups[1]["entries"]
    assert [entry["mark"]["value"] for entry in numbered] == [5, 6]
    assert numbered[1]["child_style"] == "marks"
    assert numbered[1]["child_marks"] == [{"text": "(a)", "value": None}]
    assert groups[2]["list"] and groups[2]["entries"][0]["mark"]["text"] == ""


def test_a_numbered_item_is_lit_from_the_moment_its_number_is_said() -> None:
    from pipeline.models import AudioClip, SentenceTiming

    paragraphs = (Paragraph("We act.", is_list_item=True, marker="(a)"),)
    clip = AudioClip(
        "01-x",
        "original",
        Path("x.mp3"),
        3.0,
        (SentenceTiming("a.", 0.0, 0.5), SentenceTiming("We act.", 0.8, 2.0)),
    )
    (block,) = readalong.original_blocks(_section(paragraphs), clip)
    assert block.marker == "(a)"
    assert (block.cues[0].start, block.cues[0].end) == (0.0, 2.0)
    # Captions show the number as it is said.
    assert "\na.\n" in readalong.webvtt(clip)
    assert readalong.spoken_number("(a)") == "a."
    assert readalong.spoken_number("1.") == "1." and readalong.spoken_number("2)") == "2."
    assert readalong.spoken_number("3(1)") == "3(1)."
    # A roman numeral is said as its number: the voice's "iii." was heard "Parliamentary".
    assert readalong.spoken_number("iii)") == "3." and readalong.spoken_number("(xiv)") == "14."
    # A lone "(i)" is the first sub-paragraph (as "i." it was heard as the pronoun), unless
    # it follows "(h)"; "(v)" and "(x)" are numbers after "(iv)" and "(ix)", else letters.
    assert readalong.spoken_number("(i)") == "1." and readalong.spoken_number("(i)", "(a)") == "1."
    assert readalong.spoken_number("(i)", "(h)") == "i."
    assert readalong.spoken_number("(v)") == "v." and readalong.spoken_number("(v)", "(u)") == "v."
    assert readalong.spoken_number("(v)", "(iv)") == "5."
    assert readalong.spoken_number("(x)", "(ix)") == "10."


def test_a_roman_list_is_said_and_captioned_as_numbers() -> None:
    from pipeline.build import _original_job
    from pipeline.models import AudioClip, SentenceTiming

    numbered = (("i", "act"), ("ii", "stay"), ("iii", "go"), ("iv", "wait"), ("v", "end"))
    items = tuple(
        Paragraph(f"We {verb}.", is_list_item=True, marker=f"({n})") for n, verb in numbered
    )
    job = _original_job(_section(items), "en")
    assert [p[0] for p in job.paragraphs] == ["1.", "2.", "3.", "4.", "5."]
    letters = tuple(Paragraph(f"Item {c}.", is_list_item=True, marker=f"({c})") for c in "ghij")
    job = _original_job(_section(letters), "en")
    assert [p[0] for p in job.paragraphs] == ["g.", "h.", "i.", "j."]
    # The page's read-along finds each number where the voice says it.
    timings = tuple(
        SentenceTiming(text, 1.0 * n, 1.0 * n + 0.9)
        for n, text in enumerate(s for p in job.paragraphs for s in p)
    )
    clip = AudioClip("01-x", "original", Path("x.mp3"), 9.0, timings)
    blocks = readalong.original_blocks(_section(letters), clip)
    assert [block.cues[0].start for block in blocks] == [0.0, 2.0, 4.0, 6.0]


def test_a_caption_shows_what_is_heard_not_a_transcripts_notes() -> None:
    # "… flooding. (Applause.)" was captioned with the note the voice no longer says.
    from pipeline.models import AudioClip, SentenceTiming

    timings = (
        SentenceTiming("We will rebuild after the flooding. (Applause.)", 0.0, 2.0),
        SentenceTiming("[inaudible]", 2.0, 2.5),
        SentenceTiming("A tax credit -- (applause) -- to encourage work.", 2.5, 4.0),
        SentenceTiming("(Laughter) Thank you.", 4.0, 5.0),
    )
    vtt = readalong.webvtt(AudioClip("01-x", "original", Path("x.mp3"), 5.0, timings))
    cues = [block.split("\n", 2)[2] for block in vtt.strip().split("\n\n")[1:]]
    assert cues == [
        "We will rebuild after the flooding.",
        "A tax credit -- to encourage work.",
        "Thank you.",
    ]
    assert "00:00:04.000 --> 00:00:05.000" in vtt  # each cue keeps its sentence's time


def test_the_plain_version_links_its_words_again() -> None:
    section = Section(
        "01-a", 1, SectionKind.BODY, "A", (Paragraph("See the [guide](https://e.org/j)."),), ()
    )
    from pipeline.models import FactCheck, PlainSection

    plain = PlainSection("01-a", ("Read the guide.",), ("Read the guide.",), (), FactCheck((), ()))
    [block] = readalong.plain_blocks(plain, None, section)
    assert block.cues[0].html == 'Read the <a href="https://e.org/j">guide</a>.'


def test_a_caption_shows_the_words_not_their_note_marks() -> None:
    # "… in 2024–25.¹" was captioned with the mark the voice does not say; a unit's power stays.
    from pipeline.models import AudioClip, SentenceTiming

    timings = (
        SentenceTiming("Funding rose by 12% in 2024–25.¹", 0.0, 2.0),
        SentenceTiming("The Convention² was ratified.[3]", 2.0, 4.0),
        SentenceTiming("The flood covered 10 km² of land.", 4.0, 5.0),
    )
    vtt = readalong.webvtt(AudioClip("01-x", "original", Path("x.mp3"), 5.0, timings))
    cues = [block.split("\n", 2)[2] for block in vtt.strip().split("\n\n")[1:]]
    assert cues == [
        "Funding rose by 12% in 2024–25.",
        "The Convention was ratified.",
        "The flood covered 10 km² of land.",
    ]


def test_a_direction_is_shown_in_italics_and_left_out_of_the_captions() -> None:
    from pipeline.models import AudioClip, SentenceTiming

    direction = "[At this point, a moment of silence was observed.]"
    paragraphs = (
        Paragraph(direction),
        Paragraph("Amen. (Applause.)"),
        Paragraph("We will win (Laughter) and go on."),
    )
    cues = [c for b in readalong.original_blocks(_section(paragraphs), None) for c in b.cues]
    assert [c.html for c in cues] == [
        f'<i class="direction">{direction}</i>',
        "Amen.",
        '<i class="direction">(Applause.)</i>',
        'We will win <i class="direction">(Laughter)</i> and go on.',
    ]
    timings = (SentenceTiming(direction, 0.0, 0.5), SentenceTiming("Amen.", 0.5, 1.0))
    vtt = readalong.webvtt(AudioClip("01-x", "original", Path("x.mp3"), 1.0, timings))
    assert "moment of silence" not in vtt and "Amen." in vtt

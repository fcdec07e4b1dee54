"""Text laid out sentence by sentence with the times each sentence is heard, for HTML and EPUB.

The HTML read-along, the EPUB media overlays and the WebVTT captions all need the same thing: the
displayed text cut into sentences, each tied to its start and end in a clip. The times come from
synthesis (`AudioClip.timings`), so no forced alignment is needed; this module only pairs them up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Final, TypeVar

from pipeline.models import AudioClip, PlainSection, Section, SectionKind, SentenceTiming
from pipeline.text import (
    directions_in,
    markdown_links,
    markdown_to_html,
    markdown_to_plain,
    roman_value,
    split_sentences,
    without_note_marks,
    without_stage_directions,
)

IMAGE: Final = re.compile(r'<img src="[^"]*" alt="([^"]*)"(?: title="[^"]*")? />')
"""An image Markdown rendered ("![Logo](https://…)"); raw HTML is off, so only Markdown
makes one."""
VTT_LINE: Final = 42
"""Most characters on a caption line (the usual subtitle guideline)."""
VTT_LINES: Final = 2
"""Most lines in one caption cue."""
T = TypeVar("T")


@dataclass(frozen=True)
class Cue:
    """A piece of displayed text and, when it was spoken, where it is heard."""

    html: str
    """Safe inline HTML (escaped text, or Markdown rendered with raw HTML off)."""
    text: str
    """The same words as plain text."""
    start: float | None = None
    """Start in seconds in the clip, or None when the clip does not speak it."""
    end: float | None = None
    """End in seconds in the clip."""

    @property
    def timed(self) -> bool:
        """True when the cue can be highlighted and sought to."""
        return self.start is not None and self.end is not None


@dataclass(frozen=True)
class Block:
    """A paragraph, heading or list item, as a sequence of cues."""

    cues: tuple[Cue, ...]
    """The sentences (or the whole paragraph when it carries emphasis or links)."""
    is_list_item: bool = False
    """True for a bullet or numbered item."""
    is_heading: bool = False
    """True for a heading line inside the section."""
    nested: bool = False
    """True for a list item indented under the item above it (a "(a)" under a "1.", an
    indented "-" bullet): shown as a list inside that item. The statement's model knows one
    level of nesting, so deeper items are shown at this level too."""
    marker: str = ""
    """A numbered item's own number as written ("3.", "(a)"); empty for a bullet or prose."""
    language: str = ""
    """The other language a paragraph of a mixed statement is in ("fr"), for the page's and
    the book's `lang` (WCAG 3.1.2, language of parts): a screen reader says it in that
    language's voice. Empty for the statement's own language."""


class _Timeline:
    """Hands out a clip's sentence timings in order, skipping any the text does not show.

    Announcements or other spoken extras have timings of their own; searching forward for the
    next timing with the same text skips them without losing the order.
    """

    def __init__(self, timings: Sequence[SentenceTiming], duration: float) -> None:
        self.timings = list(timings)
        self.duration = duration
        self.cursor = 0

    def take_next(self, text: str) -> SentenceTiming | None:
        """The next timing if it says `text` (a paragraph's spoken number), else None."""
        if self.cursor < len(self.timings) and self.timings[self.cursor].text == text:
            return self.take(text)
        return None

    def take(self, text: str) -> SentenceTiming | None:
        wanted = " ".join(text.split())
        for index in range(self.cursor, len(self.timings)):
            if " ".join(self.timings[index].text.split()) == wanted:
                self.cursor = index + 1
                timing = self.timings[index]
                end = min(timing.end, self.duration)
                if end <= timing.start:
                    return None
                return SentenceTiming(timing.text, timing.start, end)
        return None


def spoken_number(marker: str, previous: str = "") -> str:
    """A paragraph's own number as it is said before its words: "1." (said "One."), "a.".

    "(a)" is "a.", "iii)" is "iii.", "3(1)" is "3(1)." (said "three one"). The number alone,
    as a person reading a numbered document aloud says it ("One. The Security Council
    reaffirms …"), rather than "Paragraph 1.": the same words fit every numbered thing (a
    resolution's paragraphs, a list's steps, an "(a)" under a "1."), where "paragraph" would
    be wrong for the last two and plainvoice cannot tell them apart; and it is short, so a
    20-paragraph resolution does not say "paragraph" twenty times after the part's
    announcement has said where the listener is. It is spoken, and captioned, as a sentence of
    its own before the paragraph's first, so the listener hears the number a reader sees and
    cites ("paragraph 3"), and the captions show what is said. Brackets are not said; a
    letter is said as a letter ("a." is the letter's name, not the article).

    `previous` is the list item's marker before this one ("" for none): a lone "(i)" is the
    first sub-paragraph, said "1." (as a letter, "i.", it was heard as the pronoun), unless
    it follows "(h)"; "(v)" and "(x)" are numbers after "(iv)" and "(ix)", else letters.
    """
    label = _label(marker)
    if _ROMAN.fullmatch(label.lower()) and (len(label) > 1 or _numeral(label, previous)):
        # "iii." was heard as "Parliamentary" (Whisper, on Piper's voice): the number is said.
        label = str(roman_value(label.lower()))
    return f"{label}." if label else ""


def _label(marker: str) -> str:
    """A marker without its brackets or stop: "(iv)" -> "iv", "3." -> "3"."""
    label = marker.strip()
    if label.startswith("(") and label.endswith(")"):
        return label[1:-1]
    if label.endswith((".", ")")) and not label.endswith("))") and "(" not in label:
        return label[:-1]
    return label


def _numeral(letter: str, previous: str) -> bool:
    """Whether a one-letter marker "i", "v" or "x" is a roman numeral after `previous`."""
    before = _label(previous).lower()
    if letter.lower() == "i":
        return before != "h"
    return (
        bool(before)
        and _ROMAN.fullmatch(before) is not None
        and (roman_value(before) == roman_value(letter.lower()) - 1)
    )


_ROMAN: Final = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")
"""A roman numeral up to 39, as sub-paragraphs are numbered: "ii", "iv", "xii"."""


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def _marked(sentence: str) -> str:
    """A sentence as HTML, its transcript directions set in italics ("<i>[Applause]</i>").

    The voice leaves them out; in the text they stay, brackets and all, and the italics
    show at a glance that the speaker did not say them.
    """
    parts, at = [], 0
    for start, end in directions_in(sentence):
        parts += [
            _escape(sentence[at:start]),
            f'<i class="direction">{_escape(sentence[start:end])}</i>',
        ]
        at = end
    return "".join(parts) + _escape(sentence[at:])


def _timeline(clip: AudioClip | None) -> _Timeline:
    return _Timeline(clip.timings if clip else (), clip.duration if clip else 0.0)


def _cues(
    sentences: Sequence[str], timeline: _Timeline, marker: str = "", previous: str = ""
) -> tuple[Cue, ...]:
    cues = []
    number = timeline.take_next(spoken_number(marker, previous)) if marker else None
    for sentence in sentences:
        timing = timeline.take(sentence)
        if number is not None and timing is not None:
            # The item is lit from its number on: "One." is heard as part of paragraph 1.
            timing, number = replace(timing, start=number.start), None
        cues.append(
            Cue(
                html=_marked(sentence),
                text=sentence,
                start=timing.start if timing else None,
                end=timing.end if timing else None,
            )
        )
    return tuple(cues)


def original_blocks(section: Section, clip: AudioClip | None) -> tuple[Block, ...]:
    """The section as written, cut into the sentences the original clip speaks."""
    from markdown_it.common.utils import escapeHtml

    timeline = _timeline(clip)
    blocks: list[Block] = []
    previous = ""
    for paragraph in section.paragraphs:
        plain = markdown_to_plain(paragraph.text)
        if not plain:
            continue
        whole = section.kind is SectionKind.TITLE or paragraph.is_heading
        sentences = [plain] if whole else split_sentences(plain) or [plain]
        # An image in the statement is shown as its words: the page and the book hold no
        # picture the package lacks, and fetch nothing from another site when opened.
        html = IMAGE.sub(r"\1", markdown_to_html(paragraph.text)).strip()
        marker = paragraph.marker if paragraph.is_list_item else ""
        before, previous = previous, marker
        if html == escapeHtml(plain):
            cues = _cues(sentences, timeline, marker, before)
        else:
            # Emphasis or a link would be cut in two by a sentence boundary: the paragraph is one
            # cue, heard from its first sentence's start (or number's) to its last sentence's end.
            number = timeline.take_next(spoken_number(marker, before)) if marker else None
            timings = [t for t in (timeline.take(s) for s in sentences) if t is not None]
            if number is not None and timings:
                timings[0] = replace(timings[0], start=number.start)
            cues = (
                Cue(
                    html=html,
                    text=plain,
                    start=timings[0].start if timings else None,
                    end=timings[-1].end if timings else None,
                ),
            )
        nested = paragraph.is_list_item and paragraph.nested
        blocks.append(
            Block(
                cues,
                paragraph.is_list_item,
                paragraph.is_heading,
                nested,
                marker,
                language=paragraph.language,
            )
        )
    return tuple(blocks)


def plain_blocks(
    plain: PlainSection, clip: AudioClip | None, section: Section | None = None
) -> tuple[Block, ...]:
    """The plain-language version, cut into the sentences the plain clip speaks.

    When the plain paragraphs match the original's one for one, the original's list items stay
    list items.
    """
    timeline = _timeline(clip)
    items = list_items(plain, section)
    nesting = nested_items(plain, section, items)
    numbers = markers(plain, section)
    # A paragraph in another language is kept as written, so its words find its language.
    foreign = {
        markdown_to_plain(p.text): p.language
        for p in (section.paragraphs if section is not None else ())
        if p.language
    }
    links = plain_links(plain, section)
    return tuple(
        Block(
            _linked(
                _cues(split_sentences(paragraph) or [paragraph], timeline, number, before), links
            ),
            is_list_item=item,
            nested=nested,
            marker=number,
            language=foreign.get(paragraph, ""),
        )
        for paragraph, item, nested, number, before in zip(
            plain.paragraphs, items, nesting, numbers, previous_markers(numbers), strict=True
        )
        if paragraph.strip()
    )


def plain_links(plain: PlainSection, section: Section | None) -> list[tuple[str, str]]:
    """The links the plain version shows, as (words, address), to be placed where words match.

    A person's edited links win (`PlainSection.links`); otherwise the original's, each made a
    link again where the plain words still say it (the rewriter works on words alone).
    """
    if plain.links is not None:
        return list(plain.links)
    paragraphs = section.paragraphs if section is not None else ()
    return [link for p in paragraphs for link in markdown_links(p.text)]


def _linked(cues: tuple[Cue, ...], links: list[tuple[str, str]]) -> tuple[Cue, ...]:
    """Cues with the first place each link's words are said made that link again.

    The rewriter works on words, so the plain version lost the original's links: "see the
    jury service guide" could not be followed. `links` loses the ones placed.
    """
    if not links:
        return cues
    shown = []
    for cue in cues:
        html = cue.html
        for link in list(links):
            words, href = link
            said = re.compile(rf"(?<!\w){re.escape(_escape(words))}(?!\w)")
            parts = re.split(r"(<a [^>]*>.*?</a>)", html)  # never inside a link made already
            for index in range(0, len(parts), 2):
                found = said.search(parts[index])
                if found is None:
                    continue
                links.remove(link)
                part = parts[index]
                anchor = f'<a href="{_escape(href)}">{found.group()}</a>'
                parts[index] = part[: found.start()] + anchor + part[found.end() :]
                html = "".join(parts)
                break
        shown.append(replace(cue, html=html))
    return tuple(shown)


def previous_markers(numbers: Sequence[str]) -> tuple[str, ...]:
    """For each paragraph, the number of the one before it ("" for the first).

    The speech and the captions ask `spoken_number` with the same neighbours.
    """
    return ("", *numbers[:-1]) if numbers else ()


def list_items(plain: PlainSection, section: Section | None) -> tuple[bool, ...]:
    """Which plain paragraphs are list items: as the rewriter says, else the original's.

    The original's count only when the plain paragraphs match them one for one.
    """
    if plain.list_items and len(plain.list_items) == len(plain.paragraphs):
        return plain.list_items
    written = [p for p in section.paragraphs if markdown_to_plain(p.text)] if section else []
    if len(written) != len(plain.paragraphs):
        return (False,) * len(plain.paragraphs)
    return tuple(paragraph.is_list_item for paragraph in written)


def markers(plain: PlainSection, section: Section | None) -> tuple[str, ...]:
    """Each plain paragraph's own number ("3.", "(a)"; "" for none).

    As the rewriter or the person says, else the original's where the plain paragraphs match
    them one for one. Only a list item has one: a paragraph made prose has no number.
    """
    items = list_items(plain, section)
    if plain.markers and len(plain.markers) == len(plain.paragraphs):
        found = plain.markers
    else:
        written = [p for p in section.paragraphs if markdown_to_plain(p.text)] if section else []
        if len(written) != len(plain.paragraphs):
            return ("",) * len(plain.paragraphs)
        found = tuple(paragraph.marker for paragraph in written)
    return tuple(marker if item else "" for marker, item in zip(found, items, strict=True))


_PLAIN_NUMBER: Final = re.compile(r"^(\d{1,3})\.$")
"""A number an HTML list shows itself: "3." is `<li value="3">`."""


def grouped(blocks: Sequence[Block], render: Callable[[Block], T]) -> list[dict[str, Any]]:
    """Blocks as paragraphs and lists, for the page and the book.

    Consecutive list items form one list; a nested item goes in a list inside the item above
    it. Each group is {"list": bool, "style": …, "entries": [{"cues": …, "mark": …,
    "children": […], "child_marks": […], "child_style": …}]}, where the entries' cues and
    children are what `render` makes of a block, called in reading order. Numbered items and
    bullets side by side are two lists. A list's style says how its numbers are shown
    (`list_style`) and each mark is {"text": "(a)", "value": 3 for "3." else None}.
    """
    groups: list[dict[str, Any]] = []
    for block in blocks:
        rendered = render(block)
        mark = {"text": block.marker, "value": _value(block.marker)}
        last = groups[-1] if groups and groups[-1]["list"] else None
        if block.is_list_item and last is not None and block.nested:
            last["entries"][-1]["children"].append(rendered)
            last["entries"][-1]["child_marks"].append(mark)
        elif block.is_list_item and last is not None and last["numbered"] == bool(block.marker):
            last["entries"].append(_entry(rendered, mark))
        else:
            groups.append(
                {
                    "list": block.is_list_item,
                    "numbered": bool(block.marker),
                    "entries": [_entry(rendered, mark)],
                }
            )
    for group in groups:
        group["style"] = list_style([entry["mark"] for entry in group["entries"]])
        for entry in group["entries"]:
            entry["child_style"] = list_style(entry["child_marks"])
    return groups


def _entry(rendered: object, mark: dict[str, Any]) -> dict[str, Any]:
    return {"cues": rendered, "mark": mark, "children": [], "child_marks": []}


def _value(marker: str) -> int | None:
    found = _PLAIN_NUMBER.match(marker)
    return int(found.group(1)) if found else None


def list_style(marks: Sequence[dict[str, Any]]) -> str:
    """How a list shows its items' numbers.

    "bullets": `<ul>`, no item has a number. "values": `<ol>` with each `<li value>`, as every
    number is "3."-like, so the list's own numbers are the document's. "marks": `<ol>` showing
    each number as written ("(a)", "3(1)") as text, which a screen reader reads with the item,
    and no list numbering of its own.
    """
    if not any(mark["text"] for mark in marks):
        return "bullets"
    if all(mark["value"] is not None for mark in marks):
        return "values"
    return "marks"


def nested_items(
    plain: PlainSection, section: Section | None, items: Sequence[bool]
) -> tuple[bool, ...]:
    """Which plain paragraphs are list items nested under the item above: the original's.

    The rewriter keeps no nesting of its own. Where the plain paragraphs match the original's
    one for one, each takes its own; where the rules split an item in two ("one idea per
    item"), each plain item takes the nesting of the original paragraph its words came from:
    a sub-item after a split item had been set out at the top level.
    """
    written = [p for p in section.paragraphs if markdown_to_plain(p.text)] if section else []
    if not any(paragraph.is_list_item and paragraph.nested for paragraph in written):
        return (False,) * len(items)
    if len(written) == len(items) and all(
        paragraph.is_list_item == item for paragraph, item in zip(written, items, strict=True)
    ):
        return tuple(paragraph.is_list_item and paragraph.nested for paragraph in written)
    origins = _origins(plain.paragraphs, [markdown_to_plain(p.text) for p in written])
    return tuple(
        item and origin is not None and written[origin].is_list_item and written[origin].nested
        for item, origin in zip(items, origins, strict=False)
    ) + (False,) * max(0, len(items) - len(origins))


def _origins(plain: Sequence[str], written: Sequence[str]) -> list[int | None]:
    """For each plain paragraph, the original paragraph most of its matched words come from."""
    from collections import Counter
    from difflib import SequenceMatcher

    def words(paragraphs: Sequence[str]) -> list[tuple[int, str]]:
        return [
            (index, word.lower())
            for index, paragraph in enumerate(paragraphs)
            for word in re.findall(r"\w+", paragraph)
        ]

    plain_words, written_words = words(plain), words(written)
    matcher = SequenceMatcher(
        None, [w for _, w in plain_words], [w for _, w in written_words], autojunk=False
    )
    votes: list[Counter[int]] = [Counter() for _ in plain]
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            votes[plain_words[block.a + offset][0]][written_words[block.b + offset][0]] += 1
    return [vote.most_common(1)[0][0] if vote else None for vote in votes]


def clock(seconds: float) -> str:
    """Seconds as a WebVTT and SMIL clock value, HH:MM:SS.mmm."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest / 1000:06.3f}"


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _caption_lines(text: str) -> list[str]:
    """Lines of at most 42 characters, as even as the fewest cues allow (no one-word orphan).

    A word longer than a line (a web address, a chemical name) is cut into line-long pieces:
    whole, it made one caption line hundreds of characters wide.
    """
    text = " ".join(
        word[start : start + VTT_LINE]
        for word in text.split()
        for start in range(0, len(word), VTT_LINE)
    )
    greedy = _wrap(text, VTT_LINE)
    # A text that needs more than one cue fills every cue's lines, so the last is not an orphan.
    slots = len(greedy) if len(greedy) <= VTT_LINES else -(-len(greedy) // VTT_LINES) * VTT_LINES
    narrowest = max(1, -(-len(" ".join(text.split())) // slots))
    for width in range(narrowest, VTT_LINE):
        lines = _wrap(text, width)
        if len(lines) <= slots:
            return lines
    return greedy


def webvtt(clip: AudioClip) -> str:
    """WebVTT captions for a clip, one cue per sentence as synthesised (long ones cut in turns).

    A sentence longer than two caption lines is shown in several cues, its time shared out by
    the characters in each, so no cue holds more than two lines of 42 characters. A caption
    shows what is heard: a transcript's note ("(Applause.)", "[inaudible]"), which the voice
    does not say, is left out.
    """
    out = ["WEBVTT", ""]
    number = 0
    for timing in clip.timings:
        end = min(timing.end, clip.duration)
        heard = without_note_marks(without_stage_directions(timing.text))
        if end <= timing.start or not heard.strip():
            continue
        lines = _caption_lines(heard)
        groups = [lines[i : i + VTT_LINES] for i in range(0, len(lines), VTT_LINES)]
        total = sum(len(" ".join(group)) for group in groups)
        start = timing.start
        for index, group in enumerate(groups):
            share = len(" ".join(group)) / total
            stop = end if index == len(groups) - 1 else start + (end - timing.start) * share
            number += 1
            text = "\n".join(_escape_vtt(line) for line in group)
            out += [str(number), f"{clock(start)} --> {clock(stop)}", text, ""]
            start = stop
    return "\n".join(out)


def _escape_vtt(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

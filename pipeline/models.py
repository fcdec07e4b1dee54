"""Typed values passed between the stages; dicts appear only at the JSON edges."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Final


class SectionKind(StrEnum):
    """What role a section plays in a statement; the greeting and closing are spoken differently."""

    TITLE = "title"
    GREETING = "greeting"
    BODY = "body"
    CLOSING = "closing"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph or list item of the statement, as written (Markdown kept for display)."""

    text: str
    """Display text with Markdown emphasis kept."""
    is_list_item: bool = False
    """True for a bullet or numbered item."""
    is_heading: bool = False
    """True for a heading line (Markdown `#`)."""
    heading_level: int = field(default=0, compare=False)
    """1-6 for a Markdown heading (its number of `#`); 0 for a heading told by its looks, and
    for prose. Says which headings are parts of which when short sections are joined."""
    nested: bool = field(default=False, compare=False)
    """True for a list item indented under another: it belongs with the item above it, so a
    long list is never cut between an item ("… replacing them with H-1B workers:") and its
    sub-items."""
    marker: str = ""
    """A numbered item's own number or letter as written: "1.", "2)", "(a)", "iii)", "3(1)".
    Empty for a bullet and for prose. People cite such paragraphs by it ("paragraph 3"), so it
    is kept apart from the words (never scored, rewritten or fact-checked) and shown, and
    said, at the paragraph's start."""
    language: str = field(default="", compare=False)
    """ISO 639-1 code of the other language a paragraph of a mixed statement is in ("" for
    the statement's own): such a paragraph is left as written, never run through rules made
    for the statement's language."""


@dataclass(frozen=True)
class TableData:
    """A table of the statement as rows of cells, beside the lines it is read as.

    Every stage reads a table as its lines (one paragraph a row, each figure said with its
    heading: "Northbank – Homes protected: 1,200"), which is what a listener hears and what
    the text files keep. The page and the book show the same rows as a real table, which a
    screen reader's table commands can move through, cell by cell, with the headings said.
    """

    lines: tuple[str, ...]
    """The paragraphs the table is written as, in order: its caption when it has one, the
    heading row, then one line a row (Markdown, as in the loaded text)."""
    head: tuple[str, ...]
    """The column headings (Markdown); empty for a table of labelled rows with no heading
    row ("Date | 18 June", "Place | Shire Hall"), whose first cells head their rows."""
    rows: tuple[tuple[str, ...], ...]
    """The body's cells, row by row (Markdown); each row has as many cells as `head`. Both
    empty: no table to show, only lines to read."""
    caption: str = ""
    """The table's own caption, written as the first of `lines`; "" when it has none."""
    title: str = ""
    """The heading the table stands under, which names it when it has no caption of its own."""
    row_headings: bool = False
    """True when each row's first cell names the row ("Northbank"), so it heads that row."""

    @property
    def shown(self) -> bool:
        """Whether the page and the book show the table as a table, not as its lines."""
        return bool(self.head or self.rows)


@dataclass(frozen=True)
class StatementMeta:
    """Facts read from the title block: who spoke, where and when."""

    title: str
    """The statement's title, e.g. "Video Statement (As delivered)"."""
    speaker: str | None = None
    """Name of the speaker, e.g. "Jürgen Stock"."""
    speaker_role: str | None = None
    """Role of the speaker, e.g. "INTERPOL Secretary General"."""
    event: str | None = None
    """The event, e.g. "14th United Nations Congress on Crime Prevention and Criminal Justice"."""
    place: str | None = None
    """Where it was given, e.g. "Kyoto, Japan"."""
    date_text: str | None = None
    """The date as written, e.g. "7-9 March 2021"."""
    date_start: str | None = None
    """ISO 8601 start date, e.g. "2021-03-07"."""
    date_end: str | None = None
    """ISO 8601 end date when the date is a range."""
    notes: tuple[str, ...] = ()
    """Delivery notes such as "As delivered"."""


@dataclass(frozen=True)
class Section:
    """A part of the statement that is scored, rewritten and spoken on its own."""

    id: str
    """Stable slug, unique within the statement, safe as a file name."""
    index: int
    """Position in the statement, from 1."""
    kind: SectionKind
    """Role of the section."""
    title: str
    """Short, meaningful title for navigation and chapters."""
    paragraphs: tuple[Paragraph, ...]
    """The paragraphs and list items, in order."""
    sentences: tuple[str, ...]
    """Plain-text sentences (no Markdown), for scoring and speech."""
    from_heading: bool = field(default=False, compare=False)
    """True when a heading of the statement gave the title; False for a title made from the
    words or a label ("Greeting"). Only a heading is written back into `statement.txt`, so a
    re-run of that file finds the same sections."""

    @property
    def plain_text(self) -> str:
        """The section's text without Markdown, one sentence after another."""
        return " ".join(self.sentences)

    @property
    def word_count(self) -> int:
        """Words in the section, counted on the plain text."""
        return len(self.plain_text.split())


@dataclass(frozen=True)
class Statement:
    """The whole statement after splitting."""

    source_name: str
    """File name the statement came from, or "<stdin>"."""
    language: str
    """ISO 639-1 code of the statement's language."""
    meta: StatementMeta
    """Title-block facts."""
    sections: tuple[Section, ...]
    """Sections in reading order."""
    text: str
    """The normalised source text (Markdown)."""
    tables: tuple[TableData, ...] = ()
    """The statement's tables, shown as tables on the page and in the book."""
    follow: tuple[tuple[str, str], ...] = ()
    """The page's "Follow us on X, Facebook" links as (words, address): boilerplate, never read
    out or rewritten, but shown as links at the foot of the page for a reader who wants them."""
    notes: tuple[str, ...] = ()
    """What reading the input changed that the user is told, as warnings (controls dropped)."""


@dataclass(frozen=True)
class LanguageScore:
    """A readability formula made for the statement's language, with its value."""

    name: str
    """The formula's name, e.g. "Fernández Huerta reading ease"."""
    value: float
    """Its value for the text."""
    scale: str
    """How to read the value, e.g. "0-100, higher is easier"."""


@dataclass(frozen=True)
class Readability:
    """Readability scores of a text, from textstat, with a plain-words verdict."""

    flesch_reading_ease: float
    """0-100; higher is easier (60-70 is plain English)."""
    flesch_kincaid_grade: float
    """US school grade needed to follow the text."""
    gunning_fog: float
    """Years of schooling needed, from sentence length and long words."""
    smog_index: float
    """Grade from polysyllable count."""
    coleman_liau_index: float
    """Grade from letters per word and sentences per word."""
    dale_chall: float
    """Dale-Chall score (below 5 is easy for a 4th grader; 9-10 college)."""
    consensus_grade: float
    """textstat's consensus of the grade formulas."""
    words: int
    """Word count."""
    sentences: int
    """Sentence count."""
    reading_seconds: float
    """Time to read silently, at 238 words a minute."""
    listening_seconds: float
    """Time to listen, at 150 words a minute."""
    grade: float
    """The school grade the verdict and the page's chart give, to one decimal: Flesch-Kincaid
    in English, the formula made for the language elsewhere (so both say the same number)."""
    verdict: str
    """The grade in words, e.g. "about grade 14: hard (university level)"."""
    language: str = "en"
    """ISO 639-1 language the text was scored as."""
    formulas: tuple[str, ...] = ()
    """Names of the formulas made for this language; the others are English-calibrated."""
    language_scores: tuple[LanguageScore, ...] = ()
    """Scores from the formulas made for this language (for English, none beyond the above)."""
    grade_measure: str = "Flesch-Kincaid grade"
    """The formula `grade` and `verdict` come from (one of `formulas`, or Flesch-Kincaid for a
    language with none of its own), so grades from unlike formulas are not compared."""


@dataclass(frozen=True)
class FactCheck:
    """Which facts of the original the plain version kept."""

    facts: tuple[str, ...]
    """Numbers, dates and proper names found in the original."""
    missing: tuple[str, ...]
    """Facts of the original not found in the plain version (empty when all kept)."""
    invented: tuple[str, ...] = ()
    """Numbers and names in the plain version that the original does not have."""

    @property
    def ok(self) -> bool:
        """True when no fact was lost and none was invented."""
        return not self.missing and not self.invented


NOT_REWRITTEN: Final = "not rewritten: the plain-language rules are for English"
"""The change recorded for a section in another language, which is left as written."""
LEFT_AS_WRITTEN: Final = "left as written: a paragraph in another language"
"""The change recorded for each paragraph of a mixed-language statement in another language
than the statement's (followed by its code and first words)."""


@dataclass(frozen=True)
class PlainSection:
    """The plain-language version of one section."""

    section_id: str
    """Id of the section it rewrites."""
    sentences: tuple[str, ...]
    """The plain sentences, in order."""
    paragraphs: tuple[str, ...]
    """Plain text grouped as the original's paragraphs were."""
    changes: tuple[str, ...]
    """One line per change made, for review (e.g. "commence → start")."""
    facts: FactCheck
    """The fact guard's verdict."""
    fallbacks: tuple[str, ...] = ()
    """Sentences kept in their original wording because a rewrite failed the fact guard."""
    in_short: tuple[str, ...] = ()
    """One to three key points taken from the section's own plain sentences."""
    target_grade: float | None = None
    """The Flesch-Kincaid grade the rewriter aimed at."""
    grade: float | None = None
    """The plain version's Flesch-Kincaid grade."""
    reviewed: bool = False
    """True when a person's edited text (`--plain-from`) replaced the rewriter's."""
    list_items: tuple[bool, ...] = ()
    """Which paragraphs are list items, one flag each; empty when not known (then the
    original's list items are used where the paragraphs match them one for one)."""
    markers: tuple[str, ...] = ()
    """Each paragraph's own number as the original writes it ("3.", "(a)"), "" for none; empty
    when not known (then the original's are used where the paragraphs match them one for one).
    A plain paragraph 3 is still paragraph 3, however many sentences the rewrite made of it."""
    links: tuple[tuple[str, str], ...] | None = None
    """A person's links as (words, address), from an edited plain.md: an editor may add, move
    or re-address a link. None: the original's links, made again where the plain words still
    say them (`readalong.plain_links`)."""

    @property
    def met_target(self) -> bool | None:
        """Whether the plain version reached the target grade (None when no target was set)."""
        if self.target_grade is None or self.grade is None:
            return None
        return self.grade <= self.target_grade

    @property
    def left_as_written(self) -> bool:
        """True when the rules did not touch the text (another language) and no person did."""
        return NOT_REWRITTEN in self.changes and not self.reviewed

    @property
    def flagged(self) -> bool:
        """True when a person should review the section: a fact failed or a rewrite was undone."""
        return bool(self.fallbacks) or not self.facts.ok

    @property
    def text(self) -> str:
        """The plain text as one string."""
        return " ".join(self.sentences)


@dataclass(frozen=True)
class SentenceTiming:
    """Where one sentence lies in a section's audio."""

    text: str
    """The sentence as displayed."""
    start: float
    """Start in seconds."""
    end: float
    """End in seconds."""
    kind: str = "sentence"
    """"sentence" (displayed text), "announcement" (a spoken section title) or "chapter"."""


@dataclass(frozen=True)
class AudioClip:
    """One MP3 written for a section's original or plain text."""

    section_id: str
    """The section it speaks."""
    version: str
    """"original" or "plain"."""
    path: Path
    """Where the MP3 is."""
    duration: float
    """Length in seconds."""
    timings: tuple[SentenceTiming, ...] = field(default=())
    """Sentence timings within the clip."""


@dataclass(frozen=True)
class StatementAudio:
    """One MP3 of the whole statement in one version, with an ID3 chapter per section."""

    version: str
    """"original" or "plain"."""
    path: Path
    """Where the MP3 is."""
    duration: float
    """Length in seconds."""
    chapters: tuple[SentenceTiming, ...] = field(default=())
    """Each section's title, start and end within the file (kind "chapter")."""


MANIFEST_NAME: Final = "manifest.json"
"""The package's description of itself, which a re-run compares and `check` verifies."""


def is_package(folder: Path) -> bool:
    """True when `folder` holds a package plainvoice wrote (its manifest names the tool)."""
    try:
        manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    tool = manifest.get("tool") if isinstance(manifest, dict) else None
    return isinstance(tool, dict) and tool.get("name") == "plainvoice"


def package_as_output_problems(output_dir: Path) -> list[str]:
    """An output folder that is itself a package: another package inside it would break it.

    `run notice.txt -o site/statement` (the package, not the folder that holds it) wrote
    `site/statement/notice/` and `notice.zip` into the package, and `check` then found nine
    files its manifest did not list.
    """
    if not is_package(output_dir):
        return []
    return [
        f"output folder {output_dir} is a package itself, and a package written inside it "
        f"would break it: give the folder that holds it (-o {os.path.normpath(output_dir / '..')})"
    ]


@dataclass(frozen=True)
class Package:
    """Where the finished package is."""

    folder: Path
    zip_path: Path
    manifest: dict[str, Any]

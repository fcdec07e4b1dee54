"""The review loop: an editable `plain.md`, and a person's edits read back into the next run.

`plain.md` holds the plain version with a marker before each section. A press officer edits
the text between the markers and runs `plainvoice run INPUT --plain-from plain.md`; the edited
sections replace the rewriter's, are still fact-checked (warnings only: a person has the last
word), are marked "reviewed by a person", and only sections whose text changed are spoken again.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

from pipeline.errors import InputError
from pipeline.models import AudioClip, PlainSection, Section, SentenceTiming, Statement
from pipeline.stages import factguard, readalong
from pipeline.stages.bundle import list_depths, list_prefix, plain_depths
from pipeline.stages.split import NUMBER_MARK
from pipeline.text import (
    markdown_escape,
    markdown_links,
    markdown_to_plain,
    markdown_with_links,
    split_sentences,
)

_MARKER: Final = re.compile(r"^\s*<!--\s*section\s*:?\s*(?P<id>[\w.-]+)\s*-->\s*$", re.IGNORECASE)
"""A section's marker, as written or as an editor may leave it: indented, "Section", no colon."""
_END: Final = re.compile(r"^\s*<!--\s*end\s+section\s*-->\s*$", re.IGNORECASE)
_COMMENT_OPEN: Final = "<!--"
_COMMENT_CLOSE: Final = "-->"
_HEADING: Final = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")
"""A Markdown heading (the section's title); "#MeToo" at a line's start is a word."""
_HEADING_MARKS: Final = re.compile(r"^ {0,3}#{1,6}\s*|\s+#+\s*$")
"""A heading's opening and closing hashes ("### Key dates ##")."""
_LIST_ITEM: Final = re.compile(rf"^ *(?:[-*+]|(?P<number>{NUMBER_MARK}))\s+")
"""A list item's marker, a bullet or a number as the statement's own numbered paragraphs are
written ("2.", "2)", "(a)", "3(1)"), indented under its item if it is a sub-item: the text's
own line-start dashes and numbers are written escaped ("\\-", "2024\\.", "\\(a)")."""
_QUOTE_MARKS: Final = re.compile(r"^ {0,3}(?:> ?)+")
"""A quotation's marks ("> ", "> > "): an editor may quote a line; "\\>" is the text's own."""
_THEMATIC_BREAK: Final = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
"""A rule between paragraphs ("---", "* * *"); the text's own is written escaped ("\\---")."""
_BROKEN_MARKER: Final = re.compile(
    r"^\s*<!?-{1,2}\s*(?:section\s*:?\s*[\w.-]+|end\s+section)\s*-{0,2}>?\s*$", re.IGNORECASE
)
"""A section marker or end marker as an editor may have broken it: "<!-- section: 03-x" with no
"-->", "<!- section: 03-x -->"; a note that starts "<!-- Section 3 is …" is none."""
_FIRST_NUMBERS: Final = frozenset({"1", "a", "i"})
"""Numbers that may start a list inside a paragraph: "2024. It was …" wrapped onto a line of its
own goes on the paragraph."""
HEADER: Final = (
    "<!-- plainvoice plain-language version. Edit the text between a section marker and its "
    "end marker; keep the markers and headings. Then run: "
    "plainvoice run INPUT --plain-from plain.md -->"
)
NOT_REWRITTEN_HEADER: Final = (
    "<!-- plainvoice: the plain-language rules are for English, so each section below is the "
    "text as written. Write its plain version between a section marker and its end marker; "
    "keep the markers and headings. Then run: plainvoice run INPUT --plain-from plain.md -->"
)


def plain_markdown(statement: Statement, plains: Sequence[PlainSection]) -> str:
    """The plain version as Markdown with section markers, ready to edit.

    The text is escaped (`markdown_escape`): what the statement says is shown, never run as
    HTML, and comes back unchanged through `read_edits`.
    """
    header = HEADER
    if plains and all(plain.left_as_written for plain in plains):
        # The rules are English only: say so, and ask for the plain version they could not write.
        header = NOT_REWRITTEN_HEADER
    title = markdown_escape(statement.meta.title)
    # "Have you seen Ellie?: plain language" reads as a slip; a question keeps its mark.
    heading = (
        f"{title} (plain language)" if title.endswith(("?", "!")) else f"{title}: plain language"
    )
    lines = [header, "", f"# {heading}", ""]
    # A sub-item is indented under its item, as in plain.txt: flush, it read as one more item.
    depths = list_depths(statement)
    for section, plain in zip(statement.sections, plains, strict=True):
        lines += [f"<!-- section: {section.id} -->", f"## {markdown_escape(section.title)}", ""]
        numbers = readalong.markers(plain, section)
        items = readalong.list_items(plain, section)
        levels = plain_depths(plain, section, depths.get(section.id, ()))
        # The links go with the text, so an editor keeps (or changes) them through the loop.
        links = readalong.plain_links(plain, section)
        for paragraph, item, number, depth in zip(
            plain.paragraphs, items, numbers, levels, strict=True
        ):
            prefix = list_prefix(item, number, depth)
            lines += [prefix + _escape_number(markdown_with_links(paragraph, links)), ""]
        lines += ["<!-- end section -->", ""]
    return "\n".join(lines).rstrip() + "\n"


def _escape_number(text: str) -> str:
    r"""A paragraph that starts like a numbered one ("(a) …", "3(1) …"), escaped.

    It comes back as a paragraph, not an item: its bracket is written "\(a)".
    """
    found = _LIST_ITEM.match(text)
    if found is None or found.group("number") is None:
        return text
    mark = re.search(r"[().]", text)
    return text if mark is None else f"{text[: mark.start()]}\\{text[mark.start() :]}"


def read_edits(path: Path) -> dict[str, tuple[str, ...]]:
    """The paragraphs of each marked section in an edited `plain.md`."""
    return {section: edit.paragraphs for section, edit in read_edited(path).items()}


@dataclass(frozen=True)
class Edit:
    """One section of an edited `plain.md`: its paragraphs, and which are list items.

    `markers` are the items' numbers as the person wrote them ("3.", "(a)"; "" for a bullet or
    a paragraph); `links` the links the person kept or wrote, as (words, address).
    """

    paragraphs: tuple[str, ...]
    list_items: tuple[bool, ...]
    markers: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    closed: bool = True
    """False when the next section's marker, not `<!-- end section -->`, ended it."""


_READ_ONCE: ContextVar[dict[Path, dict[str, Edit]] | None] = ContextVar("_READ_ONCE", default=None)
"""The edits read so far in this run (`one_reading`), by file; None outside a run."""


@contextmanager
def one_reading() -> Iterator[None]:
    """Read each edited `plain.md` once in this block, however many stages ask for it.

    The build took the edits and the CLI read the file again to warn of missing sections; a
    save between the two would have warned about a text the package does not hold.
    """
    token = _READ_ONCE.set({})
    try:
        yield
    finally:
        _READ_ONCE.reset(token)


def read_edited(path: Path) -> dict[str, Edit]:
    """Each marked section of an edited `plain.md`, its list items ("- ") told apart."""
    remembered = _READ_ONCE.get()
    if remembered is None:
        return _read_edited(path)
    key = path.resolve()
    if key not in remembered:
        remembered[key] = _read_edited(path)
    return dict(remembered[key])


def _read_edited(path: Path) -> dict[str, Edit]:
    from pipeline.readers import clean_characters, decode_text

    try:
        # As saved by any editor: UTF-8 (with or without BOM), UTF-16 or Windows-1252.
        text, _ = decode_text(path.read_bytes(), str(path))
    except OSError as error:
        raise InputError(
            f"cannot read the edited plain version {path}: {error.strerror or error}",
            hint="pass the plain.md of a package, edited, to --plain-from",
        ) from error
    # A person's text is cleaned as the statement's is: no invisible or bidi characters.
    text = clean_characters(text)
    if not any(_MARKER.match(line) for line in text.splitlines()):
        # The statement itself, or a plain.md saved without its markers: say what it is not,
        # rather than "line 3 is outside every section".
        raise InputError(
            f"{path} has no section markers, so it is not a package's plain.md",
            hint="edit the plain.md that plainvoice run wrote, keeping its "
            "<!-- section: … --> and <!-- end section --> lines",
        )
    return _sections(path, text)


@dataclass
class _Draft:
    """The section being read: its id, where its marker is, and what has been read of it."""

    id: str
    opened_at: int
    paragraphs: list[tuple[str, bool, str]] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    block: list[str] = field(default_factory=list)
    in_item: bool = False
    titled: bool = False
    closed: bool = True
    own_number: str = ""  # the current item's own number ("3."), "" for a bullet or a paragraph

    def end_paragraph(self) -> None:
        """The lines read so far become one paragraph."""
        if self.block:
            paragraph = _paragraph(self.block, self.in_item, self.own_number, self.links)
            self.paragraphs.append(paragraph)
            self.block = []

    def edit(self, path: Path) -> Edit:
        """The finished section; a section left with no text is refused."""
        self.end_paragraph()
        paragraphs = [entry for entry in self.paragraphs if entry[0]]
        if not paragraphs:
            raise _empty_section(path, self.id, self.opened_at)
        return Edit(
            tuple(p for p, _, _ in paragraphs),
            tuple(item for _, item, _ in paragraphs),
            tuple(mark for _, _, mark in paragraphs),
            tuple(self.links),
            self.closed,
        )


def _sections(path: Path, text: str) -> dict[str, Edit]:
    """The sections of an edited plain.md's text, each from its marker to the next marker.

    The last section may lack its end marker (the file's end closes it), so a file of one
    section works too. A comment left open, or a marker an editor broke, is refused by line:
    either would hide the rest of a section, or a whole one, without a word.
    """
    edits: dict[str, Edit] = {}
    draft: _Draft | None = None
    in_comment = seen_marker = False
    comment_at = 0  # the line that opened the comment still open
    for number, line in enumerate(text.splitlines(), start=1):
        marker = _MARKER.match(line)
        is_end = _END.match(line) is not None
        if in_comment and (marker or is_end):
            raise _open_comment(path, comment_at, f"the marker on line {number}")
        if not (marker or is_end):
            _refuse_broken_marker(path, number, line)
        was_in_comment = in_comment
        if marker or is_end:
            seen_marker = seen_marker or marker is not None
            if draft is not None:
                draft.closed = is_end  # a new marker: the person's end marker may be lost
                _keep(path, edits, draft)
            draft = _Draft(marker.group("id"), number) if marker else None
        elif draft is None:
            # Outside every section: only comments, blank lines and the title may be here.
            in_comment = _outside_section(path, number, line, in_comment, seen_marker)
        else:
            in_comment = _section_line(draft, line, in_comment)
        if in_comment and not was_in_comment:
            comment_at = number
    if in_comment:
        raise _open_comment(path, comment_at, "the end of the file")
    if draft is not None:
        _keep(path, edits, draft)
    if not edits:
        raise InputError(
            f"{path} has no section markers",
            hint="edit the plain.md that plainvoice run wrote, keeping its section markers",
        )
    return edits


def _keep(path: Path, edits: dict[str, Edit], draft: _Draft) -> None:
    """Add a finished section to `edits`; a section marked twice is refused."""
    if draft.id in edits:
        # Both copies cannot be used: taking either silently drops the other's edits.
        raise InputError(
            f"{path}: section {draft.id} is marked twice",
            hint="keep one copy of it, with the edits you want",
        )
    edits[draft.id] = draft.edit(path)


def _section_line(draft: _Draft, line: str, in_comment: bool) -> bool:
    """Read one line inside a section into `draft`; True while it is inside an HTML comment."""
    if line.strip():
        # A note left in a comment is for people: never a word of the plain version.
        line, in_comment = _without_comments(line, in_comment)
        if not line.strip():
            return in_comment
    elif in_comment:
        return in_comment
    quoted = _QUOTE_MARKS.match(line)
    if quoted:
        # A quotation's words are the person's text; the ">" that marks it is not.
        line = line[quoted.end() :]
    if _THEMATIC_BREAK.match(line):
        # A rule ("---", "***") between paragraphs is a break, never words to speak.
        draft.end_paragraph()
        return in_comment
    if _HEADING.match(line):
        if not draft.titled:  # the section's own title, which the edit does not change
            draft.titled = True
            return in_comment
        # A heading the person added: its words are kept, as a paragraph of their own.
        draft.end_paragraph()
        words = markdown_to_plain(_HEADING_MARKS.sub("", line))
        if words:
            draft.paragraphs.append((words, False, ""))
        return in_comment
    item = _LIST_ITEM.match(line)
    label = (item.group("number") or "").strip("().") if item else ""
    if item and draft.block and not draft.in_item and label and label not in _FIRST_NUMBERS:
        item = None  # "2024. It was …" wrapped in a paragraph: only "1." starts a list there
    if item:
        draft.end_paragraph()  # each item is a paragraph
    if line.strip():
        if not draft.block:
            draft.in_item = item is not None
            draft.own_number = (item.group("number") or "") if item else ""
        draft.block.append(line[item.end() :].strip() if item else line.strip())
    else:
        draft.end_paragraph()
    return in_comment


def _refuse_broken_marker(path: Path, number: int, line: str) -> None:
    """Refuse a line that begins as a section marker but is not one, nor a closed comment.

    "<!-- section: 03-x" (no "-->") opened a comment that hid the section's text, and
    "<!- section: 03-x -->" was read as text: either way the section was lost.
    """
    if not _BROKEN_MARKER.match(line):
        return
    shown = line.strip() if len(line.strip()) <= 60 else line.strip()[:57] + "…"
    raise InputError(
        f"{path.name} line {number} is a broken section marker: {shown!r}",
        hint="write it as <!-- section: ID --> or <!-- end section -->, as plainvoice wrote it",
    )


def _open_comment(path: Path, line: int, until: str) -> InputError:
    """The error for a comment ("<!--") that is not closed: it would hide the text after it."""
    return InputError(
        f"{path.name} line {line} opens a comment (<!--) that is not closed before {until}",
        hint="close it with --> or delete the <!--",
    )


def _paragraph(
    block: Sequence[str], in_item: bool, number: str, links: list[tuple[str, str]]
) -> tuple[str, bool, str]:
    """One edited paragraph's words, its list flag and number; its links are added to `links`."""
    written = " ".join(block)
    links += markdown_links(written)
    return markdown_to_plain(written), in_item, number


def _empty_section(path: Path, section: str, line: int) -> InputError:
    """The error for a section whose text was deleted.

    Its plain version would be an MP3 of the section's announcement alone, and a page section
    with a heading and nothing under it: a press officer who empties a section means to write
    it again, or to leave it to plainvoice, never to publish it empty.
    """
    return InputError(
        f"{path.name}: section {section} (line {line}) has no text",
        hint="write its plain version under its heading, or delete the section with its "
        "markers to keep plainvoice's own",
    )


_COMMENT_START: Final = re.compile(r"(?<!\\)<!--")
"""A comment's opening; an escaped "\\<!--" is the statement's own text, shown as written."""


def _without_comments(line: str, in_comment: bool) -> tuple[str, bool]:
    """A line with its HTML comments taken out, and whether a comment is still open after it."""
    kept: list[str] = []
    rest = line
    while rest:
        if in_comment:
            end = rest.find(_COMMENT_CLOSE)
            if end < 0:
                return "".join(kept), True
            rest, in_comment = rest[end + len(_COMMENT_CLOSE) :], False
            continue
        start = _COMMENT_START.search(rest)
        if start is None:
            kept.append(rest)
            break
        kept.append(rest[: start.start()])
        rest, in_comment = rest[start.end() :], True
    return "".join(kept), in_comment


def _outside_section(
    path: Path, number: int, line: str, in_comment: bool, seen_marker: bool
) -> bool:
    """Check one line outside every section; True while it is inside an HTML comment.

    Text there belongs to no section, so it would be dropped without a word: a sentence added
    after an end marker, or a section whose marker was mistyped. It is refused, by line number.
    A heading before the first marker is plain.md's own title, which an edit does not change.
    """
    stripped = line.strip()
    if in_comment or stripped.startswith(_COMMENT_OPEN):
        return _COMMENT_CLOSE not in stripped
    if not stripped or (not seen_marker and _HEADING.match(line)):
        return False
    shown = stripped if len(stripped) <= 60 else stripped[:57] + "…"
    raise InputError(
        f"{path.name} line {number} is outside every section, so it would be dropped: {shown!r}",
        # Printed inside brackets: "(move it between a section's marker (<!-- …" nested them.
        hint="move it between a section's <!-- section: … --> marker and its "
        "<!-- end section -->, or delete it",
    )


def apply_edit(
    section: Section,
    plain: PlainSection,
    paragraphs: tuple[str, ...],
    allowed: dict[str, str],
    lang: str = "en",
    list_items: tuple[bool, ...] = (),
    numbers: tuple[str, ...] | None = None,
    links: tuple[tuple[str, str], ...] = (),
) -> PlainSection:
    """The section's plain version replaced by a person's paragraphs, checked by the fact guard.

    Unchanged text is returned as it was. Changed text is marked as reviewed; the guard's result
    is kept so the manifest can warn, but the person's text is published. `list_items` says
    which of the person's paragraphs are list items (empty: none are known), and `numbers`
    each one's own number as the person wrote it (`Edit.markers`). Without them, the plain
    version's numbers are kept where the person's list items are its list items, one for one.
    A paragraph number the original has and the edit lacks is a warning, as a lost fact is.
    `links` are the person's links (`Edit.links`): they replace the original's, so a changed
    address is published; an edit with none (a plain.md written before links were) keeps
    the original's where the words still say them.
    """
    own_links = links or None
    items = list_items if len(list_items) == len(paragraphs) else ()
    before = readalong.markers(plain, section)
    if numbers is None or len(numbers) != len(paragraphs):
        same_items = items == readalong.list_items(plain, section)
        numbers = before if same_items and len(before) == len(paragraphs) else ()
    same_links = own_links is None or own_links == shown_links(plain, section)
    same_text = tuple(p.strip() for p in plain.paragraphs) == paragraphs
    if same_text and same_links and numbers in ((), before):
        return plain
    sentences = tuple(s for p in paragraphs for s in (split_sentences(p, lang) or [p]))
    facts = factguard.check(section.sentences, sentences, allowed)
    lost = factguard.lost_paragraph_numbers([p.marker for p in section.paragraphs], numbers)
    return replace(
        plain,
        sentences=sentences,
        paragraphs=paragraphs,
        changes=(*plain.changes, "edited by a person"),
        facts=replace(facts, missing=(*facts.missing, *lost)) if lost else facts,
        fallbacks=(),
        reviewed=True,
        list_items=items,
        markers=numbers,
        links=own_links,
    )


def shown_links(plain: PlainSection, section: Section) -> tuple[tuple[str, str], ...]:
    """The links plain.md shows for a section, in order: what an untouched edit gives back."""
    pool = readalong.plain_links(plain, section)
    return tuple(
        link for p in plain.paragraphs for link in markdown_links(markdown_with_links(p, pool))
    )


def text_hash(text: str) -> str:
    """SHA-256 of a text, to know whether its audio can be reused."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def same_engine(previous: Path, engine_name: str) -> bool:
    """True when the earlier package was spoken by the same engine, so its audio fits."""
    try:
        manifest = json.loads((previous / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    engine = manifest.get("engine") or {}
    return bool(engine.get("name") == engine_name)


def reusable_clips(
    previous: Path, texts: dict[tuple[str, str], str], audio_dir: Path
) -> dict[tuple[str, str], AudioClip]:
    """Audio from an earlier package whose text has not changed, copied into `audio_dir`.

    Args:
        previous: The earlier package's folder (its manifest says which text each MP3 speaks).
        texts: (section id, version) → the text that version will speak now.
        audio_dir: Where the new package's audio goes.
    """
    manifest_path = previous / "manifest.json"
    if not manifest_path.is_file():
        return {}
    try:
        manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    clips: dict[tuple[str, str], AudioClip] = {}
    for record in manifest.get("sections", []):
        for version, audio in (record.get("audio") or {}).items():
            key = (record.get("id", ""), version)
            spoken = record.get("text_sha256", {}).get(version)
            source = previous / audio.get("path", "")
            if key not in texts or spoken != text_hash(texts[key]) or not source.is_file():
                continue
            destination = audio_dir / source.name
            shutil.copyfile(source, destination)
            clips[key] = AudioClip(
                section_id=key[0],
                version=version,
                path=destination,
                duration=float(audio.get("duration_seconds", 0.0)),
                timings=tuple(
                    SentenceTiming(t["text"], float(t["start"]), float(t["end"]))
                    for t in audio.get("sentences", [])
                ),
            )
    return clips

"""Load stage: read the statement (text, Markdown, HTML, DOCX, PDF or stdin) as clean Markdown."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

from pipeline.errors import InputError
from pipeline.models import TableData
from pipeline.pages import drop_page_numbers, join_pages, unglue_page_numbers
from pipeline.readers import (
    MAX_INPUT_BYTES,
    InputFormat,
    markdown_html_tables,
    read_source,
    tidy_markdown,
)
from pipeline.text import (
    FENCE,
    drop_unsafe_links,
    escape_runaway_brackets,
    outside_fences,
    roman_value,
)

__all__ = [
    "MAX_INPUT_BYTES",
    "InputFormat",
    "SourceText",
    "inline_reference_links",
    "lettered_items",
    "load_source",
    "normalise_text",
    "repair_ocr_bullets",
    "repair_pipe_for_i",
    "split_front_matter",
    "table_rows",
    "tables_as_rows",
    "underlined_headings",
]

_FRONT_MATTER: Final = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


@dataclass(frozen=True)
class SourceText:
    """The statement's text as loaded, before splitting."""

    text: str
    """NFC-normalised Markdown with LF line ends; emphasis kept for display."""
    name: str
    """File name, or "<stdin>"."""
    format: str = "text"
    """The format it was read as."""
    title_hint: str | None = None
    """A title found in the document's metadata, if any."""
    front_matter: tuple[tuple[str, str], ...] = ()
    """Scalar fields of a YAML front matter block (title, date, author...), as text."""
    tables: tuple[TableData, ...] = ()
    """The tables with a heading row, as cells; their lines are in `text`."""
    follow: tuple[tuple[str, str], ...] = ()
    """A web page's social-media links from the furniture its reader dropped (words, address)."""
    notes: tuple[str, ...] = ()
    """What reading changed that the user should be told (stray control characters dropped)."""


def load_source(
    path: Path | None,
    data: bytes | None = None,
    *,
    max_bytes: int = MAX_INPUT_BYTES,
    fmt: InputFormat | None = None,
) -> SourceText:
    """Read a statement from `path`, or from `data` (stdin) when `path` is None."""
    document = read_source(path, data, fmt=fmt, max_bytes=max_bytes)
    # Text exported from a PDF parts its pages with form feeds: each page's header, footer and
    # number go by that evidence, and a sentence cut by a page break is whole again, before
    # any rule reads lines (a PDF's own pages went in its reader, by the same rules).
    text = join_pages(document.markdown)
    # A bracket that closes nothing is a character: escaped, no Markdown parser searches on
    # from it for its "]", which took a minute for a line of 20,000 "[".
    text = escape_runaway_brackets(text)
    tables = list(document.tables)
    fields: tuple[tuple[str, str], ...] = ()
    notes = list(document.notes)
    if document.format in (InputFormat.TEXT, InputFormat.MARKDOWN):
        text, fields = split_front_matter(text)
        text = underlined_headings(text)
        if document.format is InputFormat.MARKDOWN:
            text, written = markdown_html_tables(text)
            tables = [*tables, *written]
        # Comments are invisible on the page ("<!-- -->" separates Pandoc's lists): never words.
        comments = _HTML_COMMENT.findall(text)
        if comments and not _HTML_COMMENT.sub("", text).strip():
            # "holds no text to split into sections" beside a file full of words.
            raise InputError(
                f"{Path(document.name).name} holds only HTML comments (<!-- … -->), whose "
                "words are never read",
                hint="take away the <!-- and --> around the words to be read",
            )
        if comments and document.format is InputFormat.TEXT:
            notes.append(_comments_note(document.name, comments))
        text, found = table_rows(inline_reference_links(_HTML_COMMENT.sub("", text)))
        tables = [*tables, *found]
        text = lettered_items(text)
    # Page numbers come from any reader (a PDF's or a Word file's text as much as a .txt or a
    # web page saved from a PDF), on a line of their own or glued to the next sentence: dropped
    # here, once, on evidence (`pipeline.pages`), so the text, the page and the speech all lose
    # them, and a lone number that is no page's ("Votes in favour:", "120") stays everywhere.
    text = unglue_page_numbers(drop_page_numbers(text))
    title_hint = document.title_hint or dict(fields).get("title")
    return SourceText(
        # Links that would run code are dropped before any stage sees them.
        text=drop_unsafe_links(repair_ocr_bullets(repair_pipe_for_i(text))),
        name=document.name,
        format=document.format.value,
        title_hint=title_hint,
        front_matter=fields,
        tables=tuple(tables),
        follow=document.follow,
        notes=tuple(notes),
    )


def _comments_note(name: str, comments: Sequence[str]) -> str:
    """The warning for HTML comments in a plain-text statement, whose words are left out.

    In Markdown a comment is the author's way to hide a note; in a .txt file it may be text
    someone meant to be read, pasted from a web page's source, so the user is told.
    """
    first = " ".join(comments[0].split())
    shown = first if len(first) <= 50 else first[:47] + "…"
    count = len(comments)
    return (
        f"{Path(name).name}: left out {count} HTML comment{'' if count == 1 else 's'} "
        f"({shown!r}{', …' if count > 1 else ''}): a comment is neither read aloud nor shown; "
        "take away its <!-- and --> to keep its words"
    )


def split_front_matter(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Take a leading YAML front matter block off the text; its scalar fields become metadata.

    Static-site exports and archives put the title and date in front matter. It is metadata,
    not words of the statement, so it is never read aloud or split into sections. A block that
    is not valid YAML mapping is left in the text, as a reader would see it.
    """
    found = _FRONT_MATTER.match(text)
    if not found:
        return text, ()
    import yaml  # here, not at the top: most statements have no front matter (14 ms)

    try:
        data = yaml.safe_load(found.group(1))
    except yaml.YAMLError:
        return text, ()
    if not isinstance(data, dict):
        return text, ()
    fields: list[tuple[str, str]] = []
    for key, value in data.items():
        if isinstance(value, datetime):
            value = value.date().isoformat()
        elif isinstance(value, date):
            value = value.isoformat()
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            shown = re.sub(r"\s+", " ", str(value)).strip()
            if shown:
                fields.append((str(key).lower(), shown))
    return text[found.end() :].lstrip("\n"), tuple(fields)


_UNDERLINE: Final = re.compile(r"^ {0,3}(?:(=)={2,}|-{3,})[ \t]*$")
"""A line of "=" or "-" (three or more) that underlines the line above: a heading."""
_NOT_A_TITLE_LINE: Final = re.compile(r"^ {0,3}(?:#{1,6}(?:\s|$)|>|[-*+•]\s|\d{1,9}[.)]\s|\|)")
"""A line that is a heading, quote, list item or table row already: never underlined."""


def underlined_headings(text: str) -> str:
    """Headings underlined with "=====" or "-----" written as "#" and "##" headings.

    Markdown and plain-text e-mails underline a title so; read line by line it was a
    paragraph "=====" under the title, and a file of one underlined title made a package of
    it. A line under a paragraph of several lines is a rule between paragraphs.
    """
    if "==" not in text and "--" not in text:
        return text
    lines = text.split("\n")
    for index, line in outside_fences(lines):
        underline = _UNDERLINE.match(line)
        above = lines[index - 1] if index else ""
        if underline is None or not above.strip() or _NOT_A_TITLE_LINE.match(above):
            continue
        if index >= 2 and lines[index - 2].strip():
            lines[index] = ""  # under a paragraph of several lines: a rule, never words
            continue
        level = "#" if underline.group(1) else "##"
        lines[index - 1], lines[index] = f"{level} {above.strip()}", ""
    return "\n".join(lines)


_HTML_COMMENT: Final = re.compile(r"(?<![ \t])[ \t]*<!--.*?-->", re.S)
"""A comment, with the spaces before it: "said. <!-- note --> Then" is "said. Then".

Tried only from the first space of a run: from every space, an indent of 2,000 spaces was
read 2,000 times (a list nested 1,000 deep took 25 s to look for comments in)."""
_PIPE_FOR_I: Final = re.compile(r"(?m)(?:^|(?<=[.!?] ))\|(?= [a-z])")
_TABLE_RULE: Final = re.compile(r"(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|")


_DELIMITER_ROW: Final = re.compile(
    r"^ {0,3}\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$|^ {0,3}\|?[ \t]*:?-+:?[ \t]*\|$"
)
"""A GFM table's delimiter row, "| --- | :-: |" or "-|-": one dash a cell is enough."""
_PIPE_ROW: Final = re.compile(r"^ {0,3}\|.*[^\\]\|[ \t]*$")
"""A line written as a table row: it starts and ends with a bar."""


def tables_as_rows(text: str) -> str:
    """Each row of a Markdown (GFM) table as a paragraph of its cells joined by an en dash.

    As tables read from HTML and DOCX are (`readers.table_lines`): a row is one idea to hear
    ("Health – Amount: $5 million"), and the bars and the "| --- |" rule line are no words for
    a listener or a summary. A table with no header row, written without its first row (its
    rule line on top) or without any rule line (two or more rows of bars), is read as one: its
    bars and dashes were shown and spoken as one paragraph. An empty header row says nothing.
    """
    return table_rows(text)[0]


def table_rows(text: str) -> tuple[str, list[TableData]]:
    """`tables_as_rows`, and the tables with a heading row as cells, for the page to show."""
    if "|" not in text:
        return text, []
    text = _headed_tables(text)
    if not any(_DELIMITER_ROW.match(line.lstrip(" \t>")) for line in text.split("\n")):
        return text, []
    from markdown_it import MarkdownIt

    from pipeline.readers import read_table

    tokens = MarkdownIt("commonmark", {"html": False}).enable("table").parse(text)
    lines = text.split("\n")
    tables: list[tuple[int, int, TableData]] = []
    rows: list[list[str]] = []
    cells: list[str] = []
    start = end = 0
    title = ""
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            title = " ".join(tokens[index + 1].content.split())
        elif token.type == "table_open" and token.map:
            (start, end), rows = token.map, []
        elif token.type == "tr_open":
            cells = []
        elif token.type == "inline" and tokens[index - 1].type in ("th_open", "td_open"):
            cells.append(" ".join(token.content.split()))
        elif token.type == "tr_close":
            rows.append(cells)
        elif token.type == "table_close":
            headed = bool(rows) and any(rows[0])
            data = read_table(rows if headed else rows[1:], headed, title=title)
            tables.append((start, end, data))
    found: list[TableData] = []
    for first, last, data in reversed(tables):
        # A table in a quote or a list item keeps its lines' "> " or indent.
        prefix = _CONTAINER.match(lines[first])
        lead = prefix.group() if prefix else ""
        if data.shown and not lead:
            # (One in a quote or a list is read, not shown as a table: its rows are no
            # paragraphs of their own there.)
            found.insert(0, data)
        blank = lead.rstrip()
        # A table may follow a paragraph's last line with no blank line between: its rows
        # are paragraphs of their own, not words of that paragraph.
        before = [blank] if first > 0 and lines[first - 1].strip(" >") else []
        after = [blank] if last < len(lines) and lines[last].strip(" >") else []
        shown = [part for row in data.lines for part in (blank, lead + row)][1:]
        lines[first:last] = [*before, *shown, *after] if data.lines else []
    return "\n".join(lines), found


_CONTAINER: Final = re.compile(r"^[ \t>]*")
"""What a line in a quote or a list item starts with before its words: "> ", "   "."""


def _headed_tables(text: str) -> str:
    """Give a table written without a header row an empty one, so Markdown reads it as a table.

    A rule line on top of the rows ("|---|---|" then "| North | 12 |"), or rows of bars with
    no rule line at all, were no table to Markdown. Two rows at least, each starting and
    ending with a bar and with as many cells, are needed: "| wish to …", OCR's capital I,
    is one line and no row.
    """
    lines = text.split("\n")
    out: list[str] = []
    fence = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        opened = FENCE.match(line)
        if fence:
            fence = "" if opened and opened.group(1)[0] == fence[0] else fence
            out.append(line)
            index += 1
            continue
        if opened:
            fence = opened.group(1)
        if (out and out[-1].strip()) or "|" not in line:
            out.append(line)  # a table starts a block (rows under a line are no new table)
            index += 1
            continue
        bare = _bare_rows(lines, index)
        if bare:
            # "Candidate | Party | Votes" over "PATEL, Rohan | Conservative Party | 938": a
            # table typed without its outer bars or rule line; its first row names the columns.
            columns = _cell_count(bare[0])
            out += [f"| {bare[0].strip()} |", "|" + " --- |" * columns]
            out += [f"| {row.strip()} |" for row in bare[1:]]
            index += len(bare)
            continue
        rule = _DELIMITER_ROW.match(line) is not None
        run = _pipe_rows(lines, index + 1 if rule else index)
        if rule and run:
            columns = max(_cell_count(line), _cell_count(lines[index + 1]))
            out += ["|" + "  |" * columns, line]
            index += 1
            continue
        if _headerless(run) and not _DELIMITER_ROW.match(lines[index + 1]):
            columns = _cell_count(run[0])
            out += ["|" + "  |" * columns, "|" + " --- |" * columns, *run]
            index += len(run)
            continue
        out.append(line)
        index += 1
    return "\n".join(out)


_BARE_ROW: Final = re.compile(r"^ {0,3}[^|\s][^|]*(?: \| [^|]*[^|\s])+[ \t]*$")
"""A line of cells split by spaced bars, with no bar at either end: "Name | Party | Votes"."""


def _bare_rows(lines: Sequence[str], start: int) -> list[str]:
    """Three or more lines from `start` of cells split by bars, as many in each, or none.

    Three at least (the column names and two rows), each with two cells or more, and the run
    ends a block: a line of prose that holds " | " once is no table.
    """
    rows: list[str] = []
    for line in lines[start:]:
        if not _BARE_ROW.match(line):
            break
        rows.append(line)
    if len(rows) < 3 or len({_cell_count(row) for row in rows}) != 1:
        return []
    end = start + len(rows)
    if end < len(lines) and lines[end].strip():
        return []
    return rows if _cell_count(rows[0]) >= 2 else []


def _pipe_rows(lines: Sequence[str], start: int) -> list[str]:
    """The lines written as table rows from `start` on, up to the first that is not one."""
    rows: list[str] = []
    for index in range(start, len(lines)):
        line = lines[index]
        if not _PIPE_ROW.match(line) or _DELIMITER_ROW.match(line):
            break
        rows.append(line)
    return rows


def _headerless(rows: Sequence[str]) -> bool:
    """Two or more rows of bars, each with as many cells, two at least: a table."""
    counts = {_cell_count(row) for row in rows}
    return len(rows) >= 2 and len(counts) == 1 and min(counts) >= 2


def _cell_count(row: str) -> int:
    r"""How many cells a table row has (escaped bars "\\|" are words of a cell)."""
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return len(re.split(r"(?<!\\)\|", inner))


_LETTERED: Final = re.compile(r"^(?P<indent> *)(?P<label>[a-z]|[ivx]{2,5})\.[ \t]+(?P<rest>\S.*)$")
"""A line that may be a lettered sub-item as people type them: "a. Gates …", "ii. Fines …"."""


def lettered_items(text: str) -> str:
    """Lettered and roman-numbered items typed "a." and "ii." as the reader knows them: "(a)".

    Markdown numbers items with figures only, so "a. Gates will be locked …" under "1." was a
    line of the item above, and "1." read "… September. a. Gates will be locked … b. Night
    events …" as one paragraph. A line is taken for an item when it starts a series ("a.",
    "i.") that its next item at the same indent goes on ("b.", "ii."), or goes on one;
    "e. coli" alone, or "i. e." in a sentence, is no item. Only lower case: "I." is a heading.
    """
    if "." not in text:
        return text
    lines = text.split("\n")
    series: dict[int, tuple[str, str]] = {}  # indent -> (last label, "letter" or "roman")
    for index, line in outside_fences(lines):
        found = _LETTERED.match(line)
        if found is None:
            if line.strip() and not line.startswith(" "):
                series.clear()  # a line of prose ends every series
            continue
        indent, label = len(found.group("indent")), found.group("label")
        for deeper in [level for level in series if level > indent]:
            del series[deeper]
        kind = _goes_on(series.get(indent), label)
        if kind is None and label in ("a", "i"):
            kind = "roman" if label == "i" else "letter"
            under_item = indent >= 2 and _under_item(lines, index, indent)
            if not under_item and not _series_goes_on(lines, index + 1, indent, (label, kind)):
                kind = None
        if kind is None:
            series.pop(indent, None)
            continue
        series[indent] = (label, kind)
        lines[index] = f"{found.group('indent')}({label}) {found.group('rest')}"
    return "\n".join(lines)


_ITEM_LINE: Final = re.compile(
    r"^( *)(?:[-*+•]|\d{1,3}[.)]|\((?:\d{1,3}|[a-z]{1,5})\)|[a-z]{1,5}\))\s"
)


def _under_item(lines: Sequence[str], index: int, indent: int) -> bool:
    """Whether the line above (blank lines passed) is a list item's, less indented than `indent`."""
    for above in range(index - 1, -1, -1):
        line = lines[above]
        if line.strip():
            found = _ITEM_LINE.match(line)
            return found is not None and len(found.group(1)) < indent
    return False


def _goes_on(last: tuple[str, str] | None, label: str) -> str | None:
    """The kind of series `label` goes on from `last` ("b" after "a", "iv" after "iii")."""
    if last is None:
        return None
    previous, kind = last
    if kind == "letter" and len(previous) == 1 and ord(label[0]) == ord(previous) + 1:
        return "letter" if len(label) == 1 else None
    if kind == "roman" and _roman_value(label) == _roman_value(previous) + 1:
        return "roman"
    return None


def _series_goes_on(lines: Sequence[str], start: int, indent: int, first: tuple[str, str]) -> bool:
    """Whether the next line at `indent` (deeper ones and blank lines passed) goes on `first`."""
    for index in range(start, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        depth = len(line) - len(line.lstrip(" "))
        if depth > indent:
            continue
        found = _LETTERED.match(line)
        return depth == indent and found is not None and _goes_on(first, found["label"]) is not None
    return False


def _roman_value(numeral: str) -> int:
    """The value of a roman numeral ("iv" is 4); 0 for one not written canonically ("iiii")."""
    if not re.fullmatch(r"x{0,3}(?:ix|iv|v?i{0,3})", numeral):
        return 0
    return roman_value(numeral)


_UNSAFE_DEFINITION: Final = re.compile(
    r"(?im)^ {0,3}\[(?P<label>[^\]\n]+)\]:[ \t]*<?[ \t]*"
    r"(?:javascript|vbscript|data|file)[ \t]*:.*\n?"
)
_REFERENCE: Final = re.compile(
    r"(?<!\\)\[(?P<text>[^\[\]\n]+)\](?:\[(?P<label>[^\[\]\n]*)\])?(?![(:\[])"
)


def inline_reference_links(text: str) -> str:
    """Reference-style links written inline ("[text][1]" and "[1]: URL" -> "[text](URL)").

    Every stage reads a paragraph alone, so a definition at the foot of the statement was a
    paragraph of its own, read aloud ("one: h t t p s ...") and shown; and one with a script
    target ("[1]: javascript:alert(1)"), which Markdown refuses as a definition, was words in
    every file and even named its section. Definitions go; a link to a script target keeps
    its words only, as an inline one does. A "[1]" with no definition is left as written.
    """
    if "]:" not in text:
        return text
    from markdown_it import MarkdownIt
    from markdown_it.common.utils import normalizeReference

    unsafe = {normalizeReference(m["label"]) for m in _UNSAFE_DEFINITION.finditer(text)}
    text = _UNSAFE_DEFINITION.sub("", text)
    env: dict[str, Any] = {}
    MarkdownIt("commonmark", {"html": False}).parse(text, env)
    references: dict[str, Any] = env.get("references", {})
    lines = text.split("\n")
    for reference in references.values():
        first, last = reference["map"]
        lines[first:last] = [""] * (last - first)
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))

    def inline(match: re.Match[str]) -> str:
        label = normalizeReference(match["label"] or match["text"])
        if label in references:
            return f"[{match['text']}](<{references[label]['href']}>)"
        return match["text"] if label in unsafe else match.group()

    return _REFERENCE.sub(inline, text) if references or unsafe else text


def repair_pipe_for_i(text: str) -> str:
    """Read OCR's "|" for the pronoun "I": "| wish to congratulate" -> "I wish to congratulate".

    Scanned speeches often come back with a capital I as a vertical bar. A bar that opens a
    line or a sentence, followed by a lower-case word, is never Markdown structure unless the
    document has a table, so the repair is left out of documents with a table rule line.
    Unrepaired, the bar is silent in speech and the sentence loses its subject.
    """
    if "|" not in text or _TABLE_RULE.search(text):
        return text
    return _PIPE_FOR_I.sub("I", text)


_OCR_BULLET: Final = re.compile(r"(?m)(?:\A|(?<=\n\n)|(?<=[.!?:]\n))e (?=[A-ZÀ-ÖØ-Þ])")
"""OCR's reading of a bullet "•" as "e", at a paragraph's start before a capital."""


def repair_ocr_bullets(text: str) -> str:
    """Drop OCR's "e" for a bullet: "e Je suis une femme" -> "Je suis une femme".

    A scanned list's round bullets come back as a lone "e". At the start of a paragraph
    (after a blank line or a finished sentence) and before a capital it cannot be a word in
    any language plainvoice reads, since a sentence opens with a capital; it would be spoken
    as the letter. Two or more such lines are needed, as a list has.
    """
    if len(_OCR_BULLET.findall(text)) < 2:
        return text
    return _OCR_BULLET.sub("", text)


def normalise_text(text: str) -> str:
    """NFC, LF line ends, no invisible controls, tidy spaces; Markdown is kept for display.

    Pages parted by form feeds are joined without their furniture (`join_pages`), as load joins
    them: no later stage sees a form feed.
    """
    return join_pages(tidy_markdown(text))

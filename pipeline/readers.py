"""Read a statement in any supported format and turn it into one common form: Markdown.

Every later stage works on Markdown text only, so this module is the one place that knows
about encodings, HTML pages, Word documents and PDF files. Each reader keeps the structure
a listener needs (headings, list items, paragraphs, emphasis, quotes) and drops what a
listener must never hear (menus, cookie banners, scripts, page numbers, link targets).

Problems the user can fix are raised as :class:`~pipeline.errors.InputError` with one
line that names the file.
"""

from __future__ import annotations

import errno
import io
import itertools
import logging
import math
import os
import re
import select
import stat
import time
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final

from pipeline.errors import InputError
from pipeline.models import TableData
from pipeline.pages import is_one_word, page_furniture, runs_over_page_break
from pipeline.settings import MAX_INPUT_MB_LIMIT
from pipeline.text import (
    FOOTNOTE_DIGITS,
    MEGABYTE,
    and_listed,
    escape_line_starts,
    escape_literal_marks,
    format_size,
    markdown_to_plain,
)

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag
    from docx.document import Document as DocxDocument
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

__all__ = [
    "MAX_INPUT_BYTES",
    "InputFormat",
    "SourceDocument",
    "clean_characters",
    "decode_text",
    "detect_format",
    "read_source",
]

MAX_INPUT_BYTES: Final = 20 * MEGABYTE
"""Refuse larger input unless ``max_bytes`` is raised (the CLI's ``--max-input-mb``)."""

STDIN_NAME: Final = "<stdin>"


class InputFormat(StrEnum):
    """The formats a statement can be read from."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"


@dataclass(frozen=True)
class SourceDocument:
    """A statement read from disk or stdin, already converted to Markdown.

    Attributes:
        markdown: The statement as Markdown, NFC-normalised, whitespace tidied.
        format: What the input was read as.
        name: The file name, or ``"<stdin>"``.
        encoding: The detected text encoding (``None`` for docx and pdf).
        title_hint: The HTML ``<title>``, docx core title or PDF metadata title, if any.
        tables: The HTML and Word tables with a heading row, as cells (their lines are in
            ``markdown``), so the page can show them as tables.
        follow: A web page's links to its social-media accounts, as (words, address), from
            the page furniture dropped (a "Stay connected" block): never read, shown at the
            foot of the package's page.
    """

    markdown: str
    format: InputFormat
    name: str
    encoding: str | None
    title_hint: str | None
    tables: tuple[TableData, ...] = ()
    follow: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()
    """What reading changed that the user should be told, one line each (stray controls dropped)."""


_FOLLOW: ContextVar[list[tuple[str, str]] | None] = ContextVar("plainvoice_follow", default=None)
"""The social-media links of the page furniture dropped so far (see `read_source`)."""
_TABLES: ContextVar[list[TableData] | None] = ContextVar("plainvoice_tables", default=None)
"""The tables a reader has met so far in the document it is reading (see `read_source`)."""
_NOTES: ContextVar[list[str] | None] = ContextVar("plainvoice_notes", default=None)
"""What reading the document changed that its user should be told (see `read_source`)."""


def _keep_table(table: TableData) -> None:
    """Note a table to show (`TableData.shown`) for the document being read."""
    found = _TABLES.get()
    if found is not None and table.shown:
        found.append(table)


# --------------------------------------------------------------------------------------
# Format detection
# --------------------------------------------------------------------------------------

_EXTENSIONS: Final[dict[str, InputFormat]] = {
    ".txt": InputFormat.TEXT,
    ".text": InputFormat.TEXT,
    ".md": InputFormat.MARKDOWN,
    ".markdown": InputFormat.MARKDOWN,
    ".mdown": InputFormat.MARKDOWN,
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xhtml": InputFormat.HTML,
    ".docx": InputFormat.DOCX,
    ".pdf": InputFormat.PDF,
}

# Signatures of binary files people may pass by mistake: (magic bytes, what it is).
_BINARY_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "a program"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg audio file"),
    (b"fLaC", "a FLAC audio file"),
)

_HTML_MARKERS: Final = ("<!doctype html", "<html", "<body")

_READABLE: Final = "give a text, Markdown, HTML, DOCX or PDF file"
"""What to give instead of a file that is not a statement."""


def detect_format(data: bytes, name: str) -> InputFormat:
    """Decide how to read the input, from its content first and its file name second.

    Content wins because files are often misnamed: ``%PDF-`` means PDF, a ZIP holding
    ``word/document.xml`` means docx, and text starting with an HTML document marker means
    HTML. Otherwise the extension decides, and anything unknown is plain text.

    Args:
        data: The raw bytes of the input.
        name: The file name (or ``"<stdin>"``), used for the extension and in errors.

    Returns:
        The format to read the input as.

    Raises:
        InputError: The content is a known binary format that is not a statement.
    """
    if b"%PDF-" in data[:1024]:
        return InputFormat.PDF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        if b"word/document.xml" in data:
            return InputFormat.DOCX
        raise InputError(
            f"{name}: is a ZIP archive, not a Word document (.docx); binary data is not a statement"
        )
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise InputError(
            f"{name}: is an old-style Office file (.doc), binary data we cannot read; "
            "save it as .docx, PDF or plain text"
        )
    if data.startswith(b"{\\rtf"):
        raise InputError(f"{name}: is an RTF document; save it as .docx, PDF or plain text")
    # "notes.bin: is a program, binary data, not a text statement" read as a list of three
    # things it was, and said nothing of what would do.
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: is {what} (binary data), not a statement", hint=_READABLE)
    if data.startswith(b"RIFF") and data[8:12] in (b"WAVE", b"WEBP", b"AVI "):
        raise InputError(f"{name}: is a media file (binary data), not a statement", hint=_READABLE)

    head = _sniff_head(data)
    if head.startswith("<") and any(marker in head for marker in _HTML_MARKERS):
        return InputFormat.HTML
    suffix = Path(name).suffix.lower() if name != STDIN_NAME else ""
    named = _EXTENSIONS.get(suffix, InputFormat.TEXT)
    if named is InputFormat.PDF and b"%PDF-" in data[: 1 << 20]:
        return named  # a PDF after more leading junk than the 1 KB readers allow: pypdf tries
    if named in (InputFormat.PDF, InputFormat.DOCX):
        # Its content would have said so above: the name is wrong, whatever the file is.
        raise _misnamed(data, name, named)
    return named


def _misnamed(data: bytes, name: str, named: InputFormat) -> InputError:
    """The one line for a file whose extension names a format its content is not.

    A text file saved as "statement.pdf" was reported as a corrupt PDF: the user was sent
    to repair a PDF there is none of. The line says what the file is and how to read it.
    """
    what, header = (
        ("a PDF", "no %PDF- header")
        if named is InputFormat.PDF
        else ("a Word document", "no ZIP signature")
    )
    try:
        decode_text(data, name)
    except InputError:
        return InputError(
            f"{name}: is not {what} ({header}) and not text either; the file is damaged or "
            "of another kind"
        )
    return InputError(
        f"{name}: is plain text, not {what} ({header}); its name is wrong",
        hint="read it as text with --format text, or rename it to .txt",
    )


def _sniff_head(data: bytes) -> str:
    """Decode the start of the input loosely, only to look for HTML markers."""
    chunk = data[:8192]
    codec = _utf16_codec(chunk)
    if codec is not None:
        chunk = chunk[: len(chunk) - len(chunk) % 2]
        text = chunk.decode(codec, errors="replace")
    else:
        text = chunk.decode("latin-1")
    text = text.lstrip("\ufeff\xef\xbb\xbf \t\r\n\x0c").lower()
    # Skip an XML declaration or leading comments, as XHTML pages often start with them.
    text = re.sub(r"^(?:<\?xml[^>]*\?>\s*|<!--.*?-->\s*)+", "", text, flags=re.S)
    return text[:4096]


# --------------------------------------------------------------------------------------
# Text decoding
# --------------------------------------------------------------------------------------

_CP1252_UNDEFINED: Final = frozenset(b"\x81\x8d\x8f\x90\x9d")
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
# C0 controls other than tab, newline, vertical tab, form feed and carriage return, plus DEL.
_BAD_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


_UTF32_BOMS: Final = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"))
"""UTF-32's byte-order marks; the little-endian one starts like UTF-16's, so it is tried first."""


def _utf16_codec(data: bytes) -> str | None:
    """Return a UTF-16 codec name when the bytes carry a UTF-16 BOM or clearly are UTF-16.

    Without a BOM we only say "UTF-16" when many NUL bytes alternate with other bytes:
    ASCII-range text in UTF-16 has a NUL in every other byte, which no 8-bit text has.
    """
    if data.startswith(b"\xff\xfe"):
        return "utf-16-le"
    if data.startswith(b"\xfe\xff"):
        return "utf-16-be"
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2]
    odd = sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    # "abc\0def" is 8-bit text with a NUL, not UTF-16 (it was refused for "byte 0x66").
    enough_nuls = sample.count(0) >= _FEWEST_UTF16_NULS
    if enough_nuls and odd_nul >= 0.3 and even_nul <= 0.02:
        return "utf-16-le"
    if enough_nuls and even_nul >= 0.3 and odd_nul <= 0.02:
        return "utf-16-be"
    if len(data) % 2 or not _EIGHT_BIT_NEVER.search(sample):
        return None  # UTF-16 is two bytes a character
    # Text in one non-Latin script (Russian, Greek, Chinese) has few NULs in UTF-16, but its
    # bytes hold controls no 8-bit text has: it is UTF-16 if one byte order reads as text.
    readable = [codec for codec in ("utf-16-le", "utf-16-be") if _reads_as_text(sample, codec)]
    return readable[0] if len(readable) == 1 else None


_FEWEST_UTF16_NULS: Final = 4
"""NULs below which the NUL pattern says nothing: "Hi.\\n" in UTF-16 has 4, while one NUL in
3 to 7 bytes of 8-bit text already filled a third of one byte column."""
_EIGHT_BIT_NEVER: Final = re.compile(rb"[\x00-\x08\x0e-\x1f]")
"""Bytes no 8-bit text holds (NUL and the controls other than tab, line and page breaks)."""
_NOT_TEXT_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cn", "Co", "Cs"})
"""Unicode categories a statement never holds: controls, format characters (but `_SPACING`),
unassigned, private use and surrogates."""


_UTF16_LINE_BREAK: Final = re.compile("[\n\r]")
_SPACING: Final = frozenset("\t\n\r\f\u200c\u200d")
"""The controls and format characters text holds: tabs, breaks, and the joiners."""


def _reads_as_text(sample: bytes, codec: str) -> bool:
    """Whether `sample` decodes in `codec` to assigned characters with no control but spacing.

    Read in the wrong byte order, a line break becomes U+0A00, which is unassigned, and
    most other characters land on unassigned, private or surrogate code points.
    """
    sample = sample[: len(sample) - len(sample) % 2]
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:
            return False
        text = sample[: error.start].decode(codec)  # a pair cut at the sample's end
    # Read as UTF-16, English text with a NUL in it is Chinese characters, but no line break
    # falls on a character of its own there: a statement has one at least.
    return bool(_UTF16_LINE_BREAK.search(text)) and not any(
        unicodedata.category(character) in _NOT_TEXT_CATEGORIES and character not in _SPACING
        for character in text
    )


def _undecodable(name: str, byte: int, offset: int) -> InputError:
    """Build the one error used for every byte we cannot decode."""
    return InputError(
        f"{name}: not valid UTF-8, UTF-16 or Windows-1252 text: "
        f"undecodable byte 0x{byte:02x} at offset {offset}"
    )


def _damaged_wide_text(name: str, codec: str, error: UnicodeDecodeError, bom: int) -> InputError:
    """The error for UTF-16 or UTF-32 that does not decode, naming the encoding and the damage.

    A UTF-16 file cut short (an odd byte count) was "not valid UTF-8, UTF-16 or Windows-1252
    text: undecodable byte 0x0a", which sent the user looking for a wrong character.
    """
    encoding = codec.upper().removesuffix("-LE").removesuffix("-BE")
    if error.end >= len(error.object):
        # "truncated data" or "unexpected end of data": the last character lacks its bytes.
        return InputError(
            f"{name}: is {encoding} text cut short or damaged: its {len(error.object) + bom:,} "
            "bytes end in the middle of a character",
            hint="the file was damaged or not saved whole: save or copy it again",
        )
    return InputError(
        f"{name}: is {encoding} text that is damaged: undecodable byte "
        f"0x{error.object[error.start]:02x} at offset {error.start + bom} ({error.reason})",
        hint="the file was damaged: save or copy it again, or save it as UTF-8",
    )


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode text bytes, detecting the encoding, so every reader works on ``str``.

    Accepts UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM, UTF-16 without a BOM
    when clearly so, and UTF-32 LE/BE with a BOM. Bytes that are not UTF-8 are read in the
    character set an HTML page's `<meta charset>` declares, else as Windows-1252 when they
    look like it (not when its words would be nonsense: Cyrillic or Greek 8-bit text is
    refused). The BOM is removed; nothing else is changed.

    Args:
        data: The raw bytes.
        name: The file name (or ``"<stdin>"``) for error messages.

    Returns:
        The decoded text and the encoding's name (``"utf-8"``, ``"utf-8-sig"``,
        ``"utf-16-le"``, ``"utf-16-be"``, ``"utf-32-le"``, ``"utf-32-be"`` or ``"cp1252"``).

    Raises:
        InputError: The bytes are undecodable (the message names the byte and its offset)
            or contain NUL or control bytes, which means binary data.
    """
    bom = 0
    utf32 = next((codec for mark, codec in _UTF32_BOMS if data.startswith(mark)), None)
    codec = utf32 or _utf16_codec(data)
    if codec is not None:
        if utf32:
            bom = 4
        elif data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            bom = 2
        body = data[bom:]
        try:
            text = body.decode(codec)
        except UnicodeDecodeError as exc:
            raise _damaged_wide_text(name, codec, exc, bom) from None
    elif data.startswith(b"\xef\xbb\xbf"):
        codec, bom = "utf-8-sig", 3
        try:
            text = data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _undecodable(name, data[3 + exc.start], exc.start + 3) from None
    else:
        try:
            text = data.decode("utf-8")
            codec = "utf-8"
        except UnicodeDecodeError as exc:
            declared = _declared_charset(data)
            if declared is not None:
                text, codec = declared
            else:
                text, codec = _decode_cp1252(data, name, exc)
    return _check_controls(text, codec, bom, name), codec


_META_CHARSET: Final = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I
)


_NOT_A_CHARSET: Final = ("escape", "punycode", "idna", "undefined", "raw", "rot", "zlib", "bz2")


def _declared_charset(data: bytes) -> tuple[str, str] | None:
    """Text decoded as an HTML page's `<meta charset>` says, when that is not UTF-8.

    A page saved in Windows-1251 (Cyrillic) or ISO-8859-7 (Greek) says so in its head; read
    as Windows-1252 instead, every word of it was nonsense ("Ïðèâåò").
    """
    import codecs

    found = _META_CHARSET.search(data[:8192])
    if found is None:
        return None
    try:
        codec = codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None
    if codec.startswith(("utf-", "utf_")) or any(part in codec for part in _NOT_A_CHARSET):
        # A page that says UTF-8 and is not has its bad bytes reported, as text has; and a
        # codec that is no character set ("unicode-escape", "rot13", "zlib") reads nothing.
        return None
    try:
        return data.decode(codec), codec
    except (UnicodeDecodeError, LookupError, ValueError):
        return None


_LATIN1_WORD: Final = re.compile(
    r"(?<![^\W\d_])[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{3,}(?![^\W\d_])"
)
"""A word of three or more letters all from the upper half of Latin-1 ("Ïðèâåò"): what a
Cyrillic or Greek 8-bit text becomes when read as Windows-1252, and no Western word is."""
_WORD: Final = re.compile(r"[^\W\d_]{3,}")


def _check_mojibake(text: str, name: str) -> None:
    """Refuse 8-bit text that reads as nonsense in Windows-1252: its encoding is another."""
    words = _WORD.findall(text)
    odd = _LATIN1_WORD.findall(text)
    if words and len(odd) * 5 >= len(words):
        raise InputError(
            f"{name}: not UTF-8, and read as Windows-1252 its words are nonsense "
            f"({odd[0]!r}): it is in another encoding, such as Cyrillic or Greek",
            hint="save it as UTF-8 and run again",
        )


def _decode_cp1252(data: bytes, name: str, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    """Fall back to Windows-1252 when the bytes look like it, else report the bad byte."""
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise InputError(f"{name}: contains NUL bytes (binary data, not text) at offset {offset}")
    for offset, byte in enumerate(data):
        if byte in _CP1252_UNDEFINED:
            raise _undecodable(name, byte, offset)
    # Broken UTF-8 (mostly valid multi-byte sequences with a stray bad byte) is not
    # Windows-1252: decoding it that way would turn every accent into mojibake.
    high = sum(1 for byte in data if byte >= 0x80)
    in_utf8 = sum(len(m.group()) for m in _UTF8_MULTIBYTE.finditer(data))
    if in_utf8 and in_utf8 * 2 >= high:
        raise _undecodable(name, data[utf8_error.start], utf8_error.start)
    text = data.decode("cp1252")
    _check_mojibake(text, name)
    return text, "cp1252"


_STRAY_CONTROL: Final = re.compile("\x1b\\[[0-9;?]*[A-Za-z]|[\x01-\x08\x0e-\x1f\x7f]")
"""One stray control: a terminal colour code pasted with its escape (ESC "[0m"), or one byte."""
_MAX_STRAY: Final = 5
"""Stray controls dropped from any text, however short; more must be under 1 in 100 characters."""


def _check_controls(text: str, codec: str, bom: int, name: str) -> str:
    """Refuse binary data; drop the few stray control characters pasted into good text.

    A single ESC, DEL or 0x1a byte in a pasted statement made the whole file "binary data".
    NUL bytes, or control characters more than 1 in 100, still mean binary data.
    """
    body = text[:-1] if text.endswith("\x1a") else text  # DOS end-of-file marker
    match = _BAD_CONTROL.search(body)
    if match is None:
        return text
    index = match.start()
    plain = "utf-8" if codec == "utf-8-sig" else codec
    offset = bom + len(text[:index].encode(plain))
    char = match.group()
    if char == "\x00":
        raise InputError(f"{name}: contains NUL bytes (binary data, not text) at offset {offset}")
    strays = list(_STRAY_CONTROL.finditer(body))
    if len(strays) > max(_MAX_STRAY, len(body) // 100):
        raise InputError(
            f"{name}: contains control byte 0x{ord(char):02x} at offset {offset} "
            "(binary data, not text)"
        )
    _note_strays(name, body, strays)
    return _STRAY_CONTROL.sub("", body)


def _note_strays(name: str, body: str, strays: list[re.Match[str]]) -> None:
    """Tell the user which control characters were dropped, and on which lines."""
    notes = _NOTES.get()
    if notes is None:
        return
    lines = sorted({body.count("\n", 0, found.start()) + 1 for found in strays})
    shown = [str(line) for line in lines[:5]] + (["more"] if len(lines) > 5 else [])
    where = and_listed(shown)
    kinds = ", ".join(sorted({f"0x{ord(found.group()[0]):02x}" for found in strays}))
    count = len(strays)
    # The file's name, not its path: the note is kept in the published manifest.
    notes.append(
        f"{Path(name).name}: dropped {count} stray control character{'' if count == 1 else 's'} "
        f"({kinds}) on line{'' if len(lines) == 1 else 's'} {where}"
    )


# --------------------------------------------------------------------------------------
# Tidying: applied to every format's Markdown
# --------------------------------------------------------------------------------------

_INVISIBLE = re.compile(
    "[\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
"""Characters that show nothing and say nothing: zero-width space, word joiner, invisible
operators, soft hyphen, byte-order mark, interlinear annotation marks, and every bidirectional
control (marks, embeddings, overrides, isolates), which can make a line read in an order other
than its characters' ("Trojan Source")."""
_NONCHARACTERS = re.compile(
    "[\ufdd0-\ufdef\ud800-\udfff"
    + "".join(chr(plane << 16 | 0xFFFE) + chr(plane << 16 | 0xFFFF) for plane in range(17))
    + "]"
)
"""Unicode's 66 noncharacters (U+FDD0-U+FDEF and the last two code points of every plane),
which are never text, and lone surrogates, which a UTF-8 file cannot even hold: dropped, as
they would be shown as boxes and make pages and manifests invalid for strict readers."""
_TAGS = re.compile("(\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f)|[\U000e0000-\U000e007f]")
"""Tag characters: invisible copies of ASCII ("ASCII smuggling"). Only an emoji flag such as
Scotland's is spelt with them; there they are kept."""
_JOINERS = re.compile("[\u200c\u200d]")
_BLANK_RUN = re.compile(r"\n{3,}")


def _repair_c1(match: re.Match[str]) -> str:
    """Map a stray C1 control (mis-decoded Windows-1252) to the character meant."""
    try:
        return bytes([ord(match.group())]).decode("cp1252")
    except UnicodeDecodeError:
        return ""


_UNJOINED_SCRIPTS: Final = ("LATIN ", "GREEK ", "CYRILLIC ", "ARMENIAN ", "GEORGIAN ")
"""Scripts whose letters never join (as Unicode names them): a ZWJ or ZWNJ there shapes
nothing, and "Inter\u200dpol" was a word no dictionary, search or fact check knew."""


def _keep_joiner(match: re.Match[str]) -> str:
    """Keep ZWJ/ZWNJ only inside a word, where they shape letters (Persian, Indic, emoji)."""
    text = match.string
    start, end = match.start(), match.end()
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isspace() or after.isspace() or before in "\u200c\u200d":
        return ""
    if _unjoined(before) or _unjoined(after):
        return ""
    return match.group()


def _unjoined(character: str) -> bool:
    """Whether a character is ASCII or a letter of a script whose letters never join."""
    return character.isascii() or unicodedata.name(character, "").startswith(_UNJOINED_SCRIPTS)


def _expand_tabs(line: str) -> str:
    """Turn leading tabs into 4 spaces (keeps list nesting) and inner tabs into one space."""
    stripped = line.lstrip("\t")
    lead = len(line) - len(stripped)
    return "    " * lead + stripped.replace("\t", " ")


def clean_characters(text: str) -> str:
    """Drop the characters that show and say nothing, and normalise the rest to NFC.

    Zero-width, bidi-control, soft-hyphen and tag characters, noncharacters and lone
    surrogates are removed (ZWJ and ZWNJ are kept inside words, where they shape letters, and
    tags inside an emoji flag); stray C1 controls are read as the Windows-1252 characters they
    were. U+FFFD, the mark of a character lost before plainvoice, is kept: it shows a loss.
    Every text a person gives (the statement, its title, an edited plain.md) goes through it.
    """
    text = _INVISIBLE.sub("", text)
    text = _NONCHARACTERS.sub("", text)
    text = _TAGS.sub(lambda match: match.group(1) or "", text)
    text = _JOINERS.sub(_keep_joiner, text)
    text = re.sub("[\x80-\x9f]", _repair_c1, text)
    return unicodedata.normalize("NFC", text)


def tidy_markdown(text: str) -> str:
    """Normalise text so every later stage sees the same clean Markdown.

    `clean_characters` (NFC; invisible characters and noncharacters removed); CRLF, CR and
    the Unicode line and paragraph separators to LF; a form feed (a page break) to a line of
    its own; tabs to spaces; trailing spaces stripped; runs of blank lines collapsed to one
    blank line.

    Args:
        text: Markdown or plain text.

    Returns:
        The tidied text, ending with exactly one newline (or empty).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    # A form feed parts two pages of text exported from a PDF: kept on a line of its own, the
    # load stage reads the pages' headers and footers by it (`pipeline.pages.join_pages`).
    text = text.replace("\x0c", "\n\x0c\n").replace("\x0b", "\n")
    if text.endswith("\x1a"):
        text = text[:-1]
    text = clean_characters(text)
    # Trailing spaces go line by line: a pattern "[ \t]+$" tried every space of an indent
    # again, which took 90 s for a list nested 1,000 deep (1 MB of indents).
    text = "\n".join(_expand_tabs(line).rstrip(" \t") for line in text.split("\n"))
    text = _BLANK_RUN.sub("\n\n", text)
    text = text.strip("\n\x0c")  # a break before the first page or after the last parts nothing
    return text + "\n" if text.strip() else ""


def _wrap_emphasis(inner: str, marker: str) -> str:
    """Wrap text in emphasis markers, keeping surrounding spaces outside the markers."""
    core = inner.strip()
    if not core:
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    if core.startswith(marker) and core.endswith(marker):
        return inner  # already emphasised the same way: avoid "**x**" inside "*...*" soup
    return f"{lead}{marker}{core}{marker}{trail}"


def _one_line(text: str) -> str:
    """Collapse all whitespace (including newlines) to single spaces."""
    return " ".join(text.split())


# --------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------

_HTML_DROP_TAGS: Final = frozenset(
    {
        "script", "style", "noscript", "nav", "footer", "aside", "form", "template",
        "iframe", "svg", "button", "select", "input", "textarea", "canvas", "video",
        "audio", "object", "embed", "dialog", "head", "title", "meta", "link", "math",
    }
)  # fmt: skip
_HTML_NOISE = re.compile(r"cookie|consent|banner|breadcrumb|share|social|newsletter|skip", re.I)
_HTML_NOISE_ROLES: Final = frozenset(
    {"banner", "navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
)
_HTML_KEEP_TAGS: Final = frozenset({"html", "body", "main", "article"})
_HTML_SECTIONING: Final = frozenset({"article", "main", "section"})
_HTML_HEADINGS: Final = {f"h{level}": level for level in range(1, 7)}
_HTML_BLOCK_TAGS: Final = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
    }
)  # fmt: skip
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


def _read_html(text: str, name: str) -> tuple[str, str | None]:
    """Convert an HTML page's main content to Markdown; return it and the ``<title>``."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    depth = _html_depth(soup)
    if depth > MAX_HTML_DEPTH:
        raise InputError(
            f"{name}: the HTML is nested too deeply to read: {depth:,} elements deep, over "
            f"the {MAX_HTML_DEPTH:,} limit",
            hint="save the page's text as .txt, or nest its elements less deeply",
        )
    based = _BASE.set(_page_address(soup))
    try:
        return _html_to_markdown(soup)
    except RecursionError:
        raise InputError(f"{name}: the HTML is nested too deeply to read") from None
    finally:
        _BASE.reset(based)


MAX_HTML_DEPTH: Final = 200
"""The deepest nesting of elements a page is read to; real pages nest some 30 deep.

Deeper, the recursive reading ran into Python's limit only after a minute's work (5,000
nested <div> took 68 s to be refused); the depth is now measured first, without recursion.
"""


def _html_depth(soup: BeautifulSoup) -> int:
    """How many elements deep the page nests, found without recursion."""
    from bs4 import Tag

    deepest = 0
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element.contents if isinstance(child, Tag))
    return deepest


def _html_to_markdown(soup: BeautifulSoup) -> tuple[str, str | None]:
    """Pick the page's main content, clean it and render it as Markdown."""
    title = _one_line(soup.title.get_text(" ")) if soup.title is not None else ""
    candidates = [
        soup.find("main"),
        soup.find(None, {"role": "main"}),
        soup.find("article"),
        soup.body,
        soup,
    ]
    markdown = ""
    for candidate in candidates:
        if candidate is None or not hasattr(candidate, "find_all"):
            continue
        root: Tag = candidate
        _strip_html_noise(root)
        _spell_out_abbreviations(root)
        markdown = "\n\n".join(_html_blocks(root))
        if markdown.strip():
            break
    return markdown, title or None


def _spell_out_abbreviations(root: Tag) -> None:
    """Write an ``<abbr title>``'s long form before its first use: "Police and … Act (PACE)".

    The title is shown only to a mouse and most screen readers do not say it, so "PACE" went
    unexplained, and the voice spelled it out. Written once, as the page's author would in
    print, the later stages know the short form as the statement's own. A long form the text
    already gives, or an abbreviation already spelled out, is left as it is.
    """
    told: set[str] = set()
    text = root.get_text(" ")
    for abbr in root.find_all("abbr"):
        short = _one_line(abbr.get_text(" "))
        long = _one_line(str(abbr.get("title", "")))
        if not short or not long or short in told or long.lower() == short.lower():
            continue
        told.add(short)
        if long.lower() not in text.lower():
            abbr.string = f"{long} ({short})"


def _strip_html_noise(root: Tag) -> None:
    """Remove, inside ``root``, everything that is not the statement itself."""
    total = len(root.get_text())
    for element in list(root.find_all(True)):
        if element.decomposed or element is root:
            continue
        tag = element.name.lower()
        noise = _is_html_noise(element, tag) and not _wraps_content(element, total)
        if tag == "footer" and element.find_parent(["blockquote", "figure"]) is not None:
            # A quote's own <footer> names its speaker ("— Chief Constable Daniel Okafor"),
            # it is no page footer: dropping it left the words with no one who said them.
            continue
        if tag in _HTML_DROP_TAGS or noise:
            _keep_follow_links(element)
            element.decompose()


_SOCIAL_HOSTS: Final = re.compile(
    r"^(?:[\w-]+\.)*(?:x|twitter|facebook|instagram|linkedin|youtube|tiktok|threads|bsky"
    r"|flickr|mastodon\.social|whatsapp)\.(?:com|net|app|social)$",
    re.IGNORECASE,
)
"""The sites a body's "Follow us" links go to."""
_SHARING: Final = re.compile(r"share|intent|sharer|/send\b", re.IGNORECASE)
"""A link that posts the page rather than going to an account ("Share on X")."""


def _keep_follow_links(element: Tag) -> None:
    """Note the links to social-media accounts in page furniture about to be dropped.

    A "Stay connected" block is not the statement, but its links are still the body's own
    accounts: the package's page lists them at its foot (`Statement.follow`).
    """
    found = _FOLLOW.get()
    if found is None or element.decomposed:
        return
    from urllib.parse import urlsplit

    links = [element] if element.name == "a" else element.find_all("a", href=True)
    for link in links:
        address = _link_address(link)
        host = urlsplit(address).netloc.lower()
        if not _SOCIAL_HOSTS.match(host) or _SHARING.search(address):
            continue
        words = _one_line(link.get_text(" ")) or str(link.get("aria-label", "")).strip()
        words = words or host.removeprefix("www.").split(".")[0].capitalize()
        if all(address != kept for _, kept in found):
            found.append((words, address))


def _wraps_content(element: Tag, total: int) -> bool:
    """Say whether an element flagged as noise in fact wraps the statement.

    Class names are a loose signal ("page-banner-layout" may wrap the whole page), so an
    element holding the main heading or most of the text is never dropped for its name.
    """
    if element.find(["main", "article", "h1"]) is not None:
        return True
    return total > 0 and len(element.get_text()) > total // 2


def _is_html_noise(element: Tag, tag: str) -> bool:
    """Say whether an element is page furniture (banner, cookie notice, hidden, etc.)."""
    if tag == "a" and str(element.get("href", "")).strip().lower().startswith("javascript:"):
        return not _inside_a_sentence(element)
    if tag == "header":
        # A page-level <header> is the site banner; one inside an article or section is
        # the statement's own heading block and stays.
        return element.find_parent(list(_HTML_SECTIONING)) is None
    if element.has_attr("hidden") or str(element.get("aria-hidden", "")).lower() == "true":
        return True
    style = str(element.get("style", "")).replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    if str(element.get("role", "")).lower() in _HTML_NOISE_ROLES:
        return True
    if tag in _HTML_KEEP_TAGS:
        return False
    raw_classes: str | list[str] = element.get("class") or []
    classes = [raw_classes] if isinstance(raw_classes, str) else list(raw_classes)
    label = " ".join([str(element.get("id", "")), *map(str, classes)])
    return bool(_HTML_NOISE.search(label))


def _inside_a_sentence(element: Tag) -> bool:
    """Say whether a link has words of a sentence on both sides ("The minister <a>spoke</a> today").

    A script link is page furniture ("Print this page", "Share") and goes, but inside a
    sentence its words are the sentence's: dropping them left "The minister today." The link
    itself is never kept, only its words, as for Markdown.
    """
    before, after = element.previous_sibling, element.next_sibling
    return (
        _is_html_text(before)
        and _is_html_text(after)
        and re.search(r"\w[\s,]*$", str(before)) is not None
        and re.match(r"\s*[\w.,;:!?)]", str(after)) is not None
    )


def _is_html_text(node: object) -> bool:
    """True for ordinary text nodes (not comments, doctypes, CDATA or script text)."""
    from bs4.element import NavigableString

    return type(node) is NavigableString


def _has_block_child(element: Tag) -> bool:
    """Say whether an inline-looking element wraps block content (e.g. ``<a><div>``)."""
    return element.find(list(_HTML_BLOCK_TAGS)) is not None


def _html_blocks(element: Tag) -> list[str]:
    """Render an element's children as a list of Markdown blocks."""
    from bs4 import Tag as BsTag

    blocks: list[str] = []
    inline: list[str] = []

    def flush() -> None:
        text = _clean_inline("".join(inline))
        inline.clear()
        if text:
            blocks.append(escape_line_starts(text))

    for child in element.children:
        if not isinstance(child, BsTag):
            if _is_html_text(child):
                inline.append(_html_text(child))
            continue
        tag = child.name.lower()
        if tag == "br":
            inline.append("\n")
        elif tag in _HTML_HEADINGS:
            flush()
            heading = _MD_LINK.sub(r"\1", _one_line(_html_inline(child)))
            if heading:
                blocks.append("#" * _HTML_HEADINGS[tag] + " " + heading)
        elif tag in ("ul", "ol"):
            flush()
            rendered = _html_list(child, ordered=tag == "ol")
            if rendered:
                blocks.append(rendered)
        elif tag == "blockquote":
            flush()
            inner = _html_blocks(child)
            if inner:
                blocks.append(_quote("\n\n".join(inner)))
        elif tag == "pre":
            flush()
            lines = [line.strip() for line in child.get_text().split("\n")]
            text = escape_literal_marks("\n".join(line for line in lines if line))
            if text:
                blocks.append(escape_line_starts(text))
        elif tag == "table":
            flush()
            blocks.extend(_html_table(child))
        elif tag == "dl" and (pairs := _html_terms(child)):
            flush()
            # "From: Northmere Courts …", "People displaced: 310,000": a paragraph each.
            blocks.extend(pairs)
        elif tag == "hr":
            flush()
        elif tag in _HTML_BLOCK_TAGS or _has_block_child(child):
            flush()
            blocks.extend(_html_blocks(child))
        else:
            inline.append(_html_inline(child))
    flush()
    return blocks


_MD_LINK: Final = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
"""A link as `_html_inline` writes it: a heading keeps its words only (it names a part)."""


def _html_terms(element: Tag) -> list[str]:
    """A ``<dl>``'s terms and descriptions as "Term: description" lines, in order.

    Each ``<dt>`` and ``<dd>`` had been a block of its own: a page's "From:" / "Northmere
    Courts and Tribunals Service" / "Published" / "25 November 2026" was read as paragraphs,
    one of them a section's title. Nested blocks inside a pair are read as its text.
    """
    from bs4 import Tag as BsTag

    pairs: list[tuple[str, list[str]]] = []
    for child in element.find_all(["dt", "dd"]):
        if not isinstance(child, BsTag) or child.find_parent("dl") is not element:
            continue
        text = _one_line(" ".join(_html_blocks(child)))
        if not text:
            continue
        if child.name.lower() == "dt":
            pairs.append((text.rstrip(" :"), []))
        elif pairs:
            pairs[-1][1].append(text)
        else:
            pairs.append(("", [text]))
    lines = []
    for term, described in pairs:
        told = ""
        for part in described:  # "; " between short descriptions, a space after a sentence
            told += part if not told else (" " if told.endswith((".", "!", "?")) else "; ") + part
        lines.append(f"{term}: {told}" if term and told else term or told)
    return [escape_line_starts(line) for line in lines if line]


def _html_text(node: object) -> str:
    """A text node as Markdown: its spaces collapsed, its own stars and underscores escaped."""
    return escape_literal_marks(_HTML_SPACE.sub(" ", str(node)))


def _html_inline(node: object) -> str:
    """Render phrasing content: text, emphasis and line breaks; links keep text only."""
    from bs4 import Tag as BsTag

    if not isinstance(node, BsTag):
        return _html_text(node) if _is_html_text(node) else ""
    tag = node.name.lower()
    if tag == "br":
        return "\n"
    if tag in ("img", "area"):
        # An image's words are its alt text, as a screen reader says them and as a Markdown
        # image's are: a chart under "Key figures" was lost with its heading. An empty alt
        # marks a decorative image, which says nothing.
        alt = _one_line(str(node.get("alt", "")))
        return f" {alt} " if any(char.isalnum() for char in alt) else ""
    inner = "".join(_html_inline(child) for child in node.children)
    if tag == "sup" and (mark := _HTML_NOTE_MARK.fullmatch(inner.strip())):
        # A footnote's raised number, written as Word and PDF ones are ("codes.¹"): as
        # plain figures it ran into the sentence ("codes.1") and was said as a number.
        return mark.group(1).translate(_SUPERSCRIPT)
    if tag == "a" and (address := _link_address(node)) and "[" not in inner and "]" not in inner:
        # The address is kept for the page and the text files, never said: a link's words
        # stay its words everywhere else (`text.markdown_links`).
        words = inner.strip()
        if words:
            lead, trail = inner[: len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()) :]
            return f"{lead}[{words}]({address}){trail}"
    if tag in ("em", "i"):
        return _wrap_emphasis(inner, "*")
    if tag in ("strong", "b"):
        return _wrap_emphasis(inner, "**")
    return inner


_BASE: ContextVar[str] = ContextVar("plainvoice_html_base", default="")
"""The address the page being read was published at, when it says (see `_page_address`)."""


def _link_address(link: Tag) -> str:
    """Where a link goes, as an address that works from anywhere, or "" to keep its words only.

    A saved page's links are often relative ("/appeal"): they mean something only on the
    site, so they are made whole from the page's own address (its ``<base>``, canonical link
    or ``og:url``) and dropped when it has none. A link within the page ("#n1", a footnote)
    and one that would run code are no address to give.
    """
    from urllib.parse import urljoin, urlsplit

    href = str(link.get("href", "")).strip()
    if not href or href.startswith("#"):
        return ""
    if re.match(r"(?:mailto|tel):[^\s()<>]+$", href, re.I):
        return href
    base = _BASE.get()
    address = urljoin(base, href) if base else href
    if urlsplit(address).scheme.lower() not in ("http", "https") or not urlsplit(address).netloc:
        return ""
    return address.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _page_address(soup: BeautifulSoup) -> str:
    """The page's own address, from ``<base href>``, its canonical link or ``og:url``."""
    from bs4 import Tag as BsTag

    for element, attribute in (
        (soup.find("base", href=True), "href"),
        (soup.find("link", rel="canonical", href=True), "href"),
        (soup.find("meta", property="og:url", content=True), "content"),
    ):
        if isinstance(element, BsTag):
            value = str(element.get(attribute, "")).strip()
            if re.match(r"https?://[^/\s]+", value, re.I):
                return value
    return ""


_HTML_NOTE_MARK: Final = re.compile(r"\[?(\d{1,3})\]?")
"""What a ``<sup>`` holds when it marks a footnote: "1", "[2]"."""


def _clean_inline(text: str) -> str:
    """Tidy rendered inline text: single spaces, no blank or padded lines."""
    lines = (" ".join(line.split(" ")).strip() for line in text.split("\n"))
    return "\n".join(re.sub(r" {2,}", " ", line) for line in lines if line)


def _html_list(element: Tag, *, ordered: bool) -> str:
    """Render ``<ul>``/``<ol>`` as Markdown list items, nesting by indentation.

    An ordered list keeps the numbers a reader sees: it counts from its ``start``, and an item's
    ``value`` sets its number and those after it (a resolution's paragraphs 5 to 9 quoted alone
    are still 5 to 9), as browsers number them.
    """
    from bs4 import Tag as BsTag

    number = _html_number(element.get("start"), 1)
    kind = _html_list_kind(element) if ordered else "decimal"
    items: list[str] = []
    for child in element.children:
        if not isinstance(child, BsTag) or child.name.lower() != "li":
            continue
        number = _html_number(child.get("value"), number)
        marker = _html_marker(kind, number) if ordered else "- "
        number += 1  # an empty item still takes its number, as the browser shows it
        body = "\n".join(_html_blocks(child))
        if not body.strip():
            continue
        items.append(_list_item(marker, body))
    return "\n".join(items)


_HTML_LIST_TYPES: Final = {"a": "letter", "A": "letter", "i": "roman", "I": "roman"}
"""`<ol type>`: the letters or roman numerals a browser shows instead of figures."""
_CSS_LIST_TYPES: Final = re.compile(
    r"list-style(?:-type)?\s*:[^;]*?\b(?P<kind>lower-alpha|lower-latin|upper-alpha|upper-latin"
    r"|lower-roman|upper-roman)\b",
    re.I,
)


def _html_list_kind(element: Tag) -> str:
    """How an ``<ol>`` shows its numbers: "decimal", "letter" (a, b, c) or "roman" (i, ii).

    From its ``type`` attribute, or an inline ``list-style-type``, as a browser reads them. A
    resolution's sub-items "a.", "b." were read as "1.", "2.": the page and the text files
    showed numbers the document does not have, and "paragraph 2 (b)" could not be found.
    """
    kind = _HTML_LIST_TYPES.get(str(element.get("type", "")).strip(), "decimal")
    found = _CSS_LIST_TYPES.search(str(element.get("style", "")))
    if found is not None:
        kind = "roman" if "roman" in found.group("kind").lower() else "letter"
    return kind


def _html_marker(kind: str, number: int) -> str:
    """An ordered item's marker as the statement's reader knows it: "3. ", "(c) ", "(iv) ".

    Letters and roman numerals are written in brackets, as Word's are (`_docx_marker`): the
    reader takes "(c)" and "(iv)" for an item's number, where "c." would be a word. They are
    written in lower case, the only case the reader knows; a number beyond the letters
    ("aa") or small roman numerals is written as a figure.
    """
    label = _letter_label(number) if kind == "letter" else None
    if kind == "roman":
        label = _roman_label(number)
    return f"({label}) " if label else f"{number}. "


def _letter_label(value: int) -> str | None:
    """1 -> "a", 26 -> "z"; None beyond the alphabet."""
    return chr(ord("a") + value - 1) if 1 <= value <= 26 else None


def _roman_label(value: int) -> str | None:
    """1 -> "i", 13 -> "xiii"; None beyond what a sub-item is numbered with."""
    if not 1 <= value <= 13:
        return None
    label = ""
    for amount, letters in _ROMAN:
        while value >= amount:
            label, value = label + letters, value - amount
    return label


def _html_number(value: object, default: int) -> int:
    """An ``<ol start>`` or ``<li value>`` as a number a list item may have, else `default`."""
    try:
        number = int(str(value).strip()) if value is not None else default
    except ValueError:
        return default
    return number if 0 <= number <= 999 else default


def _list_item(marker: str, body: str) -> str:
    """Prefix a list item's first line with its marker and indent the rest under it."""
    pad = " " * len(marker)
    lines = body.split("\n")
    rest = [pad + line if line else "" for line in lines[1:]]
    return "\n".join([marker + lines[0], *rest])


def _quote(text: str) -> str:
    """Turn a block of Markdown into a block quote."""
    return "\n".join("> " + line if line else ">" for line in text.split("\n"))


def _html_table(table: Tag, title: str | None = None) -> list[str]:
    """Render each table row as one paragraph of its cells joined by an en dash.

    `title` names the table when the heading above it is not in `table`'s document (a
    Markdown heading over an HTML table); None looks for the heading above it.
    """
    from bs4 import Tag as BsTag

    rows: list[list[str]] = []
    headed = False
    firsts: list[bool] = []  # whether each body row starts with a <th>
    caption = table.find("caption")
    # The caption says what the figures count ("Stops recorded in the year to September"):
    # it was dropped, leaving the rows with no subject. It is read before them, as a
    # screen reader does.
    told = ""
    if isinstance(caption, BsTag) and caption.find_parent("table") is table:
        told = _one_line(" ".join(_html_blocks(caption)))
    for row in table.find_all("tr"):
        if row.find_parent("table") is not table:
            continue  # a nested table's row: read inside its cell, not again on its own
        cells = row.find_all(["td", "th"], recursive=False)
        if not rows:
            headed = bool(cells) and (
                all(cell.name == "th" for cell in cells) or row.find_parent("thead") is not None
            )
        elif cells:
            firsts.append(cells[0].name == "th")
        rows.append([_one_line(" ".join(_html_blocks(cell))) for cell in cells])
    # Row headings the page marks (<th scope="row">) are taken as they are; none marked
    # leaves it to the cells (`table_lines`).
    marked = True if firsts and all(firsts) else None
    if title is None:
        above = table.find_previous(list(_HTML_HEADINGS))
        title = _one_line(above.get_text(" ")) if isinstance(above, BsTag) else ""
    data = read_table(rows, headed, caption=told, title=title, row_headings=marked)
    if table.find_parent("table") is None:
        _keep_table(data)
    return list(data.lines)


_RAW_TABLE: Final = re.compile(r"^ {0,3}<table\b.*?</table>[ \t]*$", re.I | re.S | re.M)
"""An HTML table written into Markdown, from its opening tag at a line's start to its end."""
_MD_HEADING_LINE: Final = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)


def markdown_html_tables(text: str) -> tuple[str, list[TableData]]:
    """Markdown with each HTML table in it read as a page's table is, and those tables.

    Markdown passes raw HTML through, and a release typed in a CMS often holds a table so:
    its tags were shown and read out as text ("<table> <tr><td>Homeowners</td> …").
    """
    if "<table" not in text.lower():
        return text, []
    from bs4 import BeautifulSoup

    tables: list[TableData] = []
    parts: list[str] = []
    at = 0
    for found in _RAW_TABLE.finditer(text):
        table = BeautifulSoup(found.group(), "html.parser").find("table")
        if table is None:
            continue
        headings = _MD_HEADING_LINE.findall(text, 0, found.start())
        reading = _TABLES.set(tables)
        try:
            lines = _html_table(table, _MD_LINK.sub(r"\1", headings[-1]) if headings else "")
        finally:
            _TABLES.reset(reading)
        parts += [text[at : found.start()], "\n\n".join(lines)]
        at = found.end()
    return "".join([*parts, text[at:]]), tables


_FIGURE: Final = re.compile(r"[-+−]?[$€£¥]?\d[\d,.\s]*(?:%|\s?per\s?cent)?")
"""A cell that holds a figure: "55,210", "7%", "$1.2", "-3"."""


_CLOCK: Final = r"\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?"
_FIGURES: Final = re.compile(
    rf"(?:{_CLOCK}|{_FIGURE.pattern})(?:\s*(?:to|–|-)\s*(?:{_CLOCK}|{_FIGURE.pattern}))?",
    re.I,
)
"""A cell of figures: one ("55,210"), a time ("9:00"), or a range of them ("10:00 to 16:00").

Opening hours under "Current hours" and "New hours" were read "Monday – 9:00 to 16:00 –
10:00 to 16:00", leaving the listener to guess which was which."""


def table_lines(
    rows: Sequence[Sequence[str]], headed: bool = False, row_headings: bool | None = None
) -> list[str]:
    """A table as lines a listener can follow: each row's figures said with their headings.

    "Burglary – 55,210 – 49,870" read aloud says nothing of which year is which. Under a
    heading row, a row of figures is read "Burglary – 2023: 55,210; 2024: 49,870". A first
    row counts as headings when the document marks it so (`headed`), or when it holds no
    figure where every row below it does.

    The first cell is said with its heading too ("Before: Summons by post only – After: …")
    unless it names its row: when the document marks it as the row's heading
    (`row_headings`), or, unmarked, when the other cells are figures ("Northbank – Homes
    protected: 1,200"). A "Before | After" table's rows were read "Summons by post only –
    After: Summons by email", so the listener never heard which was the old way.
    """
    filled = [[cell.strip() for cell in row] for row in rows]
    filled = [row for row in filled if any(row)]
    if len(filled) > 1 and (headed or _figures_under_headings(filled)):
        head, *body = filled
        named = _names_rows(filled, row_headings)
        lines = [" – ".join(cell for cell in head if cell)]
        for row in body:
            if len(row) != len(head):
                lines.append(" – ".join(cell for cell in row if cell))
                continue
            # Semicolons between the pairs: "55,210 – 2024" would be read as a range.
            pairs = "; ".join(
                f"{label}: {value}" if label else value
                for label, value in zip(head[1:], row[1:], strict=True)
                if value
            )
            first = row[0] if named or not (head[0] and row[0]) else f"{head[0]}: {row[0]}"
            lines.append(" – ".join(part for part in (first, pairs) if part))
        return [line for line in lines if line]
    return [line for row in filled if (line := " – ".join(cell for cell in row if cell))]


def _names_rows(rows: list[list[str]], marked: bool | None) -> bool:
    """Whether each row's first cell names its row (see `table_lines`).

    Unmarked, it does unless the first heading is one side of a comparison ("Before",
    "Old", "Current", "2025"): then the first cell is a value like the ones beside it, and
    "Summons by post only" needs its "Before:" as much as "Summons by email" its "After:".
    A row of names ("Northgate Leisure Centre", "ADEYEMI, Grace") heads its row.
    """
    if marked is not None:
        return marked
    return _COMPARED.fullmatch(rows[0][0].strip()) is None


_COMPARED: Final = re.compile(
    r"(?:before|after|old|new|current|previous|existing|was|now|then|today|present"
    r"|(?:last|this|next) year|(?:1[89]|20)\d\d(?:[/–-]\d{2,4})?)"
    r"(?:\s+\w+){0,2}",
    re.I,
)
"""A heading that is one side of a comparison: "Before", "Old rule", "Current hours", "2025/26"."""


def read_table(
    rows: Sequence[Sequence[str]],
    headed: bool = False,
    *,
    caption: str = "",
    title: str = "",
    row_headings: bool | None = None,
) -> TableData:
    """A table's lines as the text holds them (`table_lines`, caption first) and its cells.

    `head` is empty when the table has no heading row. Such a table is shown as a table only
    when its first column labels its rows ("Date | 18 June 2026", `_labelled_rows`): those
    cells then head their rows for a screen reader. Otherwise it is read and shown as lines,
    since a table with no headings tells a screen reader nothing a paragraph does not.
    """
    from pipeline.models import TableData

    lines = table_lines(rows, headed, row_headings)
    escaped = [escape_line_starts(line) for line in ([caption] if caption else []) + lines]
    filled = [[cell.strip() for cell in row] for row in rows]
    filled = [row for row in filled if any(row)]
    tabular = len(filled) > 1 and (headed or _figures_under_headings(filled))
    if not tabular and _labelled_rows(filled):
        return TableData(
            lines=tuple(escaped),
            head=(),
            rows=tuple(tuple(row) for row in filled),
            caption=escaped[0] if caption else "",
            title=title,
            row_headings=True,
        )
    if not tabular or any(len(row) != len(filled[0]) for row in filled):
        return TableData(lines=tuple(escaped), head=(), rows=())
    return TableData(
        lines=tuple(escaped),
        head=tuple(filled[0]),
        rows=tuple(tuple(row) for row in filled[1:]),
        caption=escaped[0] if caption else "",
        title=title,
        row_headings=_names_rows(filled, row_headings),
    )


LABEL_WORDS: Final = 6
"""The most words of a cell that labels its row ("Date", "Tenants, with the landlord's
agreement"); a longer first cell is a value, and the table a layout of paragraphs."""
VALUE_WORDS: Final = 30
"""The most words of a labelled row's other cells: more is prose set in a layout table."""


def _labelled_rows(rows: list[list[str]]) -> bool:
    """True when a table with no heading row names each row in its first cell.

    "Date | 18 June 2026, 10am" / "Place | Shire Hall" / "Coroner | Mr Samuel Marsh": each
    first cell is a short label, unlike its neighbours, and every cell is filled. Shown as a
    table with those cells as row headings, a screen reader says "Place" with "Shire Hall";
    as paragraphs it had "Place – Shire Hall", and a short last row was taken for a heading.
    """
    if len(rows) < 2 or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows):
        return False
    if not all(all(cell for cell in row) for row in rows):
        return False
    labels = [markdown_to_plain(row[0]) for row in rows]
    return (
        len({label.lower() for label in labels}) == len(labels)
        and all(
            len(label.split()) <= LABEL_WORDS
            and not label.endswith((".", "!", "?"))
            and not _FIGURE.fullmatch(label)
            for label in labels
        )
        and all(len(cell.split()) <= VALUE_WORDS for row in rows for cell in row[1:])
    )


def _figures_under_headings(rows: list[list[str]]) -> bool:
    """True when below the first row every row has figures, in columns the first row names."""
    head, *body = rows
    if len(head) < 2 or any(len(row) != len(head) for row in body):
        return False
    figures = [
        {i for i, cell in enumerate(row) if i and cell and _FIGURES.fullmatch(cell)} for row in body
    ]
    named = {i for i, cell in enumerate(head) if i and cell and _may_be_heading(cell)}
    return all(columns and columns <= named for columns in figures)


def _may_be_heading(cell: str) -> bool:
    """A cell that may head a column: words, or a year ("2024"); not a figure ("12", "55,210").

    A table with no heading row whose first row holds figures ("North – 12") had them read as
    headings: "South – 12: 9".
    """
    return not _FIGURE.fullmatch(cell) or re.fullmatch(r"(?:1[89]|20)\d\d", cell) is not None


# --------------------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------------------

_DOCX_HEADING = re.compile(r"^heading\s*([1-9])$")


def _read_docx(data: bytes, name: str, max_bytes: int) -> tuple[str, str | None]:
    """Convert a Word document's body to Markdown; return it and the core title.

    python-docx unpacks every part of the package into memory, so the size limit applies to
    what the ZIP unpacks to as well: a 0.5 MB .docx can hold 126 MB of XML, which took
    8 minutes to read before any stage ran.
    """
    import docx
    from docx.table import Table

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            # The declared sizes bound what zipfile inflates, so a lying header cannot pass.
            unpacked = sum(member.file_size for member in archive.infolist())
        if unpacked > max_bytes:
            raise too_large(name, unpacked, max_bytes, what="the Word document unpacks to")
        document = docx.Document(io.BytesIO(data))
        title = (document.core_properties.title or "").strip()
        blocks: list[str] = []
        current = _DocxList()
        notes: dict[str, int] = {}
        heading = ""  # the last heading met: it names a table under it
        for item in _docx_blocks(document):
            if isinstance(item, Table):
                current.end(blocks)
                blocks.extend(_docx_table(item, heading))
                continue
            kind, text = _docx_paragraph(document, item, notes)
            if found := re.match(r"#{1,6} (.+)", text):
                heading = found.group(1).strip()
            if kind == "list":
                current.add(document, item, text)
                continue
            current.end(blocks)
            if text:
                blocks.append(text)
        current.end(blocks)
        blocks.extend(_docx_notes(document, notes))
    except InputError:
        raise
    except Exception as exc:  # python-docx raises many kinds of error on damaged files
        raise InputError(
            f"{name}: cannot read the Word document; the .docx is corrupt or damaged "
            f"({type(exc).__name__})"
        ) from exc
    return "\n\n".join(blocks), title or None


class _DocxList:
    """The list being read: its items as Markdown lines, numbered as Word shows them."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.counts: dict[tuple[int, bool], int] = {}
        """Items met so far by level and by kind (numbered or bulleted)."""

    def add(self, document: DocxDocument, paragraph: Paragraph, text: str) -> None:
        """One item, indented by its level, with its number or a bullet."""
        level = _docx_list_level(paragraph)
        numbering = _docx_numbering(document, paragraph)
        ordered = numbering is not None
        for key in [key for key in self.counts if key[0] > level or key == (level, not ordered)]:
            del self.counts[key]  # deeper levels and the other list kind restart
        count = self.counts[(level, ordered)] = self.counts.get((level, ordered), 0) + 1
        marker = _docx_marker(numbering, level, count) if numbering is not None else "- "
        self.lines.append(_list_item(" " * 4 * level + marker, text))

    def end(self, blocks: list[str]) -> None:
        """Close the list, if one is open, as one block; the next list numbers afresh."""
        if self.lines:
            blocks.append("\n".join(self.lines))
        self.lines = []
        self.counts = {}


def _docx_style_name(paragraph: Paragraph) -> str:
    """The paragraph style's name in lower case (empty when it has none)."""
    style = paragraph.style
    return (style.name or "").strip().lower() if style is not None else ""


def _docx_num_pr(paragraph: Paragraph) -> Any:
    """The paragraph's direct numbering properties (``w:numPr``), or ``None``."""
    p_pr: Any = paragraph._p.pPr
    num_pr: Any = p_pr.numPr if p_pr is not None else None
    if num_pr is None or num_pr.numId is None or num_pr.numId.val == 0:
        return None
    return num_pr


def _docx_list_level(paragraph: Paragraph) -> int:
    """The nesting level of a list paragraph, from ``w:ilvl`` or the style name."""
    num_pr = _docx_num_pr(paragraph)
    if num_pr is not None and num_pr.ilvl is not None:
        return min(int(num_pr.ilvl.val), 8)
    match = re.search(r"(\d)$", _docx_style_name(paragraph))
    return max(int(match.group(1)) - 1, 0) if match else 0


@dataclass(frozen=True)
class _Numbering:
    """How a numbered list level writes its numbers: ``w:numFmt``, ``w:lvlText`` and ``w:start``."""

    format: str = "decimal"
    """"decimal", "lowerLetter", "lowerRoman", … (Word's names)."""
    text: str = "%1."
    """The number's pattern, "%1." or "(%1)", where %1 is the first level's number."""
    start: int = 1


def _docx_numbering(document: DocxDocument, paragraph: Paragraph) -> _Numbering | None:
    """How a list paragraph is numbered, or ``None`` for a bullet."""
    style = _docx_style_name(paragraph)
    num_pr = _docx_num_pr(paragraph)
    if num_pr is None:
        return _Numbering() if style.startswith("list number") else None
    if style.startswith("list bullet"):
        return None
    level = int(num_pr.ilvl.val) if num_pr.ilvl is not None else 0
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return _Numbering() if style.startswith("list number") else None
    abstract = numbering.xpath(
        f'./w:num[@w:numId="{int(num_pr.numId.val)}"]/w:abstractNumId/@w:val'
    )
    if not abstract:
        return _Numbering() if style.startswith("list number") else None
    level_path = f'./w:abstractNum[@w:abstractNumId="{int(abstract[0])}"]/w:lvl[@w:ilvl="{level}"]'
    formats = numbering.xpath(f"{level_path}/w:numFmt/@w:val")
    if not formats:
        return _Numbering() if style.startswith("list number") else None
    if formats[0] in ("bullet", "none"):
        return None
    texts = numbering.xpath(f"{level_path}/w:lvlText/@w:val")
    starts = numbering.xpath(f"{level_path}/w:start/@w:val")
    try:
        start = int(starts[0]) if starts else 1
    except ValueError:
        start = 1
    return _Numbering(str(formats[0]), str(texts[0]) if texts else "%1.", start)


_ROMAN: Final = (
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _docx_marker(numbering: _Numbering, level: int, count: int) -> str:
    """A numbered item's marker as Word shows it: "3. ", "(c) ", "iv) ".

    The `count`-th item of its level, from the level's start. Word's own pattern is kept when
    the statement's reader knows it as a paragraph number ("%1." "(%1)" "%1)"); a pattern it
    does not ("%1.%2.", "a.") gives the bare number, "3." or "(c)".
    """
    value = numbering.start + count - 1
    label = str(value)
    # Capitals are written in lower case, the only case the statement's reader knows: "C."
    # had become "3.", a number the document does not have.
    if numbering.format in ("lowerLetter", "upperLetter") and 1 <= value <= 26:
        label = _letter_label(value) or label
    elif numbering.format in ("lowerRoman", "upperRoman") and 1 <= value <= 13:
        label = _roman_label(value) or label
    elif numbering.format != "decimal" or not 0 <= value <= 999:
        return f"{value}. " if 0 <= value <= 999 else "- "
    placeholder = f"%{level + 1}"
    written = numbering.text.replace(placeholder, label, 1)
    if placeholder in numbering.text and "%" not in written and _DOCX_MARKER.fullmatch(written):
        return f"{written} "
    return f"{label}. " if label.isdigit() else f"({label}) "


_DOCX_MARKER: Final = re.compile(
    r"\d{1,3}[.)]|\(\d{1,3}\)|\((?:[a-z]|[ivx]{1,4})\)|(?:[a-z]|[ivx]{1,4})\)"
)
"""A Word number the statement's reader takes for one ("3.", "(c)", "iv)"): not "c." or "1.2"."""


_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _docx_blocks(document: DocxDocument) -> Iterable[Paragraph | Table]:
    """The body's paragraphs and tables, each text box's paragraphs before the one it is in.

    A text box ("BOIL WATER NOTICE IN FORCE") is drawn inside a run of a paragraph, where
    python-docx does not look: the most important line of a notice was lost.
    """
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(element: Any) -> Iterable[Paragraph | Table]:
        for child in element.iterchildren():
            if child.tag == f"{_W}p":
                yield Paragraph(child, document._body)
            elif child.tag == f"{_W}tbl":
                yield Table(child, document._body)
            elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
                # A content control of a press office's template ("Date: [pick a date]"):
                # python-docx does not look inside, and its words were lost.
                yield from walk(child)

    for item in walk(document.element.body):
        if isinstance(item, Paragraph):
            for box in item._p.iter(f"{_W}txbxContent"):
                # Word writes each box twice, as a drawing and as a fallback picture for old
                # readers: the fallback is the same text again.
                if any(parent.tag == _MC_FALLBACK for parent in box.iterancestors()):
                    continue
                for inner in box.iterchildren(f"{_W}p"):
                    yield Paragraph(inner, document._body)
        yield item


def _docx_notes(document: DocxDocument, notes: dict[str, int]) -> list[str]:
    """The footnotes the text refers to, in the order of their marks, under a heading.

    python-docx reads no footnotes: their marks vanished from the text and their words were
    lost. Each note is written "¹ Under the Police …", the form the later stages know.
    """
    if not notes:
        return []
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml

    texts: dict[str, str] = {}
    for rel in document.part.rels.values():
        if rel.reltype in (RELATIONSHIP_TYPE.FOOTNOTES, RELATIONSHIP_TYPE.ENDNOTES):
            kind = "f" if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES else "e"
            root = parse_xml(rel.target_part.blob)
            for note in root:
                ident = f"{kind}{note.get(f'{_W}id')}"
                words = " ".join(
                    "".join(node.text or "" for node in p.iter(f"{_W}t"))
                    for p in note.iter(f"{_W}p")
                )
                if ident not in texts:
                    texts[ident] = " ".join(words.split())
    found = [
        f"{str(number).translate(_SUPERSCRIPT)} {texts[ident]}"
        for ident, number in sorted(notes.items(), key=lambda item: item[1])
        if texts.get(ident)
    ]
    return ["## Footnotes", *(escape_line_starts(note) for note in found)] if found else []


def _docx_paragraph(
    document: DocxDocument, paragraph: Paragraph, notes: dict[str, int] | None = None
) -> tuple[str, str]:
    """Classify a paragraph (heading, list, quote, text) and render its Markdown."""
    style = _docx_style_name(paragraph)
    heading = _DOCX_HEADING.match(style)
    if style == "title" or heading:
        text = _one_line(_docx_plain(paragraph))
        level = int(heading.group(1)) if heading else 1
        return "heading", ("#" * min(level, 6) + " " + text) if text else ""
    text = _clean_inline(_docx_runs(paragraph, notes))
    if not text:
        return "text", ""
    is_list = (
        style.startswith(("list paragraph", "list bullet", "list number"))
        or _docx_num_pr(paragraph) is not None
    )
    if is_list:
        return "list", escape_line_starts(text)
    if "quote" in style:
        return "text", _quote(escape_line_starts(text))
    return "text", escape_line_starts(text)


_MC: Final = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_DOCX_NOT_TEXT: Final = frozenset(
    {
        f"{_W}pPr",
        f"{_W}del",  # tracked deletions: words the author took out
        f"{_W}moveFrom",  # a tracked move's old place: its words are read where they went
        f"{_W}txbxContent",  # a text box's paragraphs, read on their own before this one
        f"{_MC}Fallback",
    }
)


def _docx_runs_of(paragraph: Paragraph) -> list[Any]:
    """The paragraph's visible runs in order, wherever Word nests them.

    python-docx sees runs only at the top of a paragraph and in hyperlinks: the words of a
    tracked insertion ("The council has today agreed" read "The council agreed"), a field
    ("See our website" read "See"), a smart tag or an inline content control were lost.
    Hidden text stays unread.
    """
    from docx.text.run import Run

    def walk(element: Any) -> Iterable[Any]:
        for child in element.iterchildren():
            if child.tag == f"{_W}r":
                yield child
            elif child.tag not in _DOCX_NOT_TEXT:
                yield from walk(child)

    runs = [Run(element, paragraph) for element in walk(paragraph._p)]
    return [run for run in runs if not run.font.hidden]


def _docx_plain(paragraph: Paragraph) -> str:
    """A paragraph's words without emphasis, from every visible run (see `_docx_runs_of`)."""
    return "".join(run.text for run in _docx_runs_of(paragraph))


def _docx_runs(paragraph: Paragraph, notes: dict[str, int] | None = None) -> str:
    """Render a paragraph's visible runs (see `_docx_runs_of`) with emphasis.

    A footnote's mark is written in superscript figures ("custody.¹"), numbered in the order
    the marks come, as Word numbers them; ``notes`` maps each note's id to its number.
    """
    spans: list[tuple[str, bool, bool, str]] = []
    for run in _docx_runs_of(paragraph):
        # Its emphasis is the run's bold and italic: a star typed in the text is a star.
        text = escape_literal_marks(run.text.replace("\t", " "))
        if notes is not None:
            for mark in run._r.iterchildren(f"{_W}footnoteReference", f"{_W}endnoteReference"):
                kind = "e" if mark.tag.endswith("endnoteReference") else "f"
                ident = f"{kind}{mark.get(f'{_W}id')}"
                number = notes.setdefault(ident, len(notes) + 1)
                text += str(number).translate(_SUPERSCRIPT)
        if not text:
            continue
        bold, italic, link = bool(run.bold), bool(run.italic), _docx_link(paragraph, run._r)
        if spans and spans[-1][1:] == (bold, italic, link):
            spans[-1] = (spans[-1][0] + text, bold, italic, link)
        else:
            spans.append((text, bold, italic, link))
    parts: list[tuple[str, str]] = []
    for text, bold, italic, link in spans:
        if bold and italic:
            parts.append((_wrap_emphasis(text, "***"), link))
        elif bold:
            parts.append((_wrap_emphasis(text, "**"), link))
        elif italic:
            parts.append((_wrap_emphasis(text, "*"), link))
        else:
            parts.append((text, link))
    written = []
    for link, group in itertools.groupby(parts, key=lambda part: part[1]):
        inner = "".join(text for text, _ in group)
        words = inner.strip()
        if link and words and "[" not in inner and "]" not in inner:
            # Its address is kept for the page and the text files, never said.
            lead, trail = inner[: len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()) :]
            inner = f"{lead}[{words}]({link}){trail}"
        written.append(inner)
    return "".join(written)


_R: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _docx_link(paragraph: Paragraph, run: Any) -> str:
    """The web or e-mail address of the hyperlink a run is in, or "" (none, or within the file)."""
    element = run.getparent()
    while element is not None and element is not paragraph._p:
        if element.tag == f"{_W}hyperlink":
            ident = element.get(f"{_R}id")
            relation = paragraph.part.rels.get(ident) if ident else None
            if relation is None or not relation.is_external:
                return ""
            target = str(relation.target_ref).strip()
            if re.match(r"(?:https?://[^\s()<>]+|mailto:[^\s()<>]+)$", target, re.I):
                return target
            return ""
        element = element.getparent()
    return ""


def _docx_table(table: Table, title: str = "") -> list[str]:
    """Render each table row as one paragraph of its cells joined by an en dash."""
    rows = _docx_cells(table)
    first = table.rows[0]._tr if table.rows else None
    headed = (
        first is not None and first.trPr is not None and bool(first.trPr.xpath("./w:tblHeader"))
    )
    data = read_table(rows, headed, title=title)
    _keep_table(data)
    return list(data.lines)


def _docx_rows(table: Table) -> list[str]:
    return [line for row in _docx_cells(table) if (line := " – ".join(c for c in row if c))]


def _docx_cells(table: Table) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        seen: list[object] = []
        for cell in row.cells:
            if any(cell._tc is other for other in seen):  # merged cells repeat
                continue
            seen.append(cell._tc)
            cells.append(_one_line(_docx_cell_text(cell)))
        rows.append(cells)
    return rows


def _docx_cell_text(cell: _Cell) -> str:
    """A cell's paragraphs and the rows of tables nested in it (`cell.text` leaves those out)."""
    from docx.table import Table

    parts: list[str] = []
    for inner in cell.iter_inner_content():
        parts.extend(_docx_rows(inner) if isinstance(inner, Table) else [_docx_plain(inner)])
    return "\n".join(parts)


# --------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------

_BULLET = re.compile(r"^[•◦▪▫●○■□‣⁃∙·*\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf06e\uf0a8]\s*(?=\S*\w)")
"""A bullet, drawn as a character: Word's own come as Symbol or Wingdings private-use characters
(U+F0B7 ""), which were read as the end of the sentence before them. "* * *" is no bullet."""
_SENTENCE_END = tuple('.!?:;…"”’)]')


def _read_pdf(data: bytes, name: str) -> tuple[str, str | None]:
    """Convert a PDF's text layer to Markdown; return it and the metadata title."""
    # pypdf logs what it repairs as warnings, which unconfigured logging prints on stderr:
    # noise beside a PDF that reads, and lines before the one-line error of one that does not.
    pdf_log = logging.getLogger("pypdf")
    level = pdf_log.level
    pdf_log.setLevel(logging.ERROR)
    try:
        return _read_pdf_text(data, name)
    finally:
        pdf_log.setLevel(level)


def _read_pdf_text(data: bytes, name: str) -> tuple[str, str | None]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except Exception:  # missing crypto backend or unsupported scheme
                opened = False
            if not opened:
                raise InputError(
                    f"{name}: the PDF is password-protected; save an unprotected copy first"
                )
        pages = _pdf_page_texts(reader.pages, name)
        metadata = reader.metadata
        title = (metadata.title or "").strip() if metadata is not None else ""
    except InputError:
        raise
    except Exception as exc:  # pypdf raises many kinds of error on damaged files
        raise InputError(
            f"{name}: cannot read the PDF; the file is corrupt or damaged ({type(exc).__name__})"
        ) from exc
    markdown = _pdf_pages_to_markdown(pages)
    if not any(char.isalpha() for char in markdown):
        raise InputError(f"{name}: scanned PDF without text; run OCR first (e.g. ocrmypdf)")
    return markdown, _one_line(title) or None


def _pdf_page_texts(pages: Iterable[Any], name: str) -> list[list[_PdfLine]]:
    """Extract each page's lines, skipping single damaged pages rather than failing."""
    texts: list[list[_PdfLine]] = []
    failures = 0
    for page in pages:
        try:
            texts.append(_pdf_page_lines(page))
        except Exception:  # one broken content stream should not lose the statement
            failures += 1
            texts.append([])
    if texts and failures == len(texts):
        raise InputError(f"{name}: cannot read the PDF; the file is corrupt or damaged (no page)")
    return texts


@dataclass
class _PdfLine:
    """One line of a page's text, with where and how large it is drawn.

    The text alone loses what a reader sees: the space between paragraphs, a note's small
    raised number, the footnotes under a rule at the bottom of the page, a heading's size.
    """

    text: str
    y: float | None = None
    """The baseline, in points up from the page's bottom (``None`` when unknown)."""
    size: float = 0.0
    """The font size most of the line's characters are drawn in."""
    cells: tuple[tuple[float, str], ...] = ()
    """Each run of text drawn on its own and where it starts (x); a table row's are its cells."""
    row: bool = False
    """A table row, already written as a listener hears it."""
    bold: bool = False
    """Every character in a bold font."""


_Piece = tuple[str, float, float, float, bool]
"""A run of text as the PDF draws it: text, x, y (baseline), font size in points, bold."""

_BOLD_FONT: Final = re.compile(r"bold|black|heavy|semibold|demibold", re.I)

_LIGATURES: Final = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
    | {"\ufb05": "st", "\ufb06": "st", "\u2010": "-"}
)
"""Letters a typesetter joined into one glyph ("ﬁnancial"), which voices and word counts
stumble over, and the typographic hyphen, which a word broken at a line's end may carry."""
_SUPERSCRIPT: Final = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_PLAIN_DIGITS: Final = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_NOTE_MARK: Final = re.compile(f"^[{FOOTNOTE_DIGITS}]+")
_NOTE_AFTER: Final = tuple('.,;:!?)”"’')
_NOTE_NUMBER: Final = re.compile(r"^\d{1,3}(?=\D)")
_NUMBERED: Final = re.compile(r"^(\d{1,2})[.)]\s+(?=\S)")
"""A numbered paragraph as a PDF draws it: "1. The obligation …", "2) Railway …"."""


def _pdf_page_lines(page: Any) -> list[_PdfLine]:
    """A page's text lines, each with its baseline and font size where pypdf reports them."""
    pieces: list[_Piece] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not text:
            return
        try:
            y = float(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
            x = float(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])
            scale = abs(float(tm[3] * cm[3] + tm[2] * cm[2])) or 1.0
            drawn = float(size) * scale
            across = float(tm[0] * cm[0] + tm[1] * cm[2])
            if across <= 0 or abs(float(tm[0] * cm[1] + tm[1] * cm[3])) > 0.01 * across:
                x = y = float("nan")  # turned or mirrored text: its lines do not run across
        except (TypeError, ValueError, IndexError):
            x = y = drawn = float("nan")
        name = font.get("/BaseFont", "") if isinstance(font, dict) else ""
        pieces.append((text, x, y, drawn, _BOLD_FONT.search(str(name)) is not None))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(piece[0] for piece in pieces) != text:
        return [_PdfLine(line) for line in text.splitlines()]  # positions would not match
    rows: list[list[_Piece]] = []
    current: list[_Piece] = []
    for piece_text, x, y, drawn, bold in pieces:
        for part in piece_text.splitlines(keepends=True):
            content = part.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
            if content:
                current.append((content, x, y, drawn, bold))
            if content != part:
                rows.append(current)
                current = []
    if current:
        rows.append(current)
    joined: list[list[_Piece]] = []
    for row in rows:
        if joined and _pdf_same_line(joined[-1], row):
            joined[-1] = joined[-1] + row
        else:
            joined.append(row)
    return [_pdf_line(row) for row in joined]


def _pdf_is_mark(piece: _Piece, size: float) -> bool:
    """A note's number: a few figures in type much smaller than the line's."""
    mark = piece[0].strip()
    return mark.isdigit() and len(mark) <= 3 and piece[3] <= 0.8 * size


def _pdf_same_line(before: list[_Piece], row: list[_Piece]) -> bool:
    """Whether pypdf broke a line at a note's raised mark: "custody." / "1" / " A third man".

    A mark raised high enough is put on a line of its own, and the rest of its line after it.
    """
    drawn = [piece for piece in before if piece[0].strip()]
    after = [piece for piece in row if piece[0].strip()]
    if not drawn or not after:
        return False
    size = max(piece[3] for piece in drawn)
    base = next((piece[2] for piece in drawn if piece[3] == size), float("nan"))
    if math.isnan(base) or math.isnan(size):
        return False
    if all(_pdf_is_mark(piece, size) for piece in after):
        return all(0 < piece[2] - base <= size for piece in after)  # raised above the line
    if _pdf_is_mark(drawn[-1], size) and drawn[-1][2] > base:
        return abs(after[0][2] - base) < 0.5 and after[0][1] > drawn[-1][1]  # the line goes on
    return False


def _pdf_line(pieces: list[_Piece]) -> _PdfLine:
    """Join a line's pieces, writing a footnote's small raised number as superscript."""
    weights: Counter[float] = Counter()
    for text, _x, y, size, _bold in pieces:
        if text.strip() and size == size and y == y:  # NaN is not equal to itself
            weights[round(size, 1)] += len(text.strip())
    if not weights:
        return _PdfLine("".join(piece[0] for piece in pieces))
    size = weights.most_common(1)[0][0]
    base = next(
        y
        for text, _x, y, drawn, _b in pieces
        if text.strip() and y == y and round(drawn, 1) == size
    )
    parts: list[str] = []
    for text, _x, y, drawn, _bold in pieces:
        mark = text.strip()
        before = "".join(parts).rstrip()
        small = drawn <= 0.8 * size and mark.isdigit() and len(mark) <= 3 and before != ""
        # Raised by its position, or by a text rise pypdf does not report: then only after
        # the punctuation a note's mark follows ("custody.1"), never inside a sentence.
        raised = y == y and y - base >= 0.15 * size
        if small and (raised or before.endswith(_NOTE_AFTER)):
            # "custody.1" with a small raised 1: a note's mark, which a listener never hears.
            parts = [before, mark.translate(_SUPERSCRIPT)]
        else:
            parts.append(text)
    cells = tuple((round(x * 2) / 2, text.strip()) for text, x, *_rest in pieces if text.strip())
    bold = all(piece[4] for piece in pieces if piece[0].strip())
    return _PdfLine("".join(parts), base, size, cells, bold=bold)


def _pdf_strip_furniture(pages: list[list[_PdfLine]]) -> list[list[_PdfLine]]:
    """Drop running headers/footers (repeated on most pages) and page numbers."""
    furniture = page_furniture([[line.text for line in lines] for lines in pages])
    return [
        [line for index, line in enumerate(lines) if index not in dropped]
        for lines, dropped in zip(pages, furniture, strict=True)
    ]


def _pdf_reading_order(lines: list[_PdfLine]) -> list[_PdfLine]:
    """A one-column page's lines from top to bottom, whatever order the PDF draws them in.

    A text box ("BOIL WATER NOTICE IN FORCE") is drawn before the page's header and title,
    and was read first. A page where two lines share a baseline has columns or a table, and
    keeps the PDF's own order.
    """
    filled = [line for line in lines if line.text]
    if not filled or any(line.y is None for line in filled):
        return lines
    baselines = sorted(line.y for line in filled if line.y is not None)
    if any(upper - lower < 0.5 for lower, upper in itertools.pairwise(baselines)):
        return lines
    return sorted(filled, key=lambda line: -(line.y or 0.0))


def _pdf_strip_top_margin(pages: list[list[_PdfLine]], body: float) -> list[list[_PdfLine]]:
    """Drop the small lines every page opens with at the same height, whatever they say.

    A letterhead on the first page only, and a running header on the others ("Eastport
    Constabulary – Harbour Road statement"), are too few to count as repeated: the header was
    read in the middle of the sentence running over the page ("the Chief Eastport
    Constabulary – … Constable added"). What stands where each page's header stands is one,
    as a Word document's headers are, which are not read either.
    """
    texty = [page for page in pages if any(line.text for line in page)]
    if body <= 0 or len(texty) < 2:
        return pages

    def opening(page: list[_PdfLine]) -> list[_PdfLine]:
        """The small lines a page opens with, before its first line in the text's size."""
        found: list[_PdfLine] = []
        for line in page:
            if not line.text:
                continue
            if line.y is None or not 0 < line.size < 0.9 * body:
                break
            found.append(line)
        return found

    heights = [{round(line.y or 0.0) for line in opening(page)} for page in texty]
    common = set.intersection(*heights)
    if not common:
        return pages
    cleaned: list[list[_PdfLine]] = []
    for page in pages:
        drop = {id(line) for line in opening(page) if round(line.y or 0.0) in common}
        cleaned.append([line for line in page if id(line) not in drop])
    return cleaned


def _pdf_body_size(pages: list[list[_PdfLine]]) -> float:
    """The font size most of the document's characters are drawn in."""
    sizes: Counter[float] = Counter()
    for line in (line for page in pages for line in page):
        if line.size:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _pdf_take_notes(page: list[_PdfLine], body: float, notes: list[str]) -> list[_PdfLine]:
    """Move the footnotes at the bottom of a page to ``notes``; return the page without them.

    A footnote is set smaller than the text, below every line of it, and opens with its raised
    number ("¹Under the Police …"). Left in place it was read in the middle of the sentence
    running over the page break ("the Chief ¹Under the Police … Constable added").
    """
    drawn = [
        line.y for line in page if line.text and line.y is not None and line.size >= 0.9 * body
    ]
    if not drawn or not body:
        return page
    floor = min(drawn)
    marks = {
        found.translate(_PLAIN_DIGITS)
        for line in page
        for found in re.findall(f"[{FOOTNOTE_DIGITS}]+", line.text)
    }
    kept: list[_PdfLine] = []
    last: float | None = None
    for line in page:
        small = line.y is not None and line.y < floor and 0 < line.size < 0.9 * body
        mark = (_NOTE_MARK.match(line.text) or _NOTE_NUMBER.match(line.text)) if small else None
        number = mark.group().translate(_PLAIN_DIGITS) if mark is not None else ""
        if mark is not None and line.y is not None and number in marks:
            # "1Article 23 …": the note's number, raised or not, then its text.
            rest = line.text[mark.end() :].lstrip()
            notes.append(f"{number.translate(_SUPERSCRIPT)} {rest}".rstrip())
            last = line.y
            continue
        if small and last is not None and line.y is not None and 0 < last - line.y <= 2 * line.size:
            notes[-1] = _pdf_join_text(notes[-1], line.text)
            last = line.y
            continue
        if line.text:
            last = None
        kept.append(line)
    return kept


def _pdf_join_text(text: str, line: str) -> str:
    """Join a wrapped line onto the text before it, mending a word hyphenated at the break."""
    if _pdf_word_cut_at_line_end(text, line):
        return text[:-1] + line
    return f"{text} {line}"


_PDF_STEM_AT_END: Final = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?=-$)")
"""The letters before a hyphen that ends a line: "inter" in "the inter-"."""
_PDF_TAIL_AT_START: Final = re.compile(r"[^\W\d_]+")
"""The letters a line opens with: "national" in "national crime"."""


def _pdf_word_cut_at_line_end(text: str, line: str) -> bool:
    """True when a hyphen ending `text` only cuts a word that goes on at `line`'s start.

    The page reader's decision (`pipeline.pages.is_one_word`): "inter-" / "national" is
    "international", while "well-" / "known" keeps its hyphen ("wellknown" is no word). A
    PDF joined every lowercase pair, so "well-known" was read "wellknown" and spoken as one
    made-up word.
    """
    stem = _PDF_STEM_AT_END.search(text)
    tail = _PDF_TAIL_AT_START.match(line)
    return (
        stem is not None
        and tail is not None
        and stem.group()[-1].islower()
        and tail.group()[0].islower()
        and is_one_word(stem.group(), tail.group())
    )


def _pdf_pitch(pages: list[list[_PdfLine]]) -> dict[float, float]:
    """For each font size, the distance between the baselines of two lines of one paragraph.

    Given per point of type, as the smallest distance that is common: lines one paragraph
    apart are further apart than that, and in a statement of one-line paragraphs and list
    items they can be the commonest distance of all.
    """
    ratios: dict[float, Counter[float]] = {}
    for page in pages:
        filled = [line for line in page if line.text]
        for above, below in itertools.pairwise(filled):
            if above.y is None or below.y is None or not below.size:
                continue
            gap = above.y - below.y
            if above.size == below.size and 0 < gap < 3 * below.size:
                found = ratios.setdefault(below.size, Counter())
                found[round(gap / below.size * 40) / 40] += 1
    pitches: dict[float, float] = {}
    for size, found in ratios.items():
        top = max(found.values())
        common = [ratio for ratio, count in found.items() if count >= max(2, top / 4)]
        if common:
            pitches[size] = min(common)
    return pitches


def _pdf_mark_gaps(pages: list[list[_PdfLine]]) -> list[_PdfLine]:
    """All lines in order, with an empty line where a wider space parts two paragraphs.

    A paragraph ending in a full line ("… trained officers." then "“This is …") has no other
    sign of its end: the two were read as one paragraph. A page opens a paragraph unless
    the sentence before runs over its break (`runs_over_page_break`, as for text exported
    from a PDF): "… to act on its findings." then "Young people …" were read as one.
    """
    pitches = _pdf_pitch(pages)
    lines: list[_PdfLine] = []
    for page in pages:
        above: _PdfLine | None = None
        first = next((line for line in page if line.text), None)
        if (
            first is not None
            and lines
            and lines[-1].text
            and not runs_over_page_break(lines[-1].text, first.text)
        ):
            lines.append(_PdfLine(""))
        for line in page:
            if not line.text:
                lines.append(line)
                above = None
                continue
            if above is None or above.y is None or line.y is None:
                lines.append(line)
                above = line
                continue
            # A heading or a note's size may have no two lines together: the other's pitch.
            pitch = pitches.get(line.size, pitches.get(above.size))
            # A line in lowercase after an unfinished one goes on with its sentence, whatever
            # the space: a raised note mark can open up the line it stands on.
            goes_on = line.text[:1].islower() and not above.text.rstrip().endswith(_SENTENCE_END)
            if pitch is not None and not goes_on:
                size = max(above.size, line.size)
                if above.y - line.y > pitch * size + max(2.5, 0.25 * size):
                    lines.append(_PdfLine(""))
            lines.append(line)
            above = line
    return lines


_LIST_MARK: Final = re.compile(r"\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]", re.I)
"""A list item's number or letter drawn apart from its text: "1.", "b)", "(iii)"."""


def _pdf_tables(lines: list[_PdfLine]) -> list[_PdfLine]:
    """Lines whose cells start at the same places as the next line's, read as table rows.

    "Niger 720,000 128,000 212" under "Country People affected Displaced Deaths" gave the
    figures without their headings, the heading row run into the first row; a row is now
    read as the Word reader reads it, "Niger – People affected: 720,000; Displaced: …".
    """

    def columns(line: _PdfLine) -> tuple[float, ...]:
        found = tuple(x for x, _text in line.cells)
        if len(found) < 2 or len(set(found)) != len(found) or any(x != x for x in found):
            return ()
        if _BULLET.match(line.text) or _LIST_MARK.fullmatch(line.cells[0][1]):
            return ()  # a list item's marker and its text are drawn apart, as cells are
        if any(not any(char.isalnum() for char in text) for _x, text in line.cells):
            return ()  # "apprentice" and its hyphen at the margin of justified text
        return found

    result: list[_PdfLine] = []
    index = 0
    while index < len(lines):
        start = columns(lines[index])
        end = index + 1
        while start and end < len(lines) and columns(lines[end]) == start:
            end += 1
        if end - index < 2:
            result.append(lines[index])
            index += 1
            continue
        rows = [[text for _x, text in line.cells] for line in lines[index:end]]
        result.extend(_PdfLine(text, row=True) for text in table_lines(rows))
        index = end
    return result


def _pdf_pages_to_markdown(pages: list[list[_PdfLine]]) -> str:
    """Turn pages of extracted lines into Markdown paragraphs, lists, headings and notes."""
    for page in pages:
        for drawn in page:
            drawn.text = " ".join(drawn.text.translate(_LIGATURES).split())
    ordered = [_pdf_reading_order(page) for page in pages]
    body = _pdf_body_size(ordered)
    notes: list[str] = []
    kept = _pdf_strip_furniture(_pdf_strip_top_margin(ordered, body))
    stripped = [_pdf_take_notes(page, body, notes) for page in kept]
    lines = _pdf_tables(_pdf_mark_gaps(stripped))
    lengths = sorted(len(line.text) for line in lines if line.text)
    if not lengths:
        return ""
    typical = lengths[(len(lengths) * 3) // 4]
    heading_sizes = sorted(
        {line.size for line in lines if line.text and _pdf_heading_size(line.size, body)},
        reverse=True,
    )

    def heading_level(line: _PdfLine) -> int:
        """1 for the largest type, then smaller; a bold line in the text's size comes last."""
        if line.size in heading_sizes:
            return heading_sizes.index(line.size) + 1
        if (
            line.bold
            and body
            and line.size >= body
            and any(char.islower() for char in line.text)  # "NEWS RELEASE" is a label
            and _PDF_NOT_HEADING.match(line.text) is None
        ):
            return len(heading_sizes) + 1
        return 0

    paragraphs: list[str] = []
    current = ""
    heading = 0  # the level of the heading being read, 0 in a paragraph or list
    number = 0  # the last numbered item's number, 0 outside a numbered list

    def close() -> None:
        nonlocal current, heading
        if heading and len(current.split()) <= 30 and not current.endswith((".", "!", "?")):
            current = "#" * heading + " " + current
        elif heading:
            current = escape_line_starts(current)
        if current:
            if paragraphs and _pdf_is_item(current) and _pdf_is_item(paragraphs[-1]):
                paragraphs[-1] += "\n" + current  # a list with space between its items
            else:
                paragraphs.append(current)
        current = ""
        heading = 0

    previous = ""
    above: _PdfLine | None = None  # the line before, with where it starts
    item_x: float | None = None  # where a list item's text starts, right of its bullet
    for entry in lines:
        raw = entry.text
        if not raw or entry.row:
            close()
            if raw:
                paragraphs.append(escape_line_starts(raw))
            previous = ""
            continue
        level = heading_level(entry)
        if level or heading:
            if heading and level == heading:
                current += " " + raw
                previous = raw
                continue
            close()
            if level:
                heading, current, previous = min(level, 3), raw, raw
                continue
        bullet = _BULLET.match(raw)
        numbered = _NUMBERED.match(raw)
        if numbered is not None:
            value = int(numbered.group(1))
            starts = value == 1 and (
                not current
                or previous.endswith(_SENTENCE_END)
                or len(previous) < 0.7 * typical  # after a heading or a short line
            )
            if not (starts or (number and value == number + 1)):
                numbered = None
        if bullet or numbered:
            if numbered is not None:
                number = int(numbered.group(1))
                line = f"{number}. {raw[numbered.end() :]}"
            else:
                line = "- " + raw[bullet.end() :] if bullet else raw
            if current and _pdf_is_item(current):
                current += "\n" + line
            else:
                close()
                current = line
            previous, above = raw, entry
            item_x = entry.cells[1][0] if len(entry.cells) > 1 else None
            continue
        line = escape_line_starts(raw)
        if not current:
            number = 0
            current, previous, above = line, raw, entry
            continue
        if previous.endswith(_SENTENCE_END) and above is not None:
            new_paragraph = _pdf_indented(above, entry, item_x if _pdf_is_item(current) else None)
        else:
            new_paragraph = False
        if not new_paragraph:
            # Escaped only where it opens a paragraph: "aged\n19. They" is "aged 19. They".
            current, new_paragraph = _pdf_join(current, previous, raw, typical)
        if new_paragraph:
            close()
            number = 0
            current = line
        previous, above = raw, entry
    close()
    if notes:
        paragraphs.append("## Footnotes")
        paragraphs.extend(escape_line_starts(note) for note in notes)
    return "\n\n".join(paragraphs)


_PDF_NOT_HEADING: Final = re.compile(
    r"(?:strictly\s+)?(?:embargo|under embargo|not for (?:publication|release|broadcast)"
    r"|check against delivery|for immediate release|as (?:prepared|delivered))",
    re.I,
)
"""Bold lines that are no heading: an embargo, "Check against delivery", "For immediate release"."""


def _pdf_indented(above: _PdfLine, line: _PdfLine, item_x: float | None) -> bool:
    """True when a line after a finished sentence starts where a new paragraph would.

    Speeches and letters mark a paragraph by indenting its first line, with no space above
    it; and the paragraph after a list starts left of the list's text. Either was read as
    more of the paragraph or item before ("… no one is left invisible. The United Nations …").
    Only a line below the one before counts: a new column starts higher up the page.
    """
    if not above.cells or not line.cells or above.y is None or line.y is None:
        return False
    if line.y >= above.y:
        return False
    start = line.cells[0][0]
    if item_x is not None:
        return abs(start - item_x) > 2
    return start > above.cells[0][0] + 4


def _pdf_heading_size(size: float, body: float) -> bool:
    """A font size that marks a heading: clearly larger than the text's."""
    return bool(body) and size >= 1.15 * body


def _pdf_is_item(text: str) -> bool:
    """True when a paragraph so far is a list: its last line is a bullet or numbered item."""
    last = text.rsplit("\n", 1)[-1]
    return (
        last.startswith("- ")
        or re.match(r"\d{1,2}\. ", last) is not None
        or bool(_BULLET.match(last))
    )


_CONTACT_END: Final = re.compile(r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ()-]{6,}\d)$")
"""A line ending in an e-mail address or a telephone number, as each of a contact block's do."""


def _pdf_heading_like(line: str, typical: int) -> bool:
    """A short line without closing punctuation, such as "Health" at the top of a page."""
    return len(line) < 0.5 * typical and len(line.split()) <= 8 and not line.endswith(_SENTENCE_END)


def _pdf_join(current: str, previous: str, line: str, typical: int) -> tuple[str, bool]:
    """Join a line onto the paragraph so far, or say a new paragraph starts."""
    first = line[0]
    if current.endswith("\u00ad"):
        return current[:-1] + line, False
    if current.endswith("-") and len(current) >= 2 and current[-2].isalnum():
        if _pdf_word_cut_at_line_end(current, line):
            return current[:-1] + line, False  # "inter-\nnational" -> "international"
        return current + line, False  # "COVID-\n19" and "well-\nknown" keep their hyphens
    ends_sentence = previous.endswith(_SENTENCE_END)
    if not ends_sentence and first.islower():
        return current + " " + line, False
    if ends_sentence and first.isupper() and _pdf_heading_like(line, typical):
        return current, True  # a short line after a finished sentence is a heading
    if first.isupper() and _CONTACT_END.search(previous):
        return current, True  # a contact block's lines: "… Dakar: +221 …, diallom@….org"
    if len(previous) < 0.7 * typical:
        return current, True  # a short line ends a paragraph (or is a heading)
    return current + " " + line, False


# --------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------


_SPECIAL_FILES: Final = (
    (stat.S_ISFIFO, "a named pipe, not a file"),
    (stat.S_ISSOCK, "a socket, not a file"),
    (stat.S_ISCHR, "a device, not a file"),
    (stat.S_ISBLK, "a device, not a file"),
)
"""Names in a folder that are no file of text, and how each is said."""


def not_a_file(path: Path) -> str | None:
    """What a name that is there is when it is no statement file ("a named pipe, …"), or None.

    A link to nothing, a pipe, a socket or a device: a batch skipped them without a word, and
    a link to nothing was "file not found" beside a name `ls` shows.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return f"a link to {os.readlink(path)}, which does not exist"
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a link that leads back to itself, not a file"
        return None  # reading it will say what is wrong
    return next((said for is_kind, said in _SPECIAL_FILES if is_kind(mode)), None)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read a file, turning every operating-system failure into one clear InputError."""
    try:
        # stat, not exists(): exists() is False for a symbolic link that loops, which was then
        # reported as "file not found" beside a name `ls` shows; stat says what is wrong.
        try:
            status = path.stat()
        except FileNotFoundError:
            # "file not found" beside a name `ls` shows sent people looking for the file.
            missing = not_a_file(path)
            raise InputError(
                f"{path}: is {missing}" if missing else f"{path}: file not found"
            ) from None
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not a file")
        if stat.S_ISFIFO(status.st_mode):
            return _read_named_pipe(path, max_bytes)
        if stat.S_ISSOCK(status.st_mode) or stat.S_ISBLK(status.st_mode):
            # A socket failed as "No such device or address": said as `batch` says it. A
            # character device (a terminal, /dev/zero) is a stream, read to the limit as stdin.
            raise InputError(
                f"{path}: is {not_a_file(path)}",
                hint="give the statement's file, or pipe it on standard input with -",
            )
        if status.st_size > max_bytes:
            raise too_large(str(path), status.st_size, max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            # A file whose stated size was within the limit (a device, a file still
            # growing): its size is unknown, and what was read says nothing about it.
            raise too_large(str(path), None, max_bytes)
        return data
    except PermissionError:
        raise InputError(f"{path}: permission denied; cannot read the file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from None


PIPE_WRITER_WAIT_SECONDS: Final = 2.0
"""How long a named pipe that no program has opened to write is waited on before it is refused.

A writer started just after plainvoice (`cat statement.txt > pipe &` typed second) opens it
well within this; a writer started first is there at once.
"""
_PIPE_CHUNK_BYTES: Final = 65536
_PIPE_POLL_SECONDS: Final = 0.05


def _read_named_pipe(path: Path, max_bytes: int) -> bytes:
    """Read a named pipe to its end, as standard input is read, up to the same size limit.

    `open()` on a pipe waits, without a word, until a program opens it to write, so a pipe
    nothing writes to hung every command. It is opened without waiting: while a writer holds
    it, its bytes are waited for (as `-` waits for what is piped in); when no writer comes
    within `PIPE_WRITER_WAIT_SECONDS`, it is refused in one line.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        chunks: list[bytes] = []
        size = 0
        writer_seen = False
        give_up_at = time.monotonic() + PIPE_WRITER_WAIT_SECONDS
        while True:
            try:
                chunk = os.read(descriptor, _PIPE_CHUNK_BYTES)
            except BlockingIOError:  # a writer holds the pipe and has not written more yet
                writer_seen = True
                select.select([descriptor], [], [])
                continue
            if chunk:
                writer_seen = True
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise too_large(str(path), None, max_bytes)
                continue
            if writer_seen:
                return b"".join(chunks)  # the writer closed the pipe: the statement is whole
            if time.monotonic() >= give_up_at:
                raise InputError(
                    f"{path}: is a named pipe that no program opened to write within "
                    f"{PIPE_WRITER_WAIT_SECONDS:g} s",
                    hint="start the program that writes the statement into it, or give the file",
                )
            time.sleep(_PIPE_POLL_SECONDS)
    finally:
        os.close(descriptor)


_MD_NOTE: Final = re.compile(r"^ {0,3}\[\^([^\]\s]{1,40})\]:[ \t]*", re.M)
"""A Markdown footnote's text: "[^1]: The figure includes …"."""
_MD_NOTE_MARK: Final = re.compile(r"\[\^([^\]\s]{1,40})\](?!:)")


def markdown_footnotes(text: str) -> str:
    r"""Write Markdown footnotes ("[^1]", "[^1]: …") in the form Word and PDF notes take.

    The marks were kept as written: "River Wend. \[^1\]" in the plain version, and the
    notes, one to a line, ran together as one paragraph. A mark becomes a superscript figure
    ("River Wend.¹"), numbered in the order the marks come, and each note a paragraph of its
    own that opens with its number ("¹ The figure includes …"). Text with no note is kept.
    """
    labels = _MD_NOTE.findall(text)
    if not labels:
        return text
    numbers: dict[str, int] = {}
    for label in [*_MD_NOTE_MARK.findall(text), *labels]:
        if label in labels:
            numbers.setdefault(label, len(numbers) + 1)

    def mark(match: re.Match[str]) -> str:
        number = numbers.get(match.group(1))
        return str(number).translate(_SUPERSCRIPT) if number else match.group(0)

    def note(match: re.Match[str]) -> str:
        number = str(numbers[match.group(1)]).translate(_SUPERSCRIPT)
        return f"\n{number} "

    return _MD_NOTE_MARK.sub(mark, _MD_NOTE.sub(note, text))


def read_stdin(stream: BinaryIO, max_bytes: int) -> bytes:
    """Read standard input up to the limit; more than that is refused, its size unknown."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(STDIN_NAME, None, max_bytes)
    return data


def too_large(
    label: str, size: int | None, max_bytes: int, *, what: str = "input is"
) -> InputError:
    """The error for input over the size limit, saying how to raise it.

    The hint repeated the message ("raise it with --max-input-mb (--max-input-mb sets the
    largest input accepted, in megabytes)"); when the size is known it now gives the value
    that reads this input.
    """
    limit = format_size(max_bytes)
    shown = f"{format_size(size)}, " if size is not None else ""
    exact = ""
    if size is not None and format_size(size) == limit:
        # "20 MB, over the 20 MB limit" for 20 MB and a byte: the bytes say which is larger.
        shown, exact = f"{size:,} bytes, ", f" ({max_bytes:,} bytes)"
    needed = math.ceil(size / MEGABYTE) if size is not None else None
    return InputError(
        f"{label}: {what} {shown}over the {limit} limit{exact}",
        hint=f"to read it, give --max-input-mb {needed}"
        if needed is not None and needed <= MAX_INPUT_MB_LIMIT
        # A stream (stdin, a device) has no size to name; "(… --max-input-mb (in megabytes))"
        # nested its brackets in the printed line.
        else "to read it, raise --max-input-mb, a size in megabytes",
    )


def read_source(
    path: Path | None,
    data: bytes | None = None,
    *,
    fmt: InputFormat | None = None,
    max_bytes: int = MAX_INPUT_BYTES,
) -> SourceDocument:
    """Read a statement from a file or from bytes (stdin) and convert it to Markdown.

    Args:
        path: The file to read, or ``None`` when ``data`` came from stdin.
        data: The input bytes; when given with a path, the path only names the input.
        fmt: Force a format instead of detecting it.
        max_bytes: The largest input accepted.

    Returns:
        The statement as a :class:`SourceDocument`.

    Raises:
        InputError: The input is missing, unreadable, empty, too large, binary,
            undecodable, corrupt, or holds no text.
    """
    if path is None and data is None:
        raise InputError("no input given: pass a file or pipe the statement on stdin")
    label = str(path) if path is not None else STDIN_NAME
    name = path.name if path is not None else STDIN_NAME
    if data is None:
        assert path is not None  # for the type checker: checked above
        data = _read_bytes(path, max_bytes)
    if len(data) > max_bytes:
        raise too_large(label, len(data), max_bytes)
    if not data:
        raise InputError(f"{label}: the input is empty")

    if fmt is not None:
        _check_forced(data, fmt, label)
    found = fmt if fmt is not None else detect_format(data, name if path is None else label)
    encoding: str | None = None
    title: str | None = None
    tables: list[TableData] = []
    follow: list[tuple[str, str]] = []
    notes: list[str] = []
    reading, following, noting = _TABLES.set(tables), _FOLLOW.set(follow), _NOTES.set(notes)
    try:
        markdown, title, encoding = _convert(data, found, label, max_bytes)
    finally:
        _TABLES.reset(reading)
        _FOLLOW.reset(following)
        _NOTES.reset(noting)
    markdown = tidy_markdown(markdown)
    if not markdown.strip():
        raise InputError(f"{label}: no readable text found in the {found.value} input")
    if fmt is not None and (lost := _forced_format_note(data, fmt, label, markdown)):
        notes.append(lost)
    if title is not None:
        title = clean_characters(title).strip() or None
    return SourceDocument(
        markdown=markdown,
        format=found,
        name=name,
        encoding=encoding,
        title_hint=title,
        tables=tuple(tables),
        follow=tuple(follow),
        notes=tuple(notes),
    )


_FORMAT_NAMES: Final = {
    InputFormat.DOCX: "a Word document (.docx)",
    InputFormat.PDF: "a PDF",
    InputFormat.HTML: "HTML",
    InputFormat.MARKDOWN: "Markdown",
    InputFormat.TEXT: "text",
}


def _check_forced(data: bytes, fmt: InputFormat, label: str) -> None:
    """Refuse a --format the content plainly is not, naming what it is and the way out.

    `run notes.txt --format docx` said "the .docx is corrupt or damaged (BadZipFile)": the
    user was sent to repair a Word file there is none of.
    """
    if fmt is InputFormat.PDF and b"%PDF-" in data[: 1 << 20]:
        return  # a PDF, perhaps after leading junk: pypdf tries, as without --format
    if fmt is InputFormat.DOCX and data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        if b"word/document.xml" in data:
            return
        what = "a ZIP archive (binary data)"
    elif (kind := _binary_kind(data)) is not None:
        what = kind
    elif b"%PDF-" in data[:1024]:
        what = "a PDF"
    elif fmt not in (InputFormat.DOCX, InputFormat.PDF):
        return  # text read as text, Markdown or HTML: what the user asked for
    else:
        try:
            decode_text(data, label)
            what = "plain text"
        except InputError:
            what = "neither text nor a document we know"
    if what == "plain text":
        hint = "read it as text with --format text, or leave --format out"
    elif what in (_FORMAT_NAMES[InputFormat.PDF], _FORMAT_NAMES[InputFormat.DOCX]):
        hint = f"leave --format out (or give --format auto) to read it as {what}"
    else:
        hint = _READABLE
    raise InputError(
        f"{label}: is {what}, not {_FORMAT_NAMES[fmt]}; --format {fmt.value} cannot read it",
        hint=hint,
    )


_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t]*\n")
LOST_PARAGRAPHS_SHARE: Final = 0.5
"""A forced format that keeps at most this share of the text's paragraphs is warned of."""


def _paragraph_count(text: str) -> int:
    """Blocks of text between blank lines: the paragraphs a text or Markdown file has."""
    return sum(1 for block in _PARAGRAPH_BREAK.split(text) if block.strip())


def _forced_format_note(data: bytes, fmt: InputFormat, label: str, markdown: str) -> str | None:
    """A warning when a forced --format read a text file's paragraphs as fewer than half.

    `run statement.txt --format html` ran the blank lines together as HTML does: the sample
    went from 6 sections to 3 without a word. Only text and Markdown files are compared, as
    their paragraphs are what blank lines separate.
    """
    try:
        detected = detect_format(data, label)
    except InputError:
        detected = InputFormat.TEXT  # text misnamed .pdf or .docx: --format is how to read it
    if fmt is detected or detected not in (InputFormat.TEXT, InputFormat.MARKDOWN):
        return None
    had = _paragraph_count(tidy_markdown(decode_text(data, label)[0]))
    kept = _paragraph_count(markdown)
    if had < 3 or kept > had * LOST_PARAGRAPHS_SHARE:
        return None
    # The file's name, not its path: the note is kept in the published manifest.
    return (
        f"{Path(label).name}: --format {fmt.value} read its {had} paragraphs as {kept} "
        f"(it looks like {_FORMAT_NAMES[detected]}: leave --format out, or give --format "
        f"{detected.value})"
    )


def _binary_kind(data: bytes) -> str | None:
    """What a binary file is, from its first bytes; None when no known signature."""
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        word = b"word/document.xml" in data
        return "a Word document (.docx)" if word else "a ZIP archive (binary data)"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "an old-style Office file (.doc)"
    if data.startswith(b"{\\rtf"):
        return "an RTF document"
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            return f"{what} (binary data)"
    if data.startswith(b"RIFF") and data[8:12] in (b"WAVE", b"WEBP", b"AVI "):
        return "a media file (binary data)"
    return None


_PAGE_MADE_HERE: Final = re.compile(r'<meta name="generator" content="plainvoice[ "]')
"""The mark of a page plainvoice made: a package's index.html or a batch's catalogue."""
_PLAIN_MD_MADE_HERE: Final = re.compile(r"\A\s*<!-- plainvoice[ :]")
"""The first line of a plain.md plainvoice wrote for editing."""
_HEAD_CHARS: Final = 4_000
"""How far into a file its mark is looked for: both stand in the first lines."""


def refuse_plainvoice_output(text: str, label: str) -> None:
    """Refuse a page or a plain.md that plainvoice made, read as if it were a statement.

    `run pkg/index.html` made a package of the package (11 sections for 6: 'In short', the
    grade notes, each part twice), and `run pkg/plain.md` took the plain version for the
    original, which the fact check then compared with itself.
    """
    head = text[:_HEAD_CHARS]
    if _PLAIN_MD_MADE_HERE.match(head):
        raise InputError(
            f"{label}: is a plain.md that plainvoice wrote for editing, not a statement",
            hint=f"run the original statement with --plain-from {label}",
        )
    if _PAGE_MADE_HERE.search(head):
        raise InputError(
            f"{label}: is a page plainvoice made, not a statement",
            hint=(
                "run the original statement it was made from "
                "(a package's manifest.json names its file)"
            ),
        )


def _convert(
    data: bytes, found: InputFormat, label: str, max_bytes: int
) -> tuple[str, str | None, str | None]:
    """The input as Markdown, with its title and text encoding when it has them."""
    encoding: str | None = None
    title: str | None = None
    if found is InputFormat.DOCX:
        markdown, title = _read_docx(data, label, max_bytes)
    elif found is InputFormat.PDF:
        markdown, title = _read_pdf(data, label)
    else:
        text, encoding = decode_text(data, label)
        if not tidy_markdown(text).strip():
            raise InputError(f"{label}: contains only whitespace, no text")
        refuse_plainvoice_output(text, label)
        if found is InputFormat.HTML:
            markdown, title = _read_html(text, label)
        else:
            markdown = markdown_footnotes(text)
    return markdown, title, encoding

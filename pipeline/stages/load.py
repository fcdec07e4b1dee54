"""Load stage: read the statement from a file or stdin into clean, normalised text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from pipeline.errors import InputError

MAX_INPUT_BYTES: Final = 20 * 1024 * 1024
"""Statements are pages, not books: refuse more unless the caller raises the limit."""

# Zero-width and bidi controls hide text from readers and reorder it for screen readers.
_INVISIBLE_CONTROLS: Final = re.compile("[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_OTHER_CONTROLS: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class SourceText:
    """The statement's text as loaded, before splitting."""

    text: str
    """NFC-normalised Markdown/plain text with LF line ends."""
    name: str
    """File name, or "<stdin>"."""


def load_source(
    path: Path | None, data: bytes | None = None, *, max_bytes: int = MAX_INPUT_BYTES
) -> SourceText:
    """Read a statement from `path`, or from `data` (stdin) when `path` is None."""
    name = "<stdin>" if path is None else path.name
    if path is not None:
        data = _read_file(path, max_bytes)
    if data is None:
        raise InputError("no input given", hint="pass a file, or - to read standard input")
    if len(data) > max_bytes:
        raise InputError(
            f"{name} is {len(data) // (1024 * 1024)} MB, over the {max_bytes // (1024 * 1024)} MB "
            "limit",
            hint="raise it with --max-input-mb",
        )
    text = normalise_text(decode_utf8(data, name))
    if not text.strip():
        raise InputError(f"{name} is empty", hint="give a file that holds the statement's text")
    return SourceText(text=text, name=name)


def _read_file(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path} is a folder, not a file", hint="give the statement's file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                f"{path} is {size // (1024 * 1024)} MB, over the "
                f"{max_bytes // (1024 * 1024)} MB limit",
                hint="raise it with --max-input-mb",
            )
        return path.read_bytes()
    except PermissionError as error:
        raise InputError(f"{path} cannot be read: permission denied") from error
    except OSError as error:
        raise InputError(f"{path} cannot be read: {error.strerror}") from error


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (BOM allowed), refusing binary data with the offset of the first bad byte."""
    if b"\x00" in data[:8192]:
        raise InputError(
            f"{name} looks like a binary file (NUL bytes), not text",
            hint="give a UTF-8 text or Markdown file",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name} is not valid UTF-8 text: byte 0x{data[error.start]:02x} at offset "
            f"{error.start}",
            hint="save it as UTF-8",
        ) from error


def normalise_text(text: str) -> str:
    """NFC, LF line ends, no invisible controls, tidy spaces; Markdown is kept for display."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _INVISIBLE_CONTROLS.sub("", text)
    text = _OTHER_CONTROLS.sub("", text)
    text = text.replace("\u00a0", " ")
    lines = [re.sub(r" {2,}", " ", line).rstrip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"

"""Load stage: read the statement (text, Markdown, HTML, DOCX, PDF or stdin) as clean Markdown."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.readers import MAX_INPUT_BYTES, InputFormat, read_source, tidy_markdown
from pipeline.text import drop_unsafe_links

__all__ = ["MAX_INPUT_BYTES", "InputFormat", "SourceText", "load_source", "normalise_text"]


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


def load_source(
    path: Path | None,
    data: bytes | None = None,
    *,
    max_bytes: int = MAX_INPUT_BYTES,
    fmt: InputFormat | None = None,
) -> SourceText:
    """Read a statement from `path`, or from `data` (stdin) when `path` is None."""
    document = read_source(path, data, fmt=fmt, max_bytes=max_bytes)
    return SourceText(
        # robust branch: links that would run code are dropped before any stage sees them.
        text=drop_unsafe_links(document.markdown),
        name=document.name,
        format=document.format.value,
        title_hint=document.title_hint,
    )


def normalise_text(text: str) -> str:
    """NFC, LF line ends, no invisible controls, tidy spaces; Markdown is kept for display."""
    return tidy_markdown(text)

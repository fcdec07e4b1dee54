"""Text helpers shared by the stages: sentence segmentation and Markdown to plain text or HTML."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_SPACES: Final = re.compile(r"\s+")


@lru_cache(maxsize=8)
def _segmenter(lang: str) -> object:
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False)


def split_sentences(text: str, lang: str = "en") -> list[str]:
    """Split plain text into sentences, knowing abbreviations such as Mr, Dr, U.N. and No. 5."""
    text = _SPACES.sub(" ", text).strip()
    if not text:
        return []
    segmenter = _segmenter(lang)
    pieces: list[str] = segmenter.segment(text)  # type: ignore[attr-defined]
    return _repair([piece.strip() for piece in pieces if piece.strip()])


_ABBREVIATION_END: Final = re.compile(
    r"(?:^|[\s(])(?:approx|appr|ca|cf|vs|nos?|art|arts|para|paras|sec|fig|vol|ed|eds|est|dept"
    r"|gen|gov|hon|rev|sen|rep|st|mt|sr|sra|srta|dña|excmo|excma|ilmo|ilma|mme|mlle|mgr|me|m"
    r"|dr|prof|mr|mrs|ms|jr|ph|ref|z|bzw|ggf|vgl|nr|abs)\.$"
    # An initial after a title or another initial: "Sr. D. Pedro", "J. R. Smith".
    r"|\.\s[A-ZÀ-Ý]\.$",
    re.IGNORECASE,
)
_QUOTE_BOUNDARY: Final = re.compile(r"(?<=[.!?…] [»”])\s+(?=[A-ZÀ-Ý«“\"])")


def _repair(pieces: list[str]) -> list[str]:
    """Fix what the segmenter misses: breaks after abbreviations, and guillemet quotes.

    pysbd breaks after "approx." or "Sr. D." before a name; and a sentence ending inside
    guillemets (« Nous gagnerons. » Puis ...) is left joined to the next.
    """
    merged: list[str] = []
    for piece in pieces:
        if merged and _ABBREVIATION_END.search(merged[-1]) and not piece[:1].isspace():
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    result: list[str] = []
    for piece in merged:
        result.extend(part for part in _QUOTE_BOUNDARY.split(piece) if part)
    return result


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Raw HTML is off: text that looks like a tag is shown as text, never run as markup.
    return MarkdownIt("commonmark", {"html": False})


def markdown_to_plain(text: str) -> str:
    """Inline Markdown to the words alone: emphasis markers and link targets are never spoken."""
    tokens = _markdown().parseInline(text)
    words: list[str] = []
    for token in tokens:
        for child in token.children or ():
            if child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
    return _SPACES.sub(" ", "".join(words)).strip()


def markdown_to_html(text: str) -> str:
    """Inline Markdown to safe HTML: emphasis kept, raw HTML escaped, unsafe links refused."""
    html: str = _markdown().renderInline(text)
    return html


def word_count(text: str) -> int:
    """Words as a reader counts them: runs of letters or digits."""
    return len(re.findall(r"[\w’'-]+", text))

"""Text helpers shared by the stages: sentence segmentation and Markdown to plain text or HTML."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from markdown_it import MarkdownIt

_SPACES: Final = re.compile(r"\s+")


@lru_cache(maxsize=8)
def _segmenter(lang: str) -> object:
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False)


def split_sentences(text: str, lang: str = "en") -> list[str]:
    """Split plain text into sentences, knowing abbreviations such as Mr, Dr, U.N. and No. 5."""
    text = _SPACES.sub(" ", text).strip()
    return list(_split_normalised(text, lang)) if text else []


SEGMENTATION_MEMORY: Final = 4096
"""Paragraphs and sentences whose split is remembered. The stages split the same texts again
(the fact guard, the scores, the read-along, the rewriter): on the sample, 399 calls for 131
texts. pysbd builds regular expressions for each text it reads, so a repeat costs as much as
the first reading."""


@lru_cache(maxsize=SEGMENTATION_MEMORY)
def _split_normalised(text: str, lang: str) -> tuple[str, ...]:
    segmenter = _segmenter(lang)
    pieces: list[str] = []
    for window in _windows(text):
        pieces.extend(_segment(segmenter, window))
    return tuple(_repair([piece.strip() for piece in pieces if piece.strip()]))


BRACKET_DEPTH: Final = 8
"""Brackets nested deeper than this are never a link's words, nor a note in a note."""
_BRACKETS_WORTH_CHECKING: Final = 64
"""Fewer "[" than this cost nothing however they stand: such text is left as it is."""


def runaway_brackets(text: str, *, markdown: bool = True) -> list[int]:
    r"""Where the "[" and "]" are that no "]" closes, or that are nested past `BRACKET_DEPTH`.

    markdown-it and pysbd look for the "]" that closes each "[" from there on: with 20,000
    "[" and no "]" (hostile or broken input) that is 200 million steps, a minute's work.
    Such brackets close nothing, so they can be taken as plain characters. In `markdown`,
    an escaped bracket ("\[") is no bracket; pysbd reads the "[" of "\[" as one.
    """
    if text.count("[") < _BRACKETS_WORTH_CHECKING:
        return []
    closing_of: dict[int, int] = {}  # each "[" that is closed, to the "]" that closes it
    opened: list[int] = []
    escaped = False
    for position, character in enumerate(text):
        if escaped:
            escaped = False
        elif character == "\\" and markdown:
            escaped = True
        elif character == "[":
            opened.append(position)
        elif character == "]" and opened:
            closing_of[opened.pop()] = position
    # How deep a closed pair is counts closed pairs only: "[[[ [a]" nests "[a]" in nothing.
    too_deep: list[int] = []
    depth = 0
    ends: list[int] = []
    for start in sorted(closing_of):
        while ends and ends[-1] < start:
            ends.pop()
            depth -= 1
        if depth >= BRACKET_DEPTH:
            too_deep += [start, closing_of[start]]
        ends.append(closing_of[start])
        depth += 1
    return sorted([*too_deep, *opened])


def escape_runaway_brackets(markdown: str) -> str:
    """Markdown with its runaway brackets (`runaway_brackets`) escaped.

    It is shown and read the same, and parsed in a moment.
    """
    return _with_stand_ins(markdown, "\\[", "\\]", markdown=True)


def _with_stand_ins(text: str, opening: str, closing: str, *, markdown: bool) -> str:
    """`text` with each runaway "[" written `opening` and each runaway "]" `closing`."""
    positions = runaway_brackets(text, markdown=markdown)
    if not positions:
        return text
    parts: list[str] = []
    at = 0
    for position in positions:
        parts += [text[at:position], opening if text[position] == "[" else closing]
        at = position + 1
    parts.append(text[at:])
    return "".join(parts)


_DOUBLE_HYPHEN_STAND_IN: Final = "\u2013\u2013"
"""Two en dashes: as long as "--", which pysbd reads well."""


def _segment(segmenter: object, text: str) -> list[str]:
    """The sentences pysbd finds in `text`, with "--" dashes read as the dashes they are.

    Given two " -- " dashes in one paragraph, pysbd returns the whole paragraph as one
    sentence (typewriter dashes are common in transcripts: "safer -- so we will act"). It is
    given a copy with a same-length stand-in for each "--", and for each bracket that would
    make its search for text between brackets run in square time (`runaway_brackets`); its
    pieces are then cut from the original text at the same places.
    """
    stand_in = _with_stand_ins(
        text.replace("--", _DOUBLE_HYPHEN_STAND_IN), "\u2045", "\u2046", markdown=False
    )
    shortened, cuts = _without_long_runs(stand_in)
    pieces: list[str] = segmenter.segment(shortened)  # type: ignore[attr-defined]
    if shortened == text:
        return pieces
    ends = _piece_ends(pieces, shortened, cuts)
    if ends is None:
        # pysbd changed the text, or cut inside a long word: take its reading of the original.
        return list(segmenter.segment(text))  # type: ignore[attr-defined]
    starts = [0, *ends[:-1]]
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


LONG_WORD_LETTERS: Final = 100
"""A run of more letters than this is no word of any language the pipeline reads (English's
longest dictionary word has 45 letters, German's longest in use 67): pysbd reads only its
first and last `_LONG_RUN_KEPT` letters, and the scores do not hyphenate it."""
_LONG_RUN_KEPT: Final = 30
_LONG_LETTER_RUN: Final = re.compile(rf"[^\W\d_]{{{LONG_WORD_LETTERS + 1},}}")


def _without_long_runs(text: str) -> tuple[str, list[tuple[int, int]]]:
    """`text` with each run of over `LONG_WORD_LETTERS` letters cut to its two ends.

    pysbd's rules look at a word's first and last letters and at what stands around it
    (an abbreviation, a capital, a full stop), never at the letters in its middle; its time
    grows with the text's length (a 50,000-letter word took 2.4 CPU-s in five readings). The
    cuts are (where in the shortened text, how many letters were taken out there).
    """
    if len(text) <= LONG_WORD_LETTERS:
        return text, []
    parts: list[str] = []
    cuts: list[tuple[int, int]] = []
    at = 0
    removed = 0
    for run in _LONG_LETTER_RUN.finditer(text):
        middle_start = run.start() + _LONG_RUN_KEPT
        middle_end = run.end() - _LONG_RUN_KEPT
        parts.append(text[at:middle_start])
        cuts.append((middle_start - removed, middle_end - middle_start))
        removed += middle_end - middle_start
        at = middle_end
    if not cuts:
        return text, []
    parts.append(text[at:])
    return "".join(parts), cuts


def _piece_ends(
    pieces: Sequence[str], shortened: str, cuts: Sequence[tuple[int, int]]
) -> list[int] | None:
    """Where each piece of `shortened` ends in the text before the cuts, or None if unknown.

    None when the pieces are not the text cut in order, or a piece ends where letters were
    taken out (inside a long word, where the original's cut cannot be told).
    """
    if "".join(pieces) != shortened:
        return None
    ends: list[int] = []
    end = 0
    for piece in pieces:
        end += len(piece)
        if any(position == end for position, _ in cuts):
            return None
        ends.append(end + sum(count for position, count in cuts if position < end))
    return ends


_ABBREVIATION_END: Final = re.compile(
    r"(?:^|[\s(])(?:approx|appr|ca|cf|vs|nos?|art|arts|para|paras|sec|fig|vol|ed|eds|est|dept"
    r"|gen|gov|hon|rev|sen|rep|st|mt|sr|sra|srta|dña|excmo|excma|ilmo|ilma|mme|mlle|mgr|me|m"
    r"|dr|prof|mr|mrs|ms|jr|ph|ref|z|bzw|ggf|vgl|nr|abs"
    # Titles and ranks before a name, and "incl." before what it includes: "Cllr. | Jane
    # Smith" was two sentences, and the voice stopped after the title.
    r"|cllrs?|det|sgt|insp|supt|incl|figs|refs)\.$"
    # An initial after a title or another initial: "Sr. D. Pedro", "J. R. Smith".
    r"|\.\s[A-ZÀ-Ý]\.$",
    re.IGNORECASE,
)
_BEFORE_NUMBER: Final = re.compile(r"(?:^|[\s(])(?:tel|tél|fax|mob)\.$", re.IGNORECASE)
"""Abbreviations that stand before a phone number: "Call tel. 0800 123 456" is one sentence."""
_NUMBER_START: Final = re.compile(r"^[+(]?\d")
_SECTION_SIGN: Final = re.compile(r"(?:^|[\s(])ss?\.$")
"""A section of an Act as lawyers write it, "s. 12", "ss. 4-6": in small letters, before a
number, never a sentence's end (pysbd broke "Under s. | 12 of the Act")."""
_SHORT_BEFORE_WORD: Final = re.compile(r"(?:^|[\s\d])yrs?\.$")
"""A short word that goes on in small letters: "12 yrs. in the force"."""
_LOWER_START: Final = re.compile(r"^[a-z]")
_CITATION_WORD: Final = re.compile(r"(?:^|[\s(])(?:Pub|L|Fed|Reg|Stat)\.$")
"""A US citation's short words, "Pub. L. 117-58", "86 Fed. Reg. 7009": pysbd ends a
sentence after each ("Pub." | "L. 117-58"), and the voice said "Pub." as a sentence."""
_CITATION_REST: Final = re.compile(r"^(?:(?:L|Reg|No)\.\s?)*\d|^(?:L|Reg|No)\.$")
_CLOCK_BEFORE_ZONE: Final = re.compile(r"\b[ap]\.\s?m\.$", re.IGNORECASE)
_TIME_ZONE: Final = re.compile(
    r"^(?:[ECMP][SD]?T|AK[SD]T|H[SD]T|GMT|UTC|BST|IST|JST|[CEW]ES?T|AE[SD]T|ACST|AWST)\b"
    r"|^(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii)"
    r"(?: (?:Standard|Daylight))? [Tt]ime\b"
)
""""9 a.m. EST": after "a.m." or "p.m.", a time zone goes on the sentence (pysbd breaks
there, as before any capital)."""
TIME_ZONES: Final = frozenset(
    "BST GMT UTC CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT IST JST AEST AEDT".split()
)
"""Time zones written as letters ("00:01 BST"): said in letters, kept in capitals."""
_QUOTE_BOUNDARY: Final = re.compile(r"(?<=[.!?…] [»”])\s+(?=[A-ZÀ-Ý«“\"])")
_NOTE_BOUNDARY: Final = re.compile(r"[.!?…][»”’\"]?[¹²³⁴⁵⁶⁷⁸⁹⁰]+(\s+)(?=[A-ZÀ-Ý«“\"])")
"""A footnote's mark after a full stop, then a capital: "in 2021.¹ The" ends a sentence.
pysbd reads "2021.¹" as a number and "act.”¹" as a quotation going on, and had kept the next
sentence on it."""


def _split_after_notes(piece: str) -> list[str]:
    """`piece` cut after each footnote mark that ends a sentence (`_NOTE_BOUNDARY`)."""
    parts: list[str] = []
    start = 0
    for match in _NOTE_BOUNDARY.finditer(piece):
        parts.append(piece[start : match.start(1)])
        start = match.end(1)
    parts.append(piece[start:])
    return parts


_ROMAN_DIGITS: Final = {"i": 1, "v": 5, "x": 10}


def roman_value(numeral: str) -> int:
    """The value of a small roman numeral in either case ("iv" and "XIV" are 4 and 14).

    Sub-paragraphs, titles and wars are numbered with I, V and X; callers check the numeral's
    form first. A letter before a larger one is taken away ("iv").
    """
    values = [_ROMAN_DIGITS[letter] for letter in numeral.lower()]
    return sum(
        -value if index + 1 < len(values) and value < values[index + 1] else value
        for index, value in enumerate(values)
    )


GAP_IN_RECORD: Final = (
    r"(?:inaudible|crosstalk|cross-talk|unintelligible|indiscernible|audio gap"
    r"|audio (?:cuts|cut) out)(?: \d{1,2}:\d{2}(?::\d{2})?)?"
)
"""A transcript's note that words are missing from the record: "[inaudible]", "[crosstalk]",
"[inaudible 00:12:31]"."""
_ROOM_NOTE: Final = (
    r"(?:(?:standing|sustained|prolonged|continued|loud|long|brief|extended|more|scattered)\s+)*"
    r"(?:applause|laughter|cheers|cheering|booing|boos|music|pause|ovation"
    r"|the\s+(?:president|vice\s+president|prime\s+minister|speaker|chancellor|audience|crowd)"
    r"\s+(?:pauses|laughs|applauds|cheers|rises|stands|smiles|nods)"
    rf"|{GAP_IN_RECORD})"
)
"""One note of what happened in the room: "Applause", "Standing ovation", "The President pauses"."""
STAGE_DIRECTION: Final = re.compile(
    rf"\s*[(\[]{_ROOM_NOTE}(?:(?:[.!]\s*|\s*[,;]\s*|\s+(?:and|&)\s+){_ROOM_NOTE})*"
    r"[.!]?[)\]]\.?",
    re.IGNORECASE,
)
"""Transcript notes: not said by the speaker, so neither facts nor words to keep
(the fact guard), nor words for the voice to say (speech text). Several notes in one pair of
brackets are one direction: "(Applause and laughter.)", "(The President pauses. Applause.)"."""
GAP_MARK: Final = re.compile(rf"[(\[]{GAP_IN_RECORD}[.!]?[)\]]", re.IGNORECASE)
"""A note of words missing from the record, kept in the plain version: dropped, "Minister,
[inaudible] the cost has gone up …" read as if the reporter had said all of it."""


_NOT_A_DIRECTION: Final = r"(?!(?i:note|nb|n\.b\.|editor|update|updated|correction)\b)"
"""An editor's bracketed note ("[Note: the figures are provisional.]") informs the listener
too: it is no direction, and is said."""
_WHOLE_DIRECTION: Final = re.compile(rf"\[{_NOT_A_DIRECTION}[^\W\d_][^\[\]\n]*\]")
"""A transcript's direction in square brackets, as a whole sentence ("[Speaking French]"):
what it describes happened in the room; the speaker did not say it."""
_OWN_SENTENCE_DIRECTION: Final = re.compile(rf"\[{_NOT_A_DIRECTION}[A-ZÀ-ÖØ-Þ][^\[\]\n]*[.!?…]\]")
"""A direction that is a bracketed sentence of its own, wherever it stands ("… our country.
[At this point, a moment of silence was observed.] Amen."). Square brackets that are no
sentence ("[the minister] said") are the speaker's words as an editor completed them."""
_STANDING_DIRECTION: Final = re.compile(
    rf"(?:^|(?<=[.!?…\"”’)]\s))\s*{_WHOLE_DIRECTION.pattern}(?=\s*$|\s+[A-ZÀ-ÖØ-Þ\"“‘(\[])"
)
"""A whole-sentence direction inside a longer text ("Amen. [Music plays] Thank you."): the
fact guard reads a section's text whole, and must miss what its sentences miss."""


def is_direction(sentence: str) -> bool:
    """Whether a whole sentence is a transcript's direction ("(Applause.)", "[Music plays]")."""
    bare = sentence.strip()
    # "(Applause.) (Laughter.)": a run of notes is a direction too.
    notes = re.fullmatch(rf"(?:{STAGE_DIRECTION.pattern})+", bare, re.IGNORECASE)
    return bool(notes or _WHOLE_DIRECTION.fullmatch(bare))


def directions_in(sentence: str) -> list[tuple[int, int]]:
    """Where a sentence's directions are, as (start, end): room notes and bracketed ones."""
    if is_direction(sentence):
        start = len(sentence) - len(sentence.lstrip())
        return [(start, len(sentence.rstrip()))]
    found = [(m.start(), m.end()) for m in STAGE_DIRECTION.finditer(sentence)]
    found += [(m.start(), m.end()) for m in _OWN_SENTENCE_DIRECTION.finditer(sentence)]
    # STAGE_DIRECTION takes the spaces before a note; the mark starts at its bracket.
    return sorted(
        (start + len(sentence[start:end]) - len(sentence[start:end].lstrip()), end)
        for start, end in found
    )


_OPENING_DIRECTION: Final = re.compile(rf"({_OWN_SENTENCE_DIRECTION.pattern})\s+(?=\S)")
_CLOSING_DIRECTION: Final = re.compile(rf"(?<=[.!?…\"”’)])\s+({_OWN_SENTENCE_DIRECTION.pattern})$")
_DIRECTION_BETWEEN_DASHES: Final = re.compile(
    rf"(?<!\s)\s+(--|[–—])(?:{STAGE_DIRECTION.pattern})\s+\1", re.IGNORECASE
)
"""Compiled once: the rewriter asks about each sentence for each rule (366,544 times on a 400 kB
statement), and other patterns had pushed these out of `re`'s cache."""
_STAGE_DIRECTION_FROM_RUN_START: Final = re.compile(
    rf"(?<!\s){STAGE_DIRECTION.pattern}", re.IGNORECASE
)
r"""`STAGE_DIRECTION` tried only where a run of spaces starts, so it finds the same notes: from
every space, the spaces that open it were read again each time (`(?<!\s)` in the pattern above
too), and a list nested 1,000 deep, its items indented by up to 2,000 spaces, took 70 s here."""


def directions_apart(sentence: str) -> list[str]:
    """A sentence with a bracketed direction at its start or end, as that many sentences.

    The sentence splitter keeps "[At this point, a moment of silence was observed.] Amen."
    together; apart, the direction is kept as written and "Amen." is rewritten on its own.
    """
    parts: list[str] = []
    rest = sentence.strip()
    opening = _OPENING_DIRECTION.match(rest)
    if opening:
        parts.append(opening[1])
        rest = rest[opening.end() :]
    closing = _CLOSING_DIRECTION.search(rest)
    if closing:
        return [*parts, rest[: closing.start()], closing[1]]
    return [*parts, rest]


def without_stage_directions(text: str) -> str:
    """`text` less its transcript notes, as it is heard: "… flooding. (Applause.)" → "… flooding.".

    Between two dashes ("tax credit -- (applause) -- to encourage") one dash stays, as the
    pause it marks. Spaces are left where the notes were. A direction in square brackets
    ("[At this point, a moment of silence was observed.]") goes too: read in the speaker's
    voice, it was heard as the speaker's own words.
    """
    if is_direction(text):
        return ""
    text = _DIRECTION_BETWEEN_DASHES.sub(r" \1", text)
    text = _OWN_SENTENCE_DIRECTION.sub(" ", _STAGE_DIRECTION_FROM_RUN_START.sub(" ", text))
    return _STANDING_DIRECTION.sub(" ", text)


FOOTNOTE_DIGITS: Final = "¹²³⁴⁵⁶⁷⁸⁹⁰"
"""The superscript figures that mark a footnote ("… 2025.¹"): for the eye, never said."""
_FOOTNOTE_MARK: Final = re.compile(rf"[{FOOTNOTE_DIGITS}]+\s*")
"""A footnote's mark in superscript figures, which pysbd leaves to open the next sentence."""
_NOTE_MARKS: Final = (
    # After punctuation or an emphasis mark: "… 2025.¹", "… in 2024.[3]", "*Convention*¹".
    re.compile(rf"(?<=[.,;:!?)”\"’*_])(?:[{FOOTNOTE_DIGITS}]+|\[\d{{1,3}}\])"),
    # After a word of four letters or more: "the Convention¹ has"; a unit's power stays ("km²").
    re.compile(rf"(?<=[^\W\d_]{{4}})[{FOOTNOTE_DIGITS}]+"),
    # Opening a note's own line: "¹ Figures from the census".
    re.compile(rf"^[ \t]*[{FOOTNOTE_DIGITS}]+[ \t]*", re.M),
)


def without_note_marks(text: str) -> str:
    """`text` less its footnote marks, as it is heard: "rose by 12%.¹" → "rose by 12%.".

    The marks are for the eye: the voice does not say them, so captions do not show them.
    """
    for mark in _NOTE_MARKS:
        text = mark.sub("", text)
    return text


def _repair(pieces: list[str]) -> list[str]:
    """Fix what the segmenter misses: breaks after abbreviations, footnote marks, and quotes.

    pysbd breaks after "approx." or "Sr. D." before a name, after "a.m." before a time
    zone ("9 a.m. EST") and after "tel." before its number, and leaves the closing mark of
    "… for us.'" as a sentence of its own; a sentence ending inside guillemets
    (« Nous gagnerons. » Puis ...) is left joined to the next.
    """
    merged: list[str] = []
    for piece in pieces:
        if merged and piece.strip() and not piece.strip(" '’\"”»)]"):
            # "… done for us.'": a closing mark the segmenter left as a sentence of its own.
            merged[-1] += piece.strip()
            continue
        marker = _FOOTNOTE_MARK.match(piece)
        if merged and marker:
            # "North Kivu.¹ He calls …": the note's mark ends the sentence it is on.
            merged[-1] += marker.group(0).rstrip()
            piece = piece[marker.end() :]
            if not piece:
                continue
        if (
            merged
            and not piece[:1].isspace()
            and (
                _ABBREVIATION_END.search(merged[-1])
                or (_CLOCK_BEFORE_ZONE.search(merged[-1]) and _TIME_ZONE.match(piece))
                or (_BEFORE_NUMBER.search(merged[-1]) and _NUMBER_START.match(piece))
                or (_SECTION_SIGN.search(merged[-1]) and _NUMBER_START.match(piece))
                or (_SHORT_BEFORE_WORD.search(merged[-1]) and _LOWER_START.match(piece))
                or (_CITATION_WORD.search(merged[-1]) and _CITATION_REST.match(piece))
                # "On issue" | "(i), the judge held …": the label of the issue, read by the
                # segmenter as an inline list's marker.
                or (_NAMES_AN_ITEM.search(merged[-1]) and _ITEM_LABEL_START.match(piece))
            )
        ):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    result: list[str] = []
    for piece in merged:
        for part in _split_after_notes(piece):
            result.extend(quoted for quoted in _QUOTE_BOUNDARY.split(part) if quoted)
    return result


ITEM_NOUNS: Final = (
    "issues? questions? grounds? paragraphs? sub-?paragraphs? points? limbs? options? items? "
    "conditions? parts? heads? steps? stages? counts? recommendations?"
).split()
"""Nouns a bracketed label numbers ("issue (i)", "grounds (a) and (b)"), as regex words."""
_NAMES_AN_ITEM: Final = re.compile(rf"\b(?:{'|'.join(ITEM_NOUNS)})$", re.IGNORECASE)
"""A noun that a bracketed label numbers next ("issue", "ground"), ending a piece."""
_ITEM_LABEL_START: Final = re.compile(r"\((?:[ivx]{1,5}|[a-h])\)[,:;]?\s")
"""A bracketed item label opening a piece: "(i), ", "(b) "."""
_WINDOW_CHARS: Final = 1500
# A full stop after a lower-case word and before a capital: a sentence end, not "Mr." or "U.N."
_STRONG_BREAK: Final = re.compile(r"(?<=[a-z]{3}[.!?]) (?=[\"“‘(]?[A-Z])")
_ANY_BREAK: Final = re.compile(r"(?<=[.!?;:]) ")
_UNSPACED_END: Final = re.compile(r"(?<=[.!?])(?=\S)")
"""A sentence end with no space after it: text with none of those is no prose ("![a![a…"),
and pysbd finds each of its thousands of like "sentences" again from the window's start, in
square time: such text is cut in short windows (`_UNSPACED_WINDOW_CHARS`)."""
_UNSPACED_WINDOW_CHARS: Final = 300
_RUN_ON_WINDOW_CHARS: Final = 6000
"""Text with no end punctuation at all for this long (pasted lines without full stops) is cut
at a space: pysbd took 1.5 s for 100 paragraphs of 80 words without full stops and minutes
for 1,500, since the whole text was one window. No prose runs this long without a stop."""
_SPACE: Final = re.compile(r"\s+")


def _windows(text: str) -> list[str]:
    """Cut very long text at clear sentence ends; normal paragraphs stay whole.

    pysbd's time grows with the square of the text's length (a 100 KB paragraph took
    minutes), so hostile or pasted-together input is segmented window by window.

    A window ends at the first strong sentence end after `_WINDOW_CHARS`; text with none
    (no capitals, say) is cut at any end punctuation after twice that, followed by a space;
    text with no such end (no prose) at any end punctuation; text with no end punctuation
    at all at a space after `_RUN_ON_WINDOW_CHARS`.
    """
    if len(text) <= _WINDOW_CHARS:
        return [text]
    windows: list[str] = []
    start = 0
    while len(text) - start > _WINDOW_CHARS:
        cut = _STRONG_BREAK.search(text, start + _WINDOW_CHARS, start + 2 * _WINDOW_CHARS)
        cut = cut or _ANY_BREAK.search(text, start + 2 * _WINDOW_CHARS)
        cut = cut or _UNSPACED_END.search(text, start + _UNSPACED_WINDOW_CHARS)
        cut = cut or _SPACE.search(text, start + _RUN_ON_WINDOW_CHARS)
        if cut is None:
            break
        windows.append(text[start : cut.start()])
        start = cut.end()
    windows.append(text[start:])
    return windows


_UNSAFE_LINK: Final = re.compile(
    r"\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]"
    r"\(\s*<?\s*(?:javascript|vbscript|data|file)\s*:(?:[^()\n]|\([^()\n]*\))*\)"
    r"|<\s*(?:javascript|vbscript|data|file)\s*:[^>\n]*>",
    re.IGNORECASE,
)


def drop_unsafe_links(text: str) -> str:
    """Drop links whose target would run code (javascript:, vbscript:, data:, file:).

    A Markdown link keeps its words; an autolink goes. markdown-it already refuses to render
    such links, but then shows their target as text, and it must not appear anywhere.
    A link's words may hold one level of brackets ("[see [1]](…)"): a search from each "["
    stops at the next one, so a line of 20,000 "[" takes a moment, not 18 seconds.
    """
    return _UNSAFE_LINK.sub(lambda match: match.group(1) or "", text)


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Raw HTML is off: text that looks like a tag is shown as text, never run as markup.
    return MarkdownIt("commonmark", {"html": False})


@lru_cache(maxsize=512)
def markdown_to_plain(text: str) -> str:
    """Inline Markdown to the words alone, as they are spoken.

    Emphasis markers, link targets and image sources are never spoken; an image's alt text is.
    Remembered: the stages ask for the same paragraph's words many times (98 times for one
    paragraph of 50,000 "a-", where parsing it was most of the run's 14.7 CPU-s).
    """
    tokens = _markdown().parseInline(escape_runaway_brackets(text))
    words: list[str] = []
    for token in tokens:
        for child in token.children or ():
            if child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type == "image":
                # An image's words are its alt text, which the page shows in its place.
                words += [alt.content for alt in child.children or () if alt.type == "text"]
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
    return _SPACES.sub(" ", "".join(words)).strip()


_BLOCK_START: Final = re.compile(
    r"^(\s*)(#{1,6}(?=\s|$)|>|[-+*](?=\s)|(\d{1,9})([.)])(?=\s)|([-=*_])\5{2,}\s*$)"
)


def escape_line_starts(text: str) -> str:
    """Escape characters that would make a converted line look like Markdown structure.

    Text from HTML, docx or PDF is prose: a paragraph starting "#1 priority" or
    "2024. A year" must not become a heading or a list when the next stage reads it.
    """
    lines = []
    for line in text.split("\n"):
        match = _BLOCK_START.match(line)
        if match:
            indent = match.group(1)
            if match.group(3) is not None:
                rest = line[match.end(4) :]
                line = f"{indent}{match.group(3)}\\{match.group(4)}{rest}"
            else:
                line = f"{indent}\\{line[len(indent) :]}"
        lines.append(line)
    return "\n".join(lines)


_MARKDOWN_INLINE: Final = re.compile(r"[\\`*_<\[\]]|&(?=#?\w+;)")
"""What inline Markdown reads as syntax: backslash, code, emphasis, tags, links, entities."""


_LITERAL_MARKS: Final = re.compile(r"[*_`]|\\(?=[!-/:-@\[-`{-~])")
"""What inline Markdown would take as emphasis or code in prose, and a backslash it would take
as an escape: the ones `escape_literal_marks` escapes."""


def escape_literal_marks(text: str) -> str:
    r"""Prose from HTML, DOCX or PDF with its own stars, underscores and backticks escaped.

    Their emphasis is written by the reader ("*really*"); a star the text holds ("2*3*4",
    "*stars*") is a character, which Markdown read as emphasis: the page showed "234" in
    italics and the voice said "234". Links and brackets are left as the readers write them.
    """
    return _LITERAL_MARKS.sub(r"\\\g<0>", text)


def markdown_escape(text: str) -> str:
    """Statement text made safe to write into Markdown: read back as the same words.

    plain.md and summary.md are pasted into web pages and e-mails, whose Markdown renderers
    pass raw HTML through: a statement's "<script>" must stay text there. The characters that
    make tags, code, emphasis, links and entities are escaped, and so is a line start that
    would read as a heading, quote or list. `markdown_to_plain` gives the words back.
    """
    return escape_line_starts(_MARKDOWN_INLINE.sub(r"\\\g<0>", text))


def markdown_to_html(text: str) -> str:
    """Inline Markdown to safe HTML: emphasis kept, raw HTML escaped, unsafe links refused."""
    html: str = _markdown().renderInline(escape_runaway_brackets(text))
    return html


_WORD: Final = re.compile(r"[\w’'-]+")
"""A word as a reader counts it; compiled once, as the text stages count words 2 million
times on a 400 kB statement."""


def word_count(text: str) -> int:
    """Words as a reader counts them: runs of letters or digits."""
    return len(_WORD.findall(text))


QUOTED_WORDS: Final = 4
"""A quotation of this many words is someone's own words; a shorter one is more often a term
held at arm's length ("so-called "reforms""), which the fact guard watches word by word."""

_OPENING_QUOTE: Final = re.compile(r"(?:^|(?<=[\s(\[—–:]))(?:[\"“](?=\S)|['‘](?=[\w“\"]))")
"""A quotation mark that opens: after a space, bracket, dash or colon, before a word. An
apostrophe ("it's", "the members' rights") or an inch mark ("a 5" screen") comes after one."""


@dataclass(frozen=True)
class Quotation:
    """Where a quotation starts and ends, its marks included.

    `closed` is False for one that runs on to the end of the text without its closing mark.
    """

    start: int
    end: int
    closed: bool

    def words(self, text: str) -> str:
        """The quoted words, without the marks."""
        return text[self.start + 1 : self.end - 1 if self.closed else self.end]


def quotations(text: str) -> list[Quotation]:
    """The quotations in a text, outer marks only.

    Press offices quote over several sentences and paragraphs and close only the last, so a
    quotation is followed across sentence ends; one still open at the end runs to the end.
    """
    found: list[Quotation] = []
    start: int | None = None
    closers = ""
    for index, char in enumerate(text):
        if start is None:
            if char in "\"“‘'" and _OPENING_QUOTE.match(text, index):
                start, closers = index, '"”' if char in '"“' else char + "’"
        elif char in closers and not (char in "'’" and text[index + 1 : index + 2].isalpha()):
            found.append(Quotation(start, index + 1, closed=True))
            start = None
    if start is not None:
        found.append(Quotation(start, len(text), closed=False))
    return found


def quoted_sentences(sentences: Sequence[str]) -> list[bool]:
    """Which of a paragraph's sentences hold or lie within a quotation of someone's words.

    A direct quotation is what the person said: a plain version may explain around it but never
    reword it, so the rewriter leaves these sentences as written. The sentences are read as one
    text because "… said: "This was shocking. We know …" opens a quotation in one sentence and
    goes on in the next, where no mark shows it.
    """
    return [quoted for quoted, _ in _quotation_cover(sentences)]


def cut_quotations(sentences: Sequence[str]) -> list[bool]:
    """Which of a paragraph's sentences hold only part of a quotation: no point to lift alone."""
    return [cut for _, cut in _quotation_cover(sentences)]


def _quotation_cover(sentences: Sequence[str]) -> list[tuple[bool, bool]]:
    """For each sentence: whether a quotation touches it, and whether one runs past its ends."""
    text = " ".join(sentences)
    bounds: list[tuple[int, int]] = []
    offset = 0
    for sentence in sentences:
        bounds.append((offset, offset + len(sentence)))
        offset += len(sentence) + 1
    cover = [(False, False)] * len(sentences)
    for quotation in quotations(text):
        if word_count(quotation.words(text)) < QUOTED_WORDS:
            continue
        for index, (first, last) in enumerate(bounds):
            if first < quotation.end and quotation.start < last:
                cut = cover[index][1] or quotation.start < first or quotation.end > last
                cover[index] = (True, cut)
    return cover


ENGINE_CHARS: Final = 400
"""Longest text handed to a speech engine at once: longer runs (a 20,000-character sentence
with no punctuation) make engines slow, memory-hungry or refuse, so they are cut first."""
_PHRASE_END: Final = re.compile(r"[,;:—–)\]]\s")


def chunk_for_engine(text: str, limit: int = ENGINE_CHARS) -> list[str]:
    """Cut text into pieces of at most `limit` characters, at a phrase end or a space if any.

    Text that fits is returned whole, so ordinary sentences are spoken exactly as before.
    """
    text = text.strip()
    pieces: list[str] = []
    while len(text) > limit:
        window = text[: limit + 1]
        phrase_ends = [m.end() for m in _PHRASE_END.finditer(window)]
        cut = phrase_ends[-1] if phrase_ends and phrase_ends[-1] > limit // 2 else 0
        if not cut:
            space = window.rfind(" ")
            cut = space + 1 if space > 0 else limit
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        pieces.append(text)
    return pieces


def slugify(text: str, max_length: int = 48) -> str:
    """A file-name-safe slug: lowercase ASCII letters, digits and hyphens only.

    python-slugify transliterates what accents alone do not cover ("Begrüßung" →
    "begrussung", "Привет" → "privet"); dropping such letters gave "begruung", and a title
    in another script no slug at all.
    """
    from slugify import slugify as transliterated_slug

    slug = transliterated_slug(text, max_length=max_length, lowercase=True)
    return re.sub(r"[^a-z0-9-]+", "", slug).strip("-") or "section"


def opening_words(text: str, count: int) -> str:
    """The first `count` words of a text, with "…" when more follow: enough to find it again."""
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def markdown_links(text: str) -> list[tuple[str, str]]:
    """The links of a piece of Markdown as (words, address), in order; images are no links.

    The words are what the sentences say (`markdown_to_plain`); the address is never in them,
    so it is never scored, rewritten, fact-checked or spoken: a link is heard as its words.
    """
    if "](" not in text and "<" not in text:
        return []
    found: list[tuple[str, str]] = []
    words: list[str] = []
    for token in _markdown().parseInline(escape_runaway_brackets(text)):
        href = ""
        for child in token.children or ():
            if child.type == "link_open":
                href, words = str(child.attrs.get("href", "")), []
            elif child.type == "link_close" and href:
                said = _SPACES.sub(" ", "".join(words)).strip()
                if said:
                    found.append((said, href))
                href = ""
            elif href and child.type in ("text", "code_inline"):
                words.append(child.content)
            elif href and child.type in ("softbreak", "hardbreak"):
                words.append(" ")
    return found


def shown_address(words: str, href: str) -> str:
    """The address a text file writes after a link's words: "" when the words say it already.

    "mailto:" and "tel:" are no part of what a reader types or dials.
    """
    address = re.sub(r"^(?:mailto|tel):", "", href, flags=re.I)
    bare = re.sub(r"^(?:https?://)?(?:www\.)?", "", address, flags=re.I).rstrip("/")
    said = re.sub(r"^(?:https?://)?(?:www\.)?", "", words.strip(), flags=re.I).rstrip("/")
    return "" if said.lower() == bare.lower() else address


def with_addresses(text: str, links: list[tuple[str, str]]) -> str:
    """Plain text with each link's address in brackets after the first place its words are.

    A text file has no links: a reader who needs the address to act ("apply online") had
    the words and not where to go. `links` loses the ones placed, so each address is
    written once in a section however often its words come back.
    """
    for link in list(links):
        words, href = link
        address = shown_address(words, href)
        found = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)
        if found is None:
            continue
        links.remove(link)
        if address:
            text = f"{text[: found.end()]} ({address}){text[found.end() :]}"
    return text


def markdown_with_links(text: str, links: list[tuple[str, str]]) -> str:
    """Plain text as escaped Markdown, the first place each link's words are made that link.

    plain.md is what an editor changes and hands back (`--plain-from`): written without its
    links, the edited version lost every address the statement gave ("apply on the council's
    website" with nowhere to go). `links` loses the ones placed, as in `with_addresses`.
    """
    spans: list[tuple[int, int, str]] = []
    for link in list(links):
        words, href = link
        if not href or re.search(r"[\s<>]", href):
            continue
        for found in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", text):
            if all(found.end() <= start or found.start() >= end for start, end, _ in spans):
                spans.append((found.start(), found.end(), href))
                links.remove(link)
                break
    if not spans:
        return markdown_escape(text)
    parts: list[str] = []
    at = 0
    for start, end, href in sorted(spans):
        target = f"<{href}>" if re.search(r"[()]", href) else href
        parts += [_escape_inline(text[at:start]), f"[{_escape_inline(text[start:end])}]({target})"]
        at = end
    parts.append(_escape_inline(text[at:]))
    return escape_line_starts("".join(parts))


def _escape_inline(text: str) -> str:
    """Text with what inline Markdown reads as syntax escaped (line starts are not)."""
    return _MARKDOWN_INLINE.sub(r"\\\g<0>", text)


def markdown_as_text(text: str) -> str:
    r"""Inline Markdown as a text file shows it: links as their words and address, no escapes.

    "guide (https://…)" for a link; emphasis is its words alone ("*really*" and "**bold**"
    are "really" and "bold": a plain-text file carries no markup, and statement.txt had kept
    them from a .md input); an escape's backslash goes ("2024\." is "2024."), as a reader
    never typed it, so an escaped star is a star, as are stars inside a word ("2*3*4"); an
    image stays as written ("![Map](m.png)").
    """
    if not _MARKDOWN_SYNTAX.search(text):
        return text
    markdown = _markdown()
    shown: list[str] = []
    href = ""
    link_start = 0
    inside_word: list[bool] = []  # for each open emphasis: did it open inside a word?
    for token in markdown.parseInline(escape_runaway_brackets(text)):
        for child in token.children or ():
            kind = child.type
            if kind == "text":
                shown.append(child.content)
            elif kind == "code_inline":
                shown.append(f"{child.markup}{child.content}{child.markup}")
            elif kind in ("softbreak", "hardbreak"):
                shown.append("\n")
            elif kind in ("em_open", "strong_open"):
                # "2*3*4" in a .md file is "2<em>3</em>4" to Markdown: inside a word the
                # stars are kept, as the product the writer meant.
                inside_word.append("".join(shown[-1:])[-1:].isalnum())
                shown.append(child.markup if inside_word[-1] else "")
            elif kind in ("em_close", "strong_close"):
                shown.append(child.markup if inside_word and inside_word.pop() else "")
            elif kind == "image":
                alt = "".join(alt.content for alt in child.children or ())
                shown.append(f"![{alt}]({child.attrs.get('src', '')})")
            elif kind == "link_open":
                href, link_start = str(child.attrs.get("href", "")), len(shown)
            elif kind == "link_close":
                words = markdown_to_plain("".join(shown[link_start:]))
                address = shown_address(words, markdown.normalizeLinkText(href))
                shown.append(f" ({address})" if address else "")
    return "".join(shown)


_MARKDOWN_SYNTAX: Final = re.compile(r"[\\`*_<\[&]")
"""A character inline Markdown may read as syntax; text without one is shown as it is."""


MEGABYTE: Final = 1_000_000
"""Bytes in a megabyte, as every size plainvoice shows or takes counts them (SI units).

`--max-input-mb` counted 1024 × 1024 bytes and the cache commands 1,000,000 while both said
"MB": one file read "20 MB" in one message and "21 MB" in another."""
_SIZE_UNITS: Final = ("kB", "MB", "GB")


def and_listed(items: Sequence[str]) -> str:
    """Items as a sentence lists them: "a", "a and b", "a, b and c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def format_size(size: int) -> str:
    """A byte count for people, in the unit that suits it, to 3 significant figures.

    Messages about input limits, the cache commands and the package page's download sizes
    all use it, so one file is not "3.1 MB" on the page and "3.14 MB" in a message.

    Units are SI (kB = 1000 bytes, MB = `MEGABYTE`), as `--max-input-mb` and `--max-mb`
    count them. A limit of `--max-input-mb 0.001` reads "1 kB", and 20 MB "20 MB".
    """
    if size < 1000:
        return f"{size} byte{'' if size == 1 else 's'}"
    power = min((len(str(size)) - 1) // 3, len(_SIZE_UNITS))  # 1000 ** power <= size
    if round(size / 1000**power) >= 1000 and power < len(_SIZE_UNITS):
        power += 1  # 999,999 bytes is "1 MB", not "1000 kB"
    value, unit = size / 1000**power, _SIZE_UNITS[power - 1]
    decimals = 2 - math.floor(math.log10(value))
    rounded = round(value, decimals)
    if decimals <= 0:
        return f"{int(rounded)} {unit}"
    return f"{rounded:.{decimals}f}".rstrip("0").rstrip(".") + f" {unit}"


FENCE: Final = re.compile(r"^ {0,3}(`{3,}|~{3,})")
"""A Markdown code fence, opening or closing: three or more backticks or tildes."""


def outside_fences(lines: Sequence[str]) -> Iterator[tuple[int, str]]:
    """The lines (with their index) outside fenced code blocks, whose text is never rewritten."""
    fence = ""
    for index, line in enumerate(lines):
        opened = FENCE.match(line)
        if fence or opened:
            if opened:
                fence = "" if fence and opened.group(1)[0] == fence[0] else fence or opened.group(1)
            continue
        yield index, line

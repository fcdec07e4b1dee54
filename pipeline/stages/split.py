"""Split stage: statement text into title block, greeting, body sections and closing."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Final

from pipeline.errors import InputError
from pipeline.models import Paragraph, Section, SectionKind, Statement, StatementMeta
from pipeline.stages.load import SourceText
from pipeline.text import markdown_to_plain, split_sentences, word_count

IDEAL_SECTION_WORDS: Final = 130
"""Body sections aim at about a minute of listening."""
MIN_SECTION_WORDS: Final = 40

_LIST_MARKER: Final = re.compile(r"^\s*(?:[-*+•▪◦–]|\d{1,3}[.)])\s+")
_HEADING: Final = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SALUTATION: Final = re.compile(
    r"^(?:mr\.?|mrs\.?|ms\.?|madam|madame|mister|excellenc|your (?:excellenc|majest|highness)"
    r"|distinguished|dear|ladies|honou?rable|good (?:morning|afternoon|evening)|colleagues"
    r"|friends|fellow|president\b|chair)",
    re.IGNORECASE,
)
_CLOSING: Final = re.compile(
    r"^(?:i\s+)?thank\s+you|^thanks\b|^god bless|^long live|^merci|^gracias|^danke",
    re.IGNORECASE,
)
_DELIVERY_NOTE: Final = re.compile(
    r"\((as delivered|as prepared(?: for delivery)?|check against delivery|embargoed[^)]*)\)",
    re.IGNORECASE,
)
_MONTHS: Final = (
    "january february march april may june july august september october november december"
).split()
_DATE: Final = re.compile(
    r"\b(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+(" + "|".join(_MONTHS) + r")\s*,?\s+(\d{4})\b",
    re.IGNORECASE,
)
_ROLE_WORDS: Final = re.compile(
    r"\b(secretary|president|minister|director|chair|ambassador|commissioner|chief|head"
    r"|governor|prime|king|queen|representative|executive|officer|judge|attorney)\b",
    re.IGNORECASE,
)
_MODIFIER_ENDING: Final = re.compile(r"(?:al|ous|ive|ed|ing|ly|ful|able|ible|ent|ant|ic)$")
_STOPWORDS: Final = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each even ever every
    few for from further had has have having he her here hers him his how i if in into is it its
    itself just let like made make many may me more most much must my no nor not now of off on
    once one only or other our ours out over own same she should so some still such than that the
    their them then there these they this those through to too under until up upon us very was we
    well were what when where which while who whom why will with within without would you your
    today day year years time times together keep keeps kept great new every single remains
    remain remained thank thanks glad pleasure part take special possible despite including
    continued continue makes making done want wish shall always""".split()
)


@dataclass(frozen=True)
class _Block:
    """A run of lines between blank lines."""

    lines: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(line.strip() for line in self.lines)


def split_statement(source: SourceText, lang: str = "en", max_words: int = 250) -> Statement:
    """Split a loaded statement into titled sections in reading order."""
    blocks = _blocks(source.text)
    if not blocks:
        raise InputError(f"{source.name} holds no text to split into sections")

    title_blocks, rest = _take_title_block(blocks)
    greeting, rest = _take_greeting(rest)
    closing, rest = _take_closing(rest)

    meta = parse_title_block([line for b in title_blocks for line in b.lines], source.name)
    drafts: list[tuple[SectionKind, str | None, list[Paragraph]]] = []
    if title_blocks:
        drafts.append(
            (
                SectionKind.TITLE,
                "About this statement",
                [Paragraph(line.strip()) for b in title_blocks for line in b.lines],
            )
        )
    if greeting:
        drafts.append((SectionKind.GREETING, "Greeting", _paragraphs(greeting)))
    for heading, paragraphs in _group_body(rest, lang, max_words):
        drafts.append((SectionKind.BODY, heading, paragraphs))
    if closing:
        drafts.append((SectionKind.CLOSING, "Closing words", _paragraphs(closing)))

    sections: list[Section] = []
    used_titles: set[str] = set()
    texts = [" ".join(_sentences(paragraphs, lang, kind)) for kind, _, paragraphs in drafts]
    for index, (kind, title, paragraphs) in enumerate(drafts, start=1):
        sentences = tuple(_sentences(paragraphs, lang, kind))
        if not sentences:
            continue
        others = texts[: index - 1] + texts[index:]
        final_title = title or salient_title(" ".join(sentences), used_titles, others)
        used_titles.add(final_title.lower())
        sections.append(
            Section(
                id=f"{len(sections) + 1:02d}-{slugify(final_title)}",
                index=len(sections) + 1,
                kind=kind,
                title=final_title,
                paragraphs=tuple(paragraphs),
                sentences=sentences,
            )
        )
        del index
    if not sections:
        raise InputError(f"{source.name} holds no words to read", hint="is it only punctuation?")
    return Statement(
        source_name=source.name,
        language=lang,
        meta=meta,
        sections=tuple(sections),
        text=source.text,
    )


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append(_Block(tuple(current)))
            current = []
    if current:
        blocks.append(_Block(tuple(current)))
    return blocks


def _is_title_like(block: _Block) -> bool:
    if _HEADING.match(block.lines[0]) and len(block.lines) == 1:
        return True
    for line in block.lines:
        stripped = line.strip()
        if len(stripped.split()) > 16 or _LIST_MARKER.match(stripped):
            return False
        if stripped.endswith((".", "!", "?", ":", ";", ",")) and not stripped.endswith("..."):
            return False
    return True


def _take_title_block(blocks: list[_Block]) -> tuple[list[_Block], list[_Block]]:
    taken: list[_Block] = []
    for block in blocks[:4]:
        if _SALUTATION.match(_strip_marks(block.lines[0])) or not _is_title_like(block):
            break
        taken.append(block)
    # A statement needs a body: a lone short block is the body, not a title.
    if len(taken) == len(blocks):
        return [], blocks
    return taken, blocks[len(taken) :]


def _take_greeting(blocks: list[_Block]) -> tuple[list[_Block], list[_Block]]:
    if not blocks or len(blocks) < 2:
        return [], blocks
    first = blocks[0]
    text = _strip_marks(first.text)
    if _SALUTATION.match(text) and word_count(text) <= 60 and len(split_sentences(text)) <= 2:
        return [first], blocks[1:]
    return [], blocks


def _take_closing(blocks: list[_Block]) -> tuple[list[_Block], list[_Block]]:
    if len(blocks) < 2:
        return [], blocks
    last = blocks[-1]
    text = _strip_marks(last.text)
    if _CLOSING.match(text) and word_count(text) <= 40:
        return [last], blocks[:-1]
    return [], blocks


def _strip_marks(text: str) -> str:
    return markdown_to_plain(_LIST_MARKER.sub("", text.strip()))


def _paragraphs(blocks: list[_Block]) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    for block in blocks:
        prose: list[str] = []
        for line in block.lines:
            heading = _HEADING.match(line)
            marker = _LIST_MARKER.match(line)
            if heading or marker:
                if prose:
                    paragraphs.append(Paragraph(" ".join(prose)))
                    prose = []
                if heading:
                    paragraphs.append(Paragraph(heading.group(2), is_heading=True))
                else:
                    paragraphs.append(Paragraph(line[marker.end() :].strip(), is_list_item=True))  # type: ignore[union-attr]
            elif paragraphs and paragraphs[-1].is_list_item and not prose and line.startswith(" "):
                # An indented continuation line belongs to the list item above it.
                last = paragraphs.pop()
                paragraphs.append(Paragraph(f"{last.text} {line.strip()}", is_list_item=True))
            else:
                prose.append(line.strip())
        if prose:
            paragraphs.append(Paragraph(" ".join(prose)))
    return paragraphs


def _units(blocks: list[_Block]) -> list[tuple[str | None, list[Paragraph]]]:
    """Paragraph units that must not be split: a list stays with the sentence introducing it."""
    units: list[tuple[str | None, list[Paragraph]]] = []
    for paragraph in _paragraphs(blocks):
        if paragraph.is_heading:
            units.append((markdown_to_plain(paragraph.text), []))
            continue
        if (
            units
            and units[-1][1]
            and (
                paragraph.is_list_item
                and (units[-1][1][-1].is_list_item or units[-1][1][-1].text.rstrip().endswith(":"))
            )
        ):
            units[-1][1].append(paragraph)
        elif units and units[-1][0] is not None and not units[-1][1]:
            units[-1][1].append(paragraph)  # first paragraph under a heading
        else:
            units.append((None, [paragraph]))
    return units


def _group_body(
    blocks: list[_Block], lang: str, max_words: int
) -> list[tuple[str | None, list[Paragraph]]]:
    """Group paragraph units into sections: a heading always starts one; else size and topic."""
    groups: list[tuple[str | None, list[Paragraph]]] = []
    run: list[list[Paragraph]] = []
    for heading, paragraphs in _units(blocks):
        if heading is not None:
            groups.extend((None, p) for p in _partition(run, max_words))
            run = []
            groups.append((heading, paragraphs))
        else:
            run.append(paragraphs)
    groups.extend((None, p) for p in _partition(run, max_words))
    # A heading with no text under it is merged into nothing: drop it.
    return [(h, p) for h, p in groups if p]


def _unit_words(unit: list[Paragraph]) -> int:
    return sum(word_count(markdown_to_plain(p.text)) for p in unit)


def _partition(units: list[list[Paragraph]], max_words: int) -> list[list[Paragraph]]:
    """Cut a run of units into sections near the ideal size, cutting between unrelated units.

    Dynamic programming over cut points: each section costs its squared distance from the
    ideal size (with a heavy price below the minimum or above the maximum), and each cut costs
    the lexical similarity of the two units it separates, so topics stay together.
    """
    if not units:
        return []
    sizes = [_unit_words(u) for u in units]
    vectors = [_content_vector(" ".join(p.text for p in u)) for u in units]
    ideal = min(IDEAL_SECTION_WORDS, max_words)
    n = len(units)
    best = [0.0] + [math.inf] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        words = 0
        for start in range(end - 1, -1, -1):
            words += sizes[start]
            if words > max_words and end - start > 1:
                break
            cost = ((words - ideal) / ideal) ** 2
            if words < MIN_SECTION_WORDS:
                cost += 4.0
            if start > 0:
                cost += 1.5 * _cosine(vectors[start - 1], vectors[start])
            if best[start] + cost < best[end]:
                best[end] = best[start] + cost
                back[end] = start
    cuts: list[tuple[int, int]] = []
    end = n
    while end > 0:
        cuts.append((back[end], end))
        end = back[end]
    return [[p for u in units[a:b] for p in u] for a, b in reversed(cuts)]


def _content_vector(text: str) -> Counter[str]:
    words = re.findall(r"[a-zA-Z][a-zA-Z-]+", markdown_to_plain(text).lower())
    return Counter(w for w in words if w not in _STOPWORDS and len(w) > 3)


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(a[w] * b[w] for w in a.keys() & b.keys())
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def _sentences(paragraphs: list[Paragraph], lang: str, kind: SectionKind) -> list[str]:
    sentences: list[str] = []
    for paragraph in paragraphs:
        plain = markdown_to_plain(paragraph.text)
        if not plain:
            continue
        if kind is SectionKind.TITLE or paragraph.is_heading:
            sentences.append(plain)
        else:
            sentences.extend(split_sentences(plain, lang))
    return sentences


def salient_title(
    text: str, avoid: set[str] | None = None, others: list[str] | None = None, max_terms: int = 3
) -> str:
    """A short title from the section's own telling words: frequent here, rare elsewhere."""
    from wordfreq import zipf_frequency

    elsewhere = [set(re.findall(r"[\w-]+", other.lower())) for other in others or []]

    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for found in re.finditer(r"[^\W\d_][\w-]*\w", text):
        token = found.group(0)
        key = token.lower()
        if key in _STOPWORDS or len(key) < 4:
            continue
        counts[key] += 1
        sentence_start = (
            not text[: found.start()].rstrip() or text[: found.start()].rstrip()[-1] in ".!?:;"
        )
        # Keep the capitals of acronyms and of names met mid-sentence (Sahel, Kyoto).
        keeps_case = token.isupper() or (token[0].isupper() and not sentence_start)
        if key not in shown or (keeps_case and shown[key] == key):
            shown[key] = token if keeps_case else key

    def weight(word: str) -> float:
        rarity = math.sqrt(8.0 - min(float(zipf_frequency(word, "en")), 7.5))
        # Titles read best as nouns; without a tagger, damp typical adjective and verb endings.
        if _MODIFIER_ENDING.search(word) and shown[word] == word:
            rarity *= 0.5
        spread = sum(1 for words in elsewhere if word in words)
        idf = math.log(1 + (1 + len(elsewhere)) / (1 + spread))
        return float(counts[word] ** 1.5 * rarity * idf)

    scored = sorted(counts, key=lambda w: (-weight(w), w))
    avoid = avoid or set()
    terms: list[str] = []
    for word in scored:
        if any(word in t.lower() or t.lower() in word for t in terms):
            continue
        terms.append(shown[word])
        if len(terms) == max_terms:
            break
    if not terms:
        return "Statement"
    title = terms[0] if len(terms) == 1 else f"{', '.join(terms[:-1])} and {terms[-1]}"
    title = title[0].upper() + title[1:]
    if title.lower() in avoid:
        title = f"{title} (continued)"
    return title


def slugify(text: str, max_length: int = 48) -> str:
    """A file-name-safe slug: lowercase ASCII letters, digits and hyphens only."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "section"


def parse_title_block(lines: list[str], fallback_title: str) -> StatementMeta:
    """Read title, speaker, role, event, place and date from the title block's lines."""
    cleaned = [markdown_to_plain(_HEADING.sub(r"\2", line).strip()) for line in lines]
    cleaned = [line for line in cleaned if line]
    if not cleaned:
        return StatementMeta(title=_title_from_name(fallback_title))
    notes: list[str] = []
    title = cleaned[0]
    for note in _DELIVERY_NOTE.findall(title):
        notes.append(note[0].upper() + note[1:])
    title = _DELIVERY_NOTE.sub("", title)
    title = re.sub(r"\s+by$", "", title.strip(), flags=re.IGNORECASE).strip(" ,")
    speaker = role = place = date_text = start = end = None
    event_lines: list[str] = []
    for line in cleaned[1:]:
        found = _DATE.search(line)
        if found and date_text is None:
            date_text = found.group(0)
            day1, day2, month, year = found.groups()
            month_no = _MONTHS.index(month.lower()) + 1
            try:
                start = date(int(year), month_no, int(day1)).isoformat()
                end = date(int(year), month_no, int(day2)).isoformat() if day2 else None
            except ValueError:
                start = end = None
            before = line[: found.start()].strip(" ,–-")
            if before:
                place = before
            continue
        if speaker is None and "," in line and _ROLE_WORDS.search(line.split(",", 1)[1]):
            speaker, role = (part.strip() for part in line.split(",", 1))
            continue
        event_lines.append(line)
    return StatementMeta(
        title=title or _title_from_name(fallback_title),
        speaker=speaker,
        speaker_role=role,
        event=" – ".join(event_lines) or None,
        place=place,
        date_text=date_text,
        date_start=start,
        date_end=end,
        notes=tuple(notes),
    )


def _title_from_name(name: str) -> str:
    stem = re.sub(r"\.[A-Za-z0-9]+$", "", name)
    return re.sub(r"[-_]+", " ", stem).strip().capitalize() or "Statement"

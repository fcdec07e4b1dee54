"""EPUB 3 with media overlays: the statement, plain and original, read aloud sentence by sentence.

Each section is one XHTML document whose sentences carry ids; its SMIL overlay pairs each id with
the stretch of the section's MP3 that speaks it, so reading systems highlight the sentence being
heard. The file is written with fixed timestamps and a fixed order, so the same input gives the
same bytes.
"""

from __future__ import annotations

import hashlib
import re
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from xml.etree import ElementTree

from pipeline import __version__
from pipeline.models import AudioClip, SentenceTiming, Statement, TableData
from pipeline.stages.readability import grade_note
from pipeline.stages.readalong import Block, Cue, original_blocks, plain_blocks

if TYPE_CHECKING:
    from jinja2 import Environment

    from pipeline.stages.bundle import SectionResult
    from pipeline.stages.summary import Summary

ZIP_EPOCH: Final = (1980, 1, 1, 0, 0, 0)
MODIFIED: Final = "2000-01-01T00:00:00Z"
"""dcterms:modified is fixed: a clock time would make every build's bytes differ."""
VERSION_LABELS: Final = {"plain": "Plain language", "original": "Original text"}
_XHTML_NS: Final = "http://www.w3.org/1999/xhtml"
_NOT_XML: Final = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 forbids; the reader lets U+FFFE and U+FFFF through, and one in the text
made a content document that no reading system (nor EPUBCheck) would open."""


@dataclass(frozen=True)
class EpubInfo:
    """What the EPUB says about itself beyond the statement."""

    summary: str
    """The accessibility summary, in plain words."""
    narrator: str | None
    """The synthetic voice that reads it, or None without audio."""
    in_short: Summary | None = None
    """The statement's summary, for the title page (None or empty: the page goes without)."""


EPUB_TEMPLATES: Final = (
    "container.xml",
    "package.opf",
    "nav.xhtml",
    "style.css",
    "title.xhtml",
    "section.xhtml",
    "overlay.smil",
)


def load_templates() -> None:
    """Compile the book's templates ahead of time (see `bundle.load_templates`)."""
    for name in EPUB_TEMPLATES:
        _environment().get_template(name)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    from jinja2 import Environment, PackageLoader

    return Environment(
        loader=PackageLoader("pipeline", "templates/epub"),
        autoescape=True,
        keep_trailing_newline=True,
    )


def smil_clock(seconds: float) -> str:
    """Seconds as a SMIL full clock value, H:MM:SS.mmm."""
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _xml(document: str) -> bytes:
    """A rendered XML document as bytes, without the characters XML cannot hold."""
    return _NOT_XML.sub("", document).encode()


def _xhtml_safe(html: str, fallback: str) -> str:
    """Inline HTML from Markdown, made XML; text alone when it is not well-formed XML."""
    from markupsafe import escape

    candidate = html.replace("<br>", "<br/>")
    try:
        ElementTree.fromstring(f'<span xmlns="{_XHTML_NS}">{candidate}</span>')
    except ElementTree.ParseError:
        return str(escape(fallback))
    return candidate


def _groups(
    blocks: Sequence[Block],
    prefix: str,
    depths: Sequence[int] = (),
    tables: Sequence[TableData] = (),
    *,
    markdown: bool = True,
) -> tuple[list[dict[str, Any]], list[tuple[str, Cue]]]:
    """Blocks as paragraphs and lists with a unique id per cue, plus the cues in reading order.

    Lists nest as deep as the page's do (`bundle.list_depths`): a "(i)" under an "(a)".
    """
    from markupsafe import Markup

    from pipeline.stages.bundle import nested_groups

    ordered: list[tuple[str, Cue]] = []

    def cues(block: Block) -> list[dict[str, Any]]:
        item = []
        for cue in block.cues:
            cue_id = f"{prefix}-{len(ordered) + 1}"
            ordered.append((cue_id, cue))
            item.append({"id": cue_id, "html": Markup(_xhtml_safe(cue.html, cue.text))})
        return item

    groups = nested_groups(blocks, depths, cues, tables, markdown=markdown)
    return groups, ordered


def every_text_spoken(documents: Sequence[bytes], overlays: Sequence[bytes]) -> bool:
    """Whether a listener hears every text in the book, read from the book's own files.

    Only then is listening alone enough ("accessModeSufficient: auditory"). The claim was
    made whenever both versions were spoken, yet the title page (what the statement is,
    who reads it, the summary), each section's reading grades and its "Plain language" and
    "Original text" headings are never spoken: a listener would miss them. So each content
    document's text is checked against what its overlay speaks.
    """
    spoken = {
        target.rsplit("#", 1)[-1]
        for overlay in overlays
        for target in re.findall(r'<text src="([^"]+)"', overlay.decode())
    }
    return all(_all_spoken(ElementTree.fromstring(document), spoken) for document in documents)


def _all_spoken(element: ElementTree.Element, spoken: set[str]) -> bool:
    """Whether every word under `element` is inside an element its overlay speaks."""
    if element.get("id") in spoken:
        return True
    if _local(element.tag) == "head":
        return True
    if (element.text or "").strip():
        return False
    for child in element:
        if not _all_spoken(child, spoken) or (child.tail or "").strip():
            return False
    return True


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def write_epub(
    destination: Path,
    statement: Statement,
    results: Sequence[SectionResult],
    clips: Mapping[tuple[str, str], AudioClip],
    info: EpubInfo,
) -> None:
    """Write the EPUB 3 file: one XHTML document and one overlay per section, plus the MP3s."""
    from pipeline.stages.bundle import (
        guard_notes,
        guard_record,
        list_depths,
        plain_note,
        shares_original_audio,
        summary_notes,
        version_depths,
    )

    env = _environment()
    lang = statement.language
    depths = list_depths(statement)
    warned = False
    documents: list[dict[str, Any]] = []
    overlays: list[dict[str, Any]] = []
    audio_files: dict[str, Path] = {}
    total_ms = 0
    for number, result in enumerate(results, start=1):
        section = result.section
        doc: dict[str, Any] = {
            "id": f"s-{section.id}",
            "item_id": f"doc-{number}",
            "file": f"{number:03d}-{section.id}.xhtml",
            "title": section.title,
            # The formula named, as on the page: a French grade is not a Flesch-Kincaid one.
            "score": (
                f"Original: {result.original_score.verdict}. "
                f"Plain version: {result.plain_score.verdict}. {grade_note(lang)}."
            ),
            "versions": [],
            "overlay": None,
            # The page's fact-check warning, beside the plain text it is about: a book reader
            # was not told that a section's plain version lost a fact or is its original.
            "guard": guard_record(result.plain),
            "guard_notes": guard_notes(result.plain),
        }
        warned = warned or bool(doc["guard_notes"]) or _guard_status_shown(doc["guard"])
        pars: list[dict[str, str]] = []
        overlay_ms = 0
        # A plain version with its original's words is read aloud once, with the original.
        same = shares_original_audio(clips, section.id)
        for key in ("plain", "original"):
            clip = None if key == "plain" and same else clips.get((section.id, key))
            blocks = (
                plain_blocks(result.plain, clip, section)
                if key == "plain"
                else original_blocks(section, clip)
            )
            levels = version_depths(result, depths.get(section.id, ()), key)
            groups, ordered = _groups(
                blocks, f"{key[0]}{number}", levels, statement.tables, markdown=key == "original"
            )
            # As on the page: a section in another language has no plain version of its own.
            note = plain_note(result.plain, same) if key == "plain" else ""
            doc["versions"].append(
                {"key": key, "label": VERSION_LABELS[key], "note": note, "groups": groups}
            )
            if clip is None:
                continue
            audio_files[clip.path.name] = clip.path
            timed = [(cue_id, cue.start, cue.end) for cue_id, cue in ordered]
            heard = _announcement(clip)
            if heard is not None:
                # "Part 3: Criminal justice" is the section's heading, said before each version.
                timed.insert(0, (f"{doc['id']}-title", heard.start, heard.end))
            for target, start, finish in timed:
                if start is None or finish is None:
                    continue
                begin, end = round(start * 1000), round(finish * 1000)
                overlay_ms += end - begin
                pars.append(
                    {
                        "target": target,
                        "audio": clip.path.name,
                        "begin": smil_clock(begin / 1000),
                        "end": smil_clock(end / 1000),
                    }
                )
        if pars:
            overlay = {
                "id": f"overlay-{number}",
                "file": f"{number:03d}-{section.id}.smil",
                "pars": pars,
                "duration": smil_clock(overlay_ms / 1000),
            }
            overlays.append(overlay)
            doc["overlay"] = overlay
            total_ms += overlay_ms
        documents.append(doc)

    in_short = info.in_short if info.in_short is not None and info.in_short.text else None
    notes = summary_notes(in_short) if in_short is not None else ()
    warned = warned or bool(notes)
    title_page = {"file": TITLE_PAGE, "title": statement.meta.title}
    # The identifier follows the source text, so a rebuild of the same statement keeps it.
    identity = "plainvoice:" + hashlib.sha256(statement.text.encode()).hexdigest()
    meta = statement.meta
    title_xhtml = _xml(
        _title_page(
            env,
            statement,
            documents,
            in_short,
            notes,
            info.narrator if overlays else None,
            all(result.plain.left_as_written for result in results),
        )
    )
    section_template = env.get_template("section.xhtml")
    overlay_template = env.get_template("overlay.smil")
    content: list[tuple[str, bytes]] = []
    smil: dict[str, bytes] = {}
    for doc in documents:
        content.append(
            (f"EPUB/text/{doc['file']}", _xml(section_template.render(lang=lang, doc=doc)))
        )
        if doc["overlay"]:
            smil[doc["file"]] = _xml(overlay_template.render(doc=doc, overlay=doc["overlay"]))
    files: list[tuple[str, bytes]] = [
        ("META-INF/container.xml", env.get_template("container.xml").render().encode()),
        (
            "EPUB/package.opf",
            _xml(
                env.get_template("package.opf").render(
                    lang=lang,
                    identifier=f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, identity)}",
                    title=meta.title,
                    meta=meta,
                    description=f"{meta.title}: the original text and a plain-language version.",
                    modified=MODIFIED,
                    overlays=overlays,
                    all_spoken=bool(overlays)
                    and every_text_spoken(
                        [title_xhtml, *(data for _, data in content)], list(smil.values())
                    ),
                    total_duration=smil_clock(total_ms / 1000),
                    narrator=info.narrator,
                    summary=info.summary,
                    version=__version__,
                    documents=documents,
                    title_page=title_page,
                    audio_files=[
                        {"id": f"audio-{i}", "file": name}
                        for i, name in enumerate(sorted(audio_files), start=1)
                    ],
                )
            ),
        ),
        (
            "EPUB/nav.xhtml",
            _xml(
                env.get_template("nav.xhtml").render(
                    lang=lang, documents=documents, title_page=title_page
                )
            ),
        ),
        (f"EPUB/text/{TITLE_PAGE}", title_xhtml),
        (
            "EPUB/style.css",
            # The read-along class only where overlays use it (EPUBCheck CSS-029 otherwise).
            env.get_template("style.css")
            .render(overlays=bool(overlays), guard_warnings=warned)
            .encode(),
        ),
    ]
    for doc, (name, data) in zip(documents, content, strict=True):
        files.append((name, data))
        if doc["file"] in smil:
            files.append((f"EPUB/smil/{doc['overlay']['file']}", smil[doc["file"]]))
    for name in sorted(audio_files):
        files.append((f"EPUB/audio/{name}", audio_files[name].read_bytes()))
    _write_zip(destination, files)


TITLE_PAGE: Final = "000-title.xhtml"
"""The book's first page: what the statement is, who reads it, and the summary."""


def _title_page(
    env: Environment,
    statement: Statement,
    documents: Sequence[Mapping[str, Any]],
    in_short: Summary | None,
    notes: Sequence[str],
    voice: str | None,
    left_as_written: bool,
) -> str:
    """The title page, first in the spine and the contents.

    The book opened on its first section's heading ("Fourth CRI Gathering"): nothing said
    what the statement was, who gave it or when, that the voice is synthetic, or what it
    says in short (the summary was a download beside the page), and a fact check warning
    was found only by reading each section's plain version to its start.
    """
    from pipeline.metadata import iso_date_in_words, names_its_giver

    meta = statement.meta
    facts: list[tuple[str, str, bool]] = []
    if meta.speaker:
        role = f", {meta.speaker_role}" if meta.speaker_role else ""
        facts.append(("Speaker", meta.speaker + role, False))
    if meta.event:
        facts.append(("Event", meta.event, True))
    if meta.place:
        facts.append(("Place", meta.place, False))
    if meta.date_text:
        facts.append(("Date", iso_date_in_words(meta.date_text, statement.language), False))
    to_review: list[dict[str, Any]] = []
    if notes:
        to_review.append({"href": "#in-short-guard", "title": "In short", "ui": True})
    to_review += [
        {"href": f"{doc['file']}#{doc['id']}-guard", "title": doc["title"], "ui": False}
        for doc in documents
        if doc["guard_notes"] or _guard_status_shown(doc["guard"])
    ]
    return env.get_template("title.xhtml").render(
        lang=statement.language,
        title=meta.title,
        meta=meta,
        by=bool(meta.speaker) and not names_its_giver(meta),
        facts=facts,
        voice=voice,
        to_review=to_review,
        summary=in_short,
        summary_notes=notes,
        left_as_written=left_as_written,
    )


def _announcement(clip: AudioClip) -> SentenceTiming | None:
    """Where the clip says its section's title ("Part 3: Criminal justice"), if it does.

    The overlay pairs it with the section's heading, whose words it says. Left out, a reading
    system playing the book went from the last plain sentence straight into the original's
    first with no heading lit and the spoken title skipped, so a listener heard the section
    twice over with nothing to say where one version ended and the other began. It had been
    paired with the version's heading ("Original text"), lit while the voice said words that
    heading does not have.
    """
    for timing in clip.timings:
        if timing.kind == "announcement" and min(timing.end, clip.duration) > timing.start:
            return SentenceTiming(timing.text, timing.start, min(timing.end, clip.duration))
    return None


def _guard_status_shown(guard: Mapping[str, Any]) -> bool:
    """Whether the book says a section's fact check without notes: flagged, or edited and off.

    A section whose every fact was kept is not marked, so the book does not say "Fact check"
    once a section where there is nothing to act on.
    """
    return bool(guard["flagged"]) or (bool(guard["reviewed_by_person"]) and not guard["passed"])


def _write_zip(destination: Path, files: Sequence[tuple[str, bytes]]) -> None:
    """OCF container: `mimetype` first and stored, then everything else in a fixed order."""
    with zipfile.ZipFile(destination, "w") as archive:
        mimetype = zipfile.ZipInfo("mimetype", date_time=ZIP_EPOCH)
        mimetype.compress_type = zipfile.ZIP_STORED
        archive.writestr(mimetype, b"application/epub+zip")
        for name, data in files:
            entry = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            entry.external_attr = 0o644 << 16
            entry.compress_type = (
                zipfile.ZIP_STORED if name.endswith(".mp3") else zipfile.ZIP_DEFLATED
            )
            archive.writestr(entry, data)

"""Bundle stage: write the accessible package into a staging folder, then publish it atomically.

A package is built in `output/.<slug>.partial-<pid>/` and renamed into place only when every
file is written, and the ZIP is written beside it under a temporary name and renamed last. An
interrupted run therefore never leaves a folder or ZIP that looks complete.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import math
import os
import re
import shutil
import zipfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

from pipeline import __version__
from pipeline.errors import OutputError
from pipeline.labels import section_labels
from pipeline.language import other_language_paragraphs
from pipeline.metadata import is_title_from_file_name, iso_date_in_words, names_its_giver
from pipeline.models import (
    LEFT_AS_WRITTEN,
    MANIFEST_NAME,
    NOT_REWRITTEN,
    AudioClip,
    FactCheck,
    Package,
    PlainSection,
    Readability,
    Section,
    SectionKind,
    Statement,
    StatementAudio,
    TableData,
    is_package,
)
from pipeline.parallel import pid_alive
from pipeline.stages import readalong
from pipeline.stages.readability import grade_note
from pipeline.stages.summary import Summary
from pipeline.text import (
    and_listed,
    format_size,
    markdown_as_text,
    markdown_escape,
    opening_words,
    with_addresses,
)

if TYPE_CHECKING:
    from jinja2 import Environment

T = TypeVar("T")
PLAYLIST_NAME: Final = "playlist.m3u8"
VERSION_LABELS: Final = {"plain": "Plain language", "original": "Original text"}
NOT_REWRITTEN_NOTE: Final = (
    "Not rewritten: the plain-language rules are for English, so this is the text as written."
)
"""Said under the plain column's heading for a section in another language."""
SAME_WORDS_NOTE: Final = (
    "The plain version has the same words as the original, so the two share one recording: "
    "the original text audio."
)
"""Said in the plain column of a section whose plain words are its original's, spoken once."""
_CHECKED: Final = "checked to keep every number, date and name"
UI_LANGUAGE: Final = "en"
"""The language of the page's own words (headings, notes, labels). The statement's words carry
their own `lang`, so a screen reader reads a French statement in French and the labels around
it in English (WCAG 3.1.2, language of parts)."""
ZIP_EPOCH: Final = (1980, 1, 1, 0, 0, 0)
"""A fixed timestamp inside the ZIP, so the same input gives the same bytes."""


@dataclass(frozen=True)
class SectionResult:
    """Everything the package shows for one section."""

    section: Section
    plain: PlainSection
    original_score: Readability
    plain_score: Readability


@dataclass(frozen=True)
class EngineInfo:
    """Which engine spoke, for the manifest and the disclosure."""

    name: str
    voice: str
    offline: bool
    # Privacy record (robust branch): whether statement text was sent to an online service,
    # and whether the run finished on an offline fallback engine.
    text_sent_online: bool = False
    online_service: str | None = None
    fallback: str | None = None
    fallback_reason: str | None = None
    other_voices: dict[str, str] = field(default_factory=dict)
    """(Mixed-language statements.) Language → the voice that said its paragraphs, when not
    the engine's own voice (`speak.other_language_voice`)."""


def _is_package_zip(path: Path, slug: str) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return f"{slug}/{MANIFEST_NAME}" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def check_target(
    output_dir: Path,
    slug: str,
    *,
    force: bool = False,
    plain_from: Path | None = None,
    source: Path | None = None,
    lexicon: Path | None = None,
) -> None:
    """Refuse to replace a folder or ZIP that plainvoice did not make, unless forced.

    A previous package is replaced (atomically); anything else might be someone's work, and
    so is its `plain.md` once a person has edited it there, unless this run reads it. The
    statement's own file is never replaced, even with --force: `run speech -o . --force` moved
    the input aside as `.speech.old-<pid>` and the next run deleted it. Nor is the lexicon's:
    a `pronunciation-check.toml` corrected in the package and fed back from there went with
    the folder, and the next package, whose words were all checked, had none.
    """
    folder = output_dir / slug
    zip_path = output_dir / f"{slug}.zip"
    if not folder.resolve().is_relative_to(output_dir.resolve()):
        raise OutputError(f"refusing to write {folder}: it is outside {output_dir}")
    if source is not None:
        read_from = source.resolve()
        if read_from == zip_path.resolve() or read_from.is_relative_to(folder.resolve()):
            target = zip_path if read_from == zip_path.resolve() else folder
            raise OutputError(
                f"refusing to replace {target}: the statement is read from it",
                hint="choose another folder with -o, or move the statement elsewhere",
            )
    if lexicon is not None and lexicon.resolve().is_relative_to(folder.resolve()):
        raise OutputError(
            f"refusing to replace {folder}: the lexicon {lexicon} is read from it",
            hint="copy the lexicon out of the package folder and pass the copy with --lexicon",
        )
    if force:
        return
    if folder.is_symlink() or (folder.exists() and not is_package(folder)):
        raise OutputError(
            f"{folder} exists and is not a plainvoice package; refusing to replace it",
            hint="move it away, choose another folder with -o, or replace it with --force",
        )
    if zip_path.is_symlink() or (zip_path.exists() and not _is_package_zip(zip_path, slug)):
        raise OutputError(
            f"{zip_path} exists and is not a plainvoice package ZIP; refusing to replace it",
            hint="move it away, choose another folder with -o, or replace it with --force",
        )
    _keep_edits(folder / "plain.md", plain_from)


def _keep_edits(edited: Path, plain_from: Path | None) -> None:
    """Refuse to replace a person's edits with the rewriter's text, when this run ignores them.

    Editing the package's own plain.md and running the same command again (without
    `--plain-from`) replaced it with the rewriter's text, and so did a run without
    `--plain-from` over a package made with one: the edits were lost without a word.
    """
    if plain_from is not None and plain_from.resolve() == edited.resolve():
        return  # this run reads the edits, and its plain.md keeps them
    try:
        manifest = json.loads((edited.parent / MANIFEST_NAME).read_text(encoding="utf-8"))
        (recorded,) = [f["sha256"] for f in manifest["files"] if f["path"] == edited.name]
        data = edited.read_bytes()
        reviewed = [s["id"] for s in manifest["sections"] if s["guard"].get("reviewed_by_person")]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return  # no edit to keep that we can tell (no plain.md, or no record of it)
    keep = f"keep them with --plain-from {edited}, or discard them with --force"
    if hashlib.sha256(data).hexdigest() != recorded:
        raise OutputError(
            f"{edited} was edited since its package was made; this run would replace it "
            "and lose the edits",
            hint=keep,
        )
    if reviewed and plain_from is None:
        raise OutputError(
            f"{edited.parent} holds a person's edits ({', '.join(reviewed[:3])}"
            f"{' …' if len(reviewed) > 3 else ''}); this run, without --plain-from, would "
            "replace them with the rewriter's text",
            hint=keep,
        )


SAME_STATEMENT_SHARE: Final = 0.2
"""Least share of words (in order) that an edited statement keeps of the one its package was
made from. Two different statements of the dev corpus share at most 0.03; a draft with every
15th word changed keeps 0.93."""
SHORTER_KEPT_SHARE: Final = 0.5
"""Least share of the shorter text's words found in the longer, in order, for a statement cut
down to a part of itself (or grown from one) to count as the same: a 5,000-word excerpt of a
50,000-word draft shares 0.18 of both texts' words, all of the excerpt's. Two different
dev-corpus statements: at most 0.11."""


def check_same_statement(
    folder: Path, statement: Statement, source: Path | None, *, force: bool = False
) -> None:
    """Refuse to replace a package made from another statement that has the same file name.

    `run a/statement.txt -o out` then `run b/statement.txt -o out` replaced the first package
    without a word: both are named `out/statement`. The manifest keeps the source's name, not
    its path, and an edit changes the content hash too; so an edit is told from another
    statement by the words they share (`SAME_STATEMENT_SHARE`).
    """
    if force:
        return
    try:
        manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        made_from = str(manifest["statement"]["source"])
        before = (folder / "statement.txt").read_text(encoding="utf-8").split()
    except (OSError, ValueError, KeyError, TypeError):
        return  # no package there, or none we can read: check_target has judged the folder
    now = _statement_text(statement).split()
    if before == now:
        return
    matcher = difflib.SequenceMatcher(None, before, now)
    if matcher.ratio() >= SAME_STATEMENT_SHARE:
        return  # an edit of the same statement
    kept = sum(block.size for block in matcher.get_matching_blocks())
    if kept >= SHORTER_KEPT_SHARE * min(len(before), len(now)):
        return  # cut down to a part of itself, or grown from one
    raise OutputError(
        f"{folder} was made from a different {made_from}; refusing to replace it with the "
        f"package of {source if source is not None else statement.source_name}",
        hint="choose another folder with -o, or replace it with --force",
    )


_LEFTOVER: Final = re.compile(r"\.(?P<slug>.+?)\.(?P<kind>old|partial|zip\.partial)-(?P<pid>\d+)")
"""What a run leaves in the output folder while it works: `.<slug>.partial-<pid>/` (staging),
`.<slug>.zip.partial-<pid>` and `.<slug>.old-<pid>/` (the previous package, while publishing)."""
ABANDONED_AFTER: Final = 3600.0
"""Seconds without a change after which another package's leftovers of a dead process are
cleared: its process id alone cannot prove it dead when another machine or container shares
the folder, and a live run writes its audio far more often than that."""


def recover_interrupted(output_dir: Path, slug: str) -> None:
    """Clean up after a run that was killed: restore the previous package, drop partial files.

    A run killed between the two renames of publishing leaves the previous package under
    `.<slug>.old-<pid>`; it is put back. Staging folders and partial ZIPs of dead runs go:
    this package's at once, another package's once untouched for `ABANDONED_AFTER` (a run
    killed while making `a` left its staging folder for good when only `b` was made next).
    """
    if not output_dir.is_dir():
        return
    for leftover in sorted(output_dir.glob(".*")):
        found = _LEFTOVER.fullmatch(leftover.name)
        if found is None:
            continue
        pid, own = int(found["pid"]), found["slug"] == slug
        if pid == os.getpid() and not own:
            continue  # this process's own work on another package (a batch)
        if pid != os.getpid() and pid_alive(pid):
            continue
        if not own and not _abandoned(leftover):
            continue
        folder = output_dir / found["slug"]
        if found["kind"] == "old" and not folder.exists() and is_package(leftover):
            os.replace(leftover, folder)
        elif leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def _abandoned(leftover: Path) -> bool:
    """True when nothing in `leftover` has changed for `ABANDONED_AFTER` seconds."""
    import time

    try:
        paths = [leftover, *leftover.rglob("*")] if leftover.is_dir() else [leftover]
        newest = max(path.lstat().st_mtime for path in paths)
    except OSError:
        return False
    return time.time() - newest > ABANDONED_AFTER


def glob_escape(text: str) -> str:
    """Escape glob wildcards in a slug (slugs have none today; this keeps it true)."""
    from glob import escape

    return escape(text)


def staging_path(output_dir: Path, slug: str) -> Path:
    """Where `staging_folder` creates this process's staging folder (known before it exists)."""
    return output_dir / f".{slug}.partial-{os.getpid()}"


def staging_folder(output_dir: Path, slug: str) -> Path:
    """Create the hidden folder a package is built in before it is published."""
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        staging = staging_path(output_dir, slug)
        if staging.exists():
            shutil.rmtree(staging)
        (staging / "audio").mkdir(parents=True)
    except OSError as error:
        raise OutputError(
            f"cannot write to {output_dir}: {error.strerror or error}",
            hint="choose another folder with -o",
        ) from error
    return staging


def write_package(
    staging: Path,
    output_dir: Path,
    slug: str,
    statement: Statement,
    results: Sequence[SectionResult],
    overall_original: Readability,
    overall_plain: Readability,
    clips: Sequence[AudioClip],
    engine: EngineInfo | None,
    summary: Summary | None = None,
    plain_markdown: str | None = None,
    *,
    statement_audio: Sequence[StatementAudio] = (),
    pronunciation_review: Sequence[str] = (),
    build: Mapping[str, str] | None = None,
    rewriter: Mapping[str, Any] | None = None,
    lexicon: Path | None = None,
) -> Package:
    """Write text, captions, EPUB, HTML and manifest into `staging`, then publish folder and ZIP.

    Every file is a pure function of its inputs (no clock, no random ids), so the same input,
    settings and audio give byte-identical files. `build` (input hash and settings
    fingerprint) goes into the manifest so a later run can tell the package is current;
    `rewriter` says which plain-language rewriter wrote the plain version; `lexicon` is the
    user's lexicon, which says how the voice reads the words on the review list.
    """
    from pipeline.stages import epub

    folder = output_dir / slug
    zip_path = output_dir / f"{slug}.zip"
    partial_zip = zip_path.with_name(f".{zip_path.name}.partial-{os.getpid()}")
    try:
        (staging / "statement.txt").write_text(_statement_text(statement), encoding="utf-8")
        (staging / "plain.txt").write_text(_plain_text(statement, results), encoding="utf-8")
        if plain_markdown is not None:
            (staging / "plain.md").write_text(plain_markdown, encoding="utf-8")
        if summary is not None:
            heading = heading_for(statement, in_its_language=True)
            (staging / "summary.md").write_text(
                warned_summary_markdown(summary, heading), encoding="utf-8"
            )
            (staging / "summary.txt").write_text(warned_summary_text(summary), encoding="utf-8")
        review = review_words(pronunciation_review, results, statement.language, lexicon)
        if review:
            (staging / PRONUNCIATION_CHECK).write_text(
                pronunciation_check(statement, results, review), encoding="utf-8"
            )
        clip_map = {(clip.section_id, clip.version): clip for clip in clips}
        for clip in distinct_clips(clips):
            _caption_path(staging, clip).write_text(readalong.webvtt(clip), encoding="utf-8")
        for whole in statement_audio:
            joined = whole_statement_clip(whole, results, clip_map)
            if joined is not None:
                _caption_path(staging, joined).write_text(
                    readalong.webvtt(joined), encoding="utf-8"
                )
        if clips:
            (staging / PLAYLIST_NAME).write_text(
                _playlist(statement, results, clips), encoding="utf-8"
            )
        else:
            # A package without audio has no audio folder, rather than an empty one.
            _remove_if_empty(staging / "audio")
        epub.write_epub(
            staging / f"{slug}.epub",
            statement,
            results,
            clip_map,
            epub.EpubInfo(
                summary=accessibility_summary(
                    {clip.version for clip in clips},
                    has_glossary=False,
                    has_captions=False,
                    has_summary=summary is not None and bool(summary.text),
                ),
                narrator=engine.voice if engine else None,
                in_short=summary,
            ),
        )
        # index.html names the ZIP's size, and the ZIP holds index.html: render until the size
        # it names is the size it has (sizes are rounded, so this settles at once or next turn).
        zip_size = ""
        known_records: dict[Path, dict[str, Any]] = {}
        for _ in range(6):
            page = _render_html(
                statement,
                results,
                overall_original,
                overall_plain,
                clip_map,
                engine,
                staging,
                slug,
                zip_size,
                str((rewriter or {}).get("name", "rules")),
                summary,
                statement_audio=statement_audio,
                review=review,
            )
            (staging / "index.html").write_text(page, encoding="utf-8")
            manifest = _manifest(
                staging,
                statement,
                results,
                overall_original,
                overall_plain,
                clip_map,
                engine,
                known_records,
            )
            if summary is not None:
                manifest["summary"] = {
                    "text": summary.text,
                    "words": summary.words,
                    "points": list(summary.points),
                    "facts": _facts_record(summary.facts),
                }
            _add_speech_extras(manifest, statement_audio, review)
            if rewriter is not None:
                manifest["rewriter"] = dict(rewriter)
            if build is not None:
                manifest["build"] = dict(build)
            # The manifest is written last: its presence marks a complete package.
            (staging / MANIFEST_NAME).write_text(
                json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            _write_zip(staging, slug, partial_zip)
            actual = format_size(partial_zip.stat().st_size)
            if actual == zip_size:
                break
            zip_size = actual
        with _ctrl_c_held():
            _publish_folder(staging, folder, partial_zip, zip_path)
    except BaseException as error:
        # Failed or interrupted (Ctrl-C) before publishing: the partial ZIP goes with the
        # staging folder, which the caller removes.
        with suppress(OSError):
            partial_zip.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(
                f"cannot write the package in {output_dir}: {error.strerror or error}"
            ) from error
        raise
    return Package(folder=folder, zip_path=zip_path, manifest=manifest)


def shares_original_audio(clips: Mapping[tuple[str, str], AudioClip], section_id: str) -> bool:
    """True when the section's plain version is heard from its original's MP3 (the same words).

    Such a section has one recording: one player on the page, one file, one playlist entry.
    """
    plain = clips.get((section_id, "plain"))
    original = clips.get((section_id, "original"))
    return plain is not None and original is not None and plain.path == original.path


def distinct_clips(clips: Iterable[AudioClip]) -> list[AudioClip]:
    """The clips with one per MP3 file, the first of each: a shared file is listed once."""
    seen: set[Path] = set()
    distinct = []
    for clip in clips:
        if clip.path not in seen:
            seen.add(clip.path)
            distinct.append(clip)
    return distinct


def plain_note(plain: PlainSection, same_audio: bool) -> str:
    """What the plain column says under its heading: left as written, spoken once, or nothing."""
    notes = (
        NOT_REWRITTEN_NOTE if plain.left_as_written else "",
        SAME_WORDS_NOTE if same_audio else "",
    )
    return " ".join(note for note in notes if note)


def _caption_path(folder: Path, clip: AudioClip) -> Path:
    return folder / "audio" / f"{Path(clip.path.name).stem}.vtt"


def _playlist(
    statement: Statement, results: Sequence[SectionResult], clips: Sequence[AudioClip]
) -> str:
    """An extended M3U playlist of the clips in reading order, with titles and lengths."""
    order = {result.section.id: index for index, result in enumerate(results)}
    ranked = sorted(
        distinct_clips(clips),
        key=lambda c: (order.get(c.section_id, len(order)), c.version != "plain"),
    )
    lines = ["#EXTM3U", f"#PLAYLIST:{statement.meta.title}"]
    for clip in ranked:
        label = VERSION_LABELS.get(clip.version, clip.version).lower()
        title = f"{_title_of(results, clip.section_id)} ({label})"
        lines.append(f"#EXTINF:{round(clip.duration)},{title}")
        lines.append(f"audio/{clip.path.name}")
    return "\n".join(lines) + "\n"


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold a Ctrl-C (SIGINT) until the block is done, then raise it as usual.

    Publishing is three renames; a Ctrl-C between them would leave the previous package
    hidden (only the next run would put it back) or a new folder beside the old ZIP. Held,
    it lets the publish finish: the user gets the new package whole, and the run still stops
    with KeyboardInterrupt (exit 130). SIGKILL cannot be held; `recover_interrupted` covers it.
    Only the main thread receives signals, and an ignored SIGINT stays ignored.
    """
    import signal
    import threading

    handler = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or not callable(handler):
        yield
        return
    held: list[int] = []
    signal.signal(signal.SIGINT, lambda number, _frame: held.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, handler)
    if held:
        handler(signal.SIGINT, None)


def _remove_if_empty(folder: Path) -> None:
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()


def _publish_folder(staging: Path, folder: Path, partial_zip: Path, zip_path: Path) -> None:
    """Swap the new folder and ZIP in, then delete the previous folder.

    The ZIP is renamed before the previous folder is deleted: deleting a package with audio
    takes one call per file (37 for the sample), and a run killed during it left the new
    folder beside the previous package's ZIP, each verifying on its own.
    """
    old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
    if folder.exists():
        os.replace(folder, old)
    os.replace(staging, folder)
    os.replace(partial_zip, zip_path)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def _write_zip(folder: Path, slug: str, zip_path: Path) -> None:
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            name = f"{slug}/{path.relative_to(folder).as_posix()}"
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.external_attr = 0o644 << 16
            # MP3 and EPUB are already compressed; storing them saves time for nothing lost.
            info.compress_type = (
                zipfile.ZIP_STORED if path.suffix in (".mp3", ".epub") else zipfile.ZIP_DEFLATED
            )
            archive.writestr(info, path.read_bytes())


def missing_folders(output_dir: Path) -> list[Path]:
    """The output folder and its parents that do not exist yet, deepest first.

    The run creates them; a run that fails takes them away again (see `discard`), so a
    mistyped or new `-o` does not leave an empty folder behind an error.
    """
    missing: list[Path] = []
    for folder in (output_dir, *output_dir.parents):
        if folder.exists() or folder.is_symlink():
            break
        missing.append(folder)
    return missing


def discard(staging: Path, made: Sequence[Path] = ()) -> None:
    """Remove a staging folder after a failed or interrupted run, even if Ctrl-C comes again.

    A second interrupt (Ctrl-C pressed twice, or `timeout -s INT`, which signals the run and
    then its process group) cut the removal short: an empty `.<slug>.partial-<pid>/` stayed
    beside the "no partial package was left behind" line. It is held until the folder is gone.
    `made` (from `missing_folders`, deepest first) are the folders this run created: each is
    removed while it is empty, so a folder the user had, or one with anything in it, stays.
    """
    with _ctrl_c_held():
        shutil.rmtree(staging, ignore_errors=True)
        for folder in made:
            try:
                folder.rmdir()
            except OSError:
                break


def _statement_text(statement: Statement) -> str:
    """The statement as plain text that a re-run reads back into the same sections.

    Only a title that a heading gave is written, as a line of its own: a title made from
    the words ("Criminal Justice") or a label ("About this statement", "Greeting") is made
    again from the same text. Written as "## About this statement", it had become the
    title block (the sample's 6 sections read back as 5, its greeting merged into the body).
    """
    lines: list[str] = _title_told_elsewhere(statement)
    depths = list_depths(statement)
    for section in statement.sections:
        if section.from_heading:
            lines.append(section.title)
            lines.append("")
        if section.kind is SectionKind.TITLE:
            lines.extend(_title_block_text(section, statement.text))
            continue
        for paragraph, depth in zip(section.paragraphs, depths[section.id], strict=True):
            prefix = list_prefix(paragraph.is_list_item, paragraph.marker, depth)
            # A text file has no links: each one's address is written after its words.
            lines.append(prefix + markdown_as_text(paragraph.text))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _title_told_elsewhere(statement: Statement) -> list[str]:
    """The title and date as a title block of their own, when no line of the text holds them.

    A Markdown file's front matter ("title: 'Fact Sheet: President Donald J. Trump Suspends
    …'", "date: '2025-09-19'") or a page's <title> gives them outside the text: statement.txt
    had dropped both, and the dev corpus's 04 read back titled "Protecting American Jobs",
    its first heading, with no date. A title made from the file's name is not written: the
    statement never said it.
    """
    meta = statement.meta
    has_title_block = any(section.kind is SectionKind.TITLE for section in statement.sections)
    if (
        has_title_block
        or not meta.title
        or is_title_from_file_name(meta.title, statement.source_name)
    ):
        return []
    return [meta.title, *([meta.date_text] if meta.date_text else []), ""]


def _title_block_text(section: Section, source: str) -> list[str]:
    """The title block's lines, grouped into blocks as the source grouped them.

    The grouping says who is who: "14th United Nations Congress …" / "High-Level Segment" /
    "Kyoto, Japan 7-9 March 2021" on three lines of one block are an event, its part and
    its place; one block each, the part had been read as the speaker ("… by High-Level
    Segment"). Lines next to each other in the source stay in one block; a line the source
    does not hold as a line (a front-matter field) is a block of its own.
    """
    source_lines = [line.strip().lstrip("#").strip() for line in source.splitlines()]
    blocks: list[str] = []
    start = 0  # where the next line is looked for: the title block's lines are in order
    previous: int | None = None  # the source line the paragraph before ended on, if found
    for paragraph in section.paragraphs:
        text = markdown_as_text(paragraph.text)
        found = _source_lines_of(paragraph.text, source_lines, start)
        if blocks and found is not None and previous is not None and found[0] == previous + 1:
            blocks[-1] += "\n" + text
        else:
            blocks.append(text)
        previous = found[1] if found is not None else None
        start = found[1] + 1 if found is not None else start
    return [line for block in blocks for line in (block, "")]


def _source_lines_of(text: str, source_lines: Sequence[str], start: int) -> tuple[int, int] | None:
    """The first and last source line, from `start`, that a title-block line was read from.

    A hard-wrapped line ("… DE LA" / "ASAMBLEA GENERAL …") was read as one: up to 4 lines
    joined by a space are tried.
    """
    for first in range(start, len(source_lines)):
        if not source_lines[first] or not text.startswith(source_lines[first]):
            continue
        for last in range(first, min(first + 4, len(source_lines))):
            if " ".join(source_lines[first : last + 1]) == text:
                return first, last
    return None


def _plain_text(statement: Statement, results: Sequence[SectionResult]) -> str:
    left = all(result.plain.left_as_written for result in results)
    # Another language is left as written: the file must not call it a plain version.
    kind = "plain language version"
    if left:
        kind = "text as written (the plain-language rules are for English)"
    lines = [f"{statement.meta.title} — {kind}", ""]
    depths = list_depths(statement)
    for result in results:
        lines.append(f"## {result.section.title}")
        lines.append("")
        items = readalong.list_items(result.plain, result.section)
        markers = readalong.markers(result.plain, result.section)
        levels = plain_depths(result.plain, result.section, depths.get(result.section.id, ()))
        # The plain version's links, each address written once after the words that say it.
        links = readalong.plain_links(result.plain, result.section)
        for paragraph, item, marker, depth in zip(
            result.plain.paragraphs, items, markers, levels, strict=True
        ):
            lines.append(list_prefix(item, marker, depth) + with_addresses(paragraph, links))
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


LIST_INDENT: Final = "    "
"""What a text file writes before a sub-item for each level it is under."""


def list_prefix(is_list_item: bool, marker: str, depth: int = 0) -> str:
    """What a text file writes before a paragraph: its number ("3. "), "- " or nothing.

    A numbered paragraph is cited by its number, so it is kept as written; a bullet is "- ".
    A sub-item is indented under its item, one `LIST_INDENT` a level: flush, "(a)" and "(b)"
    read as items of their own after "1.", and a bullet under "(a)" as one more of the list.
    """
    if not is_list_item:
        return ""
    return LIST_INDENT * depth + (f"{marker} " if marker else "- ")


MAX_LIST_DEPTH: Final = 3
"""The deepest sub-list shown (an item's sub-items are level 1): "1." > "(a)" > "(i)" > "-"."""
_LIST_LINE: Final = re.compile(
    r"^(?P<indent> *)(?:[-*+•▪◦–]|\d{1,3}[.)]|\d{1,3}\((?:\d{1,3}|[a-z])\)"
    r"|\((?:\d{1,3}|[a-z]{1,5})\)|[a-z]{1,5}\))[ \t]+(?P<text>\S.*)$"
)
"""A list item's line in the statement's Markdown: its indent, its mark and its words."""


def list_depths(statement: Statement) -> dict[str, tuple[int, ...]]:
    """How deep each paragraph of each section is in its list: 0 for prose and a top item.

    The statement's model says only that an item is under the one above it (`nested`); a
    third level ("(i)" under "(a)" under "1.", a bullet under "(a)") was shown flush with
    the second. Its depth is read from the item's indent in the statement's Markdown, where
    it is indented deeper than the item above; an item written flush ("(a)" under "3." in a
    resolution) takes it from its mark: a new kind of mark ("(i)" after "(a)") opens a level
    and one already open ("(b)") goes back to it.
    """
    item_lines = _ItemLines(statement.text)
    depths: dict[str, tuple[int, ...]] = {}
    indents: list[int] = []  # the indents of the open levels, the top item's first
    kinds: list[str] = []  # the kinds of mark of the open levels, the top item's first
    last_labels: dict[int, str] = {}
    for section in statement.sections:
        found: list[int] = []
        for paragraph in section.paragraphs:
            indent = item_lines.indent(paragraph.text) if paragraph.is_list_item else None
            if not paragraph.is_list_item or not paragraph.nested or not kinds:
                found.append(0)
                kind = _mark_kind(paragraph.marker, None) if paragraph.is_list_item else ""
                indents, kinds = (
                    ([indent if indent is not None else 0], [kind]) if kind else ([], [])
                )
                last_labels = {0: _label(paragraph.marker)}
                continue
            kind = _mark_kind(paragraph.marker, (kinds, last_labels))
            if indent is not None and indent > indents[0]:
                while len(indents) > 1 and indent < indents[-1]:
                    indents.pop()
                if indent > indents[-1]:
                    indents.append(indent)
                depth = len(indents) - 1
            elif kind in kinds[1:]:
                depth = kinds.index(kind, 1)
            else:
                depth = len(kinds)
            depth = max(1, min(depth, MAX_LIST_DEPTH))
            kinds = [*kinds[:depth], kind]
            indents = indents[: depth + 1] if len(indents) > depth else indents
            last_labels = {level: label for level, label in last_labels.items() if level < depth}
            last_labels[depth] = _label(paragraph.marker)
            found.append(depth)
        depths[section.id] = tuple(found)
    return depths


_ITEM_KEY: Final = 24
"""How many of an item's first characters find its line."""


class _ItemLines:
    """The statement's list item lines, found by their first words in order (no rescans).

    A paragraph's text is its item line's words, and its continuation lines' after them: a
    line is found by its first characters, or by its words when they are fewer.
    """

    def __init__(self, text: str) -> None:
        self.lines: dict[str, list[tuple[int, int, str]]] = {}
        for index, raw in enumerate(text.split("\n")):
            line = _LIST_LINE.match(raw)
            if line is not None:
                words = line.group("text").strip()
                found = (index, len(line.group("indent")), words)
                self.lines.setdefault(words[:_ITEM_KEY], []).append(found)
        self.cursor = 0

    def indent(self, text: str) -> int | None:
        """The indent of the first item line after the last one found that `text` starts with."""
        import bisect

        keys = {text[:_ITEM_KEY]}
        keys.update(text[:end] for end, char in enumerate(text[:_ITEM_KEY]) if char == " ")
        best: tuple[int, int, str] | None = None
        for key in keys:
            bucket = self.lines.get(key, [])
            start = bisect.bisect_left(bucket, (self.cursor, -1, ""))
            for candidate in bucket[start:]:
                if text.startswith(candidate[2]):
                    if best is None or candidate[0] < best[0]:
                        best = candidate
                    break
        if best is None:
            return None
        self.cursor = best[0] + 1
        return best[1]


def _label(marker: str) -> str:
    return marker.strip("().")


def _mark_kind(marker: str, open_levels: tuple[list[str], dict[int, str]] | None) -> str:
    """The kind of an item's mark: "bullet", "number", "letter" or "roman".

    "(i)", "(v)" and "(x)" are letters after "(h)", "(u)" and "(w)", roman numerals otherwise
    ("(v)" and "(x)" after "(iv)" and "(ix)").
    """
    label = _label(marker)
    if not label:
        return "bullet"
    if label[0].isdigit():
        return "number"
    if not _ROMAN_LABEL.fullmatch(label):
        return "letter"
    if len(label) > 1:
        return "roman"
    kinds, last = open_levels if open_levels is not None else ([], {})
    before = chr(ord(label) - 1)
    if "letter" in kinds and last.get(kinds.index("letter")) == before:
        return "letter"
    if "roman" in kinds or label == "i":
        return "roman"
    return "letter"


_ROMAN_LABEL: Final = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")


def plain_depths(plain: PlainSection, section: Section, depths: Sequence[int]) -> tuple[int, ...]:
    """Each plain paragraph's depth: the original's, where the plain keeps its nesting."""
    items = readalong.list_items(plain, section)
    nesting = readalong.nested_items(plain, section, items)
    from pipeline.text import markdown_to_plain

    written = [
        depth
        for paragraph, depth in zip(section.paragraphs, depths, strict=False)
        if markdown_to_plain(paragraph.text)
    ]
    if len(written) != len(nesting):
        return tuple(1 if nested else 0 for nested in nesting)
    return tuple(
        max(depth, 1) if nested else 0 for nested, depth in zip(nesting, written, strict=True)
    )


def heading_for(statement: Statement, in_its_language: bool = False) -> str:
    """The page's one h1: title and speaker.

    The page's own words are English, so its heading joins them with "by"; the summary is in
    the statement's language, and a Spanish summary headed "… by Pedro Sánchez" read as a slip.
    """
    meta = statement.meta
    if not meta.speaker or names_its_giver(meta):
        return meta.title
    if in_its_language:
        return section_labels(statement.language).title_by(meta.title, meta.speaker)
    return f"{meta.title} by {meta.speaker}"


def plain_credit(plains: Sequence[PlainSection], rewriter: str = "rules") -> str:
    """Who wrote the plain version, in the page's footer: true of every section.

    The footer said "The plain version was written by rules" on French, Spanish and German
    pages, where the rules do not run and the plain column is the text as written, and on
    sections a person rewrote (`--plain-from`). `rewriter` is the rewriter's registry name.
    """
    total = len(plains)
    left = sum(plain.left_as_written for plain in plains)
    # A person's own text where the rules left the section as written, or their edit of
    # what the rewriter wrote.
    own = sum(plain.reviewed and NOT_REWRITTEN in plain.changes for plain in plains)
    edited = sum(plain.reviewed and NOT_REWRITTEN not in plain.changes for plain in plains)
    rewritten = total - left - own

    def share(count: int) -> str:
        return "" if count == total else f" in {count} of its {total} sections"

    said: list[str] = []
    if rewritten:
        by = "by rules" if rewriter == "rules" else f"by the {rewriter} rewriter"
        credit = f"The plain version was written {by}{share(rewritten)} and {_CHECKED}"
        if edited:
            credit += "; a person then edited " + (
                "it" if edited == rewritten else f"{edited} of those sections"
            )
        said.append(credit + ".")
    if own:
        said.append(
            f"A person wrote the plain version of {own} section{'s' * (own != 1)}."
            if rewritten
            else f"The plain version was written by a person{share(own)} and {_CHECKED}."
        )
    if left == total:
        said.append("The plain column gives the text as written: the rules are for English.")
    elif left:
        said.append(
            f"The plain column of {left} section{'s' * (left != 1)} gives the text as written: "
            "the rules are for English."
        )
    if any(c.startswith(LEFT_AS_WRITTEN) for plain in plains for c in plain.changes):
        said.append("Paragraphs in another language are given as written.")
    return " ".join(said)


def accessibility_summary(
    spoken: Collection[str], *, has_glossary: bool, has_captions: bool, has_summary: bool = False
) -> str:
    """The accessibility summary in plain words, for the web page or the EPUB.

    It names only what that document has: the EPUB has no glossary and no captions, a short
    statement may have no glossary (nor a summary), and `--versions plain` speaks one version,
    not each.
    """
    parts = "a table of contents and a glossary" if has_glossary else "a table of contents"
    text = (
        "Every part of the statement is given as written and in plain language, as text with "
        f"headings and {parts}."
    )
    if has_summary:
        text += " A short summary of its key points comes first."
    if spoken:
        heard = (
            "Each version"
            if {"plain", "original"} <= set(spoken)
            else "The plain-language version"
            if "plain" in spoken
            else "The original text"
        )
        captions = ", with captions" if has_captions else ""
        text += (
            f" {heard} can be heard read aloud by a synthetic voice{captions}; the "
            "sentence being read is highlighted. Everything works without sound as text."
        )
    return text + " There are no flashing, motion or sound hazards."


def glossary(results: Sequence[SectionResult]) -> list[dict[str, str]]:
    """Acronyms and hard words the plain version explains, from the rewriter's change log.

    A change reads "hard → plain" or "explained ACRONYM"; the acronym's meaning is taken from
    the sentence the rewriter added ("ACRONYM is short for …"). A word is a glossary term only
    when the original says it and the plain version says its meaning: a rule's own note
    ("greeting → one short line", "to enable X → for X") is not, and neither is a step the
    next change rewrote again ("enabled → allowed", then "allowed the identification of → helped
    identify"): that pair is told from the original's words to the plain version's.
    """
    import re

    entries: dict[str, dict[str, str]] = {}

    def add(term: str, meaning: str, kind: str) -> None:
        if term and meaning and term.lower() != meaning.lower():
            key = term if kind == "acronym" else term.lower()
            entries.setdefault(key, {"term": key, "meaning": meaning, "kind": kind})

    for result in results:
        text = " ".join(result.plain.sentences)
        original = " ".join(result.section.sentences)
        swaps = [_swap(change) for change in result.plain.changes if " → " in change]
        for at, (term, meaning) in enumerate(swaps):
            written = _as_written(term, [(b, a) for a, b in swaps[:at]], original)
            said = _as_written(_without_note(meaning), swaps[at + 1 :], text)
            if written and said:
                # What the plain version says in the end; the rule's note when that is all.
                add(written, meaning if said == _without_note(meaning) else said, "word")
        for change in result.plain.changes:
            term = change.removeprefix("explained ").strip()
            found = re.search(rf"\b{re.escape(term)} is short for ([^.]+)\.", text)
            if change.startswith("explained ") and found:
                # "is short for the United Nations": the glossary gives the name without "the".
                add(term, found.group(1).strip().removeprefix("the "), "acronym")
    return sorted(entries.values(), key=lambda e: (e["term"].casefold(), e["term"]))


def _swap(change: str) -> tuple[str, str]:
    """A change log's "hard → plain" as its two sides."""
    hard, plain = change.split(" → ", 1)
    return hard.strip(), plain.strip()


def _as_written(phrase: str, undo: list[tuple[str, str]], text: str) -> str | None:
    """The phrase as `text` says it, after at most one of the other changes; None if absent.

    Looking back, "allowed the identification of" was "enabled the identification of" in the
    original before "enabled → allowed" ran; looking on, "work within" became "work in" in the
    plain version when "within → in" ran after it.
    """
    if _says(text, phrase):
        return phrase
    for before, after in reversed(undo):
        if before in phrase and "…" not in after:
            rewritten = phrase.replace(before, after, 1)
            if _says(text, rewritten):
                return rewritten
    return None


def _stem_of(word: str) -> str:
    """The part every inflection keeps: "make" of "making", "carr" of "carried", "key" whole."""
    if (word.endswith("e") and len(word) >= 4) or (word.endswith("y") and len(word) >= 5):
        return word[:-1]
    return word


def _without_note(meaning: str) -> str:
    """The words the plain version says, without a rule's note: "about (before a number)"."""
    return meaning.split(" (", 1)[0]


def _says(text: str, phrase: str) -> bool:
    """Whether the text has the phrase's words in order, each in any inflection ("stayed").

    Up to two words may come between them ("countries most at risk" says "countries at
    risk"), and "…" stands for any ("support … in meeting"); a rule's placeholder ("to
    enable X") is never found.
    """
    import re

    parts = [part.split() for part in phrase.split("…")]
    if not all(parts) or any(word in ("x", "X") for part in parts for word in part):
        return False
    pattern = r"\b.+?\b".join(
        r"(?:\s+\w+){0,2}?\s+".join(rf"{re.escape(_stem_of(word))}\w{{0,4}}" for word in part)
        for part in parts
    )
    return re.search(rf"\b{pattern}(?!\w)", text, flags=re.IGNORECASE) is not None


CHART_BARS_X: Final = 90
"""Where the chart's bars start: room for "Original" at 13 px even with WCAG 1.4.12's text
spacing (letter-spacing 0.12 em), which pushed the word under the bar when they began at 60."""


def _grade_chart(section_id: str, original: float, plain: float) -> dict[str, Any]:
    """Bar lengths for the small before/after grade chart (grades 0-20 on a 200-unit scale).

    A very short text ("Thank you.") scores below zero; school grades start at 0, so the page
    says 0 (the manifest keeps the score).
    """

    def width(grade: float) -> int:
        return max(2, round(min(max(grade, 0.0), 20.0) * 10))

    return {
        "id": f"chart-{section_id}",
        "bars_x": CHART_BARS_X,
        "original": str(max(0, round(original))),
        "plain": str(max(0, round(plain))),
        "original_width": width(original),
        "plain_width": width(plain),
    }


def _json_ld(
    statement: Statement,
    clips: dict[tuple[str, str], AudioClip],
    results: Sequence[SectionResult],
    engine: EngineInfo | None,
    *,
    has_summary: bool = False,
) -> str:
    """schema.org metadata, with the accessibility properties reviewers and search look for."""
    meta = statement.meta
    has_audio = bool(clips)
    features = [
        "structuralNavigation",
        "readingOrder",
        "tableOfContents",
        "displayTransformability",
    ]
    if has_audio:
        features += ["synchronizedAudioText", "transcript", "captions"]
    # Reading is enough; listening alone never is: the page's headings, reading grades, notes
    # and downloads are not spoken (it had claimed "auditory" whenever both versions were).
    sufficient: list[Any] = [{"@type": "ItemList", "itemListElement": ["textual"]}]
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": meta.title,
        "inLanguage": statement.language,
        "accessMode": ["textual", "auditory"] if has_audio else ["textual"],
        "accessModeSufficient": sufficient,
        "accessibilityFeature": features,
        "accessibilityHazard": ["none"],
        "accessibilitySummary": accessibility_summary(
            {version for _, version in clips},
            has_glossary=bool(glossary(results)),
            has_captions=True,
            has_summary=has_summary,
        ),
    }
    if meta.speaker:
        data["author"] = {"@type": "Person", "name": meta.speaker}
        if meta.speaker_role:
            data["author"]["jobTitle"] = meta.speaker_role
    if meta.date_start:
        data["dateCreated"] = meta.date_start
    if has_audio:
        titles = {r.section.id: r.section.title for r in results}
        data["associatedMedia"] = [
            {
                "@type": "AudioObject",
                "name": f"{titles.get(clip.section_id, clip.section_id)} "
                f"({VERSION_LABELS.get(clip.version, clip.version).lower()})",
                "contentUrl": f"audio/{clip.path.name}",
                "encodingFormat": "audio/mpeg",
                "duration": f"PT{clip.duration:.3f}S",
                "caption": f"audio/{Path(clip.path.name).stem}.vtt",
            }
            for clip in sorted(distinct_clips(clips.values()), key=lambda c: c.path.name)
        ]
        if engine:
            for media in data["associatedMedia"]:
                media["description"] = f"Read by a synthetic voice: {engine.voice}"
    # "</" would end the script element early; JSON allows the escaped form.
    # Inside <script>, statement text must never look like markup: escape <, > and & as JSON does.
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def nested_groups(
    blocks: Sequence[readalong.Block],
    depths: Sequence[int],
    render: Callable[[readalong.Block], T],
    tables: Sequence[TableData] = (),
    *,
    markdown: bool = True,
) -> list[dict[str, Any]]:
    """Blocks as paragraphs and lists, sub-lists as deep as `depths` says (`list_depths`).

    As `readalong.grouped`, but an entry's "children" are entries themselves ({"cues",
    "mark", "children", "child_style"}), so a "(i)" under an "(a)" under a "1." is a list in
    a list in a list, where it had been shown beside the "(a)". `render` is called in reading
    order. Without depths for every block, an item under another is one level deep.

    The blocks a table of the statement is read as (`tables`, see `table_runs`) are one
    group {"table": …} instead (`_table_group`); `markdown` says whether its cells are shown
    as the statement writes them (the original) or as plain text (the plain version).
    """
    if len(depths) != len(blocks):
        depths = [1 if block.nested else 0 for block in blocks]
    groups: list[dict[str, Any]] = []
    done = 0
    for start, end, table, cells in table_runs(blocks, tables):
        groups += _list_groups(blocks[done:start], depths[done:start], render)
        groups.append(_table_group(blocks[start:end], table, cells, render, markdown=markdown))
        done = end
    return groups + _list_groups(blocks[done:], depths[done:], render)


def _list_groups(
    blocks: Sequence[readalong.Block], depths: Sequence[int], render: Callable[[readalong.Block], T]
) -> list[dict[str, Any]]:
    """`nested_groups` for blocks with no table among them."""
    groups: list[dict[str, Any]] = []
    for block, depth in zip(blocks, depths, strict=True):
        entry = _nested_entry(render(block), block.marker, block.language)
        last = groups[-1] if groups and groups[-1]["list"] else None
        if block.is_list_item and last is not None and block.nested:
            parent = last["entries"][-1]
            for _ in range(max(depth, 1) - 1):
                if not parent["children"]:
                    break
                parent = parent["children"][-1]
            parent["children"].append(entry)
        elif block.is_list_item and last is not None and last["numbered"] == bool(block.marker):
            last["entries"].append(entry)
        else:
            groups.append(
                {"list": block.is_list_item, "numbered": bool(block.marker), "entries": [entry]}
            )
    for group in groups:
        group["style"] = readalong.list_style([entry["mark"] for entry in group["entries"]])
        _child_styles(group["entries"])
    return groups


TableRun = tuple[int, int, TableData, tuple[tuple[str, ...], ...] | None]
"""Where a table's lines are among a version's blocks (see `table_runs`)."""


def table_runs(blocks: Sequence[readalong.Block], tables: Sequence[TableData]) -> list[TableRun]:
    """Where each table's lines are among the blocks, in order: (start, end, table, cells).

    `cells` is None where the blocks say the table's lines as written (the original, or a
    plain version that left them alone); else it holds the cells read back from the
    rewritten lines, the heading row first (`_read_back`). A table whose lines are not all
    found, one after the other, stays the paragraphs it is read as.
    """
    if not tables:
        return []
    texts = [_words(" ".join(cue.text for cue in block.cues)) for block in blocks]
    runs: list[TableRun] = []
    taken = 0
    for table in tables:
        wanted = _said(table)
        size = len(wanted)
        for start in range(taken, len(texts) - size + 1):
            run = blocks[start : start + size]
            if any(block.is_list_item or block.is_heading for block in run):
                continue
            said = texts[start : start + size]
            cells = None if said == wanted else _read_back(said, table)
            if said == wanted or cells is not None:
                runs.append((start, start + size, table, cells))
                taken = start + size
                break
    return runs


def _words(text: str) -> str:
    return " ".join(text.split())


@lru_cache(maxsize=256)
def _said(table: TableData) -> list[str]:
    """A table's lines as their words (each version of each section looks for them)."""
    from pipeline.text import markdown_to_plain

    return [_words(markdown_to_plain(line)) for line in table.lines]


def _read_back(lines: Sequence[str], table: TableData) -> tuple[tuple[str, ...], ...] | None:
    """A table's cells from its lines as a rewrite left them, or None when they do not fit.

    The plain version rewrites each row's line ("Summons by post only" may become "Calls in
    by post only"); the table shows what the plain text says, so each line is read back
    into its cells: the heading row split at its dashes, each row at the headings it names.
    """
    if table.caption:
        lines = lines[1:]
    if not table.head:
        # Labelled rows with no heading row: each line is its cells joined by dashes.
        split = [tuple(cell.strip() for cell in line.split(" – ")) for line in lines]
        if len(split) != len(table.rows) or any(
            len(cells) != len(row) or not all(cells)
            for cells, row in zip(split, table.rows, strict=False)
        ):
            return None
        return tuple(split)
    head = lines[0].split(" – ")
    if len(head) != sum(1 for cell in table.head if cell):
        return None
    labels = iter(head)
    names = [next(labels) if cell else "" for cell in table.head]
    rows: list[tuple[str, ...]] = [tuple(names)]
    for line, written in zip(lines[1:], table.rows, strict=True):
        first = "" if table.row_headings or not names[0] else f"(?:{re.escape(names[0])}: )?"
        pattern = first + "(?P<c0>.*?)"
        pattern += "".join(
            # (a rewrite may end a long pair as a sentence: "… Mill Lane. From 5 January: …")
            f"(?:(?:^| – |; |\\. ){re.escape(name)}: (?P<c{index}>.*?))?"
            for index, name in enumerate(names[1:], start=1)
            if name
        )
        found = re.fullmatch(pattern, line)
        if found is None:
            return None
        cells = tuple(
            (found.groupdict().get(f"c{index}") or "").strip() for index in range(len(names))
        )
        if [bool(cell) for cell in cells] != [bool(cell) for cell in written]:
            return None
        rows.append(cells)
    return tuple(rows)


def _table_group(
    blocks: Sequence[readalong.Block],
    table: TableData,
    cells: tuple[tuple[str, ...], ...] | None,
    render: Callable[[readalong.Block], T],
    *,
    markdown: bool,
) -> dict[str, Any]:
    """A table's blocks as one group: its caption, heading row and rows, each row one cue.

    A row is heard as one line, so it is lit and sought to as one (`<tr>`), and its cells
    are shown apart. A table with no caption of its own is named by the heading it stands
    under, for a screen reader's table list, in a caption the eye does not need.
    """
    from markupsafe import Markup, escape

    from pipeline.text import markdown_to_html, markdown_to_plain

    def shown(cell: str) -> Markup:
        if cells is not None:
            return escape(cell)
        if markdown:
            return Markup(readalong.IMAGE.sub(r"\1", markdown_to_html(cell)).strip())
        return escape(markdown_to_plain(cell))

    rows = cells if cells is not None else ((table.head,) if table.head else ()) + table.rows
    if table.caption:
        caption = {"cues": render(_one_cue(blocks[0])), "hidden": ""}
        blocks = blocks[1:]
    else:
        caption = {"cues": None, "hidden": markdown_to_plain(table.title)}
    return {
        "list": False,
        "table": {
            "caption": caption if caption["cues"] or caption["hidden"] else None,
            "row_headings": table.row_headings,
            # No heading row: every row is a body row, headed by its first cell.
            "head": bool(table.head),
            "rows": [
                {"cues": render(_one_cue(block)), "cells": [shown(cell) for cell in row]}
                for block, row in zip(blocks, rows, strict=True)
            ],
        },
        "entries": [],
    }


def _one_cue(block: readalong.Block) -> readalong.Block:
    """A block's sentences as one cue, heard from the first one's start to the last one's end."""
    timed = [cue for cue in block.cues if cue.timed]
    cue = readalong.Cue(
        html=" ".join(cue.html for cue in block.cues),
        text=" ".join(cue.text for cue in block.cues),
        start=timed[0].start if timed else None,
        end=timed[-1].end if timed else None,
    )
    return replace(block, cues=(cue,))


def _nested_entry(rendered: object, marker: str, language: str = "") -> dict[str, Any]:
    found = re.fullmatch(r"(\d{1,3})\.", marker)
    mark = {"text": marker, "value": int(found.group(1)) if found else None}
    return {
        "cues": rendered,
        "mark": mark,
        "children": [],
        "child_style": "bullets",
        "lang": language,
    }


def _child_styles(entries: Sequence[dict[str, Any]]) -> None:
    for entry in entries:
        entry["child_style"] = readalong.list_style([child["mark"] for child in entry["children"]])
        _child_styles(entry["children"])


def list_styles(groups: Sequence[dict[str, Any]]) -> set[str]:
    """Every list style the groups use, at every depth (the page styles "marks" only if used)."""
    styles: set[str] = set()

    def walk(entries: Sequence[dict[str, Any]]) -> None:
        for entry in entries:
            if entry["children"]:
                styles.add(entry["child_style"])
                walk(entry["children"])

    for group in groups:
        if group["list"]:
            styles.add(group["style"])
        walk(group["entries"])
    return styles


def version_depths(result: SectionResult, depths: Sequence[int], key: str) -> tuple[int, ...]:
    """The depth of each block `readalong` makes of a section's version, in the same order.

    The original's blocks leave out paragraphs with no words, the plain's empty paragraphs.
    """
    from pipeline.text import markdown_to_plain

    if key == "original":
        return tuple(
            depth
            for paragraph, depth in zip(result.section.paragraphs, depths, strict=False)
            if markdown_to_plain(paragraph.text)
        )
    levels = plain_depths(result.plain, result.section, depths)
    return tuple(
        depth
        for paragraph, depth in zip(result.plain.paragraphs, levels, strict=True)
        if paragraph.strip()
    )


def _cue_groups(
    blocks: Sequence[readalong.Block],
    depths: Sequence[int] = (),
    tables: Sequence[TableData] = (),
    *,
    markdown: bool = True,
) -> list[dict[str, Any]]:
    """Blocks as paragraphs and lists, each entry's sentences with the times they are heard."""
    from markupsafe import Markup

    def cues(block: readalong.Block) -> list[dict[str, Any]]:
        return [
            {
                "html": Markup(cue.html),  # escaped, or Markdown rendered with raw HTML off
                "start": f"{cue.start:.3f}" if cue.start is not None else None,
                "end": f"{cue.end:.3f}" if cue.end is not None else None,
            }
            for cue in block.cues
        ]

    return nested_groups(blocks, depths, cues, tables, markdown=markdown)


@lru_cache(maxsize=1)
def _html_environment() -> Environment:
    """The page's templates, compiled once per process (each page is rendered twice)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        keep_trailing_newline=True,
    )


def load_templates() -> None:
    """Compile the package's templates now, so the run's last step does not wait for it.

    The build calls this while the workers speak and this process has nothing to do;
    otherwise it would come after the last sentence is spoken, with the cores idle.
    """
    from pipeline.stages import epub

    _html_environment().get_template("package.html")
    epub.load_templates()


def _render_html(
    statement: Statement,
    results: Sequence[SectionResult],
    overall_original: Readability,
    overall_plain: Readability,
    clips: dict[tuple[str, str], AudioClip],
    engine: EngineInfo | None,
    staging: Path,
    slug: str,
    zip_size: str,
    rewriter: str = "rules",
    summary: Summary | None = None,
    *,
    statement_audio: Sequence[StatementAudio] = (),
    review: Sequence[ReviewWord] = (),
) -> str:
    from markupsafe import Markup

    env = _html_environment()
    sections = []
    marked_lists = False
    depths = list_depths(statement)
    for result in results:
        section = result.section
        versions = []
        shared = shares_original_audio(clips, section.id)
        for key in ("plain", "original"):
            clip = clips.get((section.id, key))
            blocks = (
                readalong.plain_blocks(result.plain, clip, section)
                if key == "plain"
                else readalong.original_blocks(section, clip)
            )
            groups = _cue_groups(
                blocks,
                version_depths(result, depths.get(section.id, ()), key),
                statement.tables,
                markdown=key == "original",
            )
            # Lists showing their numbers as written ("(a)") get their style only when there are.
            marked_lists = marked_lists or "marks" in list_styles(groups)
            versions.append(
                {
                    "key": key,
                    "label": VERSION_LABELS[key],
                    "note": plain_note(result.plain, shared) if key == "plain" else "",
                    "groups": groups,
                    # The player its sentences play in: a shared clip plays in the original's.
                    "player": f"{section.id}-{'original' if shared else key}-audio"
                    if clip
                    else None,
                    "audio": (
                        {
                            "src": f"audio/{clip.path.name}",
                            "captions": f"audio/{_caption_path(staging, clip).name}",
                            "minutes": _duration_words(clip.duration),
                        }
                        if clip and not (key == "plain" and shared)
                        else None
                    ),
                }
            )
        sections.append(
            {
                "id": section.id,
                "title": section.title,
                "original_verdict": result.original_score.verdict,
                "plain_verdict": result.plain_score.verdict,
                "chart": _grade_chart(
                    section.id,
                    result.original_score.grade,
                    result.plain_score.grade,
                ),
                "versions": versions,
                "in_short": result.plain.in_short,
                "guard": guard_record(result.plain),
                "guard_notes": guard_notes(result.plain),
                "guard_shown": needs_review(result.plain),
            }
        )
    downloads = [
        _download(staging, staging / "plain.txt", "Plain-language text", "text"),
        _download(staging, staging / "statement.txt", "Original text", "text"),
        _download(staging, staging / f"{slug}.epub", _epub_label(bool(clips)), "EPUB"),
    ]
    if clips:
        downloads.append(
            _download(staging, staging / PLAYLIST_NAME, "Playlist of all audio", "M3U8")
        )
    for result in results:
        for key in ("plain", "original"):
            clip = clips.get((result.section.id, key))
            if clip is not None and not (
                key == "plain" and shares_original_audio(clips, result.section.id)
            ):
                what = f"{VERSION_LABELS[key].lower()} audio"
                downloads.append(
                    {
                        **_download(staging, clip.path, f"{result.section.title}: {what}", "MP3"),
                        # The title apart, so the page marks its language (WCAG 3.1.2).
                        "title": result.section.title,
                        "what": what,
                    }
                )
    downloads.extend(_other_files(staging, downloads))
    shown_summary = summary if summary is not None and summary.text else None
    titles = {result.section.id: result.section.title for result in results}
    return env.get_template("package.html").render(
        lang=statement.language,
        ui_lang=UI_LANGUAGE,
        heading=heading_for(statement),
        description=f"{heading_for(statement)}: text, plain language and audio.",
        meta=statement.meta,
        by_speaker=not names_its_giver(statement.meta),
        shown_date=iso_date_in_words(statement.meta.date_text or "", statement.language),
        overall={"original": overall_original, "plain": overall_plain},
        # Named, so a French grade is not read as a Flesch-Kincaid one.
        grade_note=grade_note(statement.language),
        plain_credit=plain_credit([result.plain for result in results], rewriter),
        left_as_written=all(result.plain.left_as_written for result in results),
        listening=listening_time(clips.values()),
        engine=engine,
        has_audio=bool(clips),
        sections=sections,
        # Lists that show their numbers as written ("(a)") get their style only when there are.
        marked_lists=marked_lists,
        glossary=glossary(results),
        summary=shown_summary,
        summary_notes=summary_notes(shown_summary) if shown_summary is not None else (),
        to_review=_to_review(shown_summary, sections),
        downloads=downloads,
        whole_audio=whole_statement_players(statement_audio, staging),
        review=[
            {
                "token": word.token,
                "said_as": word.said_as,
                "sections": [{"id": i, "title": titles.get(i, i)} for i in word.sections],
            }
            for word in review
        ],
        editor_files=[
            _download(staging, staging / name, label, kind)
            for name, (label, kind) in _EDITOR_FILES.items()
            if (staging / name).is_file()
        ],
        # The page's own "Follow us" links: never read out, but still there to follow.
        follow=[{"words": words, "href": href} for words, href in statement.follow],
        zip={"href": f"../{slug}.zip", "size": zip_size or "about 1 MB"},
        json_ld=Markup(
            _json_ld(statement, clips, results, engine, has_summary=shown_summary is not None)
        ),
        version=__version__,
    )


_KINDS: Final = {".mp3": "MP3", ".md": "Markdown text", ".txt": "text", ".json": "JSON"}
PRONUNCIATION_CHECK: Final = "pronunciation-check.toml"
"""The review list as a lexicon the editor corrects and feeds back with `--lexicon`."""
_EDITOR_FILES: Final = {
    "plain.md": ("Plain-language text to edit and feed back (--plain-from)", "Markdown text"),
    PRONUNCIATION_CHECK: ("Pronunciation check to correct and feed back (--lexicon)", "TOML text"),
}
"""Files for the person preparing the package, not for its readers: the page lists them
under "For editors", not among the downloads."""
_NOT_DOWNLOADS: Final = {"index.html", MANIFEST_NAME, *_EDITOR_FILES}
_LABELS: Final = {
    "audio/statement.plain.mp3": "The whole statement: plain language audio, with chapters",
    "audio/statement.original.mp3": "The whole statement: original text audio, with chapters",
    "summary.txt": "Summary in plain language",
    "summary.md": "Summary in plain language, for a web page",
}
"""What a link to each known file says: a screen reader lists links by their words alone, and
"statement.plain.mp3" or "plain.md" says nothing about what the file is (WCAG 2.4.4)."""


def _epub_label(has_audio: bool) -> str:
    """What the book's link says: it promises read-along audio only when the book has it.

    A --no-audio package offered an "EPUB 3 book with read-along audio" that had none, a link
    whose words misstate its purpose (WCAG 2.4.4) to someone choosing the book to listen to.
    """
    return "EPUB 3 book with read-along audio" if has_audio else "EPUB 3 book (text only)"


def _other_files(staging: Path, listed: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """Files other stages added to the package (a summary, a whole-statement MP3, …).

    They are offered as downloads too, so a new file never goes unlisted on the page.
    """
    known = {item["href"] for item in listed}
    others = []
    for path in sorted(p for p in staging.rglob("*") if p.is_file()):
        href = path.relative_to(staging).as_posix()
        if href in known or href in _NOT_DOWNLOADS or path.suffix == ".vtt":
            continue
        kind = _KINDS.get(path.suffix, path.suffix.lstrip(".").upper() or "file")
        others.append(_download(staging, path, _LABELS.get(href, path.name), kind))
    return others


def _download(staging: Path, path: Path, label: str, kind: str) -> dict[str, str]:
    return {
        "href": path.relative_to(staging).as_posix(),
        "label": label,
        "kind": kind,
        "size": format_size(path.stat().st_size),
    }


def listening_time(clips: Iterable[AudioClip]) -> str:
    """How long each spoken version takes to hear, measured from its clips.

    "about 7 minutes for the original text and about 8 minutes for the plain-language
    version". The page said "about 6 minutes for each version" from a word count, for a
    statement whose plain version plays for 8 min 19 s: a listener choosing a version, or
    planning the time to hear it, was told the wrong length. When the plain version plays
    the original's recording throughout, one length is given, for the one recording.
    """
    heard = list(clips)
    totals: dict[str, float] = {}
    for clip in heard:
        totals[clip.version] = totals.get(clip.version, 0.0) + clip.duration
    if "plain" in totals and _one_recording_for_both(heard):
        return f"{_about_minutes(totals['original'])}, one recording for both versions"
    parts = []
    for key, name in (("original", "original text"), ("plain", "plain-language version")):
        if key in totals:
            parts.append(f"{_about_minutes(totals[key])} for the {name}")
    return " and ".join(parts)


def _one_recording_for_both(clips: Sequence[AudioClip]) -> bool:
    """True when the plain version plays the original's MP3s and no others.

    A German statement, its plain version left as written, read "about 1 minute for the
    original text and about 1 minute for the plain-language version": two lengths for one
    recording, as if there were 2 minutes to hear.
    """
    plain = {clip.path for clip in clips if clip.version == "plain"}
    original = {clip.path for clip in clips if clip.version == "original"}
    return bool(plain) and plain == original


def _about_minutes(seconds: float) -> str:
    """A listening time in whole minutes, at least 1: "about 7 minutes"."""
    minutes = max(1, round(seconds / 60))
    return f"about {minutes} minute{'' if minutes == 1 else 's'}"


def _duration_words(seconds: float) -> str:
    """A clip's length as the player beside it shows it: whole seconds, cut, not rounded.

    Chromium's player (Chrome, Edge) shows 55.6 s as 0:55; the words must not say 56.
    """
    minutes, rest = divmod(max(1, math.floor(seconds)), 60)
    if minutes == 0:
        return f"{rest} seconds"
    return f"{minutes} min {rest} s"


def _title_of(results: Sequence[SectionResult], section_id: str) -> str:
    return next((r.section.title for r in results if r.section.id == section_id), section_id)


def file_record(path: Path, root: Path, duration: float | None = None) -> dict[str, Any]:
    """Size and SHA-256 of one file (and duration for audio), for the manifest."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    record: dict[str, Any] = {
        "path": path.relative_to(root).as_posix(),
        "bytes": path.stat().st_size,
        "sha256": digest,
    }
    if duration is not None:
        record["duration_seconds"] = duration
    return record


def _facts_record(facts: FactCheck) -> dict[str, Any]:
    return {
        "checked": list(facts.facts),
        "missing": list(facts.missing),
        "invented": list(facts.invented),
        "all_kept": facts.ok,
    }


def guard_record(plain: PlainSection) -> dict[str, Any]:
    """The fact guard's result for one section, for the manifest and the page."""
    if plain.reviewed:
        status = "reviewed by a person" + ("" if plain.facts.ok else " (fact check warnings)")
    elif plain.flagged:
        status = "flagged for review"
    elif plain.left_as_written:
        status = "left as written (the plain-language rules are for English)"
    else:
        status = "every fact kept"
    return {
        "passed": plain.facts.ok,
        "rewritten": not plain.left_as_written,
        "flagged": plain.flagged,
        "status": status,
        "fallbacks": list(plain.fallbacks),
        "reviewed_by_person": plain.reviewed,
        "target_grade": plain.target_grade,
        "grade": plain.grade,
        "met_target": plain.met_target,
    }


def needs_review(plain: PlainSection) -> bool:
    """Whether a section's fact check is one a reader should be pointed to from the top.

    Flagged, or edited by a person and off, or with notes on what was lost: the page and the
    book say so beside the section, and list those sections where they begin, so the warning
    is found without reading every column (a screen reader user moving by headings never met
    it). A section whose every fact was kept is not listed.
    """
    return plain.flagged or (plain.reviewed and not plain.facts.ok) or bool(guard_notes(plain))


def summary_notes(summary: Summary) -> tuple[str, ...]:
    """What the fact guard found in the summary: a fact the original does not have.

    The summary is made from the plain version, so a person's edit that changed "194" to
    "190" reached it, and summary.md and summary.txt carried "190" with no word of warning.
    (A summary leaves most facts out by design, so only an added one is said.)
    """
    invented = summary.facts.invented
    if not invented:
        return ()
    return (f"It has {_fact_words(invented)}, which the original does not.",)


SUMMARY_CHECK_HEADING: Final = "Fact check: this summary needs a person's check."
"""What heads a summary the fact guard found a fact in that the original does not have."""


def summary_warning(summary: Summary) -> str:
    """The fact check's warning for the summary files, or "" when the guard found nothing.

    Only the page said that an edit had put a figure in the summary that the original does
    not have ("149" for "194"): summary.md and summary.txt, made to be pasted, carried it
    with no word.
    """
    notes = summary_notes(summary)
    return " ".join((SUMMARY_CHECK_HEADING, *notes)) if notes else ""


def warned_summary_text(summary: Summary) -> str:
    """summary.txt: the fact check's warning first, when there is one, then the summary."""
    warning = summary_warning(summary)
    return f"{warning}\n\n{summary.to_text()}" if warning else summary.to_text()


def warned_summary_markdown(summary: Summary, title: str) -> str:
    """summary.md: its heading, the fact check's warning as a quote when there is one, the rest."""
    markdown = summary.to_markdown(title)
    warning = summary_warning(summary)
    if not warning:
        return markdown
    heading, _, rest = markdown.partition("\n")
    return f"{heading}\n\n> **{markdown_escape(warning)}**\n{rest}"


def _to_review(summary: Summary | None, sections: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The parts whose fact check warning the page's top links to: the summary, then sections."""
    parts: list[dict[str, Any]] = []
    if summary is not None and summary_notes(summary):
        parts.append({"id": "in-short", "title": "In short", "ui": True})
    parts += [
        {"id": item["id"], "title": item["title"], "ui": False}
        for item in sections
        if item["guard_shown"]
    ]
    return parts


WHOLE_SECTION_KEPT: Final = "the whole section"
"""The fallback simplify records when the section's rewrite as a whole lost a fact."""
_FACTS_NAMED: Final = 6
"""Most facts a page note names; more are counted ("and 3 more")."""
_SENTENCES_QUOTED: Final = 3
"""Most sentences kept as written that a page note quotes."""


def _fact_words(facts: Sequence[str]) -> str:
    """Facts as a reader says them: “7-9”, “INTERPOL” and the word “not”."""
    named = [
        f"the word “{fact}”" if fact.isalpha() and fact.islower() else f"“{fact}”"
        for fact in facts[:_FACTS_NAMED]
    ]
    if len(facts) > _FACTS_NAMED:
        named.append(f"{len(facts) - _FACTS_NAMED} more")
    return and_listed(named)


def guard_notes(plain: PlainSection) -> tuple[str, ...]:
    """What the fact guard found in a flagged section, in words a press officer can act on.

    The page said only "Fact check: flagged for review": which number or name was lost, and
    where, was in manifest.json. Nothing is said for a section whose every fact was kept.
    When the rewriter's version lost a fact the section is published as written, so the
    lost facts are those of the discarded rewrite, not of the text shown.
    """
    facts = plain.facts
    notes: list[str] = []
    if plain.reviewed:
        if facts.missing:
            notes.append(
                f"The edited plain version does not have {_fact_words(facts.missing)}, "
                "which the original has."
            )
        if facts.invented:
            notes.append(
                f"The edited plain version has {_fact_words(facts.invented)}, "
                "which the original does not."
            )
        return tuple(notes)
    if WHOLE_SECTION_KEPT in plain.fallbacks:
        lost = [f"left out {_fact_words(facts.missing)}"] if facts.missing else []
        if facts.invented:
            lost.append(f"added {_fact_words(facts.invented)}")
        what = " and ".join(lost) or "lost a fact"
        return (
            f"The plain-language rewrite of this section {what}, so the section is shown "
            "here in its original wording.",
        )
    kept = [entry.partition(": ")[2] or entry for entry in plain.fallbacks]
    if kept:
        quoted = "; ".join(
            f"“{opening_words(sentence, 8)}”" for sentence in kept[:_SENTENCES_QUOTED]
        )
        more = f" and {len(kept) - _SENTENCES_QUOTED} more" if len(kept) > _SENTENCES_QUOTED else ""
        if len(kept) == 1:
            notes.append(
                "One sentence is shown in its original wording, because its plain rewrite "
                f"lost a number, name or other fact: {quoted}."
            )
        else:
            notes.append(
                f"{len(kept)} sentences are shown in their original wording, because their "
                f"plain rewrites lost a number, name or other fact: {quoted}{more}."
            )
    return tuple(notes)


@dataclass(frozen=True)
class ReviewWord:
    """A word the voice may say wrongly: what it says, and the sections that have it."""

    token: str
    said_as: str
    """The words the voice is given for it ("U N O D C"), as the lexicon would give them."""
    sections: tuple[str, ...]
    """The ids of the sections whose title, original or plain version has it."""


def review_words(
    tokens: Sequence[str], results: Sequence[SectionResult], lang: str, lexicon: Path | None
) -> list[ReviewWord]:
    """The review list with what the voice says for each word and where to hear it.

    The manifest had the words alone: an editor could not tell, without listening to the
    whole statement, whether "CRI" was spelled or said as a word, nor where it came.
    """
    from pipeline.stages.speak import speakable

    words = []
    for token in tokens:
        has_it = re.compile(rf"(?<!\w){re.escape(token)}s?(?!\w)")
        sections = tuple(
            result.section.id
            for result in results
            if any(
                has_it.search(text)
                for text in (
                    result.section.title,
                    *result.section.sentences,
                    *result.plain.sentences,
                )
            )
        )
        words.append(ReviewWord(token, speakable(token, lang, lexicon), sections))
    return words


_BARE_KEY: Final = re.compile(r"[A-Za-z0-9_-]+")
_NOT_IN_COMMENT: Final = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]+")


def _toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, and DEL, which JSON leaves, is escaped."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007F")


def _toml_key(token: str) -> str:
    return token if _BARE_KEY.fullmatch(token) else _toml_string(token)


def _comment(text: str) -> str:
    """Text on one comment line: a title's control characters would end the comment."""
    return _NOT_IN_COMMENT.sub(" ", text)


def pronunciation_check(
    statement: Statement, results: Sequence[SectionResult], review: Sequence[ReviewWord]
) -> str:
    """The review list as a lexicon (`--lexicon`): each word with what the voice says now.

    Fed back unchanged, it changes nothing the voice says and empties the review list (each
    word is then one a person has checked); a corrected line changes that word everywhere.
    """
    titles = {result.section.id: result.section.title for result in results}
    lines = [
        f"# Words the voice may say wrongly in “{_comment(statement.meta.title)}”.",
        "#",
        "# No lexicon knows these words, so the voice spells them letter by letter or reads",
        "# them as a word. Each line says what the voice says now. Listen to the word in the",
        "# parts named above it; where the voice is wrong, change the words in quotes to what",
        '# it should say (letters apart, such as "U N", are said one by one).',
        "#",
        "# Copy this file out of the package folder (the next run replaces the folder), then",
        "# make the package again with it:",
        "#   plainvoice run STATEMENT --lexicon pronunciation-check.toml",
        "# A line kept as it is keeps what the voice says and takes the word off the review",
        "# list; delete a line to leave its word on the list.",
        "",
        "[words]",
    ]
    for word in review:
        heard = "; ".join(_comment(titles.get(i, i)) for i in word.sections) or "the statement"
        lines += [
            "",
            f"# Heard in: {heard}",
            f"{_toml_key(word.token)} = {_toml_string(word.said_as)}",
        ]
    return "\n".join(lines) + "\n"


def whole_statement_clip(
    whole: StatementAudio,
    results: Sequence[SectionResult],
    clips: Mapping[tuple[str, str], AudioClip],
) -> AudioClip | None:
    """The whole-statement MP3 as one clip: each section's sentences where its chapter starts.

    Its captions are the sections' captions end to end. None when the chapters do not match
    the sections spoken in that version (nothing then says where each one lies).
    """
    spoken = [clips[key] for r in results if (key := (r.section.id, whole.version)) in clips]
    if not spoken or len(spoken) != len(whole.chapters):
        return None
    timings = tuple(
        replace(
            timing,
            start=chapter.start + timing.start,
            end=chapter.start + min(timing.end, clip.duration),
        )
        for clip, chapter in zip(spoken, whole.chapters, strict=True)
        for timing in clip.timings
    )
    return AudioClip("statement", whole.version, whole.path, whole.duration, timings)


def whole_statement_players(
    statement_audio: Sequence[StatementAudio], staging: Path
) -> list[dict[str, Any]]:
    """The whole-statement MP3s for the page's players, the plain version first, with parts.

    They were only download links: a listener who wanted the statement from start to end
    had to start each section's player in turn.
    """
    order = {"plain": 0, "original": 1}
    return [
        {
            "version": whole.version,
            "label": VERSION_LABELS.get(whole.version, whole.version),
            "src": f"audio/{whole.path.name}",
            "captions": _whole_captions(whole, staging),
            "minutes": _duration_words(whole.duration),
            "parts": [
                {"title": chapter.text, "start": _clock_words(chapter.start)}
                for chapter in whole.chapters
            ],
        }
        for whole in sorted(statement_audio, key=lambda w: order.get(w.version, len(order)))
    ]


def _whole_captions(whole: StatementAudio, staging: Path) -> str | None:
    """The whole-statement MP3's captions, where `whole_statement_clip` could place them."""
    captions = staging / "audio" / f"{whole.path.stem}.vtt"
    return f"audio/{captions.name}" if captions.is_file() else None


def _clock_words(seconds: float) -> str:
    """Where a part starts, as a player's clock shows it ("1:07")."""
    minutes, rest = divmod(math.floor(seconds), 60)
    return f"{minutes}:{rest:02d}"


def _add_speech_extras(
    manifest: dict[str, Any],
    statement_audio: Sequence[StatementAudio],
    review: Sequence[ReviewWord],
) -> None:
    """Whole-statement MP3s (with their chapters) and the acronyms a human should check."""
    manifest["statement_audio"] = {
        whole.version: {
            "path": f"audio/{whole.path.name}",
            "duration_seconds": whole.duration,
            "chapters": [asdict(chapter) for chapter in whole.chapters],
        }
        for whole in statement_audio
    }
    durations = {f"audio/{whole.path.name}": whole.duration for whole in statement_audio}
    for record in manifest["files"]:
        if record.get("path") in durations:
            record["duration_seconds"] = durations[record["path"]]
    manifest["pronunciation_review"] = [
        {
            "token": word.token,
            "said_as": word.said_as,
            "sections": list(word.sections),
            "note": "not in the lexicon; spelled letter by letter or read as a word",
        }
        for word in review
    ]


def _manifest(
    staging: Path,
    statement: Statement,
    results: Sequence[SectionResult],
    overall_original: Readability,
    overall_plain: Readability,
    clips: dict[tuple[str, str], AudioClip],
    engine: EngineInfo | None,
    known: dict[Path, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    durations = {clip.path.name: clip.duration for clip in clips.values()}
    files = []
    for path in sorted(p for p in staging.rglob("*") if p.is_file()):
        if path.name == MANIFEST_NAME:
            continue
        # Only the page changes between passes of write_package's loop; hash the rest once.
        record = known.get(path) if known is not None and path.name != "index.html" else None
        if record is None:
            record = file_record(path, staging, durations.get(path.name))
            if known is not None:
                known[path] = record
        files.append(record)
    sections = []
    for result in results:
        section = result.section
        audio = {
            version: {
                "path": f"audio/{clip.path.name}",
                "duration_seconds": clip.duration,
                "sentences": [asdict(t) for t in clip.timings],
            }
            for (section_id, version), clip in clips.items()
            if section_id == section.id
        }
        sections.append(
            {
                "id": section.id,
                "index": section.index,
                "kind": section.kind.value,
                "title": section.title,
                "words": section.word_count,
                "readability": {
                    "original": asdict(result.original_score),
                    "plain": asdict(result.plain_score),
                },
                "facts": _facts_record(result.plain.facts),
                "in_short": list(result.plain.in_short),
                "guard": guard_record(result.plain),
                "text_sha256": {
                    version: hashlib.sha256(
                        " ".join(t.text for t in clip.timings).encode("utf-8")
                    ).hexdigest()
                    for (section_id, version), clip in clips.items()
                    if section_id == section.id
                },
                "changes": list(result.plain.changes),
                "audio": audio,
                # The plain version's words are the original's: its audio is the original MP3.
                "plain_audio_is_original": shares_original_audio(clips, section.id),
            }
        )
    return {
        "tool": {"name": "plainvoice", "version": __version__},
        "statement": {
            "source": statement.source_name,
            "source_sha256": hashlib.sha256(statement.text.encode()).hexdigest(),
            "language": statement.language,
            # (Mixed-language statements.) Paragraphs in another language, left as written.
            "other_language_paragraphs": other_language_paragraphs(statement),
            # What reading it changed ("dropped 1 stray control character"): run warns of it.
            "input_notes": list(statement.notes),
            **asdict(statement.meta),
        },
        "engine": asdict(engine) if engine else None,
        "readability": {"original": asdict(overall_original), "plain": asdict(overall_plain)},
        "audio_seconds": round(sum(clip.duration for clip in distinct_clips(clips.values())), 3),
        "sections": sections,
        "files": files,
    }

"""Bundle stage: write the accessible package into a staging folder, then publish it atomically.

A package is built in `output/.<slug>.partial-<pid>/` and renamed into place only when every
file is written, and the ZIP is written beside it under a temporary name and renamed last. An
interrupted run therefore never leaves a folder or ZIP that looks complete.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

from pipeline import __version__
from pipeline.errors import OutputError
from pipeline.models import AudioClip, PlainSection, Readability, Section, Statement
from pipeline.text import markdown_to_html

MANIFEST_NAME: Final = "manifest.json"
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


@dataclass(frozen=True)
class Package:
    """Where the finished package is."""

    folder: Path
    zip_path: Path
    manifest: dict[str, Any]


def is_package(folder: Path) -> bool:
    """True when `folder` holds a package plainvoice wrote (its manifest names the tool)."""
    try:
        manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and manifest.get("tool", {}).get("name") == "plainvoice"


def _is_package_zip(path: Path, slug: str) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return f"{slug}/{MANIFEST_NAME}" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def check_target(output_dir: Path, slug: str, *, force: bool = False) -> None:
    """Refuse to replace a folder or ZIP that plainvoice did not make, unless forced.

    A previous package is replaced (atomically); anything else might be someone's work.
    """
    folder = output_dir / slug
    zip_path = output_dir / f"{slug}.zip"
    if not folder.resolve().is_relative_to(output_dir.resolve()):
        raise OutputError(f"refusing to write {folder}: it is outside {output_dir}")
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


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover_interrupted(output_dir: Path, slug: str) -> None:
    """Clean up after a run that was killed: restore the previous package, drop partial files.

    A run killed between the two renames of publishing leaves the previous package under
    `.<slug>.old-<pid>`; it is put back. Staging folders and partial ZIPs of dead runs go.
    """
    if not output_dir.is_dir():
        return
    folder = output_dir / slug
    for leftover in sorted(output_dir.glob(f".{glob_escape(slug)}*")):
        kind, _, pid = leftover.name.rpartition("-")
        if not pid.isdigit() or (_pid_alive(int(pid)) and int(pid) != os.getpid()):
            continue
        if kind == f".{slug}.old" and not folder.exists() and is_package(leftover):
            os.replace(leftover, folder)
        elif kind in (f".{slug}.old", f".{slug}.partial", f".{slug}.zip.partial"):
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)


def glob_escape(text: str) -> str:
    """Escape glob wildcards in a slug (slugs have none today; this keeps it true)."""
    from glob import escape

    return escape(text)


def staging_folder(output_dir: Path, slug: str) -> Path:
    """Create the hidden folder a package is built in before it is published."""
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
        staging = output_dir / f".{slug}.partial-{os.getpid()}"
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
) -> Package:
    """Write text, HTML and manifest into `staging`, then publish folder and ZIP atomically."""
    try:
        (staging / "statement.txt").write_text(_statement_text(statement), encoding="utf-8")
        (staging / "plain.txt").write_text(_plain_text(statement, results), encoding="utf-8")
        clip_map = {(clip.section_id, clip.version): clip for clip in clips}
        (staging / "index.html").write_text(
            _render_html(
                statement, results, overall_original, overall_plain, clip_map, engine, staging
            ),
            encoding="utf-8",
        )
        manifest = _manifest(
            staging, statement, results, overall_original, overall_plain, clip_map, engine
        )
        # The manifest is written last: its presence marks a complete package.
        (staging / MANIFEST_NAME).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        folder = output_dir / slug
        zip_path = output_dir / f"{slug}.zip"
        _publish_folder(staging, folder)
        _write_zip(folder, zip_path)
    except OSError as error:
        raise OutputError(
            f"cannot write the package in {output_dir}: {error.strerror or error}"
        ) from error
    return Package(folder=folder, zip_path=zip_path, manifest=manifest)


def _publish_folder(staging: Path, folder: Path) -> None:
    old = folder.with_name(f".{folder.name}.old-{os.getpid()}")
    if folder.exists():
        os.replace(folder, old)
    os.replace(staging, folder)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def _write_zip(folder: Path, zip_path: Path) -> None:
    partial = zip_path.with_name(f".{zip_path.name}.partial-{os.getpid()}")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            name = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
            info.external_attr = 0o644 << 16
            # MP3 is already compressed; storing it saves time for nothing lost.
            info.compress_type = (
                zipfile.ZIP_STORED if path.suffix == ".mp3" else zipfile.ZIP_DEFLATED
            )
            archive.writestr(info, path.read_bytes())
    os.replace(partial, zip_path)


def discard(staging: Path) -> None:
    """Remove a staging folder after a failed or interrupted run."""
    shutil.rmtree(staging, ignore_errors=True)


def _statement_text(statement: Statement) -> str:
    lines: list[str] = []
    for section in statement.sections:
        lines.append(f"## {section.title}")
        lines.append("")
        for paragraph in section.paragraphs:
            lines.append(("- " if paragraph.is_list_item else "") + paragraph.text)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _plain_text(statement: Statement, results: Sequence[SectionResult]) -> str:
    lines = [f"{statement.meta.title} — plain language version", ""]
    for result in results:
        lines.append(f"## {result.section.title}")
        lines.append("")
        for paragraph in result.plain.paragraphs:
            lines.append(paragraph)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def heading_for(statement: Statement) -> str:
    """The page's one h1: title and speaker."""
    meta = statement.meta
    return f"{meta.title} by {meta.speaker}" if meta.speaker else meta.title


def human_size(size: int) -> str:
    """A file size as people read it."""
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _render_html(
    statement: Statement,
    results: Sequence[SectionResult],
    overall_original: Readability,
    overall_plain: Readability,
    clips: dict[tuple[str, str], AudioClip],
    engine: EngineInfo | None,
    staging: Path,
) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape
    from markupsafe import Markup

    env = Environment(
        loader=PackageLoader("pipeline", "templates"),
        autoescape=select_autoescape(["html"], default_for_string=True, default=True),
        keep_trailing_newline=True,
    )
    sections = []
    for result in results:
        blocks: list[dict[str, Any]] = []
        for paragraph in result.section.paragraphs:
            html = Markup(markdown_to_html(paragraph.text))  # already escaped by markdown-it
            if paragraph.is_list_item:
                if blocks and blocks[-1].get("entries") is not None:
                    blocks[-1]["entries"].append(html)
                else:
                    blocks.append({"entries": [html]})
            else:
                blocks.append({"html": html, "entries": None})
        original = clips.get((result.section.id, "original"))
        plain = clips.get((result.section.id, "plain"))
        sections.append(
            {
                "id": result.section.id,
                "title": result.section.title,
                "original_verdict": result.original_score.verdict,
                "plain_verdict": result.plain_score.verdict,
                "original_blocks": blocks,
                "plain_paragraphs": result.plain.paragraphs,
                "original_audio": f"audio/{original.path.name}" if original else None,
                "plain_audio": f"audio/{plain.path.name}" if plain else None,
            }
        )
    downloads = [
        {
            "href": "statement.txt",
            "label": "Original text",
            "size": human_size(len(_statement_text(statement).encode())),
        },
        {
            "href": "plain.txt",
            "label": "Plain-language text",
            "size": human_size(len(_plain_text(statement, results).encode())),
        },
    ]
    for clip in clips.values():
        downloads.append(
            {
                "href": f"audio/{clip.path.name}",
                "label": f"Audio: {_title_of(results, clip.section_id)} ({clip.version})",
                "size": human_size(clip.path.stat().st_size),
            }
        )
    minutes = max(1, round(overall_original.listening_seconds / 60))
    return env.get_template("package.html").render(
        lang=statement.language,
        heading=heading_for(statement),
        description=f"{heading_for(statement)}: text, plain language and audio.",
        meta=statement.meta,
        overall={"original": overall_original, "plain": overall_plain},
        listen_minutes=minutes,
        voice=engine.voice if engine else "no audio was made for this package",
        sections=sections,
        downloads=downloads,
        version=__version__,
    )


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


def _manifest(
    staging: Path,
    statement: Statement,
    results: Sequence[SectionResult],
    overall_original: Readability,
    overall_plain: Readability,
    clips: dict[tuple[str, str], AudioClip],
    engine: EngineInfo | None,
) -> dict[str, Any]:
    durations = {clip.path.name: clip.duration for clip in clips.values()}
    files = [
        file_record(path, staging, durations.get(path.name))
        for path in sorted(p for p in staging.rglob("*") if p.is_file())
        if path.name != MANIFEST_NAME
    ]
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
                "facts": {
                    "checked": list(result.plain.facts.facts),
                    "missing": list(result.plain.facts.missing),
                    "all_kept": result.plain.facts.ok,
                },
                "changes": list(result.plain.changes),
                "audio": audio,
            }
        )
    return {
        "tool": {"name": "plainvoice", "version": __version__},
        "statement": {
            "source": statement.source_name,
            "source_sha256": hashlib.sha256(statement.text.encode()).hexdigest(),
            "language": statement.language,
            **asdict(statement.meta),
        },
        "engine": asdict(engine) if engine else None,
        "readability": {"original": asdict(overall_original), "plain": asdict(overall_plain)},
        "audio_seconds": round(sum(clip.duration for clip in clips.values()), 3),
        "sections": sections,
        "files": files,
    }

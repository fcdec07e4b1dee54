"""Is the published package already what this run would make? Then a re-run does nothing.

A press office re-runs the tool after every small change, or by habit; when neither the
statement nor anything that shapes the package changed, the right amount of work is none.
Every package records a fingerprint of what made it: the input's bytes, every setting that
shapes the output (files such as the lexicon by content), the voice files, the rewriter, and the
code and data of plainvoice itself. A run whose fingerprint matches a package that is still whole
(every file as its manifest lists it, the ZIP holding the same manifest) reuses it as it is.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from pipeline import __version__
from pipeline.cache import SpeechCache, engine_identity
from pipeline.engines.base import TTSEngine
from pipeline.errors import PipelineError
from pipeline.files import file_sha256
from pipeline.models import MANIFEST_NAME, Package
from pipeline.resolve import make_engine, package_slug, speech_cache
from pipeline.rewriters import rewriter_identity
from pipeline.settings import AUTO_LANGUAGE, Settings

FINGERPRINT_VERSION: Final = 1
"""Layout of the fingerprint; a new layout never matches an old package."""

_NOT_SHAPING: Final = frozenset(
    {"input_path", "output_dir", "jobs", "use_cache", "cache_dir", "force", "max_input_mb"}
)
"""Settings that change where or how fast a package is made, never what it holds."""

_FILE_SETTINGS: Final = frozenset({"plain_from", "lexicon", "voice"})
"""Settings naming files: their content counts, not their path."""


def settings_fingerprint(settings: Settings, engine: TTSEngine | None, cache: SpeechCache) -> str:
    """Hash of everything besides the input that shapes a package made with these settings.

    Any setting not listed as non-shaping counts, so a new setting can only cause a rebuild,
    never a stale package.
    """
    shaping: dict[str, Any] = {}
    for field in fields(settings):
        if field.name in _NOT_SHAPING:
            continue
        value = getattr(settings, field.name)
        if field.name in _FILE_SETTINGS and value is not None and Path(value).is_file():
            shaping[field.name] = {"sha256": cache.file_digest(Path(value))}
        elif isinstance(value, (bool, int, float, str, type(None))):
            shaping[field.name] = value
        else:
            shaping[field.name] = str(value)
    payload = {
        "fingerprint": FINGERPRINT_VERSION,
        "plainvoice": __version__,
        "code": _code_digest(),
        "settings": shaping,
        "engine": engine_identity(engine, cache) if engine is not None else None,
        # The rewriter's name is a setting; an add-on's version counts too, as its code is
        # not part of plainvoice's own digest.
        "rewriter": rewriter_identity(settings.rewriter),
    }
    blob = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """Hash of plainvoice's own files (code, data, templates), so a changed tool rebuilds.

    Once per process: a run fingerprints twice (the check, then the manifest) and a batch
    once per statement, and the installed code does not change meanwhile.
    """
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def input_digest(data: bytes) -> str:
    """SHA-256 of the statement exactly as read."""
    return hashlib.sha256(data).hexdigest()


def build_record(input_sha256: str, fingerprint: str) -> dict[str, str]:
    """What the manifest keeps about how the package was made."""
    return {"input_sha256": input_sha256, "settings_fingerprint": fingerprint}


def current_package(settings: Settings, engine: TTSEngine | None = None) -> Package | None:
    """The published package when it is exactly what these settings would make; else None.

    Only a named input file can be compared (standard input is read once, by the run). Any
    doubt (unreadable files, an engine that cannot be made) means "not current", and the
    normal run then reports the problem in its own words.
    """
    if settings.input_path is None or settings.force or not settings.use_cache:
        return None
    if not settings.input_path.is_file():
        return None  # a named pipe, like stdin, is read once, by the run
    slug = package_slug(settings)
    folder = settings.output_dir / slug
    zip_path = settings.output_dir / f"{slug}.zip"
    try:
        manifest_bytes = (folder / MANIFEST_NAME).read_bytes()
        manifest = json.loads(manifest_bytes)
        recorded = manifest["build"]
        language = manifest["statement"]["language"]
        if settings.language not in (AUTO_LANGUAGE, language):
            return None
        if recorded["input_sha256"] != input_digest(settings.input_path.read_bytes()):
            return None
        cache = speech_cache(settings)
        if cache is None:
            return None
        if engine is None and settings.audio:
            engine = make_engine(settings, language)
        if recorded["settings_fingerprint"] != settings_fingerprint(settings, engine, cache):
            return None
        if not reusable_as_is(folder, zip_path, slug, manifest_bytes, settings.input_path, engine):
            return None
    except (OSError, ValueError, KeyError, TypeError, PipelineError):
        return None
    return Package(folder=folder, zip_path=zip_path, manifest=manifest)


def reusable_as_is(
    folder: Path,
    zip_path: Path,
    slug: str,
    manifest_bytes: bytes,
    input_path: Path,
    engine: TTSEngine | None,
) -> bool:
    """Whether a package whose fingerprints match may be reused: what `run` and `batch` share.

    It names this input file, its other-language paragraphs would be said by the same voices,
    and it is whole. Raises what reading the manifest raises (ValueError, KeyError, TypeError).
    """
    manifest = json.loads(manifest_bytes)
    return (
        made_from(manifest, input_path)
        and (engine is None or same_other_voices(manifest, engine))
        and package_is_whole(folder, zip_path, slug, manifest, manifest_bytes)
    )


def made_from(manifest: dict[str, Any], input_path: Path) -> bool:
    """Whether the package names this file as its source.

    The same bytes under another name (statement.txt, then statement.md) make the same package
    folder, but the manifest names the source, and the extension decides how the text is read.
    """
    return bool(manifest["statement"]["source"] == input_path.name)


def same_other_voices(manifest: dict[str, Any], engine: TTSEngine) -> bool:
    """Whether a mixed statement's other-language paragraphs would be said by the same voices.

    Their voice is not a setting: espeak-ng's French voice says a bilingual statement's French
    paragraphs when it is installed. Installing or removing it changes the audio, so a package
    made before is stale. Checked only for the languages the package holds (a statement in
    one language costs nothing), from what its manifest says.
    """
    from pipeline.stages.speak import other_language_voice

    recorded = (manifest.get("engine") or {}).get("other_voices") or {}
    for lang in sorted({p["language"] for p in manifest["statement"]["other_language_paragraphs"]}):
        voice = other_language_voice(engine, lang)
        if recorded.get(lang) != (voice.voice_description() if voice is not None else None):
            return False
    return True


def package_is_whole(
    folder: Path, zip_path: Path, slug: str, manifest: dict[str, Any], manifest_bytes: bytes
) -> bool:
    """Every listed file is there with its hash, and the ZIP carries this very manifest.

    The one check of a published package that `run` and `batch` both trust before reusing it.
    """
    try:
        for record in manifest["files"]:
            if file_sha256(folder / record["path"]) != record["sha256"]:
                return False
        with zipfile.ZipFile(zip_path) as archive:
            return archive.read(f"{slug}/{MANIFEST_NAME}") == manifest_bytes
    except (OSError, KeyError, TypeError, zipfile.BadZipFile, zlib.error):
        return False  # damaged (a bad CRC or broken deflate data): rebuilt, never reused

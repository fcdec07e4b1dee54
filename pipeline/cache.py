"""Content-addressed speech cache: synthesis is never done twice for the same audio.

An entry's key is a hash of everything that changes the audio: the spoken text of every
sentence (after lexicon and number expansion) with the displayed text its timing carries, the
paragraph structure (pauses), the engine and a hash of its voice files, the audio settings and
the version of the audio path. The value is the encoded, untagged MP3 with its sentence timings
and duration, so a hit costs neither synthesis nor encoding; ID3 tags are added when written.

Below the clips sits a second layer: every phrase the engine spoke (one call, usually one
sentence) as PCM, keyed by the engine's exact input, the voice and the rate. A clip whose
pauses, loudness or neighbours changed is rebuilt from its phrases without speaking again,
and an edited section speaks only its changed sentences; the plain version reuses the
original's unchanged sentences.

Each entry is one file: a SHA-256 line, then a JSON header line and the MP3 (or PCM) bytes,
which the checksum covers. Entries are written to a temporary name and renamed, so readers
never see half an entry; an entry that fails its checksum is deleted and regenerated, never served.

The cache is kept under a size limit (2 GB unless $PLAINVOICE_CACHE_MAX_MB says otherwise): a
read refreshes an entry's modification time, and after a run the entries used least recently
go first.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, TypeVar

from pipeline.engines.base import SpeechAudio, TTSEngine
from pipeline.errors import OutputError, UsageError
from pipeline.files import file_sha256
from pipeline.models import SentenceTiming
from pipeline.text import MEGABYTE

E = TypeVar("E")

FORMAT: Final = 1
"""Entry layout version; part of the folder name, so a new layout never reads an old one."""
SUFFIX: Final = ".pvspeech"
PHRASE_SUFFIX: Final = ".pvphrase"
PARTIAL_SUFFIX: Final = ".partial"
"""An entry or digest being written; renamed to its own name once whole."""
ABANDONED_AFTER: Final = 3600.0
"""Seconds after which a partial file is a killed writer's leftover: a write takes
milliseconds, and the cache is shared by runs whose process ids cannot all be seen here."""


CACHE_DIR_ENV: Final = "PLAINVOICE_CACHE_DIR"
"""Environment variable that moves the default cache folder (tests and shared machines)."""


CACHE_MAX_ENV: Final = "PLAINVOICE_CACHE_MAX_MB"
"""Environment variable that sets the size limit, in megabytes."""
DEFAULT_MAX_MB: Final = 2000.0
"""About 13 hours of cached speech: phrases take 44 kB and clips 8 kB per second of audio."""


def cache_limit_bytes() -> int:
    """The size limit: $PLAINVOICE_CACHE_MAX_MB, else 2 GB.

    Raises:
        UsageError: When the variable is not a number of megabytes >= 0.
    """
    configured = os.environ.get(CACHE_MAX_ENV, "").strip()
    if not configured:
        return round(DEFAULT_MAX_MB * MEGABYTE)
    try:
        megabytes = float(configured)
    except ValueError:
        megabytes = -1.0
    if not megabytes >= 0 or megabytes == float("inf"):
        raise UsageError(
            f"{CACHE_MAX_ENV}={configured!r} is not a size in megabytes",
            hint="set it to a number such as 500, or unset it for the 2 GB default",
        )
    return round(megabytes * MEGABYTE)


def default_cache_dir() -> Path:
    """$PLAINVOICE_CACHE_DIR, else the per-user cache folder (Linux: ~/.cache/plainvoice/speech)."""
    configured = os.environ.get(CACHE_DIR_ENV)
    if configured:
        return Path(configured)
    from platformdirs import user_cache_path

    return user_cache_path("plainvoice", appauthor=False) / "speech"


def cache_dir_problem(root: Path) -> str | None:
    """Why `root` cannot be the speech cache folder, or None when it can be (or be made).

    A folder under a regular file ("notes.txt/cache") cannot be made: the run went on with
    no cache and said nothing, while a --cache-dir naming a file was refused.
    """
    try:
        if root.exists():
            return None if root.is_dir() else f"cache path {root} exists and is not a folder"
        for parent in root.parents:
            if parent.exists():
                if parent.is_dir():
                    return None
                return f"cache path {root} is inside {parent}, which is a file, not a folder"
    except OSError as error:  # a folder on the way that may not be looked into
        return f"cache path {root} cannot be used: {error.strerror or error}"
    return None


def chosen_cache_dir_problem(given: Path | None) -> str | None:
    """Why the cache folder a run would use cannot be used: `--cache-dir`, else the variable.

    A $PLAINVOICE_CACHE_DIR under a regular file left `run` and `batch` without a cache and
    without a word; only the `cache` commands said so.
    """
    if given is not None:
        return cache_dir_problem(given)
    configured = os.environ.get(CACHE_DIR_ENV)
    if not configured:
        return None
    problem = cache_dir_problem(Path(configured))
    return f"${CACHE_DIR_ENV}: {problem}" if problem else None


@dataclass(frozen=True)
class CachedSpeech:
    """One job's finished audio: what synthesis and encoding produced."""

    mp3: bytes
    """Encoded MP3 without ID3 tags."""
    timings: tuple[SentenceTiming, ...]
    """Where each sentence lies in the audio."""
    duration: float
    """Length of the MP3 in seconds."""


@dataclass(frozen=True)
class CacheInfo:
    """What `plainvoice cache info` shows."""

    path: Path
    """The cache folder."""
    entries: int
    """Number of cached clips."""
    size_bytes: int
    """Bytes used by the entries, phrases included."""
    phrases: int = 0
    """Number of cached phrases (spoken PCM, one engine call each)."""


@dataclass(frozen=True)
class PruneResult:
    """What a prune removed and what it left."""

    removed: int
    """Entries deleted (clips and phrases)."""
    freed_bytes: int
    """Bytes they took."""
    size_bytes: int
    """Bytes the cache holds now."""


def speech_key(
    paragraphs: Sequence[Sequence[tuple[str, str]]],
    engine_identity: dict[str, Any],
    options: dict[str, Any],
) -> str:
    """Hash of everything that changes one clip's audio.

    Args:
        paragraphs: for each paragraph, each sentence as (displayed text, spoken text).
        engine_identity: engine name, language, voice and voice-file hashes.
        options: audio settings (pauses, bitrate, audio-path version).
    """
    payload = {
        "format": FORMAT,
        "paragraphs": [[list(sentence) for sentence in paragraph] for paragraph in paragraphs],
        "engine": engine_identity,
        "options": options,
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def phrase_key(engine_identity: dict[str, Any], text: str, rate: float) -> str:
    """Hash of what makes one phrase's audio: the engine's exact input, the voice, the rate."""
    payload = {"format": FORMAT, "engine": engine_identity, "phrase": text, "rate": round(rate, 4)}
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class SpeechCache:
    """A folder of checksummed speech entries, safe to share between runs and processes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._entries = root / f"v{FORMAT}"

    def _path(self, key: str) -> Path:
        return self._entries / key[:2] / f"{key}{SUFFIX}"

    def _phrase_path(self, key: str) -> Path:
        return self._entries / "phrases" / key[:2] / f"{key}{PHRASE_SUFFIX}"

    def get(self, key: str) -> CachedSpeech | None:
        """The entry for `key`, or None when missing or corrupt (a corrupt one is deleted)."""
        return _read(self._path(key), _clip_from)

    def put(self, key: str, speech: CachedSpeech) -> None:
        """Store an entry atomically; a cache that cannot be written never fails the run."""
        _write(self._path(key), _clip_entry(speech))

    def has(self, key: str) -> bool:
        """Whether a clip is stored (checked when read: a corrupt one is then a miss)."""
        return self._path(key).is_file()

    def has_phrase(self, key: str) -> bool:
        """Whether a phrase is stored (checked when read: a corrupt one is then a miss)."""
        return self._phrase_path(key).is_file()

    def get_phrase(self, key: str) -> SpeechAudio | None:
        """A spoken phrase, or None when missing or corrupt (a corrupt one is deleted)."""
        return _read(self._phrase_path(key), _phrase_from)

    def put_phrase(self, key: str, speech: SpeechAudio) -> None:
        """Store a spoken phrase atomically; safe from several processes at once."""
        _write(self._phrase_path(key), _phrase_entry(speech))

    def file_digest(self, path: Path) -> str:
        """SHA-256 of a (large) file, remembered by size and modification time.

        Hashing a 60 MB voice costs a noticeable fraction of a warm run; its stat does not.
        """
        stat = path.stat()
        memo_key = hashlib.sha256(
            f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()
        ).hexdigest()
        memo = self.root / "digests" / memo_key
        try:
            remembered = memo.read_text().strip()
            if len(remembered) == 64:
                return remembered
        except OSError:
            pass
        digest = file_sha256(path)
        # As entries are: a full disk or Ctrl-C left the temporary file behind.
        _write(memo, digest.encode("ascii"))
        return digest

    def info(self) -> CacheInfo:
        """Count the entries and their size."""
        entries = list(self._files())
        phrases = list(self._phrase_files())
        return CacheInfo(
            path=self.root,
            entries=len(entries),
            size_bytes=sum(_size(path) for path in (*entries, *phrases)),
            phrases=len(phrases),
        )

    def prune(self, max_bytes: int) -> PruneResult:
        """Delete the least recently used entries until the cache holds at most `max_bytes`.

        Safe while other runs use the cache: an entry that vanishes is a miss, and a run that
        planned to read a phrase speaks it again.
        """
        swept, swept_bytes = self._sweep_partials()
        stats: list[tuple[float, int, Path]] = []
        for path in (*self._files(), *self._phrase_files()):
            try:
                stat = path.stat()
            except OSError:
                continue
            stats.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in stats)
        removed = freed = 0
        for _, size, path in sorted(stats, key=lambda item: item[0]):
            if total - freed <= max_bytes:
                break
            try:
                path.unlink()
            except OSError:
                continue
            removed += 1
            freed += size
        return PruneResult(
            removed=removed + swept, freed_bytes=freed + swept_bytes, size_bytes=total - freed
        )

    def _sweep_partials(self) -> tuple[int, int]:
        """Delete the half-written entries of killed runs; returns how many and their bytes.

        A run killed while writing an entry left `.<random>.partial` beside the entries; no
        count or prune saw it, so it took space for good (only `cache clear` removed it).
        """
        import time

        pattern = f".*{PARTIAL_SUFFIX}"
        partials = [
            *self._entries.glob(f"*/{pattern}"),  # clips: v1/ab/.x.partial
            *self._entries.glob(f"phrases/*/{pattern}"),
            *(self.root / "digests").glob(pattern),
        ]
        removed = freed = 0
        now = time.time()
        for path in partials:
            try:
                stat = path.lstat()
                if now - stat.st_mtime <= ABANDONED_AFTER:
                    continue  # another run may be writing it now
                path.unlink()
            except OSError:
                continue
            removed += 1
            freed += stat.st_size
        return removed, freed

    def clear(self) -> int:
        """Delete every entry and remembered digest; returns how many entries were removed.

        Raises:
            OutputError: When entries are left that could not be deleted (permissions).
        """
        import shutil

        before = sum(1 for _ in self._files())
        for folder in (self._entries, self.root / "digests"):
            shutil.rmtree(folder, ignore_errors=True)
        left = sum(1 for _ in self._files()) + sum(1 for _ in self._phrase_files())
        if left:
            raise OutputError(
                f"cannot delete {left} cached clips and phrases in {self.root}",
                hint="check that you may write to that folder",
            )
        return before

    def _files(self) -> Iterable[Path]:
        if not self._entries.is_dir():
            return []
        return self._entries.glob(f"*/*{SUFFIX}")

    def _phrase_files(self) -> Iterable[Path]:
        folder = self._entries / "phrases"
        if not folder.is_dir():
            return []
        return folder.glob(f"*/*{PHRASE_SUFFIX}")


def _read(path: Path, decode: Callable[[Any, bytes], E | None]) -> E | None:
    """The entry at `path` as `decode` makes it from its header and payload; None for a miss.

    An entry that fails its checksum or does not decode is deleted, so it is made again; in
    a cache this user may read but not write, it stays, and is a miss every time.
    """
    try:
        data = path.read_bytes()
    except OSError:
        return None
    opened = _opened(data)
    entry = None if opened is None else decode(*opened)
    if entry is None:
        with suppress(OSError):
            path.unlink(missing_ok=True)
        return None
    with suppress(OSError):
        os.utime(path)  # recently used: the last to be pruned
    return entry


def _write(path: Path, data: bytes) -> None:
    """Write to a temporary name and rename: readers never see half an entry."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".", suffix=PARTIAL_SUFFIX, dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(data)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return  # a cache that cannot be written never fails the run


def _entry(header: dict[str, Any], payload: bytes) -> bytes:
    """An entry's bytes: a SHA-256 line, then a JSON header line and the payload it covers."""
    line = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    body = line + b"\n" + payload
    return hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body


def _opened(data: bytes) -> tuple[Any, bytes] | None:
    """An entry's header and payload, or None when its checksum or header is wrong."""
    checksum, _, body = data.partition(b"\n")
    if hashlib.sha256(body).hexdigest().encode("ascii") != checksum:
        return None
    header, _, payload = body.partition(b"\n")
    try:
        return json.loads(header), payload
    except ValueError:
        return None


def _phrase_entry(speech: SpeechAudio) -> bytes:
    return _entry({"sample_rate": speech.sample_rate}, speech.pcm)


def _phrase_from(header: Any, pcm: bytes) -> SpeechAudio | None:
    try:
        sample_rate = int(header["sample_rate"])
    except (ValueError, KeyError, TypeError):
        return None
    if not pcm or len(pcm) % 2 or sample_rate <= 0:
        return None
    return SpeechAudio(pcm=pcm, sample_rate=sample_rate)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _clip_entry(speech: CachedSpeech) -> bytes:
    timings = [[t.text, t.start, t.end, t.kind] for t in speech.timings]
    return _entry({"duration": speech.duration, "timings": timings}, speech.mp3)


def _clip_from(fields: Any, mp3: bytes) -> CachedSpeech | None:
    try:
        timings = tuple(
            SentenceTiming(
                text=str(entry[0]),
                start=float(entry[1]),
                end=float(entry[2]),
                kind=str(entry[3]) if len(entry) > 3 else "sentence",
            )
            for entry in fields["timings"]
        )
        duration = float(fields["duration"])
    except (ValueError, KeyError, TypeError):
        return None
    if not mp3:
        return None
    return CachedSpeech(mp3=mp3, timings=timings, duration=duration)


def engine_identity(engine: TTSEngine, cache: SpeechCache) -> dict[str, Any]:
    """What identifies an engine's voice: its name, language, description and voice-file hashes.

    Engines that ship voice files (Piper) list them in `voice_files()`; their content hash,
    not their path, is what counts, so a reinstalled or updated voice renews the cache.
    """
    identity: dict[str, Any] = {
        "name": engine.name,
        "class": f"{type(engine).__module__}.{type(engine).__qualname__}",
        "lang": getattr(engine, "lang", None),
        "voice": engine.voice_description(),
    }
    voice_files = getattr(engine, "voice_files", None)
    if callable(voice_files):
        identity["files"] = [cache.file_digest(Path(path)) for path in voice_files()]
    return identity

"""Audio assembly and MP3 encoding: the only module that touches the encoder and ID3 tags."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Final

from pipeline.engines.base import SpeechAudio
from pipeline.errors import OutputError

if TYPE_CHECKING:
    from pydub import AudioSegment

SENTENCE_PAUSE_MS: Final = 300
PARAGRAPH_PAUSE_MS: Final = 700
MP3_BITRATE: Final = "64k"
"""Speech in mono at 64 kb/s is clear and small enough to publish."""


@lru_cache(maxsize=1)
def ffmpeg_path() -> str:
    """The ffmpeg that pip installed with imageio-ffmpeg: no system package needed."""
    import imageio_ffmpeg

    path: str = imageio_ffmpeg.get_ffmpeg_exe()
    return path


def _pydub() -> type[AudioSegment]:
    import warnings

    with warnings.catch_warnings():
        # pydub looks for ffmpeg on PATH at import and warns; we hand it imageio-ffmpeg's.
        warnings.simplefilter("ignore", RuntimeWarning)
        from pydub import AudioSegment

    AudioSegment.converter = ffmpeg_path()
    return AudioSegment


@dataclass(frozen=True)
class Tags:
    """ID3 tags for one MP3."""

    title: str
    artist: str
    album: str
    language: str
    """ISO 639-2 code, e.g. "eng"."""
    comment: str = ""


def silence(milliseconds: int, sample_rate: int) -> SpeechAudio:
    """Silent PCM of the given length."""
    return SpeechAudio(
        pcm=b"\x00\x00" * int(sample_rate * milliseconds / 1000), sample_rate=sample_rate
    )


def join(parts: list[SpeechAudio]) -> SpeechAudio:
    """Concatenate PCM parts of one sample rate."""
    if not parts:
        return SpeechAudio(pcm=b"", sample_rate=22050)
    rate = parts[0].sample_rate
    if any(part.sample_rate != rate for part in parts):
        parts = [resample(part, rate) for part in parts]
    return SpeechAudio(pcm=b"".join(part.pcm for part in parts), sample_rate=rate)


def resample(audio: SpeechAudio, sample_rate: int) -> SpeechAudio:
    """Change the sample rate, so engines with different rates can be joined."""
    segment = _pydub()(data=audio.pcm, sample_width=2, frame_rate=audio.sample_rate, channels=1)
    converted = segment.set_frame_rate(sample_rate)
    return SpeechAudio(pcm=converted.raw_data, sample_rate=sample_rate)


def write_mp3(audio: SpeechAudio, destination: Path, tags: Tags) -> float:
    """Encode PCM to an MP3 with ID3 tags, atomically; returns the duration in seconds."""
    segment = _pydub()(data=audio.pcm, sample_width=2, frame_rate=audio.sample_rate, channels=1)
    partial = destination.with_name(f".{destination.name}.partial")
    try:
        exported = segment.export(
            str(partial),
            format="mp3",
            bitrate=MP3_BITRATE,
            tags={"title": tags.title, "artist": tags.artist, "album": tags.album},
            parameters=["-ac", "1"],
        )
        exported.close()  # pydub hands back the open file; close it before renaming
        _write_language(partial, tags)
        os.replace(partial, destination)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise OutputError(f"cannot write {destination}: {error.strerror or error}") from error
    return mp3_duration(destination)


def _write_language(path: Path, tags: Tags) -> None:
    from mutagen.id3 import COMM, ID3, TLAN

    id3 = ID3(str(path))
    id3.add(TLAN(encoding=3, text=tags.language))
    if tags.comment:
        id3.add(COMM(encoding=3, lang=tags.language, desc="", text=tags.comment))
    id3.save(str(path), v2_version=3)


def mp3_duration(path: Path) -> float:
    """Duration of an MP3 from its frames, in seconds."""
    from mutagen.mp3 import MP3

    return round(float(MP3(str(path)).info.length), 3)


def decode_mp3(data: bytes, sample_rate: int = 22050) -> SpeechAudio:
    """Decode MP3 bytes (from an online engine) to mono 16-bit PCM with ffmpeg alone.

    pydub's own decoder would also need ffprobe, which imageio-ffmpeg does not ship.
    """
    import subprocess

    command = [
        ffmpeg_path(), "-hide_banner", "-loglevel", "error", "-i", "pipe:0",
        "-f", "s16le", "-ac", "1", "-ar", str(sample_rate), "pipe:1",
    ]  # fmt: skip
    done = subprocess.run(command, input=data, capture_output=True, check=False)
    if done.returncode != 0:
        from pipeline.errors import SynthesisError

        raise SynthesisError(f"could not decode the engine's MP3: {done.stderr.decode()[:200]}")
    return SpeechAudio(pcm=done.stdout, sample_rate=sample_rate)


AUDIO_PATH_VERSION: Final = 1
"""Bump when anything between the engine's PCM and the MP3 bytes changes, so cached audio renews."""


def encode_mp3(audio: SpeechAudio) -> bytes:
    """Encode PCM to untagged MP3 bytes with one ffmpeg call, the PCM piped in, no temporary WAV.

    The output goes to a temporary file rather than a pipe so ffmpeg can seek back and write
    the Xing header, which players and mutagen use for an exact duration.
    """
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="plainvoice-") as folder:
        target = Path(folder) / "speech.mp3"
        command = [
            ffmpeg_path(), "-hide_banner", "-loglevel", "error", "-nostdin",
            "-f", "s16le", "-ar", str(audio.sample_rate), "-ac", "1", "-i", "pipe:0",
            "-map_metadata", "-1", "-id3v2_version", "0", "-write_id3v1", "0",
            "-ac", "1", "-b:a", MP3_BITRATE, str(target),
        ]  # fmt: skip
        done = subprocess.run(command, input=audio.pcm, capture_output=True, check=False)
        if done.returncode != 0:
            raise OutputError(f"ffmpeg could not encode MP3: {done.stderr.decode()[:200]}")
        return target.read_bytes()


def mp3_bytes_duration(data: bytes) -> float:
    """Duration of MP3 bytes from their frames, in seconds."""
    import io

    from mutagen.mp3 import MP3

    return round(float(MP3(io.BytesIO(data)).info.length), 3)


def write_tagged_mp3(data: bytes, destination: Path, tags: Tags) -> None:
    """Write already-encoded MP3 bytes with ID3 tags, atomically; no decoding or re-encoding.

    Tags are added here rather than at encoding time so one encoded clip serves any title.
    """
    from mutagen.id3 import COMM, ID3, TALB, TIT2, TLAN, TPE1

    partial = destination.with_name(f".{destination.name}.partial")
    try:
        partial.write_bytes(data)
        id3 = ID3()
        id3.add(TIT2(encoding=3, text=tags.title))
        id3.add(TPE1(encoding=3, text=tags.artist))
        id3.add(TALB(encoding=3, text=tags.album))
        id3.add(TLAN(encoding=3, text=tags.language))
        if tags.comment:
            id3.add(COMM(encoding=3, lang=tags.language, desc="", text=tags.comment))
        id3.save(str(partial), v2_version=3)
        os.replace(partial, destination)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise OutputError(f"cannot write {destination}: {error.strerror or error}") from error

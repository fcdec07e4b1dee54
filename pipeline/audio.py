"""Audio assembly, loudness and MP3 encoding: the only module touching the encoder and ID3 tags."""

from __future__ import annotations

import re
import subprocess
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from pipeline.engines.base import SpeechAudio
from pipeline.errors import OutputError, SynthesisError
from pipeline.files import replaced_atomically

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from pydub import AudioSegment

SENTENCE_PAUSE_MS: Final = 300
PARAGRAPH_PAUSE_MS: Final = 700
SECTION_PAUSE_MS: Final = 1200
LEAD_IN_MS: Final = 500
"""Silence at the head of every section MP3. Players and Bluetooth headsets drop the first
tenths of a second of a file as they start; a clip that spoke after 50 ms lost the "P" of its
announcement ("Part 2" was heard as "R2"). Audiobook platforms ask for 0.5-1 s (ACX). The
whole-statement MP3 takes it out of the pause between sections, so its pacing is unchanged."""
MP3_BITRATE: Final = "64k"
"""Speech in mono at 64 kb/s is clear and small enough to publish."""
MP3_ENCODER_LEVEL: Final = "7"
"""LAME's quality level (0 slowest to 9 fastest; ffmpeg's default is 3). On this speech level 7
encodes in half the CPU time and scores higher, not lower: PESQ-WB 4.53 against 4.34 for the
default on the sample's 170 s, in 8-s windows against the engine's PCM (the psychoacoustic
model's noise shaping, which level 7 skips, suits music at this bit rate more than speech)."""
MIN_SAMPLE_RATE: Final = 22050
"""Lower rates (some engines give 16 kHz or 24 kHz) are raised to this, never lowered."""
TARGET_LUFS: Final = -16.0
"""EBU R128 programme loudness for spoken word on phones and podcasts."""
MAX_TRUE_PEAK: Final = -1.2
"""True-peak ceiling of the encoded MP3 (EBU R128 asks for -1 dBTP; a little margin)."""
LIMITER_CEILING: Final = -4.5
"""Sample-peak ceiling of the limiter in dBFS: MP3 encoding and inter-sample peaks add up to
3 dB on Piper's speech (measured: at -3.5 a quarter of the clips came out over -1.2 dBTP)."""
LOUDNESS_TOLERANCE: Final = 0.5
"""How far from -16 LUFS an encoded file may land (the promise is ±1 LU)."""
SEARCH_TOLERANCE: Final = 0.15
"""How close the gain search gets on the PCM before encoding."""
ENCODER_LOUDNESS_LOSS: Final = 0.4
"""LU that 64 kb/s MP3 encoding takes from speech (its low-pass; measured 0.4 on every clip)."""
LIMITER_LOSS_GUESS: Final = 8.5
"""The limiter's first-guessed toll (LU) on Piper's peak-normalised speech; the search corrects
it. Measured on the sample's 12 clips: 7 to 12 LU at the 12 to 17 dB of gain they need."""
LIMITED_SLOPE: Final = 1 / 3
"""LU gained per dB of gain through the limiter near the target (measured 0.3 to 0.4): the
first correction step, before two measurements give the secant. With 2.5 LU and a slope of
2/3 the search took 3 to 6 passes per clip; with these it takes 2 to 3."""
NORMALISE_ATTEMPTS: Final = 6
SILENCE_PEAK: Final = 64
"""Peak sample (of 32767, about -54 dBFS) below which a clip counts as silence."""


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
    """Free text; we name the engine and voice and say that the voice is synthetic."""
    track: str = ""
    """Track number, "2/7" style (TRCK)."""
    year: str = ""
    """Year of the statement (TDRC)."""


@dataclass(frozen=True)
class Chapter:
    """One ID3 chapter of a whole-statement MP3."""

    title: str
    start: float
    """Start in seconds."""
    end: float
    """End in seconds."""


@dataclass(frozen=True)
class Loudness:
    """A loudness measurement (EBU R128)."""

    integrated: float
    """Integrated loudness in LUFS."""
    true_peak: float
    """Highest true peak in dBTP."""


def silence(milliseconds: int, sample_rate: int) -> SpeechAudio:
    """Silent PCM of the given length."""
    return SpeechAudio(
        pcm=b"\x00\x00" * int(sample_rate * milliseconds / 1000), sample_rate=sample_rate
    )


def peak(audio: SpeechAudio) -> int:
    """The largest absolute sample value."""
    samples = array("h")
    samples.frombytes(audio.pcm[: len(audio.pcm) // 2 * 2])
    if not samples:
        return 0
    return max(max(samples), -min(samples))


def is_silent(audio: SpeechAudio) -> bool:
    """True when the audio is empty or never rises above a whisper of noise."""
    return audio.duration < 0.01 or peak(audio) < SILENCE_PEAK


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


def _pcm_input(sample_rate: int) -> list[str]:
    return ["-f", "s16le", "-ar", str(sample_rate), "-ac", "1", "-i", "pipe:0"]


def _run_ffmpeg(arguments: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    """Run the bundled ffmpeg on `data`; the caller reads its return code and stderr."""
    command = [ffmpeg_path(), "-hide_banner", "-nostats", "-y", *arguments]
    return subprocess.run(command, input=data, capture_output=True, check=False)


def time_stretch(audio: SpeechAudio, rate: float) -> SpeechAudio:
    """Speed speech up or slow it down without changing its pitch (ffmpeg's atempo).

    For engines that have no speaking-rate control of their own.
    """
    if abs(rate - 1.0) < 1e-6 or not audio.pcm:
        return audio
    done = _run_ffmpeg(
        [*_pcm_input(audio.sample_rate), "-af", f"atempo={rate:.4f}", "-f", "s16le", "pipe:1"],
        audio.pcm,
    )
    if done.returncode != 0:
        raise SynthesisError(f"could not change the speaking rate: {done.stderr.decode()[-200:]}")
    return SpeechAudio(pcm=done.stdout, sample_rate=audio.sample_rate)


def _ebur128(arguments: list[str], data: bytes) -> Loudness | None:
    """Run ffmpeg's EBU R128 scanner with true peak; None when it cannot measure (silence)."""
    done = _run_ffmpeg(
        [*arguments, "-af", "ebur128=peak=true:framelog=quiet", "-f", "null", "-"], data
    )
    report = done.stderr.decode(errors="replace")
    summary = report[report.rfind("Summary:") :]
    integrated = _integrated(summary)
    true_peak = re.search(r"Peak:\s*(-?[\d.]+|-inf) dBFS", summary)
    if done.returncode != 0 or integrated is None or true_peak is None:
        return None
    return Loudness(integrated, float(true_peak.group(1)))


TRUE_PEAK_OVERSAMPLING: Final = 4
"""BS.1770's true-peak meter oversamples four times; ffmpeg's ebur128 resamples speech at
22.05 kHz to 48 kHz and then to 192 kHz (8.7 times). On the sample's seven MP3s its scan took
46% more CPU time than this one (soxr), for true peaks within 0.11 dB of it: ebur128 prints
tenths, and MAX_TRUE_PEAK keeps 0.2 dB in hand."""


def _encoded_loudness(path: Path, sample_rate: int) -> Loudness | None:
    """Integrated loudness and true peak of an encoded clip, in one cheaper pass.

    The loudness is ebur128's; the true peak is the sample peak of the audio oversampled four
    times its own rate, as BS.1770 specifies. `measure_loudness`, which the tests use, keeps
    ffmpeg's own meter, so the two are checked against each other.
    """
    oversampled = sample_rate * TRUE_PEAK_OVERSAMPLING
    graph = (
        "asplit[loudness][peak];[loudness]ebur128=framelog=quiet,anullsink;"
        f"[peak]aresample={oversampled}:resampler=soxr,"
        "astats=measure_overall=Peak_level:measure_perchannel=none"
    )
    done = _run_ffmpeg(["-i", str(path), "-filter_complex", graph, "-f", "null", "-"], b"")
    report = done.stderr.decode(errors="replace")
    integrated = _integrated(report[report.rfind("Summary:") :])
    true_peak = re.search(r"Peak level dB:\s*(-?[\d.]+)", report)
    if done.returncode != 0 or integrated is None or true_peak is None:
        return None
    return Loudness(integrated, float(true_peak.group(1)))


def _limited(
    audio: SpeechAudio, gain_db: float, limit_db: float, destination: Path
) -> NDArray[np.float32] | None:
    """The PCM through the gain and ffmpeg's limiter, as 32-bit floats written to `destination`.

    The gain search measures the samples returned with the numpy meter; the encoder takes
    the file as it is once the search settles: no ebur128 pass (which resamples to 48 kHz) for
    each step, and no second run of the limiter for the encode. The samples go through a
    file, not a pipe, so this process holds them once, only while it measures them.
    """
    import numpy as np

    graph = ["-af", _gain_chain(gain_db, limit_db), "-f", "f32le", str(destination)]
    done = _run_ffmpeg([*_pcm_input(audio.sample_rate), *graph], audio.pcm)
    return np.fromfile(destination, dtype="<f4") if done.returncode == 0 else None


def _integrated(summary: str) -> float | None:
    """The integrated loudness of an ebur128 summary; None for silence (-inf or under -70)."""
    found = re.search(r"I:\s*(-?[\d.]+|-inf) LUFS", summary)
    if found is None or found.group(1) == "-inf" or float(found.group(1)) < -70.0:
        return None
    return float(found.group(1))


def _gain_chain(gain_db: float, limit_db: float) -> str:
    """The ffmpeg filters for a gain and a sample-peak limiter at `limit_db` dBFS."""
    limit = 10 ** (limit_db / 20)
    return f"volume={gain_db:.2f}dB,alimiter=limit={limit:.4f}:attack=5:release=50:level=false"


def _encode(
    audio: SpeechAudio, destination: Path, out_rate: int, gain_db: float, limit_db: float
) -> None:
    """Encode PCM to MP3 after a gain and a peak limiter (neither when the gain is 0)."""
    filters = ["-af", _gain_chain(gain_db, limit_db)] if gain_db else []
    _encode_input([*_pcm_input(audio.sample_rate), *filters], audio.pcm, destination, out_rate)


def _encode_limited(limited: Path, sample_rate: int, destination: Path, out_rate: int) -> None:
    """Encode the float samples that `_limited` wrote, which have been through the limiter.

    The same samples, and so the same MP3, as encoding the PCM with the gain and limiter
    filters in the encoder's own process: the limiter works in double precision and hands
    the encoder single-precision floats either way.
    """
    source = ["-f", "f32le", "-ar", str(sample_rate), "-ac", "1", "-i", str(limited)]
    _encode_input(source, b"", destination, out_rate)


def _encode_input(source: list[str], data: bytes, destination: Path, out_rate: int) -> None:
    arguments = [
        *source,
        "-ar", str(out_rate), "-ac", "1", "-c:a", "libmp3lame", "-b:a", MP3_BITRATE,
        "-compression_level", MP3_ENCODER_LEVEL, "-f", "mp3", str(destination),
    ]  # fmt: skip
    done = _run_ffmpeg(arguments, data)
    if done.returncode != 0:
        raise OutputError(
            f"cannot encode {destination.name}: {done.stderr.decode(errors='replace')[-200:]}"
        )


def _limited_gain(
    audio: SpeechAudio, start_gain: float, limit_db: float, target: float, scratch: Path
) -> tuple[float, bool]:
    """The gain that, through the limiter, brings the PCM to `target` LUFS (within 0.15 LU).

    Limiting takes more loudness away the harder it works, so the gain is found by secant
    steps on measurements of the limited PCM: an ffmpeg limiter pass and the numpy meter
    each, no encoding. Two or three passes are usual. Returns the gain, and whether `scratch`
    holds the PCM limited at that gain (the search met the target; it did not if it gave up).
    """
    from pipeline.loudness import samples_loudness

    gain = start_gain
    points: list[tuple[float, float]] = []
    for _ in range(NORMALISE_ATTEMPTS):
        limited = _limited(audio, gain, limit_db, scratch)
        loudness = None if limited is None else samples_loudness(limited, audio.sample_rate)
        if loudness is None:
            break
        points.append((gain, loudness))
        error = target - loudness
        if abs(error) <= SEARCH_TOLERANCE:
            return gain, True
        if len(points) >= 2 and points[-1][1] != points[-2][1]:
            (gain_a, loud_a), (gain_b, loud_b) = points[-2], points[-1]
            gain = gain_b + error * (gain_b - gain_a) / (loud_b - loud_a)
        else:
            gain += error / LIMITED_SLOPE  # the limiter eats most of any gain
    return gain, False


def _encode_normalised(audio: SpeechAudio, destination: Path, out_rate: int) -> None:
    """Encode at -16 LUFS with true peaks under -1 dBTP, and check the MP3 itself.

    A gain brings the speech to the target and a limiter holds its peaks. The PCM's own
    loudness is measured here, in numpy (`pipeline.loudness`, within 0.01 LU of ffmpeg's
    meter on speech); the gain is searched on the PCM through ffmpeg's limiter, each step
    measured by the same meter, aiming a little high because the encoder's low-pass takes
    ~0.4 LU away; the limited samples found are then encoded once, and the MP3 measured by
    ffmpeg (EBU R128 with true peak). Only when that check fails is the gain or the ceiling
    corrected and the file encoded again. ffmpeg's loudnorm was slower (it resamples to
    192 kHz) and, on Piper's full-scale speech, landed 1.8 LU short.
    """
    import tempfile

    from pipeline.loudness import integrated_loudness

    measured = integrated_loudness(audio.pcm, audio.sample_rate)
    if measured is None:
        _encode(audio, destination, out_rate, 0.0, 0.0)  # silence: nothing to normalise
        return
    limit = LIMITER_CEILING
    aim = TARGET_LUFS + ENCODER_LOUDNESS_LOSS
    with tempfile.TemporaryDirectory(prefix="plainvoice-limited-") as folder:
        scratch = Path(folder) / "limited.f32"
        start = aim - measured + LIMITER_LOSS_GUESS
        gain, ready = _limited_gain(audio, start, limit, aim, scratch)
        for _ in range(NORMALISE_ATTEMPTS):
            if ready:
                _encode_limited(scratch, audio.sample_rate, destination, out_rate)
            else:
                _encode(audio, destination, out_rate, gain, limit)
            result = _encoded_loudness(destination, out_rate)
            if result is None:
                return
            if result.true_peak > MAX_TRUE_PEAK:
                limit -= result.true_peak - MAX_TRUE_PEAK + 0.3
            elif abs(result.integrated - TARGET_LUFS) > LOUDNESS_TOLERANCE:
                aim += TARGET_LUFS - result.integrated
            else:
                return
            gain, ready = _limited_gain(audio, gain, limit, aim, scratch)


def write_mp3(audio: SpeechAudio, destination: Path, tags: Tags) -> float:
    """Encode PCM to a loudness-normalised mono MP3 with ID3 tags, atomically.

    Returns:
        The duration in seconds.
    """
    out_rate = max(audio.sample_rate, MIN_SAMPLE_RATE)
    with replaced_atomically(destination) as partial:
        _encode_normalised(audio, partial, out_rate)
        write_tags(partial, tags)
    return mp3_duration(destination)


def write_tags(path: Path, tags: Tags) -> None:
    """Write ID3v2.3 text tags: title, artist, album, language, track, year and a comment."""
    from mutagen.id3 import COMM, ID3, TALB, TCON, TDRC, TIT2, TLAN, TPE1, TRCK, ID3NoHeaderError

    try:
        id3 = ID3(str(path))
    except ID3NoHeaderError:
        id3 = ID3()
    id3.add(TIT2(encoding=3, text=tags.title))
    id3.add(TPE1(encoding=3, text=tags.artist))
    id3.add(TALB(encoding=3, text=tags.album))
    id3.add(TLAN(encoding=3, text=tags.language))
    id3.add(TCON(encoding=3, text="Speech"))
    if tags.track:
        id3.add(TRCK(encoding=3, text=tags.track))
    if tags.year:
        id3.add(TDRC(encoding=3, text=tags.year))
    if tags.comment:
        id3.add(COMM(encoding=3, lang=tags.language, desc="", text=tags.comment))
    id3.save(str(path), v2_version=3)


def write_chapters(path: Path, chapters: Sequence[Chapter], transcript: str, language: str) -> None:
    """Add ID3 chapters (one CHAP per section under one ordered CTOC) and the transcript (USLT).

    Podcast players show the chapters as a table of contents; USLT carries the words.
    """
    from mutagen.id3 import CHAP, CTOC, TIT2, USLT, CTOCFlags

    id3 = _chapter_ordered_id3()(str(path))
    ids = [f"ch{number}" for number in range(1, len(chapters) + 1)]
    id3.add(
        CTOC(
            element_id="toc",
            flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
            child_element_ids=ids,
            sub_frames=[TIT2(encoding=3, text="Contents")],
        )
    )
    for element_id, chapter in zip(ids, chapters, strict=True):
        id3.add(
            CHAP(
                element_id=element_id,
                start_time=round(chapter.start * 1000),
                end_time=round(chapter.end * 1000),
                sub_frames=[TIT2(encoding=3, text=chapter.title)],
            )
        )
    id3.add(USLT(encoding=3, lang=language, desc="Transcript", text=transcript))
    id3.save(str(path), v2_version=3)


@lru_cache(maxsize=1)
def _chapter_ordered_id3() -> type[Any]:
    """An ID3 tag that stores its chapter frames in time order, after all other frames.

    mutagen sorts frames by size when it saves, so chapters came out in the order of their
    titles' lengths. The ordered CTOC is correct either way, but ffmpeg (and so ffprobe, mpv and
    many players built on it) lists chapters in the order they are stored. mutagen has no public
    way to choose the order; the override is small, and tests/test_audio.py reads the result back
    with ffmpeg, so a mutagen change that breaks it fails there.
    """
    from mutagen.id3 import ID3
    from mutagen.id3._tags import save_frame

    class ChapterOrderedID3(ID3):  # type: ignore[misc]
        def _write(self, config: Any) -> bytes:
            chapters = sorted(self.getall("CHAP"), key=lambda chapter: chapter.start_time)
            self.delall("CHAP")
            try:
                others = bytes(super()._write(config))
            finally:
                for chapter in chapters:
                    self.add(chapter)
            return others + b"".join(save_frame(c, config=config) for c in chapters)

    return ChapterOrderedID3


def measure_loudness(path: Path) -> Loudness:
    """Integrated loudness and true peak of an audio file, by ffmpeg's EBU R128 scanner."""
    found = _ebur128(["-i", str(path)], b"")
    if found is None:
        raise OutputError(f"cannot measure the loudness of {path.name} (silent or unreadable)")
    return found


def mp3_duration(path: Path) -> float:
    """Duration of an MP3 from its frames, in seconds."""
    from mutagen.mp3 import MP3

    return round(float(MP3(str(path)).info.length), 3)


def decode_mp3(data: bytes, sample_rate: int = 22050) -> SpeechAudio:
    """Decode MP3 bytes (from an online engine) to mono 16-bit PCM with ffmpeg alone.

    pydub's own decoder would also need ffprobe, which imageio-ffmpeg does not ship.
    """
    arguments = [
        "-loglevel", "error", "-i", "pipe:0", "-f", "s16le", "-ac", "1", "-ar", str(sample_rate),
        "pipe:1",
    ]  # fmt: skip
    done = _run_ffmpeg(arguments, data)
    if done.returncode != 0:
        raise SynthesisError(f"could not decode the engine's MP3: {done.stderr.decode()[:200]}")
    return SpeechAudio(pcm=done.stdout, sample_rate=sample_rate)


def concatenate_mp3(
    parts: Sequence[Path], gap_ms: int, destination: Path, tags: Tags
) -> list[tuple[float, float]] | None:
    """Join encoded MP3s end to end, with silence between, by copying their frames.

    The whole-statement MP3 is made of section MP3s that are already loudness-normalised, so
    decoding and encoding them again would only cost time and quality. ffmpeg's concat
    demuxer copies the frames and writes one header for the whole. Returns where each part
    lies in the result (start, end in seconds, measured in the frames mutagen counts), or
    None when the parts differ in format and so cannot simply be joined.
    """
    import tempfile

    from mutagen.mp3 import MP3

    infos = [MP3(str(part)).info for part in parts]
    if not infos or len({(i.sample_rate, i.channels, i.version, i.layer) for i in infos}) != 1:
        return None
    rate = int(infos[0].sample_rate)
    with tempfile.TemporaryDirectory(prefix="plainvoice-join-") as folder:
        gap = Path(folder) / "gap.mp3"
        # The encoder adds about 75 ms of its own (delay, padding, whole frames) to any MP3.
        _encode(silence(max(gap_ms - 75, 0), rate), gap, rate, 0.0, 0.0)
        gap_seconds = float(MP3(str(gap)).info.length)
        listing = Path(folder) / "parts.txt"
        lines = []
        for number, part in enumerate(parts):
            if number and gap_ms:
                lines.append(_concat_entry(gap))
            lines.append(_concat_entry(part))
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with replaced_atomically(destination) as partial:
            arguments = [
                "-loglevel", "error", "-f", "concat", "-safe", "0", "-i", str(listing),
                "-c", "copy", "-map_metadata", "-1", "-f", "mp3", str(partial),
            ]  # fmt: skip
            done = _run_ffmpeg(arguments, b"")
            if done.returncode != 0 or not partial.is_file():
                raise OutputError(
                    f"cannot join the MP3s into {destination.name}: "
                    f"{done.stderr.decode(errors='replace')[-200:]}"
                )
            write_tags(partial, tags)
    spans: list[tuple[float, float]] = []
    position = 0.0
    for number, info in enumerate(infos):
        if number and gap_ms:
            position += gap_seconds
        spans.append((round(position, 3), round(position + float(info.length), 3)))
        position += float(info.length)
    return spans


def _concat_entry(path: Path) -> str:
    """One line of an ffmpeg concat list; quotes in the path are escaped as the format asks."""
    quoted = str(path.resolve()).replace("'", "'\\''")
    return f"file '{quoted}'"


AUDIO_PATH_VERSION: Final = 9
"""Bump when anything between the engine's PCM and the MP3 bytes changes, so cached audio renews."""


def encode_mp3(audio: SpeechAudio) -> bytes:
    """Encode PCM to loudness-normalised, untagged MP3 bytes (the form the cache stores).

    The MP3 is written to a temporary file rather than a pipe so ffmpeg can seek back and write
    the Xing header, which players and mutagen use for an exact duration.
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="plainvoice-") as folder:
        target = Path(folder) / "speech.mp3"
        _encode_normalised(audio, target, max(audio.sample_rate, MIN_SAMPLE_RATE))
        data = target.read_bytes()
    return_freed_memory()
    return data


LARGE_BUFFER: Final = 256 * 1024
"""Bytes from which glibc maps each buffer on its own, once `return_freed_memory` has run."""


@lru_cache(maxsize=1)
def _glibc() -> Any:
    """The C library when it is glibc (whose `mallopt` and `malloc_trim` are used); else None."""
    import ctypes
    import platform

    if platform.libc_ver()[0] != "glibc":
        return None
    try:
        libc = ctypes.CDLL(None)
        libc.mallopt, libc.malloc_trim  # noqa: B018 (both must exist)
    except (OSError, AttributeError):
        return None
    # glibc maps a large buffer on its own and unmaps it when freed, but raises that threshold
    # to the size of each such buffer freed, up to 32 MB: from the first clip on, clips' PCM
    # and the meter's arrays came from its pools, which freed clips left full of holes. A
    # fixed threshold (setting it stops glibc moving it) gives each back when it is freed.
    libc.mallopt(-3, LARGE_BUFFER)  # M_MMAP_THRESHOLD
    return libc


def return_freed_memory() -> None:
    """Give the memory of freed clips back to the system, once a clip is encoded.

    The process that assembles and encodes the clips grew from 150 MiB to 300 MiB over a
    5,000-word run with both versions: pools of the C allocator (one per encoding thread)
    kept what earlier clips had freed. Large buffers are mapped on their own from the first
    call on, and `malloc_trim` returns the free pages of every pool (under a millisecond);
    the process then holds ~185 MiB (peak ~250). A no-op where the C library is not glibc.
    """
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)


def mp3_bytes_duration(data: bytes) -> float:
    """Duration of MP3 bytes from their frames, in seconds."""
    import io

    from mutagen.mp3 import MP3

    return round(float(MP3(io.BytesIO(data)).info.length), 3)


def write_tagged_mp3(data: bytes, destination: Path, tags: Tags) -> None:
    """Write already-encoded MP3 bytes with ID3 tags, atomically; no decoding or re-encoding.

    Tags are added here rather than at encoding time so one encoded clip serves any title.
    """
    # Ctrl-C here left the `.partial` file behind (only a refused write removed it).
    with replaced_atomically(destination) as partial:
        partial.write_bytes(data)
        write_tags(partial, tags)

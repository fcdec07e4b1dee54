"""Audio: loudness (EBU R128), format, ID3 tags and chapters, silence, time-stretching."""

from __future__ import annotations

import math
import re
from array import array
from pathlib import Path

import pytest

from pipeline import audio
from pipeline.engines.base import SpeechAudio


def _speechlike(seconds: float, rate: int = 22050, level: int = 3000) -> SpeechAudio:
    """A tone whose loudness rises and falls like syllables, with full-scale clicks (plosives)."""
    samples = array("h")
    for i in range(int(seconds * rate)):
        envelope = 0.5 + 0.5 * math.sin(2 * math.pi * 3 * i / rate)
        value = level * envelope * math.sin(2 * math.pi * 180 * i / rate)
        samples.append(32000 if i % (rate // 2) == 0 else int(value))
    return SpeechAudio(samples.tobytes(), rate)


@pytest.mark.parametrize("level", [300, 3000, 20000])
def test_mp3_is_normalised_to_minus_16_lufs_with_true_peak_under_minus_1(
    tmp_path: Path, level: int
) -> None:
    path = tmp_path / "clip.mp3"
    audio.write_mp3(_speechlike(6.0, level=level), path, audio.Tags("t", "a", "b", "eng"))
    loudness = audio.measure_loudness(path)
    assert abs(loudness.integrated - audio.TARGET_LUFS) <= 1.0, loudness
    assert loudness.true_peak <= -1.0, loudness


def test_mp3_is_mono_64k_and_at_least_22050_hz(tmp_path: Path) -> None:
    from mutagen.mp3 import MP3

    path = tmp_path / "clip.mp3"
    audio.write_mp3(_speechlike(2.0, rate=16000), path, audio.Tags("t", "a", "b", "eng"))
    info = MP3(str(path)).info
    assert info.channels == 1
    assert info.sample_rate >= 22050
    assert round(info.bitrate / 1000) >= 64  # CBR 64k; mutagen rounds from the frames


def test_mp3_has_tags_language_and_duration(tmp_path: Path) -> None:
    from mutagen.id3 import ID3

    pcm = audio.join([_speechlike(0.5), _speechlike(1.5)])
    path = tmp_path / "clip.mp3"
    tags = audio.Tags(
        "Greeting", "Jürgen Stock", "Statement", "eng", "Synthetic voice", track="2/6", year="2021"
    )
    duration = audio.write_mp3(pcm, path, tags)
    assert abs(duration - 2.0) < 0.1
    id3 = ID3(str(path))
    assert str(id3["TIT2"]) == "Greeting"
    assert str(id3["TPE1"]) == "Jürgen Stock"
    assert str(id3["TALB"]) == "Statement"
    assert str(id3["TLAN"]) == "eng"
    assert str(id3["TRCK"]) == "2/6"
    assert str(id3["TDRC"]) == "2021"
    assert [str(c) for c in id3.getall("COMM")] == ["Synthetic voice"]
    assert not list(tmp_path.glob(".*partial"))


def test_chapters_and_transcript(tmp_path: Path) -> None:
    from mutagen.id3 import ID3

    path = tmp_path / "whole.mp3"
    audio.write_mp3(_speechlike(3.0), path, audio.Tags("t", "a", "b", "eng"))
    chapters = [audio.Chapter("One", 0.0, 1.2), audio.Chapter("Two", 1.5, 3.0)]
    audio.write_chapters(path, chapters, "Part 1: One\n\nHello.", "eng")
    id3 = ID3(str(path))
    [toc] = id3.getall("CTOC")
    assert toc.child_element_ids == ["ch1", "ch2"]
    chaps = sorted(id3.getall("CHAP"), key=lambda c: c.start_time)
    assert [(str(c.sub_frames["TIT2"]), c.start_time, c.end_time) for c in chaps] == [
        ("One", 0, 1200),
        ("Two", 1500, 3000),
    ]
    [lyrics] = id3.getall("USLT")
    assert lyrics.text == "Part 1: One\n\nHello."


def test_chapters_are_stored_in_time_order_for_players_that_read_them_in_order(
    tmp_path: Path,
) -> None:
    """ffmpeg (so ffprobe, mpv and players built on it) lists chapters as they are stored, not as
    the CTOC orders them; mutagen had stored them by size, so a long first title came last."""
    import subprocess

    path = tmp_path / "whole.mp3"
    audio.write_mp3(_speechlike(4.0), path, audio.Tags("t", "a", "b", "eng"))
    titles = ["About this statement, and who made it", "Hi", "A middling title", "End"]
    starts = [0.0, 1.0, 2.0, 3.0]
    chapters = [audio.Chapter(t, s, s + 1.0) for t, s in zip(titles, starts, strict=True)]
    audio.write_chapters(path, chapters, "Words.", "eng")
    found = subprocess.run(
        [audio.ffmpeg_path(), "-v", "error", "-i", str(path), "-f", "ffmetadata", "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert re.findall(r"^title=(.*)$", found.split("[CHAPTER]", 1)[1], re.M) == titles
    found_starts = [int(start) for start in re.findall(r"^START=(\d+)$", found, re.M)]
    assert found_starts == sorted(found_starts)  # ffmpeg shifts them by the encoder's delay


def test_silence_is_detected_and_still_encodes(tmp_path: Path) -> None:
    assert audio.is_silent(audio.silence(1000, 22050))
    assert audio.is_silent(SpeechAudio(b"", 22050))
    assert not audio.is_silent(_speechlike(0.5))
    path = tmp_path / "quiet.mp3"
    audio.write_mp3(audio.silence(1000, 22050), path, audio.Tags("t", "a", "b", "eng"))
    assert abs(audio.mp3_duration(path) - 1.0) < 0.1


def test_time_stretch_keeps_pitch_and_changes_length() -> None:
    clip = _speechlike(2.0)
    faster = audio.time_stretch(clip, 2.0)
    slower = audio.time_stretch(clip, 0.5)
    assert abs(faster.duration - 1.0) < 0.05
    assert abs(slower.duration - 4.0) < 0.1
    assert audio.time_stretch(clip, 1.0) is clip


def test_joining_different_rates_resamples() -> None:
    joined = audio.join([audio.silence(1000, 22050), audio.silence(1000, 16000)])
    assert joined.sample_rate == 22050
    assert abs(joined.duration - 2.0) < 0.01


def test_mp3_round_trip_decodes(tmp_path: Path) -> None:
    path = tmp_path / "x.mp3"
    audio.write_mp3(_speechlike(1.0), path, audio.Tags("t", "a", "b", "eng"))
    decoded = audio.decode_mp3(path.read_bytes())
    assert abs(decoded.duration - 1.0) < 0.1


def test_ctrl_c_while_a_cached_clip_is_written_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Only a refused write removed `.clip.mp3.partial`; Ctrl-C left it in the package folder.
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(audio, "write_tags", interrupted)
    with pytest.raises(KeyboardInterrupt):
        audio.write_tagged_mp3(
            b"\xff\xfb" * 100, tmp_path / "clip.mp3", audio.Tags("T", "A", "B", "eng")
        )
    assert list(tmp_path.iterdir()) == []


_FREED_CLIPS = """
from pipeline import audio

def resident_mb():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20

audio.return_freed_memory()  # from the first clip encoded on
# Clip-sized buffers, every other one freed (a small object after each keeps them apart),
# as clips done and clips still waiting leave the encoding process.
buffers, pins = [], []
for number in range(240):
    buffers.append(bytearray(b"x" * (1 << 20)))
    pins.append(bytearray(64))
held = resident_mb()
del buffers[::2]
audio.return_freed_memory()
print(held - resident_mb())
"""


def test_freed_clip_buffers_are_given_back_to_the_system() -> None:
    import platform
    import subprocess
    import sys

    if platform.libc_ver()[0] != "glibc" or not Path("/proc/self/statm").exists():
        pytest.skip("the allocator settings are glibc's")
    given_back = float(
        subprocess.run(
            [sys.executable, "-c", _FREED_CLIPS],
            capture_output=True, text=True, check=True,
        ).stdout
    )  # fmt: skip
    assert given_back >= 100, given_back  # 120 MB freed


def test_freeing_memory_is_a_no_op_without_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    import platform

    monkeypatch.setattr(platform, "libc_ver", lambda *args: ("musl", "1.2"))
    audio._glibc.cache_clear()
    try:
        assert audio._glibc() is None
        audio.return_freed_memory()  # nothing to call, nothing raised
    finally:
        audio._glibc.cache_clear()

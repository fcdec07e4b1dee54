from __future__ import annotations

from pathlib import Path

from pipeline import audio
from pipeline.engines.base import SpeechAudio


def test_mp3_has_tags_language_and_duration(tmp_path: Path) -> None:
    from mutagen.id3 import ID3

    pcm = audio.join([audio.silence(500, 22050), audio.silence(1500, 22050)])
    path = tmp_path / "clip.mp3"
    duration = audio.write_mp3(
        pcm, path, audio.Tags("Greeting", "Jürgen Stock", "Statement", "eng")
    )
    assert abs(duration - 2.0) < 0.1
    tags = ID3(str(path))
    assert str(tags["TIT2"]) == "Greeting"
    assert str(tags["TPE1"]) == "Jürgen Stock"
    assert str(tags["TALB"]) == "Statement"
    assert str(tags["TLAN"]) == "eng"
    assert not list(tmp_path.glob(".*partial"))


def test_joining_different_rates_resamples() -> None:
    joined = audio.join([audio.silence(1000, 22050), audio.silence(1000, 16000)])
    assert joined.sample_rate == 22050
    assert abs(joined.duration - 2.0) < 0.01


def test_mp3_round_trip_decodes(tmp_path: Path) -> None:
    path = tmp_path / "x.mp3"
    audio.write_mp3(SpeechAudio(b"\x10\x00" * 22050, 22050), path, audio.Tags("t", "a", "b", "eng"))
    decoded = audio.decode_mp3(path.read_bytes())
    assert abs(decoded.duration - 1.0) < 0.1

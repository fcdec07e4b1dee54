"""Determinism: the same input and settings give the same bytes, folder and ZIP alike.

With the same speech (a deterministic engine, or the same synthesis cache) two runs are byte
for byte identical. When the speech itself differs from run to run (a fresh cache and an
engine whose samples vary), everything except the audio samples is still identical.
"""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path
from typing import Any

import pytest

from pipeline.build import build_package
from pipeline.engines.base import SpeechAudio
from pipeline.settings import Settings
from tests.conftest import SAMPLE
from tests.fakes import SilentEngine


class NoisyEngine(SilentEngine):
    """Like a neural voice: the same length every time, but never the same samples."""

    def synthesize(self, text: str) -> SpeechAudio:
        speech = super().synthesize(text)
        noise = random.Random().randbytes(len(speech.pcm))
        return SpeechAudio(pcm=noise, sample_rate=speech.sample_rate)


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _zip_members(path: Path) -> dict[str, tuple[bytes, tuple[int, ...], int]]:
    with zipfile.ZipFile(path) as archive:
        return {
            info.filename: (archive.read(info), info.date_time, info.external_attr)
            for info in archive.infolist()
        }


def _run(tmp: Path, name: str, engine: Any, use_cache: bool = True) -> Any:
    source = tmp / name / "input" / SAMPLE.name
    source.parent.mkdir(parents=True)
    # The sample's title block and first sections: every kind of content, a quarter the time.
    source.write_text(_excerpt(), encoding="utf-8")
    return build_package(
        Settings(input_path=source, output_dir=tmp / name / "out", use_cache=use_cache),
        engine=engine,
    ).package


def _excerpt() -> str:
    paragraphs = SAMPLE.read_text(encoding="utf-8").split("\n\n")
    return "\n\n".join(paragraphs[:8]) + "\n"


@pytest.fixture(scope="module")
def same_speech(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    tmp = tmp_path_factory.mktemp("determinism")
    return _run(tmp, "first", SilentEngine()), _run(tmp, "second", SilentEngine())


def test_same_input_and_speech_give_a_byte_identical_folder(same_speech: tuple[Any, Any]) -> None:
    first, second = same_speech
    one, two = _files(first.folder), _files(second.folder)
    assert sorted(one) == sorted(two)
    assert any(name.endswith(".mp3") for name in one)
    differing = [name for name in one if one[name] != two[name]]
    assert differing == []


def test_same_input_and_speech_give_a_byte_identical_zip(same_speech: tuple[Any, Any]) -> None:
    first, second = same_speech
    assert first.zip_path.read_bytes() == second.zip_path.read_bytes()
    members = _zip_members(first.zip_path)
    assert list(members) == sorted(members)  # a fixed order
    assert {date for _, date, _ in members.values()} == {(1980, 1, 1, 0, 0, 0)}


def _without_audio_samples(manifest: dict[str, Any]) -> dict[str, Any]:
    for record in manifest["files"]:
        # The EPUB carries the MP3s inside it, so its bytes follow the samples too.
        if record["path"].endswith((".mp3", ".epub")):
            record.pop("sha256")
    return manifest


def test_with_different_speech_only_the_audio_samples_differ(
    tmp_path: Path, same_speech: tuple[Any, Any]
) -> None:
    # An empty cache each time: both runs synthesise, as two fresh machines would.
    first = _run(tmp_path, "a", NoisyEngine(), use_cache=False)
    second = _run(tmp_path, "b", NoisyEngine(), use_cache=False)
    one, two = _files(first.folder), _files(second.folder)
    assert sorted(one) == sorted(two)
    mp3s = [name for name in one if name.endswith(".mp3")]
    assert mp3s and all(one[name] != two[name] for name in mp3s)  # the samples did differ
    for name in one:
        if name.endswith(".mp3"):
            continue
        if name == "manifest.json":
            assert _without_audio_samples(json.loads(one[name])) == _without_audio_samples(
                json.loads(two[name])
            )
        elif name.endswith(".epub"):
            # The EPUB carries the MP3s: everything else inside it must match.
            inner_one, inner_two = (
                _zip_members(first.folder / name),
                _zip_members(second.folder / name),
            )
            assert sorted(inner_one) == sorted(inner_two)
            for member in inner_one:
                if not member.endswith(".mp3"):
                    assert inner_one[member] == inner_two[member], member
        else:
            assert one[name] == two[name], name
    # The text, HTML and timings match the deterministic run too: only samples changed.
    reference = _files(same_speech[0].folder)
    for name in ("index.html", "statement.txt", "plain.txt"):
        assert one[name] == reference[name], name
    _assert_same_tags(first.folder, second.folder, mp3s)
    zipped_one, zipped_two = _zip_members(first.zip_path), _zip_members(second.zip_path)
    assert sorted(zipped_one) == sorted(zipped_two)
    for name in zipped_one:
        if not name.endswith((".mp3", ".epub", "manifest.json")):
            assert zipped_one[name] == zipped_two[name], name


def _assert_same_tags(one: Path, two: Path, mp3s: list[str]) -> None:
    from mutagen.mp3 import MP3

    for name in mp3s:
        a, b = MP3(str(one / name)), MP3(str(two / name))
        assert a.info.length == b.info.length
        assert {k: str(v) for k, v in (a.tags or {}).items()} == {
            k: str(v) for k, v in (b.tags or {}).items()
        }

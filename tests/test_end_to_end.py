"""The real thing: the sample statement through the CLI with the real offline Piper voice."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.audio import mp3_duration
from pipeline.cli import app
from tests.fakes import start_tags

Package = tuple[Path, dict[str, Any]]
"""The sample's package folder and its manifest, as read from manifest.json."""


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Package:
    from tests.conftest import SAMPLE

    out = tmp_path_factory.mktemp("e2e")
    result = CliRunner().invoke(app, ["run", str(SAMPLE), "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    folder = Path(info["package"])
    manifest = json.loads((folder / "manifest.json").read_text())
    # --json says what the last lines say to a person: grades and the plain version's outcome.
    guards = [s["guard"] for s in manifest["sections"]]
    assert info["grade"] == {v: manifest["readability"][v]["grade"] for v in ("original", "plain")}
    assert info["plain"] == {
        "rewritten": True,
        "target_grade": 8.0,
        "sections_at_target": sum(g["met_target"] for g in guards),
        "sections_flagged": 0,
        "review": [],
    }
    assert 0 < info["plain"]["sections_at_target"] <= len(guards) == info["sections"]
    return folder, manifest


@pytest.mark.slow
def test_sections_have_titles(package: Package) -> None:
    _, manifest = package
    assert len(manifest["sections"]) >= 4
    assert all(s["title"] for s in manifest["sections"])
    assert manifest["engine"]["name"] == "piper" and manifest["engine"]["offline"] is True


@pytest.mark.slow
def test_every_mp3_decodes_with_a_plausible_duration(package: Package) -> None:
    folder, manifest = package
    for section in manifest["sections"]:
        for version, clip in section["audio"].items():
            path = folder / clip["path"]
            duration = mp3_duration(path)
            text = section["readability"][version]
            # The spoken section title ("Part 6: Closing words") is heard too.
            announced = sum(
                len(t["text"].split()) for t in clip["sentences"] if t["kind"] == "announcement"
            )
            words = max(text["words"] + announced, 1)
            expected = words / 150 * 60
            # Short clips (greeting, closing) carry fixed pauses, so only longer ones get the tight band.
            low, high = (0.6, 1.4) if words >= 40 else (0.5, 2.5)
            assert low * expected <= duration <= high * expected, (path.name, duration, expected)


@pytest.mark.slow
def test_manifest_checksums_and_durations_match_the_files(package: Package) -> None:
    folder, manifest = package
    for record in manifest["files"]:
        path = folder / record["path"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == record["sha256"]
        if path.suffix == ".mp3":
            assert abs(mp3_duration(path) - record["duration_seconds"]) < 0.05


@pytest.mark.slow
def test_html_has_lang_one_h1_and_a_heading_and_audio_per_section(
    package: Package,
) -> None:
    folder, manifest = package
    elements = start_tags((folder / "index.html").read_text())
    tags = [t for t, _ in elements]
    assert elements[0][0] == "html" and elements[0][1]["lang"] == "en"
    assert tags.count("h1") == 1
    ids = {attrs.get("id") for t, attrs in elements if t == "h2"}
    audio = [attrs.get("src") for t, attrs in elements if t == "audio"]
    for section in manifest["sections"]:
        assert section["id"] in ids
        assert f"audio/{section['id']}.original.mp3" in audio
        assert (folder / f"audio/{section['id']}.original.mp3").exists()


@pytest.mark.slow
def test_real_speech_is_normalised_timed_and_chaptered(package: Package) -> None:
    from mutagen.id3 import ID3
    from mutagen.mp3 import MP3

    from pipeline.audio import measure_loudness

    folder, manifest = package
    for section in manifest["sections"]:
        for clip in section["audio"].values():
            path = folder / clip["path"]
            info = MP3(str(path)).info
            assert info.channels == 1 and info.sample_rate >= 22050
            loudness = measure_loudness(path)
            assert abs(loudness.integrated + 16) <= 1 and loudness.true_peak <= -1, path.name
            end = 0.0
            for timing in clip["sentences"]:  # captions: in order, no overlap, inside the audio
                assert end <= timing["start"] <= timing["end"]
                end = timing["end"]
            assert end <= clip["duration_seconds"]
    for version, whole in manifest["statement_audio"].items():
        id3 = ID3(str(folder / whole["path"]))
        assert len(id3.getall("CHAP")) == len(manifest["sections"]) == len(whole["chapters"])
        assert id3.getall("USLT")[0].text.startswith("Video Statement"), version
    assert isinstance(manifest["pronunciation_review"], list)

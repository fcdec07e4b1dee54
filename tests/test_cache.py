"""The speech cache: nothing is synthesised twice, and nothing stale or corrupt is served."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline import audio
from pipeline.build import build_package
from pipeline.cache import (
    CACHE_MAX_ENV,
    PHRASE_SUFFIX,
    SUFFIX,
    SpeechCache,
    cache_limit_bytes,
    default_cache_dir,
)
from pipeline.cli import app
from pipeline.engines.base import SpeechAudio
from pipeline.errors import UsageError
from pipeline.models import AudioClip
from pipeline.settings import Settings
from pipeline.stages.speak import AlbumInfo, SpeechJob, speak, speakable
from tests.fakes import ROAD_SAFETY_STATEMENT, SilentEngine, VoiceFileEngine

ALBUM = AlbumInfo("Album", "Speaker", "en")
JOBS = (
    SpeechJob("01-a", "original", "A", (("First sentence here.", "Second one."),)),
    SpeechJob("01-a", "plain", "A", (("First here.", "Second one."),)),
    SpeechJob("02-b", "original", "B", (("Another section speaks.",), ("With 2 paragraphs.",))),
)


def _entries(cache: SpeechCache) -> list[Path]:
    return sorted(cache.root.rglob(f"*{SUFFIX}"))


def _phrases(cache: SpeechCache) -> list[Path]:
    return sorted(cache.root.rglob(f"*{PHRASE_SUFFIX}"))


def _speak(
    tmp_path: Path, engine: SilentEngine, cache: SpeechCache | None, name: str
) -> list[AudioClip]:
    return speak(JOBS, engine, tmp_path / name, ALBUM, cache=cache)


def test_warm_run_synthesises_nothing_and_gives_the_same_clips(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    cold_engine, warm_engine = SilentEngine(), SilentEngine()
    cold = _speak(tmp_path, cold_engine, cache, "cold")
    warm = _speak(tmp_path, warm_engine, cache, "warm")
    # Six sentences, five different: "Second one." is in both versions of 01-a, said once.
    assert sorted(cold_engine.texts) == sorted(
        {speakable(s) for j in JOBS for p in j.paragraphs for s in p}
    )
    assert len(cold_engine.texts) == 5
    assert warm_engine.texts == []
    assert [(c.duration, c.timings) for c in warm] == [(c.duration, c.timings) for c in cold]
    for c, w in zip(cold, warm, strict=True):
        assert w.path.read_bytes() == c.path.read_bytes()
    assert len(_entries(cache)) == 3
    assert len(_phrases(cache)) == 5
    assert cache.info().entries == 3 and cache.info().phrases == 5
    assert not list(cache.root.rglob("*.partial"))


def test_a_sentence_both_versions_share_is_spoken_once_and_heard_in_both(tmp_path: Path) -> None:
    engine = SilentEngine()
    original, plain, _ = speak(JOBS, engine, tmp_path, ALBUM)  # no cache: within the run
    assert engine.texts.count(speakable("Second one.")) == 1
    shared = [t for clip in (original, plain) for t in clip.timings if t.text == "Second one."]
    assert len(shared) == 2 and shared[0].end - shared[0].start == shared[1].end - shared[1].start


def test_hit_is_tagged_for_its_own_job(tmp_path: Path) -> None:
    from mutagen.id3 import ID3

    cache = SpeechCache(tmp_path / "cache")
    _speak(tmp_path, SilentEngine(), cache, "cold")
    [clip] = speak(
        [JOBS[0]],
        SilentEngine(),
        tmp_path / "other",
        AlbumInfo("New album", "Someone", "en"),
        cache=cache,
    )
    tags = ID3(str(clip.path))
    assert str(tags["TALB"]) == "New album" and str(tags["TPE1"]) == "Someone"
    assert str(tags["TIT2"]) == "A (original)" and str(tags["TLAN"]) == "eng"


def test_only_the_edited_sentence_is_synthesised_again(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    _speak(tmp_path, SilentEngine(), cache, "cold")
    edited = (
        *JOBS[:2],
        SpeechJob("02-b", "original", "B", (("Another section speaks.",), ("With 3 paragraphs.",))),
    )
    engine = SilentEngine()
    [*_, clip] = speak(edited, engine, tmp_path / "edited", ALBUM, cache=cache)
    # The edited clip is new, but of its two sentences only the changed one is spoken.
    assert engine.texts == [speakable("With 3 paragraphs.")]
    assert [t.text for t in clip.timings] == ["Another section speaks.", "With 3 paragraphs."]
    assert len(_entries(cache)) == 4


def test_a_corrupt_entry_is_regenerated_never_served(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    cold = _speak(tmp_path, SilentEngine(), cache, "cold")
    victim = _entries(cache)[0]
    cold_entry = victim.read_bytes()
    data = bytearray(cold_entry)
    data[-100] ^= 0xFF  # one flipped bit inside the MP3 bytes
    victim.write_bytes(bytes(data))
    engine = SilentEngine()
    warm = _speak(tmp_path, engine, cache, "warm")
    # The clip is rebuilt from its phrases: nothing is spoken, and it is the same clip.
    assert engine.texts == []
    assert [c.path.read_bytes() for c in warm] == [c.path.read_bytes() for c in cold]
    assert victim.read_bytes() == cold_entry
    # A corrupt phrase, under a clip that must be rebuilt, is spoken again, never served.
    for entry in _entries(cache):
        entry.unlink()
    phrase = _phrases(cache)[0]
    damaged = bytearray(phrase.read_bytes())
    damaged[-10] ^= 0xFF
    phrase.write_bytes(bytes(damaged))
    engine = SilentEngine()
    again = _speak(tmp_path, engine, cache, "again")
    assert len(engine.texts) == 1
    assert [c.path.read_bytes() for c in again] == [c.path.read_bytes() for c in cold]
    assert len(_phrases(cache)) == 5


@pytest.mark.parametrize("damage", ["truncate", "empty", "garbage"])
def test_damaged_entries_are_misses(tmp_path: Path, damage: str) -> None:
    cache = SpeechCache(tmp_path / "cache")
    _speak(tmp_path, SilentEngine(), cache, "cold")
    for entry in (*_entries(cache), *_phrases(cache)):
        data = entry.read_bytes()
        entry.write_bytes(
            {"truncate": data[: len(data) // 2], "empty": b"", "garbage": b"x\ny\nz"}[damage]
        )
    engine = SilentEngine()
    _speak(tmp_path, engine, cache, "warm")
    assert len(engine.texts) == 5


def test_audio_settings_change_invalidates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = SpeechCache(tmp_path / "cache")
    _speak(tmp_path, SilentEngine(), cache, "cold")
    monkeypatch.setattr(audio, "MP3_BITRATE", "48k")
    engine = SilentEngine()
    _speak(tmp_path, engine, cache, "bitrate")
    # New clips (6 entries now), encoded again from the phrases already spoken.
    assert len(_entries(cache)) == 6 and engine.texts == []
    from dataclasses import replace

    from pipeline.stages.speak import SpeechOptions

    slower = [replace(job, options=SpeechOptions(sentence_pause_ms=400)) for job in JOBS]
    engine = SilentEngine()
    paused = speak(slower, engine, tmp_path / "pause", ALBUM, cache=cache)
    assert len(_entries(cache)) == 9 and engine.texts == []
    assert paused[0].timings[1].start - paused[0].timings[0].end == pytest.approx(0.4)
    # The rate changes the voice itself: every phrase is spoken again.
    faster = [replace(job, options=SpeechOptions(rate=1.25)) for job in JOBS]
    engine = SilentEngine()
    speak(faster, engine, tmp_path / "rate", ALBUM, cache=cache)
    assert len(engine.texts) == 5


def test_another_voice_or_a_changed_voice_file_invalidates(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    voice = tmp_path / "voice.onnx"
    voice.write_bytes(b"voice one")
    _speak(tmp_path, VoiceFileEngine(voice), cache, "cold")

    same = VoiceFileEngine(voice)
    _speak(tmp_path, same, cache, "same")
    assert same.texts == []

    voice.write_bytes(b"voice two, retrained")
    changed = VoiceFileEngine(voice)
    _speak(tmp_path, changed, cache, "changed")
    assert len(changed.texts) == 5  # every phrase (the six sentences, one said twice)

    class OtherVoice(SilentEngine):
        def voice_description(self) -> str:
            return "another silent voice"

    other = OtherVoice()
    _speak(tmp_path, other, cache, "other")
    assert len(other.texts) == 5


def test_no_cache_neither_reads_nor_writes(tmp_path: Path) -> None:
    # A short statement of four sections: the sample's fourteen MP3s, made twice, took 37 s.
    statement = tmp_path / "road-safety.txt"
    statement.write_text(ROAD_SAFETY_STATEMENT, encoding="utf-8")
    cache_dir = tmp_path / "cache"
    settings = Settings(input_path=statement, output_dir=tmp_path / "out", cache_dir=cache_dir)
    first = SilentEngine()
    build_package(settings, engine=first)
    entries = len(list(cache_dir.rglob(f"*{SUFFIX}")))
    assert entries > 0
    engine = SilentEngine()
    build_package(
        Settings(input_path=statement, output_dir=tmp_path / "out2", use_cache=False),
        engine=engine,
    )
    assert sorted(engine.texts) == sorted(first.texts)  # everything synthesised again
    assert len(list(cache_dir.rglob(f"*{SUFFIX}"))) == entries
    assert not default_cache_dir().exists() or not list(default_cache_dir().rglob(f"*{SUFFIX}"))


def test_statement_runs_warm_and_after_editing_one_section(
    sample_path: Path, tmp_path: Path
) -> None:
    settings = Settings(input_path=sample_path, output_dir=tmp_path / "cold")
    cold_engine = SilentEngine()
    cold = build_package(settings, engine=cold_engine)
    cache = SpeechCache(default_cache_dir())
    # A clip whose plain text is its original text (the title, say) shares its entry.
    entries = cache.info().entries
    assert 0 < entries <= len(list((cold.package.folder / "audio").glob("*.mp3")))

    warm_engine = SilentEngine()
    warm = build_package(
        Settings(input_path=sample_path, output_dir=tmp_path / "warm"), engine=warm_engine
    )
    assert warm_engine.texts == []
    cold_manifest = json.loads((cold.package.folder / "manifest.json").read_text())
    warm_manifest = json.loads((warm.package.folder / "manifest.json").read_text())
    assert cold_manifest["sections"] == warm_manifest["sections"]

    # Edit one sentence of the last body section: only that section's clips are made again.
    text = sample_path.read_text()
    index = len(cold.statement.sections) - 2
    target = cold.statement.sections[index].sentences[0]
    assert text.count(target) == 1
    edited = tmp_path / sample_path.name
    edited.write_text(text.replace(target, target.replace(" ", " really ", 1)))
    edit_engine = SilentEngine()
    result = build_package(
        Settings(input_path=edited, output_dir=tmp_path / "edited"), engine=edit_engine
    )
    assert [s.id for s in result.statement.sections] == [s.id for s in cold.statement.sections]
    manifest = json.loads((result.package.folder / "manifest.json").read_text())
    section = manifest["sections"][index]
    its_sentences = {
        speakable(timing["text"])
        for clip in section["audio"].values()
        for timing in clip["sentences"]
    }
    # Long sentences reach the engine in breath-sized pieces: each piece is part of the section.
    assert edit_engine.texts
    assert all(any(piece in spoken for spoken in its_sentences) for piece in edit_engine.texts)
    # ... and of that section only the edited sentence's pieces: the rest were spoken before.
    assert len(edit_engine.texts) < len(its_sentences) / 2
    assert entries < cache.info().entries <= entries + 2


def test_cache_info_and_clear_commands(runner: CliRunner, tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    speak(JOBS, SilentEngine(), tmp_path / "out", ALBUM, cache=cache)
    result = runner.invoke(app, ["cache", "info", "--cache-dir", str(cache.root), "--json"])
    assert result.exit_code == 0
    info = json.loads(result.stdout)
    assert info["entries"] == 3 and info["phrases"] == 5 and info["bytes"] > 0
    result = runner.invoke(app, ["cache", "info", "--cache-dir", str(cache.root)])
    assert "3 clips, 5 phrases" in result.stdout
    result = runner.invoke(app, ["cache", "clear", "--cache-dir", str(cache.root)])
    assert result.exit_code == 0 and "Removed 3" in result.stdout
    assert cache.info().entries == 0 and cache.info().phrases == 0


def test_unwritable_cache_never_fails_the_run(tmp_path: Path) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    clips = speak(JOBS, SilentEngine(), tmp_path / "out", ALBUM, cache=SpeechCache(blocker))
    assert all(c.path.exists() for c in clips)


def test_entry_round_trip_keeps_pcm_length(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    engine = SilentEngine()
    [clip] = speak([JOBS[2]], engine, tmp_path / "out", ALBUM, cache=cache)
    decoded = audio.decode_mp3(clip.path.read_bytes())
    assert isinstance(decoded, SpeechAudio)
    assert abs(decoded.duration - clip.duration) < 0.1


def test_jobs_that_sound_the_same_are_spoken_once(tmp_path: Path) -> None:
    title = SpeechJob("00-title", "original", "T", (("A title.",),))
    same = SpeechJob("00-title", "plain", "T", (("A title.",),))
    engine = SilentEngine()
    ticks: list[int] = []
    clips = speak(
        [title, same],
        engine,
        tmp_path,
        ALBUM,
        lambda: ticks.append(1),
        cache=SpeechCache(tmp_path / "c"),
    )
    assert engine.texts == ["A title."]
    assert len(ticks) == 2
    assert clips[0].path.read_bytes() != clips[1].path.read_bytes()  # tagged for each version
    assert clips[0].timings == clips[1].timings


def _age(paths: list[Path], seconds_ago: float) -> None:
    for path in paths:
        stamp = path.stat().st_mtime - seconds_ago
        os.utime(path, (stamp, stamp))


def test_prune_drops_the_least_recently_used_entries_first(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    speak(JOBS, SilentEngine(), tmp_path / "out", ALBUM, cache=cache)
    entries, phrases = _entries(cache), _phrases(cache)
    everything = [*entries, *phrases]
    _age(everything, 3600)
    # Reading an entry marks it as used now: it outlives the rest.
    kept = phrases[0]
    key = kept.name.removesuffix(PHRASE_SUFFIX)
    assert cache.get_phrase(key) is not None
    size = cache.info().size_bytes
    assert cache.prune(size).removed == 0  # at the limit: nothing to do
    result = cache.prune(kept.stat().st_size)
    assert result.removed == len(everything) - 1
    assert result.size_bytes == kept.stat().st_size
    assert result.freed_bytes == size - result.size_bytes
    assert [*_entries(cache), *_phrases(cache)] == [kept]


def test_a_run_keeps_the_cache_under_its_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit = 20_000
    monkeypatch.setenv(CACHE_MAX_ENV, str(limit / 1_000_000))
    statement = tmp_path / "road-safety.txt"
    statement.write_text(ROAD_SAFETY_STATEMENT, encoding="utf-8")
    cache_dir = tmp_path / "cache"
    settings = Settings(input_path=statement, output_dir=tmp_path / "out", cache_dir=cache_dir)
    result = build_package(settings, engine=SilentEngine())
    mp3s = list((result.package.folder / "audio").glob("*.mp3"))
    # The cache held at least these MP3s' bytes before the run pruned it.
    assert sum(path.stat().st_size for path in mp3s) > 10 * limit
    assert SpeechCache(cache_dir).info().size_bytes <= limit
    assert mp3s and all(path.stat().st_size > 0 for path in mp3s)


@pytest.mark.parametrize("value", ["lots", "-5", "nan", "inf"])
def test_a_bad_cache_limit_is_a_clear_usage_error(
    runner: CliRunner,
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    value: str,
) -> None:
    monkeypatch.setenv(CACHE_MAX_ENV, value)
    with pytest.raises(UsageError, match=CACHE_MAX_ENV):
        cache_limit_bytes()
    result = runner.invoke(app, ["run", str(sample_path), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 2
    assert CACHE_MAX_ENV in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()  # refused before any work


def test_cache_prune_command_and_the_limit_in_info(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = SpeechCache(tmp_path / "cache")
    speak(JOBS, SilentEngine(), tmp_path / "out", ALBUM, cache=cache)
    monkeypatch.setenv(CACHE_MAX_ENV, "300")
    info = runner.invoke(app, ["cache", "info", "--cache-dir", str(cache.root)])
    assert "(limit 300 MB)" in info.stdout
    result = runner.invoke(app, ["cache", "prune", "--cache-dir", str(cache.root), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["removed"] == 0
    result = runner.invoke(app, ["cache", "prune", "--max-mb", "0", "--cache-dir", str(cache.root)])
    assert result.exit_code == 0 and "Removed 8 least recently used entries" in result.stdout
    assert cache.info().entries == 0 and cache.info().phrases == 0


def test_cache_sizes_are_shown_as_every_other_size_is(runner: CliRunner, tmp_path: Path) -> None:
    # `cache info` printed "0.0 MB (limit 2000 MB)" with one formatter and MB of 1,000,000
    # bytes, while the input limit's messages counted 1024 x 1024 with another.
    from pipeline.text import format_size

    cache = SpeechCache(tmp_path / "cache")
    clip = cache._path("ab" + "0" * 62)
    clip.parent.mkdir(parents=True)
    clip.write_bytes(b"\0" * 1_500_000)
    info = runner.invoke(app, ["cache", "info", "--cache-dir", str(cache.root)])
    assert info.stdout.endswith("1 clips, 0 phrases, 1.5 MB (limit 2 GB)\n"), info.stdout
    pruned = runner.invoke(app, ["cache", "prune", "--max-mb", "1", "--cache-dir", str(cache.root)])
    assert pruned.stdout.endswith("(1.5 MB); the cache holds 0 bytes of 1 MB allowed.\n")
    assert format_size(cache_limit_bytes()) == "2 GB"


def test_cache_prune_to_an_infinite_size_is_a_usage_error_not_a_traceback(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(app, ["cache", "prune", "--max-mb", "inf", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("plainvoice: error: ") and "--max-mb" in result.stderr


def test_cache_clear_that_cannot_delete_says_so_instead_of_claiming_it_removed_them(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    cache = SpeechCache(tmp_path / "cache")
    speak(JOBS, SilentEngine(), tmp_path / "out", ALBUM, cache=cache)
    # Another user's shared cache: every deletion fails, and rmtree(ignore_errors=True) is silent.
    monkeypatch.setattr(shutil, "rmtree", lambda *args, **kwargs: None)
    result = runner.invoke(app, ["cache", "clear", "--cache-dir", str(cache.root)])
    assert cache.info().entries == 3
    assert result.exit_code == 6, result.output
    assert "Removed 3" not in result.stdout
    assert result.stderr.startswith("plainvoice: error: cannot delete")


def test_prune_removes_the_half_written_entries_of_killed_runs(tmp_path: Path) -> None:
    # A run killed while writing an entry left `.<random>.partial` beside the entries: no
    # count or prune saw it, so it took space for good (only `cache clear` removed it).
    cache = SpeechCache(tmp_path / "cache")
    speak(JOBS, SilentEngine(), tmp_path / "out", ALBUM, cache=cache)
    cache.file_digest(Path(__file__))
    clip, phrase = _entries(cache)[0], _phrases(cache)[0]
    digests = tmp_path / "cache" / "digests"
    stale = [
        clip.parent / ".k1l2e3d.partial",
        phrase.parent / ".x9y8z7.partial",
        digests / ".d1g2.partial",
    ]
    fresh = clip.parent / ".writing.partial"  # another run's, being written now
    for path in (*stale, fresh):
        path.write_bytes(b"\0" * 1000)
    _age(stale, 7200)
    before = cache.info()
    result = cache.prune(before.size_bytes)  # entries within the limit: only leftovers go
    assert not any(path.exists() for path in stale) and fresh.exists()
    assert (result.removed, result.freed_bytes) == (3, 3000)
    assert result.size_bytes == before.size_bytes == cache.info().size_bytes
    assert [p for p in digests.iterdir() if not p.name.startswith(".")]  # the digest stays


def test_a_digest_is_written_under_a_partial_name_a_prune_can_find(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    made: list[str] = []
    mkstemp = tempfile.mkstemp

    def recording(*args: Any, **kwargs: Any) -> tuple[int, str]:
        handle, name = mkstemp(*args, **kwargs)
        made.append(name)
        return handle, name

    monkeypatch.setattr(tempfile, "mkstemp", recording)
    SpeechCache(tmp_path / "cache").file_digest(Path(__file__))
    (name,) = made
    assert Path(name).name.startswith(".") and name.endswith(".partial")


def test_a_full_disk_leaves_no_half_written_voice_digest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The remembered digest of a voice file was written without the entries' clean-up: a
    # failed write (ENOSPC) or a Ctrl-C before the rename left `.<random>.partial` behind.
    import errno

    voice = tmp_path / "voice.onnx"
    voice.write_bytes(b"weights")
    cache = SpeechCache(tmp_path / "cache")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # pipeline.cache renames through the os module itself, so patching os.replace reaches it.
    monkeypatch.setattr(os, "replace", disk_full)
    digest = cache.file_digest(voice)
    assert len(digest) == 64
    assert [p.name for p in (tmp_path / "cache").rglob("*") if p.is_file()] == []


def test_cache_clear_deletes_what_its_help_and_the_readme_say_and_nothing_else(
    runner: CliRunner, tmp_path: Path
) -> None:
    # The README said "deletes every cached clip"; it deletes the phrases (most of the size)
    # and the remembered voice-file hashes too, and leaves other files in the folder.
    from tests.conftest import ROOT

    cache = SpeechCache(tmp_path / "cache")
    speak(JOBS, SilentEngine(), tmp_path / "out", ALBUM, cache=cache)
    cache.file_digest(Path(__file__))
    mine = cache.root / "notes.txt"
    mine.write_text("not plainvoice's\n")
    assert (cache.root / "digests").is_dir() and cache.info().phrases == 5
    result = runner.invoke(app, ["cache", "clear", "--cache-dir", str(cache.root), "--json"])
    assert result.exit_code == 0, result.output
    cleared = json.loads(result.stdout)
    assert cleared["removed"] == 3 and cleared["phrases_removed"] == 5
    assert sorted(p.name for p in cache.root.rglob("*")) == ["notes.txt"]
    said = "every cached clip and phrase, and the remembered hashes of voice files"
    help_text = " ".join(runner.invoke(app, ["cache", "clear", "--help"]).stdout.split())
    assert f"Delete {said}" in help_text
    assert f"| `plainvoice cache clear` | deletes {said};" in (ROOT / "README.md").read_text()


def test_a_corrupt_entry_that_cannot_be_deleted_is_a_miss_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cache shared read-only (another user's, a mounted image): a damaged entry could not be
    # deleted, and the PermissionError ended the run, against the cache's promise.
    cache = SpeechCache(tmp_path / "cache")
    cold = _speak(tmp_path, SilentEngine(), cache, "cold")
    for entry in (*_entries(cache), *_phrases(cache)):
        entry.write_bytes(b"damaged")

    def refuse(path: Path, missing_ok: bool = False) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "unlink", refuse)
    engine = SilentEngine()
    warm = _speak(tmp_path, engine, cache, "warm")
    assert len(engine.texts) == 5
    assert [c.path.read_bytes() for c in warm] == [c.path.read_bytes() for c in cold]

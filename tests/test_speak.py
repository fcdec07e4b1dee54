from __future__ import annotations

from pathlib import Path

from pipeline.stages.speak import AlbumInfo, SpeechJob, speak, speakable
from tests.fakes import SilentEngine


def test_markup_is_never_spoken() -> None:
    spoken = speakable("It gives me *great* pleasure - truly # _now_")
    assert "*" not in spoken and "_" not in spoken and "#" not in spoken


def test_one_engine_speaks_every_sentence_with_timings(tmp_path: Path) -> None:
    engine = SilentEngine()
    job = SpeechJob(
        "01-x", "original", "X", (("First sentence here.", "Second one."), ("New paragraph.",))
    )
    [clip] = speak([job], engine, tmp_path, AlbumInfo("Album", "Speaker", "en"))
    assert len(engine.texts) == 3
    assert clip.path == tmp_path / "01-x.original.mp3" and clip.path.exists()
    starts = [t.start for t in clip.timings]
    assert starts == sorted(starts)
    assert clip.timings[0].start == 0.0
    # The paragraph pause is longer than the sentence pause.
    gap_sentence = clip.timings[1].start - clip.timings[0].end
    gap_paragraph = clip.timings[2].start - clip.timings[1].end
    assert gap_paragraph > gap_sentence > 0
    assert clip.timings[-1].end <= clip.duration + 0.05

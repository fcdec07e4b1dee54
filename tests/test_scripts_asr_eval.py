"""The ASR round trip's reference holds what the voice says, not what it rightly leaves unsaid."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "asr_eval.py"


def _asr_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("asr_eval", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _manifest(*timings: tuple[str, float, float]) -> dict[str, object]:
    sentences = [{"text": text, "start": start, "end": end} for text, start, end in timings]
    return {"sections": [{"audio": {"original": {"sentences": sentences}}}]}


def test_a_stage_direction_the_voice_does_not_say_is_not_in_the_reference() -> None:
    manifest = _manifest(
        ("Part 3: Freedom.", 0.0, 1.2),
        ("We will not tire.", 1.5, 2.8),
        ("(Applause.)", 2.8, 2.8),
        ("We will not falter.", 3.1, 4.4),
    )
    reference = _asr_eval().reference_text(manifest, "original")
    assert reference == "Part 3: Freedom.\nWe will not tire.\nWe will not falter.\n"


def test_a_version_without_audio_adds_nothing() -> None:
    manifest = _manifest(("Said.", 0.0, 1.0))
    assert _asr_eval().reference_text(manifest, "plain") == "\n"

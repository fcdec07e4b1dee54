"""Which voices this machine has: Piper voice packages and files, and espeak-ng's voices."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

VOICE_DIR_ENV: Final = "PLAINVOICE_VOICE_DIR"
"""Folders (separated like PATH) searched for Piper voices: NAME.onnx with NAME.onnx.json."""
DEFAULT_VOICE_DIR: Final = Path("~/.local/share/plainvoice/voices")


@dataclass(frozen=True)
class Voice:
    """One voice an engine can speak with."""

    engine: str
    """Registry name of the engine, e.g. "piper"."""
    name: str
    """What to pass to --voice: a Piper .onnx path or an espeak-ng voice name."""
    language: str
    """Language the voice speaks, e.g. "en_US"."""
    description: str
    """Where it comes from, in words."""
    default: bool = False
    """True for the voice used when --voice is not given."""
    problem: str | None = None
    """Why the voice cannot be used (an empty file, not an ONNX model), None when it can."""


def voice_folders() -> list[Path]:
    """Folders searched for Piper voice files: $PLAINVOICE_VOICE_DIR, then the default folder."""
    folders = [Path(p) for p in os.environ.get(VOICE_DIR_ENV, "").split(os.pathsep) if p]
    return [*folders, DEFAULT_VOICE_DIR.expanduser()]


def _piper_language(config: Path) -> str:
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "unknown"
    if not isinstance(data, dict):
        return "unknown"  # a config of `[]` stopped `plainvoice voices` with a traceback
    language, espeak = data.get("language"), data.get("espeak")
    code = language.get("code") if isinstance(language, dict) else None
    code = code or (espeak.get("voice") if isinstance(espeak, dict) else None)
    return str(code or "unknown")


_MODEL_FIELDS: Final = {1: 0, 2: 2, 3: 2, 4: 2, 5: 0, 6: 2, 7: 2, 8: 2, 14: 2}
"""ONNX ModelProto's first fields (number: protobuf wire type, 0 varint, 2 bytes). Fields are
written in number order, so a model starts with ir_version: every Piper voice with 08 07 or
08 08 (field 1, version 7 or 8)."""
MIN_VOICE_BYTES: Final = 1_000_000  # 1 MB, as plainvoice counts sizes (SI)
"""Smaller than any Piper voice: their weights take tens of megabytes (the packaged one 63 MB)."""


def model_problem(model: Path) -> str | None:
    """Why a .onnx file is plainly no Piper voice, from its size and first bytes, or None.

    The file is not loaded (that takes seconds and 300 MB): an empty file, a file that does
    not start as an ONNX model does (a renamed download, an HTML error page), or one too
    small to hold a voice's weights was listed as a voice, and failed only when spoken with.
    """
    try:
        size = model.stat().st_size
        with model.open("rb") as handle:
            head = handle.read(2)
    except OSError as error:
        return f"cannot read the file ({error.strerror or error})"
    if size == 0:
        return "the file is empty"
    tag = head[0]
    known = _MODEL_FIELDS.get(tag >> 3) == tag & 7
    if not known or (tag == 0x08 and not 1 <= head[-1] <= 30):  # ir_version 1 to 10 so far
        return "not an ONNX model (it does not start as one)"
    if size < MIN_VOICE_BYTES:
        return f"only {size:,} bytes, too small for a Piper voice (a download cut short?)"
    return None


def piper_voices(folders: Iterable[Path] | None = None) -> list[Voice]:
    """The packaged Piper voices, then every NAME.onnx with a NAME.onnx.json in the folders."""
    from importlib import import_module

    from pipeline.engines.piper_engine import VOICES

    voices: list[Voice] = []
    for lang, package in sorted(VOICES.items()):
        try:
            module = import_module(package)
        except ImportError:
            continue
        model, config = Path(module.model_path()), Path(module.config_path())
        language, problem = _piper_language(config), model_problem(model)
        voices.append(
            Voice("piper", str(model), language, f"package {package}", lang == "en", problem)
        )
    for folder in voice_folders() if folders is None else folders:
        if not folder.is_dir():
            continue
        for model in sorted(folder.glob("*.onnx")):
            config = Path(f"{model}.json")
            if model.is_dir() and not config.exists():
                continue  # a folder named *.onnx, not meant as a voice
            # A model without its config was left out of the list with no word why; it is
            # listed, as unusable, like a file that is no model.
            problem = model_problem(model) or (
                None if config.is_file() else f"no {config.name} beside it (the voice's config)"
            )
            language = _piper_language(config)
            voices.append(
                Voice("piper", str(model), language, f"file in {folder}", problem=problem)
            )
    return voices


def espeak_voices() -> list[Voice]:
    """espeak-ng's voices, when the program is installed."""
    from pipeline.engines.espeak_engine import list_voices

    return [Voice("espeak", name, name, description) for name, description in list_voices()]


def all_voices() -> list[Voice]:
    """Every voice this machine can speak with, Piper first."""
    return [*piper_voices(), *espeak_voices()]

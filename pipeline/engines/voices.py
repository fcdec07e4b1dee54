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


def voice_folders() -> list[Path]:
    """Folders searched for Piper voice files: $PLAINVOICE_VOICE_DIR, then the default folder."""
    folders = [Path(p) for p in os.environ.get(VOICE_DIR_ENV, "").split(os.pathsep) if p]
    return [*folders, DEFAULT_VOICE_DIR.expanduser()]


def _piper_language(config: Path) -> str:
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "unknown"
    language = data.get("language", {}) if isinstance(data, dict) else {}
    code = language.get("code") if isinstance(language, dict) else None
    return str(code or data.get("espeak", {}).get("voice", "unknown"))


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
        voices.append(
            Voice("piper", str(model), _piper_language(config), f"package {package}", lang == "en")
        )
    for folder in voice_folders() if folders is None else folders:
        if not folder.is_dir():
            continue
        for model in sorted(folder.glob("*.onnx")):
            config = Path(f"{model}.json")
            if config.is_file():
                voices.append(
                    Voice("piper", str(model), _piper_language(config), f"file in {folder}")
                )
    return voices


def espeak_voices() -> list[Voice]:
    """espeak-ng's voices, when the program is installed."""
    from pipeline.engines.espeak_engine import list_voices

    return [Voice("espeak", name, name, description) for name, description in list_voices()]


def all_voices() -> list[Voice]:
    """Every voice this machine can speak with, Piper first."""
    return [*piper_voices(), *espeak_voices()]

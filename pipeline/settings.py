"""Run settings: built once from CLI options, validated once, passed explicitly."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from pipeline.errors import UsageError

DEFAULT_ENGINE: Final = "piper"
DEFAULT_LANGUAGE: Final = "en"
DEFAULT_OUTPUT_DIR: Final = Path("output")
DEFAULT_MAX_SECTION_WORDS: Final = 250
DEFAULT_TARGET_GRADE: Final = 8.0
SUPPORTED_LANGUAGES: Final = ("en",)
DEFAULT_MAX_INPUT_BYTES: Final = 20 * 1024 * 1024


class Versions(StrEnum):
    """Which texts get audio."""

    BOTH = "both"
    ORIGINAL = "original"
    PLAIN = "plain"


@dataclass(frozen=True)
class Settings:
    """Everything one run needs to know; the CLI fills it, the library reads it."""

    input_path: Path | None
    """The statement file; None means standard input."""
    output_dir: Path = DEFAULT_OUTPUT_DIR
    """Folder that receives `<slug>/` and `<slug>.zip`."""
    engine: str = DEFAULT_ENGINE
    """Name of the speech engine in the registry."""
    language: str = DEFAULT_LANGUAGE
    """ISO 639-1 language of the statement."""
    audio: bool = True
    """False skips speech (text, scores and HTML only)."""
    versions: Versions = Versions.BOTH
    """Which versions get audio."""
    max_section_words: int = DEFAULT_MAX_SECTION_WORDS
    """Upper bound on words in a body section made from paragraphs."""
    target_grade: float = DEFAULT_TARGET_GRADE
    """Flesch-Kincaid grade the plain version aims at."""
    slug: str | None = None
    """Package name; derived from the input when None."""
    force: bool = False
    """Replace an existing folder that is not a plainvoice package (never done silently)."""
    fallback: str | None = None
    """Engine that finishes the run offline when the chosen online engine fails."""
    gtts_tld: str = "com"
    """Google domain gTTS uses (translate.google.<tld>), for a local accent."""
    gtts_slow: bool = False
    """gTTS's slower voice."""
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    """Largest input accepted; raised with --max-input-mb."""

    def validate(self) -> Settings:
        """Check all values at once and report every problem in one error."""
        problems: list[str] = []
        if self.language not in SUPPORTED_LANGUAGES:
            problems.append(
                f"language '{self.language}' is not supported (choose from: "
                f"{', '.join(SUPPORTED_LANGUAGES)})"
            )
        if not 40 <= self.max_section_words <= 5000:
            problems.append("--max-section-words must be between 40 and 5000")
        if not 1 <= self.target_grade <= 18:
            problems.append("--target-grade must be between 1 and 18")
        if self.output_dir.exists() and not self.output_dir.is_dir():
            problems.append(f"output path {self.output_dir} exists and is not a folder")
        if self.fallback is not None and self.fallback == self.engine:
            problems.append("--fallback must name another engine than --engine")
        if not re.fullmatch(r"[a-z]{2,3}(\.[a-z]{2,3})?", self.gtts_tld):
            problems.append(f"--tld '{self.gtts_tld}' is not a domain ending such as com or co.uk")
        if self.max_input_bytes < 1:
            problems.append("--max-input-mb must be more than 0")
        if problems:
            raise UsageError("; ".join(problems))
        return self

"""Run settings: built once from CLI options, validated once, passed explicitly."""

from __future__ import annotations

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
    jobs: int | None = 1
    """Worker processes for synthesis, each with cores // jobs ONNX Runtime threads.

    None means one per core. Each worker holds its own copy of the voice (about 450 MB), so
    the default is this process alone.
    """
    use_cache: bool = True
    """False neither reads nor writes the speech cache (`--no-cache`)."""
    cache_dir: Path | None = None
    """Speech cache folder; None means the per-user cache folder."""

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
        if self.jobs is not None and not 1 <= self.jobs <= 64:
            problems.append("--jobs must be between 1 and 64")
        if self.cache_dir is not None and self.cache_dir.exists() and not self.cache_dir.is_dir():
            problems.append(f"cache path {self.cache_dir} exists and is not a folder")
        if self.output_dir.exists() and not self.output_dir.is_dir():
            problems.append(f"output path {self.output_dir} exists and is not a folder")
        if problems:
            raise UsageError("; ".join(problems))
        return self

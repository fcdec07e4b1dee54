"""Run settings: built once from CLI options, validated once, passed explicitly."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Final

from pipeline.errors import UsageError
from pipeline.models import package_as_output_problems
from pipeline.text import MEGABYTE

DEFAULT_ENGINE: Final = "piper"
DEFAULT_REWRITER: Final = "rules"
"""The offline rules in `pipeline.rewriters.rules` (the registry says the same)."""
AUTO_LANGUAGE: Final = "auto"
"""Detect the statement's language from its text."""
DEFAULT_LANGUAGE: Final = AUTO_LANGUAGE
DEFAULT_DETECTED_LANGUAGE: Final = "en"
"""Used when the text is too short to tell its language."""
DEFAULT_OUTPUT_DIR: Final = Path("output")
DEFAULT_MAX_SECTION_WORDS: Final = 250
DEFAULT_TARGET_GRADE: Final = 8.0
SUPPORTED_LANGUAGES: Final = ("en", "fr", "es", "de", "it", "nl")


def language_code(value: str) -> str:
    """The ISO 639-1 code in a language tag as people type it: "DE", "de-DE", "fr_CA" → "de", "fr".

    The region does not change the rules, the formulas or the voice, so it is dropped; an
    unknown code is left for `Settings.validate` to refuse by name.
    """
    primary = value.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() else value


INPUT_FORMATS: Final = ("auto", "text", "markdown", "html", "docx", "pdf")
"""Values of `--format`; "auto" detects the format from the content and the extension."""
DEFAULT_MAX_INPUT_MB: Final = 20.0
MAX_INPUT_MB_LIMIT: Final = 1000
"""The largest `--max-input-mb` accepted: 1 GB."""
MAX_META_CHARS: Final = 300
"""Longest `--title` or `--speaker`: a title, not a paragraph."""


def is_one_line_of_text(value: str) -> bool:
    """True for printable text on one line, where a no-break or thin space counts as a space.

    `str.isprintable` refuses every space but U+0020, and French typography puts a no-break
    space before ':', ';', '?' and '!': a title copied from a French release was refused.
    """
    spaced = "".join(" " if unicodedata.category(char) == "Zs" else char for char in value)
    return spaced.isprintable()


def names_something(value: str) -> bool:
    """True when a --title or --speaker has a letter or a digit.

    `--speaker ","` had made the page's heading "Video Statement by ," and the summary open
    with ", spoke at …".
    """
    return any(char.isalnum() for char in value)


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
    """ISO 639-1 language of the statement, or "auto" to detect it from the text."""
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
    input_format: str = "auto"
    """Format to read the input as; "auto" detects it."""
    max_input_mb: float = DEFAULT_MAX_INPUT_MB
    """Largest input accepted, in megabytes."""
    plain_from: Path | None = None
    """An edited `plain.md` whose sections replace the rewriter's (the review loop)."""
    jobs: int | None = None
    """Worker processes for synthesis, each with cores // jobs ONNX Runtime threads.

    None means one per core for offline engines, as many as free memory holds (each worker has
    its own copy of the voice, 320-340 MB), and one for online services.
    """
    use_cache: bool = True
    """False neither reads nor writes the speech cache (`--no-cache`)."""
    cache_dir: Path | None = None
    """Speech cache folder; None means the per-user cache folder."""
    rate: float = 1.0
    """Speaking rate, 0.5-2.0 (Piper's length scale; time-stretching for other engines)."""
    voice: str | None = None
    """A Piper voice file (.onnx) or an espeak-ng voice name; the engine's default when None."""
    lexicon: Path | None = None
    """The user's pronunciation lexicon (TOML or W3C PLS), over the built-in one."""
    announce: bool = True
    """Say each section's title before it ("Part 2: ...")."""
    sentence_pause_ms: int = 300
    """Silence after a sentence."""
    paragraph_pause_ms: int = 700
    """Silence between paragraphs."""
    section_pause_ms: int = 1200
    """Silence between sections in the whole-statement MP3."""
    force: bool = False
    """Replace an existing folder that is not a plainvoice package (never done silently)."""
    fallback: str | None = None
    """Engine that finishes the run offline when the chosen online engine fails."""
    gtts_tld: str = "com"
    """Google domain gTTS uses (translate.google.<tld>), for a local accent."""
    gtts_slow: bool = False
    """gTTS's slower voice."""
    title: str | None = None
    """The statement's title, over what the text says (`--title`): for text without one."""
    speaker: str | None = None
    """Who spoke, as "Name" or "Name, Role" (`--speaker`), over the title block."""
    date: str | None = None
    """When it was given (`--date`): "2021-03-07", "7 March 2021" or a range."""
    rewriter: str = DEFAULT_REWRITER
    """Name of the plain-language rewriter in the registry (`pipeline.rewriters`)."""

    def _metadata_problems(self) -> list[str]:
        problems = [
            f"--{flag} must be 1 to {MAX_META_CHARS} characters of text on one line, "
            "with a letter or a digit"
            for flag, value in (("title", self.title), ("speaker", self.speaker))
            if value is not None
            and not (
                0 < len(value.strip()) <= MAX_META_CHARS
                and is_one_line_of_text(value)
                and names_something(value)
            )
        ]
        if self.date is not None:
            # Only a --date needs the metadata module: its patterns take 17 ms to compile,
            # which a warm re-run (that imports no stage) would otherwise spend.
            from pipeline.metadata import ambiguous_numeric_date, find_date

            if find_date(self.date) is None:
                problems.append(
                    f"--date '{self.date}' is not a date plainvoice can read "
                    "(e.g. 2021-03-07, 7 March 2021 or 7-9 March 2021)"
                )
            elif readings := ambiguous_numeric_date(self.date):
                # "%-d" (a day without its zero) is glibc's, not Python's: spelled out here.
                day_first, month_first = (f"{day.day} {day:%B %Y}" for day in readings)
                problems.append(
                    f"--date '{self.date}' may mean {day_first} or {month_first}: write it "
                    f"as {readings[0].isoformat()} or '{day_first}'"
                )
        return problems

    @property
    def max_input_bytes(self) -> int:
        """`max_input_mb` in bytes, as the readers take it."""
        return int(self.max_input_mb * MEGABYTE)

    def validate(self) -> Settings:
        """Check all values at once and report every problem in one error."""
        problems = language_problems(self.language)
        problems += section_words_problems(self.max_section_words)
        if self.input_format not in INPUT_FORMATS:
            problems.append(
                f"format '{self.input_format}' is not known "
                f"(choose from: {', '.join(INPUT_FORMATS)})"
            )
        problems += max_input_problems(self.max_input_mb)
        if not 1 <= self.target_grade <= 18:
            problems.append("--target-grade must be between 1 and 18")
        if self.plain_from is not None and not self.plain_from.is_file():
            missing = "is not a file" if self.plain_from.exists() else "does not exist"
            problems.append(f"--plain-from file {self.plain_from} {missing}")
        elif self.plain_from is not None:
            problems += _plain_from_problems(self.plain_from)
        if self.jobs is not None and not 1 <= self.jobs <= 64:
            problems.append("--jobs must be between 1 and 64")
        from pipeline.cache import chosen_cache_dir_problem  # here: it imports the engines

        if (self.use_cache or self.cache_dir) and (
            problem := chosen_cache_dir_problem(self.cache_dir)
        ):
            problems.append(problem)
        if not 0.5 <= self.rate <= 2.0:
            problems.append("--rate must be between 0.5 and 2.0")
        for flag, value in (
            ("--sentence-pause", self.sentence_pause_ms),
            ("--paragraph-pause", self.paragraph_pause_ms),
            ("--section-pause", self.section_pause_ms),
        ):
            if not 0 <= value <= 10_000:
                problems.append(f"{flag} must be between 0 and 10000 milliseconds")
        if self.lexicon is not None and not self.lexicon.is_file():
            # A folder was said not to exist, beside the folder itself.
            missing = "is not a file" if self.lexicon.exists() else "does not exist"
            problems.append(f"the lexicon file {self.lexicon} {missing}")
        if self.output_dir.exists() and not self.output_dir.is_dir():
            problems.append(f"output path {self.output_dir} exists and is not a folder")
        problems += package_as_output_problems(self.output_dir)
        if self.fallback is not None and self.fallback == self.engine:
            problems.append("--fallback must name another engine than --engine")
        elif self.fallback is not None:
            problems += _fallback_problems(self.fallback)
        if not re.fullmatch(r"[a-z]{2,3}(\.[a-z]{2,3})?", self.gtts_tld):
            problems.append(f"--tld '{self.gtts_tld}' is not a domain ending such as com or co.uk")
        problems += self._metadata_problems()
        problems += rewriter_problems(self.rewriter)
        if problems:
            raise UsageError("; ".join(problems))
        return self


def _fallback_problems(name: str) -> list[str]:
    """An online fallback: it would send the text away exactly when the chosen engine failed.

    `--engine espeak --fallback gtts` was taken, against the option's promise to finish the
    run offline, and ended in a traceback when the engine was handed to the speech workers.
    """
    from pipeline.engines import ENGINES, is_offline

    if name not in ENGINES.names() or is_offline(name):
        return []  # an unknown name is refused, with the known ones, when engines are made
    offline = ", ".join(n for n in ENGINES.names() if is_offline(n))
    return [
        f"--fallback {name} is an online engine; the fallback finishes the run on this "
        f"machine when the chosen engine fails (choose one of: {offline})"
    ]


_NOT_TEXT: Final = (
    (b"PK\x03\x04", "a Word document (or another ZIP)"),
    (b"%PDF-", "a PDF"),
    (b"{\\rtf", "an RTF document"),
)
"""What a plain.md saved from a word processor may have become instead of text."""


def _plain_from_problems(path: Path) -> list[str]:
    """An edited plain.md saved as a document, named as such with how to save it as text.

    Saved from Word as .docx, it was refused as "contains NUL bytes (binary data, not
    text) at offset 5", which says nothing of what to do.
    """
    try:
        with path.open("rb") as file:
            start = file.read(8)
    except OSError:
        return []  # the reader says why it cannot be read
    for signature, kind in _NOT_TEXT:
        if start.startswith(signature):
            return [
                f"--plain-from file {path} is {kind}, not text: open it and save it as plain "
                "text (in Word: Save As, Plain Text (.txt), Unicode (UTF-8)), keeping the "
                "<!-- section --> markers"
            ]
    return []


def language_problems(language: str) -> list[str]:
    """A `--lang` no rules, formulas or voices exist for, as one problem line, else nothing."""
    if language == AUTO_LANGUAGE or language in SUPPORTED_LANGUAGES:
        return []
    return [
        f"language '{language}' is not supported (choose from: "
        f"{', '.join(SUPPORTED_LANGUAGES)}, or auto)"
    ]


def section_words_problems(words: int) -> list[str]:
    """A `--max-section-words` outside the sizes the splitter can honour, else nothing."""
    if 40 <= words <= 5000:
        return []
    return ["--max-section-words must be between 40 and 5000"]


def max_input_problems(megabytes: float) -> list[str]:
    """A `--max-input-mb` that is no size (0 or less, over 1 GB, nan), else nothing."""
    if 0 < megabytes <= MAX_INPUT_MB_LIMIT:
        return []
    return [f"--max-input-mb must be more than 0 and at most {MAX_INPUT_MB_LIMIT}"]


def rewriter_problems(name: str) -> list[str]:
    """An unknown `--rewriter` as one problem line naming the known ones, else nothing."""
    from pipeline.rewriters import available_rewriters

    known = available_rewriters()
    if name in known:
        return []
    return [f"unknown rewriter '{name}' (choose one of: {', '.join(known)})"]


class ExecutorKind(StrEnum):
    """Where speech is synthesised."""

    LOCAL = "local"
    DASK = "dask"

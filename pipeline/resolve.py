"""What the settings resolve to before any stage runs: the engine, the speech cache, the name.

Apart from the stages so that checking whether a package is up to date (`freshness`) needs
none of them: a warm re-run imports no rewriter, template or speech code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from pipeline.cache import SpeechCache, default_cache_dir
from pipeline.engines import TTSEngine, get_engine, is_offline
from pipeline.errors import PipelineError
from pipeline.settings import AUTO_LANGUAGE, DEFAULT_DETECTED_LANGUAGE, Settings
from pipeline.text import slugify

if TYPE_CHECKING:
    from pipeline.models import Statement
    from pipeline.parallel import SynthesisPool

__all__ = ["WINDOWS_RESERVED", "early_pool", "make_engine", "package_slug", "speech_cache"]

WINDOWS_RESERVED: Final = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{p}{n}" for p in ("com", "lpt") for n in range(1, 10)]
)
"""Names Windows will not open as files, so a package made here still unpacks there."""


def package_slug(settings: Settings, statement: Statement | None = None) -> str:
    """The package's folder name: safe on every system, never a reserved device name.

    It comes from `--slug`, else the input file's name, else (standard input) the title,
    which needs the `statement`.
    """
    if settings.slug:
        slug = settings.slug
    elif settings.input_path is not None:
        slug = slugify(settings.input_path.stem, max_length=64)
    elif statement is not None:
        slug = slugify(statement.meta.title, max_length=64)
    else:
        raise ValueError("a statement read from standard input is named by its title")
    return f"{slug}-statement" if slug in WINDOWS_RESERVED else slug


def make_engine(settings: Settings, language: str) -> TTSEngine:
    """The engine the settings ask for, with its options and its offline fallback if any.

    Every engine is checked before any work is done, the fallback included.
    """
    from pipeline.engines.gtts_engine import GTTSEngine

    engine = get_engine(settings.engine, language, settings.voice)
    if isinstance(engine, GTTSEngine):
        engine = engine.with_options(tld=settings.gtts_tld, slow=settings.gtts_slow)
    if settings.fallback is not None:
        from pipeline.engines.fallback import FallbackEngine

        engine = FallbackEngine(engine, get_engine(settings.fallback, language))
    return engine


def speech_cache(settings: Settings) -> SpeechCache | None:
    """The speech cache the settings ask for: `--cache-dir`, the per-user folder, or none."""
    if not settings.use_cache:
        return None
    return SpeechCache(settings.cache_dir or default_cache_dir())


def early_pool(settings: Settings, engine: TTSEngine | None = None) -> SynthesisPool | None:
    """Synthesis workers started before the stages are even imported, so they are ready early.

    The CLI calls this before it imports the build (half a second of imports on one core):
    the forkserver's own imports and each worker's voice then load on the other core. Only
    for an offline engine (online services get one request at a time) and more than one
    worker. `--jobs` unset means one per core (`parallel.default_workers`) for the engine the
    settings name; an engine object handed in by a caller is used as it is, in this process.
    """
    from pipeline import parallel

    if not settings.audio:
        return None
    if not (engine.offline if engine is not None else is_offline(settings.engine)):
        return None
    workers = settings.jobs or (1 if engine is not None else parallel.default_workers())
    if workers <= 1:
        return None
    return parallel.SynthesisPool(
        min(workers, parallel.available_cores()), warm=engine or _likely_engine(settings)
    )


def _likely_engine(settings: Settings) -> TTSEngine | None:
    """The engine for the language the statement most likely has, before it is detected.

    Detecting the language and splitting the statement take about a second, which the
    workers would otherwise spend waiting for a voice. The language asked for, else the
    default, is almost always right; when detection says otherwise, the workers load that
    voice too (the unused one costs memory, not time).
    """
    language = (
        DEFAULT_DETECTED_LANGUAGE if settings.language == AUTO_LANGUAGE else settings.language
    )
    # No voice for that language: the detected language's engine says why, later.
    try:
        return make_engine(settings, language)
    except PipelineError:
        return None

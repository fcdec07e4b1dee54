"""Imported by the synthesis workers' forkserver when a pool asks: loads the voice first.

Every worker forked afterwards holds the loaded voice (see `pipeline.parallel.preload`).
An import error is all the forkserver forgives, so nothing here may raise anything else:
a voice that fails to load here is loaded, or its error reported, by the workers as before.
"""

from __future__ import annotations

import os

from pipeline import parallel

try:
    _request = os.environ.get(parallel.PRELOAD_VARIABLE)
    if _request:
        parallel.preload(_request)
except Exception:  # the workers load the voice themselves, or say why they cannot
    pass

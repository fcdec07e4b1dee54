"""plainvoice: statements into plain language, speech and an accessible package."""

import os

__version__ = "0.1.0"

# ONNX Runtime, which runs the Piper voice, has its own usage telemetry (1.32 on Linux: the
# device id, the OS and the Python path under the user's home, stored in ~/.cache/Microsoft
# and sent to mobile.events.data.microsoft.com during a run). A default run promises no
# network connection, so it is off here, before any runtime loads, for every process of the
# run (workers inherit it); a value set by the user is kept.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

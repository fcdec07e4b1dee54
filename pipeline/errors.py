"""Library errors and the exit codes the CLI maps them to.

The library never imports the CLI framework: it raises these, and ``cli.py`` turns
them into one line on stderr and the matching exit code.
"""

from __future__ import annotations

import re
from enum import IntEnum
from typing import Final

_UNSHOWABLE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""Control characters and bidi controls, which a file name may hold: printed raw they can
clear or recolour the terminal, end the line early, or reorder what it shows."""


def printable(text: str) -> str:
    r"""Text with every control and bidi character written as its escape (ESC as \x1b)."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSHOWABLE.sub(escape, text)


class ExitCode(IntEnum):
    """Process exit codes, documented in the README.

    OK: the run finished and the package is complete.
    FAILURE: an unexpected internal error (a bug; a traceback is shown).
    USAGE: wrong command-line usage (unknown option, bad value, unknown engine, an output or
        cache path that names a file, an output folder that is a package itself: checked
        before any work starts).
    INPUT: the input cannot be read or is not a statement (missing, empty, binary, bad encoding),
        or what `plainvoice check` is given is not a package (no manifest.json).
    ENGINE_UNAVAILABLE: the chosen engine cannot run here (missing voice or package).
    SYNTHESIS: the engine ran but failed to speak (for example gTTS could not reach Google).
    OUTPUT: the package could not be written (permissions, disk full, a folder someone else made).
    CHECK_FAILED: `plainvoice check` found a package that does not match its manifest.
    SOME_FAILED: a batch finished, but some statements failed (listed in its catalogue).
    INTERRUPTED: the user pressed Ctrl-C; nothing half-written was left behind.
    """

    OK = 0
    FAILURE = 1
    USAGE = 2
    INPUT = 3
    ENGINE_UNAVAILABLE = 4
    SYNTHESIS = 5
    OUTPUT = 6
    CHECK_FAILED = 7
    SOME_FAILED = 8
    INTERRUPTED = 130


class PipelineError(Exception):
    """A failure the user can act on: a message, an optional hint and an exit code."""

    exit_code: ExitCode = ExitCode.FAILURE

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.one_line()

    def one_line(self) -> str:
        """The message and hint on one line, as printed on stderr."""
        text = " ".join(self.message.split())
        if self.hint:
            text = f"{text} ({' '.join(self.hint.split())})"
        return printable(text)


class UsageError(PipelineError):
    """An option value or combination that cannot work."""

    exit_code = ExitCode.USAGE


class InputError(PipelineError):
    """The statement cannot be read, or is not text we can work with."""

    exit_code = ExitCode.INPUT


class EngineUnavailable(PipelineError):
    """The chosen engine cannot run on this machine."""

    exit_code = ExitCode.ENGINE_UNAVAILABLE


class SynthesisError(PipelineError):
    """The engine was available but failed while speaking."""

    exit_code = ExitCode.SYNTHESIS


class OutputError(PipelineError):
    """The package could not be written where asked."""

    exit_code = ExitCode.OUTPUT

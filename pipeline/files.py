"""Files written whole or not at all, and files hashed without holding them in memory."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from pipeline.errors import OutputError


@contextmanager
def replaced_atomically(destination: Path, suffix: str = ".partial") -> Iterator[Path]:
    """Give the partial path to write to; rename it over `destination` when the block ends.

    A reader (a player, `plainvoice check`, a web server) never sees half a file. On any
    failure, Ctrl-C too, the partial file goes, and a write that the operating system refused
    (a full disk, a read-only folder) is one `OutputError` naming the destination.
    """
    partial = destination.with_name(f".{destination.name}{suffix}")
    try:
        yield partial
        os.replace(partial, destination)
    except BaseException as error:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(f"cannot write {destination}: {error.strerror or error}") from error
        raise


def file_sha256(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks: a 60 MB voice is never held whole.

    The speech cache, the worker check and the package check each hashed files their own way.
    """
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()

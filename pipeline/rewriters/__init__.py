"""Rewriter registry: built-in rewriters and add-ons come in through one entry-point group.

A rewriter turns one section into plain language (`pipeline.rewriters.base.Rewriter`); the
simplify stage checks and publishes what it wrote. A new rewriter is one new file plus one line
here, or one entry point in an add-on's own package.
"""

from __future__ import annotations

from typing import Final

from pipeline.registry import Registry
from pipeline.rewriters.base import Rewrite, Rewriter

__all__ = [
    "DEFAULT_REWRITER",
    "ENTRY_POINT_GROUP",
    "REWRITERS",
    "Rewrite",
    "Rewriter",
    "available_rewriters",
    "get_rewriter",
    "rewriter_identity",
]

ENTRY_POINT_GROUP: Final = "plainvoice.rewriters.v1"
"""Versioned, so the interface can change without breaking old add-ons silently."""
DEFAULT_REWRITER: Final = "rules"
"""The offline, deterministic rules: no text leaves the machine, the same input gives the
same plain version."""

REWRITERS: Final = Registry(
    kind="rewriter",
    group=ENTRY_POINT_GROUP,
    built_ins={"rules": "pipeline.rewriters.rules:RulesRewriter"},
)


def available_rewriters() -> list[str]:
    """Names of every registered rewriter."""
    return REWRITERS.names()


def get_rewriter(name: str = DEFAULT_REWRITER) -> Rewriter:
    """Create the rewriter called `name`, or say clearly which names there are."""
    rewriter: Rewriter = REWRITERS.factory(name)()
    return rewriter


def rewriter_identity(name: str) -> dict[str, str | None]:
    """What identifies a rewriter's output besides plainvoice's own code: where it comes from.

    An add-on's code is not part of plainvoice's code digest, so its distribution and version
    count instead: upgrading the add-on makes its packages rebuild.
    """
    return {
        "name": name,
        "target": REWRITERS.target(name),
        "distribution": REWRITERS.distribution(name),
    }

"""Rewriter registry: built-in rewriters and add-ons come in through one entry-point group.

A rewriter turns one section into plain language (`pipeline.rewriters.base.Rewriter`); the
simplify stage checks and publishes what it wrote. A new rewriter is one new file plus one line
here, or one entry point in an add-on's own package.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Final

from pipeline.errors import UsageError
from pipeline.rewriters.base import Rewrite, Rewriter

__all__ = [
    "DEFAULT_REWRITER",
    "ENTRY_POINT_GROUP",
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

RewriterFactory = Callable[[], Rewriter]

_BUILT_INS: Final[dict[str, str]] = {
    "rules": "pipeline.rewriters.rules:RulesRewriter",
}


def _load(target: str) -> RewriterFactory:
    from importlib import import_module

    module_name, _, attribute = target.partition(":")
    factory: RewriterFactory = getattr(import_module(module_name), attribute)
    return factory


def _factories() -> dict[str, str]:
    # Built-ins are listed here too, so a source checkout works before `pip install`.
    found = dict(_BUILT_INS)
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        found[entry.name] = entry.value
    return found


def available_rewriters() -> list[str]:
    """Names of every registered rewriter."""
    return sorted(_factories())


def _unknown(name: str, factories: dict[str, str]) -> UsageError:
    return UsageError(
        f"unknown rewriter '{name}'", hint=f"choose one of: {', '.join(sorted(factories))}"
    )


def get_rewriter(name: str = DEFAULT_REWRITER) -> Rewriter:
    """Create the rewriter called `name`, or say clearly which names there are."""
    factories = _factories()
    if name not in factories:
        raise _unknown(name, factories)
    return _load(factories[name])()


def rewriter_identity(name: str) -> dict[str, str | None]:
    """What identifies a rewriter's output besides plainvoice's own code: where it comes from.

    An add-on's code is not part of plainvoice's code digest, so its distribution and version
    count instead: upgrading the add-on makes its packages rebuild.
    """
    factories = _factories()
    if name not in factories:
        raise _unknown(name, factories)
    identity: dict[str, str | None] = {
        "name": name,
        "target": factories[name],
        "distribution": None,
    }
    if factories[name] != _BUILT_INS.get(name):
        for entry in entry_points(group=ENTRY_POINT_GROUP, name=name):
            if entry.dist is not None:
                identity["distribution"] = f"{entry.dist.name} {entry.dist.version}"
    return identity

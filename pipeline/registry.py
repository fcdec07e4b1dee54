"""One lookup for pluggable engines: built-ins by name, add-ons through an entry-point group.

Speech engines and plain-language rewriters are found the same way, so an add-on package
registers either with one entry point, and a source checkout finds the built-ins before
`pip install` has written any.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from pipeline.errors import UsageError


@cache
def _add_ons(group: str) -> tuple[EntryPoint, ...]:
    """The entry points installed in `group`, looked up once per process.

    Each lookup reads the metadata of every installed distribution (170 here, 12-46 ms), and
    a run looked six times: the rewriter's name, its factory, its identity for the record.
    """
    return tuple(entry_points(group=group))


@dataclass(frozen=True)
class Registry:
    """The engines of one kind: `built_ins` maps names to "module:attribute" targets."""

    kind: str
    """What an engine of this kind is called in messages ("engine", "rewriter")."""
    group: str
    """The entry-point group add-ons register in."""
    built_ins: dict[str, str]

    def targets(self) -> dict[str, str]:
        """Every registered name with its "module:attribute" target; add-ons may override."""
        found = dict(self.built_ins)
        for entry in _add_ons(self.group):
            found[entry.name] = entry.value
        return found

    def names(self) -> list[str]:
        """Every registered name, sorted."""
        return sorted(self.targets())

    def target(self, name: str) -> str:
        """The target registered as `name`, or a usage error that lists the names there are."""
        targets = self.targets()
        if name not in targets:
            raise UsageError(
                f"unknown {self.kind} '{name}'", hint=f"choose one of: {', '.join(sorted(targets))}"
            )
        return targets[name]

    def factory(self, name: str) -> Any:
        """The class or function registered as `name`, imported only now (engines are heavy)."""
        from importlib import import_module

        module_name, _, attribute = self.target(name).partition(":")
        return getattr(import_module(module_name), attribute)

    def distribution(self, name: str) -> str | None:
        """The add-on ("package version") that provides `name`; None for a built-in."""
        if self.target(name) == self.built_ins.get(name):
            return None
        for entry in _add_ons(self.group):
            if entry.name == name and entry.dist is not None:
                return f"{entry.dist.name} {entry.dist.version}"
        return None

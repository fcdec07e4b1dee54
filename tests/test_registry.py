"""The shared registry: add-ons found through entry points, read once per process."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.metadata import EntryPoint

import pytest

from pipeline import registry
from pipeline.registry import Registry

GROUP = "plainvoice.test_things.v1"
ADD_ON = EntryPoint(name="extra", value="tests.fakes:SilentEngine", group=GROUP)


@pytest.fixture
def lookups(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The groups asked of the installed metadata, with one add-on installed in GROUP."""
    asked: list[str] = []

    def entry_points(*, group: str) -> tuple[EntryPoint, ...]:
        asked.append(group)
        return (ADD_ON,) if group == GROUP else ()

    registry._add_ons.cache_clear()
    monkeypatch.setattr(registry, "entry_points", entry_points)
    yield asked
    registry._add_ons.cache_clear()


def test_add_ons_join_the_built_ins(lookups: list[str]) -> None:
    things = Registry("thing", GROUP, {"plain": "tests.fakes:SilentEngine"})
    assert things.names() == ["extra", "plain"]
    assert things.target("extra") == "tests.fakes:SilentEngine"
    assert things.distribution("plain") is None


def test_installed_add_ons_are_read_once_per_group(lookups: list[str]) -> None:
    things = Registry("thing", GROUP, {"plain": "tests.fakes:SilentEngine"})
    others = Registry("other", "plainvoice.test_others.v1", {})
    for _ in range(3):
        things.names()
        things.target("extra")
        things.distribution("plain")
        others.names()
    assert sorted(lookups) == sorted([GROUP, "plainvoice.test_others.v1"])

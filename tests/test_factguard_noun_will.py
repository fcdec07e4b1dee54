"""The noun "will" ("the will of the people", "political will") is no modal verb.

Counted as one, it hid a lost "We will act." behind "The will of the people is clear.", and a
summary that left out "Political will is needed." was said to have lost a "will".
"""

from __future__ import annotations

import pytest

from pipeline.stages import factguard


def test_a_lost_modal_is_not_hidden_by_the_noun() -> None:
    checked = factguard.check("We will act.", "The will of the people is clear. We act.", None)
    assert checked.missing == ("will",)


def test_leaving_out_the_noun_loses_no_modal() -> None:
    checked = factguard.check("Political will is needed. We must act.", "We must act.", None)
    assert checked.ok and checked.facts == ("must",)


@pytest.mark.parametrize(
    ("text", "modals"),
    [
        ("The will of the people has been heeded.", 0),
        ("Their will to act is strong, and we will act.", 1),
        ("The Government will act, with good will.", 1),
        ("People will act.", 1),
    ],
)
def test_only_the_modal_will_is_counted(text: str, modals: int) -> None:
    facts = factguard.extract(text)
    assert sum(fact.kind == "modal" and fact.text == "will" for fact in facts) == modals

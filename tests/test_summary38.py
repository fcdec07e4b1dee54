"""A summary point that says "here too" goes on from a place named in the sentence before."""

from __future__ import annotations

import pytest

from pipeline.stages import summary


@pytest.mark.parametrize(
    "point",
    [
        "Here too we will stay fully committed.",
        "There, too, the talks must go on.",
        "Here as well, the fund will help 4,000 families.",
    ],
)
def test_a_point_that_says_here_too_leans_on_the_sentence_before(point: str) -> None:
    assert summary._leans_on_another(point, True)


@pytest.mark.parametrize(
    "point",
    [
        "Here in Port Alder, 4,000 homes were flooded.",
        "There is no time to lose on the climate.",
    ],
)
def test_here_and_there_that_name_their_own_place_are_points(point: str) -> None:
    assert not summary._leans_on_another(point, True)

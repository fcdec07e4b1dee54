"""The text stages on long statements: work once remembered gives the answers worked out afresh.

A 400 kB statement took about two minutes with --no-audio: each section's title scanned every
other section for surnames, the summary's spread read every point again for each run of
sections, and the fact guard read each original sentence again for every rule. These tests hold
the quicker readings to the answers of the slower ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.stages import factguard, summary
from pipeline.stages.readability import score
from pipeline.stages.split import _surnames
from pipeline.text import word_count

_RELEASES = (
    "Daniel Harker, 34, of Orchard Lane, pleaded guilty to arson. Harker set a car alight.",
    "Officers arrested Maria Quenby, 41, of Mill Road. Quenby was charged on Monday.",
    "The council thanked residents for their patience while the road was closed.",
)


def test_the_surnames_of_many_sections_are_those_of_each_section() -> None:
    each = [_surnames([text]) for text in _RELEASES]
    assert each[0] == {"Harker"} and each[1] == {"Quenby"} and not each[2]
    assert _surnames(list(_RELEASES)) == {"Harker", "Quenby"}
    assert _surnames([*_RELEASES, *_RELEASES]) == {"Harker", "Quenby"}  # asked again


def test_the_fact_guard_reads_sentences_the_same_as_a_list_a_tuple_or_again() -> None:
    sentences = ["On 5 May, Europol said it will not close 12 offices.", "Jürgen Stock agreed."]
    first = factguard.extract(sentences)
    assert factguard.extract(tuple(sentences)) == first
    sentences.append("It may open 3 more in June.")  # a list changed later is read anew
    again = factguard.extract(sentences)
    assert again != first and Fact("number", "3") in again and Fact("date", "June") in again
    assert factguard.extract(sentences[:2]) == first


Fact = factguard.Fact


def test_a_text_scored_again_gets_the_same_scores() -> None:
    text = "The minister opened the new bridge. It links the two towns across the river."
    assert score(text, "en") == score(text, "en")
    assert score(text, "en").words == word_count(text) == 14


def _spread_round_by_round(
    budget: int,
    before: str,
    headline: tuple[str, ...],
    by_section: Sequence[Sequence[str]],
    sentences: Sequence[Sequence[str]],
    lede: str,
    english: bool,
) -> tuple[str, ...]:
    """The spread as it was first written: every point read again for every run."""
    sizes = [max(1, sum(word_count(s) for s in told)) for told in sentences]
    firsts = [(index, point) for index, points in enumerate(by_section) for point in points]
    worth = {point: summary._point_worth(point, lede, english, None) for _, point in firsts}
    ranked = sorted(
        ((i, p) for i, p in firsts if not summary._leans_on_another(p, english)),
        key=lambda c: (-worth[c[1]], c[0]),
    )
    if sum(worth[p] > 0 for _, p in ranked) >= summary._ENOUGH_POINTS:
        ranked = [(i, p) for i, p in ranked if worth[p] > 0]

    def fits(index: int, point: str, picked: list[tuple[int, str]]) -> bool:
        said = {" ".join(p.lower().split()) for _, p in picked}
        told = [summary._content_words(p) for p in (*headline, *(p for _, p in picked))]
        earlier = [p for i, p in sorted(picked) if i < index]
        return summary._fits_after(
            point, said, told, before, earlier
        ) and summary._follows_what_it_answers(point, sentences[index], earlier)

    def words(picked: list[tuple[int, str]]) -> int:
        return sum(word_count(point) for _, point in picked)

    picked: list[tuple[int, str]] = []
    for count in range(2, len(by_section) + 1):
        best = [
            next(
                (
                    (i, p)
                    for i, p in ranked
                    if i in run and words(picked) + word_count(p) <= budget and fits(i, p, picked)
                ),
                None,
            )
            for run in summary._stretches(sizes, count)
            if not any(i in run for i, _ in picked)
        ]
        for index, point in sorted((b for b in best if b), key=lambda b: -worth[b[1]]):
            if words(picked) + word_count(point) <= budget and fits(index, point, picked):
                picked.append((index, point))
    return tuple(point for _, point in sorted(picked))


_PLACES = ("Port Alder", "Westvale", "Carrow Point", "Wellmouth", "Northmere", "Millbank")
_THINGS = ("homes", "hospital beds", "wind turbines", "libraries", "schools", "bus routes")


def test_the_spread_picks_the_points_the_round_by_round_reading_picked() -> None:
    by_section: list[list[str]] = []
    sentences: list[list[str]] = []
    for index in range(36):
        place, thing = _PLACES[index % 6], _THINGS[(index // 6) % 6]
        news = f"{place} will gain {index * 7 + 3} new {thing} by {2027 + index % 5}."
        theme = f"People in {place} asked for {thing} for many years."
        told = [theme, news, "Every family deserves a fair chance to get on in life."]
        sentences.append(told)
        by_section.append([news, theme] if index % 3 else [theme])
    for budget in (0, 12, 60, 150, 400):
        args = (budget, "", (), by_section, sentences, "The First Minister spoke today.", True)
        assert summary._spread(*args) == _spread_round_by_round(*args)

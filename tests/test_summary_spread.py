"""A long statement's summary: points from the whole of it, not from its first sections.

A reading of the dev corpus found a 46-section speech whose summary took a point from each of
its first 8 sections (the pandemic's toll, told as a preamble) and none from the 38 after them
(Iran, North Korea, the Sahel, the climate): the first points filled the 150 words in order.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages import summary
from pipeline.stages.load import load_source
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement
from tests.summaries import summary_of

_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

_OPENING = (
    ("Our history", "Our country has come a long way since the days of the old mills and mines."),
    ("Hard years", "The last decade was hard for working families in every town and village."),
    ("Hope", "Yet our people kept faith in each other through the hardest winters."),
    ("Trust", "Trust in public life has been tested again and again by broken promises."),
    ("Change", "People asked us for real change, and they were right to ask for it."),
    ("Purpose", "Government exists to serve people, and it must earn their trust every day."),
)
_NEWS = (
    ("Housing", "Northmere will build 4,000 new homes in Port Alder by March 2028."),
    ("Hospitals", "The Westvale hospital will gain 300 new beds in September 2027."),
    ("Police", "Northmere Police will hire 1,200 new officers over 3 years."),
    ("Energy", "Northmere will build 40 wind turbines off Carrow Point by 2031."),
    ("Libraries", "Northmere will reopen 9 closed libraries in Wellmouth in 2027."),
    ("Ports", "The Port Alder docks will take ships twice as large from May 2030."),
)
_FILLER = (
    "Every family in the land deserves a fair chance to get on in life. We owe that much to "
    "our parents and our grandparents, who built what we have. Nobody who works hard should "
    "be left behind in the years ahead of us. That is the promise we make and the promise we "
    "will keep for the people."
)


def _speech(parts: tuple[tuple[str, str], ...]) -> str:
    body = "".join(f"## {head}\n\n{said} {_FILLER}\n\n" for head, said in parts)
    return (
        "# Speech by Priya Ramanathan, First Minister of Northmere\n\n"
        f"Port Alder, 19 November 2026\n\n{body}"
    )


def test_a_long_speech_tells_the_news_of_its_second_half_too() -> None:
    made = summary_of(_speech(_OPENING + _NEWS), "speech.md")
    # Each section's first point, in order, had filled the words before the last sections.
    assert all(news in made.points for _, news in _NEWS)
    assert made.words <= summary.MAX_SUMMARY_WORDS
    news = [said for _, said in _NEWS]
    assert [point for point in made.points if point in news] == news  # in the statement's order


def test_a_statement_whose_first_points_all_fit_keeps_them_in_order() -> None:
    made = summary_of(_speech(_NEWS[:4]), "speech.md")
    firsts = [news for _, news in _NEWS[:4]]
    # Every section's first point, then the second points while the words last, as before.
    assert [point for point in made.points if point in firsts] == firsts
    assert made.points[0] == firsts[0] and len(made.points) > len(firsts)


def test_the_sections_are_cut_into_runs_of_about_as_many_words() -> None:
    assert summary._stretches([100, 100, 100, 100], 2) == [[0, 1], [2, 3]]
    assert summary._stretches([300, 50, 50, 50, 50], 2) == [[0], [1, 2, 3, 4]]
    # A section longer than a run leaves the run it covers empty, and no run is returned for it.
    assert summary._stretches([10, 500, 10], 3) == [[0], [1], [2]]


def test_a_point_that_goes_on_from_another_or_speaks_to_the_room_is_worth_less() -> None:

    def worth(point: str) -> float:
        return summary._point_worth(point, "", True)

    # "one day" is no figure: "Northmere will open 3 new schools." carries one.
    assert worth("There will one day be a cure for the disease.") < worth(
        "There will be 3 new schools in the town."
    )
    assert worth("Likewise, we will not accept the use of chemical weapons in Karesia.") < worth(
        "We will not accept the use of chemical weapons in Karesia."
    )
    assert worth("Members of the Assembly, you will be asked to approve the funds.") < worth(
        "The Assembly will be asked to approve the funds."
    )
    assert worth("Because here is the thing: the Assembly will pay for the new schools.") < worth(
        "Here is the thing: the Assembly will pay for the new schools."
    )
    assert worth("Look, folks, all my colleagues in the Assembly and the Senate.") < worth(
        "All my colleagues in the Assembly and the Senate."
    )
    # "So far" is how far, not a sentence going on from another.
    assert worth("So far the Government has paid $85 million to the town.") == worth(
        "The Government has paid $85 million to the town so far."
    )


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="the dev corpus is not here")
def test_the_long_speeches_of_the_dev_corpus_are_summarised_from_end_to_end() -> None:
    for name in (
        "12_ungdc-france-2020-video-statement.txt",
        "11_us-state-of-the-union-2006-gwbush.txt",
    ):
        path = _CORPUS / name
        if not path.exists():
            continue
        source = load_source(path)
        statement = split_statement(source, "en")
        plains = [
            summary.with_in_short(s, simplify_section(s, "en", meta=statement.meta))
            for s in statement.sections
        ]
        made = summary.summarise(statement, plains)
        body = [p for s, p in zip(statement.sections, plains, strict=True) if p.in_short]
        half = len(body) // 2
        later = {point for plain in body[half:] for point in plain.in_short}
        assert made.words <= summary.MAX_SUMMARY_WORDS
        # At least two points from the second half of the speech's sections.
        assert sum(point in later for point in made.points) >= 2, name


def test_a_point_that_leans_on_the_sentence_before_is_not_lifted_out_of_a_long_statement() -> None:

    def leans(point: str) -> bool:
        return summary._leans_on_another(point, True)

    assert leans("Any one of these would be enough to challenge us.")
    assert leans("These gains are evidence of a quiet change.")
    assert leans("Likewise, we will not accept the use of chemical weapons.")
    assert not leans("In Karesia, the talks in Geneva are a positive step.")
    assert not leans("This year, 4,000 homes were built in Port Alder.")


def test_what_a_point_was_done_for_goes_with_it() -> None:
    made = summary_of(
        "Statement by Priya Ramanathan, First Minister of Northmere\n\nPort Alder, 19 November "
        "2026\n\nNorthmere and its councils have backed new guidance. The aim is to help "
        "families whose homes were flooded in October.\n\nThe guidance will be sent to 4,000 "
        "homes in Port Alder by 1 December 2026.\n",
        "statement.txt",
    )
    # "… have backed new guidance." alone said nothing of what for.
    assert (
        "Northmere and its councils have backed new guidance. The aim is to help families whose "
        "homes were flooded in October." in made.points
    )


def test_a_purpose_that_points_further_back_is_not_carried() -> None:
    made = summary_of(
        "Statement by Priya Ramanathan, First Minister of Northmere\n\nPort Alder, 19 November "
        "2026\n\nNorthmere will ask its neighbours for help. We must be clear in what we ask "
        "for. The aim is to draw that support.\n",
        "statement.txt",
    )
    assert not any("that support" in point for point in made.points)


def test_a_clause_opened_by_that_is_no_thing_named_before() -> None:
    assert summary._THAT_THING.search("The aim is to draw that support.")
    assert not summary._THAT_THING.search("The aim is to protect farms that have been flooded.")


def test_a_point_naming_someone_from_before_is_not_lifted_out_of_a_long_statement() -> None:

    def leans(point: str) -> bool:
        return summary._leans_on_another(point, True)

    assert leans("We will honor them by becoming a better town.")
    assert leans("Their hopes must be fulfilled, and we stand with them.")
    assert not leans("We will build our own homes in Port Alder by 2028.")
    assert leans("I am thinking, in particular, of the 2019 floods in Karesia.")

"""Section titles a listener can use: no markup, no repeats, no bare common noun when the
part says more."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.language import choose_language
from pipeline.stages.load import SourceText, load_source
from pipeline.stages.split import salient_title, split_statement

DEV_CORPUS = Path("/work/shared/corpus/dev")
SAMPLE = Path(__file__).parent.parent / "seeds" / "interpol-sg-un-crime-congress-2021.txt"

CLINICS = (
    "The council will open two new clinics in the north of the city this spring. Each clinic "
    "will have six doctors and a pharmacy, and will open from eight in the morning. "
)
FARES = (
    "Bus fares for children under twelve will fall to one pound from June. The council will "
    "pay for the cut from its transport budget, which grew by four percent this year. "
)


def _titles(text: str, max_words: int = 250) -> list[str]:
    source = SourceText(text=text, name="statement.md", format="markdown")
    return [section.title for section in split_statement(source, "en", max_words).sections]


def test_html_tags_in_a_heading_are_no_words_of_its_title() -> None:
    titles = _titles(f"# Plans\n\n## <b>HEALTH CLINICS</b>\n\n{CLINICS * 3}\n")
    assert titles[-1] == "Health Clinics"  # was "<b>HEALTH CLINICS</b>", spoken with its tags


def test_tags_in_joined_short_headings_are_dropped_too() -> None:
    text = f"# Plans\n\n## **Health** <em>clinics</em>\n\n{CLINICS}\n\n## <span>Bus fares</span>\n\n{FARES}\n"
    assert _titles(text)[-1] == "Health clinics; Bus fares"


def test_a_heading_of_only_tags_leaves_the_part_a_title_from_its_words() -> None:
    titles = _titles(f"# Plans\n\n## <br>\n\n{CLINICS * 3}\n")
    assert titles[-1] and "<" not in titles[-1] and titles[-1].strip()


def test_a_heading_met_three_times_gives_three_different_titles() -> None:
    text = "# Plans\n\n" + "".join(f"## Clinics\n\n{CLINICS * 3}\n\n" for _ in range(3))
    assert _titles(text)[1:] == ["Clinics", "Clinics (continued)", "Clinics (3)"]


def test_parts_going_on_under_repeated_headings_never_share_a_title() -> None:
    text = "# Plans\n\n" + "".join(
        f"## Clinics\n\n{CLINICS * 3}\n\n{FARES * 3}\n\n" for _ in range(3)
    )
    titles = [title.lower() for title in _titles(text, max_words=60)]
    assert len(titles) == len(set(titles)) > 6
    assert not any(title.count("(continued)") > 1 for title in titles)


def test_a_common_lone_noun_takes_the_words_the_part_opens_with() -> None:
    text = (
        "The American economy is preeminent, but we cannot afford to be complacent. New "
        "competitors test the economy every year. Some want to wall off our economy. Others "
        "want a larger role for government in the economy."
    )
    assert salient_title(text, others=["Thank you."]) == "American economy"


def _dev_files() -> list[Path]:
    found = [*DEV_CORPUS.glob("*.txt"), *DEV_CORPUS.glob("*.md")]
    return sorted(path for path in found if not path.name.endswith(".source.txt"))


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="the dev corpus is not on this machine")
@pytest.mark.parametrize("path", [*_dev_files(), SAMPLE], ids=lambda path: path.name[:12])
def test_dev_corpus_titles_are_distinct_calm_and_free_of_markup(path: Path) -> None:
    source = load_source(path)
    statement = split_statement(source, choose_language("auto", source.text).code)
    titles = [section.title for section in statement.sections]
    assert len({title.lower() for title in titles}) == len(titles)
    for title in titles:
        assert "<" not in title and ">" not in title and "*" not in title
        words = [word for word in title.split() if len(word) > 4]
        assert not words or not all(word.isupper() for word in words), title  # no shouting


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="the dev corpus is not on this machine")
def test_the_state_of_the_union_economy_part_is_titled_by_its_opening() -> None:
    path = DEV_CORPUS / "11_us-state-of-the-union-2006-gwbush.txt"
    if not path.exists():
        pytest.skip("the 2006 State of the Union is not in the dev corpus")
    titles = [section.title for section in split_statement(load_source(path)).sections]
    assert "American economy" in titles and "Economy" not in titles


FRENCH_CLINICS = (
    "Le gouvernement ouvrira deux nouvelles cliniques dans le nord de la ville au printemps. "
    "Chaque clinique aura six médecins et une pharmacie, et les cliniques ouvriront à huit "
    "heures. Les cliniques seront gratuites pour les enfants et les familles."
)
ENGLISH_FARES = (
    "The government will also cut bus fares for children under twelve from June. Bus fares "
    "for families will fall too, and the fares will be paid from the transport budget. The "
    "budget grew by four percent this year, and bus companies agreed to the cut."
)
FRENCH_MAYORS = (
    "Enfin, le gouvernement remercie les maires et les associations pour leur travail. Les "
    "maires ont préparé le plan avec les associations pendant deux ans. Nous les remercions "
    "tous, et les associations recevront une aide nouvelle."
)


def test_a_part_all_in_another_language_is_titled_from_its_own_words() -> None:
    from pipeline.build import _with_paragraph_languages

    text = f"{FRENCH_CLINICS}\n\n{ENGLISH_FARES}\n\n{FRENCH_MAYORS}\n"
    choice = choose_language("auto", text)
    assert (choice.code, choice.others) == ("fr", ("en",))
    statement = split_statement(SourceText(text=text, name="plan.txt"), choice.code, 60)
    titles = [s.title for s in _with_paragraph_languages(statement, choice).sections]
    # The English part had been retitled from no words at all: "Statement".
    assert titles == ["Cliniques", "Fares and budget", "Maires et associations"]

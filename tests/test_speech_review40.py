"""What the voice says for forms a review of the speech text and its ASR round trip found wrong.

Each form below was handed to espeak-ng (the phonemiser Piper uses) as written and came back
as letters, a "dot" or a non-word: "$3tn" was "three dollarstn", "Ph.D." "P H dot D dot",
"Mt. Hood" "M T Hood", "Adm. Ross" "Adam Ross". The last tests cover the round trip's scorer,
which charged right speech for a day Whisper writes as a bare figure and for the "to" said
between two dates.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from pipeline.speech_text import to_speech
from tests.test_scripts_asr_eval import _asr_eval

_WER_TOOL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "asr" / "wer.py"
_ASR_PYTHON = Path("/tmp/asr-venv/bin/python")


def say(text: str) -> str:
    return to_speech(text).text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Debt reached $3tn.", "Debt reached three trillion dollars."),
        ("A $4.2tn economy grew.", "A four point two trillion dollar economy grew."),
        ("It needs £1tn-£2tn more.", "It needs one to two trillion pounds more."),
        ("Assets of 2.5tn yen.", "Assets of two point five trillion yen."),
        ("Cost ($tn): 5", "Cost, in trillions of dollars: five"),
        # The scales that already worked are unchanged.
        (
            "About $2.5bn and $50m.",
            "About two point five billion dollars and fifty million dollars.",
        ),
    ],
)
def test_a_trillion_glued_to_a_figure_is_said_as_a_trillion(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Adm. Ross, Maj. Gen. Kent, Cpl. Day and Pvt. Ryan arrived.",
            "Admiral Ross, Major General Kent, Corporal Day and Private Ryan arrived.",
        ),
        ("Pres. Obama met Mme Curie.", "President Obama met Madame Curie."),
        ("The Hon. Mary Lee spoke.", "The Honourable Mary Lee spoke."),
        ("Fr. Murphy said Mass.", "Father Murphy said Mass."),
    ],
)
def test_more_titles_before_a_name_are_said_in_full(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("They climbed Mt. Hood.", "They climbed Mount Hood."),
        ("They were near Mt Kenya.", "They were near Mount Kenya."),
        ("Troops left Ft. Bragg.", "Troops left Fort Bragg."),
        (
            "It is at 6 Oak Rd. and 7 Sunset Blvd., not Elm Ave. today.",
            "It is at six Oak Road and seven Sunset Boulevard, not Elm Avenue today.",
        ),
        ("She lives on Oak Rd.", "She lives on Oak Road."),
    ],
)
def test_mountains_forts_and_streets_are_said_as_words(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "The Univ. of Chicago and the Govt. of India signed.",
            "The University of Chicago and the Government of India signed.",
        ),
        (
            "The Natl. Assn. of Realtors and Intl. partners met.",
            "The National Association of Realtors and International partners met.",
        ),
    ],
)
def test_a_bodys_shortened_words_are_said_in_full(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("She holds a Ph.D. in law.", "She holds a P H D in law."),
        ("She earned her Ph.D.", "She earned her P H D."),
        ("A B.Sc. and an M.Sc. are enough.", "A B S C and an M S C are enough."),
        ("He has an LL.M. degree.", "He has an L L M degree."),
    ],
)
def test_a_dotted_degree_is_said_as_its_letters_without_dots(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("See Ch. 5 and chs. 3-4.", "See Chapter five and chapters three to four."),
        ("Ca. 1900 it was built.", "Circa nineteen hundred it was built."),
    ],
)
def test_a_chapter_and_a_rough_year_opening_a_sentence_are_words(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    "written",
    [
        # Not before a name or a number: the letters may be a word or a sentence's end.
        "What is the Fr. word?",
        "See the Ch. table.",
        "The Rd and the Ave are closed.",
    ],
)
def test_the_same_letters_elsewhere_are_left_alone(written: str) -> None:
    assert "Father" not in say(written)
    assert "Chapter" not in say(written)
    assert "Avenue" not in say(written)


def test_a_dash_from_one_date_to_another_is_written_to_in_the_reference() -> None:
    spoken = _asr_eval().spoken_dates("Met from September 30 – October 3, 2024 in Washington.")
    assert spoken == "Met from September 30th to October 3rd, 2024 in Washington."


def test_a_dash_between_figures_is_left_to_the_scorer() -> None:
    text = "Ages 18-24 and pages 10–12."
    assert _asr_eval().spoken_dates(text) == text


def _score_with_the_workers_scorer(reference: str, transcript: str) -> int:
    """Errors the shared scorer, as the ASR worker loads it, charges a transcript."""
    if not (_WER_TOOL.exists() and _ASR_PYTHON.exists()):
        pytest.skip("the shared ASR scorer and its venv are not on this machine")
    program = _asr_eval()._WORKER_SCORER + (
        "result = wer.score(wer.normalise(request['ref']), wer.normalise(request['hyp']))\n"
        "print(result['errors'])\n"
    )
    request = {"wer": str(_WER_TOOL), "ref": reference, "hyp": transcript}
    done = subprocess.run(
        [str(_ASR_PYTHON), "-c", program],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.split()[-1])


def test_a_day_whisper_writes_as_a_bare_figure_is_not_charged() -> None:
    reference = "Storm Debby hit from August 4th to August 22nd, 2024."
    assert (
        _score_with_the_workers_scorer(
            reference, "Storm Debby hit from August 4 to August 22, 2024."
        )
        == 0
    )
    assert _score_with_the_workers_scorer(reference, reference) == 0


def test_an_ordinal_away_from_a_month_still_needs_its_ordinal() -> None:
    reference = "It is on the 4th floor and came 22nd."
    assert _score_with_the_workers_scorer(reference, "It is on the 4 floor and came 22.") == 2
    # A wrong day after a month is still an error.
    assert _score_with_the_workers_scorer("On August 4th.", "On August 5.") == 1


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("It rose 2pp to 5%.", "It rose two percentage points to five percent."),
        ("It fell 1 pp.", "It fell one percentage point."),
    ],
)
def test_percentage_points_are_said_in_full(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Over 100 sq. ft. and 5 ft. tall.",
            "Over one hundred square feet and five feet tall.",
        ),
        ("Open Mon.-Fri., 9-5.", "Open Monday to Friday, nine to five."),
        # At the sentence's end the dot stays: it ends the sentence.
        ("It is 300 sq. ft.", "It is three hundred square feet."),
    ],
)
def test_an_abbreviations_dot_mid_sentence_is_no_sentence_end(written: str, spoken: str) -> None:
    assert say(written) == spoken

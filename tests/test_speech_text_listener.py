"""What a listener hears for labels, codes and figures that public bodies' documents use.

Each case was found by the Whisper round trip on documents of the kinds public bodies
publish (a resolution's paragraphs, a court listing, a police appeal, a UN statement, a press
release's footer): the old text sent what the voice misread. Refusals pin down where a rule
must not fire.
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import load_lexicon, to_speech


def say(text: str, lang: str = "en") -> str:
    return to_speech(text, lang).text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # "(a)" was sent "a", which the voice says as the article "uh": Whisper heard
        # "paragraph 4 and under B"; "A," keeps the letter's name ("paragraph 4A").
        (
            "as set out in paragraph 4(a) and under (b) below.",
            "as set out in paragraph four A, and under B below.",
        ),
        (
            "the report under (a) and the budget under (b).",
            "the report under A, and the budget under B.",
        ),
        ("Options: (a) accept; (b) refuse; (c) defer.", "Options: A, accept; B refuse; C defer."),
        ("in paragraph 4 (a) of the resolution", "in paragraph four A, of the resolution"),
        # Before a stop the letter's name is said without help.
        ("as listed under (a).", "as listed under A."),
        # A numeral "(i)" is said "eye" either way; it is left as written.
        ("under sub-paragraph (i) above", "under sub-paragraph i above"),
    ],
)
def test_a_bracketed_letter_is_said_by_its_name(written: str, spoken: str) -> None:
    assert say(written) == spoken


def test_a_written_plural_is_joined_to_its_word() -> None:
    # Was "the applicant s must sign": a stray letter after the word.
    assert say("The applicant(s) must sign.") == "The applicants must sign."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "Case No. Ttwenty million two hundred fifty-seven thousand seven hundred
        # eighty-one": the figures an amount, "No." the word "no".
        (
            "Case No. T20257781, Court 2.",
            "Case number T two zero two five seven seven eight one, Court two.",
        ),
        ("quoting ref CR1234567 today", "quoting ref C R one two three four five six seven today"),
    ],
)
def test_a_reference_of_letters_and_many_figures_is_quoted(written: str, spoken: str) -> None:
    assert say(written) == spoken


def test_a_road_number_is_still_said_in_pairs() -> None:
    assert say("on the A38 road") == "on the A-thirty-eight road"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "+forty-four, zero, twenty seven thousand nine hundred forty-six zero".
        (
            "Call +44 (0)20 7946 0000 today.",
            "Call plus four four, two zero, seven nine four six, zero zero zero zero today.",
        ),
        # Was "+forty-four twelve thirty-four five hundred sixty-seven thousand ...".
        ("+44 1234 567890", "plus four four, one two three four, five six seven eight nine zero"),
        ("+44(0)1234 567890", "plus four four, one two three four, five six seven eight nine zero"),
        # Unchanged: groups of up to four figures.
        (
            "+33 4 72 44 70 00",
            "plus three three, four, seven two, four four, seven zero, zero zero",
        ),
    ],
)
def test_an_international_number_drops_the_bracketed_trunk_zero(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # A court listing's time without "am" was "ten point three zero".
        (
            "The hearing starts at 10.30 in Court 3.",
            "The hearing starts at ten thirty in Court three.",
        ),
        ("Open from 9.00 until 17.30.", "Open from nine a m until five thirty p m."),
        # Was "ten thirty a m-twelve thirty p m": the dash stayed between the words.
        ("Open 10.30am-12.30pm.", "Open ten thirty a m to twelve thirty p m."),
        ("Open 9am–noon.", "Open nine a m to noon."),
    ],
)
def test_a_time_is_said_as_a_time(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    "written",
    ["rose at 10.30 per cent", "shares traded at 1.20 a share", "at 12.50 metres", "by 10.30"],
)
def test_a_decimal_after_at_is_not_a_time(written: str) -> None:
    assert "point" in say(written)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "mid-two thousand twenty-five" and "mid-one thousand nine hundred ninety s".
        ("by mid-2025", "by mid twenty twenty-five"),
        ("in the mid-1990s", "in the mid nineteen nineties"),
        ("pre-2020 levels", "pre twenty twenty levels"),
        ("the post-2015 agenda", "the post twenty fifteen agenda"),
    ],
)
def test_a_year_after_a_prefix_is_a_year(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "three point five bn" and "one point two m people".
        ("a deficit of 3.5bn", "a deficit of three point five billion"),
        ("1.2m people need help", "one point two million people need help"),
        ("nearly 2m refugees", "nearly two million refugees"),
        # Metres, not millions: describing a noun, or with a measure's word after it.
        ("a 2m wall", "a two meter wall"),
        ("he is 2m tall", "he is two meters tall"),
    ],
)
def test_a_glued_scale_is_said_in_full(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "the A thirty-eight", the "A" said as the article: heard "At-38" twice.
        ("on the A38 at about", "on the A-thirty-eight at about"),
        ("on A4 paper", "on A-four paper"),
        # Other letters are said by their names already.
        ("the M25 and the B1234", "the M twenty-five and the B twelve thirty-four"),
    ],
)
def test_a_road_or_paper_size_says_the_letter_a(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    "teen", ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
)
def test_a_teen_is_stressed_on_its_teen(teen: str) -> None:
    # espeak-ng stressed only the first syllable: "fourteen November" was heard "40 November",
    # "a thirteen-year-old" "a third-year-old", "eighteen officers" "aching officers".
    ipa = load_lexicon().phonemes[teen]
    assert ipa.endswith("ˈiːn")
    assert "ˌ" in ipa

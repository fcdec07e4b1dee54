"""What a listener hears for ratios, age groups, units, service numbers and labels.

Each written form here was sent to the voice as it stood and came out as something no reader
says: "1:1" as "one colon one", "under-18s" as "under eighteen ess", "WWII" as "double-u
double-u eye eye", "30 kW" as "kay double-u", "or 999" as "nine hundred ninety-nine", "tel."
as "tell", "31 meses" as "treinta y uno meses". Refusals pin down where a rule must not fire.
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import to_speech


def say(text: str, lang: str = "en") -> str:
    return to_speech(text, lang).text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("a 1:1 ratio", "a one to one ratio"),
        ("a 3:2 majority", "a three to two majority"),
        ("in a 60:40 split", "in a sixty to forty split"),
        # Taken for a time, it was "one fifty,zero".
        ("a 1:50,000 map", "a one to fifty thousand map"),
        # A pair that could be a time is a ratio only beside a word that says so.
        ("a ratio of 10:30", "a ratio of ten to thirty"),
        ("odds of 10:1", "odds of ten to one"),
        # Times, verses and references stay as they were read.
        ("at 3:16 today", "at three sixteen today"),
        ("John 3:16 says", "John three sixteen says"),
        ("from 10:00 to 18:00", "from ten a m to six p m"),
        ("at 12:45:30", "at twelve forty-five and thirty seconds"),
    ],
)
def test_ratios_are_said_with_to(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("under-18s and over-65s", "under-eighteens and over-sixty-fives"),
        ("the under 5s", "the under fives"),
        ("rugby 7s", "rugby sevens"),
        ("the 6s and the 20s", "the sixes and the twenties"),
        # Decades keep their readings.
        ("the 1990s and the '80s", "the nineteen nineties and the eighties"),
    ],
)
def test_a_number_in_the_plural_is_one_word(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("his WWII medals", "his World War Two medals"),
        ("after WW1", "after World War One"),
        ("a 2½ hour wait", "a two and a half hour wait"),
        ("up to 30 kW", "up to thirty kilowatts"),
        ("5 GWh a year", "five gigawatt hours a year"),
        ("a 10 Mbps line", "a ten megabit per second line"),
        ("speeds of 10 Mbps", "speeds of ten megabits per second"),
        ("100ml of water", "one hundred milliliters of water"),
        ("at least £250 p.a.", "at least two hundred fifty pounds a year."),
        ("ext. 12", "extension twelve"),
        # The sentence splitter leaves "tel." at the end of a sentence, cut from its number.
        ("Press contact: Anna Lindqvist, tel.", "Press contact: Anna Lindqvist, telephone."),
        ("tel. 0800 555 111", "telephone zero eight zero zero, five five five, one one one"),
    ],
)
def test_labels_and_units_are_said_in_full(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "Call 101 quoting incident 0452, or 999 in an emergency.",
            "Call one zero one quoting incident zero four five two, or nine nine nine in an "
            "emergency.",
        ),
        ("Ring 999 or 112", "Ring nine nine nine or one one two"),
        # A count stays a count.
        (
            "112 calls were made in the emergency",
            "one hundred twelve calls were made in the emergency",
        ),
        ("In 911 cases, police were called", "In nine hundred eleven cases, police were called"),
        # Without a call, 999 is a number.
        ("999 homes were flooded", "nine hundred ninety-nine homes were flooded"),
    ],
)
def test_emergency_numbers_are_dialled(written: str, spoken: str) -> None:
    assert say(written) == spoken


def test_a_sub_paragraph_of_a_numbered_paragraph_is_named() -> None:
    # "paragraph one two" was heard as "paragraph twelve".
    assert say("including under paragraph 1 (ii) above") == (
        "including under paragraph one, sub-paragraph two above"
    )
    assert say("see paragraph 21(iii).") == "see paragraph twenty-one, sub-paragraph three."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Se cumplen 31 meses", "Se cumplen treinta y un meses"),
        ("21 países", "veintiún países"),
        ("41 personas", "cuarenta y una personas"),
        ("1 día y 1 persona", "un día y una persona"),
        # "uno" stays before "de" (a date) and "por ciento".
        ("el 31 de mayo", "el treinta y uno de mayo"),
        ("el 21 %", "el veintiuno por ciento"),
    ],
)
def test_spanish_one_agrees_with_its_noun(written: str, spoken: str) -> None:
    assert say(written, "es") == spoken


def test_a_dateline_pauses_between_the_year_and_the_time() -> None:
    # "twenty twenty-five ten thirty" ran the year into the time.
    assert say("18 November 2025 10:30") == (
        "the eighteenth of November, twenty twenty-five, ten thirty"
    )
    assert say("Updated 12 March 2026, 07:30") == (
        "Updated the twelfth of March, twenty twenty-six, seven thirty"
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # A toll-free number was "one-eight hundred-five hundred fifty-five-zero one nine nine".
        (
            "Call 1-800-555-0199 now.",
            "Call one, eight zero zero, five five five, zero one nine nine now.",
        ),
        ("Call (555) 123-4567.", "Call five five five, one two three, four five six seven."),
        # "m2" was sent "mtwo".
        ("5,000 m2 of land", "five thousand square meters of land"),
        ("3 m3", "three cubic meters"),
        ("10x faster", "ten times faster"),
        ("a 4 x 4", "a four by four"),
    ],
)
def test_numbers_and_units_written_short(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Days and months written short before or after a date's number were "mon", "fry", "feb".
        ("from Mon 3 to Fri 7 March", "from Monday the third to Friday the seventh of March"),
        ("Sat 14 Feb", "Saturday the fourteenth of February"),
        ("Tuesday, 2 Dec.", "Tuesday, the second of December."),
        ("10%-15% of cases", "ten percent to fifteen percent of cases"),
        # The 24-hour clock without "hrs": "at 0930" was "zero nine three zero".
        ("at 0930 tomorrow", "at nine thirty tomorrow"),
        ("at 0800 hours", "at eight o'clock"),
        ("Issued 1630 BST", "Issued four thirty p m B S T"),
        # Counts, years and durations stay what they were.
        ("at 1800 metres", "at one thousand eight hundred metres"),
        ("In 1945 GMT was", "In nineteen forty-five G M T was"),
        ("1200 hours of training", "one thousand two hundred hours of training"),
        # "40k people" was "forty k people"; a "5k run" is said as runners say it.
        ("around 40k people", "around forty thousand people"),
        ("a 5k run", "a five k run"),
        ("v2.1 of the app", "version two point one of the app"),
        # A short code to text, and its keyword, which was spelled.
        (
            "Text SHOUT to 85258 for support.",
            "Text shout to eight five two five eight for support.",
        ),
        ("Text 61016 now", "Text six one zero one six now"),
        ("call 100 volunteers", "call one hundred volunteers"),
    ],
)
def test_dates_clocks_and_codes_written_short(written: str, spoken: str) -> None:
    assert say(written) == spoken

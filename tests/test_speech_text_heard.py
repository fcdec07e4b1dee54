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
        # A toll-free number was "one-eight hundred-five hundred fifty-five-zero one nine nine";
        # its "800" is said as advertised, "eight hundred", the rest digit by digit.
        (
            "Call 1-800-555-0199 now.",
            "Call one, eight hundred, five five five, zero one nine nine now.",
        ),
        ("Call 202-800-0199.", "Call two zero two, eight zero zero, zero one nine nine."),
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
        # Its leading zero says morning, which the ear cannot see: "a m" is said (Whisper
        # heard "at seven thirty" as "7.30pm").
        ("at 0930 tomorrow", "at nine thirty a m tomorrow"),
        ("at 0800 hours", "at eight a m"),
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


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # "1:NN" is a ratio unless a word asks for a time; it was "one fifty", "one forty".
        ("a 1:50 gradient", "a one to fifty gradient"),
        (
            "the ratio is 1:40, above the target of 1:25",
            "the ratio is one to forty, above the target of one to twenty-five",
        ),
        ("tested at a dilution of 1:20", "tested at a dilution of one to twenty"),
        ("at 1:10 pm", "at one ten p m"),
        ("from 12:30 to 1:30", "from twelve thirty to one thirty"),
        ("Doors open 1:30 pm.", "Doors open one thirty p m."),
        ("It starts 1:30 GMT", "It starts one thirty G M T"),
    ],
)
def test_one_to_n_is_a_ratio_unless_it_is_asked_as_a_time(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "from two thousand two hundred to zero six zero zero".
        (
            "Roads close from 2200 to 0600 each night.",
            "Roads close from ten p m to six a m each night.",
        ),
        ("Open 0800-1800 daily.", "Open eight a m to six p m daily."),
        ("between 0800 and 1800 GMT", "between eight a m and six p m G M T"),
        # Was "one thousand five hundred thirty hours".
        ("The briefing is at 1530 hours.", "The briefing is at three thirty p m."),
        ("finish by 1400 hours on Friday", "finish by two p m on Friday"),
        ("work until 1900 local time", "work until seven p m local time"),
        # Counts stay counts.
        (
            "Volunteers gave 1500 hours of their time.",
            "Volunteers gave one thousand five hundred hours of their time.",
        ),
        ("from 1200 to 1500 people", "from twelve hundred to fifteen hundred people"),
    ],
)
def test_twenty_four_hour_times_and_their_ranges_are_clock_times(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # A title block's date in capitals was "thursday three december" or "three D E C".
        ("THURSDAY 3 DECEMBER 2026", "Thursday the third of December, twenty twenty-six"),
        ("PRESS RELEASE 3 DECEMBER 2026", "press release the third of December, twenty twenty-six"),
        ("3 DEC 2026", "the third of December, twenty twenty-six"),
        ("JAN. 5, 2026", "January fifth, twenty twenty-six"),
        # Not a date: the words stay words.
        ("You may 3 times", "You may three times"),
    ],
)
def test_a_date_in_capitals_is_read_as_a_date(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("GENEVA (3 December 2026) – The", "Geneva, the third of December, twenty twenty-six, The"),
        ("LONDON (Reuters) - Ministers", "London, Reuters, Ministers"),
    ],
)
def test_a_dateline_city_before_brackets_is_a_name(written: str, spoken: str) -> None:
    """ "GENEVA (3 December 2026)" was spelled "G E N E V A"."""
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("under Pub. L. 117-58", "under Public Law one seventeen fifty-eight"),
        ("Public Law 94-142", "Public Law ninety-four one hundred forty-two"),
        ("follow 5 C.F.R. 2635 on gifts", "follow five C F R twenty-six thirty-five on gifts"),
        ("amends 5 CFR part 2635", "amends five C F R part twenty-six thirty-five"),
        ("at 86 Fed. Reg. 7009", "at eighty-six Federal Register seven thousand nine"),
        ("H.R. 3684 became law", "H R thirty-six eighty-four became law"),
        ("under 42 U.S.C. § 1983", "under forty-two U S C section nineteen eighty-three"),
    ],
)
def test_us_legal_citations_are_said_as_lawyers_say_them(written: str, spoken: str) -> None:
    """ "Pub. L. 117-58" was "Pub. L. one hundred seventeen to fifty-eight"."""
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # "and" dates a year only after one: "and 2021 people" was "twenty twenty-one people".
        (
            "In 2021 they met, and 2021 people came.",
            "In twenty twenty-one they met, and two thousand twenty-one people came.",
        ),
        ("between 2019 and 2020 councils", "between twenty nineteen and twenty twenty councils"),
        ("from 2015 to 2025 prices rose", "from twenty fifteen to twenty twenty-five prices rose"),
        ("a total of 1500 people", "a total of one thousand five hundred people"),
        # "class of" and the seasons take a year whatever follows.
        ("the class of 2019 graduates", "the class of twenty nineteen graduates"),
        ("the summer of 2021 floods", "the summer of twenty twenty-one floods"),
    ],
)
def test_a_number_after_and_before_a_plural_is_a_count(written: str, spoken: str) -> None:
    assert say(written) == spoken


def test_a_grouped_ordinal_is_one_word() -> None:
    """ "the 1,000th bridge" was "one thousand th"."""
    assert say("The 1,000th bridge.") == "The one thousandth bridge."
    assert say("la 1 000e édition", "fr") == "la millième édition"


def test_each_line_of_a_contact_block_gets_its_pause() -> None:
    """The block reaches the voice as one line; the name ran into "Phone" and one number into the next."""
    assert say("Jane Ortiz, press officer Phone: 020 7946 0958 Email: press@example.gov") == (
        "Jane Ortiz, press officer, Phone: zero two zero, seven nine four six, zero nine five"
        " eight, Email: press at example dot gov"
    )


def test_a_spanish_decimal_comma_is_said_coma() -> None:
    """ "3,5 millones" was "tres punto cinco"."""
    assert say("Son 3,5 millones de euros, un 2,5 %.", "es") == (
        "Son tres coma cinco millones de euros, un dos coma cinco por ciento."
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Am 3. Dezember 2026.", "Am dritten Dezember, zweitausendsechsundzwanzig."),
        ("Heute ist der 3. Dezember.", "Heute ist der dritte Dezember."),
        ("Vom 1. bis 3. Juni", "Vom ersten bis dritten Juni"),
    ],
)
def test_a_german_date_says_its_day_as_an_ordinal(written: str, spoken: str) -> None:
    """ "am 3. Dezember" was "am drei. Dezember"."""
    assert say(written, "de") == spoken


@pytest.mark.parametrize(
    ("written", "lang", "spoken"),
    [
        # "M€" was left to the voice; "millions euros" is not French.
        ("Un budget de 3,5 M€.", "fr", "Un budget de trois virgule cinq millions d'euros."),
        ("Un coût de 2 millions $", "fr", "Un coût de deux millions de dollars"),
        ("Un presupuesto de 3,5 M€.", "es", "Un presupuesto de tres coma cinco millones de euros."),
        ("Ein Budget von 3,5 Mio. Euro.", "de", "Ein Budget von drei Komma fünf Millionen Euro."),
        ("Es kostet 2 Mrd. €.", "de", "Es kostet zwei Milliarden Euro."),
        # Untouched: an M that is no scale.
        ("La salle M 3 est ouverte.", "fr", "La salle M trois est ouverte."),
    ],
)
def test_a_budgets_short_scale_is_said_in_full_abroad(written: str, lang: str, spoken: str) -> None:
    assert say(written, lang) == spoken


def test_a_morning_time_before_a_zone_says_no_a_m() -> None:
    """ "nine a m G M T" ran together and was heard "9amg"; the zone already places the time."""
    assert say("Inspectors start at 0900 GMT.") == "Inspectors start at nine o'clock G M T."
    assert say("Crews report at 0730 tomorrow.") == "Crews report at seven thirty a m tomorrow."


def test_a_span_from_one_weekdays_date_to_another_is_said_with_to() -> None:
    """ "Wednesday 3 – Friday 5 December" was "Wednesday three, Friday the fifth of December"."""
    assert say("Wednesday 3 – Friday 5 December") == (
        "Wednesday the third to Friday the fifth of December"
    )
    assert say("Open Monday 9am - 5pm") == "Open Monday nine a m to five p m"


@pytest.mark.parametrize(
    ("written", "lang", "spoken"),
    [
        # France says its numbers in pairs; the last pair had been left over as "dix".
        (
            "Contact : 01 45 67 89 10",
            "fr",
            "Contact: zéro un, quarante-cinq, soixante-sept, quatre-vingt-neuf, dix",
        ),
        (
            "Appelez le 01.45.67.89.10.",
            "fr",
            "Appelez le zéro un, quarante-cinq, soixante-sept, quatre-vingt-neuf, dix.",
        ),
        (
            "Tél. : +33 1 45 67 89 10",
            "fr",
            "téléphone plus trente-trois, un, quarante-cinq, soixante-sept, quatre-vingt-neuf, dix",
        ),
        # Spanish numbers have no leading 0: they were read as amounts.
        (
            "Llame al 915 123 456.",
            "es",
            "Llame al nueve uno cinco, uno dos tres, cuatro cinco seis.",
        ),
        # A German number's long second group was "zwölf Millionen …".
        (
            "Telefon: 030 12345678",
            "de",
            "Telefon: null drei null, eins zwei drei vier fünf sechs sieben acht",
        ),
        # The hours after a number are not part of it.
        (
            "Call 020 7946 0958 24 hours a day.",
            "en",
            "Call zero two zero, seven nine four six, zero nine five eight, twenty-four hours a day.",
        ),
    ],
)
def test_phone_numbers_abroad_are_said_as_their_owners_say_them(
    written: str, lang: str, spoken: str
) -> None:
    assert say(written, lang) == spoken


def test_a_social_media_handle_is_said_with_its_words_apart() -> None:
    """ "@DeptTransport" was sent as written; its capitals ran into one word."""
    assert say("Follow @DeptTransport and @UN_News.") == (
        "Follow at Dept Transport and at U N News."
    )
    assert say("Email press@un.org") == "Email press at un dot org"

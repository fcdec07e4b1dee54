"""What a listener hears in notices, court releases and police appeals, read as a newsreader would.

Each case comes from a kind of document the dev corpus lacks (an evacuation order, a boil-water
notice, sentencing remarks, a police appeal, a court's press release), where the old speech
text said what no careful reader says: "twenty hundred" for 20:00, "R versus Marsh" for an
English criminal case, "N H S one hundred eleven". Refusals pin down where a rule must not fire.
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import load_lexicon, to_speech
from pipeline.stages.speak import with_phonemes
from tests.fakes import SilentEngine


def say(text: str, lang: str = "en") -> str:
    return to_speech(text, lang).text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "twenty hundred", "seventeen hundred", "sixteen forty-five": a drill's clock.
        ("Residents must leave by 20:00.", "Residents must leave by eight p m."),
        ("Shelter opens from 17:00.", "Shelter opens from five p m."),
        (
            "Issued 6 February 2026, 16:45",
            "Issued the sixth of February, twenty twenty-six, four forty-five p m",
        ),
        ("The flight leaves at 23:45.", "The flight leaves at eleven forty-five p m."),
        ("It opens at 13:05.", "It opens at one oh five p m."),
        # The evening is already said: "eight o'clock tonight", with no "p m" on top.
        (
            "Residents must leave by 20:00 tonight.",
            "Residents must leave by eight o'clock tonight.",
        ),
        (
            "I will update residents at 18:00 this evening.",
            "I will update residents at six o'clock this evening.",
        ),
        ("We meet at 14:30 this afternoon.", "We meet at two thirty this afternoon."),
        # Morning times are as before.
        (
            "Updated 12 March 2026, 07:30",
            "Updated the twelfth of March, twenty twenty-six, seven thirty",
        ),
        ("Water is available from 10:00 today.", "Water is available from ten o'clock today."),
        ("The embargo lifts at 00:01 GMT.", "The embargo lifts at twelve oh one a m G M T."),
        ("It closed at 00:00.", "It closed at midnight."),
        ("At 12:30 the court rose.", "At twelve thirty the court rose."),
        ("At 12:00 noon.", "At twelve noon."),
        # A written meridiem is not said twice.
        ("Seen at 14:00 pm.", "Seen at two p m."),
    ],
)
def test_an_afternoon_time_is_read_on_the_twelve_hour_clock(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "ten o'clock to twenty hundred": the range's two halves of the day are said.
        ("Open 10:00–20:00", "Open ten a m to eight p m"),
        ("Open 12:00–18:00", "Open midday to six p m"),
        ("between 21:00 and 22:00 on Thursday", "between nine p m and ten p m on Thursday"),
        ("Open from 9:30 until 17:00.", "Open from nine thirty a m until five p m."),
        # Dotted, British style: the end was "eighteen point zero zero".
        ("Staff are there from 8.00 to 18.00.", "Staff are there from eight a m to six p m."),
        # A range within the morning needs no "a m".
        ("Open 08:00–11:30.", "Open eight o'clock to eleven thirty."),
        # Refusal: an amount after a time-like figure stays an amount.
        ("from 8:00 to 12.75 per kilo", "from eight o'clock to twelve point seven five per kilo"),
    ],
)
def test_a_range_of_times_says_each_half_of_the_day(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "fourteen thirty-five hrs": the abbreviation read as letters or a grunt.
        (
            "At approximately 14:35 hrs today, officers were called.",
            "At approximately two thirty-five p m today, officers were called.",
        ),
        ("At 09:15hrs officers arrived.", "At nine fifteen officers arrived."),
        # Was "oh nine thirty hours and fourteen hundred hours".
        ("At 0930hrs and 1400hrs.", "At nine thirty a m and two p m."),
        ("It ended at 2215hrs.", "It ended at ten fifteen p m."),
        # Refusal: a count of hours is not a time.
        ("Pilots log 1500 hours.", "Pilots log one thousand five hundred hours."),
    ],
)
def test_a_police_time_in_hours_is_a_time(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # An English criminal case is the Crown "against" the accused.
        ("R v Daniel Marsh", "R against Daniel Marsh"),
        ("In R v. Smith the court held.", "In R against Smith the court held."),
        ("Regina v Jones", "Regina against Jones"),
        # Other cases keep "versus".
        ("Norland v. Estavia", "Norland versus Estavia"),
        (
            "Kowalczyk v Regional Transport Authority",
            "Kowalczyk versus Regional Transport Authority",
        ),
        # Refusal: a lone capital R elsewhere.
        ("Grade R v grade S", "Grade R v grade S"),
    ],
)
def test_a_criminal_case_is_read_against(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # The dot after the genus was a full stop to the voice, which paused.
        (
            "Routine tests found E. coli at the reservoir.",
            "Routine tests found E coli at the reservoir.",
        ),
        ("Cases of C. difficile rose.", "Cases of C difficile rose."),
        # Refusals: dotted initials and a name's initial are left to their own rules.
        ("U.S. workers", "U S workers"),
        ("James S. Brady Press Briefing Room", "James S Brady Press Briefing Room"),
    ],
)
def test_an_abbreviated_genus_is_said_without_a_stop(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "N H S one hundred eleven" and "calling one hundred one".
        (
            "phone their GP surgery or NHS 111 before visiting",
            "phone their G P surgery or N H S one one one before visiting",
        ),
        (
            "or by calling 101, quoting incident 412 of 3 June.",
            "or by calling one zero one, quoting incident four one two of the third of June.",
        ),
        ("In an emergency, dial 999.", "In an emergency, dial nine nine nine."),
        # Refusal: a count after a calling verb.
        ("We are calling 300 families.", "We are calling three hundred families."),
    ],
)
def test_a_service_number_is_dialled_digit_by_digit(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # British style drops the dot: "No 34/26" was read as the word "no".
        ("Press Release No 34/26", "Press Release number thirty-four slash twenty-six"),
        ("No. 2025/41", "number twenty twenty-five slash forty-one"),
        # "Ref" was said as the word for a referee.
        ("Ref: PR/2026/031", "Reference: P R slash twenty twenty-six slash zero three one"),
        # Refusals: the answer "No", and "Ref" that is not a label.
        ("No, 5 people came.", "No, five people came."),
        ("No 5-year-old should wait.", "No five-year-old should wait."),
        ("No 10 Downing Street", "number ten Downing Street"),
    ],
)
def test_a_press_office_label_is_read_in_words(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # A section titled after the press release's end mark was sent "Part four:, ends –:".
        ("Part 4: – ENDS –: Notes to editors", "Part four: ends: Notes to editors"),
        ("– ENDS –", "ends"),
        # A dash between words is still a pause.
        ("Help came – slowly – from the north.", "Help came, slowly, from the north."),
    ],
)
def test_a_dash_at_an_edge_is_not_sent_to_the_voice(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "lang", "spoken"),
    [
        # An English figure in a French release was "deux.quatre".
        ("Il a investi 2.4 milliards.", "fr", "Il a investi deux virgule quatre milliards."),
        # A dot before three figures groups thousands.
        ("Es kostet 2.400 Euro.", "de", "Es kostet zweitausendvierhundert Euro."),
        # A dotted time before the hour word is a time, not a decimal.
        ("Um 10.30 Uhr.", "de", "Um zehn Uhr dreißig."),
        # Dates keep their own reading, the day an ordinal ("am drei Oktober" was a count).
        ("Am 3.10.2021.", "de", "Am dritten Oktober, zweitausendeinundzwanzig."),
    ],
)
def test_a_decimal_point_in_a_comma_language_is_a_decimal(
    written: str, lang: str, spoken: str
) -> None:
    assert say(written, lang) == spoken


class _PhonemeVoice(SilentEngine):
    """Stands for Piper: takes phonemes in "[[ ]]"."""

    name = "phoneme-voice"

    def phoneme_markup(self, ipa: str) -> str:
        return f"[[ {ipa} ]]"


@pytest.mark.parametrize(
    ("written", "sent"),
    [
        # Whisper heard "10-0-6-P-M": the voice said "a" as the article.
        ("Open 10:00–18:00", "Open ten [[ ˌeɪˈɛm ]] to six [[ pˌiːˈɛm ]]"),
        # Heard "equally": the letter ran into "coli" said "COAL-ee".
        ("Tests found E. coli.", "Tests found [[ ˌiː kˈoʊlaɪ. ]]"),
    ],
)
def test_a_phoneme_voice_is_given_the_meridiem_and_e_coli_as_units(written: str, sent: str) -> None:
    spoken = say(written)
    assert with_phonemes(spoken, load_lexicon(), _PhonemeVoice()) == sent


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # A range whose end is no time (75 minutes) or takes a unit is of figures, not hours:
        # "from 8.50" had been "from eight fifty".
        (
            "Prices rose from 8.50 to 12.75 per kilo.",
            "Prices rose from eight point five zero to twelve point seven five per kilo.",
        ),
        (
            "Rates went from 8.50 to 9.25 per cent.",
            "Rates went from eight point five zero to nine point two five per cent.",
        ),
        # A range of hours is still read as one.
        (
            "The hearing runs from 10.30 to 12.45 today.",
            "The hearing runs from ten thirty to twelve forty-five today.",
        ),
    ],
)
def test_a_range_of_figures_after_from_is_no_range_of_hours(written: str, spoken: str) -> None:
    assert say(written) == spoken

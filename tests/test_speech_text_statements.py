"""What a listener hears in the statements of session 25: codes, names in capitals, ranges.

Each written form here comes from a data-breach notice, a court's press summary, a results
declaration, a rate decision, a strike notice or an earlier extra, and was said in a way no
reader says it: "CCC/IG/2026/114" ended "one hundred fourteen", "CIVIL DIVISION" was "C I V I
L Division", "PATEL, Rohan" "P A T E L", "On issue (i)" "issue eye", "NHS 111" "one hundred
eleven", "£2m–£3m" "two million pounds, three million pounds". Refusals pin down where a rule
must not fire.
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import to_speech


def say(text: str, lang: str = "en") -> str:
    return to_speech(text, lang).text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # A reference to quote back: the serial digit by digit, a year in it still a year.
        ("Ref: CCC/IG/2026/114", "Reference: C C C slash I G slash twenty twenty-six slash one one four"),
        ("Reference: CPS-NM/2026/114", "Reference: C P S-N M slash twenty twenty-six slash one one four"),
        ("Notice reference: NWSRA/EN/2026/7", "Notice reference: N W S R A slash E N slash twenty twenty-six slash seven"),
        # Without a reference word, a UN symbol is said as the UN says it.
        ("S/PRST/2025/7", "S slash P R S T slash twenty twenty-five slash seven"),
        ("resolution A/RES/75/10", "resolution A slash Res slash seventy-five slash ten"),
        # "No." before a code is the numero, not the answer "no".
        ("Press release No. ICJ/2025/41", "Press release number I C J slash twenty twenty-five slash forty-one"),
        ("Is it? No. I think not.", "Is it? No. I think not."),
    ],
)  # fmt: skip
def test_a_reference_code_is_said_so_it_can_be_written_down(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("CIVIL DIVISION", "civil division"),
        ("WITNESS APPEAL", "witness appeal"),
        ("JOINT COMMUNIQUÉ", "joint communiqué"),
        ("NORTHMERE AREA", "northmere area"),
        ("RACHEL TEMBO: The earlier figure was from 2022.", "Rachel Tembo: The earlier figure was from twenty twenty-two."),
        ("PATEL, Rohan | Conservative Party | 938", "Patel, Rohan, Conservative Party, nine hundred thirty-eight"),
        ("WREN, Thomas | Independent | 207", "Wren, Thomas, Independent, two hundred seven"),
        # What cannot be said as a word, or is in the lexicon, keeps its letters.
        ("UNHCR STATEMENT", "U N H C R statement"),
        ("NHS ENGLAND", "N H S england"),
        ("OECD, Paris", "O E C D, Paris"),
        ("THE PRESIDENT: Thank you.", "the President: Thank you."),
    ],
)  # fmt: skip
def test_a_short_line_or_name_in_capitals_is_said_as_words(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("On issue (i), the court held.", "On issue one, the court held."),
        ("given its conclusion on issue (i) [para 63].", "given its conclusion on issue one [paragraph sixty-three]."),
        ("under ground (i) of the appeal", "under ground one of the appeal"),
        # Without a word that numbers the points, "(i)" may be a letter: left alone.
        ("she (i) said", "she i said"),
    ],
)  # fmt: skip
def test_a_numbered_issue_is_said_as_a_number(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("For anything else, use NHS 111 online or call 111.", "For anything else, use N H S one one one online or call one one one."),
        ("NHS 111 is free.", "N H S one one one is free."),
        ("The force answered 92% of 999 calls within 10 seconds.", "The force answered ninety-two percent of nine nine nine calls within ten seconds."),
        # A count of calls stays a count.
        ("We received 999 calls last week.", "We received nine hundred ninety-nine calls last week."),
        ("112 calls were made", "one hundred twelve calls were made"),
    ],
)  # fmt: skip
def test_a_service_number_is_dialled_not_counted(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("costs £2m–£3m", "costs two to three million pounds"),
        ("costs £2–3m", "costs two to three million pounds"),
        ("£10-£20 a month", "ten to twenty pounds a month"),
        ("€1.5bn–€2bn", "one point five to two billion euros"),
        ("$10–$15", "ten to fifteen dollars"),
        ("£5-10 million", "five to ten million pounds"),
        # Pounds and pence, or two currencies: each amount said alone.
        ("£3.50-£4.50", "three pounds fifty to four pounds fifty"),
        ("£2m-$3m", "two million pounds-three million dollars"),
    ],
)  # fmt: skip
def test_a_range_of_money_is_said_once(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Rt Hon Farah Siddiqui MP", "Right Honourable Farah Siddiqui M P"),
        ("The Rt. Hon. John Smith", "The Right Honourable John Smith"),
        ("incl. 3 children", "including three children"),
        ("| Shoplifting | 6,210 | +4% |", "Shoplifting, six thousand two hundred ten, plus four percent"),
        ("±2%", "plus or minus two percent"),
        ("+44 20 7946 0218", "plus four four, two zero, seven nine four six, zero two one eight"),
        ("Unemployment (July–September): 4.8%", "Unemployment, July to September: four point eight percent"),
        ("Batch numbers: 2406A to 2609C", "Batch numbers: two four zero six A to two six zero nine C"),
        ("a registered charity, number 1187654, supporting", "a registered charity, number one one eight seven six five four, supporting"),
        # A bar between fields is a pause, not a dropped character.
        ("Press office: 020 7946 0218 | press@bank.example", "Press office: zero two zero, seven nine four six, zero two one eight, press at bank dot example"),
        ("|---|---|", ""),
        ("Barcode: 5 060123 456781", "Barcode: five, zero six zero one two three, four five six seven eight one"),
        ("Flat 10A", "Flat ten A"),
    ],
)  # fmt: skip
def test_titles_signs_spans_and_codes_are_said_in_full(written: str, spoken: str) -> None:
    assert say(written) == spoken


def test_a_charity_number_in_brackets_is_quoted_figure_by_figure() -> None:
    assert say("a registered charity (no. 1187654) supporting 42 food banks") == (
        "a registered charity, number one one eight seven six five four, supporting forty-two"
        " food banks"
    )

"""What a listener hears for a list's markers: "(ii)" is "two", never "roman two".

espeak-ng (Piper's front end) reads a lower-case numeral such as "ii" or "iv" as "roman two",
"roman four"; a reader of a resolution's sub-paragraphs says "two", "four". Real numerals in
names keep their readings ("Elizabeth the second", "World War two", "Title four").
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import to_speech


def say(text: str, lang: str = "en") -> str:
    return to_speech(text, lang).text


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # A whole list in one sentence: the numerals beside "(i)" make it "one".
        (
            "The Council (i) condemns the attack; (ii) calls for calm; (iii) decides to act.",
            "The Council one condemns the attack; two calls for calm; three decides to act.",
        ),
        ("see sub-paragraph (ii) above", "see sub-paragraph two above"),
        ("as set out in paragraphs (i) to (iv).", "as set out in paragraphs one to four."),
        ("in (x) and (xi)", "in ten and eleven"),
        # The sentence splitter cuts a list at ";", so each item comes alone: a pause after it.
        ("(ii) calls for calm;", "two, calls for calm;"),
        (
            "(iv) Requests the Secretary-General to report.",
            "four, Requests the Secretary-General to report.",
        ),
        ("ii) water,", "two, water"),
        # A list's first item alone: as a letter it was "I, condemns", heard as the pronoun.
        ("(i) condemns the attack;", "one, condemns the attack;"),
        ("ii.", "two."),
        # A report's chapter heading, split from its title.
        ("II.", "two."),
        ("IV. Conclusions", "four. Conclusions"),
        # A letter's marker keeps its name, with the same pause when it starts the text.
        ("(b) calls for calm;", "B, calls for calm;"),
        # Under a lettered part, as the US Code writes it.
        (
            "Under section 2(b)(ii), the grant applies.",
            "Under section two B two, the grant applies.",
        ),
        (
            "Article 3(1)(a)(ii) applies.",
            "Article three, paragraph one, point A, point two applies.",
        ),
    ],
)
def test_list_numerals_are_said_as_numbers(written: str, spoken: str) -> None:
    assert say(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Alone, "(i)", "(v)" and "(x)" may be letters of an "(a)", "(b)" list: left letters.
        ("as per item (v).", "as per item V."),
        ("(v) reports;", "V, reports;"),
        # Beside "(h)", the list is lettered.
        ("(h) ensure; (i) promote;", "H, ensure; i promote;"),
        ("under sub-paragraph (i) above", "under sub-paragraph i above"),
        # One capital may be an initial.
        ("I.", "I."),
        # Names keep their numerals' own readings.
        (
            "Queen Elizabeth II visited after World War II.",
            "Queen Elizabeth the second visited after World War two.",
        ),
        ("Under Title IV, funds flow.", "Under Title four, funds flow."),
        ("Henry VIII and Louis XIV", "Henry the eighth and Louis the fourteenth"),
        # Only English: French reads its own numerals.
        ("(ii) demande", "ii demande"),
    ],
)
def test_what_is_not_a_list_numeral_keeps_its_reading(written: str, spoken: str) -> None:
    lang = "fr" if "demande" in written else "en"
    assert say(written, lang) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # A scan's "Il" in the Burkina Faso address was read "roman two souhaite".
        ("II souhaite, toutefois, que", "Il souhaite, toutefois, que"),
        ("IIs demandent", "Ils demandent"),
        # Numerals stay numerals.
        ("Louis II est né", "Louis II est né"),
        ("II. Contexte", "II. Contexte"),
    ],
)
def test_a_scanned_french_pronoun_is_mended(written: str, spoken: str) -> None:
    assert say(written, "fr") == spoken

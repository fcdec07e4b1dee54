"""What a listener hears: transcript directions of several notes, and readings checked by ear.

Part of plainvoice, GPL-3.0-or-later.
"""

from __future__ import annotations

import pytest

from pipeline.speech_text import load_lexicon, to_speech
from pipeline.stages.speak import with_phonemes
from pipeline.text import is_direction, split_sentences, without_stage_directions


def _heard(paragraph: str) -> list[str]:
    """The paragraph's sentences as the voice says them, silent ones left out."""
    spoken = (to_speech(sentence).text for sentence in split_sentences(paragraph))
    return [text for text in spoken if text]


@pytest.mark.parametrize(
    "paragraph",
    [
        "We will rebuild our towns. (Applause and laughter.) And we will do it together.",
        "We will rebuild our towns. (Laughter and applause.) And we will do it together.",
        "We will rebuild our towns. (Applause. Laughter.) And we will do it together.",
        "We will rebuild our towns. (Applause, cheers.) And we will do it together.",
        "We will rebuild our towns. (Standing ovation.) And we will do it together.",
        "We will rebuild our towns. (Prolonged applause.) And we will do it together.",
        "We will rebuild our towns. (The President pauses. Applause.) And we will do it together.",
        "We will rebuild our towns. [The President pauses. Applause.] And we will do it together.",
        "We will rebuild our towns. (Applause.) (Laughter.) And we will do it together.",
    ],
)
def test_a_direction_of_several_notes_is_not_said(paragraph: str) -> None:
    """Before, "(Applause and laughter.)" was said "Applause and laughter" in the speaker's voice."""
    assert _heard(paragraph) == ["We will rebuild our towns.", "And we will do it together."]


def test_a_direction_of_several_notes_inside_a_sentence_is_not_said() -> None:
    assert to_speech("We will rebuild (applause and laughter) our towns.").text == (
        "We will rebuild our towns."
    )
    # Between two dashes one dash stays, as the pause it marks.
    assert to_speech("A tax credit -- (applause and cheers) -- to encourage saving.").text == (
        "A tax credit, to encourage saving."
    )


@pytest.mark.parametrize(
    "sentence",
    ["(Applause and laughter.)", "(The President pauses. Applause.)", "(Applause.) (Laughter.)"],
)
def test_a_sentence_of_notes_only_is_a_direction(sentence: str) -> None:
    """Captions and the plain version treat it as the room's, not the speaker's."""
    assert is_direction(sentence)
    assert not without_stage_directions(sentence).strip()


@pytest.mark.parametrize(
    ("sentence", "spoken"),
    [
        # The speaker's own words in brackets that only mention a note's word stay said.
        ("He asked for (applause for the nurses) tonight.", "applause for the nurses"),
        ("The pause (two weeks) ended.", "two weeks"),
        ("Music (and more) for all.", "and more"),
    ],
)
def test_words_in_brackets_that_are_no_direction_are_said(sentence: str, spoken: str) -> None:
    assert spoken in to_speech(sentence).text
    assert not is_direction(sentence)


class _IpaVoice:
    """Takes inline phonemes, as Piper does."""

    def phoneme_markup(self, ipa: str) -> str:
        return f"[[ {ipa} ]]"


def _sent(sentence: str) -> str:
    """What a phoneme voice is sent for a sentence."""
    return with_phonemes(to_speech(sentence).text, load_lexicon(), _IpaVoice())  # type: ignore[arg-type]


def test_south_carolina_counties_are_said_as_locals_say_them() -> None:
    """Horry is "OR-ee" (the voice said "HOR-ee"), Bamberg "BAM-burg" (it said "bam-BERG")."""
    assert _sent("in the counties of Bamberg, Horry, and Union.") == (
        "in the counties of [[ bˈæmbɜːɡ, ]] [[ ˈɔːɹi, ]] and Union."
    )


def test_names_in_un_and_who_statements_are_said_as_their_owners_say_them() -> None:
    # Guterres was "GYOO-tuh-rez"; Gavi "GAV-ee" (heard "Gabby"); Ghebreyesus lost "yay".
    assert _sent("Secretary-General António Guterres thanked Gavi.") == (
        "Secretary-General António [[ ɡʊtˈɛːɹəʃ ]] thanked [[ ɡˈɑːvi. ]]"
    )
    assert _sent("Dr Tedros Adhanom Ghebreyesus spoke.") == (
        "Doctor Tedros [[ ɐdhˈɑːnəm ]] [[ ɡˌɛbɹəjˈeɪsəs ]] spoke."
    )


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("on a cost-sharing basis", "on a cost sharing basis"),
        ("Profit-Sharing plans", "Profit Sharing plans"),
        # Other joins keep their hyphen: no "t" runs into a "sh" there.
        ("a part-time post", "a part-time post"),
        ("a last-ditch effort", "a last-ditch effort"),
        ("a fish-shop", "a fish-shop"),
    ],
)
def test_a_t_before_sh_in_a_hyphenated_word_is_kept_apart(written: str, spoken: str) -> None:
    """espeak-ng ran "cost-sharing" into "costcharing"; Whisper heard "cost-charing"."""
    assert to_speech(written).text == spoken


def test_a_t_before_sh_keeps_its_hyphen_in_other_languages() -> None:
    assert to_speech("le coût-shampooing", "fr").text == "le coût-shampooing"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "the U K'S economy": the voice said "U K tick S".
        ("THE UK'S ECONOMY", "the U K's economy"),
        ("THE EU’S BUDGET", "the E U’s budget"),
        ("THE FBI'S ROLE", "the F B I's role"),
        # In capitals "IT'S" is the pronoun's contraction, not the acronym "I T".
        ("IT'S TIME", "it's time"),
        # A word the lexicon knows keeps its reading before the "'S" ("CEO'S" was "ceo's").
        ("CEO'S MESSAGE", "C E O's message"),
        ("PRESIDENT GEORGE W. BUSH'S ADDRESS BEFORE A JOINT SESSION", "president george W."),
    ],
)
def test_a_capital_s_after_an_apostrophe_is_an_ending_not_a_letter(
    written: str, spoken: str
) -> None:
    assert to_speech(written).text.startswith(spoken)
    assert "'S" not in to_speech(written).text and "’S" not in to_speech(written).text


def test_a_capital_s_is_left_alone_where_it_is_no_english_ending() -> None:
    assert to_speech("O'Sullivan said", "en").text == "O'Sullivan said"
    assert to_speech("the IT's budget").text == "the I T's budget"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # An executive order's section heading was said "seck two", a sentence of its own.
        ("Sec. 2. Definitions.", "Section two. Definitions."),
        ("under sec. 301 of the Trade Act", "under section three hundred one of the Trade Act"),
        ("Secs. 4 and 5 apply.", "Sections four and five apply."),
        # After a number "sec." is seconds, as before.
        ("It took 30 sec. Then he left.", "It took thirty seconds. Then he left."),
    ],
)
def test_sec_before_a_number_is_a_section(written: str, spoken: str) -> None:
    assert to_speech(written).text == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # "COtwo e" before, said "see OT-woh ee".
        (
            "Emissions fell by 5 MtCO2e.",
            "Emissions fell by five million tonnes of C O two equivalent.",
        ),
        ("about 2 tCO2e per person", "about two tonnes of C O two equivalent per person"),
        ("in CO2e terms", "in C O two equivalent terms"),
        ("CO2-equivalent emissions", "C O two equivalent emissions"),
        # Subscript figures are figures: "PM₂.₅" was said "P M dot".
        ("CO₂ emissions", "C O two emissions"),
        ("PM₂.₅ levels", "P M two point five levels"),
        # Plain CO2 is still the lexicon's.
        ("CO2 emissions", "C O two emissions"),
    ],
)
def test_emissions_and_formulas_are_said_in_words(written: str, spoken: str) -> None:
    assert to_speech(written).text == spoken


def test_a_vulnerability_number_keeps_its_year_and_number_apart() -> None:
    """Was "C V E-two thousand twenty-four-three thousand four hundred", one long figure."""
    assert to_speech("Patch CVE-2024-3400 now.").text == (
        "Patch C V E twenty twenty-four, three four zero zero now."
    )
    assert to_speech("CVE-2021-44228").text == "C V E twenty twenty-one, four four two two eight"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # "Ib" was said as the word "ib"; "IIb" was left as letters.
        ("cases of mpox clade Ib", "cases of mpox clade one B"),
        ("clade I and clade II", "clade one and clade two"),
        ("a Phase IIb trial", "a Phase two B trial"),
        ("a Phase Ib/IIa study", "a Phase one B two A, study"),
        ("Stage IIIb cancer", "Stage three B cancer"),
        # Refusals: no cue before the numeral.
        ("Vitamin B", "Vitamin B"),
        ("He said I did", "He said I did"),
    ],
)
def test_a_roman_numeral_with_a_part_letter_is_said_as_a_number(written: str, spoken: str) -> None:
    assert to_speech(written).text == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # Was "one-eight hundred-six hundred twenty-one-Feema, three thousand three hundred …".
        (
            "Call 1-800-621-FEMA (3362) for help.",
            "Call one, eight hundred, six two one, Feema, three three six two for help.",
        ),
        ("call 1-800-RED-CROSS", "call one, eight hundred, red cross"),
        (
            "call 1-888-WHO-HELP (946-4357)",
            "call one, eight eight eight, W H O help, nine four six four three five seven",
        ),
        # Refusals: no toll-free number.
        ("items 100-200-ABCD", "items one hundred to two hundred-A B C D"),
        ("an 800-TONNE load", "an eight hundred-T O N N E load"),
    ],
)
def test_a_phone_number_spelled_with_a_word_is_dialled(written: str, spoken: str) -> None:
    assert to_speech(written).text == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # A heading's mark has a space after it; these opened a sentence and lost their "#".
        ("#StopRansomware is a campaign.", "hashtag Stop Ransomware is a campaign."),
        ("#1 priority is safety.", "number one priority is safety."),
        ("## Funding", "Funding"),
        ("###", ""),
    ],
)
def test_a_hash_opening_a_sentence_is_a_heading_mark_only_before_a_space(
    written: str, spoken: str
) -> None:
    assert to_speech(written).text == spoken


def test_a_stop_after_a_phoneme_block_goes_inside_it() -> None:
    """Piper dropped a comma or stop after "[[ … ]]" and the space with it: "the U N, the E U"
    ran together as "U-Nthe", and a sentence ending in a block lost its full stop."""
    assert _sent("The UN, the EU and NATO met in Kyoto.") == (
        "The [[ jˌuːˈɛn, ]] the [[ ˌiːjˈuː ]] and Nato met in [[ kjˈoʊɾoʊ. ]]"
    )
    assert _sent("Is it the UN?") == "Is it the [[ jˌuːˈɛn? ]]"
    # A block with no stop after it is as before.
    assert _sent("The UN met") == "The [[ jˌuːˈɛn ]] met"

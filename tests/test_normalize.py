"""Tests for pipeline.speech_text: display text in, speakable text out."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.errors import InputError, UsageError
from pipeline.speech_text import (
    NORMALISATION_RULES,
    Lexicon,
    RuleContext,
    SpeechText,
    expand_abbreviations,
    load_lexicon,
    lowercase_shouted_heading,
    speak_acronyms,
    speak_cardinals,
    speak_currency,
    speak_dashes_and_slashes,
    speak_number_slashes,
    speak_ranges,
    speak_urls,
    speak_years,
    strip_markup,
    to_speech,
)


def say(text: str, lang: str = "en") -> str:
    return to_speech(text, lang).text


def ctx(lang: str = "en") -> RuleContext:
    return RuleContext(lang=lang, lexicon=load_lexicon())


# The INTERPOL sample sentences from the brief.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INTERPOL's I-24/7 secure, global network", "Interpol's I twenty-four seven"),
        ("Kyoto, Japan 7-9 March 2021", "seven to nine March, twenty twenty-one"),
        ("*14th United Nations Congress*", "fourteenth United Nations Congress"),
        (
            "UN General Assembly Resolution 75/10",
            "U N General Assembly Resolution seventy-five slash ten",
        ),
    ],
)
def test_interpol_samples(text: str, expected: str) -> None:
    spoken = say(text)
    assert expected in spoken
    assert "*" not in spoken


# Whole-sentence expectations, one rule family per block.
EXACT_CASES = [
    # markup
    ("*emphasis* here", "emphasis here"),
    ("_emphasis_ here", "emphasis here"),
    ("**strong** words", "strong words"),
    ("__strong__ words", "strong words"),
    ("# A heading", "A heading"),
    ("### Deeper heading ###", "Deeper heading"),
    ("- first item", "first item"),
    ("* starred item", "starred item"),
    ("1. numbered item", "numbered item"),
    ("Run `plainvoice` now", "Run plainvoice now"),
    ("See [the report](https://example.org/r) today", "See the report today"),
    ("A <b>bold</b> claim", "A bold claim"),
    # URLs and e-mail
    (
        "Visit https://www.interpol.int/en/News",
        "Visit interpol dot int slash en slash news",
    ),
    ("See www.unodc.org/ for more.", "See unodc dot org for more."),
    ("Details at interpol.int.", "Details at interpol dot int."),
    ("Write to press@un.org.", "Write to press at un dot org."),
    ("https://example.org/page?id=3#top", "example dot org slash page"),
    # cardinals, separators, decimals
    ("194 countries", "one hundred ninety-four countries"),
    ("5,000 officers", "five thousand officers"),
    ("1,250,000 doses", "one million two hundred fifty thousand doses"),
    ("3.5 tonnes", "three point five tonnes"),
    ("It rose by 0.75", "It rose by zero point seven five"),
    ("a 10km route", "a ten km route"),
    # ordinals
    ("the 14th Congress", "the fourteenth Congress"),
    ("1st, 2nd and 3rd", "first, second and third"),
    ("the 21st century", "the twenty-first century"),
    # years
    ("in 2021", "in twenty twenty-one"),
    ("2000", "two thousand"),
    ("2009", "two thousand nine"),
    ("since 1990", "since nineteen ninety"),
    ("In 1905, it began.", "In nineteen oh five, it began."),
    ("the 1990s", "the nineteen nineties"),
    ("1990 officers were deployed", "one thousand nine hundred ninety officers were deployed"),
    ("3000 officers", "three thousand officers"),
    ("The World Drug Report 2023 is out.", "The World Drug Report twenty twenty-three is out."),
    (
        "In 2021 officers arrested 1500 suspects.",
        "In twenty twenty-one officers arrested one thousand five hundred suspects.",
    ),
    ("about 1990 people", "about one thousand nine hundred ninety people"),
    ("the 2030 Agenda", "the twenty thirty Agenda"),
    # dates and ranges
    ("7-9 March 2021", "seven to nine March, twenty twenty-one"),
    ("7–9 March 2021", "seven to nine March, twenty twenty-one"),
    ("2020-2024", "twenty twenty to twenty twenty-four"),
    ("from 2020–2024", "from twenty twenty to twenty twenty-four"),
    ("pages 10-12", "pages ten to twelve"),
    ("March 7, 2021", "March seven, twenty twenty-one"),
    ("in March 2021", "in March twenty twenty-one"),
    ("on 2021-03-07", "on seven March, twenty twenty-one"),
    # percentages
    ("45%", "forty-five percent"),
    ("a 12.5 % rise", "a twelve point five percent rise"),
    ("10-12%", "ten to twelve percent"),
    # currencies
    ("$5 million", "five million dollars"),
    ("€20", "twenty euros"),
    ("£3.50", "three pounds fifty"),
    ("$1", "one dollar"),
    ("$0.25", "twenty-five cents"),
    ("€1,000 fine", "one thousand euros fine"),
    ("$2.5 billion", "two point five billion dollars"),
    ("recovered USD 300 million.", "recovered three hundred million dollars."),
    ("fined 20 EUR today", "fined twenty euros today"),
    ("paid in USD", "paid in U S dollars"),
    ("20 €", "twenty euros"),
    # times
    ("at 10:30", "at ten thirty"),
    ("at 10:05", "at ten oh five"),
    ("at 10:00", "at ten o'clock"),
    ("at 3 p.m.", "at three p m."),
    ("at 3 p.m. today", "at three p m today"),
    ("at 9am", "at nine a m"),
    ("at 10:00 a.m. sharp", "at ten a m sharp"),
    # slashes between numbers
    ("Resolution 75/10", "Resolution seventy-five slash ten"),
    ("decision 12/3", "decision twelve slash three"),
    ("open 24/7", "open twenty-four seven"),
    ("1/2 of them", "one half of them"),
    ("3/4 of them", "three quarters of them"),
    ("2/3 of them", "two thirds of them"),
    ("ratio 30/40", "ratio thirty slash forty"),
    ("A/RES/75/10 was adopted.", "A slash Res slash seventy-five slash ten was adopted."),
    ("See S/2021/123", "See S slash twenty twenty-one slash one hundred twenty-three"),
    ("A/CONF.234/16", "A slash Conf two hundred thirty-four slash sixteen"),
    # phone numbers and number signs
    (
        "Call +33 4 72 44 70 00 now",
        "Call plus three three, four, seven two, four four, seven zero, zero zero now",
    ),
    ("Box No. 5", "Box number five"),
    ("item #3", "item number three"),
    ("No. I disagree", "No. I disagree"),
    # acronyms
    ("COVID-19 pandemic", "Covid nineteen pandemic"),
    ("INTERPOL's work", "Interpol's work"),
    ("the UN's role", "the U N's role"),
    ("NGOs help", "N G Os help"),
    ("UNODC and UNHCR", "U N O D C and U N H C R"),
    ("NATO and the EU", "Nato and the E U"),
    ("UNESCO and UNICEF", "Unesco and Unicef"),
    ("WHO said", "W H O said"),
    ("who said", "who said"),
    ("the ASEAN and AFRIPOL meeting", "the Asean and Afripol meeting"),
    ("King Charles II", "King Charles II"),
    ("World War IV", "World War IV"),
    ("The G20 met", "The G twenty met"),
    ("Paris is lovely", "Paris is lovely"),
    ("POLICE ARREST 20 SUSPECTS IN LYON", "police arrest twenty suspects in lyon"),
    ("INTERPOL WARNS OF NEW SCAM", "Interpol warns of new scam"),
    ("WORLD WAR II ENDED IN 1945", "world war II ended in nineteen forty-five"),
    # abbreviations
    ("Mr Smith", "Mister Smith"),
    ("Mr. Smith", "Mister Smith"),
    ("Mrs Jones", "Missus Jones"),
    ("Ms Lee", "Miz Lee"),
    ("Dr. Okafor", "Doctor Okafor"),
    ("St. Petersburg", "Saint Petersburg"),
    ("drugs, e.g. cocaine", "drugs, for example cocaine"),
    ("one, i.e. this", "one, that is this"),
    ("arms, drugs, etc.", "arms, drugs, et cetera."),
    ("arms, etc. were found", "arms, et cetera were found"),
    ("Smith vs. Jones", "Smith versus Jones"),
    ("approx. 300 people", "approximately three hundred people"),
    # symbols
    ("Law & Order", "Law and Order"),
    ("§ 5 applies", "section five applies"),
    ("It was 25°C", "It was twenty-five degrees Celsius"),
    ("Peace - and justice", "Peace, and justice"),
    ("Peace – and justice", "Peace, and justice"),
    ("victims and/or witnesses", "victims and or witnesses"),
    # signs, dotted numbers and initials
    ("Temperatures of -5°C", "Temperatures of minus five degrees Celsius"),
    ("Section 3.2.1 applies", "Section three point two point one applies"),
    ("a 50/50 split", "a fifty fifty split"),
    ("The U.S. and U.K. agreed.", "The U S and U K agreed."),
    ("Made in the U.S.", "Made in the U S."),
    ("OK, thanks", "okay, thanks"),
    # whitespace
    ("  too   many\n spaces  ", "too many spaces"),
]


@pytest.mark.parametrize(("text", "expected"), EXACT_CASES)
def test_to_speech_exact(text: str, expected: str) -> None:
    assert say(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("194 pays", "fr", "cent quatre-vingt-quatorze pays"),
        ("5 000 euros et 3,5 %", "fr", "cinq mille euros et trois virgule cinq pour cent"),
        ("le 14e congrès", "fr", "le quatorzième congrès"),
        ("en 2021", "fr", "en deux mille vingt et un"),
        ("194 países en 2021", "es", "ciento noventa y cuatro países en dos mil veintiuno"),
        ("el 45%", "es", "el cuarenta y cinco por ciento"),
        ("7-9 März 2021", "de", "sieben bis neun März, zweitausendeinundzwanzig"),
        ("5.000 Euro", "de", "fünftausend Euro"),
        ("3,5 Prozent", "de", "drei Komma fünf Prozent"),
        ("5.000.000 Euro und -3 Grad", "de", "fünf Millionen Euro und minus drei Grad"),
        ("Dr. Müller", "de", "Dr. Müller"),
        ("194 countries", "en-GB", "one hundred ninety-four countries"),
        ("Dr Rao, 5,000", "en_IN", "Doctor Rao, five thousand"),
    ],
)
def test_other_languages(text: str, lang: str, expected: str) -> None:
    assert say(text, lang) == expected


def test_unsupported_language_is_usage_error() -> None:
    with pytest.raises(UsageError):
        to_speech("5 apples", lang="xx")


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("The ABC team met XYZ", ("ABC", "XYZ")),
        ("ABC and ABC again", ("ABC",)),
        ("The DPKOs met", ("DPKO",)),
        ("INTERPOL and UNODC", ()),
        ("POLICE ARREST SUSPECTS", ()),
        ("ABC and XYZ", ("ABC", "XYZ")),
        ("King Charles II", ()),
        ("A Normal Title Case Sentence", ()),
        ("EUROJUSTICE met", ("EUROJUSTICE",)),
    ],
)
def test_unknown_acronyms_reported(text: str, unknown: tuple[str, ...]) -> None:
    assert to_speech(text).unknown_acronyms == unknown


def test_unknown_acronym_spelled_and_long_one_read_as_word() -> None:
    assert say("The ABC team") == "The A B C team"
    assert say("EUROJUSTICE met") == "Eurojustice met"
    assert say("The DPKOs met") == "The D P K Os met"


@pytest.mark.parametrize(
    "text",
    [
        "*a* _b_ **c** __d__ # e <f> g > h < i",
        "# Title with * stray _ marks",
        "snake_case_name and 3 * 4",
        "<script>alert(1)</script> done",
    ],
)
def test_output_never_has_markup_characters(text: str) -> None:
    spoken = say(text)
    for forbidden in "*_#<>":
        assert forbidden not in spoken


def test_result_type() -> None:
    result = to_speech("UN")
    assert isinstance(result, SpeechText)
    assert result == SpeechText(text="U N", unknown_acronyms=())


# Each rule on its own, so a failure names the rule at fault.
@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        (strip_markup, "**x** and *y*", "x and y"),
        (speak_urls, "https://www.un.org/en", "un dot org slash en"),
        (lowercase_shouted_heading, "NEW RULES FOR ALL", "new rules for all"),
        (lowercase_shouted_heading, "UN and EU meet", "UN and EU meet"),
        (expand_abbreviations, "Dr Who", "Doctor Who"),
        (speak_acronyms, "NGOs", "N G Os"),
        (speak_currency, "$5 million", "5 million dollars"),
        (speak_currency, "£3.50", "3 pounds 50"),
        (speak_ranges, "7-9 May", "7 to 9 May"),
        (speak_number_slashes, "open 24/7", "open 24 7"),
        (speak_years, "in 1990", "in nineteen ninety"),
        (speak_cardinals, "5,000", "five thousand"),
        (speak_dashes_and_slashes, "a - b and/or c", "a, b and or c"),
    ],
)
def test_single_rule(rule: object, text: str, expected: str) -> None:
    assert callable(rule)
    assert rule(text, ctx()) == expected


def test_abbreviations_only_in_english() -> None:
    assert expand_abbreviations("Dr Müller", ctx("de")) == "Dr Müller"


def test_rules_are_ordered_and_documented() -> None:
    assert NORMALISATION_RULES[0] is strip_markup
    assert len(set(NORMALISATION_RULES)) == len(NORMALISATION_RULES)
    for rule in NORMALISATION_RULES:
        assert rule.__doc__ and rule.__doc__.strip()


# Lexicon files.
def test_builtin_lexicon_entries() -> None:
    lexicon = load_lexicon()
    assert len(lexicon.words) >= 100
    assert lexicon.get("INTERPOL") == "Interpol"
    assert lexicon.get("UNODC") == "U N O D C"
    assert lexicon.get("I-24/7") == "I twenty-four seven"
    assert lexicon.get("who") is None


def test_toml_lexicon_merges_and_overrides(tmp_path: Path) -> None:
    extra = tmp_path / "extra.toml"
    extra.write_text('[words]\nUNDOF = "Undof"\nNATO = "N A T O"\n', encoding="utf-8")
    lexicon = load_lexicon(extra)
    assert lexicon.get("UNDOF") == "Undof"
    assert lexicon.get("NATO") == "N A T O"
    assert lexicon.get("INTERPOL") == "Interpol"
    result = to_speech("UNDOF and NATO", lexicon=lexicon)
    assert result.text == "Undof and N A T O"
    assert result.unknown_acronyms == ()


def test_user_lexicon_phrases_and_accents(tmp_path: Path) -> None:
    extra = tmp_path / "names.toml"
    extra.write_text(
        '[words]\n"Jürgen Stock" = "Yurgen Stock"\n"Doha Declaration" = "Doha Declaration"\n'
        'gif = "jif"\n',
        encoding="utf-8",
    )
    lexicon = load_lexicon(extra)
    assert to_speech("Jürgen Stock said", lexicon=lexicon).text == "Yurgen Stock said"
    assert to_speech("a gif file", lexicon=lexicon).text == "a jif file"


def test_pls_lexicon_import(tmp_path: Path) -> None:
    pls = tmp_path / "names.pls"
    pls.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"
         alphabet="ipa" xml:lang="en">
  <lexeme>
    <grapheme>UNDOF</grapheme>
    <alias>Undof</alias>
  </lexeme>
  <lexeme>
    <grapheme>Nguyen</grapheme>
    <grapheme>NGUYEN</grapheme>
    <alias>Win</alias>
  </lexeme>
  <lexeme>
    <grapheme>tomato</grapheme>
    <phoneme>təˈmɑːtoʊ</phoneme>
  </lexeme>
</lexicon>
""",
        encoding="utf-8",
    )
    lexicon = load_lexicon(pls)
    assert lexicon.get("UNDOF") == "Undof"
    assert lexicon.get("Nguyen") == "Win"
    assert lexicon.get("NGUYEN") == "Win"
    assert lexicon.get("tomato") is None
    assert to_speech("Mr Nguyen of UNDOF", lexicon=lexicon).text == "Mister Win of Undof"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.toml", "[words\nUN = ", "not valid TOML"),
        ("nowords.toml", 'UN = "U N"\n', "no [words] table"),
        ("number.toml", "[words]\nUN = 5\n", "non-empty text"),
        ("empty.toml", '[words]\nUN = "  "\n', "non-empty text"),
        ("broken.pls", "<lexicon><lexeme>", "not well-formed XML"),
        ("other.xml", "<html><body/></html>", "not a PLS lexicon"),
        (
            "bomb.pls",
            '<?xml version="1.0"?><!DOCTYPE lexicon [<!ENTITY a "aaaa">]>'
            "<lexicon><lexeme><grapheme>&a;</grapheme><alias>x</alias></lexeme></lexicon>",
            "DOCTYPE",
        ),
    ],
)
def test_bad_lexicon_files_raise_input_error(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)) as info:
        load_lexicon(path)
    assert info.value.message


def test_missing_lexicon_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        load_lexicon(tmp_path / "nope.toml")


def test_non_utf8_lexicon_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('[words]\nCAFÉ = "cafe"\n'.encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        load_lexicon(path)


def test_lexicon_is_read_only() -> None:
    lexicon = load_lexicon()
    with pytest.raises(TypeError):
        lexicon.words["UN"] = "oops"  # type: ignore[index]


def test_empty_lexicon_spells_everything() -> None:
    bare = Lexicon({})
    result = to_speech("INTERPOL and UN", lexicon=bare)
    assert result.text == "Interpol and U N"
    assert result.unknown_acronyms == ("INTERPOL", "UN")

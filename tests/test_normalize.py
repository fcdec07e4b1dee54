"""Tests for pipeline.speech_text: display text in, speakable text out."""

from __future__ import annotations

import re
from collections.abc import MutableMapping
from pathlib import Path
from typing import cast

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
    split_phrases,
    strip_markup,
    to_speech,
)
from tests.fakes import SilentEngine


def say(text: str, lang: str = "en") -> str:
    return to_speech(text, lang).text


def ctx(lang: str = "en") -> RuleContext:
    return RuleContext(lang=lang, lexicon=load_lexicon())


# The INTERPOL sample sentences from the brief.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INTERPOL's I-24/7 secure, global network", "Interpol's I twenty-four seven"),
        ("Kyoto, Japan 7-9 March 2021", "the seventh to the ninth of March, twenty twenty-one"),
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


@pytest.mark.parametrize(
    ("text", "lang", "spoken"),
    [
        ("le Capitaine Ibrahim TRAORE, Président du Faso", "fr", "le Capitaine Ibrahim Traore, "),
        ("President Emmanuel MACRON said", "en", "President Emmanuel Macron said"),
        ("Case UKSC 2022", "en", "Case U K S C"),
        ("the Fourth CRI Summit", "en", "the Fourth C R I Summit"),
        ("The ICRTF met", "en", "The I C R T F met"),
        ("Health Agency NHPA said", "en", "Health Agency N H P A said"),
    ],
)
def test_surname_in_capitals_after_a_given_name_is_said_as_a_name(
    text: str, lang: str, spoken: str
) -> None:
    """UN and French texts write surnames in capitals; spelling them out ("T R A O R E") is wrong."""
    assert say(text, lang).startswith(spoken)
    assert "TRAORE" not in to_speech(text, lang).unknown_acronyms


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
    # Worded as every other error line: "Pronunciation file X has no [words] table. (start …)"
    # read as two sentences, against "plainvoice: error: the lexicon file X does not exist".
    assert info.value.message.startswith(f"the lexicon file {path}")
    assert not info.value.message.endswith(".")


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
        # The type says so (a Mapping); a caller that writes anyway is stopped too.
        cast("MutableMapping[str, str]", lexicon.words)["UN"] = "oops"


def test_empty_lexicon_spells_everything() -> None:
    bare = Lexicon({})
    result = to_speech("INTERPOL and UN", lexicon=bare)
    assert result.text == "Interpol and U N"
    assert result.unknown_acronyms == ("INTERPOL", "UN")


# Golden cases: one file per case in tests/cases/normalize/ (family, lang, input, expected).
CASES = Path(__file__).parent / "cases" / "normalize"


def _read_case(path: Path) -> tuple[str, str, str]:
    """Parse a case file: header lines `key: value`, then `--- input ---` and `--- expected ---`."""
    content = path.read_text(encoding="utf-8")
    header, _, rest = content.partition("--- input ---\n")
    text, _, expected = rest.partition("\n--- expected ---\n")
    fields = dict(line.split(": ", 1) for line in header.splitlines() if ": " in line)
    return fields.get("lang", "en"), text, expected.removesuffix("\n")


class _PhonemeReader(SilentEngine):
    """Stands for Piper in golden cases: takes the lexicon's phonemes as [[ ipa ]] blocks."""

    def phoneme_markup(self, ipa: str) -> str:
        return f"[[ {ipa} ]]"


def _spoken_for_case(path: Path, text: str, lang: str) -> str:
    """What a case checks: the spoken text; with `said-by: piper`, what Piper is told; with
    `phrases: yes`, the byline's phrases (split_phrases) joined by " | "."""
    from pipeline.stages.speak import _lexicon, with_phonemes

    header = path.read_text(encoding="utf-8").partition("--- input ---")[0]
    spoken = say(text, lang)
    if "said-by: piper" in header:
        spoken = with_phonemes(spoken, _lexicon(None), _PhonemeReader())
    if "phrases: yes" in header:
        spoken = " | ".join(split_phrases(spoken))
    return spoken


@pytest.mark.parametrize("path", sorted(CASES.glob("*.txt")), ids=lambda p: p.stem)
def test_golden_case(path: Path) -> None:
    lang, text, expected = _read_case(path)
    assert _spoken_for_case(path, text, lang) == expected


def test_golden_cases_cover_every_rule_family() -> None:
    families = {
        line.removeprefix("family: ")
        for path in CASES.glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("family: ")
    }
    assert len(list(CASES.glob("*.txt"))) >= 80
    for family in ("markup", "ordinals", "years", "currencies", "times", "acronyms"):
        assert any(family in f for f in families), family


def test_split_phrases_breathes_at_commas_only() -> None:
    assert split_phrases("by Jürgen Stock, Interpol Secretary General.") == [
        "by Jürgen Stock,",
        "Interpol Secretary General.",
    ]
    assert split_phrases("one thousand two hundred") == ["one thousand two hundred"]
    assert split_phrases("a, , b") == ["a,", "b"]
    assert split_phrases("   ") == []

"""Speak stage: what the engine is told, announcements, chunks, pauses, rate, timings, files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Unpack
from unittest import mock

import pytest
from typer.testing import CliRunner

from pipeline import audio
from pipeline.cache import CachedSpeech, SpeechCache
from pipeline.cli import app
from pipeline.engines.base import SpeechAudio
from pipeline.errors import ExitCode, SynthesisError
from pipeline.speech_text import MAX_PHRASE_SECONDS, chunk_for_speech, spoken_seconds
from pipeline.stages.speak import (
    AlbumInfo,
    SpeechJob,
    SpeechOptions,
    _lexicon,
    clip_cache_key,
    plan_phrases,
    pronunciation_review,
    render_job,
    speak,
    speak_statement,
    speakable,
    tags_for,
    transcript,
)
from tests.fakes import MuteEngine, SilentEngine, SpeechJobChanges

ALBUM = AlbumInfo("Video Statement", "Jürgen Stock", "en", "2021")


def _job(**changes: Unpack[SpeechJobChanges]) -> SpeechJob:
    job = SpeechJob(
        "02-covid",
        "original",
        "COVID-19 and crime",
        (("First sentence here.", "Second one."), ("New paragraph.",)),
        announcement="Part 2: COVID-19 and crime",
        track=2,
        track_total=5,
    )
    return replace(job, **changes)


def test_markup_is_never_spoken() -> None:
    spoken = speakable("It gives me *great* pleasure - truly # _now_")
    assert "*" not in spoken and "_" not in spoken and "#" not in spoken


def test_the_section_title_is_announced_first_and_timed() -> None:
    engine = SilentEngine()
    rendered = render_job(_job(), engine, "en")
    assert engine.texts[0] == "Part two: Covid nineteen and crime"
    first = rendered.timings[0]
    assert (first.kind, first.text, first.start) == (
        "announcement",
        "Part 2: COVID-19 and crime",
        0.5,  # after the clip's lead-in
    )
    assert [t.kind for t in rendered.timings[1:]] == ["sentence"] * 3


def test_every_clip_opens_with_half_a_second_of_silence() -> None:
    """Players drop the first tenths of a second as they start: "Part 2" was heard as "R2"."""
    from pipeline import audio

    for job in (_job(), _job(announcement="")):
        rendered = render_job(job, SilentEngine(), "en")
        rate = rendered.audio.sample_rate
        head = replace(rendered.audio, pcm=rendered.audio.pcm[:rate])  # 0.5 s of 16-bit
        assert audio.is_silent(head) and head.duration == 0.5
        assert not audio.is_silent(replace(rendered.audio, pcm=rendered.audio.pcm[rate:]))
        assert rendered.timings[0].start == audio.LEAD_IN_MS / 1000


def test_the_phrase_plan_is_exactly_what_the_engine_is_asked() -> None:
    long = " ".join(f"word{n}" for n in range(60)) + "."
    job = _job(paragraphs=(("First sentence here.", long), ("$", "New paragraph.")))
    engine = SilentEngine()
    render_job(job, engine, "en")
    plan = plan_phrases(job, SilentEngine(), "en")
    assert list(plan.phrases()) == engine.texts
    assert plan.announcement == ("Part two: Covid nineteen and crime",)
    # One entry per displayed sentence: the long one in breaths, the lone symbol in none.
    first, long_one, symbol, last = (len(phrases) for phrases in plan.sentences)
    assert (first, symbol, last) == (1, 0, 1) and long_one >= 3


def test_no_announce_leaves_the_title_out() -> None:
    engine = SilentEngine()
    rendered = render_job(_job(options=SpeechOptions(announce=False)), engine, "en")
    assert len(engine.texts) == 3 and engine.texts[0] == "First sentence here."
    assert all(t.kind == "sentence" for t in rendered.timings)
    assert rendered.timings[0].start == 0.5  # the lead-in


def test_timings_are_exact_ordered_and_inside_the_audio() -> None:
    rendered = render_job(_job(), SilentEngine(), "en")
    ends = 0.0
    for timing in rendered.timings:
        assert ends <= timing.start < timing.end
        ends = timing.end
    assert ends <= rendered.audio.duration


def test_pauses_are_configurable() -> None:
    options = SpeechOptions(sentence_pause_ms=250, paragraph_pause_ms=1000, announce=False)
    timings = render_job(_job(options=options), SilentEngine(), "en").timings
    assert timings[1].start - timings[0].end == pytest.approx(0.25, abs=0.002)
    assert timings[2].start - timings[1].end == pytest.approx(1.0, abs=0.002)


def test_long_unpunctuated_sentences_reach_the_engine_in_chunks() -> None:
    words = " ".join(["officers"] * 20 + ["and"] + ["agencies"] * 25 + ["which"] + ["work"] * 10)
    engine = SilentEngine()
    rendered = render_job(_job(paragraphs=((words + ".",),), announcement=""), engine, "en")
    assert len(engine.texts) > 1
    assert all(len(text.split()) <= 28 for text in engine.texts)
    assert " ".join(engine.texts) == words + "."
    assert len(rendered.timings) == 1  # still one sentence for captions


def test_chunks_prefer_punctuation_then_conjunctions() -> None:
    text = " ".join(f"w{i}" for i in range(20)) + ", " + " ".join(f"x{i}" for i in range(20))
    assert chunk_for_speech(text, max_words=28) == [
        " ".join(f"w{i}" for i in range(20)) + ",",
        " ".join(f"x{i}" for i in range(20)),
    ]
    plain = " ".join(["word"] * 18 + ["because"] + ["word"] * 18)
    first, second = chunk_for_speech(plain, max_words=28)
    assert first.endswith("word") and second.startswith("because ")
    assert chunk_for_speech("short one") == ["short one"]
    assert chunk_for_speech("   ") == []


def test_long_lists_are_cut_by_speaking_time_not_only_by_words() -> None:
    countries = (
        "welcomed Argentina, Bahrain, Cameroon, Chad, the Council of Europe, Denmark, Finland, "
        "Hungary, India, Ireland, Israel, Italy, Japan, Jordan, Kenya, Lithuania, Mexico, "
        "Morocco and the Netherlands as members"
    )
    assert len(countries.split()) <= 28  # the word count alone would leave it whole
    assert spoken_seconds(countries) > MAX_PHRASE_SECONDS
    parts = chunk_for_speech(countries)
    assert len(parts) == 2 and " ".join(parts) == countries
    assert parts[0].endswith(",")  # cut where a reader breathes
    assert all(spoken_seconds(part) <= MAX_PHRASE_SECONDS for part in parts)


def test_a_long_run_of_few_words_is_left_whole() -> None:
    word = "Pneumonoultramicroscopicsilicovolcanoconiosis"
    text = " ".join([word] * 6)
    assert spoken_seconds(text) > MAX_PHRASE_SECONDS
    assert chunk_for_speech(text) == [text]  # no room for two parts of five words


def test_rate_time_stretches_engines_without_their_own_control() -> None:
    job = _job(announcement="", paragraphs=(("One two three four five six.",),))
    normal = render_job(job, SilentEngine(), "en").timings[0]
    fast = render_job(replace(job, options=SpeechOptions(rate=2.0)), SilentEngine(), "en")
    assert fast.timings[0].end - fast.timings[0].start == pytest.approx(
        (normal.end - normal.start) / 2, abs=0.05
    )


class _RateEngine(SilentEngine):
    def __init__(self) -> None:
        super().__init__()
        self.rates: list[float] = []

    def synthesize_at_rate(self, text: str, rate: float) -> SpeechAudio:
        self.rates.append(rate)
        return self.synthesize(text)


def test_rate_goes_to_engines_that_control_it() -> None:
    engine = _RateEngine()
    render_job(_job(options=SpeechOptions(rate=0.75)), engine, "en")
    assert engine.rates == [0.75] * 4


@pytest.mark.parametrize("empty", [True, False])
def test_silence_or_empty_audio_from_an_engine_is_an_error(empty: bool) -> None:
    with pytest.raises(SynthesisError, match="returned silence"):
        render_job(_job(), MuteEngine(empty=empty), "en")


def test_a_users_lexicon_changes_what_is_said(tmp_path: Path) -> None:
    lexicon = tmp_path / "words.toml"
    lexicon.write_text('[words]\nKyoto = "Kyo toe"\n', encoding="utf-8")
    engine = SilentEngine()
    job = _job(announcement="", paragraphs=(("Kyoto welcomes you.",),))
    render_job(replace(job, options=SpeechOptions(lexicon_path=lexicon)), engine, "en")
    assert engine.texts == ["Kyo toe welcomes you."]


def test_unknown_acronyms_go_on_the_review_list() -> None:
    review = pronunciation_review(["The ICPO met the UN.", "Then ICPO and XQZT met."])
    assert review == ("ICPO", "XQZT")


def test_tags_name_the_track_year_and_synthetic_voice() -> None:
    tags = tags_for(_job(), ALBUM, SilentEngine())
    assert (tags.track, tags.year, tags.language) == ("2/5", "2021", "eng")
    assert "Synthetic voice" in tags.comment and "silent" in tags.comment


def test_speak_writes_tagged_mp3s_with_timings_inside(tmp_path: Path) -> None:
    from mutagen.id3 import ID3

    [clip] = speak([_job()], SilentEngine(), tmp_path, ALBUM)
    assert clip.path == tmp_path / "02-covid.original.mp3"
    id3 = ID3(str(clip.path))
    assert str(id3["TRCK"]) == "2/5" and str(id3["TDRC"]) == "2021"
    assert clip.timings[-1].end <= clip.duration
    loudness = audio.measure_loudness(clip.path)
    assert abs(loudness.integrated + 16) <= 1 and loudness.true_peak <= -1


def test_whole_statement_mp3_has_a_chapter_per_section_and_the_transcript(
    tmp_path: Path,
) -> None:
    from mutagen.id3 import ID3

    jobs = [
        _job(),
        _job(section_id="03-future", title="The future", announcement="Part 3: The future"),
    ]
    clips = speak(jobs, SilentEngine(), tmp_path, ALBUM)
    whole = speak_statement(jobs, clips, SilentEngine(), tmp_path, ALBUM, "original")
    assert whole is not None and whole.path.name == "statement.original.mp3"
    assert [c.text for c in whole.chapters] == ["COVID-19 and crime", "The future"]
    first, second = whole.chapters
    # The chapters cover the whole file: each ends where the next starts, the last at the
    # end (a player's chapter list had 0.7 s gaps, the pauses between parts).
    assert first.start == 0.0 and first.end == second.start < second.end
    assert second.end == pytest.approx(whole.duration, abs=0.027)
    id3 = ID3(str(whole.path))
    assert len(id3.getall("CHAP")) == 2 and len(id3.getall("CTOC")) == 1
    [lyrics] = id3.getall("USLT")
    assert lyrics.text == transcript(jobs)
    assert lyrics.text.startswith("Part 2: COVID-19 and crime\n\nFirst sentence here.")
    assert speak_statement(jobs, clips, SilentEngine(), tmp_path, ALBUM, "plain") is None


class _WideEngine(SilentEngine):
    """Speaks at 24 kHz, as gTTS does, so its MP3s differ in format from 22.05 kHz ones."""

    def synthesize(self, text: str) -> SpeechAudio:
        return audio.resample(super().synthesize(text), 24000)


def test_whole_statement_copies_frames_and_keeps_the_parts_loudness(tmp_path: Path) -> None:
    from mutagen.mp3 import MP3

    jobs = [_job(), _job(section_id="03-future", title="The future", announcement="")]
    clips = speak(jobs, SilentEngine(), tmp_path, ALBUM)
    whole = speak_statement(jobs, clips, SilentEngine(), tmp_path, ALBUM, "original")
    assert whole is not None
    lengths = [float(MP3(str(clip.path)).info.length) for clip in clips]
    # Frames are copied: the whole is the parts plus the pause, to within one MP3 frame.
    assert whole.duration == pytest.approx(sum(lengths) + 0.7, abs=0.05)
    # The first chapter runs on through the pause to where the second part starts: 1.2 s
    # less the lead-in the second part opens with, to within one MP3 frame (26 ms).
    assert whole.chapters[0].end == pytest.approx(lengths[0] + 0.7, abs=0.027)
    loudness = audio.measure_loudness(whole.path)
    assert abs(loudness.integrated + 16) <= 1 and loudness.true_peak <= -1
    assert not list(tmp_path.glob(".*partial*"))


def test_whole_statement_of_mixed_formats_is_encoded_again(tmp_path: Path) -> None:
    from mutagen.mp3 import MP3

    first = speak([_job()], SilentEngine(), tmp_path, ALBUM)
    later = _job(section_id="03-future", title="The future")
    second = speak([later], _WideEngine(), tmp_path, ALBUM)
    rates = {MP3(str(clip.path)).info.sample_rate for clip in (*first, *second)}
    assert rates == {22050, 24000}
    whole = speak_statement(
        [_job(), later], [*first, *second], SilentEngine(), tmp_path, ALBUM, "original"
    )
    assert whole is not None and MP3(str(whole.path)).info.sample_rate == 22050
    assert [c.text for c in whole.chapters] == ["COVID-19 and crime", "The future"]
    assert whole.chapters[1].end <= whole.duration + 0.05
    loudness = audio.measure_loudness(whole.path)
    assert abs(loudness.integrated + 16) <= 1 and loudness.true_peak <= -1


class _PhonemeEngine(SilentEngine):
    def phoneme_markup(self, ipa: str) -> str:
        return f"[[ {ipa} ]]"


def test_lexicon_phonemes_reach_engines_that_take_them(tmp_path: Path) -> None:
    lexicon = tmp_path / "words.toml"
    lexicon.write_text('[words]\n\n[phonemes]\nkyoto = "kjˈoʊɾoʊ"\n', encoding="utf-8")
    job = _job(announcement="", paragraphs=(("The 14th Congress in Kyoto.",),))
    job = replace(job, options=SpeechOptions(lexicon_path=lexicon))
    piper_like, plain = _PhonemeEngine(), SilentEngine()
    render_job(job, piper_like, "en")
    render_job(job, plain, "en")
    assert piper_like.texts == ["The [[ fˌɔːɹtˈiːnθ ]] Congress in [[ kjˈoʊɾoʊ. ]]"]
    assert plain.texts == ["The fourteenth Congress in Kyoto."]


def test_phoneme_phrases_and_foreign_names_reach_phoneme_engines(tmp_path: Path) -> None:
    lexicon = tmp_path / "words.toml"
    lexicon.write_text(
        '[words]\n\n[phonemes]\n"Head  Start" = "hˈɛd stˈɑːɹt"\n"jürgen" = "jˈʊɹɡən"\n',
        encoding="utf-8",
    )
    text = "Jürgen saw it in sight of a head start (as planned)."
    job = _job(announcement="", paragraphs=((text,),))
    job = replace(job, options=SpeechOptions(lexicon_path=lexicon))
    piper_like, plain = _PhonemeEngine(), SilentEngine()
    render_job(job, piper_like, "en")
    render_job(job, plain, "en")
    assert piper_like.texts == [
        "[[ jˈʊɹɡən ]] saw it [[ ˌɪn sˈaɪtʰ ]] of a [[ hˈɛd stˈɑːɹt, ]] as planned."
    ]
    assert plain.texts == ["Jürgen saw it in sight of a head start, as planned."]


def test_phonemes_enter_the_cache_key(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    lexicon = tmp_path / "words.toml"
    job = _job(announcement="", paragraphs=(("We met in Kyoto.",),))
    keys = []
    for ipa in ("kjˈoʊɾoʊ", "kiˈoʊɾoʊ"):
        lexicon.write_text(f'[words]\n\n[phonemes]\nkyoto = "{ipa}"\n', encoding="utf-8")
        _lexicon.cache_clear()
        with_lexicon = replace(job, options=SpeechOptions(lexicon_path=lexicon))
        keys.append(clip_cache_key(with_lexicon, _PhonemeEngine(), "en", cache))
    assert keys[0] != keys[1]


def test_pls_phonemes_are_imported(tmp_path: Path) -> None:
    from pipeline.speech_text import load_lexicon

    pls = tmp_path / "lex.pls"
    pls.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<lexicon version="1.0" xmlns="http://www.w3.org/2005/01/pronunciation-lexicon"'
        ' alphabet="ipa" xml:lang="en-US">\n'
        "<lexeme><grapheme>Lyon</grapheme><phoneme>ljˈɔ̃</phoneme></lexeme>\n"
        "</lexicon>\n",
        encoding="utf-8",
    )
    assert load_lexicon(pls).phonemes["lyon"] == "ljˈɔ̃"


def test_run_passes_the_speech_options_to_the_library(
    runner: CliRunner, sample_path: Path, tmp_path: Path
) -> None:
    lexicon = tmp_path / "words.toml"
    lexicon.write_text("[words]\n", encoding="utf-8")
    with mock.patch("pipeline.cli.build_package", autospec=True) as build:
        build.return_value.package.manifest = {"audio_seconds": 0}
        build.return_value.statement.sections = ()
        result = runner.invoke(
            app,
            [
                "run", str(sample_path), "-o", str(tmp_path), "-q", "--rate", "1.5",
                "--voice", "v.onnx", "--lexicon", str(lexicon), "--no-announce",
                "--sentence-pause", "200", "--paragraph-pause", "900", "--section-pause", "2000",
            ],
        )  # fmt: skip
    assert result.exit_code == 0, result.output
    settings = build.call_args.args[0]
    assert (settings.rate, settings.voice, settings.lexicon) == (1.5, "v.onnx", lexicon)
    assert settings.announce is False
    assert (settings.sentence_pause_ms, settings.paragraph_pause_ms) == (200, 900)
    assert settings.section_pause_ms == 2000


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--rate", "3"], "--rate must be between 0.5 and 2.0"),
        (["--sentence-pause", "-5"], "--sentence-pause must be between"),
        (["--lexicon", "missing.toml"], "lexicon file missing.toml does not exist"),
        (["--lexicon", "."], "the lexicon file . is not a file"),  # was: "does not exist"
    ],
)
def test_bad_speech_options_are_usage_errors(
    runner: CliRunner, sample_path: Path, tmp_path: Path, option: list[str], message: str
) -> None:
    result = runner.invoke(app, ["run", str(sample_path), "-o", str(tmp_path), *option])
    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the UN General Assembly", "the [[ jˌuːˈɛn ]] General Assembly"),
        ("NGOs help the UN's work", "[[ ˌɛndʒˌiːˈoʊz ]] help the [[ jˌuːˈɛnz ]] work"),
        ("a UN report", "[[ ɐ jˌuːˈɛn ]] report"),
        ("A B C", "[[ ˌeɪbˌiːsˈiː ]]"),
        ("INTERPOL's I-24/7 network", "Interpol's I twenty-four seven network"),
    ],
)
def test_spelled_acronyms_are_said_as_one_unit_by_phoneme_engines(text: str, expected: str) -> None:
    engine = _PhonemeEngine()
    render_job(_job(announcement="", paragraphs=((text,),)), engine, "en")
    assert engine.texts == [expected]


def test_title_block_lines_are_said_phrase_by_phrase() -> None:
    byline = "Video Statement (As delivered) by Jürgen Stock, INTERPOL Secretary General."
    job = _job(announcement="", paragraphs=((byline,),))
    flowing, phrased = SilentEngine(), SilentEngine()
    render_job(job, flowing, "en")
    rendered = render_job(replace(job, phrase_breaks=True), phrased, "en")
    assert flowing.texts == [
        "Video Statement, As delivered, by Jürgen Stock, Interpol Secretary General."
    ]
    assert phrased.texts == [
        "Video Statement,",
        "As delivered,",
        "by Jürgen Stock,",
        "Interpol Secretary General.",
    ]
    # Still one caption for the line, and the breaths are in its audio.
    assert [t.text for t in rendered.timings] == [byline]
    plain = render_job(job, SilentEngine(), "en").timings[0]
    phrased_timing = rendered.timings[0]
    assert phrased_timing.end - phrased_timing.start > plain.end - plain.start


def test_phrase_breaks_enter_the_cache_key(tmp_path: Path) -> None:
    cache = SpeechCache(tmp_path / "cache")
    job = _job(announcement="", paragraphs=(("Jürgen Stock, Secretary General.",),))
    keys = {
        clip_cache_key(replace(job, phrase_breaks=flag), SilentEngine(), "en", cache)
        for flag in (False, True)
    }
    assert len(keys) == 2


def test_a_numbered_paragraph_is_heard_with_its_number_first() -> None:
    # "1. The Security Council …" was spoken without its "1.": the listener could not follow
    # "paragraph 3" as a reader does.
    from pipeline.stages.speak import with_number

    first = with_number("1.", ("The Council acts.", "It meets today."))
    assert first == ("1.", "The Council acts.", "It meets today.")
    assert with_number("(a)", ("Protect staff.",)) == ("a.", "Protect staff.")
    assert with_number("", ("A bullet.",)) == ("A bullet.",)
    assert speakable(first[0]) == "one." and speakable("3(1).") == "three one."
    job = SpeechJob("01-x", "original", "X", (first, with_number("2.", ("It ends.",))))
    rendered = render_job(job, SilentEngine(), "en")
    assert [t.text for t in rendered.timings] == [
        "1.",
        "The Council acts.",
        "It meets today.",
        "2.",
        "It ends.",
    ]
    assert transcript([job]) == "1. The Council acts. It meets today.\n\n2. It ends."


def test_clips_waiting_to_be_encoded_start_once_the_last_phrase_is_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from pipeline.stages import speak as speak_stage

    jobs = [
        SpeechJob(f"0{n}-s", "original", f"S{n}", ((f"Section {n} says {'much ' * n}here.",),))
        for n in (3, 2, 1)
    ]
    encode = speak_stage._encoded
    others_done = threading.Event()
    finished: list[str] = []

    def encoded(rendered: speak_stage.RenderedSpeech) -> CachedSpeech:
        first = rendered.timings[-1].text
        if first.startswith("Section 3"):
            # The longest clip holds the only encoding thread of the run: the two others
            # must not wait behind it once every phrase has been spoken.
            others_done.wait(timeout=20)
        made = encode(rendered)
        finished.append(first.split()[1])
        if len(finished) == 2:
            others_done.set()
        return made

    monkeypatch.setattr(speak_stage, "_encoded", encoded)
    clips = speak(jobs, SilentEngine(), tmp_path, ALBUM, workers=1)
    assert others_done.is_set()
    assert finished == ["2", "1", "3"]
    assert [clip.path.name for clip in clips] == [job.file_name for job in jobs]

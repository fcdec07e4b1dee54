"""In-short points, the 150-word summary and the plain.md review loop."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.models import Paragraph, PlainSection, Section, SectionKind, Statement
from pipeline.rewriters.rules import load_acronyms
from pipeline.stages import review, summary
from pipeline.stages.load import load_source
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement
from pipeline.text import split_sentences

Sample = tuple[Statement, list[PlainSection]]
"""The sample statement and its plain sections, each with its "In short" points."""


@pytest.fixture(scope="module")
def sample() -> Sample:
    from tests.conftest import SAMPLE

    statement = split_statement(load_source(SAMPLE))
    plains = [
        summary.with_in_short(section, simplify_section(section)) for section in statement.sections
    ]
    return statement, plains


def _body(*paragraphs: str) -> Section:
    """A body section of these paragraphs, as the split stage would make it."""
    sentences = tuple(s for p in paragraphs for s in split_sentences(p))
    return Section("02-x", 2, SectionKind.BODY, "X", tuple(map(Paragraph, paragraphs)), sentences)


def _points_of(paragraphs: tuple[Paragraph, ...]) -> tuple[str, ...]:
    """The "In short" points of a body section of these paragraphs (list items as marked)."""
    sentences = tuple(s for p in paragraphs for s in split_sentences(p.text))
    section = Section("02-x", 2, SectionKind.BODY, "X", paragraphs, sentences)
    return summary.in_short(section, simplify_section(section))


def test_in_short_points_come_from_the_sections_own_sentences(sample: Sample) -> None:
    statement, plains = sample
    for section, plain in zip(statement.sections, plains, strict=True):
        if section.kind is SectionKind.BODY:
            assert 1 <= len(plain.in_short) <= 3
            # One sentence, or two that go together ("… real solutions. The aim is to …").
            pairs = {f"{a} {b}" for a, b in itertools.pairwise(plain.sentences)}
            assert all(point in {*plain.sentences, *pairs} for point in plain.in_short)
            assert not any(" is short for " in point for point in plain.in_short)
        else:
            assert plain.in_short == ()


def test_a_point_that_names_what_came_before_it_is_not_lifted_out(sample: Sample) -> None:
    _, plains = sample
    points = [point for plain in plains for point in plain.in_short]
    # "... reminds us of this urgent need." has a figure, but "this need" is in the sentence
    # before it, which the summary does not carry.
    assert not any("this urgent need" in point for point in points)
    assert any("194" in point for point in points)


def test_summary_is_short_says_who_where_when_and_invents_nothing(sample: Sample) -> None:
    statement, plains = sample
    result = summary.summarise(statement, plains, load_acronyms())
    assert result.words <= summary.MAX_SUMMARY_WORDS
    assert result.lead.startswith("Jürgen Stock, INTERPOL Secretary General, spoke at the 14th")
    assert "Kyoto, Japan" in result.lead and "7-9 March 2021" in result.lead
    assert result.points and result.facts.ok
    assert result.to_markdown("T").startswith("# In short: T\n")
    # The lead tells of the speaker, the points are in the speaker's words ("we must"):
    # a line between them says so.
    assert result.intro == summary.POINTS_INTRO
    assert result.to_markdown("T").split("\n")[4:7] == [result.intro, "", f"- {result.points[0]}"]
    assert result.to_text().split("\n")[:3] == [result.lead, result.intro, result.points[0]]
    assert result.to_text().count("\n") == 2 + len(result.points)


def test_plain_markdown_round_trips_and_edits_are_checked(sample: Sample, tmp_path: Path) -> None:
    statement, plains = sample
    text = review.plain_markdown(statement, plains)
    path = tmp_path / "plain.md"
    path.write_text(text, encoding="utf-8")
    edits = review.read_edits(path)
    assert list(edits) == [s.id for s in statement.sections]
    body = next(i for i, s in enumerate(statement.sections) if s.kind is SectionKind.BODY)
    section, plain = statement.sections[body], plains[body]
    assert review.apply_edit(section, plain, edits[section.id], load_acronyms()) is plain

    edited = review.apply_edit(
        section, plain, ("INTERPOL met many people in Paris.",), load_acronyms()
    )
    assert edited.reviewed and edited.text == "INTERPOL met many people in Paris."
    assert "Paris" in edited.facts.invented and "194" in edited.facts.missing


def test_a_file_without_markers_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "plain.md"
    path.write_text("just text\n", encoding="utf-8")
    with pytest.raises(InputError):
        review.read_edits(path)
    # The statement itself passed as --plain-from was "line 3 is outside every section".
    from tests.conftest import SAMPLE

    with pytest.raises(InputError, match="no section markers, so it is not a package"):
        review.read_edits(SAMPLE)


def test_a_statement_that_names_no_speaker_place_or_date_has_no_empty_lead() -> None:
    from pipeline.stages.load import SourceText
    from pipeline.stages.split import split_statement
    from pipeline.stages.summary import lead_sentence

    body = (
        "Mister President,\n\nThe 75th anniversary of the United Nations falls at a moment of "
        "great danger for our people. We must act together now.\n\n"
        "Five years ago, the Paris Agreement on Climate Change was signed by 195 countries.\n"
    )
    statement = split_statement(SourceText(body, "speech.txt"), "en")
    assert lead_sentence(statement.meta) == ""
    plains = [summary.with_in_short(s, simplify_section(s, "en")) for s in statement.sections]
    result = summary.summarise(statement, plains)
    assert result.lead == "" and result.intro == "" and result.points
    assert result.text == " ".join(result.points)
    assert result.to_markdown("Speech").split("\n")[:3] == [
        "# In short: Speech",
        "",
        f"- {result.points[0]}",
    ]


def test_a_statement_in_another_language_gets_its_lead_in_that_language() -> None:
    from pipeline.models import StatementMeta

    meta = StatementMeta(title="Discours", speaker="Anna Berg", date_text="7 mars 2021")
    assert summary.lead_sentence(meta, "fr") == "Anna Berg a pris la parole le 7 mars 2021."
    assert summary.lead_sentence(meta, "en") == "Anna Berg gave this statement on 7 mars 2021."


GERMAN = (
    "Sehr geehrte Damen und Herren,\n\n"
    "Mein Dank gilt allen Helferinnen und Helfern der Feuerwehr in diesem schweren Jahr. "
    "Die Regierung stellt 20 Millionen Euro für die Schulen auf dem Land bereit. "
    "Die Arbeiten an den Gebäuden beginnen im Frühjahr und dauern zwei Jahre. "
    "In jeder Schule entstehen neue Klassenräume, eine Mensa und eine Bibliothek. "
    "Die Gemeinden entscheiden selbst, welche Schulen zuerst an der Reihe sind.\n\n"
    "Vielen Dank.\n"
)


def test_a_summary_in_another_language_is_headed_in_it_and_skips_courtesies() -> None:
    """A German summary was headed "In short:" and led with "Mein Dank gilt …" (thanks).

    Summaries are pasted into e-mails and web pages in the statement's language; its heading
    is in that language too ("En bref : …" in French), and a courtesy is not a key point
    there either.
    """
    from pipeline.stages.load import SourceText

    statement = split_statement(SourceText(GERMAN, "rede.txt"), "de")
    plains = [summary.with_in_short(s, simplify_section(s, "de")) for s in statement.sections]
    result = summary.summarise(statement, plains)
    assert result.to_markdown("Rede").startswith("# Kurz gesagt: Rede\n")
    assert result.points and not any("Dank" in point for point in result.points)
    assert result.points[0].startswith("Die Regierung stellt 20 Millionen Euro")
    french = summary.Summary(lead="", points=("Point.",), facts=result.facts, lang="fr")
    assert french.to_markdown("Discours").startswith("# En bref : Discours\n")


def test_a_published_date_is_told_as_the_page_date_in_the_lead() -> None:
    from pipeline.models import StatementMeta

    meta = StatementMeta(title="Statement", speaker="Anna Berg", date_text="24.09.2024")
    lead = summary.lead_sentence(meta, "en", "Statement by Anna Berg\nPublished: 24.09.2024\n")
    assert lead == "Anna Berg gave this statement. The statement was published on 24.09.2024."


def test_a_sentence_with_part_of_a_quotation_is_no_point() -> None:
    # "… family said: 'Joanne was the heart of our family." opens what it does not close.
    section = _body(
        "The jury heard the case over three weeks.",
        "Her family said: 'Joanne Price was the heart of our family in Nottingham since 1990. "
        "She was a loving mother to 3 children in Nottingham. We thank Nottinghamshire Police "
        "for everything.'",
        "Support is available every day for anyone affected by abuse in the city and the county.",
    )
    points = summary.in_short(section, simplify_section(section))
    assert points and not any("'" in point for point in points)


def test_an_embargo_opens_the_lead_and_the_told_title_block() -> None:
    from pipeline.models import StatementMeta
    from pipeline.rewriters.rules.discourse import title_sentences

    embargo = "Embargoed until 00:01 BST, Thursday 15 May 2025"
    meta = StatementMeta(title="Knife crime falls", notes=(embargo, "News release"))
    # The summary is pasted into e-mails: the embargo travels with it.
    assert summary.lead_sentence(meta, "en") == f"{embargo}."
    dated = StatementMeta(title="Knife crime falls", date_text="14 May 2025", notes=(embargo,))
    assert summary.lead_sentence(dated, "en") == (
        f"{embargo}. This statement was issued on 14 May 2025."
    )
    assert title_sentences(meta) == ["Knife crime falls.", f"{embargo}.", "This is a news release."]


def test_an_office_alone_is_named_in_the_lead() -> None:
    from pipeline.models import StatementMeta

    meta = StatementMeta(title="Statement", speaker_role="President of the Security Council")
    assert summary.lead_sentence(meta, "en") == (
        "The President of the Security Council gave this statement."
    )


def test_a_page_date_alone_gives_one_sentence_in_the_lead() -> None:
    from pipeline.models import StatementMeta

    meta = StatementMeta(title="Statement following sentencing", date_text="12 September 2025")
    source = "Statement following sentencing\nPublished: 12 September 2025\n"
    assert summary.lead_sentence(meta, "en", source) == (
        "This statement was published on 12 September 2025."
    )


def test_a_role_said_as_a_title_comes_before_the_name_in_the_lead() -> None:
    from pipeline.models import StatementMeta

    meta = StatementMeta(
        title="Sentencing Remarks", speaker="Patel", speaker_role="Judge", date_text="3 May 2025"
    )
    assert summary.lead_sentence(meta, "en").startswith("Judge Patel gave this statement")
    office = StatementMeta(title="Remarks", speaker="Ann Lee", speaker_role="Head of Policy")
    assert summary.lead_sentence(office, "en").startswith("Ann Lee, Head of Policy, gave")


def test_a_date_in_figures_is_told_in_words_in_the_lead() -> None:
    from pipeline.models import StatementMeta

    meta = StatementMeta(title="Joint statement", date_text="2024-10-14", date_start="2024-10-14")
    assert summary.lead_sentence(meta, "en") == "This statement was issued on 14 October 2024."
    published = StatementMeta(
        title="Statement", speaker="Anna Berg", date_text="24.09.2024", date_start="2024-09-24"
    )
    lead = summary.lead_sentence(published, "en", "Statement by Anna Berg\nPublished: 24.09.2024\n")
    assert (
        lead == "Anna Berg gave this statement. The statement was published on 24 September 2024."
    )


def test_an_item_that_needs_its_lists_lead_is_not_a_point() -> None:
    text = (
        "During the gathering in Vienna, the 68 members confirmed their joint commitment to "
        "develop shared resilience to ransomware in every region, support members if they are "
        "faced with an attack, counter the use of virtual assets in the ransomware business "
        "model, and forge international partnerships against ransomware."
    )
    section = _body(text)
    plain = simplify_section(section)
    assert plain.list_items == (False, True, True, True, True)
    points = summary.in_short(section, plain)
    # Only the lead could stand alone, and it ends in a colon: no item is lifted out.
    assert points == ()


def test_a_statement_no_one_spoke_was_issued() -> None:
    from pipeline.models import StatementMeta

    meta = StatementMeta(title="Joint statement", date_text="2024-10-02")
    assert summary.lead_sentence(meta, "en") == "This statement was issued on 2024-10-02."


def test_a_point_never_leans_back_or_runs_past_forty_words() -> None:
    members = ", ".join(f"Country{chr(65 + i)}" for i in range(44))
    text = (
        f"They were {members}, and Vietnam. The aim is to help organizations that face a "
        "ransomware attack. This December marks five years since the Initiative began its "
        "work in 2019."
    )
    section = _body(text)
    points = summary.in_short(section, simplify_section(section, target_grade=None))
    # "They were …" (46 words) and "The aim is …" lean back; "This December …" names its
    # own time, so it is the one point.
    assert points == ("This December marks 5 years since the Initiative started its work in 2019.",)


def _summary_of(body: str) -> summary.Summary:
    from pipeline.stages.load import SourceText

    statement = split_statement(SourceText(body, "notice.md"), "en")
    plains = [summary.with_in_short(s, simplify_section(s, "en")) for s in statement.sections]
    return summary.summarise(statement, plains)


def test_a_statement_of_sentences_too_short_for_points_is_its_own_summary() -> None:
    # Each sentence is under the five words a point needs: the summary was an empty line.
    result = _summary_of("We will act now.\n")
    assert result.points == ("We will act now.",)
    assert result.to_text() == "We will act now.\n"


def test_a_sentence_that_sections_repeat_is_one_point() -> None:
    repeated = "The harbour will close on Monday 3 June for repairs."
    body = "\n\n".join(
        f"## {name}\n\nThe {name.lower()} office answers questions. {repeated}"
        for name in ("Ferries", "Fishing", "Tourism")
    )
    result = _summary_of(body + "\n")
    assert result.points.count(repeated) == 1
    assert len(result.points) == len(set(result.points))


def test_an_item_that_goes_on_from_its_leads_subject_is_not_a_point() -> None:
    text = (
        "Among other measures, the Government will work co-operatively to implement "
        "recommendations of the Truth and Reconciliation Commission of Canada, will launch an "
        "inquiry into missing and murdered Indigenous women and girls, and will work with First "
        "Nations so that every First Nations child receives a quality education."
    )
    section = _body(text)
    plain = simplify_section(section)
    assert plain.list_items == (False, True, True, True)
    assert plain.paragraphs[1].startswith("Will work co-operatively")
    # "Will work …" has no subject of its own: lifted out of the list, it says nothing whole.
    assert summary.in_short(section, plain) == ()


def test_a_courtesy_after_an_opening_phrase_is_not_a_point() -> None:
    text = (
        "As the representative of Her Majesty The Queen, I am pleased to be here in Ottawa "
        "today to deliver the Speech from the Throne. Parliament will meet to review the "
        "budget."
    )
    section = _body(text)
    points = summary.in_short(section, simplify_section(section))
    assert points and not any("I am pleased" in point for point in points)


def test_a_lead_names_no_one_who_spoke_when_the_statement_does_not() -> None:
    from pipeline.models import StatementMeta

    court = StatementMeta(title="Press Summary", event="Supreme Court", date_text="3 April 2025")
    assert summary.lead_sentence(court) == (
        "This statement was given at the Supreme Court on 3 April 2025."
    )
    office = StatementMeta(title="S", speaker_role="Special Rapporteur on food", place="Geneva")
    assert summary.lead_sentence(office) == (
        "The Special Rapporteur on food gave this statement in Geneva."
    )


def test_an_item_of_a_list_of_names_is_not_a_point() -> None:
    text = (
        "They were Albania, Argentina, the Council of Europe, the Global Forum on Cyber "
        "Expertise, the Organization of American States, the Republic of Moldova, Uruguay, "
        "Vanuatu, and Vietnam. The meeting went well and ended early in the day. "
    ) + "It was a good day for all who came to the old hall by the river. " * 6
    section = _body(text)
    plain = simplify_section(section)
    assert "The Global Forum on Cyber Expertise." in plain.paragraphs
    # Lifted out of "They were:", a name says nothing.
    assert summary.in_short(section, plain) == (
        "The meeting went well and ended early in the day.",
    )


def test_a_footnote_is_not_a_point() -> None:
    text = "The day was long and good for all of us here in the hall. " * 6
    note = "¹ Figures from the Office for the Coordination of Humanitarian Affairs in 2025."
    section = _body(text, note)
    points = summary.in_short(section, simplify_section(section))
    assert points and all(point.startswith("The day was long") for point in points)


LEDE = (
    "The United Nations and its partners today launched an appeal for US$4.2 billion to give "
    "life-saving help to 14.7 million people in Sudan in 2025, as the country faces the largest "
    "displacement crisis in the world."
)


def test_a_releases_lede_is_its_first_point() -> None:
    # A 35-word lede lost to "Famine has been confirmed in at least 5 areas.": the summary of
    # an appeal for US$4.2 billion did not say that anyone had appealed for anything.
    section = _body(
        f"{LEDE} Nearly two years of conflict have forced more than 12 million people from "
        "their homes. Famine has been confirmed in at least 5 areas."
    )
    plain = simplify_section(section)
    assert LEDE not in summary.in_short(section, plain)
    assert summary.in_short(section, plain, lede=True)[0] == LEDE
    # A speech's first words are no lede, even when no speaker is named.
    opening = _body(
        "As the representative of the Queen, I am pleased to be here to open this session of "
        "Parliament. Famine has been confirmed in at least 5 areas of the region this year."
    )
    points = summary.in_short(opening, simplify_section(opening), lede=True)
    assert not any("pleased" in point for point in points)


def test_a_release_with_no_speaker_leads_its_summary_with_its_lede(tmp_path: Path) -> None:
    from pipeline.build import build_package
    from pipeline.settings import Settings

    release = tmp_path / "appeal.md"
    release.write_text(
        "# Sudan appeal launched\n\n**GENEVA, 17 February 2025** – "
        f"{LEDE}\n\nNearly two years of conflict have forced more than 12 million people from "
        "their homes. Famine has been confirmed in at least 5 areas. A further 17 areas are at "
        "risk of famine by May.\n",
        encoding="utf-8",
    )
    result = build_package(Settings(input_path=release, output_dir=tmp_path / "out", audio=False))
    text = (result.package.folder / "summary.txt").read_text(encoding="utf-8")
    assert text.splitlines()[2] == LEDE


def test_a_resolutions_clauses_and_footer_are_no_points() -> None:
    # The summary of a Human Rights Council resolution was two preambular clauses ending in
    # commas and the footer "48th meeting 4 April 2025 [Adopted without a vote.]".
    section = _body(
        "Recalling the Universal Declaration of Human Rights and the Convention on the Rights "
        "of the Child,",
        "Deeply concerned that an estimated 7.2 million refugee children were out of school in "
        "2024,",
        "Calls upon all States to ensure that refugee children have access to education.",
        "48th meeting 4 April 2025 [Adopted without a vote.]",
    )
    points = summary.in_short(section, simplify_section(section))
    assert points and all(point.endswith(".") for point in points)
    assert not any(point.startswith(("Recalling", "Deeply", "48th")) for point in points)


def test_the_sentence_passed_is_a_point_of_sentencing_remarks() -> None:
    # The summary of a judge's sentencing remarks gave the guideline's starting point and the
    # sentence after trial, not the sentence passed.
    section = _body(
        "The starting point is 12 years' custody, with a range of 8 to 18 years. Having "
        "regard to the aggravating and mitigating factors, the sentence after trial would "
        "have been 13 years. The sentence on count 1 is 8 years and 8 months' imprisonment. "
        "On count 2 there will be a concurrent sentence of 4 months.",
        "You will serve two thirds of that sentence in custody before you are released on licence.",
    )
    points = summary.in_short(section, simplify_section(section))
    assert "The sentence on count 1 is 8 years and 8 months' imprisonment." in points


def test_a_resolution_says_who_adopted_it() -> None:
    # "Resolution adopted by the Human Rights Council on 4 April 2025" gave "This statement
    # was issued on 4 April 2025.": who adopted it was lost.
    from pipeline.metadata import parse_title_block
    from pipeline.rewriters.rules.discourse import title_sentences

    lines = [
        "Resolution adopted by the Human Rights Council on 4 April 2025",
        "58/12. The right to education of refugees and displaced persons",
    ]
    meta = parse_title_block(lines, "x")
    assert meta.notes == ("Adopted by the Human Rights Council",)
    assert summary.lead_sentence(meta, "en") == (
        "This resolution was adopted by the Human Rights Council on 4 April 2025."
    )
    assert title_sentences(meta, " ".join(lines))[-1] == (
        "It was adopted by the Human Rights Council on 4 April 2025."
    )


def test_a_footnote_or_a_list_item_lifted_from_its_lead_in_is_no_point() -> None:
    section = _body(
        "The Court held, unanimously, that there had been:",
        "a violation of Article 8 (right to respect for private and family life) of the "
        "European Convention on Human Rights, and",
        "a violation of Article 14 (prohibition of discrimination) taken in conjunction with "
        "Article 8.",
        "The judgment is available only in English.",
        "*The experts: Maria Okonjo, Special Rapporteur on adequate housing; Lars Feldt, "
        "Special Rapporteur on the rights of displaced persons, 2025.",
    )
    points = summary.in_short(section, simplify_section(section))
    # Were "A violation of Article 14 taken with Article 8." and the footnote.
    assert points == ("The judgment is available only in English.",)


def test_a_notice_in_force_until_a_date_says_so_in_its_told_title_block() -> None:
    from pipeline.metadata import parse_title_block
    from pipeline.rewriters.rules.discourse import title_sentences

    lines = [
        "Heat-health alert: amber warning for London",
        "Issued: 14 July 2025, 11:00",
        "Valid until: 18 July 2025, 09:00",
    ]
    meta = parse_title_block(lines, "x")
    assert title_sentences(meta, " ".join(lines)) == [
        "Heat-health alert: amber warning for London.",
        "It was issued on 14 July 2025, at 11:00.",
        "It is valid until 18 July 2025, 09:00.",
    ]


def test_an_office_alone_above_the_title_is_told_as_who_issued_it() -> None:
    from pipeline.metadata import parse_title_block
    from pipeline.rewriters.rules.discourse import title_sentences

    lines = ["The Secretary-General", "Message on World Refugee Day", "20 June 2025"]
    meta = parse_title_block(lines, "x")
    assert title_sentences(meta, " ".join(lines)) == [
        "Message on World Refugee Day.",
        "It was issued by the Secretary-General on 20 June 2025.",
    ]
    assert summary.lead_sentence(meta, "en") == (
        "The Secretary-General gave this statement on 20 June 2025."
    )


def test_notes_to_editors_give_no_points() -> None:
    news = (
        "Rural communities will get more frequent and reliable bus services this winter. "
        "Villages will see buses in the evening again. Market towns get weekend services too. "
    )
    notes = (
        "Allocations of the £45 million for each of the 36 local transport authorities are "
        "published on GOV.UK. The funding is in addition to the £1 billion Bus Service "
        "Improvement Plan programme. "
    )
    result = _summary_of(
        f"# Buses\n\n## Funding\n\n{news * 2}\n\n## Notes to editors\n\n{notes * 2}\n"
    )
    # The notes gave two of the three points, one of them "The funding is and the £1 billion …".
    assert result.points == ("Villages will see buses in the evening again.",)


def test_who_issued_a_page_is_told_beside_its_publication_date() -> None:
    from pipeline.models import StatementMeta

    meta = StatementMeta(
        title="Buses",
        date_text="4 November 2025",
        date_start="2025-11-04",
        notes=("Issued by the Department for Transport",),
    )
    assert summary.lead_sentence(meta, "en", "Published 4 November 2025") == (
        "This statement was issued by the Department for Transport. It was published on "
        "4 November 2025."
    )


def test_a_committees_vote_is_a_point() -> None:
    section = _body(
        "The Bank of Northland's Monetary Policy Committee (MPC) sets monetary policy to meet the "
        "2% inflation target, and in a way that helps to sustain growth and employment. At its "
        "meeting ending on 5 November 2025, the MPC voted by a majority of 6–3 to reduce Bank "
        "Rate by 0.25 percentage points, to 4.5%. Three members preferred to maintain Bank Rate "
        "at 4.75%.",
        "Twelve-month CPI inflation fell to 2.8% in September from 3.1% in August, below the "
        "expectations in the August Monetary Policy Report, reflecting lower energy prices and "
        "weaker services inflation.",
        "GDP is expected to have grown by 0.2% in the third quarter, and the labour market has "
        "continued to loosen, with the unemployment rate rising to 4.6%.",
        "Monetary policy will need to remain restrictive for sufficiently long until the risks to "
        "inflation returning sustainably to the 2% target in the medium term have dissipated "
        "further. The Committee continues to monitor closely the risks of inflation persistence.",
    )
    points = summary.in_short(section, simplify_section(section))
    assert any("voted by a majority of 6–3 to reduce Bank Rate" in point for point in points)


def test_an_item_that_names_one_of_the_following_is_not_a_point() -> None:
    # "Properties on Ferry Lane numbered 1 to 48." had been a key point of an evacuation
    # order, ahead of "Residents must leave by 20:00 tonight."
    paragraphs = (
        Paragraph("An evacuation order is now in effect for the following areas:"),
        Paragraph("Mill End and Weaver Court", is_list_item=True),
        Paragraph("Properties on Ferry Lane numbered 1 to 48", is_list_item=True),
        Paragraph(
            "Residents must leave by 20:00 tonight. Emergency shelter is open at Carrow "
            "Leisure Centre, Park Road, from 17:00."
        ),
    )
    points = _points_of(paragraphs)
    assert not any("Ferry Lane" in point for point in points)
    assert any("must leave by 20:00" in point for point in points)


def test_a_courts_news_line_is_the_first_point_and_its_vote_count_is_none() -> None:
    from pipeline.stages.load import SourceText
    from tests.test_split import ICJ, PARA

    text = ICJ.replace(
        PARA * 3,
        "(2) By fourteen votes to two,\n\nFinds that it has jurisdiction to entertain the "
        "Application filed by Norland on 4 March 2023.\n\nThe Court will now go on to the "
        "merits of the case, and the Registry will publish the dates of the hearings.",
    )
    statement = split_statement(SourceText(text, "icj.txt"))
    plains = [summary.with_in_short(s, simplify_section(s)) for s in statement.sections]
    made = summary.summarise(statement, plains)
    assert made.points[0] == (
        "The Court finds that it has jurisdiction to entertain the Application filed by Norland."
    )
    assert not any(p.startswith("By 14") for p in made.points)
    assert made.facts.ok


def test_a_briefings_order_of_business_is_no_point() -> None:
    section = _body(
        "Good afternoon. I have two things at the top, and then I'll take your questions. "
        "Today the President approved an emergency declaration for 14 counties in Texas."
    )
    points = summary.in_short(section, simplify_section(section))
    assert not any("questions" in point for point in points)


def test_a_notices_steps_are_points_and_the_places_its_lead_in_lists_are_not() -> None:
    # A boil water notice's summary left out "Boil all tap water …" (a step with no figure
    # or name, taken for a list item cut from its lead) and gave "Eastfield Community Hall,
    # Mill Road." (an item completing "Bottled water is available from 10:00 today at:").
    steps = (
        Paragraph(
            "Boil all tap water before drinking it, brushing your teeth or preparing food.",
            is_list_item=True,
            marker="1.",
        ),
        Paragraph(
            "You can still use tap water for washing, bathing and flushing toilets.",
            is_list_item=True,
            marker="2.",
        ),
    )
    places = (
        Paragraph("Bottled water is available from 10:00 today at:"),
        Paragraph("Eastfield Community Hall, Mill Road", is_list_item=True),
        Paragraph("North Carrow Primary School car park, Elm Avenue", is_list_item=True),
    )
    assert any(point.startswith("Boil all tap water") for point in _points_of(steps))
    assert not any("Community Hall" in point for point in _points_of(places))


def test_an_item_with_no_verb_is_no_point_even_with_no_lead_in() -> None:
    paragraphs = (
        Paragraph("Emergency shelter and household items for 65,000 families", is_list_item=True),
        Paragraph("Mobile health clinics and cholera treatment units", is_list_item=True),
        Paragraph(
            "The agency has launched a flash appeal for US$ 126 million to reach 1.1 million "
            "people over the next six months."
        ),
    )
    points = _points_of(paragraphs)
    assert points and not any("household items" in p or "clinics" in p for p in points)


def test_a_lead_puts_a_comma_only_after_a_place_that_holds_one() -> None:
    from pipeline.models import StatementMeta

    forum = StatementMeta(
        title="Joint Communiqué", place="Port Alder", date_text="20-21 November 2026"
    )
    assert summary.lead_sentence(forum) == (
        "This statement was issued in Port Alder on 20-21 November 2026."
    )
    kyoto = StatementMeta(title="Video Statement", place="Kyoto, Japan", date_text="7 March 2021")
    assert summary.lead_sentence(kyoto) == (
        "This statement was issued in Kyoto, Japan, on 7 March 2021."
    )


def test_a_communiques_agreed_measures_are_points_with_who_agreed() -> None:
    item = [
        ("1.", "The Ministers met in Lorensburg on 3 and 4 May 2026 under the Forum's chair."),
        ("2.", "Ministers noted that 9 of the 12 member States have ratified the Agreement."),
        ("3.", "To protect the stocks, Ministers agreed:"),
        ("(a)", "to cut the catch of bigeye tuna by 10 per cent in 2027;"),
        ("(b)", "to close the Western Shelf to trawling from 1 March 2027; and"),
        ("(c)", "to set up a fund of USD 4 million for affected fishers."),
        ("4.", "Ministers thanked the Government of Estavia for its hospitality."),
    ]
    paragraphs = tuple(Paragraph(text, is_list_item=True, marker=m) for m, text in item)
    points = _points_of(paragraphs)
    assert "Ministers agreed to cut the catch of bigeye tuna by 10 per cent in 2027." in points
    assert any(p.startswith("Ministers agreed to close the Western Shelf") for p in points)
    assert any(p.startswith("Ministers agreed to set up a fund of USD 4 million") for p in points)
    # An item alone ("To cut the catch …") is no point, nor is the lead-in.
    assert not any(p.lower().startswith("to ") or p.endswith(":") for p in points)


def test_a_step_a_notice_requires_is_a_point_with_who_must_take_it() -> None:
    paragraphs = (
        Paragraph("The Authority found that the company lost 142 million litres a day in leaks."),
        Paragraph("The company must:"),
        Paragraph("Publish, by 31 January 2027, a plan to cut leakage.", is_list_item=True),
        Paragraph("Repair every visible leak within 24 hours.", is_list_item=True),
    )
    points = _points_of(paragraphs)
    assert "The company must publish, by 31 January 2027, a plan to cut leakage." in points
    assert not any(p.startswith(("Publish", "Repair")) for p in points)


def test_an_outbreaks_count_of_cases_is_a_point() -> None:
    paragraphs = (
        Paragraph("The agency is continuing to look into an outbreak of Legionnaires' disease."),
        Paragraph(
            "As of 27 November 2026, there have been 14 confirmed cases linked to the outbreak. "
            "All of the people affected live in or visited the Westgate area of Carrow in the "
            "2 weeks before they became ill."
        ),
    )
    points = _points_of(paragraphs)
    assert any("14 confirmed cases" in point for point in points)


def test_a_recalls_summary_names_the_product_its_title_names() -> None:
    from pipeline.models import StatementMeta

    meta = StatementMeta(
        title="Brightnest 2-in-1 Baby Bouncer and Rocker, model BN-220",
        date_text="16 November 2026",
        notes=("Product safety recall", "Issued by the Office for Product Safety and Standards"),
    )
    # The points say "the bouncer": the lead tells which one, as the title does.
    assert summary.what_it_recalls(meta) == (
        "It is a product safety recall of the Brightnest 2-in-1 Baby Bouncer and Rocker, "
        "model BN-220."
    )
    # A headline says it in its own words, and a statement of another kind needs no such line.
    headline = StatementMeta(title="Brightnest recalls baby bouncers", notes=meta.notes)
    assert summary.what_it_recalls(headline) == ""
    release = StatementMeta(title="Baby Bouncer", notes=("News release",))
    assert summary.what_it_recalls(release) == ""


def test_a_council_statements_condemnation_and_call_are_points() -> None:
    council = "The members of the Security Council"
    paragraphs = (
        Paragraph(
            "The following Security Council press statement was issued today by Council "
            "President Amina Dauda (Keranda):"
        ),
        Paragraph(
            f"{council} condemned in the strongest terms the attack carried out on 12 October "
            "2026 against a convoy of the United Nations Stabilization Mission in Valmira near "
            "the town of Korro, in which two peacekeepers from Estavia were killed and five "
            "others were injured."
        ),
        Paragraph(
            f"{council} expressed their deepest condolences and sympathy to the families of "
            "those killed, to Estavia and to the United Nations. They wished a speedy and full "
            "recovery to those who were injured."
        ),
        Paragraph(
            f"{council} called on the Government of Valmira to swiftly investigate this "
            "attack and bring the perpetrators to justice, and to keep troop- and "
            "police-contributing countries informed of progress."
        ),
        Paragraph(
            f"{council} stressed that attacks targeting peacekeepers may constitute war crimes "
            "under international law. They reminded all parties of their obligations under "
            "international humanitarian law."
        ),
        Paragraph(
            f"{council} reiterated their full support for the Mission and for the Special "
            "Representative of the Secretary-General, and commended the peacekeepers for their "
            "commitment in a difficult environment."
        ),
        Paragraph(
            f"{council} reaffirmed their strong commitment to the sovereignty, independence, "
            "unity and territorial integrity of Valmira."
        ),
    )
    sentences = tuple(s for p in paragraphs for s in split_sentences(p.text))
    section = Section("02-x", 2, SectionKind.BODY, "X", paragraphs, sentences)
    # A press statement names no speaker: its first body section opens with the lede.
    points = summary.in_short(section, simplify_section(section), lede=True)
    # The 46-word first paragraph was too long to be a point, and the call lost out for its
    # "this attack": now the lede is split, and the attack is named in a point before the call.
    assert len(points) == 3
    assert points[0].startswith(f"{council} strongly condemned the attack carried out on 12")
    assert (
        points[1]
        == "In the attack, 2 peacekeepers from Estavia were killed and 5 others were injured."
    )
    assert points[2].startswith(
        f"{council} called on the Government of Valmira to quickly investigate"
    )


def test_a_point_on_this_attack_needs_a_point_that_names_it() -> None:
    paragraphs = (
        Paragraph("The council met on 3 May 2026 in Carrow and agreed its budget for 2027."),
        Paragraph("The council called on the Government of Valmira to look into this attack."),
        Paragraph("Officers recorded 48,215 crimes in 2025/26, down from 51,290 the year before."),
    )
    points = _points_of(paragraphs)
    assert not any("this attack" in point for point in points)


def test_a_death_is_a_point_beside_the_count_of_cases() -> None:
    paragraphs = (
        Paragraph("The agency is continuing to look into an outbreak of Legionnaires' disease."),
        Paragraph(
            "As of 27 November 2026, there have been 14 confirmed cases linked to the outbreak. "
            "Twelve of the people affected have been treated in hospital. Sadly, one person, a "
            "man in his seventies, has died. The first person became unwell on 9 November and "
            "the most recent on 22 November. All of the people affected live in or visited the "
            "Westgate area of Carrow in the 2 weeks before they became ill."
        ),
    )
    points = _points_of(paragraphs)
    # The count of cases stays, and the death is told: it had lost to the lede and the count.
    assert any("14 confirmed cases" in point for point in points)
    assert "Sadly, one person, a man in his seventies, has died." in points


def test_a_displacement_figure_outweighs_a_routine_call() -> None:
    council = "The Security Council"
    paragraphs = (
        Paragraph(
            f"{council} expresses grave concern at the deterioration of the humanitarian "
            "situation, including the displacement of more than 2.1 million people since "
            "January 2025."
        ),
        Paragraph(
            f"{council} strongly condemns the attacks against civilians and United Nations "
            "peacekeepers, including the attack of 2 August 2025 near Bunagana. This led to the "
            "death of 3 peacekeepers from Malawi. The Security Council stresses that attacks "
            "targeting peacekeepers may amount to war crimes."
        ),
        Paragraph(
            f"{council} urges the Governments of the region to implement their commitments "
            "under the Peace, Security and Cooperation Framework. The Security Council "
            "encourages the Special Envoy of the Secretary-General to continue his good offices."
        ),
    )
    points = _points_of(paragraphs)
    assert any("2.1 million people" in point for point in points)
    # "This led to the death …" cannot stand alone: it is told after what it leans on.
    assert any(
        point.endswith("near Bunagana. This led to the death of 3 peacekeepers from Malawi.")
        for point in points
    )
    assert not any(point.startswith("This led") for point in points)


def test_a_speakers_teaser_figure_is_told_with_what_it_counts() -> None:
    paragraphs = (
        Paragraph(
            "Let me start with a number: 212,000. That is how many households in Northmere are "
            "on a waiting list for social housing today. We cannot build our way out of this "
            "overnight. So today I am announcing 3 things."
        ),
    )
    points = _points_of(paragraphs)
    assert points[0] == (
        "Let me start with a number: 212,000. That is how many households in Northmere are on "
        "a waiting list for social housing today."
    )
    assert "So today I am announcing 3 things." not in points
    # A signpost alone says what comes next, not what was said.
    assert _points_of((Paragraph("Let me start with apprenticeships. We start today."),)) == ()


def test_an_answers_no_is_left_off_its_point() -> None:
    paragraphs = (Paragraph("No. Your collection day stays the same on Monday 6 April 2026."),)
    assert _points_of(paragraphs) == ("Your collection day stays the same on Monday 6 April 2026.",)


def test_a_point_that_retells_the_headline_is_left_out() -> None:
    from pipeline.stages.load import SourceText
    from tests.test_split import ICJ, PARA

    text = ICJ.replace(
        PARA * 3,
        "(2) By fourteen votes to two,\n\nFinds that it has jurisdiction, based on Article 36, "
        "paragraph 2, of the Statute of the Court, to entertain the Application filed by "
        "Norland on 4 March 2023.\n\nThe Court will now go on to the merits of the case, and "
        "the Registry will publish the dates of the hearings.",
    )
    statement = split_statement(SourceText(text, "icj.txt"))
    plains = [summary.with_in_short(s, simplify_section(s)) for s in statement.sections]
    made = summary.summarise(statement, plains)
    # The headline says the Court has jurisdiction: the clause it came from says it again.
    assert made.points[0].startswith("The Court finds that it has jurisdiction")
    assert not any(point.startswith("Finds that") for point in made.points)
    assert made.facts.ok


def test_a_need_that_reads_as_a_step_is_no_point_among_needs() -> None:
    paragraphs = (
        Paragraph("Emergency shelter and household items for 65,000 families.", is_list_item=True),
        Paragraph(
            "Water treatment, latrines and hygiene kits for 40,000 households in Mopti.",
            is_list_item=True,
        ),
        Paragraph("Mobile health clinics and cholera treatment units.", is_list_item=True),
        Paragraph("The agency has launched a flash appeal for US$ 126 million in Geneva."),
    )
    # Under a heading ("Priority needs"), with no lead-in: the verb test finds none in any.
    assert not any(point.startswith("Water") for point in _points_of(paragraphs))
    # A step among steps is still a point.
    steps = (
        Paragraph("Water the garden only after 18:00 until 30 June 2026.", is_list_item=True),
        Paragraph("Do not fill paddling pools until 30 June 2026.", is_list_item=True),
    )
    assert any(point.startswith("Water the garden") for point in _points_of(steps))


def test_those_words_and_a_thank_you_are_no_points() -> None:
    paragraphs = (
        Paragraph(
            "I want to start by thanking the organisers and the 200 volunteers in Manchester. "
            "I wish to congratulate His Excellency Philemon Yang of Cameroon on his election."
        ),
        Paragraph(
            "Those words, written by Laurence Binyon in September 1914, still speak for us. "
            "Last year, 187,000 people started an apprenticeship in England."
        ),
    )
    points = _points_of(paragraphs)
    assert points == ("Last year, 187,000 people started an apprenticeship in England.",)


def test_a_courts_ruling_outweighs_a_question_that_points_back() -> None:
    paragraphs = (
        Paragraph(
            "Ms Kowalczyk was unable to board a regional train at an unstaffed station in 2022 "
            "because no ramp was available. Ms Kowalczyk uses a wheelchair."
        ),
        Paragraph(
            "The national rail company argued that its duty applied only at staffed stations. "
            "The national court asked the Court of Justice whether that reading was compatible "
            "with EU law."
        ),
        Paragraph(
            "In today's judgment, the Court holds that the duty to give help applies at every "
            "station, whether or not it is staffed."
        ),
    )
    points = _points_of(paragraphs)
    assert any("the Court holds that the duty to give help applies" in p for p in points)
    assert not any("that reading" in point for point in points)


def test_an_answer_on_the_earlier_figure_is_no_point_alone() -> None:
    paragraphs = (
        Paragraph(
            "Rachel Tembo: The earlier figure was from 2022, before the design was finished. "
            "Since then construction costs have risen across the industry by 30 per cent."
        ),
        Paragraph("We've budgeted $60 million a year in operating support for the line."),
    )
    points = _points_of(paragraphs)
    assert points == ("We've budgeted $60 million a year in operating support for the line.",)


def _summary_of_file(name: str) -> summary.Summary:
    """The summary the pipeline writes for a statement in tests/data, made as `build` makes it."""
    statement = split_statement(load_source(Path(__file__).parent / "data" / name))
    lede = summary.lede_section(statement)
    plains = [
        summary.with_in_short(
            section,
            simplify_section(section, statement.language, meta=statement.meta),
            section.id == lede,
        )
        for section in statement.sections
    ]
    return summary.summarise(statement, plains, load_acronyms())


GOLDEN_POINTS = {
    # An outbreak update: the count of cases, and the death a reader looks for first.
    # Its lede ("The Eastmarch Public Health Service is responding to an outbreak …") is
    # now the first line, with the day it was issued, so the points start after it.
    "cholera_update.txt": (
        "As of 12:00 on 3 December 2026, there have been 23 confirmed cases linked to the "
        "outbreak.",
        "Sadly, one person, a woman in her eighties, has died.",
        "If you have drunk water from Quay Street since 20 November and you develop watery "
        "diarrhoea, call your doctor or the health line on 0800 200 300.",
    ),
    # A council's statement: the people displaced and killed, not only its routine calls.
    "council_statement.txt": (
        "The Council reaffirms its strong commitment to the sovereignty and territorial "
        "integrity of all States in the Amber Coast region.",
        "The Council expresses serious concern at the worsening humanitarian situation, "
        "including the displacement of more than 640,000 people since March 2026, and calls on "
        "all parties to allow humanitarian access to all those in need.",
        "The Council strongly condemns the attack of 21 November 2026 on a market in Tolvo, "
        "which led to the death of 11 civilians, and stresses that those responsible must be "
        "held to account.",
    ),
}


@pytest.mark.parametrize("name", sorted(GOLDEN_POINTS))
def test_golden_summaries_of_statements_tell_of_people_killed_or_displaced(name: str) -> None:
    made = _summary_of_file(name)
    assert made.points == GOLDEN_POINTS[name]
    assert made.words <= summary.MAX_SUMMARY_WORDS
    assert made.facts.ok


def test_a_pointer_to_the_page_below_is_no_point() -> None:
    from pipeline.models import Paragraph, Section, SectionKind
    from pipeline.stages.simplify import simplify_section
    from pipeline.text import split_sentences

    text = (
        "The council approved a £14 million plan for flood defences on 1 December 2026."
        " A map of the works is shown below. " + "Residents were kept informed throughout. " * 8
    )
    section = Section(
        "02-x", 2, SectionKind.BODY, "X", (Paragraph(text),), tuple(split_sentences(text))
    )
    points = summary.in_short(section, simplify_section(section))
    assert points and not any("shown below" in point for point in points)


def test_a_point_on_that_number_or_a_conclusion_loses_to_one_that_stands_alone() -> None:
    # "Behind that number are families …" and "The lodger therefore had no exclusive
    # possession" were summary points: alone, neither says which number, or why.
    number = _points_of(
        (
            Paragraph(
                "It is a pleasure to be here in Lorensburg, with so many of the people who build "
                "our homes."
            ),
            Paragraph(
                "Let me start with a number: 212,000. That is how many households in Northmere "
                "are on a waiting list for social housing today. Behind that number are "
                "families living in one room, young people who cannot leave home, and older "
                "people in houses they can no longer manage."
            ),
            Paragraph(
                "We cannot build our way out of this overnight. So we will build 30,000 homes "
                "a year, and we will build them better."
            ),
        )
    )
    assert len(number) == 2 and number[0].startswith("Let me start with a number: 212,000.")
    assert not any(point.startswith("Behind that number") for point in number)
    assert number[1].startswith("So we will build 30,000 homes")
    lodger = _points_of(
        (
            Paragraph(
                "1. Mrs Harwood has been a tenant of a flat owned by Coastal Housing Trust since "
                "2009."
            ),
            Paragraph(
                "7. On the facts found by the county court, Mrs Harwood kept a key to the "
                "lodger's room, entered it weekly to clean, and supplied bed linen. The lodger "
                "therefore had no exclusive possession (paras 40-44)."
            ),
            Paragraph("9. The order for possession is set aside."),
        )
    )
    assert lodger[-1] == "The order for possession is set aside."
    assert not any("therefore" in point for point in lodger)


def test_no_exception_to_what_came_before_is_never_a_point() -> None:
    # The throne speech's summary said "Parliament shall be no exception.": to what?
    assert _points_of((Paragraph("Parliament shall be no exception."),)) == ()
    assert _points_of((Paragraph("The rules will apply to every member."),)) != ()


def test_a_summary_point_on_this_coalition_needs_the_coalition_named_before_it() -> None:
    # The ransomware statement's summary said "Over the past year, this coalition has grown
    # …" under a point that named no coalition: which one, the reader could not tell.
    result = _summary_of(
        "# Joint statement\n\n## Meeting\n\n"
        "The 68 members of the International Counter Ransomware Initiative met in Washington "
        "from 30 September to 3 October 2024.\n\n"
        "## Growth\n\n"
        "Members confirmed their joint commitment to:\n\n"
        "- Develop shared resilience to ransomware.\n\n"
        "- Support members if they are faced with a ransomware attack.\n\n"
        "Over the past year, this coalition has grown and keeps building upon the commitments "
        "made at the Third Gathering in 2023.\n"
    )
    assert result.points[0].startswith("The 68 members of the International Counter")
    assert not any("this coalition" in point for point in result.points)
    # Named before it, it reads as it did in the statement.
    point = "Over the past year, this coalition has grown."
    assert summary._names_what_it_lacks(point, "The 68 members of the Initiative met.")
    assert not summary._names_what_it_lacks(point, "A coalition of 68 members met.")
    # What "this" names where the words are said needs no naming: "this year", "this notice".
    assert not summary._names_what_it_lacks("The company may appeal against this notice.", "")
    assert not summary._names_what_it_lacks("This year 40 homes were built in Carrow.", "")


def test_an_apology_is_a_point_and_a_ministers_opening_words_are_not() -> None:
    points = _points_of(
        (
            Paragraph(
                "Mr Speaker, with permission, I would like to make a statement on the final "
                "report of the Independent Inquiry into the Northmere Hearing Support Scheme."
            ),
            Paragraph(
                "Between 1998 and 2011, more than 4,200 people were fitted with hearing implants "
                "that carried a serious risk of infection. At least 310 people developed lasting "
                "damage to their hearing. The report of Sir Alan Brightwell is clear."
            ),
            Paragraph(
                "I am truly sorry that you were harmed. I am sorry that you were not believed. "
                "I am sorry that it has taken so long for the State to say so."
            ),
        )
    )
    assert "I am truly sorry that you were harmed." in points  # it had lost to the figures
    assert not any("make a statement" in point for point in points)
    assert sum("sorry" in point for point in points) == 1  # the first apology, not each


def test_sorry_for_the_disruption_is_no_point_over_what_to_do() -> None:
    points = _points_of(
        (
            Paragraph(
                "People who are older, disabled or unable to leave their homes can ask for "
                "water to be delivered by calling the council helpline on 0300 123 4567."
            ),
            Paragraph(
                "“I know this is worrying, and I am sorry for the disruption,” said Mayor "
                "Daniel Okafor."
            ),
        )
    )
    assert not any("disruption" in point for point in points)


def test_a_point_that_answers_the_sentence_before_it_comes_only_after_that_sentence() -> None:
    """A point alone, "But we can build faster …" turned against nothing."""
    alone = _points_of(
        (
            Paragraph("Let me start with a number: 212,000 households are waiting for a home."),
            Paragraph("We cannot build our way out of this overnight. But we can build faster."),
            Paragraph("First, we will invest £2.4 billion over the next 5 years in new homes."),
        )
    )
    assert not any(point.startswith("But ") for point in alone)
    assert any("£2.4 billion" in point for point in alone)
    # "Yet …" right after what it answers reads as it did in the statement, and stays.
    together = _points_of(
        (
            Paragraph(
                "About 95 per cent of our food is grown, directly or indirectly, in soil. "
                "Yet one third of the world's soils are already degraded."
            ),
            Paragraph(
                "Healthy soils store carbon, filter water and hold up the plants and animals "
                "that all of us depend on, in every part of the world, every day of our "
                "lives, whether we live in great cities or in small villages."
            ),
        )
    )
    assert together[-1].startswith("Yet one third") and together[0].startswith("About 95")


def test_the_summary_keeps_an_answering_point_only_after_what_it_answers() -> None:
    sentences = ("We cannot build overnight.", "But we can build faster.", "We will act.")
    answering = "But we can build faster."
    assert not summary._follows_what_it_answers(answering, sentences, ["We will act."])
    assert summary._follows_what_it_answers(answering, sentences, ["We cannot build overnight."])
    assert summary._follows_what_it_answers("We will act.", sentences, [])


def test_a_signpost_a_quotation_alone_and_a_pointer_to_a_page_are_no_points() -> None:
    """A minister's "I will make a statement on …" says a statement is made; a quotation alone names no
    one who said it; "Read the terms of reference" points at a link the summary lacks."""
    points = _points_of(
        (
            Paragraph(
                "Mr Speaker, with permission, I will make a statement on the Government's "
                "response to the floods that struck the north between 14 and 18 November."
            ),
            Paragraph("Some 4,300 homes and 650 businesses were flooded in the Tarn valley."),
            Paragraph("“The water came up to the roof in less than an hour. We have nothing.”"),
            Paragraph("Read the terms of reference for the review and the IOPC report."),
            Paragraph("The full plan of 2026 is available on the council's flood defence page."),
            Paragraph("Let me highlight a few points."),
        )
    )
    assert points and not any("make a statement" in point for point in points)
    assert not any(point.startswith(("“", "Read ", "Let me")) for point in points)
    assert not any("available on" in point for point in points)
    assert any("4,300 homes" in point for point in points)


def test_one_more_of_a_kind_and_a_list_the_summary_lacks_point_back() -> None:
    """Points like "Another company was approved …" and "… at the following points" lean on what the
    summary leaves out: a point that stands alone is chosen before them."""
    points = _points_of(
        (
            Paragraph("One company was approved for 5,189 H-1B workers in FY 2025."),
            Paragraph("Another company was approved for 1,698 H-1B workers in FY 2025."),
            Paragraph("Bottled water will be handed out free at the following points from 10:00."),
            Paragraph("The Department of Labor will review wage levels for 2026."),
        )
    )
    assert not any(point.startswith("Another") for point in points)
    assert not any("the following points" in point for point in points)


def test_what_a_courtesy_goes_on_to_say_to_those_it_greets_is_no_point() -> None:
    """After "Welcome also to the 197 members": "Your enthusiasm … will serve your country well."""
    points = _points_of(
        (
            Paragraph(
                "Welcome also to the 197 members who are newly elected. Your enthusiasm and "
                "fresh ideas will serve your country well."
            ),
            Paragraph(
                "I call on all parliamentarians to work together, with a renewed spirit of "
                "innovation, openness and cooperation."
            ),
        )
    )
    assert points == (
        "I call on all parliamentarians to work together, with a renewed spirit of "
        "innovation, openness and cooperation.",
    )


def test_people_who_lost_their_lives_are_a_point() -> None:
    assert summary._DEATH.search("Two people lost their lives.")
    assert summary._TOLL.search("Two people lost their lives.")


ELECTION = (
    "NORTHMERE ELECTORAL COMMISSION\n\n"
    "Statement of results: Westvale City Council by-election, Riverside ward\n\n"
    "Issued by the Returning Officer, Westvale Town Hall, 02:15 on Friday 27 November 2026\n\n"
    "I, Maria Costello, being the Returning Officer at the election held on Thursday 26 "
    "November 2026, hereby give notice that the votes recorded were as follows:\n\n"
    "ADEYEMI, Grace Funmi | Northmere Green Party | 1,874\n\n"
    "And I do hereby declare that Grace Funmi ADEYEMI is duly elected as councillor for the "
    "Riverside ward.\n\n"
    "The by-election was held following the resignation of Councillor Peter Lund in "
    "September 2026.\n"
)


def test_the_lead_says_what_the_statement_is_on_from_its_title() -> None:
    """The election notice's lead named only the returning officer, never what it was of."""
    from pipeline.stages.load import SourceText

    statement = split_statement(SourceText(ELECTION, "election.txt"), "en")
    plains = [summary.with_in_short(s, simplify_section(s, "en")) for s in statement.sections]
    result = summary.summarise(statement, plains)
    assert result.lead.startswith(
        'This statement, titled "Statement of results: Westvale City Council by-election, '
        'Riverside ward", was issued by the Returning Officer'
    )
    assert result.facts.ok and result.words <= summary.MAX_SUMMARY_WORDS


def test_a_title_that_says_what_the_statement_is_on_gives_only_that() -> None:
    from pipeline.models import StatementMeta

    sudan = StatementMeta(
        title="Statement attributable to the Spokesperson for the Secretary-General on the Sudan",
        speaker="Stéphane Dujarric",
        date_text="20 April 2025",
    )
    lead = summary.lead_sentence(sudan)
    assert summary.what_it_is_on(sudan, lead) == (
        "Stéphane Dujarric gave this statement on the Sudan on 20 April 2025."
    )
    assembly = StatementMeta(title="Statement to the General Assembly", speaker="Anna Berg")
    assert summary.what_it_is_on(assembly, "Anna Berg gave this statement.") == (
        "Anna Berg gave this statement to the General Assembly."
    )
    # A title that only names who spoke, or a speech at an event, adds nothing.
    judge = StatementMeta(title="Sentencing Remarks of His Honour Judge Whitfield", speaker="X")
    assert summary.what_it_is_on(judge, "X gave this statement.") == "X gave this statement."
    event = StatementMeta(title="Speech on housing", speaker="Y", event="Homes Summit")
    assert summary.what_it_is_on(event, "Y spoke at the Homes Summit.") == (
        "Y spoke at the Homes Summit."
    )


def test_a_title_the_points_retell_stays_out_of_the_lead() -> None:
    """A headline ("Care home manager jailed for stealing £186,000 …") and its lede say the
    same: in the lead too, the e-mail would say it twice."""
    from pipeline.models import StatementMeta

    meta = StatementMeta(title="Care home manager jailed for stealing £186,000 from residents")
    lede = "A care home manager who stole £186,000 from residents has been jailed for 5 years."
    assert summary.retells_title(meta, [lede])
    assert not summary.retells_title(meta, ["The judge made an order for 8 years."])


def test_a_bare_toll_is_told_with_the_figure_before_it() -> None:
    """ "Two people lost their lives." alone said nothing of where or how: the sentence before
    it ("About 4,300 homes … were flooded.") goes with it as one point."""
    points = _points_of(
        (
            Paragraph(
                "In those five days, more rain fell on the Tarn valley than normally falls in "
                "two months. About 4,300 homes and 650 businesses were flooded. Two people lost "
                "their lives."
            ),
        )
    )
    assert "About 4,300 homes and 650 businesses were flooded. Two people lost their lives." in (
        points
    )
    assert "Two people lost their lives." not in points


def test_a_long_lede_is_still_the_first_point() -> None:
    """A 47-word lede had passed the 40-word limit and lost to "Measles is infectious …"."""
    lede = (
        "The National Public Health Agency is urging parents to make sure their children are up "
        "to date with the MMR vaccine, after the number of confirmed measles cases in England "
        "rose to 1,271 in the first quarter of 2026, compared with 412 in the same period last "
        "year."
    )
    section = _body(
        lede,
        "Measles is infectious and can lead to serious complications, like pneumonia and "
        "encephalitis.",
    )
    points = summary.in_short(section, simplify_section(section), lede=True)
    assert points[0].startswith("The National Public Health Agency is urging parents")
    # Past the first sentence, the limit is what it was: a 47-word sentence is no point.
    later = _body("Measles is infectious and spreads fast in schools.", lede)
    assert not any("1,271" in p for p in summary.in_short(later, simplify_section(later), True))


def _points(*paragraphs: str, title: str = "X") -> tuple[str, ...]:
    """The "In short" points of a body section titled `title` of these paragraphs."""
    section = _body(*paragraphs)
    section = Section(section.id, 2, SectionKind.BODY, title, section.paragraphs, section.sentences)
    return summary.in_short(section, simplify_section(section))


def test_a_timetables_rows_are_no_points() -> None:
    points = _points(
        "A meeting of Westvale City Council will be held in the Council Chamber on Thursday "
        "10 December 2026 at 6:30pm. Members of the public are welcome to attend.",
        "Agenda",
        "6:30pm: Apologies for absence.",
        "7:00pm: Budget and council tax 2027/28.",
        "8:00pm: Westvale Local Plan 2027-2042.",
        "8:45pm: Motions from councillors.",
    )
    assert points and not any(point[:1].isdigit() for point in points)
    assert not summary._is_row("Rachel Tembo: If construction starts on time, the bridge opens.")


def test_about_us_and_what_follows_a_notes_label_give_no_points() -> None:
    about = _points(
        "HM Inspectorate of Prisons for Northmere is an independent inspectorate that reports "
        "on conditions for those in prison.",
        "For media enquiries, please contact the press office on 020 3000 4410.",
        title="About us",
    )
    assert about == ()
    points = _points(
        "Only 38% of prisoners had a job or a place in education, inspectors found in 2026.",
        "The report makes 34 recommendations, including 6 priority concerns.",
        "Notes to editors",
        "2. HMP Eastfield was last inspected in March 2023 by 14 inspectors.",
    )
    assert not any("last inspected" in point for point in points)
    assert _points("For media enquiries, please contact the press office on 020 3000 4410.") == ()


def test_a_governors_seal_is_no_point() -> None:
    points = _points(
        "I urge all residents of New Hartford to prepare their homes and vehicles for winter.",
        "IN WITNESS WHEREOF, I have hereunto set my hand and caused the Great Seal of the State "
        "of New Hartford to be affixed this 10th day of November, 2026.",
    )
    assert points and not any("WHEREOF" in point for point in points)
    proclaimed = _points(
        "NOW, THEREFORE, I, Margaret L. Okafor, Governor of the State of New Hartford, do "
        "hereby proclaim November 16 - 22, 2026, as Winter Weather Preparedness Week."
    )
    assert proclaimed[0].startswith("I, Margaret L. Okafor, Governor of the State of New")


def test_a_short_section_of_two_parts_gives_a_point_from_each() -> None:
    points = _points(
        "Water supplies have now been restored to all 3,200 homes in Carrow affected by "
        "yesterday's burst main. Running the cold kitchen tap for 5 minutes should clear it.",
        "Every affected household will receive £40 compensation, credited to their account "
        "within 20 working days.",
    )
    assert len(points) == 2
    assert any("3,200" in point for point in points) and any("£40" in point for point in points)
    background = _points(
        "The mandate will allow the Council presidency to start talks with the European "
        "Parliament on the final text.",
        "The Commission presented its proposal on 11 March 2025. The list of critical "
        "medicines now has more than 270 active substances.",
        title="Next steps; Background",
    )
    assert len(background) == 1  # context is no second point


def test_a_welcomed_decision_is_a_position_and_to_do_so_points_back() -> None:
    points = _points(
        "We welcome the decision by the Parliament of Ostria on 25 November to abolish the "
        "death penalty for all crimes. Ostria becomes the 114th State to do so."
    )
    assert points == (
        "We welcome the decision by the Parliament of Ostria on 25 November to end the death "
        "penalty for all crimes.",
    )


def test_a_footnotes_star_is_not_carried_into_a_point() -> None:
    points = _points(
        "UN experts* today expressed alarm at the arrest of at least 46 journalists in Karesia "
        "since 1 October 2026."
    )
    assert points == (
        "UN experts today expressed alarm at the arrest of at least 46 journalists in Karesia "
        "since 1 October 2026.",
    )

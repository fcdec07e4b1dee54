"""Who a summary names, and which sentences it takes for key points.

Reviews found a briefing's labelled lines ("Speaker: …", "Location: …") read as its title, a
minister named before her office ("Minister for Transport Rachel Tembo MP") not read at all,
a speech's slogan ("A cure will be found.") taken for a key point over its facts, and a
French speech's congratulations to the President as its first key point.
"""

from __future__ import annotations

from pipeline.models import SectionKind, StatementMeta
from pipeline.stages import summary
from pipeline.stages.load import SourceText
from pipeline.stages.simplify import simplify_section
from pipeline.stages.split import split_statement
from tests.summaries import summary_of

_BRIEFING_BODY = (
    "We are deeply alarmed by reports that at least 43 civilians were killed in attacks on "
    "villages in North Darfur last week.\n\n"
    "The UN High Commissioner for Human Rights, Volker Türk, calls on all parties to protect "
    "civilians and to allow humanitarian access.\n"
)


def _meta(text: str, name: str = "statement.txt") -> StatementMeta:
    return split_statement(SourceText(text, name), "en").meta


def _told_block(text: str, name: str = "ohchr-0312.txt") -> str:
    statement = split_statement(SourceText(text, name), "en")
    block = next(s for s in statement.sections if s.kind is SectionKind.TITLE)
    return " ".join(simplify_section(block, "en", meta=statement.meta).paragraphs)


def test_a_briefings_labelled_lines_under_its_kind_say_who_where_and_when() -> None:
    text = (
        "Press briefing notes\n\nSpeaker: Ravina Shamdasani\nLocation: Geneva\n"
        "Date: 12 March 2024\n\n" + _BRIEFING_BODY
    )
    meta = _meta(text, "ohchr-0312.txt")
    # "Speaker: Ravina Shamdasani Location: Geneva" had been the title, and no one spoke.
    assert (meta.speaker, meta.place, meta.date_text) == (
        "Ravina Shamdasani",
        "Geneva",
        "12 March 2024",
    )
    assert meta.title == "Press briefing notes"  # not the file's name, "Ohchr 0312"
    assert _told_block(text) == (
        "Press briefing notes by Ravina Shamdasani. It was given in Geneva on 12 March 2024."
    )
    assert summary_of(text, "ohchr-0312.txt").lead == (
        "Ravina Shamdasani gave this statement in Geneva on 12 March 2024."
    )


def test_a_briefings_headline_with_a_colon_is_told_apart_from_who_gave_it() -> None:
    text = (
        "Press briefing notes\n\nSudan: civilians killed in North Darfur\n\n"
        "Speaker: Ravina Shamdasani\nLocation: Geneva\nDate: 12 March 2024\n\n" + _BRIEFING_BODY
    )
    # "Sudan: civilians killed in North Darfur by Ravina Shamdasani." read as though she did.
    assert _told_block(text) == (
        "Sudan: civilians killed in North Darfur. It is a statement by Ravina Shamdasani. It "
        "was given in Geneva on 12 March 2024. These are press briefing notes."
    )


def test_a_briefings_speaker_label_with_a_role_and_a_subject_line_are_its_title_block() -> None:
    text = (
        "PRESS BRIEFING NOTES\n\n"
        "Speaker: Ravina Shamdasani, Spokesperson for the UN High Commissioner for Human "
        "Rights\n\nLocation: Geneva\n\nDate: 12 March 2024\n\nSubject: Sudan\n\n" + _BRIEFING_BODY
    )
    statement = split_statement(SourceText(text, "briefing.txt"), "en")
    meta = statement.meta
    assert (meta.speaker, meta.speaker_role) == (
        "Ravina Shamdasani",
        "Spokesperson for the UN High Commissioner for Human Rights",
    )
    assert meta.title == "Press briefing notes on Sudan"
    # "Subject: Sudan" had headed the body's first part.
    assert all(section.title != "Subject: Sudan" for section in statement.sections)
    assert summary_of(text).lead == (
        "Ravina Shamdasani, Spokesperson for the UN High Commissioner for Human Rights, gave "
        "this statement on Sudan in Geneva on 12 March 2024."
    )


def test_an_office_before_a_members_name_and_letters_is_read_as_both() -> None:
    from pipeline.metadata import _speaker_and_role

    # The office had been read whole as a role, as part of the name, or not at all.
    assert _speaker_and_role("Minister for Transport Rachel Tembo MP") == (
        "Rachel Tembo MP",
        "Minister for Transport",
    )
    assert _speaker_and_role("Secretary of State for Health Wes Streeting MP") == (
        "Wes Streeting MP",
        "Secretary of State for Health",
    )
    assert _speaker_and_role("Attorney General Lord Hermer KC") == (
        "Lord Hermer KC",
        "Attorney General",
    )
    assert _speaker_and_role("Minister for Transport Hon. Rachel Tembo MP") == (
        "Rachel Tembo MP",
        "Minister for Transport",
    )
    assert _speaker_and_role("Tánaiste Micheál Martin TD") == ("Micheál Martin TD", "Tánaiste")
    assert _speaker_and_role("Member of the European Parliament Anna Berg MEP") == (
        "Anna Berg MEP",
        "Member of the European Parliament",
    )
    assert _speaker_and_role("Mary Lou McDonald TD") == ("Mary Lou McDonald TD", None)


def test_an_office_of_something_before_a_name_without_letters_is_read_as_both() -> None:
    from pipeline.metadata import _speaker_and_role

    # The office ends on a common noun ("Affairs"), the name opens on none ("Anna").
    assert _speaker_and_role("Minister for Foreign Affairs Anna Berg") == (
        "Anna Berg",
        "Minister for Foreign Affairs",
    )
    assert _speaker_and_role("Secretary of State for Energy Security and Net Zero Ed Moss") == (
        "Ed Moss",
        "Secretary of State for Energy Security and Net Zero",
    )
    assert _speaker_and_role("Minister for Housing Priya K. Raman") == (
        "Priya K. Raman",
        "Minister for Housing",
    )
    assert _speaker_and_role("Director of Public Health Dr Anna Berg") == (
        "Anna Berg",
        "Director of Public Health",
    )
    # Where the cut is not sure, nothing is made up: a name of three words ("Mary Lou …"),
    # a first name that is also a word ("Grace"), an office with no "of" or "for".
    assert _speaker_and_role("Minister for Foreign Affairs Mary Lou Kearney") == (None, None)
    assert _speaker_and_role("Minister for Health Grace Okoro") == (None, None)
    assert _speaker_and_role("President of the Government of Spain") == (
        None,
        "President of the Government of Spain",
    )


def test_an_office_then_its_holder_reads_naturally_in_a_title_and_a_sign_off() -> None:
    body = (
        "The Government will open 3 new embassies in 2027. They will serve 40,000 citizens "
        "abroad.\n"
    )
    made = summary_of(
        "Remarks by Minister for Foreign Affairs Anna Berg at the Nordic Council\n\n"
        f"Oslo, 18 November 2026\n\n{body}"
    )
    # "This statement was issued in Oslo …" had named neither her nor where she spoke.
    assert made.lead == (
        "Anna Berg, Minister for Foreign Affairs, spoke at the Nordic Council in Oslo on "
        "18 November 2026."
    )
    statement = split_statement(
        SourceText(
            "New embassies to open\n\nOslo, 18 November 2026\n\n"
            f"{body}\nMinister for Foreign Affairs Anna Berg\n",
            "release.txt",
        ),
        "en",
    )
    meta = statement.meta
    assert (meta.speaker, meta.speaker_role) == ("Anna Berg", "Minister for Foreign Affairs")
    # The sign-off had titled the body ("Foreign Affairs Anna Berg") and been read in it.
    body_sections = [s for s in statement.sections if s.kind is SectionKind.BODY]
    assert all("Berg" not in s.title for s in body_sections)
    assert all("Berg" not in p.text for s in body_sections for p in s.paragraphs)


def test_a_title_naming_an_office_then_its_member_gives_the_lead() -> None:
    made = summary_of(
        "Statement by Minister for Transport Rachel Tembo MP\n\n18 November 2026\n\n"
        "The new line between Wellmouth and Port Alder will open in March 2027. It will carry "
        "40,000 passengers a day.\n"
    )
    # "This statement was issued on 18 November 2026." had named no one.
    assert made.lead == (
        "Rachel Tembo MP, Minister for Transport, gave this statement on 18 November 2026."
    )


def test_a_sign_off_of_an_office_then_its_member_names_the_speaker() -> None:
    statement = split_statement(
        SourceText(
            "New rail line to open in 2027\n\nWellmouth, 18 November 2026\n\n"
            "The new line between Wellmouth and Port Alder will open in March 2027. The line "
            "will carry 40,000 passengers a day.\n\n"
            "Construction will cost $2.4 billion and create 3,000 jobs in the region.\n\n"
            "Minister for Transport Rachel Tembo MP\n",
            "release.txt",
        ),
        "en",
    )
    meta = statement.meta
    assert (meta.speaker, meta.speaker_role) == ("Rachel Tembo MP", "Minister for Transport")
    # The sign-off had titled the body ("Transport Rachel Tembo MP") and been read out in it.
    body = [s for s in statement.sections if s.kind is SectionKind.BODY]
    said = " ".join(p.text for s in body for p in s.paragraphs)
    assert "Tembo" not in said and all("Tembo" not in s.title for s in body)


def test_a_member_said_by_name_and_letters_is_no_subject_of_a_part() -> None:
    from pipeline.stages.split import _surnames

    # "MP" had been taken for the surname, and "Tembo" alone then titled a part.
    text = "Minister for Transport Rachel Tembo MP said the line would open. Tembo added more."
    assert _surnames([text]) == frozenset({"Tembo"})


def test_a_slogan_is_no_point_beside_a_sentence_that_says_what_is_done() -> None:
    statement = split_statement(
        SourceText(
            "Statement by the Health Minister on cancer research\n\n"
            "A cure will be found. We are opening new research centres across the region and "
            "hiring more staff to cut waiting times for tests. Together we will win!\n",
            "health.txt",
        ),
        "en",
    )
    body = next(s for s in statement.sections if s.kind is SectionKind.BODY)
    points = summary.in_short(body, simplify_section(body, "en"))
    # "A cure will be found." had been the section's one point.
    assert points == (
        "We are opening new research centres across the region and hiring more staff to cut "
        "waiting times for tests.",
    )


def test_a_part_of_slogans_alone_gives_the_summary_no_point_while_others_say_more() -> None:
    text = (
        "Statement by the Health Minister on cancer research\n\n"
        "## Hope\n\nA cure will be found. We will never give up on these families!\n\n"
        "## Funding\n\nThe Government will invest £40 million in cancer research over the "
        "next five years. The money will pay for 12 new research centres in Leeds and "
        "Bristol.\n"
    )
    made = summary_of(text)
    assert made.points == ("The money will pay for 12 new research centres in Leeds and Bristol.",)


def test_slogans_are_the_summary_when_nothing_else_is_said() -> None:
    made = summary_of("A cure will be found. We will never give up on these families!\n")
    assert made.points == ("A cure will be found.",)


def test_slogans_and_courtesies_are_told_apart_from_facts_and_positions() -> None:
    slogans = ("A cure will be found.", "We have room to manoeuvre.", "Together we will win!")
    facts = (
        "A man has been arrested.",  # what happened
        "We agreed a new deal.",
        "Do not drink tap water.",  # a step to take
        "We will close the prison.",
        "Our 300 nurses will win!",  # a number
    )
    assert all(summary._is_slogan(s, english=True) for s in slogans)
    assert not any(summary._is_slogan(s, english=True) for s in facts)
    assert summary._is_slogan("Je veux pouvoir vivre libre, digne et fière !", english=False)
    courtesies = (
        "I would like to congratulate you on your election.",
        "Je voudrais féliciter M. Philemon Yang pour son élection.",
        "Permettez-moi de remercier le Secrétaire général pour son rapport.",
        "Quisiera felicitar al Presidente por su elección.",
        "Deseo agradecer al Secretario General su liderazgo.",
        "Ich gratuliere Ihnen zu Ihrer Wahl.",
    )
    assert all(summary._is_courtesy(s) for s in courtesies)
    # Because of, not thanks; a position, not a greeting.
    assert not summary._is_courtesy("Thanks to Europe, the Assembly agreed to act on debt.")
    assert not summary._is_courtesy("We welcome the decision to abolish the death penalty.")


def test_a_french_speechs_congratulations_are_no_key_point() -> None:
    text = (
        "## Félicitations\n\n"
        "Je voudrais féliciter M. Philemon Yang pour sa brillante élection à la présidence de "
        "la 79e session ordinaire de l'Assemblée générale. Permettez-moi de remercier aussi le "
        "Secrétaire général, M. Antonio Guterres, pour son engagement constant au service de "
        "la paix.\n\n"
        "## Sécurité\n\n"
        "Près de 70 % du territoire du Burkina Faso est désormais sous le contrôle de l'Etat, "
        "contre 40 % en 2022. Les écoles ont rouvert dans les zones reconquises.\n"
    )
    made = summary_of(text, "discours.txt", lang="fr")
    # "Je voudrais féliciter …" had been the summary's first key point.
    assert made.points
    assert made.points[0].startswith("Près de 70 %")
    assert not any("féliciter" in p or "remercier" in p for p in made.points)


def test_a_pledge_to_take_people_in_is_no_courtesy() -> None:
    # Dropped as a greeting, it had lost a throne speech its figure of 25,000.
    assert not summary._is_courtesy(
        "The Government will welcome 25,000 new Canadians from Syria by the end of February."
    )
    assert summary._is_courtesy("I would like to welcome you all to Ottawa.")


def _points_of(text: str, lang: str) -> tuple[str, ...]:
    statement = split_statement(SourceText(text, "speech.txt"), lang)
    body = next(s for s in statement.sections if s.kind is SectionKind.BODY)
    return summary.in_short(body, simplify_section(body, lang))


def test_a_french_sentence_that_names_only_the_case_before_it_is_no_point() -> None:
    points = _points_of(
        "Les mesures coercitives unilatérales imposées aux Etats frappent d'abord les "
        "populations les plus vulnérables. C’est le cas de Cuba. Cela a permis la "
        "réouverture des écoles.\n",
        "fr",
    )
    assert points == (
        "Les mesures coercitives unilatérales imposées aux Etats frappent d'abord les "
        "populations les plus vulnérables.",
    )


def test_a_sentence_cut_by_a_stop_or_a_page_gap_is_no_point() -> None:
    points = _points_of(
        "Je suis un jeune burkinabè, cultivateur, éleveur, artisan, étudiant etc... jeunes de "
        "toutes régions, engagé à apporter ma pierre au développement du pays.\n\n"
        "Le Burkina Faso contrôle désormais 70% de son territoire contre 40% en 2022.\n",
        "fr",
    )
    assert points == (
        "Le Burkina Faso contrôle désormais 70% de son territoire contre 40% en 2022.",
    )


def test_a_point_that_faces_what_the_sentence_before_named_loses_to_one_that_stands() -> None:
    points = _points_of(
        "The world will have to learn to live with this new reality. We must approach it "
        "without giving in to despair. All the challenges that we faced were made worse within "
        "a few months.\n",
        "en",
    )
    assert points == ("All the challenges that we faced were made worse within a few months.",)

"""Review 38: what a first user met in an afternoon with plainvoice, one test per fix.

Each test stands for one bug found by running the CLI as a press office would (the sample, the
dev corpus, the usual mistakes); its docstring says what happened before the fix.
"""

from __future__ import annotations

import pytest

from pipeline.metadata import parse_title_block, with_overrides


@pytest.mark.parametrize(
    ("title", "speaker", "role"),
    [
        (
            "Statement by Attorney General Merrick Garland on the Verdict",
            "Merrick Garland",
            "Attorney General",
        ),
        ("Remarks by Secretary General Jens Stoltenberg", "Jens Stoltenberg", "Secretary General"),
    ],
)
def test_an_office_ending_in_general_is_not_the_speakers_first_name(
    title: str, speaker: str, role: str
) -> None:
    """The speaker was 'General Merrick Garland', the role 'Attorney' (the page, tags, EPUB)."""
    meta = parse_title_block([title, "Washington, 3 May 2024"], "x.txt", groups=[0, 1])
    assert (meta.speaker, meta.speaker_role) == (speaker, role)


@pytest.mark.parametrize("office", ["Attorney General", "INTERPOL Secretary General"])
def test_a_speaker_flag_naming_only_an_office_names_no_general(office: str) -> None:
    """--speaker 'INTERPOL Secretary General' made the speaker 'General', the role the rest."""
    meta = parse_title_block(["Video Statement", "Jürgen Stock"], "x.txt", groups=[0, 1])
    overridden = with_overrides(meta, speaker=office)
    assert overridden.speaker == office
    assert overridden.speaker_role is None

"""Session 5: police and partner process acronyms written in capitals in ordinary prose (RUI,
ABE, OSINT, SIA, POLIT, MARAC) are no lone SURNAMEs; the same letters as a title-case name
stay a name. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts as persons


@pytest.mark.parametrize(
    "text, word",
    [
        ("Custody record: detained for s.5 POA. Outcome: RUI pending CPS advice.", "RUI"),
        ("Interviewed, no comment. RUI. Bail conditions not appropriate.", "RUI"),
        ("Victim willing to give ABE next week once she has spoken to her ISVA.", "ABE"),
        ("OSINT checks on the Instagram account show the same handle selling vapes.", "OSINT"),
        ("Door staff badges checked: two had no SIA licence on display.", "SIA"),
        ("Images found on the laptop. Referred to POLIT for triage.", "POLIT"),
        ("Case to be heard at MARAC on Thursday; IDVA to attend.", "MARAC"),
    ],
)
def test_a_process_acronym_is_no_surname(ex, text, word):
    assert word not in persons(ex, text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Rui Costa (DOB 02/02/1990) was seen driving the van.", "Rui Costa"),
        ("Abe told officers he had not been out that night.", "Abe"),
    ],
)
def test_the_same_letters_as_a_name_stay_a_name(ex, text, want):
    assert want in persons(ex, text)

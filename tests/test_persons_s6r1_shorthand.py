"""Session 6 round 1: police and health shorthand for a role ("Pt" patient, "RP" reporting
person, "IP" injured party, "Vic", "Sus") written alone is never a person's name, though it may
head one ("Pt Imran HUSSAIN"). Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import sorted_person_texts as persons


@pytest.mark.parametrize(
    "text",
    [
        "Wound to R shoulder. Pt states he fell on some glass. Pt's mother attended later.",
        "Caller reports youths on the roof again. RP also states the gate was forced. RP wants a call back.",
        "Sus ran off towards the park. Vic says she did not know him.",
    ],
)
def test_role_shorthand_alone_is_no_person(ex, text):
    assert persons(ex, text) == []


def test_shorthand_heading_a_name_keeps_the_name(ex):
    assert any("HUSSAIN" in p for p in persons(ex, "Pt Imran HUSSAIN (24) seen in ED with a cut hand."))


@pytest.mark.parametrize(
    "text, name",
    [
        ("NRM referral made. PV Agnieszka NOWAK (31) now in a safe house.", "Agnieszka NOWAK"),
        ("Two workers spoken to at the site. One PV Darren HOLT (52, from Wigan) said he is paid in food.", "Darren HOLT"),
        ("PV Mihai said the boss keeps all the passports in the van.", "Mihai"),
    ],
)
def test_potential_victim_shorthand_is_not_in_the_name(ex, text, name):
    assert name in persons(ex, text)

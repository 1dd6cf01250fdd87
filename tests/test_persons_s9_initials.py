"""Session 9: initials as record systems, banks and registers write them. A capital "A" or "I"
is an initial, not the article or the pronoun, when it stands mid-sentence in cased text before
a SURNAME ("cards in the names of P OKAFOR and A BRENNAN", "reg. keeper A WHITTAKER"), or
follows another initial ("M I RAZA"); names listed between slashes are names ("KB / J HOLT /
A FERGUSON"); two initials run together after a SURNAME ("KHAN MA - interview 2") and "A" or
"I" after one before an outcome verb ("MOXON A arrested", "DUFFY, I seen") close the name.
Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Bank cards in the names of P OKAFOR and A BRENNAN were found in the glovebox.", "A BRENNAN"),
        ("Vehicle used: silver Golf, reg. keeper A WHITTAKER of Oldham, no reports.", "A WHITTAKER"),
        ("Letter received from the school DSL I MAGUIRE about attendance since Easter.", "I MAGUIRE"),
        ("Kirklees Council suspended PH driver M I RAZA (Dewsbury badge) after our referral.", "M I RAZA"),
        ("Financial investigator note. Two accounts are held by S A PATEL at Barclays.", "S A PATEL"),
    ],
)
def test_a_and_i_are_initials_before_a_surname_mid_sentence(ex, text, name):
    assert name in person_texts(ex, text)


def test_names_between_slashes(ex):
    found = person_texts(ex, "Strategy meeting - KB / J HOLT / A FERGUSON - contextual safeguarding, Bolton.")
    assert "J HOLT" in found and "A FERGUSON" in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("KHAN MA - interview 2. Admits collecting cash from two victims in Harpenden.", "KHAN MA"),
        ("Bail address check for OKORO JT, Flat 2, completed by response.", "OKORO JT"),
        ("Search warrant executed at the farm. MOXON A arrested, shotgun seized.", "MOXON A"),
        ("quick one for the briefing - DUFFY, I seen at the match again with two others", "DUFFY, I"),
        ("Premises visit to the Crown, Carlisle. HOLLAND D now replaced as DPS by Jennifer McKAY.", "HOLLAND D"),
    ],
)
def test_initials_after_a_surname_close_the_name(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, bad",
    [
        ("I told BARKER I would ring him back after the meeting.", "BARKER I"),
        ("Prisoner moved from the segregation unit to WING A on Monday.", "WING A"),
        ("Grading B / 2 / P. Prison intelligence suggests a phone is hidden.", "P. Prison"),
        ("We met KELLY at the station and A PCSO took her statement.", "A PCSO"),
        ("Referral passed to the NCA UK desk and the GP on Monday.", "NCA UK"),
        ("Officer noted that I DID NOT see the van myself.", "I DID"),
        ("Co-accused not home. NI no. for KOWALSKI JK 66 20 41 C, checks pending.", "KOWALSKI JK"),
        ("ANPR: SN68ECH (DAF XF) - Rosyth 23:50 then north on the A9.", "DAF XF"),
    ],
)
def test_letters_that_are_no_initials(ex, text, bad):
    assert not any(bad in f for f in person_texts(ex, text))

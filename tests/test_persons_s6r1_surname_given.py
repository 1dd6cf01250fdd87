"""Session 6 round 1: a SURNAME in capitals that the rules found alone takes the given names
written straight after it in title case ("Occupant: HADZIC Emir. Noise ...", "ZIGA Patrik
arrested", "Prisoner: BAJRAMI Sefer  A1234BC"), when they are known forenames or no English word,
place or label, and the name closes there. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import sorted_person_texts as persons


@pytest.mark.parametrize(
    "text, name",
    [
        ("Housing referral. Occupant named on the lease: HADZIC Edin. Complaints about noise since May.", "HADZIC Edin"),
        ("Occupant named on tenancy: HAMA Rebwar Issue: repeated parties and shouting.", "HAMA Rebwar"),
        ("Warrant executed at 14 Mill Lane, Sheffield S4 7QQ. MORINA Besnik arrested - MSA s.1.", "MORINA Besnik"),
        ("Prisoner: LAZARESCU Vasile  A4412CD Information: seen passing paper to another inmate.", "LAZARESCU Vasile"),
        ("Intel graded 2x4x1. DOKAJ Ilir @ \"LALI\" uses the grey Passat.", "DOKAJ Ilir"),
        ("VICTIM: JENKINS Ffion   PERP: PRICE Dylan   Police ref: 44/1123/25", "JENKINS Ffion"),
        ("Purchase funded through WEI Xiao Ling (F, 33) who also rents the units.", "WEI Xiao Ling"),
    ],
)
def test_a_lone_surname_takes_the_given_names_after_it(ex, text, name):
    assert name in persons(ex, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Update - OKONJO, Grace has received another call from the fake doctor.", "OKONJO, Grace"),
        ("Former director: NOWICKI, Tomasz Adam - disqualified 2020-2026.", "NOWICKI, Tomasz Adam"),
    ],
)
def test_surname_comma_forename_takes_its_middle_name(ex, text, name):
    assert name in persons(ex, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Seen with HUGHES Transport staff at the depot on Tuesday.", "HUGHES"),
        ("Statement taken from WARD Monday morning at the station.", "WARD"),
        ("Checks on JONES Leeds address came back negative.", "JONES"),
    ],
)
def test_an_everyday_word_or_place_after_a_surname_is_not_taken(ex, text, name):
    got = persons(ex, text)
    assert not any(p.startswith(name + " ") for p in got)


@pytest.mark.parametrize(
    "text, name",
    [
        ("[21:04] Karen Bell: they are back on the field again\n[21:06] Dave: ring 101", "Karen Bell"),
        ("Joanne Hill: I have footage of the car if needed", "Joanne Hill"),
    ],
)
def test_a_message_speaker_keeps_the_word_before_the_colon(ex, text, name):
    assert name in persons(ex, text)

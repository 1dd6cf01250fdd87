"""Session 5: surnames that are also town names (Telford, Buxton, Holloway, Bolton, Kendal) next
to a forename, where what follows shows a person (a verb, an age, a DOB) and nothing before
makes the town a place. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts as persons


@pytest.mark.parametrize(
    "text, want",
    [
        ("stop chk outside the chippy 2300. lauren telford says she was waiting for a lift. nfa", "lauren telford"),
        ("youths on the rec again. ethan bolton (15) gave false name at first, mum informed", "ethan bolton"),
        ("call from school - dean kendal arrested last night per his nan, wants to talk to someone", "dean kendal"),
        ("anon caller: the lad selling is connor buxton, he drives a blue fiesta and deals from the flats", "connor buxton"),
    ],
)
def test_a_town_surname_after_a_lower_case_forename(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("NOMINAL: HOLLOWAY FRANKIE DOB 03/04/2008. ADDRESS: NFA. WARNING MARKERS: DRUGS.", "HOLLOWAY FRANKIE"),
        ("Subject: Bolton Jade (DOB 12/11/1996), no fixed abode, recent intel re shoplifting.", "Bolton Jade"),
    ],
)
def test_a_town_surname_first_before_a_dob(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text, place",
    [
        ("dropped kyle in telford after, said he was staying at a mates", "telford"),
        ("mfh found. picked up jade from bolton station 0100, taken home", "bolton"),
        ("pursuit from kendal to the m6, driver decamped. ryan kendal road area searched", "kendal"),
        ("Lives in Preston. Jordan (15) was at the address when we attended.", "Preston"),
    ],
)
def test_a_town_stays_a_place(ex, text, place):
    got = persons(ex, text)
    assert not any(place in p for p in got), got

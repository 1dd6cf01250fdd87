"""Session 7, case-less notes: hurried officers list people by forename ("present: liam, josh,
callum and two girls"), which is no "SURNAME, Forename" pair unless a DOB or age follows or the
list goes on in pairs; and they write a forename that is also a word with a surname's initial
("spoke to dean s", "stopped jordan m and kai p"). Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, names",
    [
        ("present at the address: liam, josh, callum and two girls nk", ["liam", "josh", "callum"]),
        ("obs on the flat 2100-2200 - kane, ryan and an unknown female in and out", ["kane", "ryan"]),
        ("youths on the wall again: tyler, kacper & a lad in a red hoody. words of advice", ["tyler", "kacper"]),
    ],
)
def test_a_list_of_forenames_is_several_people(ex, text, names):
    found = person_texts(ex, text)
    assert all(n in found for n in names) and not any("," in f for f in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("arrested: strachan, euan dob 3/4/99 for breach", "strachan, euan"),
        ("nominals: smith, john (14) and patel, ravi (15)", "smith, john"),
        ("assocs - dixon, gary ; milburn, lee", "dixon, gary"),
    ],
)
def test_surname_comma_forename_stays_one_name(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("stopped jordan m and kai p on the rec, both searched nfa", "jordan m"),
        ("spoke to dean s at the door, says he hasnt seen kyle since fri", "dean s"),
        ("grace h (14) reported missing again by the home, 3rd time this month", "grace h"),
    ],
)
def test_a_word_forename_with_an_initial_is_a_name(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "the dean s office was broken into overnight, nothing taken",
        "i hope u r ok, ring me when u can",
    ],
)
def test_a_word_and_a_letter_are_not_always_a_name(ex, text):
    assert person_texts(ex, text) == []

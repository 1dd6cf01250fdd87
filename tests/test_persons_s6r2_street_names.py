"""Session 6 round 2: notes give a street name first and the identity after it ("running for TY
(Tyrone BECKFORD)", "Tazza believed to be Tarran GRAHAM", "Bigga poss = Abdi WARSAME"): the
capitalised word is the person's nickname, and a person each time it comes again in the note.
A place, role or everyday word in that slot is not. Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts as persons


@pytest.mark.parametrize(
    "text, nick, times",
    [
        ("Youths on the bridge 2140, one of them JoJo (Dwayne JOSEPH). JoJo was told to move on.", "JoJo", 2),
        ("Source says Skinz believed to be Kieran MOSS of Walker runs the phone. Skinz drives a Fiesta.", "Skinz", 2),
        ("Lookout was Pacey poss = Jordan PACE, 17, on a pushbike.", "Pacey", 1),
    ],
)
def test_a_street_name_equated_with_a_full_name_is_a_person(ex, text, nick, times):
    assert persons(ex, text).count(nick) == times


@pytest.mark.parametrize(
    "text, word",
    [
        ("Disturbance reported in Gateshead (Kieran MOSS and two others) at 2200.", "Gateshead"),
        ("Passenger (Jordan PACE) gave details and was searched, nothing found.", "Passenger"),
        ("The lad on the bike was thought to be Jordan PACE but not confirmed.", "bike"),
    ],
)
def test_a_place_role_or_word_before_the_name_is_no_nickname(ex, text, word):
    assert word not in persons(ex, text)

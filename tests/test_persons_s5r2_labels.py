"""Session 5 round 2: the writer's word before a name (a label, police shorthand, a nationality,
a verb opening the note) is not part of the name; a SURNAME written first in capitals and the
forename after it are one person. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts as persons


@pytest.mark.parametrize(
    "text, want",
    [
        ("CAD 2231 02/05/25 18:40 RP Sarah KHAN reports male kicking doors in the stairwell.", "Sarah KHAN"),
        ("Pt Oliver Grant (31) attended with a slash wound to the left forearm.", "Oliver Grant"),
        ("Poss WOZNIAK. Tall, thin, shaved head, East European accent.", "WOZNIAK"),
        ("Welsh JONES has a previous for poaching; the other JONES is from Chester.", "JONES"),
        ("Premises secure at 06:10. Occupants BAKER and two children, all well.", "BAKER"),
        ("Gives Kyle's number as 07700 900123 and says he runs the line.", "Kyle"),
    ],
)
def test_a_word_of_the_writer_before_a_name_is_left_out(ex, text, want):
    found = persons(ex, text)
    assert want in found
    assert not any(p.endswith(want) and p != want for p in found)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Known associates: MORRIS Dean, KOWALSKI Piotr (Boston) and NGUYEN Van Minh.", "NGUYEN Van Minh"),
        ("Victims visited: HOLT Dennis (86, Axbridge), WHITE Barbara (83, Street).", "WHITE Barbara"),
        ("Subject identified via the seller's account as CHEN Li (DOB 1990), Flat 4.", "CHEN Li"),
    ],
)
def test_surname_first_in_capitals_and_the_forename_are_one_person(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Informant Leah Dixon (support worker) says the flat is used daily.", "Leah Dixon"),
        ("Mother Grace ADEYEMI attended with the child at 14:00.", "Grace ADEYEMI"),
        ("Male known only as \"Scouse Tony\" supplies the pubs on the estate.", "Scouse Tony"),
    ],
)
def test_a_name_that_opens_with_a_forename_or_nickname_is_kept(ex, text, name):
    found = persons(ex, text)
    assert name in found

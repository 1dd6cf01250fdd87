"""Session 6 round 1: a note's verb opening a sentence before a word in capitals is not a
forename ("Provided ABE.", "Charged ABH, remanded", "Consider AFO."): with an acronym after it
nothing is a person; with a real SURNAME after it only the SURNAME is ("Saw LEE at the shop").
Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import sorted_person_texts as persons


@pytest.mark.parametrize(
    "text",
    [
        "Moved to a safe house on Friday. Provided ABE. Named the driver as the main man.",
        "Interviewed at 1100. Charged ABH, remanded to court in the morning.",
        "Mother's account also used for cash deposits. Consider AFO.",
        "Disclosure made to the school. Completed DSL referral the same day.",
    ],
)
def test_a_verb_before_an_acronym_is_no_person(ex, text):
    assert persons(ex, text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Visited the flat at 1500. Saw KOWALCZYK at the window, he would not answer.", "KOWALCZYK"),
        ("Patrol of the park. Spoke MORRISON about the dog, words of advice given.", "MORRISON"),
    ],
)
def test_a_verb_before_a_surname_leaves_the_surname(ex, text, name):
    assert persons(ex, text) == [name]


def test_a_forename_before_a_surname_stays(ex):
    assert "Grace OKAFOR" in persons(ex, "Intel received. Grace OKAFOR is believed to hold the cards.")

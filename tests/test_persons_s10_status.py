"""Session 10: a case's status written in capitals straight after a name - released under
investigation (RUI), no further action (NFA), failed to appear (FTA), missing from home (MFH),
return home interview (RHI) - is no second surname or forename ("Ashley PRICE RUI, conditions
...", "McGINLEY, Callum RUI"); a middle name Rui inside a name stays. Examples are our own."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Briefing 3/2 - Shauna KEEGAN RUI, conditions not to enter Layton. Partner Gemma.", "Shauna KEEGAN"),
        ("Glasgow N briefing: McGINLEY, Callum RUI, reported living at his girlfriend's.", "McGINLEY, Callum"),
        ("Custody update: Kyle DAWSON NFA after interview, property returned.", "Kyle DAWSON"),
        ("Tyler MORGAN MFH again overnight, found 0300 on the Heath estate.", "Tyler MORGAN"),
        ("BRENNAN, Shay FTA at Leeds Mags 14/03 - warrant issued.", "BRENNAN, Shay"),
        ("Daisy-Mae HOLT RHI completed by Barnardo's, would not say where she stayed.", "Daisy-Mae HOLT"),
    ],
)
def test_status_after_a_name_is_outside_it(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Joao Rui PEREIRA seen at the car wash with two workers.", "Joao Rui PEREIRA"),
    ],
)
def test_the_given_name_rui_is_still_a_name(ex, text, name):
    assert name in person_texts(ex, text)

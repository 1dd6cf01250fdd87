"""Session 8: a half-cased note's SURNAME in capitals then the forename typed in lower case,
opening its line ("AZIZ rebwar also linked ...", "KHAN imran - seen at the shop"). Examples are our
own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("AZIZ rebwar also linked to the 2nd shop on the high st", "AZIZ rebwar"),
        ("spoke to staff.\nKHAN imran - seen at the shop again, no further", "KHAN imran"),
        ("nfa given.\nOKONJO tayo (12/05/2008) arrested at the bus stn", "OKONJO tayo"),
    ],
)
def test_a_half_cased_surname_then_a_lower_case_forename_opening_a_line(ex, text, name):
    assert name in person_texts(ex, text)

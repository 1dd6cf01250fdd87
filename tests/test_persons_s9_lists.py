"""Session 9: lists of SURNAME-first names. After "SURNAME," a capitals word followed by a
title-case word opens the next entry ("Customers: MACKENZIE, QUINN Thomas", "arrests of ASANTE
and ADEYEMI, FARAH Abdirahman now ..."), it is no forename of the first; an all-capitals or
all-title-case tail stays the first entry's forenames ("ELLIS, MARGARET ROSE", "GRANT, Leon
Anthony"). Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, names",
    [
        ("Customers seen at the flat: MCKAY, QUINN Thomas (Shettleston).", ["MCKAY", "QUINN Thomas"]),
        ("Following the arrests of OWUSU and BAKARE, FARAH Abdirahman now sends older runners by train.",
         ["BAKARE", "FARAH Abdirahman"]),
        ("Associates listed: HOLT, BRENNAN Kieran and DUFFY, Sean (DOB 02/03/1990).", ["HOLT", "BRENNAN Kieran", "DUFFY, Sean"]),
    ],
)
def test_a_new_entry_after_a_surname_and_comma(ex, text, names):
    found = person_texts(ex, text)
    for n in names:
        assert n in found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Subject: ELLIS, MARGARET ROSE DOB 01/02/1961, 4 Low Road.", "ELLIS, MARGARET ROSE"),
        ("Prisoner GRANT, Leon Anthony (A1234BC) received from court.", "GRANT, Leon Anthony"),
    ],
)
def test_the_forenames_after_a_surname_and_comma(ex, text, name):
    assert name in person_texts(ex, text)

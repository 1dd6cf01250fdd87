"""Session 10: a record writes "SURNAME, Given" and closes the field; the given name is part of the
name even when no forename list knows it ("KAUR, Sukhvinder.", "OKAFOR, Chidiebere | DOB ...").
Our own wording and names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Director: DHALIWAL, Harjinder. Company secretary: GILL, Manpreet. Registered 2021.", "DHALIWAL, Harjinder"),
        ("Subject 2 | EZEOBI, Chukwuemeka | DOB 03/02/1996 | NFA", "EZEOBI, Chukwuemeka"),
        ("Occupant ASANTE, Kwabena dob 11/09/2001 spoken to at the door.", "ASANTE, Kwabena"),
    ],
)
def test_an_unknown_given_name_closing_a_record_field_is_part_of_the_name(ex, text, name):
    got = [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
    assert name in got, got


def test_a_place_after_a_surname_and_comma_is_no_given_name(ex):
    got = [(f.type, f.text) for f in ex.extract_text("Vehicle keeper is MORRIS, Oldham address not known.")]
    assert ("PERSON", "MORRIS, Oldham") not in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NOMINAL: OSEI/KWAME  DOB 02/02/1990  PNCID 10/112233X", "OSEI/KWAME"),
        ("PNC shows BRADY/SEAN MICHAEL wanted on warrant, CSE/CCE markers.", "BRADY/SEAN MICHAEL"),
    ],
)
def test_the_pnc_order_surname_slash_forename_is_one_name(ex, text, name):
    got = [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
    assert name in got and "CSE" not in got, got


def test_two_surnames_with_a_slash_are_not_one_name(ex):
    got = [f.text for f in ex.extract_text("Feud between the HARPER/GALLAGHER families flared again.") if f.type == "PERSON"]
    assert "HARPER/GALLAGHER" not in got, got

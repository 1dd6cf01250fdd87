"""Session 8: a month's name that is also a forename before a SURNAME in capitals is the forename
("Victim April JONES", "Neighbour June SMITH", "Manager Jun LIU"); where a date reads it ("12 May
SMITH was arrested", "in June KHAN moved out") it stays outside the name. Examples are our own
wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Victim April JONES (34) says the male hit her with a bottle.", "April JONES"),
        ("Neighbour June SMITH saw the car leave at 2200.", "June SMITH"),
        ("Manager Jun LIU (Chinese) claims he bought the business in 2023.", "Jun LIU"),
    ],
)
def test_a_month_forename_before_a_surname(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, month",
    [
        ("On 12 May SMITH was arrested at the address.", "May"),
        ("Tenancy ended in June KHAN moved out with the children.", "June"),
        ("Since April JONES has not paid any rent.", "April"),
    ],
)
def test_a_date_keeps_the_month_out(ex, text, month):
    assert not any(f.startswith(month) for f in person_texts(ex, text))

"""Organisations (session 10): a salon or home business named "<trade> by <forename>" ("Nails by
Lina", "Lashes by Jade", "Cakes by Debbie") is the business, not a person called Lina; "by" and a
name after any other word is still the person ("ordered by Sarah", "driven by Kyle")."""

from __future__ import annotations

import pytest


def _found(ex, text: str) -> set[tuple[str, str]]:
    return {(f.type, f.text) for f in ex.extract_text(text)}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # A witness statement, an MSHT intel log, a CSE referral.
        ("My sister works at Nails by Mai on the high street, she says the boss keeps the passports.", "Nails by Mai"),
        ("Nail bar Hair by Kasia, 14 Station Road, visited with Immigration, 3 workers found.", "Hair by Kasia"),
        ("Girl (15) says she was paid in vouchers from Lashes by Jade to recruit friends.", "Lashes by Jade"),
    ],
)
def test_a_trade_by_a_forename_is_the_business(ex, text: str, org: str) -> None:
    found = _found(ex, text)
    name = org.split()[-1]
    assert ("ORGANISATION", org) in found and ("PERSON", name) not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cake was ordered by Sarah for the party on Saturday.", "Sarah"),
        ("The Corsa was driven by Kyle at the time of the stop.", "Kyle"),
    ],
)
def test_by_a_name_after_another_word_is_the_person(ex, text: str, name: str) -> None:
    assert ("PERSON", name) in _found(ex, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("He'd buy me food from Mr Chicken and then drive me to the flat.", "Mr Chicken"),
        ("Two lads on bikes collecting from outside Mr Pizza most nights.", "Mr Pizza"),
    ],
)
def test_mister_and_a_food_is_a_takeaway(ex, text: str, org: str) -> None:
    assert ("ORGANISATION", org) in _found(ex, text)


def test_mister_and_a_surname_is_a_person(ex) -> None:
    found = _found(ex, "Spoke to Mr Curry at the door; Mr Fish was not in.")
    assert not any(t == "ORGANISATION" for t, _ in found)

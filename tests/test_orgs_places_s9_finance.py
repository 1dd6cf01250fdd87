"""Organisations (session 9): banks, e-money and remittance apps and foreign banks that financial
intelligence names by brand alone are organisations, not places or persons."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Subject holds a private account at Coutts and a business account with Metro Bank.", "Coutts"),
        ("Recruits are paid through Cash App and asked to withdraw it the same day.", "Cash App"),
        ("Money goes to relatives via LemFi and Sendwave every Friday.", "LemFi"),
        ("Outbound transfers to Vietcombank in Hanoi, £4,000 a month.", "Vietcombank"),
        ("Stolen cards used at Harrods and in two phone shops the same afternoon.", "Harrods"),
    ],
)
def test_a_bank_or_payment_brand_is_an_organisation(ex, text: str, org: str) -> None:
    assert org in _orgs(ex, text)


def test_the_bank_named_like_its_town_in_a_payment_scam(ex) -> None:
    # A smishing text "from Halifax" about a payment is the bank; a payment made in Halifax is the town.
    found = {(f.type, f.text) for f in ex.extract_text("Victim got a text claiming to be from Halifax asking her to approve a payment.")}
    assert ("ORGANISATION", "Halifax") in found
    found = {(f.type, f.text) for f in ex.extract_text("The payment was made in Halifax town centre at 1400.")}
    assert ("LOCATION", "Halifax") in found

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

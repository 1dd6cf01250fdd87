"""A whole UK phone number after "account" is the account's phone: a bank account number has
eight digits, so the reference rule that keeps "Ref 0121 ..." from being a phone does not apply."""

from __future__ import annotations

import pytest

from scanassist_core.extract._identifiers import find_identifiers


def _phones(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "PHONE"]


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("The driver had a number saved for the account: 07700 900481. She said it was his.", ["07700 900481"]),
        ("Uber account 07700900482 registered to a female in Leeds", ["07700900482"]),
        ("ACC: 07700 900 483 (pay as you go)", ["07700 900 483"]),
    ],
)
def test_whole_number_after_account(text: str, phones: list[str]) -> None:
    assert _phones(text) == phones


@pytest.mark.parametrize(
    "text",
    [
        "Paid from account 12345678, sort code 20-00-00",
        "account 0770090048 (a digit short)",
        "Crime ref 0121 496 0123 logged",
        "Account 0113 496 0417 credited.",  # a landline-shaped account number: a society's roll number
    ],
)
def test_no_phone_from_an_account_or_reference_number(text: str) -> None:
    assert _phones(text) == []

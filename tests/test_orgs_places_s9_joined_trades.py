"""Organisations (session 9): a shop's name that goes on with "and"/"&" and more trade words only is
one name ("Glamour Nails and Beauty", "Dowlais Tyres and Exhausts", "DRS Roofing & Building Services
Ltd"); a second name word after "and" starts a second business ("A1 Taxis and Streamline Cars")."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Works cash in hand at Bella Nails and Beauty on the high street, six days a week.", "Bella Nails and Beauty"),
        ("Cannabis smell reported from the back of Castle Tyres & Exhausts again.", "Castle Tyres & Exhausts"),
        ("OCCUPATION: DIRECTOR - KMR PLUMBING & HEATING SERVICES LTD. NO TRADING ADDRESS.",
         "KMR PLUMBING & HEATING SERVICES LTD"),
        ("Remittances sent through Hodan Travel & Money, £2k a week.", "Hodan Travel & Money"),
    ],
)
def test_a_name_that_goes_on_with_trade_words_is_one_business(ex, text: str, org: str) -> None:
    assert org in _orgs(ex, text)


def test_a_second_name_after_and_is_a_second_business(ex) -> None:
    orgs = _orgs(ex, "He drives for Apex Taxis and Streamline Cars most weekends.")
    assert "Apex Taxis" in orgs and "Streamline Cars" in orgs

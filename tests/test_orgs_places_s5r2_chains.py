"""Organisations and places (session 5 round 2): a known chain, bank or fuel brand written straight
before its branch town is a body and a place, not one body; a nation after a bank names its company."""

from __future__ import annotations

import pytest


def _typed(ex, text: str) -> set[tuple[str, str]]:
    return {(f.type, f.text) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")}


@pytest.mark.parametrize(
    ("text", "org", "town"),
    [
        ("Suspect vehicle filled up and drove off without paying at Esso Holbeach 0340hrs.", "Esso", "Holbeach"),
        ("Banking Protocol call (NatWest Kirkby Lonsdale): elderly customer withdrawing £7,000.", "NatWest", "Kirkby Lonsdale"),
        ("CCTV requested from Texaco Brampton re the drive-off on 14/03.", "Texaco", "Brampton"),
        ("Victim states she was told by the caller to withdraw cash at Santander Bridgwater.", "Santander", "Bridgwater"),
    ],
)
def test_chain_then_branch_town_is_two_subjects(ex, text: str, org: str, town: str) -> None:
    got = _typed(ex, text)
    assert ("LOCATION", town) in got
    assert not any(t == "ORGANISATION" and town in x for t, x in got)
    assert ("ORGANISATION", org) in got or org in text and not any(org in x and town in x for _, x in got)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("SAR received from HSBC UK regarding rapid movement of funds.", "HSBC UK"),
        ("Financial intelligence - Santander UK report structured deposits.", "Santander UK"),
    ],
)
def test_bank_with_nation_stays_one_company(ex, text: str, org: str) -> None:
    assert ("ORGANISATION", org) in _typed(ex, text)


def test_chain_before_a_street_is_no_branch_town(ex) -> None:
    got = _typed(ex, "Shoplifting reported at Boots Leeds Road, Bradford, store staff detained him.")
    assert ("LOCATION", "Leeds") not in got

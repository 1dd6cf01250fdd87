"""Organisations and places (session 9): the branch written after a known chain is a place of its
own even when it is no town of the gazetteer - a town with a place's closing word ("Premier Inn
Swansea Waterfront") or a district shaped like a British place name ("Cash Converters Kirkgate",
"Asda Llanrumney") - while a chain's product or an everyday word after it is no branch."""

from __future__ import annotations

import pytest


def _found(ex, text: str) -> set[tuple[str, str]]:
    return {(f.type, f.text) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")}


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        # A CSE referral, a pawnbroker's enquiry, a CCTV request, an NTE log in capitals.
        ("Girl (14) seen with him in the car park of Tesco Bromley Cross on 12/03.", "Tesco", "Bromley Cross"),
        ("Gold chain sold at Cash Converters Hillsborough on Friday for £300.", "Cash Converters", "Hillsborough"),
        ("CCTV requested from Asda Llanrumney, 1400-1600 hrs.", "Asda", "Llanrumney"),
        ("Stolen cards used at Premier Inn Cardiff Waterfront and a Shell garage.", "Premier Inn", "Cardiff Waterfront"),
        ("Male stopped outside ASDA THORNABY at 0215, searched, nothing found.", "ASDA", "THORNABY"),
        ("Stolen cards used at Lidl Ffynnongroyw, then at a petrol station.", "Lidl", "Ffynnongroyw"),
    ],
)
def test_the_branch_after_a_chain_is_a_place_of_its_own(ex, text: str, org: str, place: str) -> None:
    found = _found(ex, text)
    assert ("ORGANISATION", org) in found and ("LOCATION", place) in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He paid with Tesco Clubcard points and a stolen card.", "Clubcard"),
        ("She asked Amazon Alexa to call her brother.", "Alexa"),
        ("Bought two pasties at Greggs Morning rush, per the till roll.", "Morning"),
    ],
)
def test_a_product_or_everyday_word_after_a_chain_is_no_branch(ex, text: str, word: str) -> None:
    assert not any(t == "LOCATION" and word in s for t, s in _found(ex, text))


def test_a_hotels_central_branch_keeps_its_name() -> None:
    # "Travelodge Telford Central" is how the chain names the hotel: no place is read out of it.
    from scanassist_core.extract._gazetteer import chain_town_pairs

    assert chain_town_pairs("Placed at the Travelodge Telford Central overnight.") == ()

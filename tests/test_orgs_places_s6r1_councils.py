"""Councils (session 6): the body ends at "Council" whatever service follows; an authority named
by two areas is one body; "London Borough of ..." and "Royal Borough of ..." are councils."""

from __future__ import annotations

import pytest


def _found(ex, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.type) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")]


@pytest.mark.parametrize(
    ("text", "council"),
    [
        ("Referral from: Tenancy Officer, Sheffield City Council Housing\nRe: flat 4", "Sheffield City Council"),
        ("Wakefield Council Licensing have suspended his private hire badge.", "Wakefield Council"),
        ("Email from Norfolk County Council Trading Standards about counterfeit vapes.", "Norfolk County Council"),
    ],
)
def test_council_ends_at_council_before_its_service(ex, text: str, council: str) -> None:
    assert (council, "ORGANISATION") in _found(ex, text)


@pytest.mark.parametrize(
    ("text", "council"),
    [
        ("His mother works at Blackburn with Darwen Council in the revenues team.", "Blackburn with Darwen Council"),
        ("Newark and Sherwood District Council licensing have been informed.", "Newark and Sherwood District Council"),
        ("A child placed by Telford and Wrekin Council was reported missing.", "Telford and Wrekin Council"),
    ],
)
def test_authority_named_by_two_areas_is_one_body(ex, text: str, council: str) -> None:
    found = _found(ex, text)
    assert (council, "ORGANISATION") in found
    assert not any(t == "LOCATION" and s in council for s, t in found)


@pytest.mark.parametrize(
    ("text", "council"),
    [
        ("London Borough of Lambeth - ASB team - referral re 14 Acre Lane.", "London Borough of Lambeth"),
        ("Noise complaints passed to the Royal Borough of Greenwich environmental health team.", "Royal Borough of Greenwich"),
    ],
)
def test_borough_of_names_a_council(ex, text: str, council: str) -> None:
    assert (council, "ORGANISATION") in _found(ex, text)


def test_two_councils_listed_stay_two(ex) -> None:
    found = _found(ex, "Joint visit by Brighton and Hove City Council and Leeds City Council officers.")
    assert ("Brighton and Hove City Council", "ORGANISATION") in found
    assert ("Leeds City Council", "ORGANISATION") in found

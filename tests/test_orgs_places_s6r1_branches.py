"""Organisations and places (session 6): a business named by its designator with its branch town
written straight after it is a body and a place, two subjects ("Pretty Nails Walsall"); bodies that
carry their town in their own name (schools, colleges, hospitals, social landlords) keep it."""

from __future__ import annotations

import pytest


def _found(ex, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.type) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")]


@pytest.mark.parametrize(
    ("text", "body", "town"),
    [
        ("She was later found working at Golden Nails Walsall and refused to give her address.", "Golden Nails", "Walsall"),
        ("Cash deposits made weekly at Leeds Building Society Halifax by the subject.", "Leeds Building Society", "Halifax"),
        ("gave his job as a valeter at Super Hand Car Wash Oldham, paid cash in hand", "Super Hand Car Wash", "Oldham"),
        ("Subject seen entering Star Barbers Rochdale with two unknown males.", "Star Barbers", "Rochdale"),
    ],
)
def test_designated_business_then_branch_town_is_two_subjects(ex, text: str, body: str, town: str) -> None:
    found = _found(ex, text)
    assert (town, "LOCATION") in found
    assert not any(t == "ORGANISATION" and town in s for s, t in found)
    assert (body, "ORGANISATION") in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("He is a pupil at Oasis Academy Oldham and has missed two weeks.", "Oasis Academy Oldham"),
        ("Letter from Your Homes Newcastle about the tenancy breach.", "Your Homes Newcastle"),
        ("She is a student at City College Norwich, studying plumbing.", "City College Norwich"),
    ],
)
def test_body_named_with_its_town_keeps_it(ex, text: str, body: str) -> None:
    assert (body, "ORGANISATION") in _found(ex, text)

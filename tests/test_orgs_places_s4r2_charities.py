"""A local charity named with its branch town or county is one body, unlike a chain's shop
with its town (text written for these tests)."""

from __future__ import annotations

import pytest

from scanassist_core.extract import Extractor


def _typed(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")]


@pytest.mark.parametrize(
    "text, body",
    [
        ("She has been to see us at Plymouth Women's Aid and wants to move.", "Plymouth Women's Aid"),
        ("Refuge place found via Women's Aid Derbyshire on 03/03.", "Women's Aid Derbyshire"),
        ("Referred to Age UK Norwich for befriending.", "Age UK Norwich"),
        ("Debt advice booked with Citizens Advice Leeds next week.", "Citizens Advice Leeds"),
    ],
)
def test_charity_with_its_branch_place(ex: Extractor, text: str, body: str):
    found = _typed(ex, text)
    assert ("ORGANISATION", body) in found
    assert not any(t == "LOCATION" and n in body for t, n in found)


def test_charity_alone_and_place_elsewhere(ex: Extractor):
    found = _typed(ex, "Referred to Age UK for befriending. She has lived in Norwich since 2001.")
    assert ("ORGANISATION", "Age UK") in found and ("LOCATION", "Norwich") in found

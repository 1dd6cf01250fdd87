"""Organisations and places (session 6): a street written straight after a bank, chain or
designated business places the branch ("Lloyds Commercial Road branch"): a body and a street."""

from __future__ import annotations

import pytest


def _found(ex, text: str) -> list[tuple[str, str]]:
    return [(f.text, f.type) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")]


@pytest.mark.parametrize(
    ("text", "body", "street"),
    [
        ("Cash paid in at Barclays Corporation Street branch on three days running.", "Barclays", "Corporation Street"),
        ("Two males detained by security at Boots Briggate Road after a theft.", "Boots", "Briggate Road"),
        ("She was working at Lotus Nails Stratford Road when the visit took place.", "Lotus Nails", "Stratford Road"),
    ],
)
def test_body_then_street_is_two_subjects(ex, text: str, body: str, street: str) -> None:
    found = _found(ex, text)
    assert (body, "ORGANISATION") in found
    assert (street, "LOCATION") in found


def test_street_named_after_a_body_word_stays_one(ex) -> None:
    found = _found(ex, "Seen at Church Road Surgery and later walking along Station Road.")
    assert ("Station Road", "LOCATION") in found
    assert not any(t == "LOCATION" and s == "Road Surgery" for s, t in found)

"""Organisations (session 6): a capital "The" straight before a named body is part of its name,
wherever it stands ("DOOR LOG - The Vault Nightclub", "refused entry at The Anchor Inn")."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("INCIDENT LOG - DOOR TEAM - The Vault Nightclub, Bigg Market, Newcastle", "The Vault Nightclub"),
        ("Two males refused entry at The Crescent Tavern after a fight in the queue.", "The Crescent Tavern"),
        ("Licensing visit: The Harbour Lights Nightclub, premises licence reviewed.", "The Harbour Lights Nightclub"),
    ],
)
def test_capital_the_before_a_named_body_is_in_the_name(ex, text: str, org: str) -> None:
    assert org in _orgs(ex, text)


def test_lower_case_the_stays_outside(ex) -> None:
    orgs = _orgs(ex, "He was refused entry at the Vault Nightclub on Saturday.")
    assert "Vault Nightclub" in orgs and not any(o.lower().startswith("the ") for o in orgs)


def test_a_sentence_opening_the_stays_outside(ex) -> None:
    orgs = _orgs(ex, "Flooding closed roads on Sunday. The Riverside Tavern was shut by the council.")
    assert "Riverside Tavern" in orgs and "The Riverside Tavern" not in orgs

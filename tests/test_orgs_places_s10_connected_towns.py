"""Organisations (session 10): a body named from a town whose words are joined by "on" or "upon"
and written without hyphens ("Stoke on Trent City Council", "Southend on Sea Borough Council") starts
at the town, not at the word after "on"; a body after an ordinary "on" is unchanged."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> set[str]:
    return {f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"}


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Referral made to Stoke on Trent City Council housing team on 03/02.", "Stoke on Trent City Council"),
        ("Family placed in temporary accommodation by Southend on Sea Borough Council.", "Southend on Sea Borough Council"),
        ("MFH was a student at Stoke on Trent Sixth Form College until March.", "Stoke on Trent Sixth Form College"),
    ],
)
def test_a_body_named_from_a_town_joined_by_on_starts_at_the_town(ex, text: str, org: str) -> None:
    assert org in _orgs(ex, text)


def test_a_body_after_an_ordinary_on_is_unchanged(ex) -> None:
    found = _orgs(ex, "Complaint passed on Thursday to Leeds City Council licensing.")
    assert "Leeds City Council" in found and not any(o.startswith("Thursday") for o in found)

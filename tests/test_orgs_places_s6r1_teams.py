"""Organisations and places (session 6): a neighbourhood or local policing team named by its area
and a sector word ("Burnley South NPT", "Leeds North West NPU") is a police team, not annotated;
the area before the sector word stays a place."""

from __future__ import annotations

import pytest


def _found(ex, text: str, typ: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == typ]


@pytest.mark.parametrize(
    ("text", "place", "sector"),
    [
        ("Rochdale North NPT: two males seen dealing from a grey Corsa near the park.", "Rochdale", "North"),
        ("Info passed by Bolton Central SNT regarding cannabis smell from a flat.", "Bolton", "Central"),
        ("Seen by officers from Wigan East Neighbourhood Policing Team at 2130hrs.", "Wigan", "East"),
        ("Leeds North West NPU have asked for a joint visit to the address.", "Leeds", "North West"),
    ],
)
def test_sector_word_between_place_and_team_label_is_no_body(ex, text: str, place: str, sector: str) -> None:
    orgs = _found(ex, text, "ORGANISATION")
    assert not any(sector in o for o in orgs)
    assert place in _found(ex, text, "LOCATION")
    assert sector not in _found(ex, text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("He attends Bolton North Academy and was seen there on Monday.", "Bolton North Academy"),
        ("Staff at Wigan Central Library reported the damage.", "Wigan Central Library"),
    ],
)
def test_sector_word_inside_a_named_body_is_kept(ex, text: str, org: str) -> None:
    assert org in _found(ex, text, "ORGANISATION")

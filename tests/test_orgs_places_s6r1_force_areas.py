"""Places (session 6): a force named by its area in brackets after "Police" is the force (not
annotated), not a place visited."""

from __future__ import annotations

import pytest


def _places(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("Patient disclosed threats from his employer. Police (Merseyside) informed at 0310.", "Merseyside"),
        ("Info shared with police (Cheshire, BTP) under the protocol.", "Cheshire"),
        ("Concern for welfare raised; POLICE (West Mercia) attended and removed him.", "West Mercia"),
    ],
)
def test_force_area_in_brackets_after_police_is_no_place(ex, text: str, area: str) -> None:
    assert not any(area in p for p in _places(ex, text))


def test_place_beside_the_bracketed_force_stays(ex) -> None:
    places = _places(ex, "Police (Lancashire) found him at the bus station in Preston.")
    assert "Preston" in places and "Lancashire" not in places

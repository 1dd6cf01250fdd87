"""Places (session 6, round 2): "St" between a street's name and a known town is the street's
designator, not a saint ("Bridge St Walsall"); a saint's place keeps its "St" ("St Albans Road")."""

from __future__ import annotations

import pytest


def _places(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "street", "town"),
    [
        ("Male seen running along Bridge St Walsall at 2100, lost sight.", "Bridge St", "Walsall"),
        ("fight outside the chippy on market st wednesbury approx 2300", "market st", "wednesbury"),
        ("Stop check on Lower Hall St Wolverhampton, nothing found.", "Lower Hall St", "Wolverhampton"),
    ],
)
def test_st_before_a_known_town_ends_the_street(ex, text: str, street: str, town: str) -> None:
    places = _places(ex, text)
    assert street in places and town in places


def test_a_saints_place_keeps_its_st(ex) -> None:
    assert "St Albans Road" in _places(ex, "He lives on St Albans Road with his mother.")

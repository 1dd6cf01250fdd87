"""Places (session 9): a district and its town written straight after each other, as log headings
and hasty notes do ("Birmingham Small Heath - fraud", "2340 devonport plymouth"), are two places;
a capitalised word going on makes one name ("Leeds Bradford Airport")."""

from __future__ import annotations

import pytest


def _locs(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Leeds Harehills - 2 males on mopeds doing drug runs, one with a balaclava.", "Leeds", "Harehills"),
        ("Butetown Cardiff, 2215. Group of youths outside the shop again.", "Butetown", "Cardiff"),
        ("0140 byker newcastle - sec 1 search of male, nil found.", "byker", "newcastle"),
    ],
)
def test_a_district_and_its_town_are_two_places(ex, text: str, first: str, second: str) -> None:
    locs = _locs(ex, text)
    assert first in locs and second in locs and f"{first} {second}" not in locs


def test_a_name_that_goes_on_is_one_place(ex) -> None:
    assert "Leeds Bradford Airport" in _locs(ex, "He flew out of Leeds Bradford Airport on the Monday.")

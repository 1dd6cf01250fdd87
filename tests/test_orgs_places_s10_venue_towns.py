"""Organisations and places (session 10): premises read off a cue ("assault at The Swan", "doorman at
Club Luxe") stop before a known town written straight after them - the town places the premises and
is a place of its own - while premises whose only word is a town stay whatever the cue makes them."""

from __future__ import annotations

import pytest


def _found(ex, text: str) -> set[tuple[str, str]]:
    return {(f.type, f.text) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")}


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        # A licensing log, a witness's prose, a DA note, an NTE briefing.
        ("Licence review: assault at The Swan Bolton on 14/06, DPS not present.", "The Swan", "Bolton"),
        ("I saw him standing outside The Crown Inn Kendal with two other lads.", "The Crown Inn", "Kendal"),
        ("He was drinking at The Wheatsheaf Wigan until closing, then went home.", "The Wheatsheaf", "Wigan"),
        ("Male ejected from Walkabout Leeds at 0130 after a fight at the bar.", "Walkabout", "Leeds"),
    ],
)
def test_premises_stop_before_the_town_after_them(ex, text: str, org: str, place: str) -> None:
    found = _found(ex, text)
    assert ("ORGANISATION", org) in found and ("LOCATION", place) in found


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Met her at The Royal Oak in Bolton after work.", ("ORGANISATION", "The Royal Oak")),
        ("Barred from the Red Lion since the fight in March.", ("ORGANISATION", "Red Lion")),
        ("Kyle was ejected from Preston at 0130 by the door team.", ("LOCATION", "Preston")),
    ],
)
def test_premises_without_a_town_after_them_are_unchanged(ex, text: str, span: tuple[str, str]) -> None:
    assert span in _found(ex, text)


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
        ("Now works the door at Club Tropicana Darlington on Fridays.", "Club Tropicana", "Darlington"),
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


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        # No cue word at all: a staffing referral, a hotel check, a cafe in a CSE log.
        ("Staff supplied to Bar Rouge Durham and two other venues in the city.", "Bar Rouge", "Durham"),
        ("Booked into Hotel Indigo Glasgow on 12/03 with the girl, paid cash.", "Hotel Indigo", "Glasgow"),
        ("The girls were bought food at Cafe Milano Swindon by the older male.", "Cafe Milano", "Swindon"),
    ],
)
def test_a_venue_named_word_first_stops_before_its_town(ex, text: str, org: str, place: str) -> None:
    found = _found(ex, text)
    assert ("ORGANISATION", org) in found and ("LOCATION", place) in found


def test_a_designator_last_body_before_a_town_is_not_a_word_first_venue() -> None:
    from scanassist_core.extract._filters import venue_town_splits

    assert venue_town_splits("The Rotary Club Pontypridd meets on Tuesdays.") == []
    assert venue_town_splits("Stayed at Hotel Leeds on 12/03.") == []

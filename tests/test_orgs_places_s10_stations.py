"""Places (session 10): a main-line station named town first and written without "station"
("picked up at Liverpool Lime Street", "train from Manchester Piccadilly", "to Worcester Foregate
Street") is one place, not a town and a street; a town's own road ("Liverpool Road") is unchanged."""

from __future__ import annotations

import pytest


def _places(ex, text: str) -> set[str]:
    return {f.text for f in ex.extract_text(text) if f.type == "LOCATION"}


@pytest.mark.parametrize(
    ("text", "station"),
    [
        # A county-lines intel log, a BTP stop, a missing-from-home return, a hasty note in lower case.
        ("Runner travels Bristol Temple Meads - Exeter St Davids twice a week with the line phone.", "Bristol Temple Meads"),
        ("Stopped by BTP after getting off at Birmingham New Street, 2 phones and £600 cash.", "Birmingham New Street"),
        ("She says she was met off the train at Glasgow Queen Street by a male called Rab.", "Glasgow Queen Street"),
        ("went from bristol parkway to newport then back, says she slept on the train", "bristol parkway"),
        ("Found safe at Wigan North Western with two older males, returned home 2300.", "Wigan North Western"),
    ],
)
def test_a_station_named_town_first_is_one_place(ex, text: str, station: str) -> None:
    assert station in _places(ex, text)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Stopped on Liverpool Road near the Lime Street junction.", {"Liverpool Road", "Lime Street"}),
        ("He was seen on Bristol Road, Birmingham, at 2200.", {"Bristol Road", "Birmingham"}),
        # A street or square named on from the station's second word: the town, then the street.
        ("Group of youths moved on from Manchester Piccadilly Gardens at 2300.", {"Manchester", "Piccadilly Gardens"}),
        ("Stop check on Wigan Wallgate Road, driver known.", {"Wigan"}),
    ],
)
def test_a_town_named_road_is_no_station(ex, text: str, places: set[str]) -> None:
    assert places <= _places(ex, text)

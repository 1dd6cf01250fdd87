"""Session 9: two places written side by side ("Birmingham Small Heath", "coventry bell green", a
street then its town) are two subjects, as the guidelines list a street and its town apart. Our own
wording in officers' styles; single places of two words and persons stay whole."""

from __future__ import annotations

import pytest


def _places(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Youths gathering in Birmingham Small Heath most nights, dispersal authorised.", "Birmingham", "Small Heath"),
        ("dispersal order coventry bell green again tonight, 3 lads ran off", "coventry", "bell green"),
        ("Nominal now living Manchester Wythenshawe with a cousin.", "Manchester", "Wythenshawe"),
    ],
)
def test_a_town_and_its_district_are_two_places(ex, text, first, second):
    got = _places(ex, text)
    assert first in got and second in got, got


@pytest.mark.parametrize(
    "text, place",
    [
        ("Car seen parked at Cheadle Hulme station at 0130.", "Cheadle Hulme"),
        ("Stolen from outside a shop in Kirkby Lonsdale on market day.", "Kirkby Lonsdale"),
        ("Drugs deal reported near Neath Port Talbot hospital grounds.", "Neath Port Talbot"),
    ],
)
def test_a_place_of_two_words_stays_whole(ex, text, place):
    assert place in _places(ex, text)


def test_a_person_named_like_places_keeps_a_forename(ex):
    got = [(f.type, f.text) for f in ex.extract_text("Jordan Bolton was arrested at home.")]
    assert ("PERSON", "Jordan Bolton") in got


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Seen at Banbury and Crystal Nails on Tuesday with two workers.", "Banbury", "Crystal Nails"),
        ("Transfers out to accounts at Barclays and Metro Bank the same morning.", "Barclays", "Metro Bank"),
    ],
)
def test_two_subjects_listed_with_and_are_two(ex, text, first, second):
    got = [f.text for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")]
    assert first in got and second in got, got


@pytest.mark.parametrize(
    "body",
    ["Barking and Dagenham Council", "Hinckley and Bosworth Borough Council", "Cardiff and Vale College"],
)
def test_a_body_named_after_two_places_stays_whole(ex, body):
    got = [f.text for f in ex.extract_text(f"Referral made to {body} on Monday by the school.") if f.type == "ORGANISATION"]
    assert body in got, got

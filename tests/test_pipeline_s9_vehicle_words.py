"""Session 9: a vehicle's maker and model are no person, place or body (the mark is the subject).
Our own wording, in the ways officers, staff and partners write cars, vans and plant."""

from __future__ import annotations

import pytest


def _named(ex, text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in ex.extract_text(text) if f.type in ("PERSON", "ORGANISATION", "LOCATION")]


@pytest.mark.parametrize(
    ("text", "vehicle_words"),
    [
        ("Stopped a Vivaro BK66 TYU on the A1, driver Hawre MUSTAFA of Leeds.", "Vivaro"),
        ("Keys to a Merc NA21TVX found in the kitchen drawer by DC Shaw.", "Merc"),
        ("Theft of plant - John Deere 6155R taken from a farm near Bromyard overnight.", "John Deere"),
        ("Also a Merc GLE KR23 XOL on finance in his sister Kelly WHITE's name.", "Merc GLE"),
        ("Found three catalytic converters in the back of his Pajero outside the Spar.", "Pajero"),
        ("Grey Skoda Octavia estate seen on Mill Lane in Crewe with Kyle JONES driving.", "Grey Skoda Octavia"),
        ("He uses rental Mercs and a black Range Rover Sport, per Jordan MOSS.", "Mercs"),
    ],
)
def test_the_vehicle_is_not_named_as_an_entity(ex, text, vehicle_words):
    got = _named(ex, text)
    assert all(vehicle_words not in t and t not in vehicle_words for _, t in got), got


def test_the_people_and_places_beside_the_vehicle_stay(ex):
    got = _named(ex, "Stopped a Vivaro BK66 TYU on Kirkstall Road, Leeds, driver Hawre MUSTAFA.")
    assert ("PERSON", "Hawre MUSTAFA") in got
    assert ("LOCATION", "Leeds") in got


def test_a_forename_shared_with_a_maker_is_still_a_name():
    from scanassist_core.extract._filters import lexicon
    from scanassist_core.extract._pipeline import _vehicle_words
    from scanassist_core.extract._types import Found

    lex = lexicon()
    for name in ("Kia LEE", "Mercedes BROWN", "Jaguar SMITH", "Daf"):  # Daf: a Welsh Dafydd, not the lorry
        assert not _vehicle_words(Found("PERSON", 0, len(name), name, name.lower(), "rule"), lex), name
    for car in ("Kia Sportage", "BMW X5", "Audi A3", "Ford Transit", "silver Vauxhall Corsa"):
        assert _vehicle_words(Found("ORGANISATION", 0, len(car), car, car.lower(), "model"), lex), car

"""Organisations and places (session 5 round 2): an unknown village named after a place word, known
by an English place-name ending ("-ley", "-ton", "-ham", "-thorpe", "-worth"...)."""

from __future__ import annotations

import pytest


def _typed(ex, text: str) -> set[tuple[str, str]]:
    return {(f.type, f.text) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION", "PERSON")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Red diesel stolen from a tank at Upperthwaite overnight, padlock cut.", "Upperthwaite"),
        ("Caller reports hare coursers with lurchers in the fields near Sallowby.", "Sallowby"),
        ("OFFENCE 4 - dwelling burglary at Kettlethorpe, rear door forced.", "Kettlethorpe"),
        ("she said the lads came from a site outside Brackenworth and drove off", "Brackenworth"),
    ],
)
def test_place_by_english_ending_after_a_place_word(ex, text: str, place: str) -> None:
    got = _typed(ex, text)
    assert ("LOCATION", place) in got
    assert not any(t != "LOCATION" and place in x for t, x in got)


@pytest.mark.parametrize(
    "text",
    [
        "Statement taken from Bradley at the station.",
        "Warrant executed at Ashton's flat, nothing found.",
        "Met at Huntingdon Road shops then left.",
    ],
)
def test_no_place_from_names_possessives_or_streets(ex, text: str) -> None:
    got = _typed(ex, text)
    assert not any(t == "LOCATION" and x in ("Bradley", "Ashton", "Huntingdon") for t, x in got)

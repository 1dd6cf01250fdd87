"""Organisations (session 6, round 2): football clubs named after their town ("Derby County" aside)
and the sides of a fixture in football intelligence are bodies, not places; a court case's
"R v Smith" is no fixture."""

from __future__ import annotations

import pytest


def _of(ex, text: str, kind: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == kind]


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Male 2 wearing a Bristol City top, white trainers, ran towards the bus station.", "Bristol City"),
        ("Risk supporters of Bolton Wanderers expected at the station from 1300.", "Bolton Wanderers"),
        ("Handed out leaflets at the Oxford United match on Saturday, no arrests.", "Oxford United"),
        ("MATCH DAY INTEL - Exeter City v Plymouth Argyle, KO 15:00, Cat C.", "Exeter City"),
    ],
)
def test_a_town_then_a_club_word_is_the_club(ex, text: str, club: str) -> None:
    assert club in _of(ex, text, "ORGANISATION")
    assert club not in _of(ex, text, "LOCATION")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Old Firm briefing: Celtic v Rangers, KO 12:00. Rangers fans to meet at 10:00.", ["Celtic", "Rangers"]),
        ("Pre-match intel - Sunderland AFC v Middlesbrough, risk groups expected at the Bridges.",
         ["Sunderland AFC", "Middlesbrough"]),
        ("Fixture: Leeds United vs Millwall. FBO holders listed below.", ["Leeds United", "Millwall"]),
    ],
)
def test_the_sides_of_a_fixture_are_clubs(ex, text: str, sides: list[str]) -> None:
    orgs = _of(ex, text, "ORGANISATION")
    for side in sides:
        assert side in orgs
    assert not any(" v " in o or " vs " in o for o in orgs)


def test_a_court_case_is_no_fixture_and_a_town_city_no_club(ex) -> None:
    orgs = _of(ex, "Case of R v Smith listed at the Crown Court; he lives in Glasgow City now.", "ORGANISATION")
    assert "R" not in orgs and "Smith" not in orgs and "Glasgow City" not in orgs

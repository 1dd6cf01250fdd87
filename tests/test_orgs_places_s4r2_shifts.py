"""A shift handover heading names the policing area's team, not a place visited; the same town
in the report's text is still a place (text written for these tests)."""

from __future__ import annotations

import pytest

from scanassist_core.extract import Extractor
from scanassist_core.extract._filters import blocked_spans


def _blocked(text: str) -> list[str]:
    return [text[s:e] for s, e in blocked_spans(text)]


@pytest.mark.parametrize(
    "text, area",
    [
        ("Torbay earlies - JONES Dean to be arrested on sight.", "Torbay"),
        ("Swindon North handover - rogue traders again at the flats.", "Swindon North"),
        ("Handover - Leicester East nights - PATEL rang twice.", "Leicester East"),
        ("Nights handover Luton W\n1. Amir KHAN seen in a grey Golf.", "Luton W"),
        ("Days to lates - DERBY CITY CENTRE\n* Kyle (14) missing again.", "DERBY CITY CENTRE"),
        ("Wiltshire late turn handover\n* Tariq seen at the garage.", "Wiltshire"),
    ],
)
def test_handover_heading_area_is_a_team(text: str, area: str):
    assert area in _blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "He spent three nights in Leeds with Jordan.",
        "Leeds nights out are busy on Fridays.",
        "Handover - STOICA charged, bail to court.",  # a name after the heading is no area
        "Mum says the handover in Leeds happened at 8pm.",
    ],
)
def test_not_a_shift_heading(text: str):
    assert not any(len(b) > 3 for b in _blocked(text))


def test_places_in_the_body_stay(ex: Extractor):
    text = "Torbay earlies - MARTIN Jay wanted.\nSeen on the seafront at Paignton at 02:00."
    places = [f.text for f in ex.extract_text(text) if f.type == "LOCATION"]
    assert places == ["Paignton"]

"""Police force areas written for the force, not the place: forces are not annotated, so the
area is no LOCATION there; the same words written as places stay places (text written for
these tests)."""

from __future__ import annotations

import pytest

from scanassist_core.extract import Extractor
from scanassist_core.extract._filters import blocked_spans


def _places(ex: Extractor, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "LOCATION"]


def _blocked(text: str) -> list[str]:
    return [text[s:e] for s, e in blocked_spans(text)]


@pytest.mark.parametrize(
    "text, area",
    [
        ("Subject is already known to Suffolk. Nothing further.", "Suffolk"),
        ("Intel shared with Cumbria: vehicle seen twice at the services.", "Cumbria"),
        ("pnc done, pass to staffs and close", "staffs"),
        ("Male referred to Gwent, no trace on local systems.", "Gwent"),
    ],
)
def test_handover_names_the_force(text: str, area: str):
    assert area in _blocked(text)


@pytest.mark.parametrize(
    "text",
    [
        "He was known to Suffolk County Council as a child.",  # the council: capitalised words follow
        "Family moved to Suffolk in 2019 and rent a farmhouse.",
        "Sightings were reported across Cumbria over the weekend.",
    ],
)
def test_area_as_a_place_is_not_blocked(text: str):
    assert not {"Suffolk", "Cumbria"} & set(_blocked(text))


def test_joint_force_names_in_headings(ex: Extractor):
    assert _places(ex, "Avon & Somerset - rural crime update\nQuad stolen from a farm near Frome.") == ["Frome"]
    assert "Devon and Cornwall" in _blocked("Intel passed to Devon and Cornwall POLIT for action.")
    assert "Notts/Derbys" in _blocked("Op update (Notts/Derbys) - warrant executed 06:00")
    assert "Gwent / South Wales" in _blocked("Gwent / South Wales - joint tasking")


def test_joint_force_names_as_places_stay_places(ex: Extractor):
    for text in ("They spent August touring Devon and Cornwall in the camper.",
                 "Holiday lets across Avon and Somerset were used."):
        assert not any(len(b) > 3 for b in _blocked(text))  # only the "and" between two places
    assert _places(ex, "They spent August touring Devon and Cornwall in the camper.") == ["Devon", "Cornwall"]


def test_service_named_with_its_area():
    assert "Wales" in _blocked("Probation Wales - licence recall requested for the subject.")
    assert "Staffordshire" in _blocked("NPS Staffordshire report received.")
    assert "Fife" in _blocked("Fife Division - intel: subject now in Kirkcaldy.")

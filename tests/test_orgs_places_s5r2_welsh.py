"""Organisations and places (session 5 round 2): Welsh village and farm names known by their shape
(article-joined "Pen-y-bont", "Llan-", "Cwm-", "Ystrad-", "Ponty-" words), gazetteer or not."""

from __future__ import annotations

import pytest


def _typed(ex, text: str) -> set[tuple[str, str]]:
    return {(f.type, f.text) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION", "PERSON")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two quad bikes stolen overnight from a farm outside Llanfihangel-y-Creuddyn.", "Llanfihangel-y-Creuddyn"),
        ("Sheep worrying reported by the owner of Bryn-yr-Eos, dog seen running off.", "Bryn-yr-Eos"),
        ("i went to Llanybydder mart on the monday and he followed me", "Llanybydder"),
        ("Caller states white transit seen parked up in Cwmtwrch late evening.", "Cwmtwrch"),
        ("Suspect known to frequent Pontyates and the surrounding lanes.", "Pontyates"),
        ("PCSO patrols of Ystradgynlais after the shed breaks.", "Ystradgynlais"),
    ],
)
def test_welsh_place_by_shape(ex, text: str, place: str) -> None:
    got = _typed(ex, text)
    assert ("LOCATION", place) in got
    assert not any(t != "LOCATION" and place in x for t, x in got)


def test_names_like_welsh_prefixes_stay_people(ex) -> None:
    got = _typed(ex, "Ian Llanes and Steve Ponting were both arrested at the scene.")
    assert not any(t == "LOCATION" for t, _ in got)

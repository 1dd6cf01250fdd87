"""Courts and councils as police write them: a Scottish sheriff court, a court after the warrant
phrase, a council by its place and abbreviation (text written for these tests)."""

from __future__ import annotations

import pytest

from scanassist_core.extract import Extractor


def _typed(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")]


@pytest.mark.parametrize(
    "text, court",
    [
        ("Subject appeared at Dundee Sheriff Court and was remanded.", "Dundee Sheriff Court"),
        ("WARRANT ISSUED (FAIL TO APPEAR NORWICH MAGISTRATES COURT) - CIRCULATED ON PNC", "NORWICH MAGISTRATES COURT"),
        ("wanted for failing to attend Bristol Crown Court last week", "Bristol Crown Court"),
    ],
)
def test_courts_are_bodies(ex: Extractor, text: str, court: str):
    assert ("ORGANISATION", court) in _typed(ex, text)
    assert not any(t == "LOCATION" and court in n for t, n in _typed(ex, text))


@pytest.mark.parametrize(
    "text, council",
    [
        ("She holds a private hire badge with Kirklees MBC and drives nights.", "Kirklees MBC"),
        ("kids placed in a b&b by notts cc, no support", "notts cc"),
        ("HMO LICENCE REFUSED BY BOLTON MBC ON 14/02.", "BOLTON MBC"),
        ("Licence refused by Salford CC on 14/02.", "Salford CC"),
        ("Noise complaint passed to Gedling BC environmental health.", "Gedling BC"),
    ],
)
def test_council_by_place_and_abbreviation(ex: Extractor, text: str, council: str):
    assert ("ORGANISATION", council) in _typed(ex, text)


def test_abbreviation_without_a_place_or_an_email_copy_is_no_council(ex: Extractor):
    assert not any(t == "ORGANISATION" for t, _ in _typed(ex, "Black 125 cc scooter seen on the estate."))
    assert not any(t == "ORGANISATION" for t, _ in _typed(ex, "Sent to Leeds cc Sarah in the hub."))

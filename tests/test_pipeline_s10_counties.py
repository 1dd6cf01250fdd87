"""Session 10: an Irish county written with its designator is one place ("Omagh, Co Tyrone", "Co.
Donegal"), as "County Durham" is, never a person ("Co Tyrone") or a stray "Co". Our own wording."""

from __future__ import annotations

import pytest


def _typed(ex, text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in ex.extract_text(text)]


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("Diesel laundered at a yard outside Keady, Co. Armagh, sold on both sides of the border.", "Co. Armagh"),
        ("Red Transit seen at a farm near Omagh, Co Tyrone late on Sunday.", "Co Tyrone"),
        ("Subject's family moved back to Co. Longford in 2023.", "Co. Longford"),
        ("Lives with her nan in County Durham and visits Leeds at weekends.", "County Durham"),
        ("quad bikes stolen overnight co fermanagh, 2 seen heading for the border", "co fermanagh"),
    ],
)
def test_a_county_with_its_designator_is_one_place(ex, text, county):
    got = _typed(ex, text)
    assert ("LOCATION", county) in got, got
    assert ("LOCATION", "Co") not in got and not any(k == "PERSON" and county in s for k, s in got), got


def test_a_county_inside_an_address_stays_in_it(ex):
    got = _typed(ex, "Home address 41 Drumbeg Road, Dungannon, Co Tyrone BT71 4AB per PNC.")
    assert ("ADDRESS", "41 Drumbeg Road, Dungannon, Co Tyrone BT71 4AB") in got, got

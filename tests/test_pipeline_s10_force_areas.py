"""Session 10: a force area written as the force is no place (forces are not annotated, and the
annotators of most sets leave these out): a report's heading ("NOTTS - Intel - B2"), a record
export's field ("| KENT |"), a police unit or partner hub after it ("Derbyshire MASH"). The same
area written as a place in the same report stays. Our own wording."""

from __future__ import annotations

import pytest


def _places(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "force", "place"),
    [
        ("NOTTS - Intel - B2\nSubject moved to Notts from Leeds last year.", "NOTTS", "Notts"),
        ("Derbyshire MASH - referral re Kacey (14)\nKacey was later found in Kent.", "Derbyshire", "Kent"),
        ("NICHE EXPORT | ESSEX | 42/1733/25\nAddress history shows a flat in Cumbria.", "ESSEX", "Cumbria"),
        ("Lancashire: shoplifting complaints x3 at the retail park.\nHe grew up in Wigan.", "Lancashire", "Wigan"),
        ("Info passed to WEST MIDS ROCU for research. Both men live in Walsall.", "WEST MIDS", "Walsall"),
    ],
)
def test_a_force_area_named_as_the_force_is_no_place(ex, text, force, place):
    got = _places(ex, text)
    assert force not in got and place in got, got


@pytest.mark.parametrize(
    "text",
    [
        "KRASNIQI, Ervis | DOB 03/10/1999 | NATIONALITY ALBANIA | PNC 19/773104P\nLived in Tirana before 2019.",
        "Nationality: Albania. Came to the UK in 2019 by small boat, lived in Tirana before that.",
    ],
)
def test_a_country_in_a_nationality_field_is_no_place(ex, text):
    got = _places(ex, text)
    assert "Tirana" in got and not {"Albania", "ALBANIA"} & set(got), got

"""Session 9: a SURNAME that is also a word opening a line ("HATHAWAY (17) seen ...") is a person when an
age or DOB follows it; a heading's item number ("SLIDE 4 -") is still no age. Our own wording."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("HATHAWAY (17) seen on the bridge with two other lads, Kyle MOSS among them.", "HATHAWAY"),
        ("HATHAWAY 23 stopped in the stairwell with a knife, arrested by PC 2231.", "HATHAWAY"),
        ("Nominal note\nDICKINSON DOB 02/03/1999 - PNC checked, wanted on warrant. Jordan PRICE with him.", "DICKINSON"),
    ],
)
def test_a_capitals_surname_with_an_age_is_a_person(ex, text, name):
    got = [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
    assert name in got, got


def test_a_heading_with_an_item_number_is_still_no_person(ex):
    got = [f.text for f in ex.extract_text("SLIDE 4 - Jordan PRICE and Kyle MOSS seen together on Mill Lane.") if f.type == "PERSON"]
    assert "SLIDE" not in got, got

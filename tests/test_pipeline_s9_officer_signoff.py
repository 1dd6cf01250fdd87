"""Session 9: an officer signing off in role ("Rgds, DC Amy PATEL") is no subject, even where the
surname is one the lone-surname rule knows. Our own wording."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Mei NGUYEN moved to the safehouse on Friday, no further contact with the boss.\nRgds, DC Amy PATEL",
        "Jordan KELLY seen again at the shop, HALL not present.\nThanks, PC 2231 Sam HALL",
    ],
)
def test_the_signing_officer_is_not_a_person(ex, text):
    got = [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
    last_line = text.rsplit("\n", 1)[1]
    assert not any(p in last_line and text.rindex(p) > text.rindex("\n") for p in got), got

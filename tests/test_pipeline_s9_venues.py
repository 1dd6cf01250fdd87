"""Session 9: bars and clubs named word-first ("Club Nova", "Bar Kilimanjaro") are premises, not persons.
Our own wording."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Door staff at Club Nova ejected two males at 0230, one of them Kyle MOSS.", "Club Nova"),
        ("Girls seen leaving Bar Kilimanjaro with older men in a grey Audi.", "Bar Kilimanjaro"),
        ("Meeting arranged at Cafe Roma on the high street by Jordan PRICE.", "Cafe Roma"),
    ],
)
def test_a_venue_named_word_first_is_no_person(ex, text, venue):
    got = [(f.type, f.text) for f in ex.extract_text(text)]
    assert ("PERSON", venue) not in got, got
    assert any(t == "ORGANISATION" and venue in s for t, s in got), got

"""Session 9: a quoted street name after a person noun and a naming cue is the person's name
even when it is an English word ('a man called "Ace"', 'a lad known as "Tank"'), and so are its
later mentions. Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name, count",
    [
        ('She sent the money to a man called "Ace" via Telegram. She gave Ace\'s Telegram to officers.', "Ace", 2),
        ('He was collected from school by a lad known as "Tank" in a black Audi.', "Tank", 1),
        ('Paid cash each week to a woman called "Sugar" at the flat above the shop.', "Sugar", 1),
    ],
)
def test_a_word_as_a_street_name(ex, text, name, count):
    assert person_texts(ex, text).count(name) == count


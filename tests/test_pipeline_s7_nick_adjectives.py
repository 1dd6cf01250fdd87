"""Session 7: a one-word name the model reads takes the street-name adjective before it, as the
person rules' names do; after an article or possessive it does not. Our own wording."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import lexicon
from scanassist_core.extract._persons import nick_adjective_start
from scanassist_core.extract._pipeline import _model_found


@pytest.mark.parametrize(
    "text, name, want",
    [
        ("Stopped with Scouse Darren near the bus station, both searched.", "Darren", "Scouse Darren"),
        ("Source says Big Marcus is now running the line from his mum's.", "Marcus", "Big Marcus"),
        ("Little Kacper was seen handing over a package at the garages.", "Kacper", "Little Kacper"),
        ("He owes money to his old Ryan from school.", "Ryan", "Ryan"),
        ("Seen with the wee Callum again outside the chippy.", "Callum", "Callum"),
    ],
)
def test_model_person_takes_the_adjective(text, name, want):
    s = text.index(name)
    found = _model_found(text, [(s, s + len(name), "PERSON")], lexicon())
    people = [f for f in found if f.type == "PERSON"]
    assert [f.text for f in people] == [want]
    assert people[0].key == name.lower()  # resolved by the name itself, as the rules' spans are


def test_no_adjective_no_change():
    text = "Kyle was with Darren at the time."
    assert nick_adjective_start(text, text.index("Darren"), lexicon()) is None

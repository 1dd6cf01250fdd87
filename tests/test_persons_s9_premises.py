"""Session 9: a name straight after a business noun and a quote or naming cue is the premises'
name ('a shisha bar "Noor"', 'the takeaway known locally as "Khalids"', 'A KEBAB SHOP CALLED
ZAMAN GRILL', 'a nail bar on Bridge Street called Queen Nails'), while a person named near a
business stays a person ("a lad from the chip shop called Dean", "the shop owner known as
Tariq"). Examples are our own wording."""

from __future__ import annotations

import pytest

from scanassist_core.extract._persons import business_named, find_persons


def _at(text: str, name: str) -> tuple[int, int]:
    i = text.index(name)
    return i, i + len(name)


@pytest.mark.parametrize(
    "text, name",
    [
        ('Meets buyers at a shisha bar "Noor" on Spring Bank, Hull.', "Noor"),
        ('The takeaway known locally as "Khalids" is open late but rarely busy.', "Khalids"),
        ("The caller states the drugs are kept above a kebab shop called ZAMAN grill on the main road.", "ZAMAN"),
        ("Girls are working at a nail bar on Bridge Street called Queen Nails, Sheffield.", "Queen"),
        ('Cash collected from the car wash "Shiny Motors" each Friday.', "Shiny Motors"),
    ],
)
def test_premises_name_after_a_business_noun(text, name):
    assert business_named(text, *_at(text, name))
    assert name not in [f.text for f in find_persons(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("A lad from the chip shop called Dean was there when it kicked off.", "Dean"),
        ("The shop owner known as Tariq takes the cash to Bradford.", "Tariq"),
        ('She met a man called "Tommo" outside the club on Friday.', "Tommo"),
    ],
)
def test_people_near_a_business_stay_people(text, name):
    assert not business_named(text, *_at(text, name))

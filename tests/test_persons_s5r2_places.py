"""Session 5 round 2: a rural place or farm name no list knows is read by its slot, not taken
for a person ("near X", "around X and Y", an age then a town in a list entry); a lone heading
word in capitals ("STORM 1142", "DEBRIEF - ...", "TARGET 2:") is the writer's label, not a
SURNAME. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pandas as pd
import pytest

from scanassist_core.extract._pipeline import Extractor


def typed(ex: Extractor, text: str) -> dict[str, str]:
    df = ex.extract(pd.DataFrame({"report_id": [1], "text": [text]}))
    return dict(zip(df["text"], df["type"]))


@pytest.mark.parametrize(
    "text, place",
    [
        ("Fake tags sold to farms around Cerrigydrudion and Pentrefoelas last spring.", "Pentrefoelas"),
        ("Quad seen heading towards Pentre Llyn Cymmer at 02:00 with two males on it.", "Pentre Llyn Cymmer"),
        ("Victims: HOLT Dennis (86, Rhosgoch), WHITE Barbara (83, Cwmbelan).", "Rhosgoch"),
    ],
)
def test_a_place_word_before_an_unknown_name_makes_it_no_person(ex, text, place):
    assert typed(ex, text).get(place) != "PERSON"


@pytest.mark.parametrize(
    "text, word",
    [
        ("DEBRIEF - KOWALCZYK, Marek (detained) says the yard is used at night.", "DEBRIEF"),
        ("Op NETTLE briefing\nTARGETS 1-3 below.\nTARGET 2: Kane ROSS, 19, runs the line.", "TARGET"),
        ("VICTIM ACCOUNT (taken at home address). I am 81 and live alone.", "ACCOUNT"),
    ],
)
def test_a_shouted_heading_word_is_no_surname(ex, text, word):
    assert typed(ex, text).get(word) != "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Around 22:00 Kieran WALSH was seen near Tesco with two others.", "Kieran WALSH"),
        ("Concern raised by housing re Mr Harker, Gresham Court, who has not been seen.", "Harker"),
        ("SMUDGE has a new number and is running the line again.", "SMUDGE"),
        ("COATES (3) - not home. Jade COATES says he is working away.", "Jade COATES"),
        ("Ewes belonging to Gethin Morgan of Pen y Bryn were killed near the road.", "Gethin Morgan"),
    ],
)
def test_people_in_the_same_slots_stay_people(ex, text, name):
    assert typed(ex, text).get(name) == "PERSON"

"""Session 6 round 1: a word the model reads as a lone person inside a list of places is a place.
An unknown word after another name in a list opened by a place word ("around X and Y", "near X,
Y"), or a forename-like country or town coordinated with a found place after a place word
("sent to Jordan and Turkey"), is no PERSON; a forename in a list of people stays one.
Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pandas as pd
import pytest

from scanassist_core.extract._pipeline import Extractor


def typed(ex: Extractor, text: str) -> dict[str, str]:
    df = ex.extract(pd.DataFrame({"report_id": [1], "text": [text]}))
    return dict(zip(df["text"], df["type"]))


@pytest.mark.parametrize(
    "text, word",
    [
        ("Fake tags sold to farms around Cerrigydrudion and Pentrefoelas last spring.", "Pentrefoelas"),
        ("Sheep worrying reported on land near Llanfihangel, Bwlchgwyn and Tregarthen over the weekend.", "Tregarthen"),
        ("the van was seen parked up in Ystradowen and Penmachno on two nights", "Penmachno"),
        ("Intel suggests cannabis grows in outbuildings around Heddon and Corbridgeham.", "Corbridgeham"),
    ],
)
def test_an_unknown_word_listed_after_a_place_word_is_no_person(ex, text, word):
    assert typed(ex, text).get(word) != "PERSON"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Funds were sent to Jordan and Turkey via a money service business.", "Jordan"),
        ("Subject has travelled to Georgia and Armenia twice this year on cash-funded tickets.", "Georgia"),
        ("Transfers made from accounts in Turkey, Jordan and Egypt over three months.", "Jordan"),
    ],
)
def test_a_forename_like_country_listed_with_places_is_no_person(ex, text, word):
    assert typed(ex, text).get(word) != "PERSON"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Cash was handed to Jordan and Kyle outside the chip shop.", "Jordan"),
        ("Jordan and his brother were seen in Leeds and Bradford on Friday.", "Jordan"),
        ("Victim spoke to Chelsea and Mia in Nottingham city centre.", "Mia"),
    ],
)
def test_a_forename_listed_with_people_stays_a_person(ex, text, word):
    assert typed(ex, text).get(word) == "PERSON"


@pytest.mark.parametrize(
    "text, word",
    [
        ("They moved the boy from Oldham, Kasia took him to the flat.", "Kasia"),
        ("she was staying in harehills and keeley's mum picked her up", "keeley"),
        ("Cash counted in Bolton and Jordan said it was short.", "Jordan"),
    ],
)
def test_a_list_item_that_acts_or_owns_stays_a_person(ex, text, word):
    assert typed(ex, text).get(word) == "PERSON"

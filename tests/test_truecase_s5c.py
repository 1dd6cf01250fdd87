"""Case-less notes (session 5): surnames first at a line start, everyday forenames named by a relation."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from _case_helpers import view as _view


# SURNAME Forename opening a line or a field, the surname an everyday word, closed by
# a DOB, an age or the clause's verb.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("stone kieran released on bail to return 12/06, rough sleeping again", "stone kieran"),
        ("DP: FLETCHER CRAIG 14.02.1990 OF NO FIXED ABODE, ARRESTED FOR THEFT", "fletcher craig"),
        ("custody update\nbird shannon 17 - bailed to her nan's, curfew 7pm to 7am", "bird shannon"),
        ("green, nathan (dob 14/03/1994) arrested at the address and taken to custody", "green, nathan"),
    ],
)
def test_word_or_place_surname_first_at_a_line_start(ex, text: str, name: str) -> None:
    assert name in _persons(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "young kieran was described as quiet and polite by staff at the unit",
        "preston ryan 2-1 at the weekend, fans seen fighting outside the ground",
    ],
)
def test_describing_word_or_place_before_a_forename_is_no_surname(text: str) -> None:
    view = _view(text)
    assert "YOUNG" not in view and "PRESTON" not in view


# An everyday forename named by what follows it: a relation in the possessive ("paige's dad"), or
# the verb after a reporting verb ("the caller said paige is pregnant").
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("concern for the child. paige's dad has been staying at the flat most nights", "paige"),
        ("neighbour reports that she has seen grace's boyfriend dealing from the car", "grace"),
        ("anonymous caller said jade is being kept at the address against her will", "jade"),
    ],
)
def test_everyday_forename_named_by_a_relation_or_its_verb(ex, text: str, name: str) -> None:
    assert name in _persons(ex, text)


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("spoke with callum wood (\"woody\") outside the chippy, says nothing going on", "woody"),
        ("DP SHAKIRA BELL (\"PEACHES\") ARRESTED AT THE ADDRESS ON WARRANT", "peaches"),
        ("intel that nathan price (\u201ctank\u201d) is collecting debts for the line", "tank"),
    ],
)
def test_quoted_word_in_brackets_after_a_name_is_its_alias(ex, text: str, alias: str) -> None:
    assert alias in _persons(ex, text)


def test_quoted_word_in_brackets_after_a_thing_is_no_alias(ex) -> None:
    text = "found a grinder (\"bud\") and scales in the kitchen drawer, seized"
    assert "bud" not in _persons(ex, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nail bar visit. staff member pham linh 19 spoken to, no english", "pham linh"),
        ("CANNABIS FARM WARRANT AT THE UNIT. ARRESTED TRAN HUNG DOB 03/04/1999, NO ENGLISH", "tran hung"),
    ],
)
def test_vietnamese_surname_and_given_name_before_an_age_or_dob(ex, text: str, name: str) -> None:
    assert name in _persons(ex, text)


def test_verb_opening_a_note_before_a_forename_is_no_surname() -> None:
    assert "HOPE" not in _view("hope kyle is ok after last night, will check in with him tomorrow")


"""Case-less notes (session 9): a lone name shown by what follows it (a bare age, a possessive,
police shorthand for "arrested", "cctv shows X leaving") or by a verb that takes a person
("belonging to X", "registered to X"); police shorthand itself is never a name."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from _case_helpers import view as _view


def _caps(text: str, word: str) -> bool:
    at = text.index(word)
    return _view(text)[at : at + len(word)].isupper()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("wozniak 23 stopped in the stairwell with a knife, arrested s47", "wozniak"),
        ("seen on the precinct with hoxhaj 19 and two other males, dispersed", "hoxhaj"),
        ("bike recovered from the garden belonging to okonkwo, returned to owner", "okonkwo"),
        ("vrm comes back registered to nwachukwu at an address in the town", "nwachukwu"),
        ("cctv shows mahmoudi entering the shop at 2104 and leaving with bags", "mahmoudi"),
        ("warrant 0600, zhao arr, lindqvist arr, both conveyed to custody", "lindqvist"),
    ],
)
def test_a_lone_name_shown_by_what_follows_or_precedes_it_is_a_surname(text: str, word: str) -> None:
    assert _caps(text, word)


def test_a_possessive_name_opening_a_note_is_title_cased_with_its_s_lower() -> None:
    text = "szymanski's car parked outside again with the engine running"
    assert _view(text).startswith("Szymanski's car")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("home addy is flat 2, mum present, nhood sgt informed of the outcome", "addy"),
        ("male arr for s47, nhood team to follow up with the school tomorrow", "nhood"),
        ("susp seen again yest near the park, enqs ongoing with the council", "enqs"),
        ("flat 23 stopped being used as a trap house after the closure order", "flat"),
        ("wraps 14 in total recovered from the sock, sent for testing", "wraps"),
    ],
)
def test_police_shorthand_or_a_count_is_no_name(text: str, word: str) -> None:
    assert not _caps(text, word)


@pytest.mark.parametrize(
    ("text", "surname", "forename"),
    [
        ("s&s market st 1820 - turnbull josh 22. seen passing a package to a female", "turnbull", "josh"),
        ("1 detained - walker marcus 23, another made off towards the canal", "walker", "marcus"),
        ("night shift log. 0215 hollis ryan (d&d last month) turned up at the kebab shop again", "hollis", "ryan"),
        ("tup tup - barker nathan (reported for class a in jan) refused entry by door staff", "barker", "nathan"),
    ],
)
def test_a_fields_surname_forename_after_a_label_dash_or_time(ex, text: str, surname: str, forename: str) -> None:
    view = _view(text)
    at = text.index(surname)
    assert view[at : at + len(surname)].isupper()
    assert f"{surname} {forename}" in _persons(ex, text)


def test_two_forenames_after_a_dash_keep_the_writers_order() -> None:
    # either order is written ("mohamed adam dob ..."), so two forenames are not turned round
    text = "do not confuse - mohamed adam dob 22/11/1978 of the taxi office with the other one"
    at = text.index("mohamed")
    assert not _view(text)[at : at + len("mohamed")].isupper()

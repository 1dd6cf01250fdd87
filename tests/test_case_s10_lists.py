"""Case-less notes (session 10): a list of first names that goes on past its second item
("present: kyle, shay, mo and the polish lad") is a list of people, not "SURNAME, Forename";
a real "surname, forename" pair followed by a note stays one name."""

from __future__ import annotations

import pytest

from _case_helpers import view as _view


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("present at the address: kyle, shay, mo and the polish lad. all left before we arrived", "kyle"),
        ("group on the field was callum, reece, dev and two girls on bikes, moved on", "callum"),
        ("in the car: kian, tyler, sully and ty - all searched, nothing found", "kian"),
    ],
)
def test_a_list_of_first_names_is_not_surname_forename(text: str, first: str) -> None:
    at = text.index(first)
    assert _view(text)[at : at + len(first)] == first.title()


def test_a_surname_forename_pair_before_a_note_stays_one_name() -> None:
    text = "injured - aziz, sami, head wound, taken to hospital by ambulance"
    assert "AZIZ, Sami" in _view(text)

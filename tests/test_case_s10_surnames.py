"""Case-less notes (session 10): the shipped surname list now holds Eastern European and West and
East African surnames (Faker's openly licensed provider lists, folded to ASCII), so one written
alone in a person's slot of a hasty note is read as a SURNAME like a census surname."""

from __future__ import annotations

import pytest

from _case_helpers import view as _view
from scanassist_core.extract._truecase import listed_surnames


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("words of advice given to the group, stopped ardelean on the corner and searched him", "ardelean"),
        ("the flat is used by acheampong, who was arrested there last month for supply", "acheampong"),
        ("seen on the precinct with dumitrescu and two other males, all dispersed", "dumitrescu"),
        ("intel suggests that adegoke is now collecting the cash from the shop on fridays", "adegoke"),
    ],
)
def test_a_listed_surname_alone_in_a_person_slot_is_a_surname(text: str, word: str) -> None:
    at = text.index(word)
    assert _view(text)[at : at + len(word)].isupper()


def test_the_list_keeps_ordinary_words_out() -> None:
    names = listed_surnames()
    assert {"kovalcik", "abdullahi", "nwosu"} <= names
    assert not names & {"garden", "market", "bridge", "stone", "river"}

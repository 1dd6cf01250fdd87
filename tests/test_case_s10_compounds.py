"""Case-less notes (session 10): a plural written as one word of two English nouns
("screenshots", "voicenotes", "crimestoppers") opening a line is no subject's name, while a
surname of two words ("woodhouse", "fairweather") still is one."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from _case_helpers import view as _view


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("screenshots provided by the victim's mum show the threats, crime raised", "screenshots"),
        ("voicenotes sent by the male were played to officers, he threatens to stab her", "voicenotes"),
        ("crimestoppers sanitised - the caller states that drugs are sold from the flat", "crimestoppers"),
        ("headphones taken from the victim at knifepoint, suspects made off on foot", "headphones"),
    ],
)
def test_a_compound_plural_opening_a_note_is_no_name(text: str, word: str) -> None:
    assert not _view(text).startswith(word.upper())


def test_a_two_word_surname_is_still_read_as_one(ex) -> None:
    assert "fairweather" in _persons(ex, "fairweather 23 stopped in the stairwell with a knife, arrested s47")

"""Case-less notes (session 10): an everyday forename read as a name once in a report is that
name where the report uses it again alone; the word after a determiner stays a word."""

from __future__ import annotations

from _case_helpers import persons as _persons


def test_a_forename_read_once_is_read_again(ex) -> None:
    text = "mum says her boyfriend jordan has been round again. says jordan gave him £50 to take a bag to the park"
    assert _persons(ex, text).count("jordan") == 2


def test_a_possessive_of_the_name_is_read_again(ex) -> None:
    text = "told jade to go home at 2300. later seen in jade's mum's car on the estate, words given"
    found = _persons(ex, text)
    assert found.count("jade") == 2


def test_the_word_after_a_determiner_stays_a_word(ex) -> None:
    text = "told jack to wait in the car. the jack was missing from the boot when the tyre was checked"
    assert _persons(ex, text).count("jack") == 1

"""Case-less notes (session 9): a party named by initial and surname, as financial, licensing and
custody records write them - in quotes ("transfers to "m ionescu""), after a list's comma or a
word that names parties ("directors k ahmed", "signatories: d k shaw", "incl. n dvorakova"), and
"a" as an initial only before a known surname after a word that takes a person ("in name of a
patel"); never a body part or an article before a word ("stab - l flank", "a mason came")."""

from __future__ import annotations

import pytest

from _case_helpers import view as _view


def _caps(text: str, span: str) -> bool:
    at = text.index(span)
    return _view(text)[at : at + len(span)].isupper()


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('monthly standing order of £1,300 to "m ionescu" at revolut, no reference given', "m ionescu"),
        ("company: kr grooming ltd, directors k ahmed and s malik, registered in 2021", "k ahmed"),
        ("production order served. signatories: d k shaw, j shaw. cash withdrawals weekly", "d k shaw"),
        ("known to befriend young girls incl. n dvorakova and others from the estate", "n dvorakova"),
        ("recipients include jordan whyte, k. brown, and two others in rochdale", "k. brown"),
        ("debit card found in the footwell in the name of a patel, handed to the oic", "a patel"),
    ],
)
def test_an_initial_and_surname_in_a_records_slot_is_a_name(text: str, span: str) -> None:
    assert _caps(text, span)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("model data 04/01. m 20. stab - l flank. location outside the club", "l flank"),
        ("got a bell fitted on the door and a mason came round to quote", "a mason"),
        ("they r luvin it and r best mates now", "r best"),
    ],
)
def test_a_letter_before_a_word_is_no_initial(text: str, span: str) -> None:
    assert not _caps(text, span)

"""Session 10: a child or witness anonymised as forename and surname initial ("Chloe B", "Doris P")
at the end of a sentence: the initial, its stop and a capitalised word that opens the next sentence
(an everyday word or a forename that is no surname: "Kyle", "Urgent") - the initial is the name's, not
the start of "B. Kyle". Before a surname ("Tom J. Davies", "K. Brown") nothing changes. Examples are
our own."""

from __future__ import annotations

import pytest

from scanassist_core.extract._persons import find_persons


def _names(text: str) -> list[str]:
    return [f.text for f in find_persons(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Girl from school stayed over - possibly Amelia R. Kyle was at college all day.", "Amelia R"),
        ("Follow-up call - Doris P. Gareth states his mother was also called by the same man.", "Doris P"),
        ("MASH to liaise with Gateshead re Tegan F. Urgent.", "Tegan F"),
        ("Seen at the bus station with Kayleigh M. She had a new phone and vapes.", "Kayleigh M"),
    ],
)
def test_forename_and_initial_before_a_new_sentence(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Seen with Tom J. Davies at the park, both drinking.", "J. Davies"),
        ("Car registered to Sarah K. Brown of Leeds.", "K. Brown"),
    ],
)
def test_initial_before_a_surname_opens_it(text, name):
    assert name in _names(text)

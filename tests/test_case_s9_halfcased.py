"""Half-cased and lower-case notes (session 9): a name written alone in lower case and shown by
its grammar - an interview note's speaker line ("krasniqi - no comment"), a reported clause's
subject of two people ("says okafor and another lad ..."), a possessive before what a person has
("the other mcintyre's girlfriend", "jordan's phone")."""

from __future__ import annotations

import pytest

from _case_helpers import view as _view


def _cased(text: str, word: str) -> str:
    at = text.index(word)
    return _view(text)[at : at + len(word)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("interview 1430, solicitor present.\nmuharremi - no comment to all questions, prepared statement", "muharremi"),
        ("interviews done.\nbajrami - wants to speak to his cousin, refused. nrm offered", "bajrami"),
        ("neighbour rang again and says oyelaran and another lad were in and out all night", "oyelaran"),
    ],
)
def test_a_lone_name_shown_by_its_grammar_is_a_surname(text: str, word: str) -> None:
    assert _cased(text, word).isupper()


def test_a_possessive_before_kin_is_a_name_anywhere() -> None:
    text = "this is not the pontefract mcinally's girlfriend, different female altogether"
    assert _cased(text, "mcinally's") == "McInally's"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("no credit on her phone so i rang edt. jordan's phone 07700 900 350 is off, mfh report done", "jordan's"),
        ("mum says she went off with grace's brother after school, not seen since", "grace's"),
    ],
)
def test_an_everyday_forename_owning_kin_or_a_phone_is_a_name(text: str, word: str) -> None:
    assert _cased(text, word)[0].isupper()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("update - no comment from either of them, both bailed", "update"),
        ("briefing - wants sorting before the weekend, see sgt", "briefing"),
        ("travelled through jordan's capital before flying into stansted", "jordan's"),
    ],
)
def test_a_word_in_those_places_stays_a_word(text: str, word: str) -> None:
    assert _cased(text, word)[1:].islower()

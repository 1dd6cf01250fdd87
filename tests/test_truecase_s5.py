"""Case-less and hasty reports (session 5): surnames that are also everyday words."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from _case_helpers import view as _view


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("stopped kyle young and his mate outside the shop, nfa", "kyle young"),
        ("two males with her, one possibly marcus brown.", "marcus brown"),
        ("info that callum grey has been selling from the flat", "callum grey"),
    ],
)
def test_colour_or_age_word_ending_a_clause_after_a_forename_is_a_surname(ex, text: str, name: str) -> None:
    assert name.split()[1].upper() in _view(text)
    assert name in _persons(ex, text) and name in _persons(ex, text.upper())


@pytest.mark.parametrize(
    "text",
    ["suspect described as ryan white male, 20s, slim build", "cctv shows jade black hoodie and grey joggers"],
)
def test_colour_before_a_noun_stays_a_description(text: str) -> None:
    view = _view(text)
    assert "WHITE" not in view and "BLACK" not in view


def test_young_person_at_a_sentence_start_is_no_surname(ex) -> None:
    text = "Young person reported missing from Elm House. Kyle Young was with her at the time."
    assert _persons(ex, text) == ["kyle young"]


def test_surname_that_is_a_word_named_again_before_its_verb(ex) -> None:
    text = "Marcus Brown was stopped in the car park. Brown drives a silver Golf."
    assert _persons(ex, text) == ["marcus brown", "brown"]

"""Places from GeoNames (session 5): villages and small towns beyond the hand-made gazetteer."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import lexicon


def _found(ex, text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in ex.extract_text(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Stolen quad bike recovered near Kidlington early this morning.", "Kidlington"),
        ("The suspects fled towards Sherburn in Elmet in a white pick-up.", "Sherburn in Elmet"),
        ("Sheep rustling reported at a farm outside Kingussie overnight.", "Kingussie"),
    ],
)
def test_village_after_a_place_word_is_a_location(ex, text: str, place: str) -> None:
    assert ("LOCATION", place) in _found(ex, text)


def test_two_word_town_after_a_street_ends_the_address(ex) -> None:
    assert ("ADDRESS", "45 Newgate, Barnard Castle") in _found(ex, "He lives at 45 Newgate, Barnard Castle with his mum.")


@pytest.mark.parametrize(
    ("text", "person"),
    [("OLNEY was arrested at home this morning.", "OLNEY"), ("He is linked to Elton DUKA who runs the car wash.", "Elton DUKA")],
)
def test_village_name_that_is_a_person_stays_a_person(ex, text: str, person: str) -> None:
    found = _found(ex, text)
    assert ("PERSON", person) in found and not any(t == "LOCATION" for t, _ in found)


def test_one_word_villages_need_a_place_word_and_forenames_are_left_out() -> None:
    lex = lexicon()
    assert "olney" not in lex.place_words and "Olney" in lex.cued_places  # "OLNEY was arrested"
    assert "Ashley" not in lex.cued_places and "ashley" not in lex.place_words

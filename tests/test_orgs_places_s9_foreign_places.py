"""Places (session 9): foreign cities, regions and ports that recur in UK intelligence - where
trafficked people come from, where money is sent, the ports lorries cross from - are LOCATIONs,
written with their accents or without, and in a shouted record; names that are also forenames
need a place word first."""

from __future__ import annotations

import pytest

from scanassist_core.extract._gazetteer import is_known_place


def _locs(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A victim's account through an interpreter, a money-service business's SAR, a port record.
        ("She states she was recruited in Durrës by a cousin and driven across Europe.", "Durrës"),
        ("The same customer sends £900 a week to Mogadishu and Kismayo via a hawala agent.", "Kismayo"),
        ("HGV checked at Zeebrugge, driver Polish, trailer loaded in Poznań two days earlier.", "Poznań"),
        ("Money goes back to his family in Sulaymaniyah, he says for a house.", "Sulaymaniyah"),
        ("Victim is from Thanh Hóa province and owes £20,000 for the journey.", "Thanh Hóa"),
    ],
)
def test_a_foreign_place_of_intelligence_is_a_location(ex, text: str, place: str) -> None:
    assert place in _locs(ex, text)


def test_accents_are_matched_with_or_without() -> None:
    for written in ("Timișoara", "Timisoara", "Timişoara", "TIMISOARA", "Gdańsk", "Gdansk", "Białystok", "Bialystok"):
        assert is_known_place(written), written


def test_a_shouted_record_names_the_foreign_city(ex) -> None:
    text = "SUBJECT STOPPED AT STANSTED TRAVELLING TO TIRANA VIA BUDAPEST WITH £18,000 CASH."
    assert "BUDAPEST" in _locs(ex, text)


def test_a_city_that_is_also_a_forename_needs_a_place_word(ex) -> None:
    # "Geneva" and "Vienna" are girls' names too: a name beside a surname is a person, after "in" a place.
    assert "Vienna" not in _locs(ex, "Vienna Clarke (14) was reported missing by her mother.")
    assert "Vienna" in _locs(ex, "The money was withdrawn in Vienna the next day.")


@pytest.mark.parametrize(
    "text",
    [
        "criminal damage at istanbul grill again, window put thru 0200",
        "lads hanging round outside kabul barbers, one on a moped",
        "she works at lahore takeaway on the main rd, cash in hand",
    ],
)
def test_a_town_a_shop_is_named_after_is_no_place_in_a_hasty_note(ex, text: str) -> None:
    assert _locs(ex, text) == []

"""Case-less notes (session 5, round 2): an initial with a full stop before a surname."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from _case_helpers import view as _view


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("intelligence indicates r. campbell is supplying the estate from his mum's flat", "r. campbell"),
        ("op update 3 march\n> k. doherty – remanded hmp altcourse\n> nothing else to add", "k. doherty"),
        ("ARRESTED FOR WOUNDING S. OKONKWO AT THE BUS STATION, VICTIM TO HOSPITAL", "s. okonkwo"),
        ("nominals seen at the address:\n- j. kowalczyk, no fixed abode\n- dog on premises", "j. kowalczyk"),
    ],
)
def test_initial_with_full_stop_after_a_verb_or_opening_a_line(ex, text: str, name: str) -> None:
    initial, surname = name.split()
    assert f"{initial.upper()} {surname.upper()}" in _view(text)
    assert name in _persons(ex, text)


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("car left in bay c. jones arrived ten minutes later and moved it.", "C."),
        ("the group went with plan b. walker said nothing about it.", "B."),
        ("ITEMS BOOKED IN AS EXHIBIT D. MORRIS CONFIRMED THE SEAL WAS INTACT.", "D."),
        ("seen at the petrol station. found r. 2 wraps in the sock", "R."),
    ],
)
def test_letter_closing_a_label_or_before_no_surname_stays_a_letter(text: str, letter: str) -> None:
    assert letter not in _view(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tracks across the field towards the lane. neighbour eirlys jones heard a vehicle about 0230 hrs.", "eirlys jones"),
        ("i was in the kitchen. my neighbour ceri vaughan saw a grey car by the gate.", "ceri vaughan"),
        ("the farmer iolo lewis found the gate open and two ewes missing.", "iolo lewis"),
    ],
)
def test_unknown_forename_after_a_person_noun_then_a_word_surname_before_a_verb(ex, text: str, name: str) -> None:
    forename, surname = name.split()
    assert f"{forename.title()} {surname.upper()}" in _view(text)
    assert name in _persons(ex, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [("his friend kez later left the party on foot.", "LATER"), ("her mate kez kept the phone in her bag.", "KEPT")],
)
def test_adverb_or_verb_after_a_name_after_a_person_noun_is_no_surname(text: str, word: str) -> None:
    assert word not in _view(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("btp incident - birmingham new street station, platform 8. male aged approx 20 detained.", "birmingham new street"),
        ("BRITISH TRANSPORT POLICE - LONDON BRIDGE STATION. MALE DETAINED BOARDING TRAIN TO BRIGHTON.", "london bridge"),
        ("youths got off at bristol temple meads station and walked towards the bus station.", "bristol temple meads"),
        ("saw them at manchester piccadilly stn at 1400 hrs, both on phones.", "manchester piccadilly"),
    ],
)
def test_railway_station_named_after_its_town(ex, text: str, place: str) -> None:
    assert place.title() in _view(text)
    assert place in [f.text.lower() for f in ex.extract_text(text) if f.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("he was taken to hereford police station and booked in for the offence.", "Police"),
        ("dropped him at leeds bus station after the match, nothing further.", "Bus"),
        ("drive-off from the newport fuel station at 0300 hrs, grey golf.", "Fuel"),
    ],
)
def test_kind_of_station_after_a_town_stays_lower(text: str, word: str) -> None:
    assert word not in _view(text)


@pytest.mark.parametrize(
    ("text", "abbreviation"),
    [
        ("seen at the petrol station at approx 9 p.m. jones was driving the van.", "p.m."),
        ("CCTV SHOWS THE VAN ON THE FORECOURT AT 11 A.M. OSEI THEN WALKS OFF.", "a.m."),
        ("other lads were present, e.g. kyle and dean from the estate, all on bikes.", "e.g."),
    ],
)
def test_letter_inside_an_abbreviation_is_no_sentence_start_or_initial(ex, text: str, abbreviation: str) -> None:
    assert abbreviation in _view(text)
    assert not any(p[:1] == abbreviation[-2] and p[1:2] == "." for p in _persons(ex, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("soi cooper jason - known for metal theft in malvern, drives a white transit", "cooper jason"),
        ("SOI DOBSON RYAN - REGULAR AT THE PUB ON THE ESTATE, BELIEVED FENCING TOOLS", "dobson ryan"),
        ("nominal hartley chloe - reported missing twice this month", "hartley chloe"),
    ],
)
def test_surname_forename_after_a_nominal_label_closed_by_a_dash(ex, text: str, name: str) -> None:
    surname, forename = name.split()
    assert f"{surname.upper()} {forename.title()}" in _view(text)
    assert name in _persons(ex, text)


def test_forename_after_a_verb_before_a_dash_stays_a_forename() -> None:
    assert "KEPT" not in _view("the victim kept jason - his brother - waiting outside")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("op update - 10 sep\n> lewis, keisha – housing: consider tenancy action\n> nothing further", "lewis, keisha"),
        ("nominals\n- carter, reece - runner, recruited via school\n- dog at the address", "carter, reece"),
        ("SUBJECTS\n> MORGAN, ELLIS – DRIVER\n> VAN SEIZED", "morgan, ellis"),
    ],
)
def test_surname_forename_opening_a_bulleted_line_closed_by_a_dash(ex, text: str, name: str) -> None:
    surname, forename = name.split(", ")
    assert f"{surname.upper()}, {forename.title()}" in _view(text)
    assert name in _persons(ex, text)


def test_forename_after_a_comma_in_prose_before_a_dash_is_no_list_item() -> None:
    assert "SHOP" not in _view("we went to the shop, grace - she was upset")

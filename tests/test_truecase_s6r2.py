"""Case-less and half-cased notes (session 6, round 2): what the view must not read as a name or a
street's name in notes typed without capitals or punctuation."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from _case_helpers import view as _view
from scanassist_core.extract._filters import lexicon
from scanassist_core.extract._truecase import truecase


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("spoke to mum sharon lee - correction, sharon webb is the aunt, mum not present.", "correction"),
        ("ABH AT THE FLATS. VICTIM NAMED AS DANIEL OKAFOR - APOLOGIES, DAVID OKAFOR IS THE VICTIM.", "apologies"),
        ("rp states her son kyle was there. amendment, kyle hardy was not there, it was his cousin", "amendment"),
    ],
)
def test_a_writers_aside_before_a_forename_is_no_surname(text: str, aside: str) -> None:
    view = _view(text)
    at = text.lower().index(aside)
    assert not view[at : at + len(aside)].isupper()  # not read as "CORRECTION, Sharon"


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("assocs: wood, shane (19) and hughes, leanne", "wood"),
        ("nominals - butcher, mark (34) arrested for the assault", "butcher"),
        ("keeper: cooper, jade dob 01/02/2001", "cooper"),
    ],
)
def test_a_word_surname_with_a_cue_after_the_forename_is_still_a_surname(text: str, surname: str) -> None:
    view = _view(text)
    at = text.index(surname)
    assert view[at : at + len(surname)].isupper()


@pytest.mark.parametrize(
    ("text", "street", "outside"),
    [
        ("moped no plate little chell lane 2030 rider decamped on foot", "Little Chell Lane", "plate"),
        ("STORAGE AT THE CAR SALES PITCH MONTAGUE STREET, KEYS IN THE CABIN", "Montague Street", "pitch"),
        ("burglary dwelling kelvin road 0300 rear door forced", "Kelvin Road", "dwelling"),
        ("THEFT FROM VEHICLE WINDOW SMASHED PEMBURY AVENUE 0200", "Pembury Avenue", "smashed"),
    ],
)
def test_everyday_nouns_run_into_a_street_stay_outside_its_name(text: str, street: str, outside: str) -> None:
    view = _view(text)
    assert street in view
    at = text.lower().index(outside)
    assert view[at : at + len(outside)] == outside  # left lower, not read as part of the street


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("stolen from a driveway on castle bromwich road overnight", "Castle Bromwich Road"),
        ("VEHICLE SEEN ON MARKET HARBOROUGH ROAD HEADING SOUTH", "Market Harborough Road"),
        ("seen on abbey hey lane with two others", "Abbey Hey Lane"),
    ],
)
def test_a_street_named_for_a_place_keeps_its_first_word(text: str, street: str) -> None:
    assert street in _view(text)


def test_the_person_after_the_aside_is_still_found(ex) -> None:
    text = "spoke to mum sharon lee - correction, sharon webb is the aunt, mum not present."
    assert "sharon webb" in _persons(ex, text)
    assert not any(p.startswith("correction") for p in _persons(ex, text))


def test_a_nominal_label_before_the_dash_keeps_the_surname() -> None:
    view = _view('PNC NOMINAL - CASTLE, RICHARD JOHN ("RICKY") WANTED ON WARRANT')
    assert view.startswith("Pnc nominal - CASTLE, Richard")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("dover - mark GREENE came in, wants his phone back. told him no.", "mark greene"),
        ("spoke to kim HOLLAND at the door. she says hes not in", "kim holland"),
        ("custody - dean BOOTH brought in for breach. solicitor requested", "dean booth"),
        ("pcso saw jack PIKE at the bus stn. hes wanted on warrant, unit informed", "jack pike"),
    ],
)
def test_a_forename_left_lower_before_the_writers_surname_in_capitals(ex, text: str, name: str) -> None:
    assert name in _persons(ex, text)


def test_emphasis_in_capitals_after_an_everyday_forename_is_no_surname() -> None:
    text = "spoke to dad. he says he will NEVER let him back in. words of advice given, nfa"
    view = truecase(text, lexicon())
    assert view is None or " will NEVER " in view


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("pritchard gareth - father of the driver, says he never lent him the car", "PRITCHARD Gareth"),
        ("mensah kwame - uncle, says the lad left at 2200 and has not been seen since", "MENSAH Kwame"),
        ("STOP CHECK\nKOWALCZYK DAMIAN - FOUND WITH CANNABIS, WORDS OF ADVICE", "KOWALCZYK Damian"),
    ],
)
def test_surname_first_heading_closed_by_a_dash(text: str, heading: str) -> None:
    assert heading in _view(text)


def test_forename_first_heading_closed_by_a_dash_is_unchanged() -> None:
    assert "Kyle SMITH - arrested" in _view("kyle smith - arrested for theft from the co-op")


@pytest.mark.parametrize(
    ("text", "car"),
    [
        ("jordan morgan corsa parked outside the spar 2200, engine running", "corsa"),
        ("SEEN REECE HOLT QASHQAI YG17 DMU LEAVING THE ESTATE", "qashqai"),
        ("1530 - ellis mason astra parked up on the drive, no one in", "astra"),
    ],
)
def test_a_car_model_after_a_name_is_no_surname(text: str, car: str) -> None:
    view = _view(text)
    at = text.lower().index(car)
    assert not view[at : at + len(car)].isupper()


def test_a_car_model_with_a_dob_after_it_is_still_read_by_its_cue() -> None:
    assert "Ellie FABIA dob" in _view("ellie fabia dob 01/01/2000 reported missing")

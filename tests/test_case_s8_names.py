"""Case-less notes (session 8): people named SURNAME first in lower case, a surname alone in
brackets, and two people joined by "and" where one forename is also an everyday word."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons
from _case_helpers import view as _view


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("s&s 2140 hughes callum 17 aka cal, grounds smell of cannabis. nfa", "hughes callum"),
        ("stopped okonjo david 22 on the precinct, gave a false address at first", "okonjo david"),
        ("arrested 0130 docherty ashleigh 19 for s47 at the taxi rank, taken to custody", "docherty ashleigh"),
        ("custody: mcgrath liam (dob 01/02/2001) bailed to return, no conditions", "mcgrath liam"),
        ("anpr hits overnight: porth 0120 (evans, rhys), longton 0205 no keeper details", "evans, rhys"),
        ("h2h done. bell not seen. robson kayleigh not traced. cad closed", "robson kayleigh"),
        ("warrant executed 0600. docherty liam was present, arrested and conveyed", "docherty liam"),
        ("ackroyd jack - believed the one from the spiking. lives in the flats by the dock", "ackroyd jack"),
        ("nominals seen:\nokafor grace (mum) - present at the address", "okafor grace"),
    ],
)
def test_a_surname_written_first_in_lower_case_is_part_of_the_name(ex, text: str, name: str) -> None:
    view = _view(text)
    surname = name.split()[0].rstrip(",")
    at = text.index(surname)
    assert view[at : at + len(surname)].isupper()
    assert name in _persons(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "stopped young kyle 16 on his bike outside the shop, words of advice",
        "spoke to the brother kyle 16 and his mum at the door",
        "kids playing out late, lad kyle 14 said they were going home",
        "seen at the park with his mate callum 17, both sent home",
        "court tomorrow. bell kayleigh later re the bail conditions",
    ],
)
def test_a_describing_word_role_or_kin_before_a_forename_and_age_is_no_surname(text: str) -> None:
    view = _view(text)
    for word in ("young", "brother", "lad", "mate", "bell"):
        if f" {word} " in text:
            at = text.index(f" {word} ") + 1
            assert not view[at : at + len(word)].isupper()


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("arben (krasniqi) seen there most days, cars coming and going", "krasniqi"),
        ("seen with tomasz (wisniewski) near the flats again", "wisniewski"),
        ("kyle (nowak) and his brother seen on the bikes again", "nowak"),
    ],
)
def test_a_surname_alone_in_brackets_after_a_name_or_role_is_a_person(ex, text: str, surname: str) -> None:
    view = _view(text)
    at = text.index(surname)
    assert view[at : at + len(surname)].isupper()
    assert surname in _persons(ex, text)


@pytest.mark.parametrize("text", ["kyle (drunk) and his brother spoken to", "seen at the park (leeds) with friends"])
def test_an_everyday_word_or_place_in_brackets_after_a_name_is_no_surname(text: str) -> None:
    view = _view(text)
    inside = text[text.index("(") + 1 : text.index(")")]
    assert not view[text.index(inside) : text.index(inside) + len(inside)].isupper()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("dispersal order served on mason and liam near the shops on union rd", ["mason", "liam"]),
        ("jade and tyler seen at the bus station again after the fight", ["jade", "tyler"]),
        ("shannon and blessing both missing from care, last seen in town", ["shannon", "blessing"]),
        ("tyrone and dean, both 15, stopped on bikes with no lights", ["tyrone", "dean"]),
    ],
)
def test_an_everyday_forename_beside_a_read_forename_is_a_person(ex, text: str, names: list[str]) -> None:
    found = _persons(ex, text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("i hope and pray kyle is ok, his mum is worried", "hope"),
        ("his mason and kyle were at the door", "mason"),
        ("kyle and hope to be there by 10", "hope"),
    ],
)
def test_an_everyday_word_beside_a_forename_stays_a_word(ex, text: str, word: str) -> None:
    assert word not in _persons(ex, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("gps recovery: macleod iain (drumnadrochit) - his unit serial matched", "drumnadrochit"),
        ("associated zhang wei (chinatown) used the account", "chinatown"),
        ("referred to the hospital youth worker (redthread) for support", "redthread"),
    ],
)
def test_a_bracketed_word_after_a_full_name_or_role_is_no_surname(text: str, word: str) -> None:
    view = _view(text)
    at = text.index(word)
    assert not view[at : at + len(word)].isupper()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("occupier arrested, megan stokes 17 - safeguarded and taken home", "megan stokes"),
        ("caller mrs doreen fielding (neighbour) says the noise is back again", "doreen fielding"),
        ("not to contact lee stockwell dob 02/03/1990. previous address on file", "lee stockwell"),
        ("the lad was with ashley brooks 19, both arrested for the damage", "ashley brooks"),
    ],
)
def test_an_english_word_after_a_forename_is_its_surname_before_an_age_dob_or_role(ex, text: str, name: str) -> None:
    view = _view(text)
    surname = name.split()[1]
    at = text.index(name) + len(name) - len(surname)
    assert view[at : at + len(surname)].isupper()
    assert name in _persons(ex, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("spoke to kyle aged 16 at the address, mum present", "aged"),
        ("seen tyler walking 17 mins ago towards the park", "walking"),
        ("stopped kyle, 16 of them in the park, dispersal served", "of"),
        ("jade drunk (17) and abusive to staff at the door", "drunk"),
        ("spoke to kyle later (mum) about the damage", "later"),
    ],
)
def test_a_word_after_a_forename_before_a_number_is_no_surname_unless_it_closes_a_name(text: str, word: str) -> None:
    view = _view(text)
    at = text.index(f" {word}") + 1
    assert not view[at : at + len(word)].isupper()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("says he works for owain morgan jones at the scaffolding firm, cash in hand", "owain morgan jones"),
        ("the scammer used the name aled morgan jones and the money went to a girl", "aled morgan jones"),
        ("victim paid rhys thomas davies 400 up front for the roof", "rhys thomas davies"),
    ],
)
def test_a_frequent_surname_after_a_forename_and_a_middle_name_closes_the_name(ex, text: str, name: str) -> None:
    assert name in _persons(ex, text)

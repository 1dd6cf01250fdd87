"""Session 6 round 2: address forms written by different kinds of author.

Welsh flats and house names after an address label, Scottish tenement positions standing for the
whole flat, and a person's age and a note's verb that are no house number and street.
"""

from __future__ import annotations

import pytest

from scanassist_core.extract._addresses import find_addresses


def _addresses(text: str) -> set[str]:
    return {f.text for f in find_addresses(text) if f.type == "ADDRESS"}


# --- Welsh flats and house names ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cyfeiriad / Address: Fflat 2, 14 Heol y Bont, Bala LL23 7AB. Dim ateb.", "Fflat 2, 14 Heol y Bont, Bala LL23 7AB"),
        ("Subject now lives at FFLAT 6, 3 STRYD FAWR, PWLLHELI LL53 5RR with partner.", "FFLAT 6, 3 STRYD FAWR, PWLLHELI LL53 5RR"),
        ("Trap house: Flat 2, Y Felin, Ffordd y Môr, Aberaeron SA46 0AB (tenant vulnerable).",
         "Flat 2, Y Felin, Ffordd y Môr, Aberaeron SA46 0AB"),
        ("Fflat 1, Yr Hen Ysgol, Lon Las, Cemaes Bay LL67 0AA - no reply.", "Fflat 1, Yr Hen Ysgol, Lon Las, Cemaes Bay LL67 0AA"),
    ],
)
def test_welsh_flat_and_article(text: str, expected: str) -> None:
    assert expected in _addresses(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Address: Bryn Hyfryd, Mill Lane, Ruthin LL15 1AB", "Bryn Hyfryd, Mill Lane, Ruthin LL15 1AB"),
        ("Home address: Glyn Teg, Station Road, Pwllheli LL53 5AA.", "Glyn Teg, Station Road, Pwllheli LL53 5AA"),
        ("Cyfeiriad / Address: Bryn Eithin, Heol y Parc, Pontyberem, Llanelli SA15 5AB Mae'n byw gyda'i fam.",
         "Bryn Eithin, Heol y Parc, Pontyberem, Llanelli SA15 5AB"),
    ],
)
def test_labelled_house_opening_with_a_forename_word(text: str, expected: str) -> None:
    assert expected in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Address: David Jones, Church Street, Wrexham LL11 1AA",
        "Address: Carys EVANS, Church Street, Wrexham LL11 1AA",
        "Address: Sarah, Mill Lane, Ruthin LL15 1AB",
    ],
)
def test_labelled_person_is_no_house(text: str) -> None:
    name = text.split(": ")[1].split(",")[0]
    assert not any(a.startswith(name) for a in _addresses(text))


# --- Scottish tenement positions ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lorna's flat at 2/R Kelvinhaugh Street searched - nothing found.", "2/R Kelvinhaugh Street"),
        ("Officers attended 3/L Craigpark Drive and spoke to the tenant.", "3/L Craigpark Drive"),
        ("Warrant executed G/L Balgrayhill Road, Springburn.", "G/L Balgrayhill Road"),
    ],
)
def test_tenement_side_position_before_street(text: str, expected: str) -> None:
    assert any(a.startswith(expected) for a in _addresses(text))


def test_day_and_month_before_street_is_no_flat() -> None:
    assert not _addresses("On 2/1 Mill Lane was closed for resurfacing.")


# --- ages and verbs ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NOMINALS: HUSSAIN Imran aka BIGS 17 ARRESTED MANOR ROAD 2215 S18",
        "kelsey marsh 16 stopped station road w cannabis",
        "Kyle MARSH 19 seen Clarence Street 1400hrs with two others.",
        "Dean PRICE 22 Arrested Halifax HX1 on warrant.",
    ],
)
def test_age_then_note_verb_is_no_house_number(text: str) -> None:
    assert not any(any(v in a.lower() for v in ("arrested", "stopped", "seen")) for a in _addresses(text))


def test_ordinary_number_and_street_still_found() -> None:
    assert "17 Arrowsmith Road, Leeds LS9 1AA" in _addresses("Warrant at 17 Arrowsmith Road, Leeds LS9 1AA.")


# --- exchanges ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cash was taken to Crescent Exchange, Stoney Lane, Sparkhill by the runner.",
        "Owner runs Gold Star Exchange, Lodge Road, Winson Green and lives above.",
        "NEEDLE EXCHANGE STAFF AT HARBOUR EXCHANGE, DOCK STREET, PORTHCAWL SAY THE MALE CALLED IN.",
    ],
)
def test_exchange_without_a_flat_is_a_business_not_a_home(text: str) -> None:
    assert not any("Exchange" in a or "EXCHANGE" in a for a in _addresses(text))


def test_flat_in_an_exchange_building_is_an_address() -> None:
    assert "Flat 12, Cotton Exchange, Bixteth Street, Liverpool L3 9AB" in _addresses(
        "Warrant at Flat 12, Cotton Exchange, Bixteth Street, Liverpool L3 9AB - nil found.")


# --- inward postcode keyed apart -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Address 14 Mill Lane, Kirkby L32 8 AB.", "14 Mill Lane, Kirkby L32 8 AB"),
        ("Lives at 3 Park Road, Bootle L20 3 NJ with partner.", "3 Park Road, Bootle L20 3 NJ"),
        ("Home address 27 Crown Street, Wakefield WF1 2 QT", "27 Crown Street, Wakefield WF1 2 QT"),
    ],
)
def test_inward_digit_keyed_apart_from_its_letters(text: str, expected: str) -> None:
    assert expected in _addresses(text)


def test_count_after_a_town_is_no_inward_code() -> None:
    assert not any(a.endswith("times") for a in _addresses("Seen 14 Mill Lane, Kirkby L32 8 times this week."))

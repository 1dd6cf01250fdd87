"""Session 7: land placed by the property it adjoins ("land at rear of 54 ...", "land adjacent to ...")
and an office numbered inside a numbered building ("Office 4, 1 Charter House, ...") open the address."""

from scanassist_core.extract._addresses import find_addresses


def _texts(text: str) -> set[str]:
    return {f.text for f in find_addresses(text)}


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_land_at_a_numbered_or_named_property_is_the_address() -> None:
    assert _longest("Caravans found on land at rear of 22 Mill Lane, Leeds LS6 2AB.") \
        == "land at rear of 22 Mill Lane, Leeds LS6 2AB"
    assert _longest("STORED ON LAND ADJACENT TO 14 CHURCH STREET, ARMAGH BT61 7AA") \
        == "LAND ADJACENT TO 14 CHURCH STREET, ARMAGH BT61 7AA"
    assert _longest("Plant kept on Land to the rear of 3 Station Road, Whittlesey PE7 1AD.") \
        == "Land to the rear of 3 Station Road, Whittlesey PE7 1AD"


def test_land_at_a_named_farm_is_the_farm() -> None:
    # With no position word the land is the farm's own: the address is the farm.
    assert _longest("Quad bikes kept on land at Manor Farm, Fen Road, Holbeach PE12 8QS.") \
        == "Manor Farm, Fen Road, Holbeach PE12 8QS"


def test_land_at_a_former_premises_opens_the_address() -> None:
    assert _longest("CAR WASH OPERATING ON LAND AT FORMER GARAGE, 41 DERBY ROAD, NOTTINGHAM NG7 1AA.") \
        == "LAND AT FORMER GARAGE, 41 DERBY ROAD, NOTTINGHAM NG7 1AA"


def test_a_unit_on_land_at_rear_keeps_both() -> None:
    assert _longest("Yard: Unit 2, land at rear of 140 Dudley Road, Wolverhampton WV2 3DR") \
        == "Unit 2, land at rear of 140 Dudley Road, Wolverhampton WV2 3DR"


def test_rear_of_alone_is_where_not_what() -> None:
    # "rear of" with no land, unit or flat word is a position in the prose; the house is the address.
    assert _longest("Workers sleep in a garage to the rear of 6 Lea Road, WV3 0LN") == "6 Lea Road, WV3 0LN"
    assert not any(t.lower().startswith("land") for t in _texts("He said the land at the back was flooded, 4 Mill Lane next door."))


def test_an_office_before_the_buildings_number_is_part_of_it() -> None:
    assert _longest("Reg. office: Office 4, 1 Charter House, Lord Montgomery Way, Portsmouth PO1 2SN Directors: two") \
        == "Office 4, 1 Charter House, Lord Montgomery Way, Portsmouth PO1 2SN"
    assert _longest("REGISTERED OFFICE: OFFICE 12, 3 MILL LANE, LEEDS LS1 1AA") == "OFFICE 12, 3 MILL LANE, LEEDS LS1 1AA"
    # a label's "office" before the number, or an office with a count, is no unit
    assert _longest("ROOFING LTD reg office 22 Portland Road, Kilmarnock KA1 2BT. Director") \
        == "22 Portland Road, Kilmarnock KA1 2BT"
    assert _texts("Office 2 was empty when officers attended.") == set()

"""Rural addresses that open with a house, farm or croft name and no number, then a village or
street, a town and a postcode - English, Welsh, Scottish and Northern Irish forms - and where such
an address starts when a person, an age or "of" comes before it. Every address is written for
these tests."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def found(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "ADDRESS"]


def test_a_named_house_then_village_town_and_postcode():
    assert found("Quad taken overnight from Hafod Wen, Llanfair Caereinion, Welshpool SY21 0AB. No CCTV.") == [
        "Hafod Wen, Llanfair Caereinion, Welshpool SY21 0AB"]
    assert found("Attended Croft of Balnagowan, Tarland, Aboyne AB34 4AB re sheep worrying.") == [
        "Croft of Balnagowan, Tarland, Aboyne AB34 4AB"]
    assert found("Trailer recovered at Carnmoney View, Tullyrusk Road, Dundrod BT29 4AB by PSNI.") == [
        "Carnmoney View, Tullyrusk Road, Dundrod BT29 4AB"]
    assert found("- Greenbank, Cononley, Keighley BD20 8AB (sheds entered)") == [
        "Greenbank, Cononley, Keighley BD20 8AB"]


def test_a_person_before_the_house_name_is_not_part_of_it():
    assert found("IP: Morag STEWART, Burnside of Dunlappie, Edzell, Brechin DD9 7AB. Saw a van.") == [
        "Burnside of Dunlappie, Edzell, Brechin DD9 7AB"]
    assert found("Owner Mr Gethin Rowlands, Pant Glas, Llanbrynmair SY19 7AB was away.") == [
        "Pant Glas, Llanbrynmair SY19 7AB"]
    assert found("Victim 3: Alison Metcalfe, Hollin Garth, Dent, Sedbergh LA10 5AB - fuel stolen.") == [
        "Hollin Garth, Dent, Sedbergh LA10 5AB"]


def test_an_age_or_of_before_the_house_name_is_not_part_of_it():
    assert found("Caller Margaret HOLT, 84, Beech Howe, Kirkby Lonsdale, Carnforth LA6 2AB, lost £4,000.") == [
        "Beech Howe, Kirkby Lonsdale, Carnforth LA6 2AB"]
    assert found("Ewes belonging to Tom Rigg of Hollin Garth, Askham, Penrith CA10 2AB were worried.") == [
        "Hollin Garth, Askham, Penrith CA10 2AB"]


def test_what_is_no_house_name_before_a_town():
    # A town then a town: no house, the postcode alone.
    assert found("Patrols in Kendal, Sedbergh LA10 5AB tonight.") == ["LA10 5AB"]
    # A person then a town: no house.
    assert found("Spoke to Sarah Jones, Ruthin LL15 1AB about it.") == ["LL15 1AB"]
    # A street with no number is no house: with its town and full postcode it is an address of its
    # own (sets Y and W annotate it so), never one opened by the street as a house name.
    assert found("Seen on Church Lane, Wedmore BS28 4AB at 2am.") == ["Church Lane, Wedmore BS28 4AB"]
    # A business before the town is an organisation.
    assert not any(a.startswith("Penrith Auction") for a in found(
        "Stock sold at Penrith Auction Mart, Penrith CA11 0AB on Tuesday."))


def test_an_age_before_a_dash_is_not_a_house_number_range():
    assert found("Nominals: DUFFY, Conor 19 - 7 Ashgrove Road, Paisley PA2 6AB. Runs the line.") == [
        "7 Ashgrove Road, Paisley PA2 6AB"]
    assert found("Lewis GRANT 22 – 41 Pennine Way, Hemel Hempstead HP2 5AB (girlfriend's)") == [
        "41 Pennine Way, Hemel Hempstead HP2 5AB"]
    # A rising range is the house numbers of a pair of buildings.
    assert found("Shop at 12-14 Market Street, Bury BL9 0AA was entered.") == ["12-14 Market Street, Bury BL9 0AA"]


def test_a_numbered_bay_or_pitch_on_a_named_site():
    assert found("Caravan registered to Sean WARD, Bay 6, Meadowside Park, Holywell CH8 7AB.") == [
        "Bay 6, Meadowside Park, Holywell CH8 7AB"]
    assert found("Tipper seen on Pitch 3, Oakfield Site, Market Drayton TF9 1AB twice.") == [
        "Pitch 3, Oakfield Site, Market Drayton TF9 1AB"]
    # A bay with no site and postcode is a parking space.
    assert found("Parked in bay 14 of the Tesco car park.") == []


def test_a_block_named_like_a_town_before_its_street():
    assert found("Flat on the estate (Tilbury, Moorcroft Road, Leeds LS10 2AB) used by the line.") == [
        "Tilbury, Moorcroft Road, Leeds LS10 2AB"]
    # A town before a town is still no house.
    assert found("Patrols in Kendal, Sedbergh LA10 5AB tonight.") == ["LA10 5AB"]


def test_a_street_word_opening_a_compound_noun_is_no_street():
    assert found("Suspect for 3 fuel drive-offs at Shell garages last month.") == []
    assert found("Shop had 2 walk-ins asking for him.") == []
    # A street followed by a hyphenated town is still a street.
    assert found("Lives at 14 Mill Lane, Stoke-on-Trent ST4 1AB.") == ["14 Mill Lane, Stoke-on-Trent ST4 1AB"]


def test_a_person_of_a_farm_in_a_report_in_capitals():
    assert found("SHEEP WORRIED ON LAND OF JOHN PARRY OF UPPER HALL FARM, LLANDINAM SY17 5AB LAST NIGHT") == [
        "UPPER HALL FARM, LLANDINAM SY17 5AB"]

"""Addresses whose premises come before the house number - a suite or floor of an office, a
flat range, a block and a hall of residence, a PO box, a Welsh house name - Welsh street names
with a capitalised article, and a flat after a person's age. Every address is written for these
tests."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def found(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "ADDRESS"]


def test_a_welsh_street_with_a_capitalised_article_is_read_whole():
    assert found("Complainant of 9 Heol Pen Y Bryn, Tonteg, Pontypridd CF38 1AB reports damage.") == [
        "9 Heol Pen Y Bryn, Tonteg, Pontypridd CF38 1AB"]
    assert found("Vehicle parked outside 31 Maes Yr Haf, Llansamlet SA7 9AB overnight.") == [
        "31 Maes Yr Haf, Llansamlet SA7 9AB"]
    assert found("HOME: 4 LON Y CAPEL, BETHESDA, BANGOR LL57 3AB") == ["4 LON Y CAPEL, BETHESDA, BANGOR LL57 3AB"]


def test_a_flat_after_an_age_keeps_its_flat():
    assert found("IP: Claire DAWSON, 34, Flat 6, 21 Mannamead Parade, Plymouth PL3 4AB. Injured.") == [
        "Flat 6, 21 Mannamead Parade, Plymouth PL3 4AB"]
    assert found("Suspect Dean HOLLIS, 41, Apartment 3, 7 Kirkgate Mount, Otley LS21 3AB - arrested.") == [
        "Apartment 3, 7 Kirkgate Mount, Otley LS21 3AB"]
    assert found("Victim Jane Ford, 22, Flat 1, 4 Hoe Rise, Plymouth PL1 2AB") == ["Flat 1, 4 Hoe Rise, Plymouth PL1 2AB"]


def test_a_range_of_flats_in_one_building():
    assert found("Six claimants give addresses at Flats 1-6, 48 Station Road, Kettering NN15 7AB.") == [
        "Flats 1-6, 48 Station Road, Kettering NN15 7AB"]
    assert found("Tenancies for Flat 2-4, 9 Mill Street, Derby DE1 1AB were signed by the same agent.") == [
        "Flat 2-4, 9 Mill Street, Derby DE1 1AB"]


def test_a_suite_and_floor_of_an_office_before_the_street():
    assert found("Registered office: Suite 4, 2nd Floor, 18 Deansgate, Manchester M3 1AB. Directors:") == [
        "Suite 4, 2nd Floor, 18 Deansgate, Manchester M3 1AB"]
    assert found("RO moved to Unit 7, First Floor, 22 Harbour Road, Poole BH15 1AB in March.") == [
        "Unit 7, First Floor, 22 Harbour Road, Poole BH15 1AB"]
    assert found("Trading address: Suite 9, 3rd Floor, Lancaster House, Mosley Street, Newcastle NE1 1AB") == [
        "Suite 9, 3rd Floor, Lancaster House, Mosley Street, Newcastle NE1 1AB"]
    assert found("Correspondence to 4th Floor, Albion House, 12 Queen Street, Leeds LS1 2AB please.") == [
        "4th Floor, Albion House, 12 Queen Street, Leeds LS1 2AB"]


def test_a_flat_in_a_block_of_a_named_site():
    assert found("Student lives at Flat 3, Block D, Forest Court Halls, Nottingham NG7 2AB during term.") == [
        "Flat 3, Block D, Forest Court Halls, Nottingham NG7 2AB"]
    assert found("Room 14, Block 2, Kingfisher Village, Exeter EX4 4AB was searched.") == [
        "Room 14, Block 2, Kingfisher Village, Exeter EX4 4AB"]


def test_a_po_box_is_an_address():
    assert found("Company B registered to PO Box 7710, Swansea SA1 1AB with no trading premises.") == [
        "PO Box 7710, Swansea SA1 1AB"]
    assert found("letters returned from P.O. Box 212, Truro TR1 2AB") == ["P.O. Box 212, Truro TR1 2AB"]
    assert found("Correspondence address PO BOX 33, GLASGOW G2 1AB.") == ["PO BOX 33, GLASGOW G2 1AB"]


def test_a_welsh_house_name_before_the_number():
    assert found("Home address per credit file: Tŷ Mawr, 7 Heol Las, Ammanford SA18 2AB.") == [
        "Tŷ Mawr, 7 Heol Las, Ammanford SA18 2AB"]
    assert found("Landlord lives at Plas Newydd, 3 Church Street, Llangollen LL20 8AB.") == [
        "Plas Newydd, 3 Church Street, Llangollen LL20 8AB"]


def test_a_money_business_before_its_address_is_not_part_of_it():
    assert found("MLRO at Star Currency Exchange, 41 Green Street, London E7 8AB reports structuring.") == [
        "41 Green Street, London E7 8AB"]
    assert found("Rapid Money Centre, 12 Soho Road, Birmingham B21 9AB filed two SARs.") == [
        "12 Soho Road, Birmingham B21 9AB"]


def test_a_unit_on_an_industrial_estate_before_a_town():
    assert found("Vans kept at Unit 9, Westfield Ind Est, Hereford overnight.") == ["Unit 9, Westfield Ind Est, Hereford"]
    assert found("Business premises = Unit 14, Moss Lane Industrial Estate, Wigan") == [
        "Unit 14, Moss Lane Industrial Estate, Wigan"]
    assert found("Unit 2, Harbour Business Park, Falmouth - cannabis grow found.") == [
        "Unit 2, Harbour Business Park, Falmouth"]


def test_a_house_name_after_a_persons_age():
    assert found("Victim: Doreen WALSH (81), Fairhaven, 12 Marine Parade, Whitby YO21 3AB. Scam call.") == [
        "Fairhaven, 12 Marine Parade, Whitby YO21 3AB"]
    assert found("2. Harold BIRCH, 79, Glenmore, 6 Beech Avenue, Ilkley LS29 9AB") == [
        "Glenmore, 6 Beech Avenue, Ilkley LS29 9AB"]
    assert found("Nominal: Piotr NOWAK (34), Polish, 4 Mill Road, Boston PE21 8AB") == ["4 Mill Road, Boston PE21 8AB"]
    assert found("Witness Amy COLE, 29, Teacher, 8 Park Lane, Kendal LA9 4AB") == ["8 Park Lane, Kendal LA9 4AB"]

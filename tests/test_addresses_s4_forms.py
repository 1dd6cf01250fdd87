"""Address forms beyond the first sets: where the span starts when a business or prose stands
before the house number, house names before the number, numbered blocks, London districts,
fixed-width postcodes, and descriptions that only look like addresses. Examples are written for
these tests (fictional addresses)."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def addrs(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "ADDRESS"]


def test_a_business_before_the_number_is_not_part_of_the_address():
    text = "Kamal AZIZ owns Star Kebab House, 22 Marsh Road, Luton LU3 2QB, and a lock-up nearby."
    assert addrs(text) == ["22 Marsh Road, Luton LU3 2QB"]
    assert addrs(text.upper()) == ["22 MARSH ROAD, LUTON LU3 2QB"]
    # A block of flats by name is part of it.
    assert addrs("Address: Flat 2, Beech House, Wood Lane, Stoke-on-Trent ST4 2AB") == [
        "Flat 2, Beech House, Wood Lane, Stoke-on-Trent ST4 2AB"]


def test_prose_before_the_number_in_a_case_less_note():
    text = "informant says he keeps the gear at his sister nadia's house, 17 ferncliffe grove, bradford bd3 7qa, most nights"
    assert addrs(text) == ["17 ferncliffe grove, bradford bd3 7qa"]
    text = "APARTMENT 1204, THE FOUNDRY, 113 CANAL STREET, BIRMINGHAM B1 1RQ IS THE LAST KNOWN ADDRESS FOR HIM NOW."
    assert addrs(text) == ["APARTMENT 1204, THE FOUNDRY, 113 CANAL STREET, BIRMINGHAM B1 1RQ"]


def test_house_named_in_the_plural_before_the_number_after_an_address_label():
    assert addrs("HOME: THE LAURELS, 4 STAFFORD ROAD, STONE ST15 8AB  EMAIL: none") == [
        "THE LAURELS, 4 STAFFORD ROAD, STONE ST15 8AB"]
    assert addrs("She lives at The Willows, 2 Mill Lane, Ely.") == ["The Willows, 2 Mill Lane, Ely"]
    # Without a label the name may be a pub: the address starts at the number.
    assert addrs("Drinking at The Bells, 4 High Street, Ely.") == ["4 High Street, Ely"]


def test_a_numbered_flat_in_a_named_block():
    assert addrs("Joint visit 11 Larchmere House - mother spoken to alone.") == ["11 Larchmere House"]
    assert addrs("Seen leaving 4 Kelham Towers, Sheffield S3 8AA at 0200.") == ["4 Kelham Towers, Sheffield S3 8AA"]
    assert addrs("They want a 2 Bedroom House near the school.") == []
    assert addrs("PC 1234 Station House was on duty.") == []


def test_descriptions_are_not_addresses():
    assert addrs("There were 14 adults living in a 3 bed terrace. The person who let us in said nothing.") == []
    assert addrs("victim jim hartley, 66, retired engineer, harrogate. saw an advert on facebook and rang them.") == []


def test_london_district_and_fixed_width_postcodes():
    assert addrs("will take statement at home 60 sebert rd e7") == ["60 sebert rd e7"]
    assert addrs("Visited 60 Sebert Road, E7.") == ["60 Sebert Road, E7"]
    text = "Tel :  01632  960  551 Addr :  27  Grand  Avenue ,  Ely ,  Cardiff  CF5  4BL Suspect :  EVANS"
    assert addrs(text) == ["27  Grand  Avenue ,  Ely ,  Cardiff  CF5  4BL"]


def test_a_building_word_inside_a_street_name_in_capitals():
    text = "SHE SAYS HE KEEPS A FIREARM IN THE LOFT AT 6 HATFIELD HOUSE LANE. SHE WILL NOT GIVE A STATEMENT."
    assert addrs(text) == ["6 HATFIELD HOUSE LANE"]


def test_office_floors_and_pairs_of_house_numbers():
    assert addrs("Registered office: 3rd Floor, 86-90 Paul Street, London EC2A 4NE.") == [
        "3rd Floor, 86-90 Paul Street, London EC2A 4NE"]
    assert addrs("Both 14 & 16 Orchard Close, Hereford were searched at 0600.") == ["14 & 16 Orchard Close, Hereford"]
    assert addrs("Premises at 14a–16 Station Road, Ilkeston DE7 5LD.") == ["14a–16 Station Road, Ilkeston DE7 5LD"]
    assert addrs("On the 3rd floor 2 men were arrested.") == []


def test_an_unknown_town_before_the_prose_goes_on():
    assert addrs("She stays at 2 Chapel Street, Hyde most weekends.") == ["2 Chapel Street, Hyde"]
    assert addrs("Seen at 4 Mill Lane, Bredbury this morning with two males.") == ["4 Mill Lane, Bredbury"]
    # A forename after the street is the next person, not a town.
    assert addrs("He sells from 2 Chapel Street, Kevin most days.") == ["2 Chapel Street"]


def test_a_house_name_after_an_address_label_and_closing_words_of_a_street():
    assert addrs("Address: Hillside, Mill Lane, Alveley, Bridgnorth WV15 6AA") == [
        "Hillside, Mill Lane, Alveley, Bridgnorth WV15 6AA"]
    assert addrs("Lives at Hillside, Mill Lane, Alveley with his dad.") == ["Hillside, Mill Lane, Alveley"]
    assert addrs("Address: Previous, Mill Lane, Dudley") == []
    assert addrs("Address: Flat 2, The Old School, School Lane, Ely CB6 1AA") == [
        "Flat 2, The Old School, School Lane, Ely CB6 1AA"]
    assert addrs("Address: 8 High Street West, Sunderland SR1 1AA") == ["8 High Street West, Sunderland SR1 1AA"]
    assert addrs("Seen at 8 High Street West Bromwich at noon.") == ["8 High Street West Bromwich"]


def test_a_form_read_back_by_ocr():
    text = "DOB :  1 3 / 0 6 / 1 9 9 9 Address :  1 1 2  Alfreton  Road ,  Nottingham  NG7  3 N S Concern :  none"
    (a,) = [f for f in find_identifiers(text) if f.type == "ADDRESS"]
    assert a.text == "1 1 2  Alfreton  Road ,  Nottingham  NG7  3 N S"
    assert a.attrs["number"] == "112" and a.attrs["postcode"] == "NG7 3NS"
    # A spaced-out postcode on its own is not trusted.
    assert addrs("Items bagged: NG7 3 N S and two phones.") == []


def test_an_age_after_a_name_is_not_a_house_number():
    assert addrs("Account lie_mae_xx (Ellie-Mae GRAHAM, 15, Twinbrook, Belfast) sent images.") == []


def test_a_house_or_unit_by_name_with_its_town_and_postcode():
    assert addrs("Quad thefts. Search at Hollin Garth, Kirkby Stephen CA17 4HQ (home of the suspect).") == [
        "Hollin Garth, Kirkby Stephen CA17 4HQ"]
    assert addrs("Business address Unit 12, Orwell Europark, Ipswich IP3 9SJ. Email on file.") == [
        "Unit 12, Orwell Europark, Ipswich IP3 9SJ"]
    # A known district before the town is a place, not a house name.
    assert addrs("Seen at Heath Town, Wolverhampton WV10 0AA with two males.") == ["WV10 0AA"]


def test_a_business_before_the_town_is_not_a_house_name():
    assert addrs("Search at Riverside Motors, Dudley DY1 1AA found nothing.") == ["DY1 1AA"]
    assert addrs("Search at Tesco Extra, Dudley DY1 1AA found nothing.") == ["DY1 1AA"]

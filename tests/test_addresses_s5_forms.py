"""Address forms met in records exports, scanned forms, financial and licensing intelligence and
hasty notes: dot-leader labels, a house named before its number after a person's age, a unit
"rear of" or "above" a numbered building, streets spaced out by OCR, dates and counts that look
like house numbers, and long runs of localities. Every address is written for these tests."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def found(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "ADDRESS"]


def test_a_house_name_after_a_dot_leader_label():
    text = "NAME.............HOLT DARREN\nADDRESS..........ASHGROVE, 27 QUEENS ROAD, WALSALL WS1 2AB\n"
    assert found(text) == ["ASHGROVE, 27 QUEENS ROAD, WALSALL WS1 2AB"]
    assert found("Address.....Hillcrest, 12 Hill Road, Leek ST13 5AB") == ["Hillcrest, 12 Hill Road, Leek ST13 5AB"]
    assert found("Home addr ..... The Laurels, 4 Park Avenue, Stafford ST16 1AB") == [
        "The Laurels, 4 Park Avenue, Stafford ST16 1AB"]
    # A label's dots before a plain number-first address change nothing.
    assert found("ADDRESS.......14 MILL LANE, DUDLEY DY1 1AA") == ["14 MILL LANE, DUDLEY DY1 1AA"]


def test_a_house_named_in_the_plural_after_a_persons_age_and_of():
    assert found("Victim Doris KEMBLE (89) of The Willows, 3 Unthank Road, Norwich NR2 2PA paid £900.") == [
        "The Willows, 3 Unthank Road, Norwich NR2 2PA"]
    assert found("Mr Alan BRIGHT, 71, of The Maltings, 2 Mill Lane, Ely CB7 4AB reported the caller.") == [
        "The Maltings, 2 Mill Lane, Ely CB7 4AB"]
    assert found("Karen WEST (DOB 02/05/1961) of The Beeches, 4 Park Avenue, Stafford ST16 1AB") == [
        "The Beeches, 4 Park Avenue, Stafford ST16 1AB"]
    # A licensee or manager "of" a pub is at the premises: the address starts at the number.
    assert found("Licensee of The Bells, 4 High Street, Ely CB7 4AB was spoken to.") == ["4 High Street, Ely CB7 4AB"]


def test_a_unit_or_flat_rear_of_or_above_a_numbered_building():
    assert found("Vans seen at the garage, Unit 2, rear of 140 Dudley Road, Wolverhampton WV2 3DR. Owner") == [
        "Unit 2, rear of 140 Dudley Road, Wolverhampton WV2 3DR"]
    assert found("She rents Flat 1, above 22 Market Street, Bury BL9 0AA from him.") == [
        "Flat 1, above 22 Market Street, Bury BL9 0AA"]
    assert found("lives unit 3 r/o 45 station road, leeds ls12 1ab with partner") == [
        "unit 3 r/o 45 station road, leeds ls12 1ab"]
    # A business before "rear of" is not part of the address.
    assert found("Sparkle Car Wash, rear of 211 Leek Road, Stoke-on-Trent ST4 2BX") == [
        "211 Leek Road, Stoke-on-Trent ST4 2BX"]


def test_a_street_without_a_designator_spaced_out_by_ocr():
    assert found("Address :  26  Audley  Range ,\nBlackburn   BB1  1TF\nReferrer :  school") == [
        "26  Audley  Range ,\nBlackburn   BB1  1TF"]
    assert found("Home :   14  Kirk  Gate ,  Otley   LS21  3AB") == ["14  Kirk  Gate ,  Otley   LS21  3AB"]
    assert found("Addr :  7  Bryn  Hyfryd ,  Bangor   LL57  2AB") == ["7  Bryn  Hyfryd ,  Bangor   LL57  2AB"]


def test_a_date_before_a_street_is_no_house_number():
    assert found("Stop 20/08 Commercial Rd, Newport - Ryan (23) with 9 bags.") == []
    assert found("seen on 03/11 Mill Road, Ely by staff") == []
    assert found("Visit 12/09 High Street, Bury: no reply") == []
    # An Edinburgh stair number is still a flat.
    assert found("Lives at 15/3 Leith Walk, Edinburgh EH6 5AA.") == ["15/3 Leith Walk, Edinburgh EH6 5AA"]


def test_a_count_of_items_before_a_colour_is_no_street():
    assert found("item found: 4 bags green herbal. seized. verbal with lad") == []
    assert found("seized 2 wraps green and 1 bag white from his sock") == []
    assert found("3 PACKETS GREEN FOUND IN GLOVEBOX") == []
    # A street whose first word is a plural name is still a street.
    assert found("lives at 4 bishops green, newbury rg14 1ab") == ["4 bishops green, newbury rg14 1ab"]


def test_a_house_name_then_a_street_and_three_localities_before_the_postcode():
    assert found("Address on account The Old Granary, Church Lane, Kirton, Boston, Lincs PE20 1HU.") == [
        "The Old Granary, Church Lane, Kirton, Boston, Lincs PE20 1HU"]
    assert found("Keeper: Holly Barn, Back Lane, Great Ayton, Middlesbrough, Yorks TS9 6AB") == [
        "Holly Barn, Back Lane, Great Ayton, Middlesbrough, Yorks TS9 6AB"]
    assert found("Search at 3 Mill Row, Low Bentham, Lancaster, Lancs LA2 7AB at 0600.") == [
        "3 Mill Row, Low Bentham, Lancaster, Lancs LA2 7AB"]
    # Without a postcode a fourth name is prose, not a locality.
    assert found("Seen at 3 Mill Row, Bentham, Lancaster, Preston, Bolton.") != [
        "3 Mill Row, Bentham, Lancaster, Preston, Bolton"]


def test_an_unknown_town_of_two_words_after_a_street_without_a_designator():
    assert found("Seen at 45 Newgate, Barnard Castle on Tuesday with two males.") == ["45 Newgate, Barnard Castle"]
    assert found("Warrant executed at 17 Bridgegate, Hutton Rudby. Nothing found.") == ["17 Bridgegate, Hutton Rudby"]
    assert found("moved to 8 Fore Bondgate, Bishop Auckland last month") == ["8 Fore Bondgate, Bishop Auckland"]
    # A time and a shop or a person after "at" are no address.
    assert found("Met at 9 Costa, Bob bought the coffees.") == []
    assert found("Arrived at 11 Kelly, Sam and Jo left.") == []


def test_a_town_whose_first_word_is_a_known_town():
    assert found("The Old Forge, Chapel Street, Kirkby Malham BD23 4BN") == [
        "The Old Forge, Chapel Street, Kirkby Malham BD23 4BN"]
    assert found("Lives 14 Mill Lane, Stoke Gifford, Bristol BS34 8AA with partner.") == [
        "14 Mill Lane, Stoke Gifford, Bristol BS34 8AA"]
    assert found("Went back to 3 Mill Lane, Newton Heath, Manchester.") == ["3 Mill Lane, Newton Heath, Manchester"]
    # A person after the town is not part of its name.
    assert found("4 Hill Road, Dudley Kyle SMITH said") == ["4 Hill Road, Dudley"]
    # In capitals any word may follow the town: only a postcode lengthens it there.
    assert found("NEIGHBOURS AT 3F2 14 MARCHMONT CRESCENT, EDINBURGH HEARD SHOUTING.") == [
        "3F2 14 MARCHMONT CRESCENT, EDINBURGH"]


def test_a_house_name_after_a_two_word_address_label_in_capitals():
    assert found("DIRECTOR HOLTCO LTD, HOME ADDRESS FAIRLEA, 6 QUEENS ROAD, EASTLEIGH SO50 5AB. DRIVES A VAN") == [
        "FAIRLEA, 6 QUEENS ROAD, EASTLEIGH SO50 5AB"]
    assert found("bail address hillcrest, 12 hill road, leek st13 5ab - curfew 7pm") == [
        "hillcrest, 12 hill road, leek st13 5ab"]
    assert found("PREVIOUS ADDRESS: BRAMBLES, 3 MOOR LANE, CLITHEROE BB7 1AB") == ["BRAMBLES, 3 MOOR LANE, CLITHEROE BB7 1AB"]


def test_a_full_stop_inside_a_street_only_after_a_street_abbreviation():
    assert found("[21:03] DEANO: 2 LFT. MEET ASDA CAR PARK") == []
    assert found("he had 3 left. Meet at Tesco Car Park") == []
    assert found("got 5 mins. Going to Hill Road now") == []
    assert found("Lives at 88 St. John's Road, Clacton-on-Sea CO15 4AB.") == ["88 St. John's Road, Clacton-on-Sea CO15 4AB"]
    assert found("Unit 2, 12 Gt. Western Street, Manchester M16 0AB") == ["Unit 2, 12 Gt. Western Street, Manchester M16 0AB"]


def test_a_place_shaped_town_after_a_street_in_a_lower_case_note():
    assert found("we went to 9 cedar close, wombourne but there was no answer at the door") == [
        "9 cedar close, wombourne"]
    assert found("he stays at 14 mill lane, kingstone with his nan and goes to school there") == [
        "14 mill lane, kingstone"]
    assert found("intel is that he deals from 3 oak road, blackpool most days and his mate drives") == [
        "3 oak road, blackpool"]
    # An ordinary word after the street is prose, whatever its ending.
    assert found("we went to 9 mill lane, firewood was stacked in the garden and the door open") == ["9 mill lane"]


def test_a_unit_on_a_named_site_straight_after_a_warrant_or_search():
    assert found("Warrant executed at Unit 7 Tame Valley. 400 plants recovered.") == ["Unit 7 Tame Valley"]
    assert found("Search of Unit 12 Heathfield Works, nothing found.") == ["Unit 12 Heathfield Works"]
    assert found("Raid on Unit 9 Canal Wharf, Walsall WS2 8AA at dawn") == ["Unit 9 Canal Wharf, Walsall WS2 8AA"]
    # Without the cue a unit is as often a team; a business there is an ORGANISATION.
    assert found("Unit 4 Response attended the scene.") == []
    assert found("Warrant executed at Unit 3, Riverside Motors. Nothing.") == []

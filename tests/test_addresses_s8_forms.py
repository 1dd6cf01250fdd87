"""Session 8: forms of address in hasty notes and partner reports - a residence verb before a house's
name, a lower-case "the" street in a cased report, a compass word closing a street with no number,
a flat written before a block's name with no comma, and a word of prose in capitals after the town."""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_residence_verb_before_a_house_name_is_not_part_of_it() -> None:
    assert _longest("Arrested, charged. Lives Penhallow, Chapel Hill, St Agnes TR5 0UH. Came from a party.") \
        == "Penhallow, Chapel Hill, St Agnes TR5 0UH"
    assert _longest("Living Rose Cottage, Chapel Hill, Alveley WV15 6AB with her partner.") \
        == "Rose Cottage, Chapel Hill, Alveley WV15 6AB"
    assert _longest("Resides Ivy House, 4 Mill Lane, Leeds LS6 2AB") == "Ivy House, 4 Mill Lane, Leeds LS6 2AB"
    assert _longest("Stays Bryn Awel, Llangefni LL77 7PE when in Wales.") == "Bryn Awel, Llangefni LL77 7PE"
    # a house whose own name opens with a word of that kind keeps it
    assert _longest("Home Farm Cottage, Mill Lane, Alveley WV15 6AB") == "Home Farm Cottage, Mill Lane, Alveley WV15 6AB"


def test_lower_case_the_street_in_a_cased_report_needs_its_town() -> None:
    assert _longest("Complaints about HMO at no 14 the grove, Boston PE21 9EX. 11+ males seen.") \
        == "no 14 the grove, Boston PE21 9EX"
    assert _longest("Dropped off at 3 the crescent, Dudley then left on foot.") == "3 the crescent, Dudley"
    assert _longest("Lives 22 the avenue, Leeds LS6 2AB with mum") == "22 the avenue, Leeds LS6 2AB"
    # text-speak "2" for "to", a time before "the": no town, no address
    assert _longest("Seen going 2 the park with Mason.") == ""
    assert _longest("Saw him at 10 the square was empty") == ""


def test_compass_word_closing_a_street_without_a_number() -> None:
    assert _longest("Compliance visit - Calder Metals, Mill Street East, Dewsbury WF12 9AH with the council.") \
        == "Mill Street East, Dewsbury WF12 9AH"
    assert _longest("Vehicle recovered to Harwood Recovery, Paisley Road West, Glasgow G51 1RU.") \
        == "Paisley Road West, Glasgow G51 1RU"
    assert _longest("Premises: A1 Tyres, High Street North, Dunstable LU6 1JZ") == "High Street North, Dunstable LU6 1JZ"
    # with no postcode the street is a place, not an address
    assert _longest("Seen on Mill Street East, Dewsbury at 2200") == ""


def test_flat_number_before_a_named_block_without_comma() -> None:
    assert _longest("spiking report. lives apt 5 Clarence Dock, Leeds LS10 1PZ. insta handle known") \
        == "apt 5 Clarence Dock, Leeds LS10 1PZ"
    assert _longest("Subject rents Room 3 Hillcrest, Mill Lane, Alveley WV15 6AB from the landlord.") \
        == "Room 3 Hillcrest, Mill Lane, Alveley WV15 6AB"
    assert _longest("Flat 2 Ivy House, Mill Lane, Leeds LS6 2AB") == "Flat 2 Ivy House, Mill Lane, Leeds LS6 2AB"
    flat = [f for f in find_addresses("lives apt 5 Clarence Dock, Leeds LS10 1PZ.") if f.text.startswith("apt")]
    assert flat and flat[0].attrs["flat"] == "flat 5"


def test_prose_word_in_capitals_after_the_town() -> None:
    assert _longest("Missing overnight, found at 14 Dawley Road, Wellington AGAIN. Not at school.") \
        == "14 Dawley Road, Wellington"
    assert _longest("Seen at 12 Mill Lane, Brinsworth TODAY with two males") == "12 Mill Lane, Brinsworth"
    assert _longest("Stopped outside 4 Kirk Wynd, Kirkcaldy AND WAS abusive to staff") == "4 Kirk Wynd, Kirkcaldy"
    # a SURNAME in capitals after an unknown word is the next person, not the town
    assert _longest("Visit 14 Mill Lane, Wellington JONES present") == "14 Mill Lane"


def test_house_known_by_name_in_a_case_less_note() -> None:
    # hasty lower-case notes and reports in capitals name rural houses as mixed-case ones do
    assert _longest("quad stolen from hafod wen, llanfair caereinion, welshpool sy21 0ab overnight") \
        == "hafod wen, llanfair caereinion, welshpool sy21 0ab"
    assert _longest("WITNESS GWEN PARRY (HAFOD WEN, LLANFAIR CAEREINION, WELSHPOOL SY21 0AB) WILLING") \
        == "HAFOD WEN, LLANFAIR CAEREINION, WELSHPOOL SY21 0AB"
    # what the prose puts before the house is left out: a person "of" it, a status, a description
    assert _longest("ip john cartwright of low garth, askham, penrith ca10 2ab. same mo") == "low garth, askham, penrith ca10 2ab"
    assert _longest("report by jean holt (71), retired, holly cottage, main street, slaidburn, clitheroe bb7 3es") \
        == "holly cottage, main street, slaidburn, clitheroe bb7 3es"
    assert _longest("quads found at an empty smallholding cae mawr, rhydymain, dolgellau ll40 2as after a tip") \
        == "cae mawr, rhydymain, dolgellau ll40 2as"
    assert _longest("LIAISON: FARMER DAFYDD EVANS, TY MAWR FARM, LLANYBYDDER SA40 9RE") == "TY MAWR FARM, LLANYBYDDER SA40 9RE"
    assert _longest("digger found at yard of morgan rhys, ty gwyn, heol y felin, pontypool np4 6lt") \
        == "ty gwyn, heol y felin, pontypool np4 6lt"
    assert _longest("arrested at home address the old forge, low lane, nunthorpe, middlesbrough ts7 0pa") \
        == "the old forge, low lane, nunthorpe, middlesbrough ts7 0pa"
    assert _longest("ARRESTED, CHARGED. LIVES PENHALLOW, CHAPEL HILL, ST AGNES TR5 0UH. CAME FROM A PARTY") \
        == "PENHALLOW, CHAPEL HILL, ST AGNES TR5 0UH"
    assert _longest("COMPANY SEARCH: REGISTERED OFFICE INCE BAR FARM, WARRINGTON ROAD, WIGAN WN3 4NQ. DIRECTOR") \
        == "INCE BAR FARM, WARRINGTON ROAD, WIGAN WN3 4NQ"


def test_case_less_prose_is_no_address() -> None:
    assert _longest("MIRELA ARRIVED AND WAS ABUSIVE. 3 FUEL DRIVE-OFFS TIC'D.") == ""
    assert _longest("quad (honda) recovered kidderminster travellers site, oak tree park, during search") == ""


def test_verb_after_the_town_carries_the_prose_on() -> None:
    assert _longest("Quinn called at her house 7 Chestnut Grove, Annagh demanding £2,000 owed by her son.") \
        == "7 Chestnut Grove, Annagh"
    assert _longest("Youths seen outside 14 Kirk Wynd, Kirkcaldy shouting at staff") == "14 Kirk Wynd, Kirkcaldy"
    assert _longest("Seen at 14 Mill Lane, Kyle shouting") == "14 Mill Lane"  # a forename is the next person


def test_approved_premises_is_part_of_the_address() -> None:
    assert _longest("TELFORD released on licence to Approved Premises, 4 Ashbrooke Terrace, Sunderland SR2 7LF.") \
        == "Approved Premises, 4 Ashbrooke Terrace, Sunderland SR2 7LF"
    assert _longest("RELEASED TO APPROVED PREMISES, 12 MILL LANE, LEEDS LS6 2AB ON LICENCE") \
        == "APPROVED PREMISES, 12 MILL LANE, LEEDS LS6 2AB"
    # other premises before a number are what the place is, not its name
    assert _longest("Visit to Licensed Premises, 12 High Street, Dudley DY1 1AA") == "12 High Street, Dudley DY1 1AA"


def test_named_house_with_postcode_and_no_town() -> None:
    assert _longest("Door to door: Rose Cottage, TR5 0UH - no answer") == "Rose Cottage, TR5 0UH"
    assert _longest("- Ivy House, LS6 2AB: occupant saw nothing") == "Ivy House, LS6 2AB"


def test_farm_or_cottage_before_a_village_shaped_name() -> None:
    assert _longest("Farm 2: Glebe Farm, Frampton (no postcode on log)") == "Glebe Farm, Frampton"
    assert _longest("Phone registered to his mother at Tyddyn Isaf, Llanberis.") == "Tyddyn Isaf, Llanberis"
    assert _longest("Quad taken from Rose Cottage, Milton during the night") == "Rose Cottage, Milton"
    # a forename or a surname after the farm is the next person
    assert _longest("Stolen from Manor Farm, Ashley yesterday") == ""


def test_flat_at_a_named_block() -> None:
    assert _longest("Assets: Range Rover (private plate), flat at Kingfisher Court, Leicester. Restraint order") \
        == "Kingfisher Court, Leicester"
    assert _longest("She has a flat in Lowther House, Blackpool FY1 4AB and a car") == "Lowther House, Blackpool FY1 4AB"
    assert _longest("FLAT AT KINGFISHER COURT, LEICESTER. RESTRAINT SOUGHT") == "KINGFISHER COURT, LEICESTER"
    # a court of law is no block of flats
    assert _longest("Case listed; he wants a flat at Magistrates Court, Leicester") == ""


def test_unit_on_a_named_site_without_comma() -> None:
    assert _longest("Unit 9 Westfield Ind Est, Hereford HR4 9NS") == "Unit 9 Westfield Ind Est, Hereford HR4 9NS"
    assert _longest("Trading from Unit 4B Sandy Lane Business Park, Coventry CV1 4DX.") \
        == "Unit 4B Sandy Lane Business Park, Coventry CV1 4DX"
    assert _longest("Unit 4 officers attended, Leeds LS1 1AA") == "LS1 1AA"
    assert _longest("parked in Bay 3 Tesco Extra, Leeds LS1 1AA") == "LS1 1AA"


def test_hasty_note_tails() -> None:
    # a London district, then a spaced dash carrying the note on
    assert _longest("warrant at 41a harrow rd w9 - 2 arrested") == "41a harrow rd w9"
    assert _longest("Warrant 60 Sebert Rd E7 - no reply") == "60 Sebert Rd E7"
    # a contraction written without its apostrophe is no town
    assert _longest("she lives 8 kings rd, didnt answer") == "8 kings rd"
    assert _longest("Lives 8 Kings Rd, Didnt answer the door") == "8 Kings Rd"
    assert _longest("lives 8 kings rd, chapel end") == "8 kings rd, chapel end"


def test_unit_after_a_warrant_in_a_case_less_note() -> None:
    assert _longest("WARRANT EXECUTED UNIT 4 OAKLEY HAY. 612 PLANTS OVER 3 ROOMS.") == "UNIT 4 OAKLEY HAY"
    assert _longest("warrant executed unit 12 heathfield works. nothing found") == "unit 12 heathfield works"
    # what follows the unit in the prose is no site's name
    assert _longest("search of unit 4 officers attended.") == ""
    assert _longest("searched unit 5 today.") == ""
    assert _longest("search of unit 4 present.") == ""


def test_form_lines_and_nominal_lists() -> None:
    # a form puts the flat, the block, the street and the town on lines of their own
    assert _longest("Home address - Flat 6\nLowther House\n12 Clifton Drive\nBlackpool FY1 2AB") \
        == "Flat 6\nLowther House\n12 Clifton Drive\nBlackpool FY1 2AB"
    assert _longest("ADDRESS\nRose Cottage\n4 Mill Lane\nAlveley WV15 6AB") == "Rose Cottage\n4 Mill Lane\nAlveley WV15 6AB"
    assert _longest("Notes on Brindley Court\n14 males seen") == ""
    # NAME, AGE - ADDRESS: the spaced "range" after a name's comma is the age, then the house number
    assert _longest("Nominal: BROWN Leon, 19 - 44 Elm Road, Luton LU2 0AB") == "44 Elm Road, Luton LU2 0AB"
    assert _longest("SMITH John, 12-14 Mill Lane, Leeds") == "12-14 Mill Lane, Leeds"


def test_flat_named_by_its_side() -> None:
    assert _longest("Warrant at Front Flat, 9 Kings Road, Reading RG1 3AA") == "Front Flat, 9 Kings Road, Reading RG1 3AA"
    assert _longest("spoke to occupant at rear flat, 41 high st, tipton") == "rear flat, 41 high st, tipton"
    assert _longest("in the front flat 3 males were found") == ""
    assert _longest("went back flat 2 weeks ago") == ""

"""How UK addresses are really written in police and partner-agency text: a catalogue of forms,
each with the exact ADDRESS span the annotation guideline asks for (from the flat/house number
or house name through street, town and postcode when contiguous; a full postcode alone; a
street without a number is not an ADDRESS), and the look-alikes that must not become one.
Every example is written for these tests (fictional people and premises)."""

from __future__ import annotations

import pytest

from scanassist_core.extract._identifiers import find_identifiers


def addresses(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "ADDRESS"]


def one(text: str):
    (a,) = [f for f in find_identifiers(text) if f.type == "ADDRESS"]
    return a


# ----------------------------------------------------------------------------- flats, buildings


@pytest.mark.parametrize(
    "text, span",
    [
        ("Stays at Flat 6, Brindley Court, Mill Street, Dudley DY1 2AB most nights.",
         "Flat 6, Brindley Court, Mill Street, Dudley DY1 2AB"),
        ("He lives at Apartment 14 The Wharf, Canal St with his brother.", "Apartment 14 The Wharf, Canal St"),
        ("Room 4, 22 Station Road, Crewe CW1 2AA is a bedsit in an HMO.", "Room 4, 22 Station Road, Crewe CW1 2AA"),
        ("Bedsit 3, 9 Albert Road, Stoke-on-Trent ST4 1AA", "Bedsit 3, 9 Albert Road, Stoke-on-Trent ST4 1AA"),
        ("Block C, Park Hill Flats, Sheffield S2 5AA was visited.", "Block C, Park Hill Flats, Sheffield S2 5AA"),
        ("Trading from Unit 4, Castle Trading Estate, Telford TF1 2AB.", "Unit 4, Castle Trading Estate, Telford TF1 2AB"),
        ("Flat B, 12 Mill Lane, Telford.", "Flat B, 12 Mill Lane, Telford"),
        ("Flat 12B, Mill Court, 4 Mill Lane, Telford.", "Flat 12B, Mill Court, 4 Mill Lane, Telford"),
        # a block of flats by name, no flat number: a house name, anchored by its town
        ("Letters go to Brindley Court, Mill Street, Dudley DY1 2AB now.", "Brindley Court, Mill Street, Dudley DY1 2AB"),
    ],
)
def test_flats_rooms_units_and_named_blocks(text: str, span: str) -> None:
    assert addresses(text) == [span]


def test_unit_number_is_not_a_house_number() -> None:
    a = one("Trading from Unit 4, Castle Trading Estate, Telford TF1 2AB.")
    assert a.attrs["flat"] == "unit 4" and a.attrs["number"] == ""


def test_a_named_block_or_estate_without_a_town_stays_a_place() -> None:
    assert addresses("Seen leaving Brindley Court, Mill Street at 2200.") == []
    assert addresses("Youths gather on Castle Estate, Mill Lane near the shops.") == []


# ---------------------------------------------------------------------- Scottish tenement forms


@pytest.mark.parametrize(
    "text, span, flat",
    [
        ("Flat 2/1, 45 Dumbarton Road, Glasgow G11 6PA is the flat.", "Flat 2/1, 45 Dumbarton Road, Glasgow G11 6PA", "flat 2/1"),
        ("He lives at 3F2 12 Leith Walk, Edinburgh EH6 5AA.", "3F2 12 Leith Walk, Edinburgh EH6 5AA", "flat 3f2"),
        ("Address 0/2, 18 Govan Road, Glasgow G51 1HS.", "0/2, 18 Govan Road, Glasgow G51 1HS", "flat 0/2"),
        ("Lives at Flat 0/1 45 Dumbarton Road, Glasgow.", "Flat 0/1 45 Dumbarton Road, Glasgow", "flat 0/1"),
    ],
)
def test_tenement_positions_with_and_without_the_word_flat(text: str, span: str, flat: str) -> None:
    a = one(text)
    assert (a.text, a.attrs["flat"]) == (span, flat)


def test_edinburgh_stair_number_needs_a_town_because_it_looks_like_a_date() -> None:
    assert addresses("Lives at 15/3 Leith Walk, Edinburgh.") == ["15/3 Leith Walk, Edinburgh"]
    assert addresses("On 15/3 Leith Walk was closed for a march.") == []


# ------------------------------------------------------------------------- house numbers as written


@pytest.mark.parametrize(
    "text, span, number",
    [
        ("Premises at 12-14 High Street, Wellington TF1 1JU.", "12-14 High Street, Wellington TF1 1JU", "12-14"),
        ("Lives at 12a Park Road, Wrexham LL11 2AA.", "12a Park Road, Wrexham LL11 2AA", "12a"),
        ("Lives at 12 A Park Road, Wrexham LL11 2AA.", "12 A Park Road, Wrexham LL11 2AA", "12a"),
        ("Lives at No. 12 Park Road, Wrexham LL11 2AA.", "No. 12 Park Road, Wrexham LL11 2AA", "12"),
        ("Lives at No 7 Victoria Terrace.", "No 7 Victoria Terrace", "7"),
        ("Lives at 28, Oakfield Avenue, Telford.", "28, Oakfield Avenue, Telford", "28"),
    ],
)
def test_number_ranges_letters_and_no(text: str, span: str, number: str) -> None:
    a = one(text)
    assert (a.text, a.attrs["number"]) == (span, number)


# --------------------------------------------------------------------- house names, rural addresses


@pytest.mark.parametrize(
    "text, span",
    [
        ("Lives at Rose Cottage, Mill Lane, Little Dewchurch, Hereford HR2 6PN.",
         "Rose Cottage, Mill Lane, Little Dewchurch, Hereford HR2 6PN"),
        ("Staying at Lower Hill Farm, Clun, Craven Arms SY7 8NB.", "Lower Hill Farm, Clun, Craven Arms SY7 8NB"),
        ("Dogs kept at Upper House Farm, Kington.", "Upper House Farm, Kington"),
        ("Lives at 3 Mill Cottages, Clun.", "3 Mill Cottages, Clun"),
        ("Courier drop at The Old Forge, Ashby Parva, Lutterworth LE17 5HX daily.",
         "The Old Forge, Ashby Parva, Lutterworth LE17 5HX"),
    ],
)
def test_house_names_and_farms(text: str, span: str) -> None:
    assert addresses(text) == [span]


def test_a_named_house_without_postcode_or_known_town_is_not_trusted() -> None:
    assert addresses("Meeting at Ivy House, Grading B2.") == []
    assert addresses("The Old Forge, Lutterworth on Friday.") == []


# ------------------------------------------------------------------------------ street designators


@pytest.mark.parametrize("suffix", ["Rd", "St", "Ave", "Cres", "Gdns", "Ct", "Pl", "Terr", "Cl", "Dr", "Sq", "Pde"])
def test_abbreviated_designators(suffix: str) -> None:
    assert addresses(f"Address: 9 Laurel {suffix}, Telford TF1 1AA.") == [f"9 Laurel {suffix}, Telford TF1 1AA"]


@pytest.mark.parametrize(
    "street",
    ["Church Row", "Canal Walk", "Mill Way", "Oak Rise", "Stable Mews", "Kirk Wynd", "Kirk Vennel", "Beech Close",
     "Oak Grove", "Sea View", "Tower Hill", "Village Green", "Albion Parade", "Low Croft", "Mill Fold", "Kings Gate",
     "Deer Chase", "Hilltop Heights", "Mill Cottages", "Marine Esplanade"],
)
def test_less_common_designators(street: str) -> None:
    assert addresses(f"Lives at 4 {street}. Mother present.") == [f"4 {street}"]


@pytest.mark.parametrize(
    "text, span",
    [
        ("Lives at 12 The Crescent, Telford.", "12 The Crescent, Telford"),
        ("Lives at 4 Broadway, Derby DE1 1AA.", "4 Broadway, Derby DE1 1AA"),
        ("Lives at 7 Highfield, Telford.", "7 Highfield, Telford"),
        # a residence cue vouches for a street named without a designator
        ("Lives at 7 Highfield.", "7 Highfield"),
        ("address given as 4 Westgate with his gran", "4 Westgate"),
    ],
)
def test_streets_without_a_designator(text: str, span: str) -> None:
    assert addresses(text) == [span]


def test_streets_without_a_designator_need_a_cue_town_or_postcode() -> None:
    assert addresses("We saw 7 Highfield lads by the shops.") == []
    assert addresses("He bought 2 Westgate tickets.") == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("Lives at 5 Heol y Felin, Aberdare CF44 8AA.", "5 Heol y Felin, Aberdare CF44 8AA"),
        ("Lives at 5 Ffordd y Parc, Bangor.", "5 Ffordd y Parc, Bangor"),
        ("Lives at 5 Stryd Fawr, Bala LL23 7AA.", "5 Stryd Fawr, Bala LL23 7AA"),
        ("Lives at 41 Drumard Road, Tullyroan, Dungannon BT71 6AA.", "41 Drumard Road, Tullyroan, Dungannon BT71 6AA"),
        ("Visit to 12 Tullyroan, Dungannon BT71 6AA re welfare.", "12 Tullyroan, Dungannon BT71 6AA"),
        ("Lives at 12 St. Mary's Road, Telford.", "12 St. Mary's Road, Telford"),
        ("Went to 14 Dale Road East, Derby.", "14 Dale Road East, Derby"),
    ],
)
def test_welsh_northern_irish_and_saint_streets(text: str, span: str) -> None:
    assert addresses(text) == [span]


# ------------------------------------------------------------------------------ towns and postcodes


@pytest.mark.parametrize(
    "text, span",
    [
        ("Lives at 12 Mill Lane, Telford, Shropshire TF1 2AB.", "12 Mill Lane, Telford, Shropshire TF1 2AB"),
        ("Lives at 12 Mill Lane, Telford, Shropshire.", "12 Mill Lane, Telford, Shropshire"),
        ("Lives at 12 Mill Lane, Hadley, Telford, Shropshire, TF1 2AB.", "12 Mill Lane, Hadley, Telford, Shropshire, TF1 2AB"),
        ("Lives at 12 Mill Lane Telford TF1 2AB.", "12 Mill Lane Telford TF1 2AB"),
        ("Lives at 12 Mill Lane, Telford tf1 2ab.", "12 Mill Lane, Telford tf1 2ab"),
        ("Lives at 12 Mill Lane, Telford TF12AB.", "12 Mill Lane, Telford TF12AB"),
        ("Lives at 12 Mill St. Telford.", "12 Mill St. Telford"),
        # a locality the gazetteer does not know, carried on by prose
        ("He lives at 12 Mill Lane, Brinsworth with his mum.", "12 Mill Lane, Brinsworth"),
        ("Warrant at 12 Mill Lane, Hadley (HMO) on Friday.", "12 Mill Lane, Hadley"),
        ("Arrested at 12 Mill Lane, Ketley at 2300hrs.", "12 Mill Lane, Ketley"),
    ],
)
def test_town_county_and_postcode_tails(text: str, span: str) -> None:
    assert addresses(text) == [span]


def test_address_split_across_form_lines_is_one_address_until_the_next_field() -> None:
    assert addresses("Address: 12 Mill Lane\nTelford\nTF1 2AB\nDOB: 01/01/1990") == ["12 Mill Lane\nTelford\nTF1 2AB"]
    assert addresses("Address: 12 Mill Lane\nHadley\nTF1 2AB") == ["12 Mill Lane\nHadley\nTF1 2AB"]
    # the line after the town is the next record, not a locality
    assert addresses("Address: 12 Mill Lane\nTelford\nSMITH, John DOB 01/01/1990") == ["12 Mill Lane\nTelford"]
    assert addresses("Address: 12 Mill Lane\nHadley\nnext of kin mother") == ["12 Mill Lane"]


# ---------------------------------------------------------------------------- where the span stops


@pytest.mark.parametrize(
    "text, span",
    [
        ("Arrested at 12 Main Street on 12/03/2024.", "12 Main Street"),
        ("He was at 12 Mill Lane, Telford on 12/03/2024.", "12 Mill Lane, Telford"),
        ("He was at 12 Mill Lane where he met Sam.", "12 Mill Lane"),
        ("He was at 12 Mill Lane and then left.", "12 Mill Lane"),
        ("He was at 12 Mill Lane, which is an HMO.", "12 Mill Lane"),
        ("He was at 12 Mill Lane, Telford Jane SMITH answered.", "12 Mill Lane, Telford"),
        ("Visited 12 Mill Lane, Occupant Dean SMITH.", "12 Mill Lane"),
        ("Visited 12 Mill Lane, Sandra answered.", "12 Mill Lane"),
        ("Visited 12 Mill Lane, Nil trace.", "12 Mill Lane"),
        ("Search of the address (12 Mill Lane, Telford TF1 2AB) found cannabis.", "12 Mill Lane, Telford TF1 2AB"),
        ("She stays at 12 Mill Lane (HMO) at weekends.", "12 Mill Lane"),
        ("She stays at 12 Mill Lane, Telford (mum's address) at weekends.", "12 Mill Lane, Telford"),
        ("Post goes c/o 12 Mill Lane, Telford.", "12 Mill Lane, Telford"),
        ("Jane SMITH of 12 Mill Lane, Telford was present.", "12 Mill Lane, Telford"),
        ("NFA, previously 12 Mill Lane, Telford.", "12 Mill Lane, Telford"),
        ("Mark resides at 12 Mill Lane, Telford with his mum.", "12 Mill Lane, Telford"),
        ("SMITH John | 12 Mill Lane, Telford TF1 2AB | 07700 900123", "12 Mill Lane, Telford TF1 2AB"),
    ],
)
def test_span_stops_before_prose_dates_and_people(text: str, span: str) -> None:
    assert addresses(text) == [span]


# ------------------------------------------------------------------------------ case-less writing


@pytest.mark.parametrize(
    "text, span",
    [
        ("LIVES AT FLAT 6, BRINDLEY COURT, MILL STREET, DUDLEY DY1 2AB WITH HIS MUM.",
         "FLAT 6, BRINDLEY COURT, MILL STREET, DUDLEY DY1 2AB"),
        ("ROSE COTTAGE, MILL LANE, LITTLE DEWCHURCH, HEREFORD HR2 6PN IS HIS HOME ADDRESS.",
         "ROSE COTTAGE, MILL LANE, LITTLE DEWCHURCH, HEREFORD HR2 6PN"),
        ("HE LIVES AT 3F2 12 LEITH WALK, EDINBURGH EH6 5AA WITH A FRIEND.", "3F2 12 LEITH WALK, EDINBURGH EH6 5AA"),
        ("lives at rose cottage, mill lane, little dewchurch, hereford hr2 6pn.",
         "rose cottage, mill lane, little dewchurch, hereford hr2 6pn"),
        ("welfare chk at flat 3, 12 mill lane, telford, mum not in", "flat 3, 12 mill lane, telford"),
    ],
)
def test_all_capitals_and_all_lower_case(text: str, span: str) -> None:
    assert addresses(text) == [span]


def test_shouted_report_does_not_read_a_sentence_break_as_a_street() -> None:
    assert addresses("FOUND: 1 X CANNABIS BAG, £270, 2 PHONES. STREET CAUTIONED FOR CANNABIS.") == []


# ------------------------------------------------------------------------------- look-alikes


@pytest.mark.parametrize(
    "text",
    [
        "12 officers attended Mill Lane.",
        "On 12 March he went to Mill Street.",
        "On 12 May Mill Lane was searched.",
        "Unit 3 of the police attended.",
        "4 Ford Focus vehicles seen.",
        "Paid £400 Ford owner.",
        "14/03 0210 Mill Road camera activation.",
        "Seen at 2200 Mill Road heading north.",
        "In 2019 Park Lane was closed.",
        "PC 4471 Church Road attended.",
        "He went to Flat 2 and then left.",
        "Seen in Oakfield Avenue near number 28.",
    ],
)
def test_look_alikes_are_not_addresses(text: str) -> None:
    assert addresses(text) == []


def test_four_digit_house_number_needs_its_postcode() -> None:
    assert addresses("Lives at 1120 Stratford Road, Birmingham B28 8AA.") == ["1120 Stratford Road, Birmingham B28 8AA"]


# ------------------------------------------------------- park homes, mills, named blocks, Dundee


@pytest.mark.parametrize(
    "text, span",
    [
        ("Caravan registered to Plot 12, Riverside Caravan Park, Mill Lane, Lydney GL15 5AA.",
         "Plot 12, Riverside Caravan Park, Mill Lane, Lydney GL15 5AA"),
        ("Lives at Pitch 3 Oakdene Park, Marsh Road, Tewkesbury on the site.", "Pitch 3 Oakdene Park, Marsh Road, Tewkesbury"),
        ("Flat 14, Victoria Mills, Halifax HX1 1AA is his flat.", "Flat 14, Victoria Mills, Halifax HX1 1AA"),
        ("Flat 22, Canal Street Mills, Leeds LS1 1AA", "Flat 22, Canal Street Mills, Leeds LS1 1AA"),
        ("Apartment 310, The Lighthouse, 20 Dock Road, Salford M5 1AA was searched.",
         "Apartment 310, The Lighthouse, 20 Dock Road, Salford M5 1AA"),
        ("Flat 3, Bridgewater, 8 Quay Street, Hull HU1 1AA", "Flat 3, Bridgewater, 8 Quay Street, Hull HU1 1AA"),
        ("Warrant at Flat 2/R, 40 Perth Road, Dundee DD1 4AA.", "Flat 2/R, 40 Perth Road, Dundee DD1 4AA"),
        ("Warrant at Flat G/L, 5 King Street, Aberdeen AB24 5AA.", "Flat G/L, 5 King Street, Aberdeen AB24 5AA"),
        # a street named without a designator word, held by its postcode even if a word is ordinary
        ("Moored at 18 River Side, Bewdley DY12 2AA overnight.", "18 River Side, Bewdley DY12 2AA"),
    ],
)
def test_park_homes_mills_named_blocks_and_tenement_sides(text: str, span: str) -> None:
    assert addresses(text) == [span]


# ---------------------------------------------------------- Welsh, Scots and hyphenated names


@pytest.mark.parametrize(
    "text, span",
    [
        ("Quad bike taken from Mains of Glenbuchat Farm, Strathdon AB36 8AA overnight.",
         "Mains of Glenbuchat Farm, Strathdon AB36 8AA"),
        ("Ewes worried at Fferm Pen y Bryn, Llanrhystud SY23 5AA last week.", "Fferm Pen y Bryn, Llanrhystud SY23 5AA"),
        ("She stays at Tŷ Gwyn, Lôn Isaf, Abersoch LL53 7AA in summer.", "Tŷ Gwyn, Lôn Isaf, Abersoch LL53 7AA"),
        ("Flat 4, Tŷ Derw, 9 Heol y Plas, Swansea SA1 1AA", "Flat 4, Tŷ Derw, 9 Heol y Plas, Swansea SA1 1AA"),
        ("Seen at 6 Maes y Ffynnon, Tregaron. Words of advice.", "6 Maes y Ffynnon, Tregaron"),
        ("Lives at 3 Lôn Bach, Nefyn with her nain.", "3 Lôn Bach, Nefyn"),
        ("Lives at 9 Bishop Street, Derry/Londonderry BT48 6AA now.", "9 Bishop Street, Derry/Londonderry BT48 6AA"),
        ("Lives at 2 Tan y Bryn, Llanfair-yng-Nghornwy LL65 4AA.", "2 Tan y Bryn, Llanfair-yng-Nghornwy LL65 4AA"),
        ("Lives at 9 Beach Road, Weston-super-Mare BS23 1AA.", "9 Beach Road, Weston-super-Mare BS23 1AA"),
    ],
)
def test_welsh_scots_and_hyphenated_names(text: str, span: str) -> None:
    assert addresses(text) == [span]


def test_form_with_separate_town_and_postcode_fields_keeps_the_street_line_only() -> None:
    text = "NAME: Mary JONES   ADDRESS: 7 HOLLY ROAD   TOWN: BLOXHAM   POSTCODE: OX15 4AA"
    assert addresses(text) == ["7 HOLLY ROAD", "OX15 4AA"]
    text = "Name: Mary Jones   Address: 7 Holly Gardens   Town: Bloxham   Tel: 07700 900417"
    assert addresses(text) == ["7 Holly Gardens"]


@pytest.mark.parametrize(
    "text, span",
    [
        ("CALLER LIVES AT HONEYSUCKLE COTTAGE, BACK LANE, NETHER POPPLETON, YORK YO26 6AA AND SAW THE VAN.",
         "HONEYSUCKLE COTTAGE, BACK LANE, NETHER POPPLETON, YORK YO26 6AA"),
        ("ADDRESS: 18 RIVER SIDE, BEWDLEY DY12 2AA   MARKERS: NONE", "18 RIVER SIDE, BEWDLEY DY12 2AA"),
        ("moored at 18 river side, bewdley dy12 2aa overnight, no one aboard", "18 river side, bewdley dy12 2aa"),
        ("GIRL SEEN AT 6 MAES Y FFYNNON, TREGARON. WORDS OF ADVICE GIVEN.", "6 MAES Y FFYNNON, TREGARON"),
        ("nain lives at 3 lôn bach, nefyn. no concerns.", "3 lôn bach, nefyn"),
        ("from tŷ gwyn, lôn isaf, abersoch ll53 7aa, found in rhyl", "tŷ gwyn, lôn isaf, abersoch ll53 7aa"),
        ("LIVES AT 12 TOP ROAD, WIGAN WITH HIS NAN.", "12 TOP ROAD, WIGAN"),
    ],
)
def test_case_less_houses_everyday_street_words_and_welsh(text: str, span: str) -> None:
    assert addresses(text) == [span]


def test_case_less_unknown_word_after_a_street_is_not_a_town_unless_punctuation_closes_it() -> None:
    assert addresses("SEARCH AT 12 MILL LANE, CANNABIS FOUND IN THE LOFT BY OFFICERS.") == ["12 MILL LANE"]
    assert addresses("seen at 12 mill lane, kyle and another lad outside") == ["12 mill lane"]


@pytest.mark.parametrize(
    "text, span",
    [
        ("Visited 12 Main Street, Newry, Co. Down BT34 1AA.", "12 Main Street, Newry, Co. Down BT34 1AA"),
        ("Visited 12 Main Street, Dungannon, Co Tyrone.", "12 Main Street, Dungannon, Co Tyrone"),
        ("Visited Ground Floor Flat, 12 Mill Lane, Telford.", "Ground Floor Flat, 12 Mill Lane, Telford"),
        ("she has the top flat 4 Leith Walk, Edinburgh now", "top flat 4 Leith Walk, Edinburgh"),
        ("Visited 12 Mill Lane, Telford TF1, no reply.", "12 Mill Lane, Telford TF1"),
        ("LIVES AT 3 FIRST AVENUE, TELFORD.", "3 FIRST AVENUE, TELFORD"),
    ],
)
def test_irish_counties_floor_flats_and_postcode_districts(text: str, span: str) -> None:
    assert addresses(text) == [span]


def test_a_road_or_grading_after_the_town_is_not_a_postcode_district() -> None:
    assert addresses("Visited 12 Mill Lane, Telford, M6 southbound after.") == ["12 Mill Lane, Telford"]
    assert addresses("Source says he stores it at 12 Mill Lane, Telford, B2.") == ["12 Mill Lane, Telford"]


def test_a_flat_in_a_named_block_is_an_address_without_a_town() -> None:
    assert addresses("He lives at Flat 4 Jubilee House with his girlfriend.") == ["Flat 4 Jubilee House"]
    assert addresses("He lives at Flat 6, Brindley Court with his girlfriend.") == ["Flat 6, Brindley Court"]
    # a unit on a trading estate or in a business centre still needs its town or postcode
    assert addresses("Seen at Unit 3 Enterprise Centre with the van.") == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("Lives at Flat 12, Block B, Hulme Estate, Manchester M15 5AA.", "Flat 12, Block B, Hulme Estate, Manchester M15 5AA"),
        ("Lives at Room 4, Flat 12, Pearl House, 3 Mill Lane, Leeds LS2 9AA.",
         "Room 4, Flat 12, Pearl House, 3 Mill Lane, Leeds LS2 9AA"),
        ("Lives at Flat 2 Mill Court 4 Mill Lane Telford.", "Flat 2 Mill Court 4 Mill Lane Telford"),
        ("Lives at 12 The Paddocks, Telford.", "12 The Paddocks, Telford"),
        ("Pitch 4, Mill Lane Travellers Site, Telford TF1 2AB", "Pitch 4, Mill Lane Travellers Site, Telford TF1 2AB"),
    ],
)
def test_nested_units_blocks_without_commas_and_sites(text: str, span: str) -> None:
    assert addresses(text) == [span]


def test_only_a_police_rank_makes_the_number_a_collar_number() -> None:
    assert addresses("Kyle COX 12 Mill Lane, Telford.") == ["12 Mill Lane, Telford"]
    assert addresses("LIVES AT 7 HIGHFIELD.") == ["7 HIGHFIELD"]
    assert addresses("Statement taken by DS/1552 Mill Lane team.") == []
    assert addresses("pcso 88 Mill Lane patrol") == []


@pytest.mark.parametrize(
    "text, span",
    [
        ("lives at no. 12 park road, wrexham ll11 2aa.", "no. 12 park road, wrexham ll11 2aa"),
        ("LIVES AT 12 A PARK ROAD, WREXHAM LL11 2AA.", "12 A PARK ROAD, WREXHAM LL11 2AA"),
    ],
)
def test_house_number_forms_in_case_less_text(text: str, span: str) -> None:
    assert addresses(text) == [span]


@pytest.mark.parametrize(
    "text, span",
    [
        ("he lives at 12 mill lane, brinsworth with his mum today.", "12 mill lane, brinsworth"),
        ("ARRESTED AT 12 MILL LANE, KETLEY AT 2300HRS BY PATROL.", "12 MILL LANE, KETLEY"),
        ("att 12 mill lane, occupant at home, all fine", "12 mill lane"),
        ("att 12 mill lane, bradley with his mum", "12 mill lane"),
    ],
)
def test_case_less_locality_followed_by_prose_needs_a_place_shape(text: str, span: str) -> None:
    assert addresses(text) == [span]


def test_caravans_chalets_and_hostel_rooms() -> None:
    assert addresses("Staying in Chalet 12, Sandy Bay Holiday Park, Exmouth EX8 5BT.") == [
        "Chalet 12, Sandy Bay Holiday Park, Exmouth EX8 5BT"]
    assert addresses("Room 12, YMCA, 12 Mill Lane, Telford.") == ["Room 12, YMCA, 12 Mill Lane, Telford"]
    assert addresses("He has lived in a caravan 4 years now.") == []

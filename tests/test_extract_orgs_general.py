"""Organisation and place naming across many kinds of UK business, body and place, in text
written for these tests (not taken from any evaluation set)."""

from __future__ import annotations


from scanassist_core.extract._orgs_places import find_orgs_places, is_generic_service


def rules(text: str, typ: str = "ORGANISATION") -> set[str]:
    return {f.text for f in find_orgs_places(text) if f.type == typ}


def found(ex, text: str) -> set[tuple[str, str]]:
    return {(f.type, f.text) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")}


def test_two_word_designators_make_a_business():
    assert "Seaview Guest House" in rules("She was found at the Seaview Guest House in Blackpool.")
    assert "Autoworld Car Sales" in rules("He bought the Golf from Autoworld Car Sales last month.")
    assert "Bridge Pupil Referral Unit" in rules("Excluded, he now attends Bridge Pupil Referral Unit.")
    # Written in lower case the designator stays outside the name.
    assert rules("Placed at Oak Lodge care home in Leeds.") == {"Oak Lodge"}
    assert rules("Missing from Ashgrove House children's home overnight.") == {"Ashgrove House"}


def test_lower_case_descriptors_and_cuisine_stay_outside():
    assert rules("Referral from Golden Tan tanning salon staff.") == {"Golden Tan"}
    assert rules("Male works at the Jade Garden Chinese takeaway.") == {"Jade Garden"}
    # A cuisine word alone before the designator names no business.
    assert rules("Bought food from the Indian takeaway by the station.") == set()


def test_and_separates_two_listed_names_but_joins_one():
    assert {"PureGym", "Iron Temple Gym"} <= rules("He trains at PureGym and Iron Temple Gym.")
    assert rules("He drives for A1 Taxis and Streamline Cars.") == {"A1 Taxis", "Streamline Cars"}
    assert "Castle Vale and Chelmsley Wood" not in rules("Dealing in Castle Vale and Chelmsley Wood.", "LOCATION")
    # One-word names either side of "and" are one firm.
    assert "Pickering and Lowe Solicitors" in rules("Represented by Pickering and Lowe Solicitors today.")


def test_trading_names_with_numerals_and_catchwords():
    assert "24/7 Stores" in rules("Staff at 24/7 Stores report a male selling phones.")
    assert "Pizza 4U" in rules("SMITH was seen inside Pizza 4U at approx 2200hrs.")
    assert "Vape Kingdom" in rules("Stopped outside Vape Kingdom on Commercial Street.")
    assert "Fone Fix" in rules("Phone repair shop Fone Fix unlocks stolen handsets.")
    # A road number before services is a motorway stop, not a business called "A38 Services".
    assert not any(n.startswith("A38") for n in rules("Stopped at the A38 Services southbound."))


def test_pubs_named_the_after_a_place_word():
    assert rules("Youths gather at The Plough on weekends.") == {"The Plough"}
    assert "The Blue Bell" in rules("Dealing reported inside The Blue Bell most nights.")
    assert rules("He was barred from the crown pub last week.") == {"the crown"}
    # "The" opening a sentence with no premises word after it is not a pub.
    assert rules("The Crown alleges he supplied cocaine.") == set()


def test_bank_and_uk_suffix_and_role_word(ex):
    assert ("ORGANISATION", "Barclays Bank UK plc") in found(ex, "SAR summary - Barclays Bank UK plc. Account frozen.")
    assert ("ORGANISATION", "Santander UK") in found(ex, "SAR summary. Santander UK reports a customer.")
    assert "Hadley & Co Solicitors" in rules("Solicitor Hadley & Co Solicitors attended custody.")


def test_services_products_and_forces_are_not_organisations(ex):
    for name in ("Samsung", "Universal Credit", "Trading Standards", "Border Force", "PSNI Public Protection Branch",
                 "Snap", "Licence", "Alcatel - IMEI"):
        assert is_generic_service(name), name
    for name in ("Kelvin Hall School", "Barclays", "Home Office", "Met Office"):
        assert not is_generic_service(name), name
    text = "Staffordshire County Council Trading Standards - intelligence referral about counterfeit vapes."
    assert ("ORGANISATION", "Staffordshire County Council") in found(ex, text)


def test_places_in_force_names_compass_areas_and_lists():
    text = "Intelligence log - Police Scotland, Greater Glasgow. South Wales Police. PSNI - West Belfast."
    locs = rules(text, "LOCATION")
    assert {"Greater Glasgow", "West Belfast"} <= locs
    assert not {"Scotland", "Wales"} & locs
    # A place that is also a surname counts as the next of a list of places.
    assert rules("Using stolen cards in Anfield and Walton.", "LOCATION") == {"Anfield", "Walton"}
    assert "Walton" not in rules("Statement taken by Walton and Preston.", "LOCATION")


def test_welsh_and_area_of_names():
    text = "Sweep in Parc Cwmdonkin, then stopped on Stryd Fawr; came from Abertawe on the train."
    assert {"Parc Cwmdonkin", "Stryd Fawr", "Abertawe"} <= rules(text, "LOCATION")
    assert "Ysgol Gyfun Gŵyr" in rules("Youths near Ysgol Gyfun Gŵyr bus stop dispersed.")
    assert "Vale of York" in rules("Rural crime team, Vale of York. Quad bike stolen.", "LOCATION")
    assert "Forest of Dean District Council" in rules("Referred to Forest of Dean District Council.")


def test_shouted_report_reads_names_between_sentence_words():
    text = "SHE WORKS AT SPARKLE NAILS & BEAUTY ON STRATFORD ROAD AND WAS SEEN AT LUCKY STAR TAKEAWAY."
    orgs = rules(text)
    assert {"SPARKLE NAILS & BEAUTY", "LUCKY STAR"} <= orgs
    assert not any(o.startswith(("WORKS", "AT ")) for o in orgs)
    assert "STRATFORD ROAD" in rules(text, "LOCATION")
    text = "REFERRAL MADE TO HULL CHILDREN'S SERVICES. MEETING POINT GIVEN AS MORRISONS CAR PARK, GIRLINGTON."
    assert rules(text) == {"MORRISONS"}  # the council service is generic; the car park is outside
    assert "WALSALL" in rules("VEHICLE FLAGGED ON ANPR AT WALSALL TOWN CENTRE CAMERA AT 1527HRS TODAY.", "LOCATION")
    assert rules("VEHICLE FLAGGED ON ANPR AT WALSALL TOWN CENTRE CAMERA AT 1527HRS TODAY.") == set()


def test_all_lower_note_keeps_people_and_descriptions_out():
    note = "ash ward flogging tools again at the car boot sale, said they fell off a lorry"
    assert rules(note, "LOCATION") == set()  # a person whose surname is a place word
    note = "kids hanging round the local shop again and the leisure centre, nothing further"
    assert rules(note) == set()
    note = "referral to adult social care + great yarmouth borough council housing re her flat"
    assert rules(note) == {"great yarmouth borough council"}


def test_bodies_named_head_word_first_after_a_place():
    assert "University of Leeds" in rules("A University of Leeds student was robbed on campus.")
    assert "ROYAL BANK OF SCOTLAND" in rules("CASH PAID IN AT THE ROYAL BANK OF SCOTLAND BRANCH ON FRIDAY MORNING.")
    assert rules("he was seen sitting on the bank of the river again with two lads") == set()


def test_shouted_pubs_possessives_and_pairs():
    text = "MALES SEEN LEAVING THE KINGS HEAD AT CLOSING TIME, THEN WALKED TO THE OLD BRIDGE."
    assert rules(text) == {"THE KINGS HEAD"}
    text = "SHE WAS SEEN AT BIRMINGHAM CHILDREN'S HOSPITAL WITH A MALE AND AT ALI'S CASH & CARRY."
    assert {"BIRMINGHAM CHILDREN'S HOSPITAL", "ALI'S CASH & CARRY"} <= rules(text)
    assert "tyre zone" in rules("drugs are stored at a lock-up behind tyre zone on the industrial estate")


def test_shouted_company_names_keep_their_business_words():
    text = "HMRC ARE INVESTIGATING BRIGHT SHINE HAND CAR WASH LTD AND THE ASSOCIATED COMPANY TW VALETING SERVICES LTD."
    assert {"BRIGHT SHINE HAND CAR WASH LTD", "TW VALETING SERVICES LTD"} <= rules(text)
    text = "SAR SUMMARY - BARCLAYS BANK UK PLC. ACCOUNT HOLDER SEEN. SAR: NATIONWIDE BUILDING SOCIETY. CUSTOMER CALLED."
    assert {"BARCLAYS BANK UK PLC", "NATIONWIDE BUILDING SOCIETY"} <= rules(text)
    text = "HE IS A PLUMBER TRADING AS D MORGAN PLUMBING & HEATING AND RELEASED FROM HMP DRAKE HALL ON 20/04."
    assert {"D MORGAN PLUMBING & HEATING", "HMP DRAKE HALL"} <= rules(text)
    assert not any(o.startswith("PLUMBER") for o in rules(text))
    assert "THE CLACHAN BAR" in rules("ASSAULT AT THE CLACHAN BAR, GOVAN ROAD, ON FRIDAY NIGHT. VICTIM TAKEN TO HOSPITAL.")


def test_street_with_compass_and_hasty_stop_cue():
    assert "Wellington Road South" in rules("Nail bars on Wellington Road South and in the town.", "LOCATION")
    assert rules("stop chk ladypool rd 2245, two lads in a black golf", "LOCATION") == {"ladypool rd"}


def test_shouted_verbs_adverbs_and_institution_designators():
    text = "HE ARRANGES WHOLESALE DRUG DEALS IN WALSALL AND WAS SEEN SELLING VAPES OUTSIDE THE SCHOOL GATES."
    assert rules(text) == set()
    assert rules("GRAFFITI UNDER THE BRIDGE, POSSIBLY DRILL GROUP TAGS, PHOTOS UPLOADED TO THE SYSTEM.") == set()
    assert "ASPIRE RECOVERY SERVICE" in rules("A REFERRAL WAS MADE TO ASPIRE RECOVERY SERVICE AFTER THE CLOSURE ORDER.")


def test_all_lower_known_bodies_prisons_and_services():
    note = "joint visit with the home office and hmrc, he is now remanded at hmp birmingham until trial"
    assert {"home office", "hmrc", "hmp birmingham"} <= rules(note)
    note = "lads said five guys got out the car near the post office and ran off down the road"
    assert rules(note) == set()  # everyday phrases, not the chains
    note = "strategy meeting held with cyngor gwynedd children's services about the boy today"
    assert rules(note) == {"cyngor gwynedd"}
    note = "car recovered abandoned on telford services car park, no suspects, keys missing"
    assert rules(note) == set() and rules(note, "LOCATION") == {"telford"}
    assert rules("Referral from HMRC Fraud Investigation Service about the director.") == {"HMRC"}


def test_councils_courts_colleges_and_homes_in_capitals():
    text = "PLACED WITH FOSTER CARERS BY CAMBRIDGESHIRE COUNTY COUNCIL. COMPLAINT TO NORTHERN IRELAND HOUSING EXECUTIVE."
    assert {"CAMBRIDGESHIRE COUNTY COUNCIL", "NORTHERN IRELAND HOUSING EXECUTIVE"} <= rules(text)
    assert "NORWICH MAGISTRATES' COURT" in rules("CHARGED. NEXT COURT NORWICH MAGISTRATES' COURT ON 25/02.")
    assert "City College Norwich" in rules("She is a student at City College Norwich.")
    assert "CITY COLLEGE NORWICH" in rules("SHE IS A STUDENT AT CITY COLLEGE NORWICH AND LIVES WITH HER AUNT.")
    text = "MISSING FROM HER PLACEMENT AT HILLVIEW HOUSE CHILDREN'S UNIT SINCE FRIDAY NIGHT WITH A FRIEND."
    assert rules(text) == {"HILLVIEW HOUSE"}  # the kind of home stays outside, as police write it
    assert rules("USING THE FLAT AS A TRAP HOUSE SINCE MAY, SEEN AT THE HOUSE AGAIN TODAY.") == set()
    assert "THE FEATHERS" in rules("LICENSING REVIEW - THE FEATHERS, 14 HOPE STREET, WREXHAM, AFTER COMPLAINTS.")


def test_shouted_handling_markers_accounts_and_described_vehicles_are_not_bodies():
    assert rules("SANITISED - DO NOT DISSEMINATE WITHOUT AUTHORITY. A male known as Tiny sells cannabis.") == set()
    for name in ("Apple ID", "White Ford", "Suffolk Modern Slavery", "Login IP"):
        assert is_generic_service(name), name
    assert not is_generic_service("Ford Motor Company")

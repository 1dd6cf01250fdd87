"""Trade words of the businesses met in labour-exploitation and financial intelligence, and the
descriptions that only look like names (text written for these tests, not from any evaluation set)."""

from __future__ import annotations

from scanassist_core.extract._orgs_places import find_orgs_places


def rules(text: str, typ: str = "ORGANISATION") -> set[str]:
    return {f.text for f in find_orgs_places(text) if f.type == typ}


def test_scrap_yards_farms_and_packhouses_are_businesses():
    assert rules("Van seen loading at A1 Scrap Metals on Bilston Road.") == {"A1 Scrap Metals"}
    assert rules("Workers bussed daily to Greenfield Farm near Boston.") == {"Greenfield Farm"}
    assert rules("WORKERS DROPPED AT FENLAND PACKHOUSE NEAR WISBECH") == {"FENLAND PACKHOUSE"}
    # A farm that names a housing estate is a place, not a business.
    assert rules("Youths from the Broadwater Farm estate.") == set()
    assert "Broadwater Farm" in rules("Youths from the Broadwater Farm estate.", "LOCATION")
    # A street named after a farm stays one street.
    assert rules("Drove down Manor Farm Road at speed.", "LOCATION") >= {"Manor Farm Road"}


def test_money_service_businesses_in_capitals():
    assert rules("LOANS FROM MONEYLINE CREDIT UNION WERE TAKEN OUT IN HER NAME.") == {"MONEYLINE CREDIT UNION"}
    # The longest reading is the one kept (the pipeline prefers it over "AL-NOOR BUREAU").
    assert "AL-NOOR BUREAU DE CHANGE" in rules("CASH SENT THROUGH AL-NOOR BUREAU DE CHANGE IN SMALL HEATH.")


def test_numeral_inside_a_trading_name():
    assert rules("Group congregate outside Cloud 9 Vapes on Broad Street.") == {"Cloud 9 Vapes"}
    assert rules("GROUP CONGREGATE OUTSIDE CLOUD 9 VAPES ON BROAD STREET.") == {"CLOUD 9 VAPES"}
    # A unit number labels the premises; it is not part of the name.
    assert rules("Staff live above Unit 3 Sparkle Hand Car Wash.") == {"Sparkle Hand Car Wash"}


def test_descriptions_in_caseless_text_are_no_names():
    assert rules("SUBJECT LEFT THE NEAREST PUB AT 2300 HRS.") == set()
    assert rules("he went to the cheapest shop on the parade") == set()
    assert rules("STILL PLACING WORKERS AT A FLOWER FARM NEAR SPALDING.") == set()
    assert rules("VEHICLE STOPPED ON THE RING ROAD NEAR THE RETAIL PARK.", "LOCATION") == set()
    assert rules("vehicle stopped on the ring road and then the slip road", "LOCATION") == set()
    # A named road is still found in the same writing.
    assert "holderness road" in rules("vehicle stopped on holderness road", "LOCATION")


def test_a_business_word_inside_a_longer_place_name():
    assert rules("Had a train ticket from Bristol Temple Meads and cash.") == set()
    assert rules("Seen at the Sikh Temple Wolverhampton on Sunday.") == {"Sikh Temple"}
    # Shouted, the station word stays outside the station's name.
    assert "BRISTOL TEMPLE MEADS" in rules("MEET ARRANGED AT BRISTOL TEMPLE MEADS STATION AT 1400.", "LOCATION")


def test_business_named_straight_before_its_street():
    assert rules("Cash paid in at HSBC Broad Street branch, then withdrawn.", "LOCATION") == {"Broad Street"}
    assert rules("Both went into Stanley Park Barbers County Road for 20 mins.") == {"Stanley Park Barbers"}
    assert rules("Both went into Stanley Park Barbers County Road for 20 mins.", "LOCATION") == {"County Road"}
    assert rules("Prosecuted for an unlicensed HMO Gerard Road last year.", "LOCATION") == {"Gerard Road"}
    # Streets named after a church or a hospital keep their whole name.
    assert rules("He lives on Old Church Street.", "LOCATION") == {"Old Church Street"}
    assert rules("Stopped on Church Street.", "LOCATION") == {"Church Street"}


def test_shopping_centre_written_lower_case_is_a_business():
    assert rules("Located by police at Drake Circus shopping centre with two males.") == {"Drake Circus"}
    assert rules("Located by police at Drake Circus shopping centre with two males.", "LOCATION") == set()
    assert rules("Arrested in Queensgate shopping centre, Peterborough.") == {"Queensgate"}


def test_county_short_forms_and_unitary_authorities():
    assert rules("Worker found on a farm near Boston, Lincs.", "LOCATION") == {"Boston", "Lincs"}
    assert rules("Custody - Medway. Detained person interviewed.", "LOCATION") == {"Medway"}
    assert "Cheshire East Council" in rules("Partners: Cheshire East Council HMO team informed.")
    # Short forms that are also English words need a place word before them.
    assert rules("He beds down in the van most nights.", "LOCATION") == set()
    assert rules("He moved to a flat in Bucks.", "LOCATION") == {"Bucks"}


def test_surname_that_is_also_a_place():
    text = "Liam HOLLOWAY was arrested. HOLLOWAY has a flat in Holloway. Holloway uses a burner phone."
    locs = [f for f in find_orgs_places(text) if f.type == "LOCATION"]
    assert [text[f.start - 3 : f.end] for f in locs] == ["in Holloway"]
    assert rules("Informant states PENDLEBURY is dealing from his flat.", "LOCATION") == set()
    assert rules("Informant states he is dealing in Pendlebury.", "LOCATION") == {"Pendlebury"}


def test_lower_case_designator_pairs_and_plural_trades():
    assert rules("quick update - Sparkle car wash. Staff ran when we pulled in.") == {"Sparkle"}
    assert rules("quick update - Sparkle car wash. Staff ran when we pulled in.", "LOCATION") == set()
    # "car" still closes a car park's name with its pair.
    assert rules("Seen in the Morrisons car park, then left.") == {"Morrisons"}
    assert rules("Counterfeit tobacco on a stall at Bull Ring Markets on Saturday.") == {"Bull Ring Markets"}
    assert rules("Vehicle found burnt out on Clent Hills.", "LOCATION") == {"Clent Hills"}


def test_junction_with_is_no_initial():
    text = "1620 CANNOCK ROAD J/W BUSHBURY LANE. GROUNDS: VEHICLE SEEN."
    assert {"CANNOCK ROAD", "BUSHBURY LANE"} <= rules(text, "LOCATION")
    assert "W BUSHBURY LANE" not in rules(text, "LOCATION")


def test_role_words_end_a_shouted_name():
    assert rules("VRM OF TAXI SEEN, OPERATOR GLASGOW TAXIS LTD, DRIVER SPOKEN TO") == {"GLASGOW TAXIS LTD"}
    assert rules("WORKS FOR THEM, LANDLORD OAKFIELD LETTINGS LTD") == {"OAKFIELD LETTINGS LTD"}


def test_surname_written_surname_first_or_in_lower_case():
    assert rules("ASSOCIATES: ASANTE, KWAME ; HOLLOWAY, REECE", "LOCATION") == set()
    assert rules("messages on the phone of reece holloway show threats", "LOCATION") == set()
    assert rules("driver mrs tracey spalding 58 says her son borrowed it", "LOCATION") == set()
    # Lower-case places after a place word are still places.
    assert rules("lads seen on bikes in spalding again", "LOCATION") == {"spalding"}


def test_bodies_named_head_first_with_of():
    assert rules("VICTIM WORKS AT UNIVERSITY HOSPITAL OF WALES. MARAC REFERRAL.") == {"UNIVERSITY HOSPITAL OF WALES"}
    assert rules("TAKEN TO UNIVERSITY HOSPITAL OF WALES FOR TREATMENT") == {"UNIVERSITY HOSPITAL OF WALES"}
    assert "Bank of Scotland" in rules("A loan from the Bank of Scotland was refused.")


def test_capital_the_and_openers_inside_a_name():
    assert rules("Now in a safe house via The Salvation Army. She disclosed more.") == {"The Salvation Army"}
    # At the start of a sentence "The" is the sentence's.
    assert rules("The Salvation Army said it would help.") == {"Salvation Army"}
    assert rules("She works at a hotel there (The Atlantic View Hotel?).") == {"The Atlantic View Hotel"}
    assert rules("Transfers to First Investment Bank (Bulgaria) weekly.") == {"First Investment Bank"}
    assert "All Saints Church of England Academy" in rules("Reports through All Saints Church of England Academy DSL.")
    assert rules("All Saints Church was shut.") == {"All Saints Church"}


def test_compass_and_title_streets():
    assert "East Lancashire Road" in rules("Vehicle made off towards East Lancashire Road at speed.", "LOCATION")
    assert "prince of wales road" in rules("stop search record - prince of wales road 0130", "LOCATION")


def test_descriptions_of_goods_and_schemes_in_capitals():
    assert rules("ENTERED, POSSIBLE CANNABIS FARM WORKER FOUND INSIDE.") == set()
    assert rules("HOUSEHOLDS TARGETED - GOLD JEWELLERY TAKEN.") == set()
    assert rules("SHOP SOLD ILLEGAL 15ML VAPES TO A 15 YEAR OLD.") == set()
    assert rules("HELEN RIDLEY (NORTHUMBERLAND FARM WATCH) SENT PHOTOS.") == set()
    assert rules("BANK ACCOUNT AT BANK OF SCOTLAND RECEIVING CASH DEPOSITS.") == {"BANK OF SCOTLAND"}


def test_county_short_form_naming_a_team():
    assert rules("Worker found on a farm near Boston, Lincs - B2.", "LOCATION") == {"Boston", "Lincs"}
    assert rules("Leics CCE panel actions agreed.", "LOCATION") == set()
    assert rules("HARE COURSING REPORT PASSED TO LINCS RCT.", "LOCATION") == set()


def test_stations_named_town_first_in_train_reports():
    text = "Stopped on platform 6 off a London Euston service. Ticket bought at Wembley Central."
    assert {"London Euston", "Wembley Central"} <= rules(text, "LOCATION")
    assert "Liverpool Lime Street" in rules("Runners sent by train from Liverpool Lime Street to Shrewsbury.", "LOCATION")
    assert "Bristol Temple Meads" in rules("He had a train ticket from Bristol Temple Meads and cash.", "LOCATION")
    # No train in sight, or a club after the town: no station.
    assert "Leeds Monday" not in rules("He lives in Leeds Monday to Friday and takes the train.", "LOCATION")
    assert "Leeds United" not in rules("He supports Leeds United and went by train.", "LOCATION")
    assert "Manchester Piccadilly" not in rules("He moved to Manchester Piccadilly Gardens way.", "LOCATION")


def test_road_to_a_town_is_one_street():
    assert "Bury New Road" in rules("Punched outside the deli on Bury New Road.", "LOCATION")


def test_local_business_with_its_branch_town():
    assert rules("Mercedes (hire from Prestige Motors Bradford). Seen twice.") == {"Prestige Motors Bradford"}
    # A shop's designator then its branch town: a body and a place, as most independent sets mark it
    # (taxi and hire firms, schools and social landlords keep their town, above).
    assert rules("Punched outside Kosher Deli Prestwich on Bury New Road.") == {"Kosher Deli"}
    assert "Prestwich" in rules("Punched outside Kosher Deli Prestwich on Bury New Road.", "LOCATION")
    # A known chain keeps its branch town apart.
    assert "Tesco" in rules("Tesco Chelmsley Wood security report him.")


def test_government_bodies_of_labour_exploitation_reports():
    assert rules("Joint visit with GLAA and HMRC to the car wash on Monday.") == {"GLAA", "HMRC"}
    assert rules("Staff ran when we pulled in. Immigration Enforcement informed.") == {"Immigration Enforcement"}
    assert rules("He was sighted in Spain, per FCDO contact.") == {"FCDO"}
    # Border Force stays out, like a police force.
    assert rules("Border Force stopped the lorry at Dover.") == set()


def test_kind_of_shop_alone_is_no_trading_name():
    assert rules("IN KINGS HEATH. NAIL BAR MANAGER ARRESTED.") == set()
    assert rules("SUBJECT: NAIL BAR / CAR WASH - WELFARE VISIT") == set()
    # With its own name before it, it is one.
    assert "LOTUS NAIL BAR" in rules("SEEN AT LOTUS NAIL BAR ON MONDAY")


def test_youth_justice_service_is_a_generic_service():
    assert rules("From: Youth Justice Service, Cheshire East Council. Re: a referral.") == {"Cheshire East Council"}

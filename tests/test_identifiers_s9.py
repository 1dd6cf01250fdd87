"""Session 9: vehicle marks written in ways no evaluation set held - an old prefix mark after a model
the lists do not know, an Irish mark with spaces, a mark written with dots, a registration word
before a mark and an ordinary word - and the look-alikes that must stay unread (a form's or an
exhibit's name, a radio channel, a passcode)."""

from scanassist_core.extract._identifiers import _find_vehicles


def _marks(text: str) -> list[str]:
    return [f.text for f in _find_vehicles(text)]


def _keys(text: str) -> list[str]:
    return [f.key for f in _find_vehicles(text)]


# --- an old prefix mark after a model the lists do not hold -----------------------------------


def test_prefix_mark_after_an_unlisted_old_model() -> None:
    assert _marks("He used to drive an old Sierra E123 FGH round the estate.") == ["E123 FGH"]
    assert _marks("Witness says the lads were in a battered Cavalier, G412 RTK, no tax.") == ["G412 RTK"]
    assert _marks("Neighbour reports a maroon Metro F613 PKW left on bricks in the lane.") == ["F613 PKW"]
    assert _marks("ANOTHER CAR AT THE ADDRESS: MAROON METRO F613 PKW ON BRICKS.") == ["F613 PKW"]


def test_prefix_shapes_after_other_words_stay_unread() -> None:
    assert _marks("Traffic held on the A14 NBD near the services, no vehicles involved.") == []
    assert _marks("STOP SEARCH S23 MDA - CORPORATION STREET 1610HRS, CAR PARK BEHIND.") == []
    assert _marks("Intel graded B2 and passed to the car crime team.") == []
    assert _marks("She took his Phone, B1LAL on the lock screen.") == []


# --- Irish marks with spaces ------------------------------------------------------------------


def test_irish_mark_with_spaces_beside_a_vehicle() -> None:
    assert _marks("Silver Golf 161 D 4452 seen leaving the ferry at Holyhead.") == ["161 D 4452"]
    assert _marks("Lorry 08 KE 1234 stopped at Cairnryan by the ports unit.") == ["08 KE 1234"]
    assert _marks("He drives a black Hilux 191 MN 2231 between the farms.") == ["191 MN 2231"]
    assert _marks("Source says the 12 D 12345 was seen at the port twice last week.") == ["12 D 12345"]
    assert _keys("Silver Golf 161 D 4452 seen leaving the ferry.") == ["IE161D4452"]


def test_irish_shapes_with_spaces_elsewhere_stay_unread() -> None:
    assert _marks("Paid 12 D 12345 over three months into the account.") == []
    assert _marks("Scored 12 D 100 in the test; school aware.") == []


# --- marks written with dots ------------------------------------------------------------------


def test_dotted_marks_in_a_sentence_about_the_car() -> None:
    assert _marks("Reg YX.15.OPL recorded by the officer at the scene.") == ["YX.15.OPL"]
    assert _marks("Plate read as Y.X.1.5 O.P.L by the witness, black Audi.") == ["Y.X.1.5 O.P.L"]
    assert _marks("VRM: K.123.ABC seen at the lights on Bridge Street.") == ["K.123.ABC"]
    assert _keys("Reg YX.15.OPL recorded by the officer.") == ["YX15OPL"]
    assert _keys("VRM: K.123.ABC seen at the lights.") == ["K123ABC"]


def test_dotted_codes_stay_unread() -> None:
    assert _marks("See para. 12.3 and fig. AB.12 for the log.") == []
    assert _marks("Report v.2.1 - NO. 27. SHE WAS SEEN FROM A WHITE VAN INTO THE FLAT.") == []


# --- a registration word, a short mark and an ordinary word after it --------------------------


def test_registration_word_then_part_of_a_mark_and_a_word() -> None:
    assert _marks("I think the reg was KX19 but I didn't get the rest of it.") == []
    assert "KX19 and" not in _marks("Reg plate KX19 and then something, the car was silver.")
    assert _marks("Index KX19 was all she saw, the car was silver.") == []
    # a whole mark after the word is still read, and a short private mark with a word after it
    assert _marks("I think the reg was KX19 ABC but I'm not sure.") == ["KX19 ABC"]
    assert _marks("reg LW 1 on his Bentley outside the club.") == ["LW 1"]


# --- look-alikes: a form's, an exhibit's, a channel's name; a passcode --------------------------


def test_form_exhibit_channel_and_passcode_names_are_no_marks() -> None:
    assert _marks("Statement taken on Form MG11 ABC today from the victim.") == []
    assert _marks("Exhibit JT12 ABC seized from the bedroom drawer.") == []
    assert _marks("Switched to Channel KX19 ABC on the radio for the stop.") == []
    assert _marks("Passcode AB12CDE for the phone, given in interview.") == []
    # the same shapes where the text says they are marks
    assert _marks("ANPR hit on MG11 ABC at the lights.") == ["MG11 ABC"]
    assert _marks("Exhibit JT/1 - keys to the Golf, reg AB12 CDE.") == ["AB12 CDE"]


# --- a zero typed for the O that begins a mark's letters ---------------------------------------


def test_zero_for_o_in_a_mark_that_is_no_postcode() -> None:
    # "KX19 0PL" has a postcode's shape, but no postcode area begins KX
    assert _keys("Silver Golf KX19 0PL seen again outside the flats.") == ["KX19OPL"]
    assert _keys("reg fv68 0tz on the white transit") == ["FV68OTZ"]
    # a real postcode area keeps the postcode reading
    assert _marks("Silver Golf seen at 4 Mill Lane, Leeds LS19 0PL again.") == []


# --- a lower-case current mark in a note that is not all lower case: a use, an arrival, a driver, a lift


def test_lower_case_mark_beside_a_use_an_arrival_a_driver_or_a_lift() -> None:
    assert _marks("Known to use bf65uka. Lives with his nan in Beeston.") == ["bf65uka"]
    assert _marks("Obs on address 1900-2100, kx19vbn arr 2030 left 2045.") == ["kx19vbn"]
    assert _marks("Drv of bf65uka gave name as Mark JONES, no licence produced.") == ["bf65uka"]
    assert _marks("Mum says Jayden gets picked up by yk17 hfd most nights.") == ["yk17 hfd"]


def test_lower_case_shapes_that_are_codes_or_handles_stay_unread() -> None:
    assert _marks("Wifi password was kx19vbn, given by the landlord. Nothing else.") == []
    assert _marks("Jayden's Snapchat is kx19vbn, he messages her daily.") == []
    assert _marks("Report saved as kx19vbn.pdf on the shared drive.") == []
    assert _marks("Email kx19vbn@example.com is on the account.") == []
    # spaced, with an English word for the letters, it is a code and a word
    assert _marks("Mum says Jayden sits with the yr10 boy most nights.") == []


def test_lower_case_mark_with_nothing_about_a_vehicle_stays_unread() -> None:
    assert _marks("Also bf65uka (mum's) according to the neighbour.") == []
    assert _marks("Card code was written as gh14kdt on the back.") == []


# --- VRN: the registration word some forces write ---------------------------------------------------


def test_vrn_is_a_registration_word() -> None:
    assert _marks("VRN kx19vbn flagged on the hotlist by the control room.") == ["kx19vbn"]
    assert _marks("Van VRN: R412 BKT seen at the yard.") == ["R412 BKT"]
    assert _marks("Partial VRN KX19 only, silver Golf.") == []
    assert _marks("Nothing on PNC for the VRN given, caller unsure.") == []


# --- a mark followed by what was done to the car -------------------------------------------------


def test_mark_followed_by_what_was_done_to_the_car() -> None:
    assert _marks("GIL 2314 abandoned at the lough shore overnight.") == ["GIL 2314"]
    assert _marks("R412 BKT recovered burnt out on the moor road.") == ["R412 BKT"]
    assert _marks("Black Audi, LXZ 4412 reported stolen from the farm.") == ["LXZ 4412"]
    assert _marks("MAZ 6621 spotted in Omagh by the local unit.") == ["MAZ 6621"]


def test_shapes_used_for_other_things_stay_unread() -> None:
    assert _marks("Room ABZ 12 is used for storage by the landlord.") == []
    assert _marks("Flight EZY 1234 landed at Belfast at 0900.") == []


# --- a report in capitals: a list of marks joined by AND/OR --------------------------------------


def test_list_of_marks_joined_by_and_in_capitals() -> None:
    assert _marks("SUBJECT HAS USE OF KP15 GRN AND T612 BHV, BOTH INSURED TO HIS MOTHER.") == ["KP15 GRN", "T612 BHV"]
    assert _marks("SEEN IN YD68 KLT OR GHN 451K ON THE NIGHT.") == ["YD68 KLT", "GHN 451K"]
    assert _marks("Subject has use of KP15 GRN and T612 BHV.") == ["KP15 GRN", "T612 BHV"]


# --- a model code before a mark: the mark after a BMW/Audi code, an NI mark after a model, a trim --------


def test_lower_case_mark_after_a_model_code() -> None:
    assert _marks("Welfare check done, mum home. x3 kp18 wlt on the drive.") == ["kp18 wlt"]
    assert _marks("Seen in his q7 bd68 kxp again outside the gym.") == ["bd68 kxp"]


def test_northern_ireland_mark_after_a_model_is_not_a_prefix_mark() -> None:
    assert _marks("A grey Mitsubishi L200 DKZ 4419 has been parked at the yard.") == ["DKZ 4419"]
    assert _marks("He drives a black BMW X5 OIJ 2207 between Newry and Dundalk.") == ["OIJ 2207"]
    assert _marks("AUDI A6 MXZ 5510 (NI REG) SEEN AT THE FARM.") == ["MXZ 5510"]


def test_trim_badge_after_a_model_is_no_mark() -> None:
    assert _marks("MAKE/MODEL: MERCEDES-BENZ E220 AMG LINE   COLOUR: GREY") == []
    assert _marks("Vehicle: Vauxhall Astra 1.4 SRI, white, no plates fitted.") == []
    assert _marks("Reg C220 AMG on the private plate list.") == ["C220 AMG"]


# --- a log's fields split by slashes -------------------------------------------------------------


def test_mark_in_slash_separated_fields_beside_the_car() -> None:
    assert _marks("1420 VW GOLF/YD19KPT/SILVER - M62 J26 EB") == ["YD19KPT"]
    assert _marks("Sighting: silver Golf/KX19 VBN/Harehills 14:00") == ["KX19 VBN"]
    assert _marks("Veh: KX19VBN/Ford Fiesta/blue") == ["KX19VBN"]


def test_slashed_codes_stay_unread() -> None:
    assert _marks("Ref INT/KX19VBN/25 raised by the FIB.") == []
    assert _marks("URN 24/KX19VBN held on Niche.") == []


# --- a current mark spaced into its three parts ---------------------------------------------------


def test_current_mark_spaced_into_three_parts() -> None:
    assert _marks("Black Audi WU 66 FBY seen at the lights on Park Road.") == ["WU 66 FBY"]
    assert _marks("WU 66 FBY (black Audi) left the car park at speed.") == ["WU 66 FBY"]
    assert _marks("He was picked up in WU 66 FBY with two others.") == ["WU 66 FBY"]
    assert _keys("ANPR hit WU 66 FBY M1 J33 northbound.") == ["WU66FBY"]


def test_three_part_shapes_that_are_dates_or_speeds_stay_unread() -> None:
    assert _marks("SEEN BY THE CAR ON 12 MAY AND AGAIN ON 14 JUN.") == []
    assert _marks("VEHICLE SPEED UP 20 MPH OVER THE LIMIT.") == []
    assert _marks("Flat 12, Block AB 12 CDE of the estate plan.") == []


def test_prefix_mark_spaced_into_three_parts() -> None:
    assert _marks("The motor was a red Vectra, P 812 KBT I think.") == ["P 812 KBT"]
    assert _marks("Old Volvo R 4 KVG parked outside the bookies.") == ["R 4 KVG"]
    assert _marks("HE LIVES IN A 3 BED HOUSE AND PARKS HIS CAR OUTSIDE.") == []
    assert _marks("Traffic on the A 14 NBD near the car transporter.") == []

"""Session 8: vehicle marks written in ways no earlier evaluation set held - foreign plates named by
their country, marks wrapped by a line end, hyphenated or with a stray space after a registration
word, a short word after a dateless mark, old-style and Northern Ireland marks used as a car with no
registration word, Irish marks after a vehicle word - and the look-alikes that must stay unread."""

from scanassist_core.extract._identifiers import _find_vehicles


def _marks(text: str) -> list[str]:
    return [f.text for f in _find_vehicles(text)]


def _keys(text: str) -> list[str]:
    return [f.key for f in _find_vehicles(text)]


# --- foreign marks with their country said --------------------------------------------------


def test_foreign_mark_after_a_country_plate_phrase() -> None:
    assert _marks("Curtainsider stopped at Dover, trailer on Polish plates WPR 48213, driver's hours breached.") == ["WPR 48213"]
    assert _marks("Romanian registered Ford Transit CJ 08 XVB parked behind the car wash all week.") == ["CJ 08 XVB"]
    assert _marks("Caller says a French reg van, FG-481-KL, has been outside the school twice.") == ["FG-481-KL"]
    assert _marks("lithuanian plated audi KHM 713 seen at the layby again") == ["KHM 713"]
    assert _keys("Trailer Polish reg WZ48213.") == ["WZ48213"]


def test_foreign_mark_skips_the_vehicle_named_before_it() -> None:
    assert _marks("Bulgarian registered HGV CA 4471 KP stopped at the weighbridge.") == ["CA 4471 KP"]
    assert _marks("German plated BMW X5 HH AB 4471 seen on ANPR at Folkestone.") == ["HH AB 4471"]


def test_foreign_mark_before_its_country_in_brackets() -> None:
    assert _marks("Victim picked up in a car B 731 KRT (Romanian plates) near the station.") == ["B 731 KRT"]
    assert _marks("Lorry WGM 90312? (Polish reg, unconfirmed) seen on the A14.") == ["WGM 90312"]


def test_country_words_without_a_plate_are_no_foreign_mark() -> None:
    assert _marks("A Polish national, Jan NOWAK (DOB 12/03/1990), of 12 Mill Lane.") == []
    assert _marks("Payments to a Polish registered company KRS 0000412233 over six months.") == []
    assert _marks("Black Audi A4 (Polish reg) seen leaving at 0300, mark not read.") == []
    assert _marks("French plates on the van, but no number noted; 2 males aged 30-35.") == []


# --- a mark wrapped by a line end ----------------------------------------------------------------


def test_mark_split_by_a_line_end_after_a_registration_word() -> None:
    assert _marks("Vehicle examined: Triumph Spitfire, reg no: KPT\n612P (shell only)") == ["KPT\n612P"]
    assert _marks("VRM: YD19\nHKT  Colour: grey  Make: Skoda") == ["YD19\nHKT"]
    assert _keys("Registration mark R412\nBKT recorded by the camera.") == ["R412BKT"]


def test_line_end_without_a_registration_word_joins_nothing() -> None:
    assert _marks("Room ABC\n123A is the store.") == []
    assert _marks("Officers at the scene: PC AB12\nDEF section notes follow.") == []


# --- a registration word, then a mark written oddly ---------------------------------------------


def test_dateless_mark_followed_by_a_short_word() -> None:
    assert _marks("Plate LW 1 on his Bentley, per the neighbour.") == ["LW 1"]
    assert _marks("Reg 1 GKR in the garage at the farm.") == ["1 GKR"]
    assert _marks("reg AB12 CD and then he drove off") == []


def test_hyphens_and_stray_spaces_after_a_registration_word() -> None:
    assert _marks("Vehicle VRM: FD-17-KXA, white Transit, no tax.") == ["FD-17-KXA"]
    assert _marks("Witness read the reg as AB12 C DE but the camera shows otherwise.") == ["AB12 C DE"]
    assert _keys("VRM YK19FT X caught on camera at 0212.") == ["YK19FTX"]


def test_hyphenated_mark_beside_the_car_or_a_check() -> None:
    assert _marks("PNC check on LM17-RTV showed no insurance.") == ["LM17-RTV"]
    assert _marks("Silver Kia Ceed YX15-OPL seen on the drive.") == ["YX15-OPL"]
    assert _marks("Ref LM17-RTV sent to the file.") == []
    assert _marks("Order LM17-RTV dispatched on Monday.") == []


# --- old-style and NI marks used as a car, with no registration word -----------------------------


def test_prefix_and_suffix_marks_used_as_a_car() -> None:
    assert _marks("R123 BKT seen at the address at 2200 hrs.") == ["R123 BKT"]
    assert _marks("Subject was in M412 KLT on Tuesday with two others.") == ["M412 KLT"]
    assert _marks("TUR 381W is registered to his father in Crewe.") == ["TUR 381W"]


def test_ni_mark_after_in() -> None:
    assert _marks("Subject was in AXZ 1234 when stopped on the Glen Road.") == ["AXZ 1234"]


def test_road_and_direction_is_no_prefix_mark() -> None:
    assert _marks("Traffic stopped on M62 EBD after the crash, lanes closed.") == []


# --- Irish marks after a vehicle word ------------------------------------------------------------


def test_irish_mark_after_a_vehicle_word_or_registration_word() -> None:
    assert _marks("Vehicle 191-D-4472 at the docks, driver refused to give details.") == ["191-D-4472"]
    assert _marks("Toyota Hilux 08-KE-1234 seen towing a horsebox.") == ["08-KE-1234"]
    assert _marks("Ref 14-D-2231 sent to the file.") == []
    assert _marks("Vehicle seen on 12 D 12345 occasions.") == []


def test_part_of_the_reg_is_no_mark() -> None:
    assert _marks('She only got part of the reg "YE14" as it drove off.') == []


def test_a_mark_said_as_a_fragment_is_no_mark() -> None:
    assert _marks("Dad thinks the reg was LK19 something, a grey people carrier.") == []
    assert _marks("reg FV70 summat, he couldnt see the rest") == []
    assert _marks("The plate was read as YK14 KLT, something like that, by the caller.") == ["YK14 KLT"]
    assert _marks("Witness says the reg was YK14 KLT and the car was silver.") == ["YK14 KLT"]


def test_school_year_and_a_word_after_in_is_no_mark() -> None:
    assert _marks("HER BROTHER JACK IS IN Y11 AND HAS BEEN EXCLUDED.") == []
    assert _marks("Her brother is in Y10 and doing well at school.") == []


def test_foreign_mark_in_a_report_typed_in_capitals() -> None:
    assert _marks("A POLISH PLATED TRANSIT WGM 61234 SEEN AT THE DOCKS.") == ["WGM 61234"]
    assert _marks("ATTENDED IN A ROMANIAN-PLATED DACIA LOGAN B 731 KRT TO COLLECT HIM.") == ["B 731 KRT"]


def test_lower_case_note_marks_after_their_cues() -> None:
    assert _marks("he has been using trade plates 123 ab on the golf, seen twice") == ["123 ab"]
    assert _marks("seen on anpr with a republic of ireland plate 191-lh-2046 at gretna") == ["191-lh-2046"]
    assert _marks("index 12 of the list was blank") == []


def test_model_then_a_word_is_no_prefix_mark() -> None:
    assert _marks("MALES USING CLONED PLATES ON A BLACK AUDI S3 ARE BELIEVED LOCAL.") == []


def test_junction_and_time_after_a_foreign_vehicle_is_no_mark() -> None:
    assert _marks("POLISH-REGISTERED TRACTOR UNIT SEEN ON ANPR LEAVING J15A 0312 (NO MATCH UK).") == []
    assert _marks("trailer pl reg. 26kg cocaine in a pallet, lithuanian driver") == []

"""Private and cherished marks (dateless shapes: "RB 5555", "LW 1") in lists of a nominal's
vehicles, straight after a make and model, or said to be private; marks listed with semicolons;
a lower-case mark someone holds the keys to; and a model followed by the word "reg". Every mark
and sentence is written for these tests."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def marks(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "VEHICLE"]


def test_a_private_mark_in_a_list_of_vehicles():
    assert marks("Linked vehicles: KM21 RTX (Audi Q5), JT 7 (private plate on a Porsche), WP 4412.") == [
        "KM21 RTX", "JT 7", "WP 4412"]
    assert marks("VEHICLES: YD70 KLM, 1 GKR, SN66 OPU") == ["YD70 KLM", "1 GKR", "SN66 OPU"]
    assert marks("Uses FH19 XXP and DAZ 1 (cherished) on the school run.") == ["FH19 XXP", "DAZ 1"]


def test_marks_listed_with_semicolons():
    assert marks("VRMs: LK68 BNV (Golf) ; P51 MKE (private reg, on retention) ; PT 22") == ["LK68 BNV", "P51 MKE", "PT 22"]
    assert marks("LINKED VRM WV17OPA;GJ2|LAST UPDATE 01022025") == ["WV17OPA", "GJ2"]


def test_a_private_mark_straight_after_a_make_and_model():
    assert marks("Drives a grey Audi A5 MO 7777 (private plate) from the gym.") == ["MO 7777"]
    assert marks("Seen in a white Range Rover Sport JAS 8, parked on the drive.") == ["JAS 8"]
    assert marks("She drives a black BMW X5 and a blue Ford Fiesta to work.") == []


def test_a_mark_said_to_be_private():
    assert marks("Now uses cherished plate K 100 on his Bentley.") == ["K 100"]
    assert marks("The private reg 5 RHD has been moved to his wife's car.") == ["5 RHD"]


def test_roads_gradings_and_collar_numbers_are_not_private_marks():
    assert marks("Drove north on the M6 then the A38 to Lichfield. Graded B2. PC 4471 attended.") == []
    assert marks("LIVES AT 12 MILL LANE WITH HIS MUM. ROOM 3 SEARCHED.") == []
    assert marks("VEH YX19 KLP, 12 MAY 2025, 4 MEN INSIDE, FORD FOCUS 1 OF 2 SEEN") == ["YX19 KLP"]
    assert marks("Vehicles: AB12 CDE, an old Mercedes QHZ 481T (no trace)") == ["AB12 CDE"]


def test_a_lower_case_mark_someone_holds_the_keys_to():
    assert marks("Search found £900 in a sock and keys to kv19wsx in the kitchen.") == ["kv19wsx"]
    assert marks("He had the key for hn20 pdt on him when arrested.") == ["hn20 pdt"]


def test_a_model_before_the_word_reg_is_not_a_mark():
    assert marks("HE DRIVES A BLACK BMW X5 REG AY18 ORH AND A VAN.") == ["AY18 ORH"]
    assert marks("Owns an Audi Q7 REG FG71 TTP.") == ["FG71 TTP"]


def test_a_count_after_a_phone_number_is_not_part_of_it():
    found = lambda t: [f.text for f in find_identifiers(t) if f.type == "PHONE"]
    assert found("Prison PIN log: he has called 07700900412 17 times since Monday.") == ["07700900412"]
    assert found("Cell download shows 07700 900 518 3 calls and 01632 960221 12 texts.") == ["07700 900 518", "01632 960221"]
    assert found("Ref 0845 123 4567 89 on the invoice") == []


def test_a_pnc_id_after_pnc_shows_him_as():
    pnc = lambda t: [f.text for f in find_identifiers(t) if f.type == "PNC_ID"]
    assert pnc("PNC shows him as 09/334512T, wanted on warrant.") == ["09/334512T"]
    assert pnc("PNC lists her as 15/220987Q (no markers).") == ["15/220987Q"]


def test_prefix_and_suffix_marks_with_a_z():
    assert marks("DVLA confirm a cherished VRM was assigned: T7 KAZ. Old plate retained.") == ["T7 KAZ"]
    assert marks("Arrived in an old Jaguar XJ6 LBZ 712V, parked on the verge.") == ["LBZ 712V"]
    assert marks("GAZ 123 was the call sign on the radio.") == []

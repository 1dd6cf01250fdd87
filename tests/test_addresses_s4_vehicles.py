"""Vehicle marks as officers and partners write them beyond the first sets: fragments of a mark
are not marks, the description may follow the mark, Northern Irish marks said to be so, and
lower-case marks in hasty notes. Examples are written for these tests (fictional marks)."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def marks(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "VEHICLE"]


def test_a_fragment_of_a_mark_is_not_a_mark():
    assert marks("Witness saw a black Golf (partial reg FV19) leave at speed.") == []
    assert marks("Dark hatchback, reg ends in 4 KXT, seen twice near the school.") == []
    assert marks("White van, index starting KX67... no more seen.") == []
    assert marks("Silver Astra, VRM KX67*** according to the caller.") == []
    # A full mark in the same kind of sentence is still found.
    assert marks("Witness saw a black Golf, reg FV19 HTT, leave at speed.") == ["FV19 HTT"]


def test_older_and_personalised_marks_with_the_description_after():
    assert marks("ANPR hit - P412 RJK (Mercedes Sprinter, white) southbound J10.") == ["P412 RJK"]
    assert marks("He uses a private plate, A1 BCD, black Range Rover.") == ["A1 BCD"]
    # A road and junction are not a mark even in a traffic report.
    assert marks("Collision on the A14 J22, Ford Focus involved.") == []


def test_northern_irish_mark_said_to_be_so():
    assert marks("ADDRESS NFA. VEH: OIL 4521 (NI REG) VW PASSAT SILVER.") == ["OIL 4521"]
    assert marks("Used a car KIG 7781 (NI) to collect the cash.") == ["KIG 7781"]
    assert marks("Meeting in room GZ 1204 (north side) at noon.") == []


def test_lower_case_current_marks_in_hasty_notes():
    assert marks("seen again travelling in lr68 wtx with 2 other lads") == ["lr68 wtx"]
    assert marks("kx67 opl silver yaris stopped cannock rd 2300") == ["kx67 opl"]
    assert marks("Stopped on Mill Lane; he was driving fe19 xpt.") == ["fe19 xpt"]


def test_lower_case_mark_after_a_kind_of_vehicle():
    assert marks("cash found concealed in a campervan sy15 rpu on the drive") == ["sy15 rpu"]
    assert marks("living out of a motorhome kp19 zzt at the lay-by") == ["kp19 zzt"]


def test_lower_case_marks_in_lists_after_in_and_after_a_reg_word():
    assert marks("Two cars on the pavement on Ashton Road, regs BK59 OHF and ma11gbv.") == ["BK59 OHF", "ma11gbv"]
    assert marks("i wrote the reg down on my phone, it was kx19hbn. i have seen this car before") == ["kx19hbn"]
    assert marks("they found a battery angle grinder in ce70wtd on penarth road") == ["ce70wtd"]
    # Without any of these the shape alone is not trusted in lower case in a cased report (it may
    # be a username); in a note typed all in lower case, case says nothing and it is read as a mark.
    assert marks("The lad sf68 bxn said nothing") == []
    assert marks("the lad sf68 bxn said nothing") == ["sf68 bxn"]


def test_labels_with_quotes_slashes_and_driving_before_a_personalised_mark():
    assert marks("Personalised plate 'B16 BOY' on a black Range Rover.") == ["B16 BOY"]
    assert marks("anpr: vrm/yx19abc northbound m6 j10 0214") == ["yx19abc"]
    assert marks("He drives K1 NGS, seen most days outside the gym.") == ["K1 NGS"]
    assert marks("Traffic held on the A14 ABC junction sign.") == []


def test_a_lower_case_mark_that_is_a_whole_field_of_a_record():
    assert marks("nominal: reyes, tomas 06/06/1997; kn68 zpo; tel 07700 900353") == ["kn68 zpo"]
    assert marks("surname | forename | vrm\nreyes | tomas | kn68 zpo") == ["kn68 zpo"]


def test_marks_after_getting_into_sightings_of_and_farm_vehicles():
    assert marks("Seen getting into LXZ4412 on 3 occasions near the school.") == ["LXZ4412"]
    assert marks("please report any sightings of nk64ztb on 101") == ["nk64ztb"]
    assert marks("dad says kevin drove the trailer (cx15yht) to the farm sale") == ["cx15yht"]

"""Session 7: vehicle marks written in ways the rules missed - typed in lower case with no cue,
typed loosely (a letter for a digit, a letter DVLA does not issue), Northern Ireland marks in a
list, a vehicle label of a few words, a model named without its make - and the look-alikes that
must stay unread (passwords, references, postcodes, a model and its colour in shorthand)."""

from scanassist_core.extract._identifiers import _find_vehicles


def _marks(text: str) -> list[str]:
    return [f.text for f in _find_vehicles(text)]


def _keys(text: str) -> list[str]:
    return [f.key for f in _find_vehicles(text)]


# --- a current mark typed in lower case, no registration word --------------------------------


def test_lower_case_mark_in_mixed_case_prose() -> None:
    assert _marks("Checked yx19kpt on PNC - no trace, no insurance markers.") == ["yx19kpt"]
    assert _marks("Intel suggests he now uses bd21xkr to run drugs to Grimsby.") == ["bd21xkr"]
    assert _marks("Cars used: ke18lmn, wa19tvb and yp67rrt.") == ["ke18lmn", "wa19tvb", "yp67rrt"]
    assert _marks("Group meets at the retail park most nights, incl. fd17kxa and two mopeds.") == ["fd17kxa"]


def test_lower_case_spaced_mark_needs_letters_that_are_no_word() -> None:
    assert _marks("Witness says the car was yx19 kpt but she is not sure.") == ["yx19 kpt"]
    assert _marks("Spoke to the head of yr11 and the DSL about the stolen car.") == []


def test_lower_case_mark_needs_a_sentence_about_a_vehicle() -> None:
    assert _marks("Code on the back of the card was gh14kdt, given to the bank.") == []
    assert _marks("Notes say kd19xrt - no other detail held.") == []


def test_lower_case_code_after_a_code_word_is_no_mark() -> None:
    assert _marks("Wifi password was fk12xyz according to the landlord.") == []
    assert _marks("Exhibit ref jt12abc bagged and sealed at 1400.") == []
    assert _marks("Photo saved as ab12cde.jpg on the shared drive.") == []
    assert _marks("Account name on the app: user mk19fxt, not verified.") == []


# --- loosely typed marks ---------------------------------------------------------------------


def test_mark_with_a_letter_for_a_digit_after_a_cue() -> None:
    assert _marks("VRM YK1O FGH checked - no trace.") == ["YK1O FGH"]
    assert _keys("VRM YK1O FGH checked - no trace.") == ["YK10FGH"]
    assert _keys("Vehicle reg AB12 CD0 (poss typo) seen leaving the car park.") == ["AB12CDO"]


def test_mark_with_a_letter_dvla_does_not_issue_beside_the_car() -> None:
    assert _marks("Her partner drives a grey Mercedes C220 HI14 WAZ (cherished).") == ["HI14 WAZ"]
    assert _marks("Silver Ford Focus BD5I KLM parked on the drive.") == ["BD5I KLM"]


def test_loose_shape_without_context_or_as_a_postcode_is_no_mark() -> None:
    assert _marks("HI14 WAZ was written on the wall in marker pen.") == []
    assert _marks("ANPR camera outside 12 Union Row, Aberdeen AB10 1XG has no hits.") == []


# --- Northern Ireland marks, labels, models ---------------------------------------------------


def test_ni_mark_listed_after_another_mark() -> None:
    assert _marks("Vehicles linked: AXZ 1234 (NI), BIG 7721") == ["AXZ 1234", "BIG 7721"]
    assert _marks("Cars used by the OCG: YC17 MKD, KJZ 4410") == ["YC17 MKD", "KJZ 4410"]


def test_ni_mark_after_a_model_named_alone() -> None:
    assert _marks("Seen in his Discovery LXZ 4471 on the Lisburn Road.") == ["LXZ 4471"]
    assert _marks("Keeper of the Defender RJZ 9001 is his brother.") == ["RJZ 9001"]


def test_model_and_colour_shorthand_after_a_make_is_no_mark() -> None:
    assert _marks("VEH: LF68UVR MERCEDES C220 WHT/BLK seen daily.") == ["LF68UVR"]
    assert _marks("Vehicle: AUDI A3 S-LINE BLK KM16LLP") == ["KM16LLP"]
    assert _marks("Old mark A180 BLK (private plate) now on his van.") == ["A180 BLK"]


# --- private marks: the cue a few words off, after the mark, or a letter DVLA does not issue ----


def test_private_plate_named_a_few_words_before_the_mark() -> None:
    assert _marks("It had a private plate, something like K1 NGS, I remember it spelt KINGS.") == ["K1 NGS"]
    assert _marks("Dateless mark ABC 123 on the Bentley outside.") == ["ABC 123"]


def test_private_mark_with_a_letter_dvla_does_not_issue() -> None:
    assert _marks("Range Rover Velar displayed as T4 RIQ (cherished mark) at the time.") == ["T4 RIQ"]
    assert _marks("Plates R1 CQY personalised, seen on the Bentley.") == ["R1 CQY"]
    assert _keys("Plates R1 CQY personalised, seen on the Bentley.") == ["R1CQY"]


def test_private_hire_after_a_shape_is_no_private_cue() -> None:
    assert _marks("Booked a private hire from T4 RIQ street at 2200.") == []


# --- phase 2: described after an adjective, partial marks, school years, cue in the sentence ---


def test_mark_described_after_with_an_adjective() -> None:
    assert _marks("vs high st - K412 PLR old corsa, driver no licence.") == ["K412 PLR"]
    assert _marks("Stop check: KX19 ABC battered blue transit on the M1.") == ["KX19 ABC"]


def test_first_part_of_a_plate_is_a_fragment() -> None:
    assert _marks('Witness thinks 1st part of plate "KD6", car was dark.') == []
    assert _marks("She got the first three letters of the reg: MX1, nothing more.") == []


def test_school_year_and_a_word_is_no_mark() -> None:
    assert _marks("Head of year says the yr10 boy and two yr11 lad are involved in the car thefts.") == []
    assert _marks("A flatbed Transit YR13 BDV was on the drive.") == ["YR13 BDV"]


def test_lower_case_prefix_mark_after_a_registration_word_in_its_sentence() -> None:
    assert _marks("Kids returned home 2300, Mum spoken to. Plate of car outside r412 kpt for info.") == ["r412 kpt"]
    assert _marks("Got the reg of a car on the a12 new road, will check PNC.") == []


def test_loose_mark_after_a_stop_or_as_a_keeper_s_vehicle() -> None:
    assert _marks("Stop of hi14wak on the A52 at 1935hrs, driver no insurance.") == ["hi14wak"]
    assert _marks("Registered keeper of SV16 WQA is a hire firm in Hull.") == ["SV16 WQA"]
    assert _marks("Stop check on kx19abc by traffic, all in order.") == ["kx19abc"]


def test_code_then_a_stop_word_is_no_mark_in_a_note_typed_in_lower_case() -> None:
    assert _marks("yr11 girls in the park, one had a knife, ab12 and cd34 are bus routes") == []
    assert _marks("stop check ab12 cde high st 2210, driver jay smith, nfa") == ["ab12 cde"]


def test_second_mark_after_a_slash() -> None:
    assert _marks("Vehicles AB12CDE/CD34EFG both seen at the address.") == ["AB12CDE", "CD34EFG"]
    assert _marks("Vehicles AB12CDE/CD34 seen, second plate not read.") == ["AB12CDE"]


def test_hyphenated_current_mark_after_a_registration_word() -> None:
    assert _keys("Vehicle reg KM16-LLP seen leaving at 0300.") == ["KM16LLP"]
    assert _marks("VRM KM16-LLP-2 is the exhibit reference.") == []
    assert _marks("Ref KM16-LLP on the job sheet.") == []

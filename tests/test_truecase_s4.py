"""Case-less reports (session 4): hasty-note spellings and shouted surnames the truecased view
must not misread - contractions typed without the apostrophe, "n" for "and", and surnames that
end like adverbs (REILLY, DONNELLY, CONNOLLY)."""

from __future__ import annotations

from scanassist_core.extract._filters import lexicon
from scanassist_core.extract._pipeline import Extractor
from scanassist_core.extract._truecase import truecase


def _view(text: str) -> str:
    view = truecase(text, lexicon())
    assert view is not None and len(view) == len(text) and view.lower() == text.lower()
    return view


def _persons(text: str) -> list[str]:
    return [f.text for f in Extractor().extract_text(text) if f.type == "PERSON"]


def test_contraction_without_apostrophe_is_no_surname() -> None:
    text = "spoke to nan at the door, she says liam hasnt been home since tues and wasnt at school either"
    view = _view(text)
    assert "Liam hasnt" in view and "HASNT" not in view
    assert "liam" in _persons(text)


def test_n_between_two_names_is_and_not_an_initial() -> None:
    text = "mason was last seen with kyle n dean at the rec on friday, both known to the missing team"
    view = _view(text)
    assert "Kyle n" in view
    assert "kyle" in _persons(text) and "kyle n" not in _persons(text)


def test_initial_still_read_before_a_verb() -> None:
    assert "Tomasz W has" in _view("tomasz w has since moved out of the flat and changed his number")


def test_surname_ending_like_an_adverb_is_still_a_surname() -> None:
    lower = "connor reilly seen on foot in town centre. reilly made off when he saw police"
    assert "Connor REILLY" in _view(lower)
    assert "connor reilly" in _persons(lower)
    shouted = "ALAN DONNELLY ARRESTED FOR ASSAULT. DONNELLY WAS WITH HIS BROTHER SEAN WHEN OFFICERS ARRIVED"
    assert "ALAN DONNELLY" in _persons(shouted)
    # a real adverb after a forename stays an adverb
    assert "Kyle quickly" in _view("kyle quickly left the address when officers knocked on the door at 2200")


def test_lone_unknown_word_after_a_person_slot_is_a_name() -> None:
    text = "she says the phone was bought for her by ozturk. he has fallen out with brannigan over money and owes kaczmarek 2k"
    view = _view(text)
    assert "by OZTURK" in view and "with BRANNIGAN" in view and "owes KACZMAREK" in view
    assert {"ozturk", "brannigan", "kaczmarek"} <= set(_persons(text))


def test_lone_unknown_word_joined_to_a_name_is_a_name() -> None:
    view = _view("he hangs around with shannon price and tkachenko most nights near the shops")
    assert "and TKACHENKO" in view


def test_things_after_with_and_sites_after_a_slot_stay_lower() -> None:
    view = _view("he was found with etizolam and cash in his sock. later seen with friends by ferncliffe estate")
    assert "etizolam" in view
    assert "FERNCLIFFE" not in view


def test_everyday_forename_that_is_only_a_noun_after_with_or_kin_of() -> None:
    view = _view("spoke w mum of mason, he hasnt been home since fri. last seen with jordan at the rec")
    assert "of MASON," in view and "with JORDAN at" in view
    # forenames that are verbs or describing words stay words after "with"
    view = _view("he was with grace and will be back at the hostel later, dealt with frank advice from staff")
    assert "grace" in view and "will" in view and "frank" in view


def test_street_word_after_a_known_place_is_cased_with_it() -> None:
    view = _view("LOCATION OF SEARCH: WALSALL ROAD, WEDNESBURY. GROUNDS: SMELL OF CANNABIS FROM VEHICLE")
    assert "Walsall Road" in view
    view = _view("seen outside the chippy on dudley st bilston approx 2130 with 3 males, made off towards tipton st")
    assert "Dudley St Bilston" in view and "Tipton St" in view
    locs = [f.text for f in Extractor().extract_text("LOCATION OF SEARCH: WALSALL ROAD, WEDNESBURY. GROUNDS: SMELL OF CANNABIS") if f.type == "LOCATION"]
    assert "WALSALL ROAD" in locs


def test_word_after_name_as_is_a_name() -> None:
    text = "spoke to a lad called brandon who gave his surname as hollis. words of advice given"
    assert "surname as HOLLIS" in _view(text)
    assert "hollis" in _persons(text)
    assert "name was on" in _view("his name was on the tenancy agreement for the flat above the shop")


def test_second_name_after_a_comma_gets_its_surname() -> None:
    view = _view("assoc: declan mccann, orla brannigan\nremarks: seen together at the taxi rank most weekends")
    assert "Orla BRANNIGAN" in view
    view = _view("caller: dan, daniel kowalewski. me mum's here as well, she saw it all from the window")
    assert "Dan, Daniel KOWALEWSKI" in view


def test_forename_compound_takes_its_surname() -> None:
    view = _view("return interview - lacey-mae brannigan, 13. missing 11 hours, found at a friend's address")
    assert "Lacey-Mae BRANNIGAN" in view


def test_person_after_verbs_that_govern_to_from_of_for_and_believed_to_be() -> None:
    text = (
        "handset seized from kaczmarek on arrest. he works for ozturk and is linked to brannigan. "
        "the driver is believed to be mcavoy. friend of tkachenko seen at the flat"
    )
    view = _view(text)
    for name in ("KACZMAREK", "OZTURK", "BRANNIGAN", "MCAVOY", "TKACHENKO"):
        assert name in view
    assert {"kaczmarek", "ozturk", "brannigan", "tkachenko"} <= set(_persons(text))


def test_places_after_movement_verbs_stay_places() -> None:
    view = _view("she travelled from penhallow to the city centre and went to trevarno later that night")
    assert "PENHALLOW" not in view and "TREVARNO" not in view


def test_saint_after_a_place_is_no_street() -> None:
    view = _view("stop search - exeter st davids station, platform 1. outcome nfa, words of advice")
    assert "Exeter St" not in view


def test_text_speak_after_a_forename_is_no_surname() -> None:
    view = _view("[19/03/2025 16:05] t: ting at the yard ready. take ellie wid u she knows the lot\n[19/03/2025 16:06] me: safe")
    assert "Ellie wid" in view
    view = _view("brad: i owe rebaz and karwan sed theyll break my legs\nkayleigh: no brad ur gonna spend it")
    assert "SED" not in view and "UR" not in view


def test_verb_opening_a_line_before_a_name_stays_lower() -> None:
    text = "- darren fenwick reported his transit stolen overnight. believes kaczmarek took it, they fell out"
    view = _view(text)
    assert "believes KACZMAREK" in view
    assert "kaczmarek" in _persons(text)


def test_caller_surname_before_a_reporting_verb() -> None:
    view = _view("01:07 CALLER DOREEN FIELDING STATES MALE AND FEMALE ARGUING IN FLAT 3")
    assert "FIELDING states" in view
    # an adverb there is no surname
    assert "Kyle later said" in _view("kyle later said he was fine and went home with his mum")


def test_initial_and_surname_after_a_person_noun() -> None:
    view = _view("06:03 MALE DETAINED OZTURK; FEMALE N WARD + 1 CHILD SAFE. PNC SHOWS KEEPER AS C SPALDING")
    assert "detained OZTURK" in view and "N WARD" in view and "C SPALDING" in view
    view = _view("male a smith and female x in car, male k walking towards the shops")
    assert "K walking" not in view and "X in" not in view


def test_unknown_subject_before_an_adverb_of_state() -> None:
    view = _view("officers attend. kaczmarek alone with children, no injuries. search negative")
    assert "KACZMAREK alone" in view
    # a body's name is not a subject: "wholesale", "fresh" are adverbs too
    view = _view("customer is director of trevarno wholesale foods ltd. trevarno wholesale turnover declined")
    assert "TREVARNO" not in view


def test_everyday_forename_before_a_surname_no_english_knows() -> None:
    view = _view("16:48 - ARRESTED. STATES HE IS HOMELESS SINCE LEE KACZMAREK TOOK EVERYTHING FROM THE FLAT")
    assert "Lee KACZMAREK" in view
    # colours and vehicles are no forenames
    view = _view("yusuf ahmed 18 in a grey corsa bk15 ntx, both v nervous, search negative for drugs")
    assert "grey corsa" in view


def test_sex_and_age_in_brackets_cue_a_name() -> None:
    view = _view("account believed to be ashley brooks (f, 22) of hastings, she posts most nights")
    assert "Ashley BROOKS (f, 22)" in view


def test_quantity_after_a_comma_is_no_age() -> None:
    view = _view("unit 14 - strong smell cannabis, 1 x phone on passenger seat not hers, seized")
    assert "CANNABIS" not in view and "Smell" not in view


def test_verb_before_a_cued_surname_is_no_forename() -> None:
    view = _view("intel: kimmy uses brannigan (17) and other juveniles from the estate as runners")
    assert "Uses" not in view and "BRANNIGAN (17)" in view


def test_handle_parts_are_not_cased() -> None:
    view = _view("instagram dms\nash.brooks_x: tell kerem he owes frankie\nsophie: leave me alone\nash brooks (f, 22) is his girlfriend")
    assert "ash.brooks_x" in view.lower() and ".BROOKS_" not in view


def test_rp_and_ip_are_labels_not_names() -> None:
    text = "01:14 RP IMRAN HUSSAIN (SHOP OWNER) STATES GROUP OF 4 MALES ATTACKED HIS NEPHEW"
    assert "IMRAN HUSSAIN" in _persons(text) and "RP IMRAN HUSSAIN" not in _persons(text)


def test_surname_and_initials_in_lists() -> None:
    view = _view("charging decision - kaczmarek l, kaczmarek j - theft x 23. linked to cash collection for hussain i.")
    assert "KACZMAREK L, KACZMAREK J" in view and "Hussain I." in view
    view = _view("associates: brannigan d a, ozturk k. plan b, grade a. i think u r right x")
    assert "BRANNIGAN D A" in view and "OZTURK K" in view
    assert "Plan b" in view and "grade a" in view and "right x" in view


def test_short_past_tense_and_apostrophe_contractions_are_no_surname() -> None:
    view = _view("she has been low since her husband alan died. cerys didn't come home last night")
    assert "Alan died" in view and "Cerys didn't" in view


def test_age_and_place_in_brackets_and_apposition_mark_a_surname() -> None:
    view = _view("0120hrs. toby grimes (27, lakenham) and liam kaczmarek stopped. grimes no comment")
    assert "Toby GRIMES (27," in view and "GRIMES no comment" in view
    view = _view("marcia white, mother of the boys, says they were home all night. kyle said they went out")
    assert "Marcia WHITE, mother" in view
    assert "WRAPS" not in _view("went with kyle (12 wraps) to the flat by the canal after dark")


def test_possessive_of_a_forename_is_a_name() -> None:
    view = _view("HE HAS TOLD GEMMA'S SISTER HE WILL SET THE DOG ON HER. WE ARE CONCERNED ABOUT ELLIE'S RELATIONSHIP WITH AN OLDER MALE")
    assert "Gemma's sister" in view and "Ellie's relationship" in view
    assert "Marcia's" not in _view("she runs marcia's caribbean kitchen on the main road with her sister")


def test_two_names_no_english_knows_after_a_person_slot() -> None:
    view = _view("HE IS LINKED TO ELTON DUKA WHO RUNS A CAR WASH. DANNY FLYNN AND KIARAN FLYNN WERE THERE")
    assert "Elton DUKA" in view and "Kiaran FLYNN" in view


def test_initial_with_full_stop_before_a_surname() -> None:
    view = _view("FUNDS GO TO ACCOUNTS CONTROLLED BY C. OKAFOR AND THEN ABROAD. GRADE B. SMITH WAS SEEN LATER")
    assert "C. OKAFOR" in view and "B. SMITH" not in view and "Mustafa goes" in _view("mustafa goes to the high school but rarely attends")


def test_quoted_nickname_is_read_again_unquoted_and_two_letters_in_capitals() -> None:
    text = 'other pupils say the driver is "zj". callum told his form tutor. he says zj has been messaging him'
    view = _view(text)
    assert '"ZJ"' in view and "says ZJ has" in view
    assert _persons(text).count("zj") == 2


def test_calls_him_names_the_next_word() -> None:
    assert "calls him TINY" in _view("everybody round here calls him tiny even though he is massive, a youth worker says")


def test_initial_and_surname_after_signed_or_including() -> None:
    text = "letter addressed to w. kaczmarek purporting to be from the bank. males including y. ozturk as runners. signed n. brannigan"
    view = _view(text)
    assert "W. KACZMAREK" in view and "Y. OZTURK" in view and "N. BRANNIGAN" in view


def test_hedges_and_describing_words_before_a_cue_are_no_names() -> None:
    view = _view("SAME MO - APPROX 5 WORKERS, NO PPE. WITH CHILD (APPROX 10YRS). ALREADY CHECKED (DIFFERENT DOB, OTHER ADDRESS)")
    assert "APPROX" not in view and "DIFFERENT" not in view
    assert "Kyle YOUNG dob" in _view("stopped kyle young dob 01/02/2003 on the high street, words of advice")


def test_staff_member_and_supervisor_stay_outside_the_name() -> None:
    text = "UNIT 4 VALLEY ESTATE. SUPERVISOR GEORGI KACZMAREK (BULGARIAN, 41) SUPPLIES AGENCY STAFF"
    assert "GEORGI KACZMAREK" in _persons(text) and not any(p.startswith("SUPERVISOR") for p in _persons(text))


def test_vietnamese_names_surname_middle_given() -> None:
    view = _view("second female pham thi thu, 31, spoke to alone via telephone interpreter. owner hoang van long present")
    assert "PHAM Thi Thu" in view and "HOANG Van Long" in view
    view = _view("MISSING - LOCATED. BUI, DUC HUNG, AGE DISPUTED. WE DO THINK HE IS 17. THE VAN WAS LONG GONE")
    assert "BUI, Duc Hung" in view and "We do think" in view and "van was long" in view


def test_surname_forename_list_items_with_everyday_forenames() -> None:
    view = _view("ASSOCIATES: DIXON, GARY ; KACZMAREK, LEE ; ROBSON, SHANNON (SISTER)\nVEHICLE: SILVER ASTRA")
    assert "KACZMAREK, Lee ;" in view


def test_everyday_forename_after_a_relation_before_a_verb() -> None:
    view = _view("A MALE CALLED KOFI AND HIS MATE LEON ARE SELLING CRACK FROM A FLAT ON THE ESTATE")
    assert "mate Leon are" in view
    assert "friend will help" in _view("her friend will help her move out of the flat on saturday morning")

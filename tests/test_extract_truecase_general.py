"""Case-less reports, general conventions: bodies and streets named before their designator,
multi-word places over person readings, descriptors left outside names, cue-marked surnames,
and shouted person readings that only stretch a name over everyday words."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import lexicon
from scanassist_core.extract._pipeline import Extractor
from scanassist_core.extract._truecase import truecase


def _view(text: str) -> str:
    view = truecase(text, lexicon())
    assert view is not None and len(view) == len(text) and view.lower() == text.lower()
    return view


def _of(text: str, kind: str) -> list[str]:
    return [f.text for f in Extractor().extract_text(text) if f.type == kind]


def test_school_and_car_wash_named_before_designator_are_cased() -> None:
    view = _view(
        "subject seen outside penhallow community school handing over a package, later drove to "
        "glitter hand car wash where he works, his mum says he is never home."
    )
    assert "Penhallow Community School" in view
    assert "Glitter Hand Car Wash" in view
    assert "mum says" in view  # everyday words stay lower case


def test_generic_sites_after_a_determiner_stay_lower() -> None:
    view = _view(
        "she attended the sexual health clinic on tuesday and then went to the car park behind the local "
        "shop where a male in a grey van was waiting for her."
    )
    assert "sexual health clinic" in view and "car park" in view and "local shop" in view


def test_verb_before_a_designator_is_not_part_of_the_name() -> None:
    view = _view("DARREN OKORO MANAGES TWINKLE HAND CAR WASH ON BRAMLEY ROAD AND PAYS WORKERS IN CASH.")
    assert "manages Twinkle Hand Car Wash" in view
    assert "on Bramley Road" in view


def test_descriptor_after_a_name_stays_outside_it() -> None:
    view = _view("youths gathering on the ravensworth estate most nights, also outside golden wok takeaway.")
    assert "Ravensworth estate" in view
    assert "Golden Wok takeaway" in view or "golden wok takeaway" in view


def test_forename_before_a_street_word_is_a_person_not_a_street() -> None:
    text = "INFORMATION THAT MARCUS GREEN (DOB 03/03/1999) IS DEALING FROM A FLAT NEAR THE PARK."
    view = _view(text)
    assert "Marcus GREEN" in view
    assert _of(text, "LOCATION") == []
    assert _of(text, "PERSON") == ["MARCUS GREEN"]


def test_forename_street_is_a_street_in_shouted_text() -> None:
    text = "MALE DETAINED UNDER S136 ON GEORGE STREET, TAKEN TO HOSPITAL. NO FURTHER ACTION."
    assert "GEORGE STREET" in _of(text, "LOCATION")
    assert "GEORGE STREET" not in _of(text, "PERSON")


def test_shouted_school_is_one_body_and_no_person() -> None:
    text = "SHE WAS COLLECTED FROM OUTSIDE PENHALLOW COMMUNITY SCHOOL BY AN OLDER MALE IN A BLACK GOLF."
    assert _of(text, "ORGANISATION") == ["PENHALLOW COMMUNITY SCHOOL"]
    assert _of(text, "PERSON") == []


def test_town_centre_is_the_town() -> None:
    view = _view("vehicle flagged on anpr at wolverhampton town centre camera at 2300hrs, two up.")
    assert "Town Centre" not in view


@pytest.mark.parametrize(
    "text, name",
    [
        ("JAYDEN SAID HE WENT TO SEE A MATE AND WOULD NOT SAY WHERE HE HAD BEEN.", "JAYDEN"),
        ("MUM DONNA PRESENT THROUGHOUT. REFUSED TO SAY MORE ABOUT THE MALE.", "DONNA"),
        ("MOTHER DISCLOSED THAT PARTNER DARREN HITS HER WHEN HE IS DRUNK.", "DARREN"),
    ],
)
def test_shouted_forename_does_not_swallow_the_verb_after_it(text: str, name: str) -> None:
    assert name in _of(text, "PERSON")


def test_word_between_forename_and_kin_word_is_the_surname() -> None:
    view = _view("keeley marsden mum rang, k not home, last seen on snap at the bus station")
    assert "Keeley MARSDEN mum" in view


def test_bare_date_after_a_name_marks_it() -> None:
    view = _view("persons at the address:\nreece oakley 24/07/1999 - occupier, arrested\n")
    assert "Reece OAKLEY" in view


def test_multiword_place_beats_a_forename_reading() -> None:
    text = "HOLLIE WAS LOCATED IN KINGS LYNN AT 0300HRS IN A VAN WITH TWO ADULT MALES."
    assert "Kings Lynn" in _view(text)
    assert "KINGS LYNN" in _of(text, "LOCATION")
    assert not any("LYNN" in p for p in _of(text, "PERSON"))


def test_custody_is_not_part_of_a_street() -> None:
    view = _view("nicked for poss w/i class b, custody clough rd. had 3 phones on him")
    assert "custody Clough Rd" in view


def test_surname_comma_forename_after_a_field_label() -> None:
    view = _view("person searched: okonjo, tobias   dob 02/01/2008   self defined ethnicity b1")
    assert "OKONJO, Tobias" in view


def test_unknown_forename_between_kin_word_and_known_surname() -> None:
    view = _view("the address is rented by mum isobel mckenzie who says her son is never in")
    assert "isobel" not in view.split("mum ")[1][:6]  # "Isobel" is cased before the surname
    assert "McKENZIE" in view or "MCKENZIE" in view


def test_registration_abbreviation_is_no_pet_name() -> None:
    view = _view("male in a black golf (partial reg fv19), no other details. no reg seen on the moped")
    assert "Reg" not in view and "FV" not in view


def test_forenames_field_holds_no_surname() -> None:
    view = _view("SURNAME: MACRAE          FORENAMES: CRAIG ALASDAIR\nDOB: 17 JUN 1989")
    assert "Craig Alasdair" in view


def test_vehicle_model_after_make_is_no_forename() -> None:
    view = _view("VEHICLE: SKODA OCTAVIA GREY, SEEN ON THE RETAIL PARK MOST NIGHTS WITH TWO UP")
    assert "Octavia" not in view


def test_verb_before_an_object_pronoun_is_no_surname() -> None:
    view = _view("she says tomasz hit me in the face when i asked for my wages back")
    assert "HIT" not in view


def test_known_bodies_take_their_casing_in_lower_case_notes() -> None:
    view = _view("joint visit with hmrc to the unit, he also works shifts at aldi. wearing black boots")
    assert "HMRC" in view and "Aldi" in view
    assert "black boots" in view  # a shop name that is also an English word stays a word


def test_known_body_before_a_vehicle_word_is_the_vehicle() -> None:
    view = _view("he no longer uses the range rover, now seen in a white van most days")
    assert "Range" not in view


def test_pub_keeps_its_article_and_named_home_is_cased() -> None:
    view = _view("seen leaving the feathers pub at closing, then taken back to hillview house by staff")
    assert "The Feathers pub" in view
    assert "Hillview House" in view


def test_everyday_house_words_stay_lower() -> None:
    view = _view("believed to be a trap house used by the line, she was moved to a safe house and then to jordan's house")
    assert "trap house" in view and "safe house" in view and "House" not in view


def test_shouted_possessives_and_plain_nouns_are_no_persons() -> None:
    text = (
        "HEALTH VISITOR NOTED BRUISING TO MOTHER'S FOREARM. MOTHER'S PARTNER WAS PRESENT. "
        "LITTER AND NEEDLES ON THE FIELD, NO NAMED PERPETRATORS. CALLER: YEAH HE'S TALKING."
    )
    assert _of(text, "PERSON") == []


def test_shouted_name_after_possessive_is_still_found() -> None:
    text = "REFERRAL RECEIVED. THE CHILD'S MOTHER KERRY-ANNE PRICHARD (DOB 02/02/1990) ATTENDED WITH HER."
    assert "KERRY-ANNE PRICHARD" in _of(text, "PERSON")


def test_surname_comma_forename_opening_a_field_is_one_name() -> None:
    text = "principal: ogunbiyi, stephen (13/05/1976) - runs the line\nkeeper: todd, liam 01/03/1997, 23 saltwell view"
    view = _view(text)
    assert "OGUNBIYI, Stephen" in view and "TODD, Liam" in view
    names = _of(text, "PERSON")
    assert "ogunbiyi, stephen" in names and "todd, liam" in names


def test_frequent_surname_alone_in_a_note() -> None:
    view = _view("the line was taken over after doyle was arrested, phone still active")
    assert "DOYLE" in view
    assert "WALKER" not in _view("seen by a dog walker near the canal, no further details")


def test_region_word_and_compass_after_street_are_part_of_the_place() -> None:
    view = _view("he lives in leyton, east london and works on wellington road south most days")
    assert "East London" in view and "Wellington Road South" in view


def test_person_named_like_a_ward_stays_a_person() -> None:
    text = "IT IS REPORTED THAT ASHLEY DEAN WARD (DOB 28/02/1994) IS SELLING STOLEN TOOLS FROM A VAN."
    assert "ASHLEY DEAN WARD" in _of(text, "PERSON")
    assert _of(text, "LOCATION") == []


def test_quoted_nickname_is_cased_but_not_a_line_or_a_tag() -> None:
    view = _view(
    'stayed two nights with "bradders" at his flat, also known as "smiler". the "blazzer" line is still '
    'running. graffiti reading "mdk" on the underpass, he wanted "roof work" doing'
    )
    assert '"Bradders"' in view and '"Smiler"' in view
    assert '"blazzer" line' in view and '"mdk"' in view and '"roof work"' in view


@pytest.mark.parametrize(
    "text, name",
    [
        ("OFFICERS ATTENDED THE FLAT AFTER A REPORT OF SHOUTING. HER FRIEND TAMSYNNE PRESENT AND SPOKE TO US. NFA.", "TAMSYNNE"),
        ("called at the address re noise complaint. occupant wierzbicka is vulnerable and lives alone, referral made.", "wierzbicka"),
        ("visited the property today with housing. landlord gurpreet dhillwal states the house was let to a couple.", "gurpreet dhillwal"),
    ],
)
def test_unknown_name_after_a_relation_or_role_word(text: str, name: str) -> None:
    assert name in _of(text, "PERSON")


def test_everyday_forename_after_kin_only_before_a_pause_or_reporting_verb() -> None:
    view = _view("concern for welfare call. her friend grace said she left at 2200hrs with two males in a van.")
    assert "Her friend Grace said" in view
    view = _view("concern for welfare call. her mum will collect her from the station later tonight after work.")
    assert "mum will collect" in view


def test_role_word_stays_outside_a_cued_name() -> None:
    text = (
        "MONEY SERVICE BUSINESS REPORT. AGENT OSWIN PRADHOLLY (BORN 30/01/1974) PROCESSING MULTIPLE TRANSFERS "
        "UNDER THE THRESHOLD FOR THE SAME SENDERS."
    )
    persons = _of(text, "PERSON")
    assert "OSWIN PRADHOLLY" in persons and not any(p.startswith("AGENT") for p in persons)


def test_possessive_s_stays_lower_and_is_no_name() -> None:
    text = "PRISON INTELLIGENCE REPORT. QUIGGLEY'S CELLMATE OVERHEARD HIM TALKING ABOUT A DEBT ON THE WING."
    assert "'s cellmate" in _view(text)
    assert not any(p.startswith("S ") for p in _of(text, "PERSON"))


def test_surname_comma_forename_after_a_person_noun() -> None:
    view = _view("hmp report - prisoner stockwell, lee (a1234bc) has been receiving visits from unknown females.")
    assert "STOCKWELL, Lee" in view


def test_title_glued_to_a_postcode_is_no_title() -> None:
    view = _view("QUAD BIKE STOLEN FROM A FARM NEAR KEITH AB55 4DR. FARMER ALASDAIR GRANT BELIEVES THIEVES RESPONSIBLE.")
    assert "Farmer Alasdair" in view


def test_surname_particle_joins_the_surname() -> None:
    text = "vehicle is insured to graziela dos anjos-prata, believed to be his aunt. he has been seen with dos anjos-prata twice."
    view = _view(text)
    assert "Graziela DOS ANJOS-PRATA" in view
    assert _of(text, "PERSON").count("dos anjos-prata") == 1


def test_forename_that_is_also_a_surname_is_a_middle_name_before_a_surname() -> None:
    view = _view("ASKED CUSTODY STAFF TO CALL HIS COUSIN MOHAMED ALI WARSAME ON 020 7946 0518 ABOUT HIS DOG.")
    assert "Mohamed Ali WARSAME" in view


def test_colour_surname_after_forenames_with_a_dob_or_a_person_noun() -> None:
    view = _view("vehicle stopped on the ring road. driver callum james green 06/06/1997. passenger refused details.")
    assert "Callum James GREEN" in view
    view = _view("vehicle flagged on anpr at the town centre camera. keeper darren white. no markers on pnc.")
    assert "Darren WHITE" in view
    assert "white van" in _view("vehicle flagged on anpr near the shops. darren drove a white van away from the scene.")


def test_everyday_forename_before_a_dob_in_a_surname_first_list() -> None:
    view = _view("nominals linked to the op:\n1. holmes, ricky lee 01/12/1987 - storage address\n2. parker, shane 19/04/1990 - courier")
    assert "HOLMES, Ricky Lee" in view


def test_person_noun_opening_a_sentence_stays_outside_the_name() -> None:
    text = "SEARCH WARRANT EXECUTED AT 23 HILL STREET, DUNDEE DD3 7AN. OCCUPANT KENNETH DRUMMOCK (DOB 11/01/1990) ARRESTED."
    persons = _of(text, "PERSON")
    assert "KENNETH DRUMMOCK" in persons and not any(p.startswith("OCCUPANT") for p in persons)


def test_unknown_word_opening_a_sentence_before_a_finite_verb_is_a_name() -> None:
    text = "information received re cash collections. dravnik was seen collecting cash from the shop. later seen with dravnik again."
    assert _of(text, "PERSON").count("dravnik") == 2
    view = _view("grading 2/b/p. it's believed the flat is empty now. shes had no contact with the family since may.")
    assert "It's" in view and "Shes had" in view and "SHES" not in view and "IT'S" not in view


def test_unknown_subject_after_a_clause_opener_and_before_a_surname() -> None:
    view = _view("grading b2. source states that brakaj was only the gardener and never saw the money.")
    assert "BRAKAJ was" in view
    view = _view("prison monitoring. dunwoody was moved to c wing. funds paid in weekly from brannagh dunwoody (mother).")
    assert "Brannagh DUNWOODY" in view
    view = _view("grading b2. 400 blue tablets believed etizolam recovered from the kitchen drawer.")
    assert "ETIZOLAM" not in view and "Etizolam" not in view


def test_forename_restated_in_full_is_not_surname_comma_forename() -> None:
    view = _view("operator: what's your name? caller: josh, joshua fairclough. me mum's here as well.")
    assert "JOSH," not in view


def test_chat_senders_are_names_but_field_labels_are_not() -> None:
    chat = "download of her phone. chat:\n[03/02/2025 19:02] kez m: where u at\n[03/02/2025 19:04] dwayne: at the flat\n[03/02/2025 19:05] unknown: ok"
    view = _view(chat)
    assert "Kez M: Where" in view and "Dwayne: At" in view and "unknown:" in view
    notes = "notes from her phone, no times shown\nrhiannon: where u at\nkez: at mums\nrhiannon: come out then"
    assert "Rhiannon: Where" in _view(notes)
    persons = _of(notes, "PERSON")
    assert "rhiannon" in persons and "kez" in persons
    fields = "stop search record\nlocation: bus station\nsubject: male in 20s\nveh: black golf\nobject: drugs\noutcome: nfa"
    assert not _of(fields, "PERSON")


def test_known_body_or_people_noun_opening_a_sentence_is_no_name() -> None:
    view = _view("bank sar received. revolut was used to move the funds on the same day. carers said he left at 2200.")
    assert "REVOLUT" not in view and "CARERS" not in view
    assert not any(p.lower() in ("revolut", "carers") for p in _of(view.lower(), "PERSON"))


def test_initial_after_a_name_and_double_barrelled_names() -> None:
    view = _view("seen in a silver skoda wf67 lmu. grzegorz w has since closed the business. grading b / 2 / p.")
    assert "Grzegorz W has" in view and "Grading b / 2 / p" in view
    assert "grzegorz w" in _of("seen in a silver skoda wf67 lmu. grzegorz w has since closed the business.", "PERSON")
    view = _view("address of a vulnerable female, ffion pritchard-vaughan, at flat 3. messages from lacey-mae's phone.")
    assert "Ffion PRITCHARD-VAUGHAN" in view and "Lacey-Mae's" in view
    view = _view("ty r u there? kieran u ok x. plan b is to go to stoke-on-trent with a high-value car.")
    assert " R u" not in view and "U ok" not in view and "high-value" in view


def test_title_forename_surname_and_column_lists() -> None:
    view = _view("housing referral received today. tenant: ms eirlys tregothnan-pendarves, flat 3, 18 heol y wern, port talbot.")
    assert "Ms Eirlys TREGOTHNAN-PENDARVES" in view
    table = "op kestrel - nominals\ntrevaskis  kieran  17/02/2002  truro  - manager\npolglase  jordan  09/01/2009  penzance  - runner"
    view = _view(table)
    assert "TREVASKIS  Kieran" in view and "POLGLASE  Jordan" in view
    persons = _of(table, "PERSON")
    assert "trevaskis" in " ".join(persons) and "polglase" in " ".join(persons)


def test_an_adverb_after_a_naming_cue_is_not_a_name() -> None:
    """"named locally as ...": the adverb belongs to the verb; a nickname after the cue still counts."""
    from scanassist_core.extract import Extractor

    ex = Extractor()
    persons = [f.text for f in ex.extract_text("male hangs about the shops, named locally as the runner. crime ref 20/1234/25.")
               if f.type == "PERSON"]
    assert "locally" not in persons
    persons = [f.text for f in ex.extract_text("a lad called tiny has been running for them from the flats on the estate.")
               if f.type == "PERSON"]
    assert persons == ["tiny"]

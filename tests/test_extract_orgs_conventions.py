"""Organisation and place conventions from report styles beyond the first sets: ANPR camera
sites, designator-first bodies, premises named before their address, streets with everyday
first words. Examples are written for these tests (fictional businesses and streets)."""

from __future__ import annotations


from scanassist_core.extract import Extractor
from scanassist_core.extract._orgs_places import find_orgs_places


def spans(ex, text):
    return {(f.type, f.text) for f in ex.extract_text(text)}


def rules(text):
    return {(f.type, f.text) for f in find_orgs_places(text)}


def test_anpr_camera_site_after_road_number_is_a_place_without_the_road():
    got = spans(ex_ := Extractor(), "ANPR: 04/05 0133 A38 Haldon Hill northbound, 04/05 0210 M5 J31 then A30 Okehampton Gate")
    assert ("LOCATION", "Haldon Hill") in got and ("LOCATION", "Okehampton Gate") in got
    assert not any(t.startswith(("A38", "A30")) for _, t in got)
    del ex_


def test_anpr_site_after_a_time_and_direction_words_stay_outside():
    got = rules("Camera hits 02/02 2310 Brackenfield Flyover 02/02 2344 A61 Ravensmoor bypass")
    assert ("LOCATION", "Brackenfield Flyover") in got and ("LOCATION", "Ravensmoor") in got
    assert ("LOCATION", "Ravensmoor bypass") not in got


def test_no_camera_site_without_anpr_context_or_after_a_car_model():
    assert not any(t == "Sportback" for _, t in rules("ANPR hit on a grey Audi A3 Sportback at speed"))
    assert rules("He was at 2310 Brackenfield Flyover") == set() or ("LOCATION", "Brackenfield Flyover") not in rules(
        "He was at 2310 Brackenfield Flyover")


def test_street_with_everyday_first_word_beats_a_person_reading(ex):
    got = spans(ex, "The car is often parked on Victoria Street after dark.")
    assert ("LOCATION", "Victoria Street") in got and not any(k == "PERSON" for k, _ in got)
    assert ("LOCATION", "Church Lane") in spans(ex, "Location: Church Lane, behind the shops.")


def test_town_written_straight_before_a_street_in_a_log_is_two_places():
    got = rules("2201hrs Harrogate Skipton Road then 2240hrs onwards")
    assert ("LOCATION", "Harrogate") in got and ("LOCATION", "Skipton Road") in got
    assert ("LOCATION", "Leeds Road") in rules("seen on Leeds Road again")


def test_designator_first_bodies(ex):
    got = spans(ex, "Referral from Ysgol Bryn Tawel, Mold. DWP and the Department for Education were told.")
    assert ("ORGANISATION", "Ysgol Bryn Tawel") in got and ("ORGANISATION", "Department for Education") in got
    assert ("PERSON", "Bryn Tawel") not in got


def test_head_word_takes_of_and_name_adjective_opens_a_name():
    got = rules("She attends Upper Fenwick College of Art on Mondays.")
    assert ("ORGANISATION", "Upper Fenwick College of Art") in got


def test_and_joins_two_non_name_words_only():
    assert ("ORGANISATION", "Fisheries and Marine Standards Authority") in rules(
        "Joint visit with the Fisheries and Marine Standards Authority today.")
    got = rules("Kyle and Dean Motors were both present")
    assert ("ORGANISATION", "Kyle and Dean Motors") not in got


def test_plural_possessive_inside_a_school_name():
    assert ("ORGANISATION", "Harrowfield Boys' High School") in rules("a pupil at Harrowfield Boys' High School said")


def test_retail_park_and_shopping_centre_are_businesses_but_industrial_estate_a_place():
    got = rules("Disorder at Kestrel Point Retail Park then the Wharfe Industrial Estate.")
    assert ("ORGANISATION", "Kestrel Point Retail Park") in got
    assert ("LOCATION", "Wharfe Industrial Estate") in got


def test_lower_case_council_named_after_its_town():
    assert ("ORGANISATION", "wakefield metropolitan borough council") in rules(
        "referred to wakefield metropolitan borough council housing team")
    assert not any(k == "ORGANISATION" for k, _ in rules("the parish council met"))


def test_premises_named_before_its_address_and_again_later():
    text = "Licence review - The Drovers Rest, 9 Tan Lane, Ruthin. Staff at The Drovers Rest refused entry."
    got = [(f.type, f.text, f.start) for f in find_orgs_places(text)]
    assert sum(1 for k, t, _ in got if (k, t) == ("ORGANISATION", "The Drovers Rest")) == 2
    assert ("ORGANISATION", "Moonlight Mini Mart") in rules("Test purchase - Moonlight Mini Mart, 40 Grove Road.")
    # A person's name before an address is not a business without a premises word.
    assert not any(k == "ORGANISATION" for k, _ in rules("Arrested: Dean Holt, 40 Grove Road."))


def test_station_descriptor_makes_the_name_a_place():
    assert ("LOCATION", "Carlisle Citadel") in rules("searched at Carlisle Citadel station on arrival")


def test_multi_word_known_town_beats_a_forename_inside_it(ex):
    got = spans(ex, "Workers are moved between farms near Boston and King's Lynn every week.")
    assert ("LOCATION", "King's Lynn") in got


def test_sighting_log_with_date_time_stamps_counts_as_a_camera_log():
    got = rules("Hire van seen 11/06 2140 A6 Garstang Road End 11/06 2215 Brockholes Arches then stopped.")
    assert ("LOCATION", "Brockholes Arches") in got
    assert ("LOCATION", "Brockholes Arches") not in rules("He said 2215 Brockholes Arches was quiet.")

"""Gazetteer places and generic organisation rules (round 3), with texts unlike the eval sets."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import lexicon
from scanassist_core.extract._gazetteer import find_known_places, is_known_place, known_place_at, place_index
from scanassist_core.extract._orgs_places import find_orgs_places


def spans(ex, text):
    return {(f.type, f.text) for f in ex.extract_text(text)}


def places(text):
    return [text[s:e] for s, e, _ in find_known_places(text)]


def test_gazetteer_is_broad_and_marks_ambiguous_names():
    lex = lexicon()
    assert len(lex.places) + len(lex.cued_places) > 2500
    # Towns, London boroughs and districts of big cities are all in it.
    for name in ("Kirkcaldy", "Lewisham", "Wythenshawe", "Gorbals", "Splott", "Bulwell", "Ardoyne"):
        assert is_known_place(name), name
    # Everyday words, forenames and makes are marked: they need a place word first.
    for name in ("Reading", "Barry", "Vauxhall", "Walker"):
        assert name in lex.cued_places and not is_known_place(name)
    assert "march" not in place_index()  # a month, never the town


def test_known_places_title_case_capitals_and_multiword():
    text = "Seen in STOKE-ON-TRENT then drove to Newcastle upon Tyne via Milton Keynes."
    assert places(text) == ["STOKE-ON-TRENT", "Newcastle upon Tyne", "Milton Keynes"]
    assert places("lives in Stoke On Trent now") == ["Stoke On Trent"]
    assert places("travelled to milton Keynes") == []  # a lower-case first word is not a name


def test_cued_places_need_a_place_word():
    assert places("She was found near Barry Island and later in Barry.") == ["Barry"]
    assert places("Barry said he was fine.") == []
    assert places("gave the phone to Barry") == []  # a forename place needs a strong cue
    assert places("They moved to Reading last year") == ["Reading"]
    assert places("Reading the messages, she cried") == []
    assert places("a silver Vauxhall Astra") == []
    assert places("parked off Vauxhall Bridge Road in Vauxhall") == ["Vauxhall"]


def test_surname_that_is_a_town_is_not_a_place():
    assert places("Mr Preston denied it; Kayleigh Bolton was present in Bolton.") == ["Bolton"]


def test_possessive_and_inside_words_never_match():
    assert places("Leedsfield Road and Bristol's harbour and Yorkshire-based firm") == []


def test_lower_case_place_after_a_cue_only():
    text = "seen on bikes in tettenhall again"
    assert known_place_at(text, text.index("tettenhall")) == text.index("tettenhall") + len("tettenhall")
    found = [(f.type, f.text) for f in find_orgs_places(text)]
    assert ("LOCATION", "tettenhall") in found
    assert not [f for f in find_orgs_places("tettenhall was quiet") if f.type == "LOCATION"]
    assert not [f for f in find_orgs_places("went in reading room") if f.text == "reading"]


def test_cued_place_beats_a_lone_forename(ex):
    got = spans(ex, "Misper believed to be staying in Stanley with friends.")
    assert ("LOCATION", "Stanley") in got and ("PERSON", "Stanley") not in got


def test_school_names_with_saint_church_designators(ex):
    got = spans(ex, "Referral from St Bartholomew's C of E Primary School about a pupil.")
    assert ("ORGANISATION", "St Bartholomew's C of E Primary School") in got


def test_of_joins_only_after_a_head_word(ex):
    got = spans(ex, "Analyst Priya Desai of Marlow Securities said trading was slow.")
    assert ("PERSON", "Priya Desai") in got and ("ORGANISATION", "Marlow Securities") in got
    got = spans(ex, "She studies at the University of Keele Students Union bar.")
    assert any(t == "ORGANISATION" and x.startswith("University of Keele") for t, x in got)


def test_generic_services_leave_the_place(ex):
    got = spans(ex, "Concerns passed to Sefton Children's Services and Wirral Social Care.")
    assert ("LOCATION", "Sefton") in got and ("LOCATION", "Wirral") in got
    assert not [x for t, x in got if t == "ORGANISATION"]


@pytest.mark.parametrize(
    "text, org",
    [
        ("He trains at Eastgate Boxing Club on Tuesdays.", "Eastgate Boxing Club"),
        ("Placed at Ashdene Supported Living last week.", "Ashdene Supported Living"),
        ("Plays for Millbrook Rovers AFC at weekends.", "Millbrook Rovers AFC"),
        ("Seen at Larchfield Medical Centre reception.", "Larchfield Medical Centre"),
        ("Works for Tanvir Finance in the town.", "Tanvir Finance"),
    ],
)
def test_generic_organisation_designators(ex, text, org):
    assert ("ORGANISATION", org) in spans(ex, text)


def test_national_chains_title_and_lower_case(ex):
    got = spans(ex, "Withdrew cash at Santander then bought a phone in Carphone Warehouse.")
    assert ("ORGANISATION", "Santander") in got and ("ORGANISATION", "Carphone Warehouse") in got
    got = spans(ex, "seen outside waterstones then at the post office")
    assert ("ORGANISATION", "waterstones") in got
    assert not [x for t, x in got if "post office" in x.lower()]


def test_shouted_words_do_not_make_a_business(ex):
    got = spans(ex, "NOT TO BE SHARED WITHOUT CONSULTING THE HANDLER.")
    assert not [x for t, x in got if t == "ORGANISATION"]


def test_titled_surname_comes_back_bare(ex):
    text = "Mrs Abernethy, 61, of Hexham, denied the charge. Abernethy's solicitor said she would appeal."
    found = [(f.text, f.key) for f in ex.extract_text(text) if f.type == "PERSON"]
    assert found == [("Abernethy", "abernethy"), ("Abernethy", "abernethy")]


def test_town_team_is_not_a_person(ex):
    got = spans(ex, "Manchester United manager Ruben Amorim said the team was improving.")
    assert ("PERSON", "Manchester United") not in got  # the model alone calls it a person
    assert ("ORGANISATION", "Manchester United") in got and ("PERSON", "Ruben Amorim") in got


def test_pub_names_opening_with_a_colour_or_adjective(ex):
    got = spans(ex, "Drinking at the White Hart then at The Golden Fleece pub.")
    assert ("ORGANISATION", "The Golden Fleece") in got
    assert not [x for t, x in spans(ex, "Black male, White British, in a Black Audi A3.") if t == "ORGANISATION"]


def test_lower_case_business_descriptor_stays_outside(ex):
    assert ("ORGANISATION", "Paradiso") in spans(ex, "Door staff at Paradiso nightclub refused him entry.")


def test_bare_lower_case_district_in_hasty_notes_only():
    hasty = "lads on bikes again tettenhall, didnt stop. same lads as last wk"
    assert ("LOCATION", "tettenhall") in [(f.type, f.text) for f in find_orgs_places(hasty)]
    prose = "Officers attended and noted that tettenhall was quiet. No further action."
    assert not [f for f in find_orgs_places(prose) if f.text == "tettenhall"]
    # Places that are also words stay words, even in hasty notes.
    assert not [f for f in find_orgs_places("dog barking all night again at flat 3, neighbour fed up")
                if f.type == "LOCATION"]


def test_prisons_and_courts_are_bodies(ex):
    got = spans(ex, "Released from HMP Lindholme; earlier at HMYOI Feltham. Appeared at Hull Crown Court.")
    assert {("ORGANISATION", "HMP Lindholme"), ("ORGANISATION", "HMYOI Feltham"), ("ORGANISATION", "Hull Crown Court")} <= got
    assert not [x for t, x in got if t == "PERSON"]
    # A street that happens to be called Crown Court stays a street.
    assert ("LOCATION", "Crown Court") in spans(ex, "Youths gathered on Crown Court near the flats.")


def test_care_agencies_but_not_generic_care(ex):
    got = spans(ex, "She works for Larkspur Care as a carer. Known to Foster Care team.")
    assert ("ORGANISATION", "Larkspur Care") in got
    assert not [x for t, x in got if "Foster" in x]


def test_town_clubs_are_organisations_and_sport_words_are_not_towns(ex):
    got = spans(ex, "Risk supporter of Huddersfield Rangers, travels with Exeter Wanderers fans to Exeter.")
    assert ("ORGANISATION", "Huddersfield Rangers") in got and ("ORGANISATION", "Exeter Wanderers") in got
    assert ("LOCATION", "Exeter") in got
    assert places("Rugby: the home side won.") == [] and places("He moved to Rugby.") == ["Rugby"]


def test_connector_hyphenated_names_are_places_whole(ex):
    # The shape says place even when the gazetteer does not know it; kinship words are not places.
    found = spans(ex, "Tractor stolen from a farm near Eaton-under-Heywood, driven to Chapel-en-le-Frith.")
    assert ("LOCATION", "Eaton-under-Heywood") in found and ("LOCATION", "Chapel-en-le-Frith") in found
    shouted = spans(ex, "TRACTOR RECOVERED NEAR EATON-UNDER-HEYWOOD.")
    assert ("LOCATION", "EATON-UNDER-HEYWOOD") in shouted
    assert not any("Law" in t for typ, t in spans(ex, "Mother-in-Law reported him missing.") if typ == "LOCATION")


def test_island_ends_a_place_name(ex):
    # An island the gazetteer does not hold whose first word is a forename: not a person.
    found = spans(ex, "Kayleigh was located in Lewis Island at 0300hrs in a van with two males.")
    assert ("LOCATION", "Lewis Island") in found
    assert not any(t.startswith("Lewis") for typ, t in found if typ == "PERSON")


def test_places_on_either_side_of_a_sport_result_are_teams(ex):
    found = spans(ex, "Football: Stockport beat Grimsby 3-1 at Edgeley Park on Saturday.")
    assert ("ORGANISATION", "Stockport") in found and ("ORGANISATION", "Grimsby") in found
    found = spans(ex, "Cricket: Lancashire drew with Somerset at Old Trafford.")
    assert ("ORGANISATION", "Lancashire") in found and ("ORGANISATION", "Somerset") in found
    # An assault is no result: the town stays a place.
    found = spans(ex, "The suspect beat the victim outside a pub in Grimsby.")
    assert ("LOCATION", "Grimsby") in found

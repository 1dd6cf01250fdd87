"""Case-less text (shouted RMS exports, hasty lower-case notes): addresses, vehicle marks,
organisations and places must not depend on capital letters."""

from __future__ import annotations

from scanassist_core.extract._identifiers import cased_view, find_identifiers, text_case


def _of(text: str, kind: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == kind]


def test_text_case_detects_shouted_and_hasty_text() -> None:
    assert text_case("SUBJECT SEEN LEAVING THE FLAT WITH TWO MALES") == "upper"
    assert text_case("subject seen leaving the flat with two males") == "lower"
    assert text_case("Subject seen leaving the flat with Two Males") == "mixed"


def test_cased_view_keeps_offsets() -> None:
    text = "lives at flat 2, birch house, kenmore st, leeds ls6 2aa"
    view = cased_view(text)
    assert len(view) == len(text)
    assert view.lower() == text.lower()
    assert "LS6 2AA" in view and "Birch House" in view


def test_lower_case_flat_building_street_town_postcode() -> None:
    text = "she is staying at flat 2, birch house, kenmore street, leeds ls6 2aa and works nights"
    assert _of(text, "ADDRESS") == ["flat 2, birch house, kenmore street, leeds ls6 2aa"]


def test_capitals_welsh_street_without_suffix_word() -> None:
    text = "ARRESTED AT 22 HEOL Y FELIN, BRIDGEND CF31 4AA ON A WARRANT. NOTHING FOUND."
    assert _of(text, "ADDRESS") == ["22 HEOL Y FELIN, BRIDGEND CF31 4AA"]


def test_capitals_building_name_heights() -> None:
    text = "HE NOW LIVES AT 40 MARSH HEIGHTS, NEWRY BT34 1AA WITH AN AUNT"
    assert _of(text, "ADDRESS") == ["40 MARSH HEIGHTS, NEWRY BT34 1AA"]


def test_capitals_number_and_plural_noun_is_not_an_address() -> None:
    text = "COLIN BROWN, 15 YEARS, FROM WHITTLESEY, PETERBOROUGH. BELIEVED TO BE WITH FRIENDS."
    assert _of(text, "ADDRESS") == []
    text = "TWO MALES AND 4 OTHER YOUTHS ON GRANGE AVE HOLDING BATS"
    assert _of(text, "ADDRESS") == []


def test_lower_case_current_mark_in_hasty_note() -> None:
    text = "both got out of kp19 zzt near the park and ran off, didnt see faces"
    assert _of(text, "VEHICLE") == ["kp19 zzt"]


def test_lower_case_mark_with_description_after_in_mixed_text() -> None:
    text = "Vehicles: kp19 zzt (Vauxhall Astra, blue) registered to the mother."
    assert _of(text, "VEHICLE") == ["kp19 zzt"]


def test_lower_case_northern_ireland_mark_beside_vehicle() -> None:
    text = "he runs about in a silver audi a4 kiz 2231 most nights"
    assert _of(text, "VEHICLE") == ["kiz 2231"]


def test_lower_case_mark_shape_alone_in_mixed_text_is_not_trusted() -> None:
    text = "The Wi-Fi code on the router was ab12 cde according to Sam."
    assert _of(text, "VEHICLE") == []


def test_lower_case_dateless_look_alike_without_vehicle_context() -> None:
    text = "went round to liz 12 times last month about the rent arrears"
    assert _of(text, "VEHICLE") == []


def test_field_label_before_area_word_is_not_a_place() -> None:
    from scanassist_core.extract._orgs_places import find_orgs_places

    got = [(f.type, f.text) for f in find_orgs_places("Postcode area LS9 is his patch, Address on file.")]
    assert not [x for _, x in got if x.split()[0].lower() in ("postcode", "address")]


def test_real_area_name_still_found_beside_labels() -> None:
    from scanassist_core.extract._orgs_places import find_orgs_places

    got = [(f.type, f.text) for f in find_orgs_places("Mobile seen cell-siting in the Lower Gornal area at night.")]
    assert ("LOCATION", "Lower Gornal") in got


def test_shouted_pub_name_keeps_the_and_needs_a_name_word():
    from scanassist_core.extract._filters import blocked_spans, lexicon
    from scanassist_core.extract._orgs_places import find_orgs_places

    def orgs(text):
        return [f.text for f in find_orgs_places(text, blocked_spans(text), lexicon()) if f.type == "ORGANISATION"]

    assert "THE POACHERS" in orgs("BOTH SEEN DRINKING AT THE POACHERS PUB, HALIFAX AT 2300HRS.")
    assert "THE MALTSTERS" in orgs("VICTIM WAS LEAVING THE MALTSTERS PUB WHEN ASSAULTED.")
    shouted = "WENT TO THE VILLAGE PUB, THEN BACK TO THE SAME PUB LATER."
    assert not any(o.startswith("THE") for o in orgs(shouted))


def test_shouted_council_ends_before_its_service():
    from scanassist_core.extract._filters import blocked_spans, lexicon
    from scanassist_core.extract._orgs_places import find_orgs_places

    def orgs(text):
        return [f.text for f in find_orgs_places(text, blocked_spans(text), lexicon()) if f.type == "ORGANISATION"]

    assert set(orgs("CHILD RETURNED HOME BY NORFOLK COUNTY COUNCIL TRANSPORT AT 1600.")) == {"NORFOLK COUNTY COUNCIL"}
    assert set(orgs("REFERRED TO KIRKLEES COUNCIL HOUSING TEAM TODAY.")) == {"KIRKLEES COUNCIL"}

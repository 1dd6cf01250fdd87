"""Identifier conventions from report styles beyond the first sets: Northern Ireland marks,
tenement flat positions, Welsh street names, house names, dotted phones and bare handles in
platform reports. Examples are written for these tests (fictional, Ofcom drama numbers)."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers
from scanassist_core.extract._validators import normalise_vrm, vrm_format


def ids(text):
    return {(f.type, f.text) for f in find_identifiers(text)}


def one(text, typ):
    return [f for f in find_identifiers(text) if f.type == typ]


def test_northern_ireland_marks_need_vehicle_context():
    assert vrm_format("KIZ 3307") == "ni" and normalise_vrm("kiz 3307") == "KIZ3307"
    assert vrm_format("ABC 123") == "dateless"  # mainland dateless codes never hold I or Z
    assert ("VEHICLE", "KIZ 3307") in ids("He was seen in a red Kia Ceed KIZ 3307 outside the bar.")
    assert ("VEHICLE", "JAZ 918") in ids("Vehicles of interest: KIZ 3307, JAZ 918")
    assert ("VEHICLE", "KIZ 3307") in ids("22/04 0730 KIZ 3307 Vauxhall Vivaro white M1")
    assert not any(k == "VEHICLE" for k, _ in ids("Meeting in room GZ 1204 at noon."))


def test_tenement_and_edinburgh_flat_positions():
    (a,) = one("Stays at Flat 1/2, 27 Glenview Wynd, Paisley PA1 2BB most weekends.", "ADDRESS")
    assert a.text == "Flat 1/2, 27 Glenview Wynd, Paisley PA1 2BB" and a.attrs["flat"] == "flat 1/2"
    (b,) = one("Address: Flat 3F2, 14 Marchmont Crescent, Edinburgh EH9 1HN.", "ADDRESS")
    assert b.text.startswith("Flat 3F2, 14 Marchmont Crescent") and b.attrs["postcode"] == "EH9 1HN"


def test_welsh_street_names_with_small_words():
    got = ids("Tenant at Flat 2, 5 Heol y Dderwen, Llanelli SA15 3AA; earlier at 31 Ffordd Glyn Coed, Wrexham LL13 7AB.")
    assert ("ADDRESS", "Flat 2, 5 Heol y Dderwen, Llanelli SA15 3AA") in got
    assert ("ADDRESS", "31 Ffordd Glyn Coed, Wrexham LL13 7AB") in got


def test_house_name_needs_a_postcode_after_its_localities():
    got = ids("Courier - The Old Forge, Ashby Parva, Lutterworth LE17 5HX. Next stop.")
    assert ("ADDRESS", "The Old Forge, Ashby Parva, Lutterworth LE17 5HX") in got
    assert not any(t.startswith("The Old Forge") for _, t in ids("Meeting at The Old Forge, Lutterworth on Friday."))


def test_dotted_phones_and_phone_word_before_an_account_cue():
    got = ids("Ring 07700.900412 or 01632.960.733; dated 01.02.2024; weight 0.35 kg")
    assert ("PHONE", "07700.900412") in got and ("PHONE", "01632.960.733") in got
    assert sum(1 for k, _ in got if k == "PHONE") == 2
    assert ("PHONE", "0113 496 0417") in ids("Mobile registered to the account: 0113 496 0417.")
    assert not any(k == "PHONE" for k, _ in ids("Account 0113 496 0417 credited."))


def test_bare_handles_in_a_report_about_a_platform():
    text = ("Instagram return for kez.wavy_04: linked email k.ward99@example.org, IP 198.51.100.7. "
            "He follows 40 accounts, including lil.t_x and ac3ofspades on a second device.")
    got = ids(text)
    assert ("SOCIAL", "kez.wavy_04") in got and ("SOCIAL", "lil.t_x") in got
    assert ("EMAIL", "k.ward99@example.org") in got and ("IP_ADDRESS", "198.51.100.7") in got
    assert ("SOCIAL", "ac3ofspades") not in got  # no underscore and not in the platform's sentence
    assert ("SOCIAL", "t0xic") in ids('A buyer he only knows as "t0xic" on Discord paid him.')


def test_no_bare_handles_for_codes_files_or_without_a_platform():
    got = ids("On Snapchat he sent IMG_4410.jpg from his iphone12 near LS11, car ab12cde.")
    assert not any(k == "SOCIAL" for k, _ in got)
    assert not any(k == "SOCIAL" for k, _ in ids("File ref kez.wavy_04 held on the server."))

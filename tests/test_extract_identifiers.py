"""Rule-based identifier extraction: validators, each finder, false-positive traps, hostile input."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scanassist_core.extract._identifiers import (
    find_identifiers,
    is_valid_imei,
    is_valid_nino,
    is_valid_pnc_id,
    normalise_phone,
    normalise_pnc_id,
    normalise_postcode,
    normalise_vrm,
)
from scanassist_core.extract._types import Found
from scanassist_core.extract._validators import luhn_ok, pnc_check_letter


def _check_invariants(text: str, found: list[Found]) -> None:
    prev_end = -1
    for f in found:
        assert text[f.start : f.end] == f.text
        assert f.start >= prev_end, "spans overlap or are unsorted"
        assert f.method == "rule"
        prev_end = f.end


def find(text: str, type_: str | None = None) -> list[Found]:
    found = find_identifiers(text)
    _check_invariants(text, found)
    return [f for f in found if type_ is None or f.type == type_]


def keys(text: str, type_: str) -> list[str]:
    return [f.key for f in find(text, type_)]


# --------------------------------------------------------------------------------- validators


@pytest.mark.parametrize(
    "raw, e164",
    [
        ("07700 900123", "+447700900123"),
        ("07700900123", "+447700900123"),
        ("07700-900-123", "+447700900123"),
        ("+44 7700 900123", "+447700900123"),
        ("+44 (0)7700 900123", "+447700900123"),
        ("0044 7700 900123", "+447700900123"),
        ("(01632) 960123", "+441632960123"),
        ("0121 496 0123", "+441214960123"),
        ("020 7946 0018", "+442079460018"),
        ("0113 496 0999", "+441134960999"),
        ("+1 202 555 0147", "+12025550147"),
    ],
)
def test_normalise_phone_accepts_well_formed(raw: str, e164: str) -> None:
    assert normalise_phone(raw) == e164


@pytest.mark.parametrize(
    "raw",
    ["0770090012", "077009001234", "7700900123", "04700 900123", "06700 900123", "", "phone", "+999 123",
     "00 33 1 42 68 53 00"],
)
def test_normalise_phone_rejects(raw: str) -> None:
    assert normalise_phone(raw) is None


@pytest.mark.parametrize(
    "raw, std",
    [("WV1 4AB", "WV1 4AB"), ("wv14ab", "WV1 4AB"), ("WV12 4AB", "WV12 4AB"), ("B1 1AA", "B1 1AA"),
     ("EC1A 1BB", "EC1A 1BB"), ("W1A 0AX", "W1A 0AX"), ("M1 1AE", "M1 1AE"), ("GIR 0AA", "GIR 0AA"),
     ("SW1A  2AA", "SW1A 2AA")],
)
def test_normalise_postcode_valid(raw: str, std: str) -> None:
    assert normalise_postcode(raw) == std


@pytest.mark.parametrize(
    "raw",
    ["QA1 1AA",  # Q never first
     "AI1 1AA",  # I never second
     "WV1 4CB",  # C never in the inward letters
     "WV1 4AI", "W1L 1AA",  # L not allowed in A9A third position
     "EC1C 1BB",  # C not allowed in AA9A fourth position
     "WV1", "WV1 4A", "12345", "", "WV123 4AB"],
)
def test_normalise_postcode_invalid(raw: str) -> None:
    assert normalise_postcode(raw) is None


@pytest.mark.parametrize(
    "raw, key",
    [("AB12 CDE", "AB12CDE"), ("ab12cde", "AB12CDE"), ("AB51 CDZ", "AB51CDZ"), ("A123 BCD", "A123BCD"),
     ("ABC 123D", "ABC123D"), ("ABC 123", "ABC123"), ("1 ABC", "1ABC")],
)
def test_normalise_vrm_valid(raw: str, key: str) -> None:
    assert normalise_vrm(raw) == key


@pytest.mark.parametrize(
    "raw",
    ["AB50 CDE",  # 50 never issued
     "AB01 CDE", "AB00 CDE",
     "IB12 CDE", "QB12 CDE", "ZB12 CDE",  # I/Q/Z never in the memory tag
     "AB12 CDI", "AB12 QDE",  # I/Q never in the random letters
     "WV12 4AB",  # a postcode
     "", "HELLO", "ABCD 12345"],
)
def test_normalise_vrm_invalid(raw: str) -> None:
    assert normalise_vrm(raw) is None


@pytest.mark.parametrize("raw", ["AB123456C", "ab 12 34 56 c", "JG103759A", "ZA123456D"])
def test_nino_valid(raw: str) -> None:
    assert is_valid_nino(raw)


@pytest.mark.parametrize(
    "raw",
    ["DA123456A",  # D never first
     "AO123456A",  # O never second
     "QQ123456C", "BG123456A", "GB123456A", "NK123456A", "TN123456A", "ZZ123456A",
     "AB123456E",  # suffix A-D only
     "AB12345C", "AB1234567C", ""],
)
def test_nino_invalid(raw: str) -> None:
    assert not is_valid_nino(raw)


def test_pnc_check_letter_matches_hand_worked_example() -> None:
    # 980123456 = 23 * 42614063 + 7, and index 7 of ZABCDEFGHJ... is G.
    assert pnc_check_letter("98", "123456") == "G"
    # remainder 0 maps to Z; 000000023 = 23 * 1.
    assert pnc_check_letter("00", "23") == "Z"
    assert pnc_check_letter("00", "1") == "A"


@pytest.mark.parametrize("yy", ["00", "79", "98", "05", "24"])
@pytest.mark.parametrize("serial", ["1", "123456", "0012345", "9999999", "40"])
def test_pnc_round_trip(yy: str, serial: str) -> None:
    letter = pnc_check_letter(yy, serial)
    assert letter not in "IOS"
    good = f"{yy}/{serial}{letter}"
    assert is_valid_pnc_id(good)
    assert is_valid_pnc_id(f"19{yy}/{serial.zfill(7)}{letter}") or int(yy) > 99
    assert normalise_pnc_id(f"20{yy}/{serial.zfill(7)}{letter}") == f"{yy}/{int(serial)}{letter}"
    for wrong in "ABCDEFGHJKLMNPQRTUVWXYZ":
        if wrong != letter:
            assert not is_valid_pnc_id(f"{yy}/{serial}{wrong}")


@pytest.mark.parametrize("raw", ["98/123456", "98123456G", "9/123456G", "98/12345678G", "98/0G", ""])
def test_pnc_malformed(raw: str) -> None:
    assert not is_valid_pnc_id(raw)


def test_imei_and_luhn() -> None:
    assert luhn_ok("79927398713")  # the textbook Luhn example
    assert not luhn_ok("79927398710")
    assert is_valid_imei("356938035643809")
    assert is_valid_imei("35-693803-564380-9")
    assert not is_valid_imei("356938035643808")  # last digit off by one
    assert not is_valid_imei("35693803564380")  # 14 digits
    assert not is_valid_imei("3569380356438090")
    assert not is_valid_imei("abcdefghijklmno")


# --------------------------------------------------------------------------------- PHONE


@pytest.mark.parametrize(
    "text, span, key",
    [
        ("Mob: 07700 900123 used", "07700 900123", "+447700900123"),
        ("called 07700900123.", "07700900123", "+447700900123"),
        ("on 07700-900-123,", "07700-900-123", "+447700900123"),
        ("tel +44 7700 900123", "+44 7700 900123", "+447700900123"),
        ("tel +44 (0)7700 900123 ", "+44 (0)7700 900123", "+447700900123"),
        ("tel +44(0)7700 900123 ", "+44(0)7700 900123", "+447700900123"),
        ("tel 0044 7700 900123", "0044 7700 900123", "+447700900123"),
        ("landline (01632) 960123 home", "(01632) 960123", "+441632960123"),
        ("ring 0121 496 0123 later", "0121 496 0123", "+441214960123"),
        ("office 020 7946 0018.", "020 7946 0018", "+442079460018"),
        ("Tel:07700 900123", "07700 900123", "+447700900123"),
        ("<td>07700 900123</td>", "07700 900123", "+447700900123"),
        ("WhatsApp 07700 900321", "07700 900321", "+447700900321"),
        ("French number +33 1 42 68 53 00 seen", "+33 1 42 68 53 00", "+33142685300"),
    ],
)
def test_phone_positive(text: str, span: str, key: str) -> None:
    phones = find(text, "PHONE")
    assert [(p.text, p.key) for p in phones] == [(span, key)]
    assert phones[0].start == text.index(span)


def test_phone_adjacent_numbers_and_drama_ranges() -> None:
    text = "Numbers 07700 900123 07700 900456 and 01632 960999/07700 900789"
    assert keys(text, "PHONE") == ["+447700900123", "+447700900456", "+441632960999", "+447700900789"]
    assert find(text, "PHONE")[0].attrs == {"region": "GB"}


@pytest.mark.parametrize(
    "text",
    [
        "Crime ref 43/12345/25 recorded",
        "Log NICHE-25-004512 and INT/2025/01234",
        "Ref 0121 496 0123 relates",  # a reference cue in front
        "URN 01632960123",
        "DOB 01/02/1990 at 14:22 hrs",
        "digit run 077009001234567 not a phone",
        "12345 07700 900123 is one long reference",
        "REF-07700900123",
        "PNC 98/123456G",
        "IMEI 356938035643809",
        "located at 52.4862, -1.8904 and 0.0770090012",
        "paid £200 and £07700",
        "5x5x5 and 3x5x2",
        "44 7700 900123 without a plus is ambiguous",
        "0033 1 42 68 53 00 with 00 and a foreign code is not guessed",
        "07700 90012",  # one digit short
    ],
)
def test_phone_negative(text: str) -> None:
    assert find(text, "PHONE") == []


# --------------------------------------------------------------------------------- EMAIL


def test_email() -> None:
    text = "Email Kyle.Smith@Example.co.uk. Also j_doe+ops@mail-server.net, and not a@b or @handle."
    emails = find(text, "EMAIL")
    assert [(e.text, e.key) for e in emails] == [
        ("Kyle.Smith@Example.co.uk", "kyle.smith@example.co.uk"),
        ("j_doe+ops@mail-server.net", "j_doe+ops@mail-server.net"),
    ]
    assert emails[0].start == 6
    assert not any(f.type == "SOCIAL" and "example" in f.key for f in find(text))


# --------------------------------------------------------------------------------- ADDRESS


def test_full_address_key_and_attrs() -> None:
    text = "Kyle SMITH of Flat 2, 12 Mill Lane, Wolverhampton WV1 4AB was stopped."
    (a,) = find(text, "ADDRESS")
    assert a.text == "Flat 2, 12 Mill Lane, Wolverhampton WV1 4AB"
    assert a.key == "WV1 4AB|flat 2|12|mill lane"
    assert a.attrs == {"postcode": "WV1 4AB", "flat": "flat 2", "number": "12", "street": "mill lane",
                       "town": "Wolverhampton"}


@pytest.mark.parametrize(
    "text, span, key",
    [
        ("lives at 12 Mill Lane with", "12 Mill Lane", "||12|mill lane"),
        ("at 12 Mill Ln.", "12 Mill Ln", "||12|mill lane"),
        ("at 12A Mill Lane", "12A Mill Lane", "||12a|mill lane"),
        ("Flat 2A, 12 Mill Lane", "Flat 2A, 12 Mill Lane", "|flat 2a|12|mill lane"),
        ("Apartment 5, 3 Rose Court, Walsall.", "Apartment 5, 3 Rose Court, Walsall", "|flat 5|3|rose court"),
        ("Unit 3, 14-16 High St, Dudley, DY1 1AA", "Unit 3, 14-16 High St, Dudley, DY1 1AA",
         "DY1 1AA|unit 3|14-16|high street"),
        ("at 7 St John's Road, Stoke-on-Trent.", "7 St John's Road, Stoke-on-Trent", "||7|st john's road"),
        ("12 MILL LANE WOLVERHAMPTON WV1 4AB", "12 MILL LANE WOLVERHAMPTON WV1 4AB", "WV1 4AB||12|mill lane"),
        ("address: 45 Park Avenue\nBirmingham\nB12 9QT\n", "45 Park Avenue\nBirmingham\nB12 9QT",
         "B12 9QT||45|park avenue"),
        ("Tower House, 9 Canal Walk, Leeds", "Tower House, 9 Canal Walk, Leeds", "||9|canal walk"),
    ],
)
def test_address_variants(text: str, span: str, key: str) -> None:
    (a,) = find(text, "ADDRESS")
    assert (a.text, a.key) == (span, key)
    assert a.start == text.index(span)


def test_flat_and_house_share_key_parts() -> None:
    (a,) = find("Flat 2, 12 Mill Lane, WV1 4AB", "ADDRESS")
    (b,) = find("12 Mill Lane WV1 4AB", "ADDRESS")
    assert a.key.split("|")[2:] == b.key.split("|")[2:]
    assert a.key.split("|")[0] == b.key.split("|")[0] == "WV1 4AB"
    assert a.attrs["flat"] == "flat 2" and b.attrs["flat"] == ""


def test_postcode_alone_and_locality() -> None:
    text = "Seen near WV12 4AB and 12 Mill Lane, Whitmore Reans, Wolverhampton, WV1 4AB."
    addrs = find(text, "ADDRESS")
    assert [a.key for a in addrs] == ["WV12 4AB|||", "WV1 4AB||12|mill lane"]
    assert addrs[1].attrs["locality"] == "Whitmore Reans"
    assert addrs[1].attrs["town"] == "Wolverhampton"
    assert addrs[0].attrs["postcode"] == "WV12 4AB"


@pytest.mark.parametrize(
    "text",
    [
        "went to number 10 Downing to meet",
        "found 3 Class A wraps",
        "FOUND 3 CLASS A WRAPS",
        "seen with 2 Asian males on foot",
        "aged 15 Years old",
        "£200 Park money",
        "invalid postcode QA1 1AA and WV1 4CB",
        "at 14:22 hrs",
    ],
)
def test_address_negative(text: str) -> None:
    assert find(text, "ADDRESS") == []


def test_town_not_swallowed_from_following_words() -> None:
    (a,) = find("12 Mill Lane, Kyle SMITH was there", "ADDRESS")
    assert a.text == "12 Mill Lane" and a.attrs["town"] == ""


# --------------------------------------------------------------------------------- VEHICLE


@pytest.mark.parametrize(
    "text, span, key, attrs",
    [
        ("driving a silver Ford Focus AB12 CDE today", "AB12 CDE", "AB12CDE",
         {"colour": "silver", "make": "Ford", "model": "Focus", "format": "current"}),
        ("black VW Golf reg AB12CDE.", "AB12CDE", "AB12CDE",
         {"colour": "black", "make": "Volkswagen", "model": "Golf", "format": "current"}),
        ("a white Transit van, VRM AB12 CDE", "AB12 CDE", "AB12CDE",
         {"colour": "white", "make": "Ford", "model": "Transit", "format": "current"}),
        ("vehicle reg ab12cde seen", "ab12cde", "AB12CDE", {"format": "current"}),
        ("VRM A123 BCD", "A123 BCD", "A123BCD", {"format": "prefix"}),
        ("old red Vauxhall Astra R123 ABC", "R123 ABC", "R123ABC",
         {"colour": "red", "make": "Vauxhall", "model": "Astra", "format": "prefix"}),
        ("reg ABC 123D", "ABC 123D", "ABC123D", {"format": "suffix"}),
        ("registration number: ABC 123", "ABC 123", "ABC123", {"format": "dateless"}),
        ("plate KX71 ZZA on it", "KX71 ZZA", "KX71ZZA", {"format": "current"}),
    ],
)
def test_vehicle_positive(text: str, span: str, key: str, attrs: dict) -> None:
    (v,) = find(text, "VEHICLE")
    assert (v.text, v.key, v.attrs) == (span, key, attrs)
    assert v.start == text.index(span)


def test_vehicle_attrs_do_not_leak_between_marks() -> None:
    text = "silver Ford Focus AB12 CDE and a black BMW X5 CD34 EFG, also AB13 CDF"
    v = find(text, "VEHICLE")
    assert [x.key for x in v] == ["AB12CDE", "CD34EFG", "AB13CDF"]
    assert v[1].attrs["make"] == "BMW" and v[1].attrs["colour"] == "black" and v[1].attrs["model"] == "X5"
    assert "make" not in v[2].attrs


@pytest.mark.parametrize(
    "text",
    [
        "TRAVELLING ON THE M62 AND A14 TOWARDS LEEDS",
        "on the A14 then M62 and M6 TOLL",
        "KYLE HAS12 ABC",
        "postcode WV12 4AB",
        "ref AB50 CDE is not a mark",
        "He ab12cde lower case without a cue",  # in a cased report; a note all in lower case reads it as a mark
        "index 12 of",
        "PNC 98/123456G",
        "3 Class A wraps",
        "AB12 CDE-7 is a reference",
    ],
)
def test_vehicle_negative(text: str) -> None:
    assert find(text, "VEHICLE") == []


# --------------------------------------------------------------------------------- SOCIAL


@pytest.mark.parametrize(
    "text, span, key",
    [
        ("Snapchat: kyle_xo", "kyle_xo", "snapchat:kyle_xo"),
        ("his snap name kyle.xo.", "kyle.xo", "snapchat:kyle.xo"),
        ("Instagram @J_Smith99 posts", "@J_Smith99", "instagram:j_smith99"),
        ("insta handle j.smith", "j.smith", "instagram:j.smith"),
        ("TikTok @dealer.x.", "@dealer.x", "tiktok:dealer.x"),
        ("on X @kyle_w", "@kyle_w", "x:kyle_w"),
        ("Twitter: @kyle_w", "@kyle_w", "x:kyle_w"),
        ("Facebook name John Smith", "John Smith", "facebook:john smith"),
        ("Telegram @plugman", "@plugman", "telegram:plugman"),
        ("messaged by @dealer_22 today", "@dealer_22", "unknown:dealer_22"),
        ("uses Snapchat (ruby.k_22) daily", "ruby.k_22", "snapchat:ruby.k_22"),
        ("TikTok account mo.trapz9 shows", "mo.trapz9", "tiktok:mo.trapz9"),
    ],
)
def test_social_positive(text: str, span: str, key: str) -> None:
    (s,) = find(text, "SOCIAL")
    assert (s.text, s.key) == (span, key)
    assert s.attrs["platform"] == key.split(":")[0]


@pytest.mark.parametrize(
    "text",
    [
        "speak on snapchat to arrange",
        "email kyle@example.com",
        "snap the branch",
        "WhatsApp 07700 900123",
        "sent to x and y",
        "meet @ 14:00",
        "Instagram account messaging her",
        "cell =@SUM(A1:A9) here",
    ],
)
def test_social_negative(text: str) -> None:
    assert find(text, "SOCIAL") == []


@pytest.mark.parametrize(
    "text, span, key",
    [
        # a handle word with no platform before it; platform taken from the same sentence
        ("Flyer for fake tickets posted by gigs.resale_4u in the group.", "gigs.resale_4u", "unknown:gigs.resale_4u"),
        ("His user name is tommo.k_12 on Instagram.", "tommo.k_12", "instagram:tommo.k_12"),
        ("Account: wavey.ty2 (snapchat) sent the menu.", "wavey.ty2", "snapchat:wavey.ty2"),
        ("Snapchat. Seller profile 'fresh.kickz_9' later deleted.", "fresh.kickz_9", "unknown:fresh.kickz_9"),
        # quotes/brackets after a platform word; the span is the handle only
        ('Snapchat user "marnie.b_x" asked for photos', "marnie.b_x", "snapchat:marnie.b_x"),
        ("TikTok handle [rico_vlogs7] posted the clip", "rico_vlogs7", "tiktok:rico_vlogs7"),
        ("insta ‘kez.m99’ tagged in the video", "kez.m99", "instagram:kez.m99"),
        # messaging apps used for grooming and supply
        ("Kik: lilpeach_06 contacted the child", "lilpeach_06", "kik:lilpeach_06"),
        ("orders taken on Wickr user plugz.north", "plugz.north", "wickr:plugz.north"),
        ("Threema ID 7RXK2MPA given to the buyer", "7RXK2MPA", "threema:7rxk2mpa"),
        ("Discord username (nightowl#0415) ran the server", "nightowl#0415", "discord:nightowl#0415"),
        # a bare @handle takes the platform named in its sentence
        ("Seen on Instagram tagging @bex.t_01 in photos", "@bex.t_01", "instagram:bex.t_01"),
    ],
)
def test_social_handle_cues(text: str, span: str, key: str) -> None:
    (s,) = find(text, "SOCIAL")
    assert (s.text, s.key) == (span, key)
    assert s.start == text.index(span)


@pytest.mark.parametrize(
    "text",
    [
        "posted by J.Smith on the force intranet",
        "seen to handle 2.5kg of herbal cannabis",
        "a heroin user e.g. on Beech Street",
        "Halifax account 20-45-77 31926819 in his name",
        "account holder j.carr@example.com",
        "leaflet posted by royal mail today",
        "advert posted by www.cheapphones.co.uk",
        "profile v2 of the risk matrix",
        "user s.136 MHA detention",
    ],
)
def test_social_handle_cue_negative(text: str) -> None:
    assert find(text, "SOCIAL") == []


def test_anpr_log_lines_take_plates_not_roads() -> None:
    text = (
        "ANPR hits:\nKN21 PWT - grey Kia Sportage - 07:55 M1 J39 NB\n"
        "kn21pwt again 08:20 A61 Wakefield Rd\nVRM HG70LTU - black Fiesta - 09:02 M62 J29"
    )
    v = find(text, "VEHICLE")
    assert [x.text for x in v] == ["KN21 PWT", "kn21pwt", "HG70LTU"]
    assert v[0].attrs["make"] == "Kia" and v[0].attrs["colour"] == "grey"
    assert v[2].attrs["model"] == "Fiesta" and "make" not in v[1].attrs


def test_description_after_a_mark_is_not_claimed_by_the_next() -> None:
    v = find("YD66 KRT, white Ford Transit, followed by LS19 NWA", "VEHICLE")
    assert v[0].attrs["make"] == "Ford" and v[0].attrs["colour"] == "white"
    assert "make" not in v[1].attrs and "colour" not in v[1].attrs


def test_lower_case_plate_needs_camera_context() -> None:
    assert keys("camera activation for sf68 bxn at 02:14 on the A57", "VEHICLE") == ["SF68BXN"]
    assert keys("The lad sf68 bxn said nothing", "VEHICLE") == []
    # In a note typed all in lower case, case says nothing: the mark is read as in a shouted one.
    assert keys("the lad sf68 bxn said nothing", "VEHICLE") == ["SF68BXN"]


# --------------------------------------------------------------------------------- NINO / PNC / IMEI / IP


def test_small_identifiers() -> None:
    text = (
        "NI no AB 12 34 56 C; bad QQ123456C, BG123456A. PNC ID 98/123456G, wrong 98/123456A, "
        "long 2001/0000001Q. IMEI: 35 693803 564380 9 and 356938035643809; not 356938035643808. "
        "IP 192.168.1.20, not 256.1.1.1 or 1.2.3; v6 2001:db8::1 at 14:22:05."
    )
    got = [(f.type, f.text, f.key) for f in find(text) if f.type in ("NINO", "PNC_ID", "IMEI", "IP_ADDRESS")]
    assert got == [
        ("NINO", "AB 12 34 56 C", "AB123456C"),
        ("PNC_ID", "98/123456G", "98/123456G"),
        ("PNC_ID", "2001/0000001Q", "01/1Q"),  # 010000001 = 23 * 434782 + 15 -> Q
        ("IMEI", "35 693803 564380 9", "356938035643809"),
        ("IMEI", "356938035643809", "356938035643809"),
        ("IP_ADDRESS", "192.168.1.20", "192.168.1.20"),
        ("IP_ADDRESS", "2001:db8::1", "2001:db8::1"),
    ]


@pytest.mark.parametrize("text", ["version v1.2.3.4", "date 01.02.1990", "1.2.3.4.5", "999.1.1.1"])
def test_ip_negative(text: str) -> None:
    assert find(text, "IP_ADDRESS") == []


# --------------------------------------------------------------------------------- traps and reports


def test_trap_text_yields_nothing() -> None:
    text = (
        "Road numbers A14/M62 and the M6. CLASS A drugs, 3 Class A wraps. Crime ref 43/12345/25, "
        "NICHE-25-004512, INT/2025/01234. DOB 01/02/1990 at 14:22. Cash £200. Package 5x5x5 and 3x5x2."
    )
    assert find(text) == []


def test_realistic_report_paragraph() -> None:
    text = (
        "INT/2025/01234  Grading B2 / P\n"
        "On 14/03/2025 at 22:15 hrs Kyle SMITH (DOB 01/02/1990, NINO JG 10 37 59 A) was seen leaving\n"
        "Flat 2, 12 Mill Lane, Wolverhampton WV1 4AB in a silver Ford Focus AB12 CDE.\n"
        "SMITH uses 07700 900123 and Snapchat: kyle_xo. His associate \"Jay\" (PNC 98/123456G) is on\n"
        "+44 (0)7700 900456, email jay.doe@example.com. 3 Class A wraps and £200 were recovered.\n"
        "Handset IMEI 356938035643809. Log in from 81.2.69.160. Crime ref 43/12345/25.\n"
    )
    got = [(f.type, f.key) for f in find(text)]
    assert got == [
        ("NINO", "JG103759A"),
        ("ADDRESS", "WV1 4AB|flat 2|12|mill lane"),
        ("VEHICLE", "AB12CDE"),
        ("PHONE", "+447700900123"),
        ("SOCIAL", "snapchat:kyle_xo"),
        ("PNC_ID", "98/123456G"),
        ("PHONE", "+447700900456"),
        ("EMAIL", "jay.doe@example.com"),
        ("IMEI", "356938035643809"),
        ("IP_ADDRESS", "81.2.69.160"),
    ]


def test_shouty_report() -> None:
    text = "SUBJECT SEEN AT 4 BRICK KILN STREET, DUDLEY DY1 1AA IN BLACK BMW 320D KY19 ABC. MOB 07700 900999."
    got = [(f.type, f.key) for f in find(text)]
    assert got == [
        ("ADDRESS", "DY1 1AA||4|brick kiln street"),
        ("VEHICLE", "KY19ABC"),
        ("PHONE", "+447700900999"),
    ]
    assert find(text, "VEHICLE")[0].attrs["make"] == "BMW"


def test_hostile_markup_and_control_characters() -> None:
    text = "<b>=HYPERLINK(\"x\")</b>\x00\x07 07700 900123\r\n<td>AB12 CDE</td>\u200b WV1 4AB\x1b[0m"
    got = [(f.type, f.key) for f in find(text)]
    assert got == [("PHONE", "+447700900123"), ("VEHICLE", "AB12CDE"), ("ADDRESS", "WV1 4AB|||")]


def test_empty_text() -> None:
    assert find_identifiers("") == []


# --------------------------------------------------------------------------------- pathological input


@pytest.mark.parametrize(
    "unit",
    ["1 ", "0", "07700 ", "1-", "a", "a.", "@a", "12 Ab ", "A1 ", "1.", ":0", "(0)", "Flat 1, ", "a@", "1:"],
)
def test_pathological_input_is_linear(unit: str) -> None:
    """Work must grow linearly: 8x the input may not take much more than 8x the time.

    (Generous bounds: this guards against quadratic/exponential backtracking, not speed.)
    """
    small = unit * (25_000 // len(unit))
    big = unit * (200_000 // len(unit))
    t0 = time.perf_counter()
    r_small = find_identifiers(small)
    t1 = time.perf_counter()
    r_big = find_identifiers(big)
    t2 = time.perf_counter()
    _check_invariants(small, r_small)
    _check_invariants(big, r_big)
    assert t2 - t1 < max(2.0, 25 * (t1 - t0))


# --------------------------------------------------------------------------------- property


_alphabet = st.sampled_from(list("0123456789 7700900AB12CDEWV14ab@._-/:+()£,\nFlat Mill Lane Snapchat: reg"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_alphabet, st.sampled_from([
    "07700 900123", "AB12 CDE", "WV1 4AB", "12 Mill Lane", "@kyle", "a@b.com", "98/123456G",
    "356938035643809", "1.2.3.4", "Flat 2, ", "+44 (0)", "Instagram @", "IMEI ", "AB123456C",
])), max_size=40).map("".join))
def test_property_offsets_and_no_overlap(text: str) -> None:
    found = find_identifiers(text)
    _check_invariants(text, found)
    for f in found:
        assert f.key and f.type in {"ADDRESS", "PHONE", "EMAIL", "VEHICLE", "SOCIAL", "NINO", "PNC_ID",
                                    "IMEI", "IP_ADDRESS"}


def test_labelled_nino_and_pnc_accept_the_shape() -> None:
    got = [(f.type, f.text) for f in find("NI number: QQ 65 43 21 B. PNC ID 11/765432K on file.")]
    assert ("NINO", "QQ 65 43 21 B") in got and ("PNC_ID", "11/765432K") in got
    assert find("code QQ654321B and 11/765432K", "NINO") == [] and find("ref 11/765432K", "PNC_ID") == []


# ----------------------------------------------------------------- ADDRESS: buildings, hasty notes


@pytest.mark.parametrize(
    "text, span, key",
    [
        # flat + named building, no house number, then the street
        ("Tenant of Flat 12 Lowther Court, Ashgrove Road, Carlisle CA2 6RT reported",
         "Flat 12 Lowther Court, Ashgrove Road, Carlisle CA2 6RT", "CA2 6RT|flat 12||ashgrove road"),
        ("resident, Apartment 3, Millview House, Canal Street, Stockport SK1 3AP, said",
         "Apartment 3, Millview House, Canal Street, Stockport SK1 3AP", "SK1 3AP|flat 3||canal street"),
        # unit on a named business park
        ("trading from Unit 14, Meadowbank Business Park, Derby DE21 4SZ daily",
         "Unit 14, Meadowbank Business Park, Derby DE21 4SZ", "DE21 4SZ|unit 14||meadowbank business park"),
        # flat in a named building with no street at all, before a postcode
        ("Flat 9 Calder Mill, Halifax HX1 5AB", "Flat 9 Calder Mill, Halifax HX1 5AB", "HX1 5AB|flat 9||calder mill"),
        # a house name and a street
        ("lives at Ivy Cottage, Church Lane, Ripon.", "Ivy Cottage, Church Lane, Ripon", "|||church lane"),
        # a street named without a suffix word, anchored by its postcode
        ("shop at 23 Briggate, Leeds LS1 6HD, was", "23 Briggate, Leeds LS1 6HD", "LS1 6HD||23|briggate"),
        ("2 Northgate, Halifax.", "2 Northgate, Halifax", "||2|northgate"),
    ],
)
def test_address_buildings_and_suffixless_streets(text: str, span: str, key: str) -> None:
    (a,) = find(text, "ADDRESS")
    assert (a.text, a.key) == (span, key)


@pytest.mark.parametrize(
    "text, span, key",
    [
        ("went to 9 dale st then left", "9 dale st", "||9|dale street"),
        ("new addy 61 crossley rd, huddersfield", "61 crossley rd, huddersfield", "||61|crossley road"),
        ("chk flat 2 33 windmill ln rotherham, mum says", "flat 2 33 windmill ln rotherham", "|flat 2|33|windmill lane"),
        ("postcode s60 2bz", "s60 2bz", "S60 2BZ|||"),
        ("4 Moor Lane\nSkipton\nBD23 1AA", "4 Moor Lane\nSkipton\nBD23 1AA", "BD23 1AA||4|moor lane"),
    ],
)
def test_address_lower_case_hasty(text: str, span: str, key: str) -> None:
    (a,) = find(text, "ADDRESS")
    assert (a.text, a.key) == (span, key)


@pytest.mark.parametrize(
    "text",
    [
        "found 3 wraps in the park",
        "gave him 2 bags near the road",
        "submitted by PC 5512 OLDROYD, Halifax",
        "Location: Sefton Circus, High Green. Grounds: smell",
        "seen with 3 Asian males, Leeds",
        "on 12 March, Leeds said",
        "code ab1 2cdx and s60-2bz",
    ],
)
def test_address_negative_new_rules(text: str) -> None:
    assert find(text, "ADDRESS") == []

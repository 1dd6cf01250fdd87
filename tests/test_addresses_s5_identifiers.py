"""Identifier forms met in records exports, handset downloads and hasty notes: dot-leader labels,
marks spaced out by scanned forms, handles after short platform names or as speaker labels in
chat transcripts, and a phone followed by a bracketed aside. Every example is written for these
tests (fictional people; Ofcom drama numbers)."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def found(text: str, kind: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == kind]


def test_a_pnc_id_after_a_dot_leader_label():
    text = "NAME.............HOLT DARREN\nDOB..............02/02/1991\nPNC..............91/774120P\n"
    assert found(text, "PNC_ID") == ["91/774120P"]
    assert found("PNC ID.......03/55102X  CRO......12345/03A", "PNC_ID") == ["03/55102X"]
    assert found("pnc no....... 11/90210q", "PNC_ID") == ["11/90210q"]
    # Without a label an invalid check letter is still no PNC ID.
    assert found("Ref.............91/774120P", "PNC_ID") == []


def test_a_phone_then_a_bracketed_aside_that_opens_with_a_digit():
    assert found("ph 07700-900-563 (1 digit diff from his old one)", "PHONE") == ["07700-900-563"]
    assert found("Tel 01632 960 118 (2 calls that night)", "PHONE") == ["01632 960 118"]
    assert found("mob 07700 900417 (3rd number this year)", "PHONE") == ["07700 900417"]
    # The bracketed trunk zero stays part of the number.
    assert found("call +44 (0)7700 900 212 after 6", "PHONE") == ["+44 (0)7700 900 212"]


def test_a_current_mark_spaced_out_by_a_scanned_form():
    assert found("seen   getting   into   grey   Ford   Focus   reg   KX19  HBN   outside", "VEHICLE") == ["KX19  HBN"]
    assert found("VRM :  LD68  WZP   (black Audi A3)", "VEHICLE") == ["LD68  WZP"]
    assert found("Vehicle  -  silver  Corsa  YB17  RTO  parked  on  drive", "VEHICLE") == ["YB17  RTO"]
    # Two words with a wide gap are not a mark.
    assert found("Ref  AB12  and  CDE  team", "VEHICLE") == []


def test_a_lower_case_mark_after_in_and_the_model():
    assert found("Marcus seen there daily in GLE ma71rwe. Owner asked for help.", "VEHICLE") == ["ma71rwe"]
    assert found("She was picked up in his black golf yd19kfe near the school.", "VEHICLE") == ["yd19kfe"]
    assert found("Arrived in a white transit bv66 tzx at 2200.", "VEHICLE") == ["bv66 tzx"]
    # A lower-case handle after "in" and an app name stays a handle, not a mark.
    assert found("He is in the group chat as jd19xyz_ on Snapchat.", "VEHICLE") == []


def test_a_handle_straight_after_a_short_platform_name():
    assert found("Known to use IG kazi.e1 and +44 7700 900 147.", "SOCIAL") == ["kazi.e1"]
    assert found("snap lil.dee_99 sends the drop locations", "SOCIAL") == ["lil.dee_99"]
    assert found("Her FB is kelly.m.92 and she posts daily.", "SOCIAL") == ["kelly.m.92"]
    # A plain word, a time or an amount after the short name is prose.
    assert found("Saw it on IG yesterday at 14.30.", "SOCIAL") == []
    assert found("Sent a snap 2.5k views later.", "SOCIAL") == []


def test_handles_as_speaker_labels_in_a_chat_transcript():
    text = ("Snapchat chat recovered from handset:\n"
            "tbone_st1: where u at\n"
            "kian.lee04: at the park\n"
            "tbone_st1: bring the bags\n"
            "kian.lee04: ok\n")
    assert found(text, "SOCIAL") == ["tbone_st1", "kian.lee04", "tbone_st1", "kian.lee04"]
    text = "WhatsApp export, 12/03:\n[21:04] jay.b22: u up\n[21:05] m.riley9: yeh come round\n"
    assert found(text, "SOCIAL") == ["jay.b22", "m.riley9"]
    # Labels of a form are not speakers, nor is a time.
    assert found("Instagram review.\nNote: no messages\nDOB: 01.02.2009\n", "SOCIAL") == []


def test_text_speak_inside_a_message_is_no_handle():
    text = 'Snapchat chat with masonw_x03: "come to Lewis flat 2nite ill get u sum". Also WhatsApp.'
    assert found(text, "SOCIAL") == ["masonw_x03"]
    assert found("Instagram DM from ty_rell7: 'gr8 see u 2moro at 4'", "SOCIAL") == ["ty_rell7"]
    assert found("snapchat msgs: meet me b4 school, l8r m8", "SOCIAL") == []


def test_a_display_name_in_quotes_after_account_with_the_platform_nearby():
    text = ('He has been making threats on Facebook against the family. Posts from account "JWG Burnley". '
            "Spoken to at home.")
    assert found(text, "SOCIAL") == ["JWG Burnley"]
    assert found('Abuse sent on TikTok. The page "Wakey Drill Vids" reposted it.', "SOCIAL") == ["Wakey Drill Vids"]
    # A bank account in quotes is not a social account; nor is a quoted message.
    assert found('Instagram advert seen. Paid into account "J HOLT SAVINGS" by transfer.', "SOCIAL") == []
    assert found("Facebook group post. He then replied on his account \"you're finished mate\".", "SOCIAL") == []

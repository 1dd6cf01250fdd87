"""National Insurance numbers, PNC IDs and social handles as they are written beyond the first
sets: spacing and labels vary, HMRC's specimen prefix, and handles in reports typed in capitals.
Examples are written for these tests (fictional identifiers, Ofcom drama numbers)."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def found(text: str, typ: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == typ]


def test_nino_spacing_and_labels():
    assert found("Claimant details: DOB 02/03/1988, NI QQ123456A, no fixed abode.", "NINO") == ["QQ123456A"]
    assert found("N.I. number JK-12-34-56-D recorded on the DWP referral.", "NINO") == ["JK-12-34-56-D"]
    assert found("NI no. AB 123 456 C was used to open the account.", "NINO") == ["AB 123 456 C"]
    (n,) = [f for f in find_identifiers("Her NINO is JK 12 34 56 D.") if f.type == "NINO"]
    assert n.key == "JK123456D"
    # "NI" as Northern Ireland before a year or a number is no label.
    assert found("Moved from NI 2019, works 12 34 56 hours a week.", "NINO") == []


def test_pnc_labels_and_a_spaced_check_letter():
    assert found("PNC ID No: 12/345678X - no warning markers.", "PNC_ID") == ["12/345678X"]
    assert found("His PNC record 15/99887K shows four convictions.", "PNC_ID") == ["15/99887K"]
    assert found("PNC number 98/765432 L, CRO not known.", "PNC_ID") == ["98/765432 L"]
    assert found("Seized 12/345678 L of fuel from the tank.", "PNC_ID") == []


def test_handles_in_reports_typed_in_capitals():
    text = "INTEL REPORT. SUBJECT ATTENDS THE SHOPPING CENTRE DAILY. SNAPCHAT FRIEND DMONEY.MBORO. CONTACT NUMBER 07700 900 284."
    assert found(text, "SOCIAL") == ["DMONEY.MBORO"]
    text = "SUBJECT SELLS POWER TOOLS. HE ADVERTISES ON FACEBOOK AS ASH.TOOLS.WAKEY AND USES 07700 900 284 FOR ORDERS."
    assert found(text, "SOCIAL") == ["ASH.TOOLS.WAKEY"]
    text = "VICTIM WAS CONTACTED BY A MALE. INSTAGRAM ACCOUNT MESSAGING HER IS @JAY_X_19. THE USER SENT IMAGES."
    assert found(text, "SOCIAL") == ["@JAY_X_19"]
    # A dotted town in capitals is not a handle when no platform precedes it.
    text = "SUBJECT WAS SEEN IN ST.HELENS ON FRIDAY WITH TWO MALES. HE USES SNAPCHAT DAILY."
    assert found(text, "SOCIAL") == []


def test_imei_labelled_or_beside_the_handset_without_luhn():
    # Fifteen digits whose check digit is wrong (mistyped or invented) are still the IMEI when
    # labelled or written with the handset; bare, they must pass Luhn.
    assert found("Phone seized: iPhone 13, IMEI 353912110845671.", "IMEI") == ["353912110845671"]
    assert found("Property: 2 x mobiles (iPhone 14 356789123456782, Nokia), £40 cash.", "IMEI") == ["356789123456782"]
    assert found("Phone seized 354567891234560. DP made no comment.", "IMEI") == ["354567891234560"]
    assert found("Transfer ref 354567891234560 paid on 12/03.", "IMEI") == []


def test_a_bracketed_phone_after_a_time():
    assert found("MFH: phone off since 1700 (07700 900164), no contact.", "PHONE") == ["07700 900164"]
    assert found("Tel +44 (0)7700 900123 after 6pm.", "PHONE") == ["+44 (0)7700 900123"]


def test_handles_on_selling_messaging_and_video_platforms():
    assert found('He sells the stolen tools on eBay as "toolsdirect_uk" at a third of RRP.', "SOCIAL") == ["toolsdirect_uk"]
    assert found('He sells the stolen tools on eBay as "swanseabargainz".', "SOCIAL") == ["swanseabargainz"]
    assert found("Bookings line 07700 900288; WeChat ID lotus_rooms88. Manager unknown.", "SOCIAL") == ["lotus_rooms88"]
    assert found('Drill video uploaded by channel KMoneyOfficial on 28/04.', "SOCIAL") == ["KMoneyOfficial"]
    assert found("Profile assessed as belonging to him (acct jaystacks.c00).", "SOCIAL") == ["jaystacks.c00"]


def test_prose_after_a_platform_is_not_a_handle():
    assert found("He runs a Telegram channel where he posts prices.", "SOCIAL") == []
    assert found("Download: WhatsApp - handset of the suspect, 40 chats.", "SOCIAL") == []
    assert found("He is on Snapchat as well as Instagram.", "SOCIAL") == []
    # A name in quotes after "as" is a nickname, the handle is the one with "@".
    assert found('She knew him from Instagram as "Shay" (@shay_ade). CCTV requested.', "SOCIAL") == ["@shay_ade"]


def test_a_name_word_inside_brackets_after_the_platform():
    assert found("He contacted her via Snapchat (username: bigmanj) on 12/03.", "SOCIAL") == ["bigmanj"]
    assert found("Messages on Instagram (account @lil_t_official) seen by mum.", "SOCIAL") == ["@lil_t_official"]


def test_a_phone_with_a_zero_read_as_the_letter_o_after_a_label():
    (p,) = [f for f in find_identifiers("Bradford BD8 7AB Tel : 07700 9OO 164 (poss OCR error)") if f.type == "PHONE"]
    assert p.text == "07700 9OO 164" and p.key == "+447700900164"
    assert found("Exhibit ref 07700 9OO 164 bagged.", "PHONE") == []


def test_a_handle_named_before_its_platform():
    assert found("He messages her as bigmanj on Snapchat most nights.", "SOCIAL") == ["bigmanj"]
    assert found('The account "plugzone" on Telegram sells pills.', "SOCIAL") == ["plugzone"]
    assert found("she goes by kaylaxo on insta", "SOCIAL") == ["kaylaxo"]
    # A forename or an English word there is a name or prose.
    assert found("She knows him as Jay on Snapchat.", "SOCIAL") == []
    assert found("They talk as friends on Snapchat.", "SOCIAL") == []


def test_display_names_of_accounts_and_handles_in_lists():
    assert found('Abuse posted on Facebook from an account called "Wearside Patriot". Brother spoken to.', "SOCIAL") == [
        "Wearside Patriot"]
    assert found('update facebook account "wearside patriot" attributed to a local male', "SOCIAL") == ["wearside patriot"]
    assert found("NOMINAL: AHMED, DANA. SOCIAL MEDIA: WEARSIDE PATRIOT (FACEBOOK)", "SOCIAL") == ["WEARSIDE PATRIOT"]
    # A quoted name that opens with a forename is the person's own name.
    assert found('He set up a new Facebook profile "Ciaran Mc" and messaged her.', "SOCIAL") == []
    assert found("Linked accounts: shadowfox_99, dan.frost.22, email dan@example.com", "SOCIAL") == [
        "shadowfox_99", "dan.frost.22"]
    assert found('Zayn, 12, groomed on Roblox by "xXBloxDadXx" who offered Robux.', "SOCIAL") == ["xXBloxDadXx"]
    assert found("CEOP referral re Roblox (victim Zayn PATEL), warrant at the address.", "SOCIAL") == []


def test_gamer_tags_in_a_report_about_a_platform():
    assert found("Roblox grooming. Update - xXBloxDadXx account traced via IP.", "SOCIAL") == ["xXBloxDadXx"]
    assert found("Chat log from Roblox. Summary KawaiiGamer2011: ur so pretty xx", "SOCIAL") == ["KawaiiGamer2011"]
    # Brand names with one capital inside are not handles.
    assert found("He bought an iPhone and a PlayStation from a man on Facebook.", "SOCIAL") == []

"""Session 7: a platform display name in quotes after "as" ('sells on Facebook as "AK Agri & Plant"').
U, E, H, O and Q annotators all keep such names as SOCIAL; a chat "called" so is a group, not an account (N)."""

from scanassist_core.extract._identifiers import find_identifiers


# --- SOCIAL: a display name in quotes after "as" ---------------------------------------------


def _social(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "SOCIAL"]


def test_quoted_display_name_after_as() -> None:
    assert _social('Sells plant on Facebook as "GR Tools & Hire" out of a yard in Ripon.') == ["GR Tools & Hire"]
    assert _social('Advertises on Instagram as "Kutz by Kay" from her flat.') == ["Kutz by Kay"]


def test_quoted_description_or_person_after_as_is_no_handle() -> None:
    assert _social('She knows him from Snapchat as "the lad from school".') == []
    assert _social('He is known on Facebook as "Dave Smith".') == []


def test_quoted_group_chat_called_is_no_handle() -> None:
    assert _social('The group chat is on WhatsApp called "Estate Boys Only" and has 40 members.') == []


def test_quoted_display_name_straight_after_the_platform() -> None:
    assert _social('Phone seized; Facebook "Tekle Asmara UK" linked to the same number.') == ["Tekle Asmara UK"]
    assert _social('He messaged her from Facebook "Ciaran Mc" on Tuesday.') == []


def test_joined_up_name_of_a_user_account_on_an_unnamed_site() -> None:
    assert _social('Escort adverts share one phone and user account "VelvetNightsBrum".') == ["VelvetNightsBrum"]
    assert _social('Money paid into account "SmithJones" at the bank.') == []


def test_handle_with_a_domain_part_inside_after_account() -> None:
    assert _social("Recruiter account @fastcash.uk.work messaged students.") == ["@fastcash.uk.work"]
    assert _social("Complaint emailed to @example.co.uk bounced back.") == []


def test_handle_in_a_profile_link() -> None:
    assert _social("Adverts link to https://www.instagram.com/nails.by.jo/ for bookings.") == ["nails.by.jo"]
    assert _social("Videos posted at tiktok.com/@cov.drill.clips last night.") == ["@cov.drill.clips"]
    assert _social("Facebook profile facebook.com/dan.smith.7731 shows the car.") == ["dan.smith.7731"]


def test_site_pages_in_a_link_are_no_handles() -> None:
    assert _social("Post shared in facebook.com/groups/wakefieldbuysell by admins.") == []
    assert _social("Story on www.bbc.co.uk/news and jo@example.com are not accounts.") == []


def test_telegram_link() -> None:
    assert _social("Menu sent out with a link t.me/plugz_wakey and a phone.") == ["plugz_wakey"]


def test_capitalised_short_platform_name_then_a_long_lower_case_handle() -> None:
    assert _social('Lad said he was "Kai" and gave Snap kaithegoat, then left.') == ["kaithegoat"]
    assert _social("She was on Snap yesterday and sent a Snap video tonight.") == []


def test_forename_and_surname_after_a_platform_label_is_a_person() -> None:
    assert _social("Second witness found via Snap: Chloe BRENNAN (17), spoken to.") == []
    assert _social("Snap: Dmoney UK is the account.") == ["Dmoney"]

"""Session 9: handles written with no platform named - a name joined by dots and an underscore
("mo.khan_23"), a gamer tag wrapped in xX ... Xx - and the file and site names of the same shape."""

from scanassist_core.extract._identifiers import _find_social


def _handles(text: str) -> list[str]:
    return [f.text for f in _find_social(text)]


def test_dotted_name_with_an_underscore_is_a_handle() -> None:
    assert _handles("• KHAN, Mohammed – runs the line now, mo.khan_23, drives a Golf") == ["mo.khan_23"]
    assert _handles("Account names seen on the seized phone: lee.j_bfd and tasha.m_x") == ["lee.j_bfd", "tasha.m_x"]
    assert _handles("Girl says she was added by kay.bee_x.07 last week.") == ["kay.bee_x.07"]


def test_file_and_site_names_with_an_underscore_stay_unread() -> None:
    assert _handles("Config file my_config.yaml found on the laptop.") == []
    assert _handles("Site www.cheap_parts.co.uk advertised the plates.") == []
    assert _handles("Export saved as stop_search.xlsx for the panel.") == []
    assert _handles("Email john_smith@example.com was on the account.") == []


def test_gamer_tag_wrapped_in_xx() -> None:
    assert _handles("Update - xXBloodHoundXx traced via the console's IP.") == ["xXBloodHoundXx"]
    assert _handles("Boy was groomed through a game by xX_Reaper_99Xx over six weeks.") == ["xX_Reaper_99Xx"]
    assert _handles("She plays online as xXStarGirlXx and talks to older males.") == ["xXStarGirlXx"]


def test_dotted_name_with_an_underscore_after_a_reference_word_stays_unread() -> None:
    assert _handles("Case ref dee.ops_04 held on the shared drive.") == []


def test_what_a_platform_holds_is_no_handle() -> None:
    assert _handles("Sister rang 101 with a snapchat screenshot, uploaded to niche.") == []
    assert _handles("Boy posted a tiktok livestream from the park at 2200.") == []
    assert _handles('Goods sold via fb marketplace acct "kev.deals.leeds" since May.') == ["kev.deals.leeds"]
    assert _handles("snapchat: screenshotking_22 sent the video") == ["screenshotking_22"]


def test_underscore_handle_in_a_report_in_capitals() -> None:
    assert _handles("1930 CALL FROM THE BUYER - SELLER KEV_PARTS_LS9 HAS NOW REPLIED.") == ["KEV_PARTS_LS9"]
    assert _handles("NOW LEADING THE LINE, MO.KHAN_23, DRIVES A GOLF.") == ["MO.KHAN_23"]
    assert _handles("FILE IMG_4410.JPG FOUND ON HIS PHONE. FIRST_NAME FIELD BLANK.") == []

"""Session 8: social handles written in ways no earlier set held - a lower-case name joined by
underscores with no platform named, a long lower-case name after a full platform name closing its
list item, and a quoted Facebook page name that runs on past its title-case words."""

from scanassist_core.extract._identifiers import _find_social


def _handles(text: str) -> list[str]:
    return [f.text for f in _find_social(text)]


def test_underscore_name_is_a_handle_with_no_platform_named() -> None:
    assert _handles("Buyer says the seller tyler_wheels_ls9 stopped replying after the deposit.") == ["tyler_wheels_ls9"]
    assert _handles("she gets messages off dani_x_rose most nights, mum worried") == ["dani_x_rose"]
    assert _handles("Victim added kez_2k9 after the party; he then sent threats.") == ["kez_2k9"]


def test_field_and_file_names_with_underscores_are_no_handles() -> None:
    assert _handles("The export had first_name and date_of_birth blank for 12 rows.") == []
    assert _handles("Statement saved as witness_statement_v2.pdf on the drive.") == []
    assert _handles("Config line crime_ref: 14/2231/25 ignored.") == []


def test_long_lower_case_name_after_a_full_platform_name() -> None:
    assert _handles("Her Instagram @mo_dripz, tiktok modripzofficial.") == ["@mo_dripz", "modripzofficial"]
    assert _handles("uses snapchat kaylzbabez, insta kaylz_b") == ["kaylzbabez", "kaylz_b"]
    assert _handles("They went on tiktok livestream and laughed about it.") == []
    assert _handles("He was on snapchat yesterday.") == []


def test_quoted_facebook_page_keeps_its_last_words() -> None:
    assert _handles('Adverts run from the FB page "Kowal Budowa UK" since May.') == ["Kowal Budowa UK"]
    assert _handles('Facebook page "Leeds Lads Tools 4 U" sells the stolen kit.') == ["Leeds Lads Tools 4 U"]

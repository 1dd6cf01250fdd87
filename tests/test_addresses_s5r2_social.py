"""Social-media handles written bare, with no @ and no platform word straight before them, in a
report about an account or platform: a lower-case name joined by dots or underscores is a handle;
two ordinary words run together at a missed space, a file name or a web address is not. Every
handle is written for these tests."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def handles(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "SOCIAL"]


def test_a_bare_handle_in_a_report_about_an_account():
    assert handles("Instagram review. Video liked by jaz.kerr and reposted by tyrese_m09 within the hour.") == [
        "jaz.kerr", "tyrese_m09"]
    assert handles("Snapchat group: members include • BELL, Kyle – kyle.b_44, car seen • MOSS, Ty.") == ["kyle.b_44"]


def test_what_is_no_bare_handle():
    # No platform named: a dotted name is left alone.
    assert handles("Statement taken from jaz.kerr at the scene.") == []
    # Ordinary words run together at a missed space, a file, a web address.
    assert handles("Seen on TikTok with her. He said he left.then came back later.") == []
    assert handles("Snapchat group found. Officer noted it.was deleted.") == []
    assert handles("Facebook screenshots saved as chat_log.pdf and sent to the OIC.") == []
    assert handles("Facebook page links to www.kerrmotors.co.uk for sales.") == []


def test_a_quoted_account_name_of_several_words_is_whole():
    assert handles('Items listed on Facebook Marketplace profile "Quads4Less Yorkshire" last week.') == [
        "Quads4Less Yorkshire"]
    assert handles('Instagram page "Glow Lashes Rhyl" advertising the same kits.') == ["Glow Lashes Rhyl"]


def test_a_surname_in_capitals_after_an_account_label_is_a_person():
    assert handles("Seller traced via eBay account: CHEN Lei (DOB 1990), paid by card.") == []
    assert handles("Traced via Gumtree account: WARD Jack, of no fixed abode.") == []
    # A handle in capitals on its own is still a handle.
    assert handles("Seller traced via eBay account: QUADPARTS4U, paid by card.") == ["QUADPARTS4U"]

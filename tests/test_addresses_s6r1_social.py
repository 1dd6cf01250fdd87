"""A picture "of" someone on a platform is no handle; a marketplace seller's name in quotes is.
Every sentence is written for these tests."""

from __future__ import annotations

from scanassist_core.extract._identifiers import find_identifiers


def handles(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "SOCIAL"]


def test_a_picture_of_someone_is_not_a_handle():
    assert handles("kayla has a snap of him with the knife, will send it over") == []
    assert handles("Mum showed PC a Snapchat of them outside the shop.") == []
    assert handles("Screenshot of the Instagram of dan.k_7 attached.") == ["dan.k_7"]


def test_a_marketplace_seller_name():
    assert handles('he sells on fb marketplace as "gaz.tools.4u" most days') == ["gaz.tools.4u"]
    assert handles("Listed on Facebook Marketplace as 'bargain_bikes_leeds' since May.") == ["bargain_bikes_leeds"]


def test_a_named_page_after_the_platform_sentence():
    assert handles('They keep sharing his photo on Facebook. The page is called "Hull Named and Shamed".') == [
        "Hull Named and Shamed"]
    assert handles('Someone set up a TikTok about the school. the account is called "Oakfield Tea" apparently') == [
        "Oakfield Tea"]
    assert handles('Photos went up on Instagram overnight; the page was named "Wirral Watch" by the admin.') == ["Wirral Watch"]
    assert handles('The business is called "Sunrise Cleaning" and is on Companies House.') == []

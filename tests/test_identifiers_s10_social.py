"""Social handles as different writers put them: a note on the account in brackets is no
handle, a list of handles runs on with a name and digits, and "@" for "at" in a hasty note."""

from __future__ import annotations

import pytest

from scanassist_core.extract._identifiers import find_identifiers


def _social(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "SOCIAL"]


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("Instagram account (private) - jordan_fs_10", ["jordan_fs_10"]),
        ("Her Snapchat (deleted) was kayla.b.x2 according to the school.", ["kayla.b.x2"]),
        ("SNAPCHAT (BLOCKED) - TEEJAY_0161 MESSAGED VICTIM AT 2300", ["TEEJAY_0161"]),
        # a handle in brackets is still read
        ("She follows him on Instagram (kazzzb) and TikTok", ["kazzzb"]),
    ],
)
def test_bracketed_note_on_the_account(text: str, handles: list[str]) -> None:
    assert _social(text) == handles


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("Known SC accounts: jdog.22 / jdog_22x / jdogg22", ["jdog.22", "jdog_22x", "jdogg22"]),
        ("snapchat names used: lil.tee_x, teetee07, teebaby2009", ["lil.tee_x", "teetee07", "teebaby2009"]),
        ("INSTAGRAM: @MONEYMAKER_MO, MOMONEY22", ["@MONEYMAKER_MO", "MOMONEY22"]),
    ],
)
def test_listed_name_with_digits(text: str, handles: list[str]) -> None:
    assert _social(text) == handles


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        # a place a hasty note names after the list is no handle
        ("sc: dee.b_07, LS11", ["dee.b_07"]),
        # a mark, a postcode and text-speak are not handles, whatever the list
        ("snap: mo_b22, AB12CDE", ["mo_b22"]),
        ("insta @kay.b_x, gr8", ["@kay.b_x"]),
    ],
)
def test_listed_words_that_are_no_handle(text: str, handles: list[str]) -> None:
    assert _social(text) == handles


@pytest.mark.parametrize(
    "text",
    [
        "@home all day according to mum",
        "spoke to him @school, he was calm",
        "Subject was @court 0930-1200 then left in a taxi",
    ],
)
def test_at_for_at_a_place(text: str) -> None:
    assert _social(text) == []


def test_place_word_handle_on_a_platform_is_read() -> None:
    assert _social("Instagram @home.bargains.ldn selling stolen tools") == ["@home.bargains.ldn"]
    assert _social("His Snapchat is @court, he says") == ["@court"]


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("IG/SC: kwame.a_ (both private)", ["kwame.a_"]),
        ("fb/insta - dee.jay_22", ["dee.jay_22"]),
    ],
)
def test_platforms_joined_by_a_slash(text: str, handles: list[str]) -> None:
    assert _social(text) == handles


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("insta name 'Tiny T' @tinyt.x", ["Tiny T", "@tinyt.x"]),
        ("She knows him on Snapchat as ‘Big Bro K’ and nothing else.", ["Big Bro K"]),
        ("SNAPCHAT NAME 'LIL KAY X' - BELIEVED TO BE KAYDEN", ["LIL KAY X"]),
    ],
)
def test_display_name_in_single_quotes(text: str, handles: list[str]) -> None:
    assert _social(text) == handles


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        # a note typed all in lower case: case says nothing about a quoted display name ...
        ("phone 07700 900 412, facebook \"kwik fix motors uk\". believed to be his", ["kwik fix motors uk"]),
        ("sells parts on facebook as \"dj spares & repairs\". son drives the van", ["dj spares & repairs"]),
        # ... nor about the platform's name before a handle
        ("lad called himself \"tj\" and gave snap tjbossmanxx, friend has screenshots", ["tjbossmanxx"]),
    ],
)
def test_lower_case_note_display_names_and_handles(text: str, handles: list[str]) -> None:
    assert _social(text) == handles


@pytest.mark.parametrize(
    "text",
    [
        # a person's own name in quotes is a PERSON, not an account's display name
        "linked to facebook \"dave ferris\". phone seized",
        # a snap sent is a message, not a handle
        "she sent him a snap yesterday about it",
    ],
)
def test_lower_case_note_no_handle(text: str) -> None:
    assert _social(text) == []

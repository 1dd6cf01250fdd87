"""Session 7: where a street and its town end - a compass word before a known town, a spaced dash after
an unknown one - and a flat with a house number vouching for a lower-case street in a half-cased note."""

from scanassist_core.extract._addresses import find_addresses


def _texts(text: str) -> set[str]:
    return {f.text for f in find_addresses(text)}


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_a_compass_word_before_a_known_town_closes_the_street() -> None:
    assert _longest("warrant exec flat 3a 2 high st west sunderland - 212 plants, bypassed elec") \
        == "flat 3a 2 high st west sunderland"
    assert _longest("lives 14 london rd east leicester with his partner") == "14 london rd east leicester"
    assert _longest("Seen at 40 Church Road West Bromwich on Friday") == "40 Church Road West Bromwich"


def test_a_spaced_dash_ends_a_town_not_in_the_list() -> None:
    assert _longest("* 23 Lothian Crescent, Whitfield - no further detail") == "23 Lothian Crescent, Whitfield"
    assert _longest("Burglary at 7 Moor View, Hartshead – rear door forced") == "7 Moor View, Hartshead"
    # a person after the dash's other side is not read as the town
    assert _longest("Visit to 7 Moor View, Sarah - no reply") == "7 Moor View"


def test_a_flat_and_number_vouch_for_a_lower_case_street_in_a_half_cased_note() -> None:
    assert _longest("warrant exec flat 3a 2 high st west sunderland - 212 plants. gives name Hung NGUYEN") \
        == "flat 3a 2 high st west sunderland"
    assert _longest("Found in flat 2 14 mill lane, says Kyle SMITH owns it") == "flat 2 14 mill lane"
    # without the flat an everyday word is no street in a cased note
    assert _texts("Stopped 3 high st traders, Kyle SMITH among them") == set()


def test_a_compass_letter_before_the_town() -> None:
    assert _longest("fraser lives 36 Seaton Pl E, Aberdeen AB24 1XD. his pal ran off") == "36 Seaton Pl E, Aberdeen AB24 1XD"
    assert _longest("Address: 12 Mill Rd W, Leeds LS6 2AB") == "12 Mill Rd W, Leeds LS6 2AB"


def test_a_place_shaped_district_after_a_lower_case_street_without_a_comma() -> None:
    assert _longest("430 - says lad is kyle smith of 6 sutton st edgwick. unconfirmed") == "6 sutton st edgwick"
    assert _longest("FOUND AT 14 MILL LANE BRINSWORTH. NOTHING ELSE") == "14 MILL LANE BRINSWORTH"
    # an everyday word or a forename there is the prose's, not a place
    assert _longest("visited 14 mill lane yesterday. no reply") == "14 mill lane"
    assert _longest("stopped outside 14 mill lane ashley. no reply") == "14 mill lane"
    assert _longest("bail addr 3 park rd button. spoke to him") == "3 park rd"

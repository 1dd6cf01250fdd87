"""Session 9: where someone lives, written in prose with a street that has no designator word and a
village the gazetteer does not know ("stays at his cousin's at 3 The Paddocks, Wootton.")."""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_residence_cue_vouches_for_one_unknown_village() -> None:
    assert _longest("Male stated he was NFA but sometimes stays at his cousin's at 3 The Paddocks, Wootton.") \
        == "3 The Paddocks, Wootton"
    assert _longest("info from mum - he lives at 3 the paddocks, wootton with his nan") == "3 the paddocks, wootton"
    assert _longest("NOMINAL RESIDES AT 12 FAIRHOLME, BRAMPTON. NO VEHICLE.") == "12 FAIRHOLME, BRAMPTON"
    assert _longest("Victim is living at 41 Hollowgate, Thurnscoe with her two children.") == "41 Hollowgate, Thurnscoe"


def test_a_person_or_ordinary_word_after_the_comma_is_no_village() -> None:
    # a forename, a surname or an everyday word after the street is the prose's, not the address's
    assert _longest("He resides at 14 Hightown, Jade visits on Sundays.") == "14 Hightown"
    assert _longest("She lives at 22 Fairfield, Sometimes with her sister.") == "22 Fairfield"
    assert _longest("lives at 8 Broadacres, Smith confirmed it") == "8 Broadacres"
    # "at" alone (no residence cue) still needs a known town or two words of one
    assert _longest("Met at 9 Costa, Bob was already there.") == ""


def test_level_or_number_word_opening_a_house_name_is_kept() -> None:
    # "High", "Two" are everyday words, but opening a house's name before its street they are the name's
    assert _longest("Burglary at High Trees, Church Road, Ashford TN23 1AA overnight.") \
        == "High Trees, Church Road, Ashford TN23 1AA"
    assert _longest("Subject's home: Two Oaks, Lower Road, Chalfont SL9 9AA.") == "Two Oaks, Lower Road, Chalfont SL9 9AA"
    assert _longest("SEARCH AT HIGH TREES, CHURCH ROAD, ASHFORD TN23 1AA") == "HIGH TREES, CHURCH ROAD, ASHFORD TN23 1AA"
    assert _longest("Scene: Four Winds, Mill Lane, Alveley WV15 6AB") == "Four Winds, Mill Lane, Alveley WV15 6AB"


def test_a_count_of_people_is_no_house_name() -> None:
    assert _longest("Two Males, Mill Lane, Alveley WV15 6AB, seen running") == "Mill Lane, Alveley WV15 6AB"
    assert _longest("Yesterday High Street, Dudley DY1 1AA was closed") == "High Street, Dudley DY1 1AA"

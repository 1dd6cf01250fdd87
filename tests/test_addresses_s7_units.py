"""Session 7: two units of one house written together ("Room 2 & Room 5, 71 ...", "Flats 1 and 2, ...")."""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_two_rooms_or_flats_joined_are_one_address() -> None:
    assert _longest("Beds in Room 2 & Room 5, 71 Audley Range, Blackburn BB1 1TF") \
        == "Room 2 & Room 5, 71 Audley Range, Blackburn BB1 1TF"
    assert _longest("Workers housed in Flats 1 and 2, 14 Mill Lane, Leeds LS6 2AB.") \
        == "Flats 1 and 2, 14 Mill Lane, Leeds LS6 2AB"
    assert _longest("rooms 3 & 4, 19 upper zoar st, wolverhampton wv3 0jh") == "rooms 3 & 4, 19 upper zoar st, wolverhampton wv3 0jh"
    assert _longest("FLAT 1 AND FLAT 2, 9 READS AVENUE, BLACKPOOL FY1 4BS") == "FLAT 1 AND FLAT 2, 9 READS AVENUE, BLACKPOOL FY1 4BS"

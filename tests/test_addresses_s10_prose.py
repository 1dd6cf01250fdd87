"""Session 10: a street followed by prose whose small words run on to a word that is also a
designator ("12 High Street on the way", "4 Mill Lane towards the park", "22 Station Road at the
end") is still the street - the match closes at the designator before the prose; and a search
or research before a number is no "arch" (a flat word) read out of its last letters."""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_street_then_prose_up_to_a_designator_like_word() -> None:
    assert _longest("Male went from 4 Mill Lane towards the park at 2140.") == "4 Mill Lane"
    assert _longest("Seen leaving 12 High Street on the way to school.") == "12 High Street"
    assert _longest("Youths gathering outside 22 Station Road at the end of the road.") == "22 Station Road"
    assert _longest("Group ran from 3 Oak Avenue into the park at 2200.") == "3 Oak Avenue"
    assert _longest("she walked from 9 Kings Road up the hill to the shop") == "9 Kings Road"
    assert _longest("the van left 45 Bridge Street via the yard at the back") == "45 Bridge Street"
    assert _longest("ran out the back of 14 Cedar Close across the fields") == "14 Cedar Close"


def test_hasty_and_shouted_notes_alike() -> None:
    assert _longest("male ran from 4 mill lane towards the park") == "4 mill lane"
    assert _longest("YOUTHS SEEN LEAVING 12 HIGH STREET ON THE WAY TO THE PARK") == "12 HIGH STREET"


def test_prose_with_no_street_stays_out() -> None:
    assert _longest("2 bags near the road") == ""
    assert _longest("found 3 wraps in the park") == ""
    assert _longest("went 2 the park") == ""
    assert _longest("Spent 3 nights on the way down to Devon") == ""


def test_search_before_a_number_is_no_flat_word() -> None:
    assert _longest("Search 14 Kirkgate, Wakefield WF1 1AA negative.") == "14 Kirkgate, Wakefield WF1 1AA"
    assert _longest("Property search 13 Lon Isaf, Menai Bridge LL59 5AA - nothing found.") \
        == "13 Lon Isaf, Menai Bridge LL59 5AA"
    # a flat word that is a word of its own still marks the unit's number
    assert _longest("Unit 4 Castle, nothing") == ""

"""Session 8: forms of address in hasty notes and partner reports - a residence verb before a house's
name, a lower-case "the" street in a cased report, a compass word closing a street with no number,
a flat written before a block's name with no comma, and a word of prose in capitals after the town."""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_residence_verb_before_a_house_name_is_not_part_of_it() -> None:
    assert _longest("Arrested, charged. Lives Penhallow, Chapel Hill, St Agnes TR5 0UH. Came from a party.") \
        == "Penhallow, Chapel Hill, St Agnes TR5 0UH"
    assert _longest("Living Rose Cottage, Chapel Hill, Alveley WV15 6AB with her partner.") \
        == "Rose Cottage, Chapel Hill, Alveley WV15 6AB"
    assert _longest("Resides Ivy House, 4 Mill Lane, Leeds LS6 2AB") == "Ivy House, 4 Mill Lane, Leeds LS6 2AB"
    assert _longest("Stays Bryn Awel, Llangefni LL77 7PE when in Wales.") == "Bryn Awel, Llangefni LL77 7PE"
    # a house whose own name opens with a word of that kind keeps it
    assert _longest("Home Farm Cottage, Mill Lane, Alveley WV15 6AB") == "Home Farm Cottage, Mill Lane, Alveley WV15 6AB"


def test_lower_case_the_street_in_a_cased_report_needs_its_town() -> None:
    assert _longest("Complaints about HMO at no 14 the grove, Boston PE21 9EX. 11+ males seen.") \
        == "no 14 the grove, Boston PE21 9EX"
    assert _longest("Dropped off at 3 the crescent, Dudley then left on foot.") == "3 the crescent, Dudley"
    assert _longest("Lives 22 the avenue, Leeds LS6 2AB with mum") == "22 the avenue, Leeds LS6 2AB"
    # text-speak "2" for "to", a time before "the": no town, no address
    assert _longest("Seen going 2 the park with Mason.") == ""
    assert _longest("Saw him at 10 the square was empty") == ""


def test_compass_word_closing_a_street_without_a_number() -> None:
    assert _longest("Compliance visit - Calder Metals, Mill Street East, Dewsbury WF12 9AH with the council.") \
        == "Mill Street East, Dewsbury WF12 9AH"
    assert _longest("Vehicle recovered to Harwood Recovery, Paisley Road West, Glasgow G51 1RU.") \
        == "Paisley Road West, Glasgow G51 1RU"
    assert _longest("Premises: A1 Tyres, High Street North, Dunstable LU6 1JZ") == "High Street North, Dunstable LU6 1JZ"
    # with no postcode the street is a place, not an address
    assert _longest("Seen on Mill Street East, Dewsbury at 2200") == ""


def test_flat_number_before_a_named_block_without_comma() -> None:
    assert _longest("spiking report. lives apt 5 Clarence Dock, Leeds LS10 1PZ. insta handle known") \
        == "apt 5 Clarence Dock, Leeds LS10 1PZ"
    assert _longest("Subject rents Room 3 Hillcrest, Mill Lane, Alveley WV15 6AB from the landlord.") \
        == "Room 3 Hillcrest, Mill Lane, Alveley WV15 6AB"
    assert _longest("Flat 2 Ivy House, Mill Lane, Leeds LS6 2AB") == "Flat 2 Ivy House, Mill Lane, Leeds LS6 2AB"
    flat = [f for f in find_addresses("lives apt 5 Clarence Dock, Leeds LS10 1PZ.") if f.text.startswith("apt")]
    assert flat and flat[0].attrs["flat"] == "flat 5"


def test_prose_word_in_capitals_after_the_town() -> None:
    assert _longest("Missing overnight, found at 14 Dawley Road, Wellington AGAIN. Not at school.") \
        == "14 Dawley Road, Wellington"
    assert _longest("Seen at 12 Mill Lane, Brinsworth TODAY with two males") == "12 Mill Lane, Brinsworth"
    assert _longest("Stopped outside 4 Kirk Wynd, Kirkcaldy AND WAS abusive to staff") == "4 Kirk Wynd, Kirkcaldy"
    # a SURNAME in capitals after an unknown word is the next person, not the town
    assert _longest("Visit 14 Mill Lane, Wellington JONES present") == "14 Mill Lane"

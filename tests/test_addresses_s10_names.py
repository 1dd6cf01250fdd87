"""Session 10: a house named by a level word and a place word ("Lower Moor", "High Wood") before
its street is a house, not the moor or wood as a place; a shop named with a number ("Cloud 9
Vapes", "Lucky 7 Kebabs") before its street gives no house number."""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_level_word_house_before_a_street() -> None:
    assert _longest("Released HMP Exeter 13/01/25 to Lower Moor, Honiton Road, Exeter EX1 3RQ (AP).") \
        == "Lower Moor, Honiton Road, Exeter EX1 3RQ"
    assert _longest("Lives at High Wood, Mill Lane, Lydney GL15 5AA with parents.") == "High Wood, Mill Lane, Lydney GL15 5AA"
    # a park or common with no level word and no street is still a place: the postcode alone stands
    assert _longest("Fight at Castle Park, Dudley DY1 1AA last night.") == "DY1 1AA"


def test_shop_named_with_a_number_before_its_street() -> None:
    assert _longest("TS visit Cloud 9 Vapes Narborough Road (follow up). Shop now trading under a new name.") == ""
    assert _longest("Lucky 7 Kebabs Station Road, Walsall - cash only") == ""
    # a street named after the same word is still a street
    assert _longest("Seen at 9 Chicken Lane, Leek.") == "9 Chicken Lane, Leek"
    assert _longest("Phone shop at 24 Market Street, Wigan.") == "24 Market Street, Wigan"


def test_house_use_in_brackets_before_the_town() -> None:
    # "(HMO)" says what the house is used for, as "(main door flat)" says which flat: the town follows
    assert _longest("Dealing from 41 Albert Road (HMO), Middlesbrough TS1 1AA.") == "41 Albert Road (HMO), Middlesbrough TS1 1AA"
    assert _longest("LIVES AT 9 PARK ROAD (HMO), BOLTON BL1 4AA") == "9 PARK ROAD (HMO), BOLTON BL1 4AA"
    # after the town, or with no town after it, the bracket stays out
    assert _longest("Workers housed at 42 Lynn Road, Wisbech PE13 3DZ (HMO, 14 occupants).") == "42 Lynn Road, Wisbech PE13 3DZ"
    assert _longest("Workers housed at 42 Lynn Road (HMO) - 14 occupants.") == "42 Lynn Road"

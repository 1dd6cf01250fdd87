"""Session 10: a probation hostel named after its label ("Approved premises: Southview, 14 ...")
is the address's house name; an age before a comma ("approx 14, Low Hill", "aged 14, ...") is no
house number; in a case-less note a place-shaped locality after the street is kept before a
spaced dash or a bracket ("23 lothian crescent, whitfield - no reply")."""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_approved_premises_named_before_the_number() -> None:
    assert _longest("Approved premises: Southview, 14 Linthorpe Road, Middlesbrough TS1 6AA. Curfew 2300.") \
        == "Southview, 14 Linthorpe Road, Middlesbrough TS1 6AA"
    assert _longest("Released to AP: Bridge House, 2 Mill Lane, Leeds LS1 1AA on licence.") \
        == "Bridge House, 2 Mill Lane, Leeds LS1 1AA"
    assert _longest("APPROVED PREMISES: ELM LODGE, 44 VICTORIA ROAD, DERBY DE1 1AA") \
        == "ELM LODGE, 44 VICTORIA ROAD, DERBY DE1 1AA"
    # a person after the label is not the hostel's name
    assert _longest("Approved premises: Tom Jones, 14 Linthorpe Road, Middlesbrough TS1 6AA.") \
        == "14 Linthorpe Road, Middlesbrough TS1 6AA"


def test_an_age_before_a_comma_is_no_house_number() -> None:
    assert _longest("Runners: Demari (surname unknown, approx 14, Low Hill); Kai - not confirmed.") == ""
    assert _longest("Male aged 14, Low Hill area, on a bike.") == ""
    assert _longest("Female, aged about 16, Park Lane, Wednesbury, with two males.") == ""
    # a house number after a residence cue is still one
    assert _longest("Lives at 14, Low Hill Road, Bushbury.") == "14, Low Hill Road, Bushbury"


def test_case_less_locality_before_a_dash_or_bracket() -> None:
    assert _longest("fire at 23 lothian crescent, whitfield - no reply") == "23 lothian crescent, whitfield"
    assert _longest("FIRE AT 23 LOTHIAN CRESCENT, WHITFIELD - NO REPLY") == "23 LOTHIAN CRESCENT, WHITFIELD"
    assert _longest("went to 7 oak close, brinsworth (her nans house)") == "7 oak close, brinsworth"
    # a word that is no place stays out
    assert _longest("att 7 oak close, upstairs - no reply") == "7 oak close"

"""Session 9: which flat of the house, written in brackets inside the address before its town
("33 Bruntsfield Gardens (main door flat), Edinburgh EH10 4DY"): the address runs on to the town."""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def test_bracketed_flat_inside_the_address() -> None:
    assert _longest("Resides at 33 Bruntsfield Gardens (main door flat), Edinburgh EH10 4DY") \
        == "33 Bruntsfield Gardens (main door flat), Edinburgh EH10 4DY"
    assert _longest("Arrested at 12 Mill Lane (rear flat), Bury BL9 0AA.") == "12 Mill Lane (rear flat), Bury BL9 0AA"
    assert _longest("lives 4 kings rd (top floor), wolverhampton") == "4 kings rd (top floor), wolverhampton"
    assert _longest("HOME: 8 HIGH STREET (FLAT ABOVE SHOP), BALA LL23 7AB") == "8 HIGH STREET (FLAT ABOVE SHOP), BALA LL23 7AB"


def test_bracket_without_a_town_or_about_something_else_ends_the_address() -> None:
    assert _longest("Seen at 14 Park Road (ground floor flat) with Kyle.") == "14 Park Road"
    assert _longest("Seen at 14 Park Road (blue door), Bury BL9 0AA.") == "14 Park Road"


def test_lower_case_town_and_postcode_in_a_cased_report() -> None:
    # a hasty line in lower case inside an otherwise cased report, the town shortened, a full postcode
    assert _longest("Both nominals live 41 lincoln rd, pboro pe1 2rp (HMO). Spoke to Ionescu.") \
        == "41 lincoln rd, pboro pe1 2rp"
    assert _longest("Kyle lives 12 mill st, wolves wv1 4ab with his nan") == "12 mill st, wolves wv1 4ab"
    # prose words between the street and the postcode are no town
    assert _longest("Seen at 12 mill st, near the park wv1 4ab") == "12 mill st"


def test_possessive_flat_is_the_prose_noun() -> None:
    assert _longest("finally arrested at leah's (leah dempsey) flat 2 bewley drive l32 9pb. hid in wardrobe") \
        == "2 bewley drive l32 9pb"
    assert _longest("Stayed the night at her flat 12 Kings Road, Reading.") == "12 Kings Road, Reading"
    # a flat number written as such stays ("Flat 2 Bewley Drive", "her flat, Flat 3, 12 ...")
    assert _longest("Search of Flat 2 Bewley Drive, Liverpool L32 9PB") == "Flat 2 Bewley Drive, Liverpool L32 9PB"
    assert _longest("at his flat, Flat 3, 12 Kings Road, Reading") == "Flat 3, 12 Kings Road, Reading"


def test_office_number_in_a_lower_case_note() -> None:
    assert _longest("company hq: office 3, 14 wide bargate, boston pe21 6rl") == "office 3, 14 wide bargate, boston pe21 6rl"
    assert _longest("reg office 4, 1 charter house, leeds ls1 1aa") == "office 4, 1 charter house, leeds ls1 1aa"


def test_a_titles_of_inside_the_street_name() -> None:
    assert _longest("Premises: Anatolia Grill, 86 Prince of Wales Road, Norwich NR1 1NJ") \
        == "86 Prince of Wales Road, Norwich NR1 1NJ"
    assert _longest("PREMISES: 12 DUKE OF YORK STREET, WAKEFIELD WF1 3PD") == "12 DUKE OF YORK STREET, WAKEFIELD WF1 3PD"
    assert _longest("seen at 4 duke of york st last night") == "4 duke of york st"
    # a count "of" something before a street is none
    assert _longest("seized 3 bags of mill road weed") == ""


def test_label_word_ends_the_prose_before_a_house_name_in_capitals() -> None:
    assert _longest("JAGUAR FOUND AT PEARCE'S ADDRESS BADGERS, CHURCH ROAD, RAMSDEN HEATH, BILLERICAY CM11 1PW.") \
        == "BADGERS, CHURCH ROAD, RAMSDEN HEATH, BILLERICAY CM11 1PW"
    assert _longest("van seen at his mothers address the willows, mill lane, alveley wv15 6ab") \
        == "the willows, mill lane, alveley wv15 6ab"


def test_lives_alone_at_a_named_house() -> None:
    assert _longest("He is 74, lives alone at Glan y Mor, 12 Church Walk, Llandudno LL30 2HG.") \
        == "Glan y Mor, 12 Church Walk, Llandudno LL30 2HG"
    assert _longest("Lives together at Bryn Awel, 4 Mill Lane, Bala LL23 7AB") == "Bryn Awel, 4 Mill Lane, Bala LL23 7AB"
    assert _longest("lives alone at Jane Smith, 4 Mill Lane") == "4 Mill Lane"


def test_house_name_after_a_label_before_any_numbered_street() -> None:
    # the street has no designator word ("Church Walks", "Kirkgate") or puts it first ("Heol Fawr")
    assert _longest("He is 81, lives alone at Glan y Mor, 12 Church Walks, Llandudno LL30 2HG. Now") \
        == "Glan y Mor, 12 Church Walks, Llandudno LL30 2HG"
    assert _longest("Address: Bryn yr Eglwys, 3 Heol Fawr, Bala") == "Bryn yr Eglwys, 3 Heol Fawr, Bala"
    assert _longest("ADDRESS: HILLCREST, 14 KIRKGATE, SETTLE") == "HILLCREST, 14 KIRKGATE, SETTLE"
    # a person, a status word or a business after the label is not the house
    assert _longest("lives at Jane Smith, 4 Kirkgate, Settle") == "4 Kirkgate, Settle"
    assert _longest("Address: Previous, 4 Kirkgate, Settle") == "4 Kirkgate, Settle"
    assert _longest("address: tesco, 4 kirkgate, settle") == "4 kirkgate, settle"

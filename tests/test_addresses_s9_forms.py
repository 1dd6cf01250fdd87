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

"""Session 9: addresses in timed logs and door-to-door lists - a 24-hour time and a dash before the
house number ("0900 - 12 Acorn Road, Crewe - no reply"), and a compass word closing a street before
a spaced dash ("14 Paisley Road West - no answer")."""

from scanassist_core.extract._addresses import find_addresses


def _longest(text: str) -> str:
    """The widest address the rules find (the pipeline keeps the longest overlapping one)."""
    found = find_addresses(text)
    return max(found, key=lambda f: f.end - f.start).text if found else ""


def _all(text: str) -> list[str]:
    return sorted({f.text for f in find_addresses(text)})


def test_time_and_dash_before_the_house_number() -> None:
    log = ("Enquiries:\n1. 0900 - 12 Acorn Road, Crewe - no reply.\n2. 0935 - 41 Vine Street, Crewe - spoke to occupant.\n"
           "3. 1010 - Flat 4, 2 Nantwich Road, Crewe CW2 6AA - arrest.")
    assert "12 Acorn Road, Crewe" in _all(log) and "41 Vine Street, Crewe" in _all(log)
    assert "Flat 4, 2 Nantwich Road, Crewe CW2 6AA" in _all(log)
    assert _longest("warrant 0600 - 33 moss lane, nothing found, 2 phones seized") == "33 moss lane"
    assert _longest("OBS LOG 2215 – 7 HAWTHORN CLOSE, YEOVIL. LIGHTS ON, NO MOVEMENT.") == "7 HAWTHORN CLOSE, YEOVIL"
    assert _longest("14:05 - 16 Westgate, Morpeth NE61 1AB, door answered by a female") == "16 Westgate, Morpeth NE61 1AB"


def test_times_and_counts_after_a_dash_are_no_address() -> None:
    # a rising span of times before a street, or a count after a time, stays out
    assert _longest("1400-1430 Mill Lane obs, nothing seen") == ""
    assert _longest("2300 - 2 males seen walking towards Mill Lane") == ""
    assert _longest("Shift 0700 - 1500 Church Street cordon") == ""


def test_compass_word_before_a_spaced_dash() -> None:
    assert _longest("welfare check 2/1 44 paisley rd west - no answer, lights on") == "2/1 44 paisley rd west"
    assert _longest("Seen at 14 Chester Road West - no reply at the door") == "14 Chester Road West"
    assert _longest("ADDRESS: 9 HIGH STREET NORTH – FLAT ABOVE SHOP") == "9 HIGH STREET NORTH"

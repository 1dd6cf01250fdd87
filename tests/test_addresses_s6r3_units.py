"""Round 3 address forms: railway arches as units, compass words closing a street in prose."""

from scanassist_core.extract._addresses import find_addresses


def _texts(text: str) -> set[str]:
    return {f.text for f in find_addresses(text)}


def test_railway_arch_is_part_of_the_address() -> None:
    assert "Arch 7, Railway Approach, London SE1 2AA" in _texts(
        "Vehicles are stored overnight at Arch 7, Railway Approach, London SE1 2AA by the garage owner.")
    assert "arch 22 Cold Blow Lane SE14 5RH" in _texts("garage run from arch 22 Cold Blow Lane SE14 5RH by the two brothers")


def test_registered_office_is_a_label_not_a_unit() -> None:
    # "reg office 22 Portland Road": the word labels the address; it is no unit number.
    assert "22 Portland Road, Kilmarnock KA1 2BT" in _texts("ROOFING LTD reg office 22 Portland Road, Kilmarnock KA1 2BT. Director")
    assert not any(t.lower().startswith("office") for t in _texts("registered office 71-75 Shelton Street, London WC2H 9JQ"))


def test_office_or_arch_with_a_count_is_no_address() -> None:
    assert _texts("He said he works in the office 3 days a week.") == set()
    assert _texts("Office 2 was empty when officers attended.") == set()
    assert _texts("Walked under the arch 3 times during the obs.") == set()


def test_compass_word_closes_a_street_before_running_prose() -> None:
    assert "47 Paisley Road West" in _texts("plants were carried from the close at 47 Paisley Road West into a white van")
    assert "12 London Road East" in _texts("subject lives 12 London Road East with his mother and brother")
    assert "3 High Street South" in _texts("Shop at 3 High Street South was closed.")


def test_capital_after_a_compass_word_may_be_a_town() -> None:
    found = _texts("Seen leaving 12 High Street North Shields at 2200 hrs.")
    assert "12 High Street North" not in found

"""Session 9: officers' notes name a person once in capitals or title case, then type the name
again in lower case: before a police-note act ("dobson arr", "gary punched", "rhys present"), a
possessive with its apostrophe ("jade's car"), or opening a clause when the SURNAME was written
in capitals ("Result: dobson 3 x wraps"); the same letters as ordinary words ("the brown car",
"mark my words") stay words. Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name, count",
    [
        ("Subj 1 DOBSON Kyle dob 02/03/1999. Result: dobson 3 x wraps brown in sock. dobson arr poss w/i supply.", "dobson", 2),
        ("Gary THOMPSON (42) and his brother ejected by door staff, gary punched a customer.", "gary", 1),
        ("Visit re son Rhys PEARSON (19) - bail address check. rhys present, compliant, curfew 1900.", "rhys", 1),
        ("Jade FOSTER (his gf) gave him an alibi - jade's car silver Clio seen nearby.", "jade", 1),
    ],
)
def test_a_name_typed_again_in_lower_case(ex, text, name, count):
    assert person_texts(ex, text).count(name) == count


def test_the_same_letters_as_words(ex):
    found = person_texts(ex, "Spoke to Mark BROWN at the door. The brown car was parked outside, mark my words.")
    assert found == ["Mark BROWN"]

"""Session 10: Vietnamese names in their own order, surname first, as NRM referrals, nail-bar and
cannabis-grow intelligence write them. A two-letter surname in capitals before the middle and given
name ("DO Quang Huy", "LE Hoang Nam", "VU Thi Lan") and a listed surname before the middle names
Thi or Van ("Pham Thi Mai", "Tran Thi Hoa", "Le Van Nam") belong inside the span; "DO NOT", "Ho Chi
Minh City" and Dutch "Van" names stay as they were. Examples are our own."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Third male, DO Quang Huy (approx 40), drove the van and collected the cash.", "DO Quang Huy"),
        ("NRM referral - DO Thi Quang (adult, 23) found at a cannabis grow in Hull.", "DO Thi Quang"),
        ("Intel suggests the nail bar on Derby Road is where LE Hoang Nam works. Grading 3x2x4.", "LE Hoang Nam"),
        ("Salon owner VU Thi Lan says the three girls are her nieces.", "VU Thi Lan"),
        ("Pham Thi MAI now runs the beauty lounge in Sketty.", "Pham Thi MAI"),
        ("Pham Thi Mai now runs the beauty lounge in Sketty.", "Pham Thi Mai"),
        ("Owner not present. Tran Thi Hoa said he lives in Hull with his cousin.", "Tran Thi Hoa"),
        ("Do Thi Quang and Le Van Nam were found tending the plants.", "Le Van Nam"),
        ("Both workers named Vu Thi Lan as the boss who holds their passports.", "Vu Thi Lan"),
    ],
)
def test_vietnamese_surname_first(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("DO NOT APPROACH - Kyle SMITH carries a knife.", "DO"),
        ("He says he was born in HO Chi Minh City and came by lorry.", "HO Chi Minh"),
        ("Watched the match with Robin Van Persie on the telly.", "Van Persie"),
    ],
)
def test_no_vietnamese_name_made_up(ex, text, absent):
    assert not any(p.startswith(absent) for p in person_texts(ex, text))

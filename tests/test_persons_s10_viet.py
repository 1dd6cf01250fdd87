"""Session 10: "Viet" is the short word for Vietnamese in hasty notes and intelligence ("2 young
viet males", "Moves Viet workers between nail bars", "312 msgs (viet)"); as a given name it comes
inside a full name ("Viet Hoang", "Tran Quoc Viet"). Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text",
    [
        "Visit to the car wash on Attercliffe Road - two young Viet males sleeping in the back office.",
        "Intel that the gangmaster moves Viet workers between the nail bars every fortnight.",
        "Download notes: 418 msgs (viet), translation requested through the usual provider.",
        "stopped merc on a1 - 3 passengers viet females, no english, no ID. referral made.",
    ],
)
def test_the_nationality_is_no_person(ex, text):
    assert not any(p.lower().endswith("viet") for p in person_texts(ex, text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Handsets of three men examined (Ardit KOLA; Duc Anh PHAM; Viet Hoang). Contact chains follow.", "Viet Hoang"),
        ("Grow found at 9 Elm Road. Tran Quoc Viet (19) arrested at the scene.", "Tran Quoc Viet"),
    ],
)
def test_the_given_name_in_a_full_name_is_kept(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Two males seen loading bags at the unit. Van has been seen there most nights this week.", "Van"),
        ("Runner from Stoke believed to be Jayden (see Staffs log) - not confirmed.", "Staffs"),
        ("Same MO reported by Hants and Wilts last month; liaise with both FIBs.", "Wilts"),
    ],
)
def test_a_vehicle_or_county_word_alone_is_no_person(ex, text, word):
    assert word not in person_texts(ex, text)


def test_van_before_a_surname_is_a_name(ex):
    assert "Van Morrison" in person_texts(ex, "The singer Van Morrison played in Belfast on Friday.")

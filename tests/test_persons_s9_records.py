"""Session 9: names as records and statements set them out. An initial and a known surname alone
in brackets ("Meadowbank Care Services (A Patel)"); the Vietnamese surname Do after two given
names ("Quang Huy DO (claims 17)"); a form's wide gap ends a name ("Signed: S Kaur   Witnessed
by: ..."); an ethnicity written after a name ("Irish Traveller") is no name. Examples are our
own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Invoices raised by Meadowbank Care Services (A Patel). MISTRY phone 07700 900 251.", "A Patel"),
        ("Payroll queries go to the bureau (I Hussain) by email, per the director.", "I Hussain"),
        ("Gardener arrested at the grow: Quang Huy DO (claims 17). He said his boss pays him.", "Quang Huy DO"),
        ("Statement ends. Signed: S Kaur   Witnessed by: PC 6120 BAINS", "S Kaur"),
    ],
)
def test_record_names(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, bad",
    [
        ("Grading (A Level) results were checked with the college.", "A Level"),
        ("Kyle said DO NOT come round again or else.", "DO"),
        ("Patrick WARD (DOB 17/03/1979), Irish Traveller, of Plot 6, Sutton Lane.", "Irish Traveller"),
        ("Statement ends. Signed: S Kaur   Witnessed by: PC 6120 BAINS", "Witnessed"),
    ],
)
def test_no_names_there(ex, text, bad):
    assert not any(bad in f for f in person_texts(ex, text))


@pytest.mark.parametrize(
    "text, names, place",
    [
        ("PRISON INTELLIGENCE - HMP Altcourse\nPrisoner: HOLLOWAY, Ben A1234BC  Wing: Cedar\n\n"
         "IR from wing staff: HOLLOWAY has been overheard on the PIN phone.", ["HOLLOWAY, Ben", "HOLLOWAY"], None),
        ("Subject: PRESTON, Jordan DOB 17/09/2002. PRESTON was arrested at the flat. Later seen in Preston city centre.",
         ["PRESTON, Jordan", "PRESTON"], "Preston"),
    ],
)
def test_a_town_surname_in_capitals_after_the_full_name(ex, text, names, place):
    found = person_texts(ex, text)
    for n in names:
        assert n in found
    if place:
        assert found.count(place) == 0


@pytest.mark.parametrize(
    "text, name",
    [
        ("Victim O'Reilly identified OKAFOR's photo from the line-up on Tuesday.", "O'Reilly"),
        ("Money was handed over in the car park and McAllister counted it in the van.", "McAllister"),
    ],
)
def test_a_lone_irish_or_scottish_surname(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, bad",
    [
        ("Drinks at O'Neills in the city centre before the fight started.", "O'Neills"),
        ("He has a MacBook and two iPhones in his bag.", "MacBook"),
    ],
)
def test_bodies_and_things_with_the_prefix(ex, text, bad):
    assert bad not in person_texts(ex, text)


def test_a_forename_that_is_a_shop_with_a_childs_age(ex):
    found = person_texts(ex, "MASH follow up - Zara (12) now placed with maternal aunt. Father bailed not to contact Zara.")
    assert found.count("Zara") == 2


def test_a_shop_with_a_number_in_brackets_stays_a_shop(ex):
    assert "Asda" not in person_texts(ex, "She was seen with friends at Asda (15 mins) and then left.")

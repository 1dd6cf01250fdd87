"""Session 8: people in records and referrals. The Vietnamese surname Do in capitals either side of
its given names ("DO Thi Huong", "Quang DO"); a surname first before a given name the lists did not
know (Albanian, Vietnamese, Romanian, Baltic and Kurdish names common in modern slavery referrals)
when a birth year follows; a kin or role word in title case before a SURNAME, and a driver's or
passenger's shorthand ("Drv", "Psgr", "Occ"), outside the name; a DOB label closing a SURNAME and
its initial. Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Nail bar visit. DO Thi Huong has now given an account via the interpreter.", "DO Thi Huong"),
        ("Cash deposits by Partner DO Quang - no declared income.", "DO Quang"),
        ("She is believed to be the partner of Quang DO, who owns the shop.", "Quang DO"),
    ],
)
def test_the_surname_do_in_capitals(ex, text, name):
    assert name in person_texts(ex, text)


def test_do_in_a_shouted_warning_is_no_name(ex):
    assert not any("DO" in f for f in person_texts(ex, "Marker on the address: Kyle DO NOT APPROACH alone."))


@pytest.mark.parametrize(
    "text, name",
    [
        ("TSB SAR - GJONI Elvis (b. 1994), Flat 11, Becontree Court.", "GJONI Elvis"),
        ("Associates: SHEHU Ardit (adverts), MEMA Klevis (grows), DOKA Endrit (driver).", "MEMA Klevis"),
        ("Workers named: Nguyet, Huyen and a male, Cuong, who cooks.", "Cuong"),
        ("Subject of concern (adult): MIAH, Zakariya DOB 03/06/2005.", "MIAH, Zakariya"),
        ("Kurdish male Karzan AZIZ (30) manages the barbers on Park Road.", "Karzan AZIZ"),
    ],
)
def test_given_names_from_referral_communities(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, name, word",
    [
        ("Vehicle seized. Nephew McGOWAN Ryan not traced.", "McGOWAN Ryan", "Nephew"),
        ("Victim Shannon McINTYRE. Perpetrator McINTYRE, Callum DOB 07/05/1992.", "McINTYRE, Callum", "Perpetrator"),
        ("Grey Astra stopped 2150. Drv MILLS Jordan 02/02/2002, no licence.", "MILLS Jordan", "Drv"),
        ("Plate removed. Operator MAHMOOD to be interviewed under caution.", "MAHMOOD", "Operator"),
        ("Phone hidden in kettle. Cell-mate TAYLOR. Calls to the same number.", "TAYLOR", "Cell-mate"),
    ],
)
def test_a_kin_or_role_word_stays_outside_the_name(ex, text, name, word):
    found = person_texts(ex, text)
    assert name in found and not any(f.startswith(word) for f in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Stopped on the slip road. Drv Lewis ATKINSON, pass SMITH D DOB 22/05/90.", "SMITH D"),
        ("Payee Nowak J DOB 03/03/1980, two accounts.", "Nowak J"),
    ],
)
def test_a_dob_label_closes_a_surname_and_initial(ex, text, name):
    assert name in person_texts(ex, text)

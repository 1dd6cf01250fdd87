"""Session 8: words in capitals that are no surnames. Police and partner risk tools, orders,
schemes and systems ("Referral to SERAF", "logged on CPOMS", "Order: YRO", "ROTI - ...", "Refer
GLAA", "view VIPER") and heading nouns ("S165 SEIZURE", "... - DISSEMINATION"); a lone SURNAME in
capitals stays a person. Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, word",
    [
        ("Excluded for five days after bringing a knife in. Referral to SERAF.", "SERAF"),
        ("Disclosure made by the pupil; I have logged it on CPOMS.", "CPOMS"),
        ("Sentenced at youth court. Order: YRO (12 months) with ISS.", "YRO"),
        ("ROTI - Kieran DOYLE 19 - theft from the depot, no comment.", "ROTI"),
        ("Workers paid £90 a week cash, no contracts. Refer GLAA.", "GLAA"),
        ("Witness to attend the station on Friday to view VIPER.", "VIPER"),
        ("S165 SEIZURE\nVRM: PO63AXE\nMake/Model: Vauxhall Astra, no insurance.", "SEIZURE"),
        ("IMMIGRATION ENFORCEMENT - DISSEMINATION (handling code P)\nSubject seen at the car wash.", "DISSEMINATION"),
    ],
)
def test_process_acronyms_and_heading_nouns_are_no_persons(ex, text, word):
    assert word not in person_texts(ex, text)


def test_a_lone_surname_in_capitals_stays(ex):
    assert "KOWALCZYK" in person_texts(ex, "Witness ID procedure: KOWALCZYK to view the VIPER parade on Friday.")


@pytest.mark.parametrize(
    "text, word",
    [
        ("Seems to hold the cash. Vivaro NL66FRD parked overnight at the unit.", "Vivaro"),
        ("Bought scrap for cash. Navara YS68RKD seized as proceeds (POCA).", "Navara"),
    ],
)
def test_a_van_named_alone_before_its_plate_is_no_person(ex, text, word):
    assert word not in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, letter",
    [
        ('Driver detained after a foot chase; passenger "K" escaped over the fence.', "K"),
        ('She met his cousin "J" at the park twice last week.', "J"),
    ],
)
def test_a_quoted_capital_after_a_person_word_is_a_person(ex, text, letter):
    assert letter in person_texts(ex, text)


def test_a_quoted_grade_letter_is_no_person(ex):
    assert "B" not in person_texts(ex, 'Grade "B" intelligence; Plan "B" agreed at the meeting.')

"""Session 4, round 2 person rules: plural acronyms before a name, what a hasty note writes
straight after a lower-case forename. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts as persons


@pytest.mark.parametrize(
    "text, want",
    [
        ("Cannabis grow found. DPs WISNIEWSKI Pawel and LEWANDOWSKI Tomasz arrested at the scene.", "WISNIEWSKI Pawel"),
        ("Both IPs Gemma RICHARDS and Tanya COLE declined to make statements.", "Gemma RICHARDS"),
        ("OICs informed. PCSOs Kerry DUNN and Jo HALL to carry out reassurance visits.", "Kerry DUNN"),
    ],
)
def test_a_plural_acronym_opens_no_name(ex, text, want):
    got = persons(ex, text)
    assert want in got
    assert not any(p.split()[0] in ("DPs", "IPs", "OICs", "PCSOs") for p in got)


@pytest.mark.parametrize(
    "text, want",
    [
        ("caller wont give name. says the lad kian drives a silver corsa and sells from it", "kian"),
        ("neighbour says her son dillon works for them now, goes out every night", "dillon"),
        ("group of 4 moved on from the bus shelter. chloe mouthy, rest compliant. no further", "chloe"),
        ("anon: old fella called stefan sends the young ones out with the gear", "stefan"),
    ],
)
def test_a_verb_or_manner_word_after_a_lower_case_forename_ends_the_name(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("jason north stopped on a bike near the precinct, searched nil", "jason north"),
        ("toby grimes (27) present at the address when we attended", "toby grimes"),
    ],
)
def test_a_real_surname_after_a_lower_case_forename_stays(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("WARRANT AT 4 MILL LANE. PRESENT: NOLAN KIERAN, DOYLE SHAUNA. NOLAN ARRESTED.", "DOYLE SHAUNA"),
        ("SUBJECT KNOWN TO SUPPLY CRACK. ASSOCS: PEARCE LIAM, HUGHES KAYLEIGH (PARTNER).", "HUGHES KAYLEIGH"),
        ("USES THE FLAT ON THE ESTATE. WIFE DOYLE SHAUNA HOLDS THE CASH.", "DOYLE SHAUNA"),
        ("NB NOT TO BE CONFUSED WITH WALSH DANIEL (BRADFORD).", "WALSH DANIEL"),
        ("VEHICLE STOPPED ON THE A38. REG KEEPER MARSH CHLOE, NO INSURANCE.", "MARSH CHLOE"),
    ],
)
def test_shouted_surname_first_in_a_list_or_after_a_relation(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("ARRESTED AT THE SCENE, TOLD KIERAN TO LEAVE THE AREA.", "KIERAN"),
        ("CALLER STATES SHE SAW SHAUNA AT THE SHOP, WENT WITH KIERAN.", "SHAUNA"),
    ],
)
def test_a_shouted_word_before_a_forename_is_no_surname(ex, text, want):
    got = persons(ex, text)
    assert want in got
    assert not any(" " in p for p in got)


@pytest.mark.parametrize(
    "text, want",
    [
        ("TRAFFIC STOP 02/03/25 HARTLEPOOL. DRIVER: COLLINS BRADLEY DOB 04/05/2001. NO MOT.", "COLLINS BRADLEY"),
        ("CUSTODY RECORD 11/04/25 DETAINED: O'NEILL SHANNON, BREACH OF BAIL.", "O'NEILL SHANNON"),
        ("house search 12/06/25 walsall. present: jade cooper, 2 kids. nil found", "jade cooper"),
    ],
)
def test_a_shouted_or_lower_case_heading_is_no_name(ex, text, want):
    got = persons(ex, text)
    assert want in got
    assert all(p.split()[0].lower() not in ("traffic", "custody", "house") for p in got)


@pytest.mark.parametrize(
    "text, want",
    [
        ("rang the hostel back. no money for 2 wks. kayleigh ph 07700 900 512, wants a call", "kayleigh"),
        ("lads on the bridge again. kieran snap kb.x_22 posting the videos", "kieran"),
        ("kids on bikes at the parade. callum bringin the bags from the flat", "callum"),
        ("out on the estate at 2300. shannon pushin a pram, no issues", "shannon"),
    ],
)
def test_a_note_abbreviation_or_dropped_g_verb_after_a_forename_ends_the_name(ex, text, want):
    got = persons(ex, text)
    assert want in got
    assert not any(p.startswith(want + " ") for p in got)


def test_a_surname_ending_in_in_stays(ex):
    assert "kevin martin" in persons(ex, "kevin martin seen sellin at the park again, grey tracksuit")


"""Session 7: name forms the rules split or took for names. Hong Kong given names written before
a surname in capitals ("Ka Ho WONG", "Siu Keung LEUNG") keep both syllables; an OCG rank before a
surname-first name ("Principal NGUYEN Van Thanh") is not part of it; the unit or service a report
comes from or goes to ("FIU update", "From: Analyst, IMU", "by EMAS") is no surname. Examples are
our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Production order served on the bank re Ka Ho WONG and his company accounts.", "Ka Ho WONG"),
        ("Victim Siu Keung LEUNG, 52, owner of the takeaway, punched at the counter.", "Siu Keung LEUNG"),
        ("The school rang dad, Wai Ming NG, who will collect him at 3.", "Wai Ming NG"),
        ("Neighbour Mei Ling CHAN says the flat above has had visitors all night.", "Mei Ling CHAN"),
    ],
)
def test_cantonese_given_names_stay_whole(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("OCG PROFILE - Principal NGUYEN Van Thanh (1986), remanded HMP Birmingham.", "NGUYEN Van Thanh"),
        ("Tasking 3/2: Lieutenant OKORO Daniel (27) believed to hold the line phone.", "OKORO Daniel"),
        ("Enforcer KELLY Dean seen at the gym on Mill Lane with two youths.", "KELLY Dean"),
    ],
)
def test_an_ocg_rank_stays_outside_the_name(ex, text, name):
    found = person_texts(ex, text)
    assert name in found and not any(f.split()[0] in ("Principal", "Lieutenant", "Enforcer") for f in found)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("FIU update re the money service business: two further SARs received.", "FIU"),
        ("From: Analyst, IMU\nTo: DS 4410 PRICE\nSubject: tasking\nPlease see attached.", "IMU"),
        ("MLRO reports the customer paid in 9,000 cash on three days running.", "MLRO"),
        ("Agreed at the panel: YOS to lead, school to share attendance.", "YOS"),
        ("Male collapsed outside the pub, taken to hospital by EMAS at 2310.", "EMAS"),
    ],
)
def test_a_unit_acronym_is_no_surname(ex, text, unit):
    assert unit not in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Appointee for ESA is her nephew, who collects the money every fortnight.", "ESA"),
        ("Occupier frail, COPD, lives alone; neighbours report visitors at night.", "COPD"),
    ],
)
def test_welfare_acronyms_are_no_surname(ex, text, word):
    assert word not in person_texts(ex, text)

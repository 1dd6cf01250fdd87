"""Session 5: names typed in lower case inside otherwise cased prose ("traced to imran baig and
...", "Sanjay MISTRY ... sanjay drives"), as partner referrals, licensing visits and prison
notes are often written. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts as persons


@pytest.mark.parametrize(
    "text, want",
    [
        ("Licensing visit to the Red Lion 22:10 Fri. DPS present. shane wilkinson behind the bar without a personal licence.",
         "shane wilkinson"),
        ("Funds from the victim's Barclays account were moved to accounts held by tariq mahmood in Bradford.",
         "tariq mahmood"),
        ("Prison visits log: visitor leanne hadfield seen handing a package to her partner at table 6.",
         "leanne hadfield"),
    ],
)
def test_a_lower_case_full_name_in_cased_prose(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Intel that Sanjay MISTRY collects rent from the workers. sanjay drives a grey Passat.", "sanjay"),
        ("Referral from the school re Kacper NOWICKI (14). kacper has been missing lessons since May.", "kacper"),
        ("Tenant Oyelaran ADEBAYO told officers the flat is sublet. oyelaran says he pays cash.", "oyelaran"),
    ],
)
def test_a_named_persons_forename_again_in_lower_case(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers attended at 21:00. Door answered by a male who said the will was read last week.",
        "Vehicle seen on the A61 heading north. grace period for the parking permit has expired.",
        "CCTV shows the suspect near the bank. mark on the window frame consistent with a jemmy.",
    ],
)
def test_ordinary_lower_case_words_stay_out(ex, text):
    assert persons(ex, text) == []

"""Session 5: an initial and a surname as registers, bank records and prison systems write them
("K Bailey", "HOLDEN T via"). Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts as persons


@pytest.mark.parametrize(
    "text, want",
    [
        ("Transfers out of the account to T James and R Morley over six weeks, all under 1,000.", "T James"),
        ("Tenancy in the names of K Bailey and L Hughes since 2021. Rent paid in cash.", "K Bailey"),
        ("Keeper at time of offence: S Mason, 14 Holt Lane. Notice of intended prosecution sent.", "S Mason"),
    ],
)
def test_an_initial_before_a_surname_that_is_also_a_forename(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Handset attributed to HOLDEN T via cell site and top-up history.", "HOLDEN T"),
        ("Money moved from CRAIG P to the mule account, then withdrawn in Bolton.", "CRAIG P"),
        ("Letters for OYELARAN B for the last month were returned to sender.", "OYELARAN B"),
    ],
)
def test_a_trailing_initial_before_a_preposition(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Drugs found on landing 3, wing B for the second time this month.",
        "Cell search on Block C via the rear stairwell, nothing found.",
        "Seized a quantity of Class B from the glovebox.",
        "Victim took vitamin D for her condition.",
    ],
)
def test_a_grade_wing_or_class_letter_stays_out(ex, text):
    got = persons(ex, text)
    assert not any(p.endswith((" B", " C", " D")) for p in got), got


@pytest.mark.parametrize(
    "text, want",
    [
        ("HMP Altcourse - intel OKORO, D received into custody on remand last week.", "OKORO, D"),
        ("Account holder: NOWICKI, K (DOB 1990) paid in cash at the branch.", "NOWICKI, K"),
        ("Registered keeper: SHAW, A. Vehicle not insured at the time.", "SHAW, A"),
    ],
)
def test_a_surname_comma_initial(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text, want",
    [
        ("Company signatory: KAZLAUSKAS Valdas DOB 1977, director since 2019.", "KAZLAUSKAS Valdas"),
        ("Tenant on the agreement: HOXHA Arditon (DOB 03/03/1995), rent paid in cash.", "HOXHA Arditon"),
    ],
)
def test_a_surname_and_one_unknown_given_name_before_a_dob(ex, text, want):
    assert want in persons(ex, text)

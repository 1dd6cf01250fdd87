"""Session 8: names as systems print them and as prose carries them. A title then given names the
lists do not know and a surname is one name ("Ms Xiu Ying Lin", "Mrs Soma Ali"); the Police
National Computer's SURNAME/FORENAMES ("HUSSAIN/IMRAN", "WEBB/DARREN PAUL") is one name, two
surnames with a slash stay two; a quoted name straight after "line" or "line phone" is the deal
line's; a surname opening a sentence before "also"/"still" and what a person does is a person.
Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts
from scanassist_core.extract._persons import find_persons


@pytest.mark.parametrize(
    "text, name",
    [
        ("Premises licence: Applicant Ms Xiu Ying Lin. Objection from the police.", "Xiu Ying Lin"),
        ("The licence holder on our records is a Mrs Soma Ali but nobody has seen her.", "Soma Ali"),
        ("Tenancy was in the name of Mr Dorin Lungu until March.", "Dorin Lungu"),
    ],
)
def test_a_title_then_unknown_given_names_and_a_surname(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Visited Mrs Begum Saturday morning with the interpreter.", "Begum"),
        ("Spoke to Mrs Okafor Monday about the noise.", "Okafor"),
    ],
)
def test_a_title_and_a_surname_before_other_capitals(ex, text, name):
    found = person_texts(ex, text)
    assert name in found and not any(f.startswith(name + " ") for f in found)


@pytest.mark.parametrize(
    "text, name",
    [
        ("PNC: HUSSAIN/IMRAN  DOB 14/01/1979  PNC ID 98/221045R", "HUSSAIN/IMRAN"),
        ("PNC|NOMINAL|WEBB/DARREN PAUL|07051982|M|W1", "WEBB/DARREN PAUL"),
        ("Result of PNC check: OKONJO/GRACE, no markers.", "OKONJO/GRACE"),
    ],
)
def test_a_pnc_surname_slash_forenames(ex, text, name):
    assert name in person_texts(ex, text)


def test_two_surnames_with_a_slash_stay_apart(ex):
    found = person_texts(ex, "Same car seen again - the TURNER/BELL car - doing laps of the estate.")
    assert not any("/" in f for f in found)


@pytest.mark.parametrize(
    "text, line",
    [
        ('Line phone "TEZZA" 07700 900 236 seized. TEZZA back on by the weekend.', "TEZZA"),
        ('He was given a burner with line "MANNY". MANNY texts went out at 6am.', "MANNY"),
        ('Runs between Leeds and Hull (deal line "NINJA"). NINJA offers 3 for 25.', "NINJA"),
    ],
)
def test_a_quoted_name_after_line_is_the_deal_line(text, line):
    assert line not in [f.text for f in find_persons(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Minibus CU63FTY. Wisniewski also runs a recruitment agency from the yard.", "Wisniewski"),
        ("Visited the farm. Kowalczyk still lives in the static caravan.", "Kowalczyk"),
    ],
)
def test_a_surname_opening_a_sentence_before_also_and_an_act(ex, text, name):
    assert name in person_texts(ex, text)

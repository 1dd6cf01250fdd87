"""Session 9: words of forms and bodies that run into a name. A body or thing written before a
forename and SURNAME stays outside the name ("checks on Companies House Gezim SHEHU", "referral
from Social Services Amina YUSUF"), and the labels, days and headings of bilingual Welsh police
forms ("Dyddiad Geni / DOB", "Adroddiad Cudd-wybodaeth", "Nos Sadwrn") are no names. Examples are
our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Checks on Companies House Gezim SHEHU show three dissolved firms since 2021.", "Gezim SHEHU"),
        ("Referral from Social Services Amina YUSUF today re the two younger children.", "Amina YUSUF"),
        ("Land Registry Mohammed IQBAL is the owner of both flats on Carlisle Road.", "Mohammed IQBAL"),
    ],
)
def test_a_body_before_a_name_stays_outside(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Summer Rose HALL and Grace BROWN were both at the house.", "Summer Rose HALL"),
        ("Victim Hope Marie KELLY (16) was spoken to at school.", "Hope Marie KELLY"),
    ],
)
def test_forenames_that_are_words_stay_in_the_name(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Enw / Name: Ffion REES (Dyddiad Geni / DOB 06/09/2001) Cyfeiriad / Address: 4 Stryd Fawr, Bala.", "Ffion REES", "Dyddiad"),
        ("Heddlu Gogledd Cymru - Adroddiad Cudd-wybodaeth / Intelligence Report. Subject: Osian PRYCE of Bangor.", "Osian PRYCE", "Adroddiad"),
        ("Windows damaged outside the house on Nos Sadwrn (Saturday night). Sian MORGAN's neighbour heard shouting.", "Sian MORGAN", "Sadwrn"),
    ],
)
def test_welsh_form_words_are_no_names(ex, text, name, label):
    found = person_texts(ex, text)
    assert name in found or name + "'s" in found or any(f.startswith(name) for f in found)
    assert not any(label in f for f in found)

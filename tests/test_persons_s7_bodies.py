"""Session 7: a body the lexicon knows by one word is never read as a person's name by the model
('Monzo, Lloyds' looks like 'SURNAME, Forename'). Our own wording."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import lexicon
from scanassist_core.extract._persons import model_person_ok
from scanassist_core.extract._pipeline import Extractor


@pytest.mark.parametrize("span", ["Monzo, Lloyds", "Barclays", "Lloyds Monzo"])
def test_known_one_word_bodies_are_no_name(span):
    assert not model_person_ok(span, lexicon())


@pytest.mark.parametrize("span", ["John Lewis", "Kyle Morrison", "SMITH"])
def test_names_stay_names(span):
    assert model_person_ok(span, lexicon())


def test_a_list_of_banks_gives_bodies_not_a_person():
    found = Extractor().extract_text("Accounts: Monzo, Lloyds, Revolut.")
    assert not [f for f in found if f.type == "PERSON"]
    assert {"Monzo", "Lloyds"} <= {f.text for f in found if f.type == "ORGANISATION"}


@pytest.mark.parametrize(
    "text",
    [
        "Mother asked for a referral to St Giles Trust SOS project for support.",
        "Invoices from Apex Scaffolding Ltd KELLY signed as director.",
        "Pupil attends Castlefield Academy YR9 and was seen at the park.",
    ],
)
def test_a_body_word_inside_a_name_makes_it_no_person(text):
    from scanassist_core.extract._filters import blocked_spans
    from scanassist_core.extract._persons import find_persons

    assert not [f.text for f in find_persons(text, blocked_spans(text)) if f.type == "PERSON" and " " in f.text]


def test_forenames_that_are_words_still_make_names():
    from scanassist_core.extract._filters import blocked_spans
    from scanassist_core.extract._persons import find_persons

    text = "Mary Charity JONES was seen with John Paul SMITH outside the shop."
    assert {"Mary Charity JONES", "John Paul SMITH"} <= {f.text for f in find_persons(text, blocked_spans(text))}

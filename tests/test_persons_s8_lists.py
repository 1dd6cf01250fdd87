"""Session 8: names opening a line or a list's entry. The letter A or I as an initial before a
SURNAME that is no English word and ends the entry ("Payees:\nA NOWAK\nI PATEL, 12 Mill Road");
the article before a word in capitals stays none. Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Payees on the statement:\nA NOWAK\nI PATEL, 12 Mill Road\nboth paid weekly in cash.", "A NOWAK"),
        ("Payees on the statement:\nA NOWAK\nI PATEL, 12 Mill Road\nboth paid weekly in cash.", "I PATEL"),
        ("Third-party credits in March from a named sender; A KOWALCZYK (rent) and two others.", "A KOWALCZYK"),
    ],
)
def test_a_or_i_opening_a_listed_name(ex, text, name):
    assert name in person_texts(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Seen at the shop: A TESCO van parked outside with the engine running.",
        "Grading: A CLEAN record on the local systems, nothing known.",
    ],
)
def test_the_article_before_capitals_stays_none(ex, text):
    assert not any(f.startswith(("A ", "I ")) for f in person_texts(ex, text))

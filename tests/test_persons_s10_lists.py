"""Session 10: RMS exports and intelligence logs list associates SURNAME FORENAME, comma after
comma. After one such item, a given name that is also a word or a place (Paige, Jade, Summer,
Skye) is the next item's forename ("ASSOCS PRYCE LEWIS, DONNELLY JADE"). Examples are our own."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, name",
    [
        ("Phone 07700 900 311 - ASSOCS PRYCE LEWIS, DONNELLY JADE.", "DONNELLY JADE"),
        ("Associates: HEWITT CONNOR, FAIRBAIRN PAIGE, KAUR SIMRAN", "FAIRBAIRN PAIGE"),
        ("Known associates - O'DOWD LIAM, MCALLISTER SUMMER (both 17).", "MCALLISTER SUMMER"),
    ],
)
def test_ambiguous_forename_after_a_listed_name(ex, text, name):
    assert name in person_texts(ex, text)

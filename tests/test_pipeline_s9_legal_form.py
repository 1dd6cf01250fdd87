"""Session 9: a company's legal form (Ltd, LLC, FZE, GmbH...) closes a firm's name, never a person's;
a forename read inside such a name is the firm's. Our own wording."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "firm", "not_person"),
    [
        ("Funds were sent on to Al Noor Exchange LLC in Dubai the same day.", "Al Noor Exchange LLC", "Noor"),
        ("Invoices raised by Desert Rose General Trading FZE were never paid.", "Desert Rose General Trading FZE", "Rose"),
        ("The director of Grace Kelly Property Holdings Ltd is Imran SHAH.", "Grace Kelly Property Holdings Ltd", "Grace Kelly"),
    ],
)
def test_a_name_inside_a_legal_form_firm_is_the_firm(ex, text, firm, not_person):
    got = [(f.type, f.text) for f in ex.extract_text(text)]
    persons = [t for typ, t in got if typ == "PERSON"]
    assert not any(not_person in p for p in persons), got


def test_a_person_beside_the_firm_stays(ex):
    got = [(f.type, f.text) for f in ex.extract_text("The director of Skyline Freight Ltd is Imran SHAH of Bolton.")]
    assert ("PERSON", "Imran SHAH") in got

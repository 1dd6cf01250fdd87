"""Organisations (session 6, round 2): a company's legal form written after its name, British or
foreign, stays inside the name ("(UK) Ltd", "LLC", "GmbH", "S.A."); a trade role written before a
designated name as its label stays outside ("Haulier Midshires Freight Ltd")."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Funds were sent on to Golden Lantern Trading LLC in Dubai the same day.", "Golden Lantern Trading LLC"),
        ("He has been a director of Kestrel Foods (UK) Ltd since 2019 per Companies House.", "Kestrel Foods (UK) Ltd"),
        ("Payments to Jade Orchard Imports Inc and Silvermoon Holdings S.A. were flagged by the bank.",
         "Silvermoon Holdings S.A."),
    ],
)
def test_the_legal_form_after_a_body_is_inside_it(ex, text: str, org: str) -> None:
    assert org in _orgs(ex, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Trailer slashed overnight at the services. Haulier Midshires Freight Ltd of Northampton informed.",
         "Midshires Freight Ltd"),
        ("Insurer Kestrel Motor Insurance Ltd notified of the staged collision.", "Kestrel Motor Insurance Ltd"),
        ("Taxi licensing check: Operator Castle Cars Ltd confirms he worked that shift.", "Castle Cars Ltd"),
    ],
)
def test_a_trade_role_before_a_designated_name_stays_outside(ex, text: str, org: str) -> None:
    orgs = _orgs(ex, text)
    assert org in orgs and not any(o.lower().startswith(("haulier", "insurer", "operator")) for o in orgs)

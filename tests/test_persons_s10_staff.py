"""Session 10: professionals signed with their agency or role straight after the name, as
strategy-meeting minutes, MASH notes and school e-mails write them ("S. Rowe (CSC)", "Amira (SN)",
"Mrs H. Lowe, DSL", "R. Hollis, RHI Practitioner"), are staff acting in role, whom the guidelines
leave out. A role word *before* a name is no such sign ("Worker Piotr NOWAK says ...", "DSL Mrs
PRICE"): labour-exploitation reports name victims so. Examples are our own wording."""

from __future__ import annotations

import pytest

from scanassist_core.extract._persons import find_persons, staff_in_role


def _rule_names(text: str) -> list[str]:
    return [f.text for f in find_persons(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Strategy meeting re K.L. (14). Present: DS Ward (Police), P. Danes (CSC), M. Okoye (Education).", "P. Danes"),
        ("Strategy meeting re K.L. (14). Present: DS Ward (Police), P. Danes (CSC), M. Okoye (Education).", "M. Okoye"),
        ("Can someone check on him tomorrow?\nBeth (Adult Social Care)", "Beth"),
        ("Discussed with the registrar, Nadia (SN), who informed the named nurse.", "Nadia"),
        ("Please advise.\nKind regards\nMrs T. Holroyd, DSL, Ashfield Academy", "T. Holroyd"),
        ("Return interview done by phone.\nWorker: G. Fenwick, RHI Practitioner", "G. Fenwick"),
        ("Thanks,\nMr K. Bains, Designated Safeguarding Lead", "K. Bains"),
    ],
)
def test_staff_signed_with_their_role_are_no_subjects(text, name):
    start = text.index(name)
    assert staff_in_role(text, start, start + len(name))
    assert name not in _rule_names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Worker Tomasz WIECZOREK (DOB 02/03/1990) says his wages are kept by the gangmaster.", "Tomasz WIECZOREK"),
        ("Concern raised by school DSL Mrs Angharad PRICE about Kai (14).", "Angharad PRICE"),
        ("Kelsey BRIGGS (15), missing again, seen with Dean FOWLER (31) in Hyde.", "Kelsey BRIGGS"),
        ("Subject Leon CARR, Head of security at the club, supplies door staff.", "Leon CARR"),
    ],
)
def test_parties_and_victims_are_kept(text, name):
    assert name in _rule_names(text)

"""Organisations and places (session 5 round 2): a kind word or role written as a label before a
body's full name ("School ...", "DSL ...", "GP ...") is outside the name."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Year 9 pupil, excluded twice this term. School Thornbury Park Academy report attendance at 61%.", "Thornbury Park Academy"),
        ("From: DSL Kelvin Hall School\nTo: MASH\nSubject: concern re pupil", "Kelvin Hall School"),
        ("Mum says he is registered with GP Riverside Medical Centre but never attends.", "Riverside Medical Centre"),
    ],
)
def test_label_word_before_a_designated_name_is_outside(ex, text: str, org: str) -> None:
    orgs = _orgs(ex, text)
    assert org in orgs and not any(o.endswith(org) and o != org for o in orgs)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Fight outside School Lane Primary School at home time.", "School Lane Primary School"),
        ("She works at Hospital Road Medical Centre as a receptionist.", "Hospital Road Medical Centre"),
    ],
)
def test_a_name_opening_with_a_street_keeps_its_first_word(ex, text: str, org: str) -> None:
    assert org in _orgs(ex, text)

"""A custody record's solicitors' firm after its label is a body (firms are named after their
partners), not a person; the solicitor named by forename is not a firm (text written for these tests)."""

from __future__ import annotations

import pytest

from scanassist_core.extract import Extractor


def _typed(ex: Extractor, text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION", "PERSON")]


@pytest.mark.parametrize(
    "text, firm",
    [
        ("Interviewed under caution. Solicitor from Hadley Marsh present. No comment.", "Hadley Marsh"),
        ("Appropriate adult not required. Legal: Pryce Hadwen.", "Pryce Hadwen"),
        ("Legal rep Fenwick Moore. Refused to provide PINs.", "Fenwick Moore"),
        ("Duty solicitor - Okafor & Lane attended at 14:00.", "Okafor & Lane"),
    ],
)
def test_firm_after_legal_label(ex: Extractor, text: str, firm: str):
    found = _typed(ex, text)
    assert ("ORGANISATION", firm) in found
    assert not any(t != "ORGANISATION" and n == firm for t, n in found)


def test_solicitor_named_by_forename_is_no_firm(ex: Extractor):
    assert not any(t == "ORGANISATION" for t, _ in _typed(ex, "Solicitor: Jane Smith present for interview."))
    assert not any(t == "ORGANISATION" for t, _ in _typed(ex, "His solicitor said he will attend. Legal advice declined."))


def test_legal_opening_a_name_is_no_label(ex: Extractor):
    found = _typed(ex, "A firm calling itself Legal Claims Direct phoned her twice.")
    assert not any(n == "Claims Direct" for _, n in found)

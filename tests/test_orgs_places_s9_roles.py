"""Organisations (session 9): a health or care worker's role written in capitals ("School Nurse",
"Named Nurse", "Health Visitor") or a joint patrol ("Street Triage") is no body, while a named
nursery or practice keeps its name."""

from __future__ import annotations

import pytest

from scanassist_core.extract._orgs_places import is_generic_service


@pytest.mark.parametrize("span", ["School Nurse", "Named Nurse", "Health Visitor", "Street Triage", "the Practice Nurse",
                                  "Specialist Nurses"])
def test_a_role_or_patrol_is_no_body(span: str) -> None:
    assert is_generic_service(span)


@pytest.mark.parametrize("span", ["Little Acorns Day Nursery", "Riverside Practice", "Nurse Plus Agency"])
def test_a_named_nursery_or_practice_is_a_body(span: str) -> None:
    assert not is_generic_service(span)


def test_a_referral_names_the_school_not_the_nurse(ex) -> None:
    text = "Referral from School Nurse, Hollybank Academy, re Year 9 girl seen with older males."
    orgs = [f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"]
    assert "School Nurse" not in orgs and "Hollybank Academy" in orgs


@pytest.mark.parametrize(
    "text",
    [
        "Customer says the £2,400 was for a car he sold on Gumtree last week.",
        "Victim met him on Plenty of Fish in March and lent him £9,000.",
        "Cloned plates were bought on eBay and posted to a PO box.",
    ],
)
def test_a_selling_or_dating_platform_is_no_body_or_place(ex, text: str) -> None:
    # Like Snapchat, the platform is where it happened, not an organisation the analyst tracks.
    assert not [f for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")]

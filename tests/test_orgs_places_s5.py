"""Organisations and places (session 5): traditional pub names after a lower-case "the"."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"]


@pytest.mark.parametrize(
    ("text", "pub"),
    [
        ("Fight outside the Red Lion in Shildon at closing time.", "Red Lion"),
        ("He was barred from the Royal Oak last year after an assault.", "Royal Oak"),
        ("Meeting arranged at the Kings Arms, Retford on Friday.", "Kings Arms"),
    ],
)
def test_pub_name_after_lower_case_the(ex, text: str, pub: str) -> None:
    assert pub in _orgs(ex, text)


@pytest.mark.parametrize(
    "text",
    ["He was seen at the same pub and at the old bridge.", "Both were at the Crown Court on Monday for sentencing."],
)
def test_no_pub_from_plain_words_or_a_longer_name(ex, text: str) -> None:
    orgs = _orgs(ex, text)
    assert "Crown" not in orgs and not any(o.lower().startswith(("same", "old")) for o in orgs)


def _places(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Burnley South NPT: Jayden WILLIAMS-GRANT (19) has been making threats on Facebook.", "Burnley"),
        ("Longton NHT update: Ongoing issues around the precinct with youths congregating.", "Longton"),
        ("Gipton NPT briefing - youths on scrambler bikes again near the shops.", "Gipton"),
    ],
)
def test_neighbourhood_team_is_no_body_but_its_area_is_a_place(ex, text: str, place: str) -> None:
    assert not any(o.split()[-1] in ("NPT", "NHT", "SNT") for o in _orgs(ex, text))
    assert place in _places(ex, text)

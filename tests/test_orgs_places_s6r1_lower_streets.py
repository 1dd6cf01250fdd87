"""Places in hasty lower-case notes (session 6): a street typed in lower case without a cue word
before it ("dispute gladstone st"), and a street named after a lower-case district or town
("fleetwood rd", "bucknall new road"), is the place meant; everyday words before a designator are none."""

from __future__ import annotations

import pytest

from scanassist_core.extract._orgs_places import find_orgs_places


def _places(text: str) -> set[str]:
    return {f.text for f in find_orgs_places(text) if f.type == "LOCATION"}


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("1935 EA12: kingsland rd stabbing, male 17 conscious, breathing", "kingsland rd"),
        ("noise complaint hartington st again - words of advice given to occupants", "hartington st"),
        ("2 youths on bikes throwing stones, last seen heading up dalkeith crescent", "dalkeith crescent"),
    ],
)
def test_lower_case_street_without_cue(text: str, street: str) -> None:
    assert street in _places(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("victims of car crime blackpool rd 17/1. suspect ran off", "blackpool rd"),
        ("seen by me 2145 on bucknall new road outside the chippy", "bucknall new road"),
    ],
)
def test_lower_case_town_then_street_designator_is_the_street(text: str, street: str) -> None:
    assert street in _places(text)


@pytest.mark.parametrize(
    "text",
    ["he came close to hitting her then took the slip road", "he was at the main road then the back lane"],
)
def test_everyday_words_before_a_designator_are_no_street(text: str) -> None:
    assert not any(w in p for p in _places(text) for w in ("came", "slip", "main", "back"))

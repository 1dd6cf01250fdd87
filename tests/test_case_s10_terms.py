"""Case-less notes (session 10): police terms that look like names - a legal scheme named after
someone ("clare's law", "sarah's law", "osman warning"), a nationality before people ("young viet
males"), a substance after its count ("22 wraps heroin, 9 crack"), the van opening a line ("van
has been seen ...") - are no person; a subscriber's initial and surname still are."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons


@pytest.mark.parametrize(
    "text",
    [
        "risk assessment done, osman warning considered - inspector aware and happy with the plan",
        "mum asked about sarah's law after seeing the male near the school gates again",
        "several young viet males seen sleeping on the premises, referred to the nrm hub",
        "arrested at the flat. 22 wraps heroin, 9 crack, 2 phones and £340 cash seized",
        "van has been seen at an industrial unit on the estate most nights this week",
    ],
)
def test_police_terms_are_no_person(ex, text: str) -> None:
    assert _persons(ex, text) == []


def test_an_initial_and_surname_after_a_role_is_still_a_person(ex) -> None:
    found = _persons(ex, "login ip traced (bt, subscriber g hepple, 4 hylton lane). account holder spoken to")
    assert "g hepple" in found

"""Session 9: an officer named by rank and collar number is in role, not a subject, whatever
the words before the rank ("OIC DC 5512 ROWE", "Arresting officer: PS 2231 Dan HOLT", "Sgt 1877
OAKES"), while the subjects around them stay names. Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, subject, officer",
    [
        ("Custody summary. DP Tyrone HALL intox, interview deferred until the morning. OIC DC 5512 ROWE. Crime ref 20/11482/25.",
         "Tyrone HALL", "ROWE"),
        ("Associates present at the arrest: Shannon REID and Kyle MOSS, vehicle ND66 VBP.\nOIC DC 4410 PRIESTLEY",
         "Shannon REID", "PRIESTLEY"),
        ("Warrant executed at 0600 - Jordan PEAKE detained in the loft, 2 phones seized. OIC DS 3307 FARRELL.",
         "Jordan PEAKE", "FARRELL"),
    ],
)
def test_officer_with_collar_number_is_no_subject(ex, text, subject, officer):
    found = person_texts(ex, text)
    assert subject in found
    assert not any(officer in f for f in found)

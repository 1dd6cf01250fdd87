"""Organisations (session 10): in a night-time-economy log or licensing note ("NTE", a pubwatch,
door staff, a DPS) premises are named by where the trouble was: "disturbance outside Flares",
"assaulted in queue o/s Revolution", "fight outside Kebabish". Outside such a log, or before a
street, square or known place, "outside" names no premises."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> set[str]:
    return {f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"}


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("NTE Friday. 0145 disturbance outside Tiger Tiger, door staff detained one male.", "Tiger Tiger"),
        ("nte patrol town centre. female assaulted in queue o/s Popworld, suspect left on foot.", "Popworld"),
        ("Pubwatch meeting: fight outside Yates on Saturday, two banned for 12 months.", "Yates"),
    ],
)
def test_outside_names_premises_in_a_night_time_log(ex, text: str, venue: str) -> None:
    assert venue in _orgs(ex, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Male seen loitering outside Ravenscroft at 0200, left towards the park.", "Ravenscroft"),
        ("NTE patrol. Large group outside Market Square, moved on at 0130.", "Market Square"),
        ("NTE patrol. Groups of students outside Durham all night, no issues.", "Durham"),
    ],
)
def test_outside_names_no_premises_elsewhere(ex, text: str, word: str) -> None:
    assert word not in _orgs(ex, text)

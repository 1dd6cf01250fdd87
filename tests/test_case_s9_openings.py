"""Case-less notes (session 9): a lone name shown by what follows it (a bare age, a possessive,
police shorthand for "arrested", "cctv shows X leaving") or by a verb that takes a person
("belonging to X", "registered to X"); police shorthand itself is never a name."""

from __future__ import annotations

import pytest

from _case_helpers import view as _view


def _caps(text: str, word: str) -> bool:
    at = text.index(word)
    return _view(text)[at : at + len(word)].isupper()


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("wozniak 23 stopped in the stairwell with a knife, arrested s47", "wozniak"),
        ("seen on the precinct with hoxhaj 19 and two other males, dispersed", "hoxhaj"),
        ("szymanski's car parked outside again with the engine running", "szymanski's"),
        ("bike recovered from the garden belonging to okonkwo, returned to owner", "okonkwo"),
        ("vrm comes back registered to nwachukwu at an address in the town", "nwachukwu"),
        ("cctv shows mahmoudi entering the shop at 2104 and leaving with bags", "mahmoudi"),
        ("warrant 0600, zhao arr, lindqvist arr, both conveyed to custody", "lindqvist"),
    ],
)
def test_a_lone_name_shown_by_what_follows_or_precedes_it_is_a_surname(text: str, word: str) -> None:
    assert _caps(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("home addy is flat 2, mum present, nhood sgt informed of the outcome", "addy"),
        ("male arr for s47, nhood team to follow up with the school tomorrow", "nhood"),
        ("susp seen again yest near the park, enqs ongoing with the council", "enqs"),
        ("flat 23 stopped being used as a trap house after the closure order", "flat"),
        ("wraps 14 in total recovered from the sock, sent for testing", "wraps"),
    ],
)
def test_police_shorthand_or_a_count_is_no_name(text: str, word: str) -> None:
    assert not _caps(text, word)

"""Case-less notes (session 10): "the <kind> bar" names a kind of business ("the nail bar", "the
wine bar", "the sports bar"), not one business; a named pub or bar after "the" keeps its name."""

from __future__ import annotations

import pytest

from _case_helpers import view as _view


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("she works at the nail bar on church road, says the owner pays her cash", "nail bar"),
        ("young female works at the nail bar 7 days a week and sleeps in the back room", "nail bar"),
        ("fight started in the wine bar and spilled out onto the street, 2 detained", "wine bar"),
        ("he was watching the match in the sports bar when the group came in", "sports bar"),
    ],
)
def test_a_kind_of_bar_stays_lower(text: str, kind: str) -> None:
    at = text.index(kind)
    assert _view(text)[at : at + len(kind)] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("report of a fight outside the feathers pub at closing time, 2 males detained", "Feathers"),
        ("door staff at the crown inn refused him entry, he kicked off in the car park", "Crown"),
    ],
)
def test_a_named_pub_after_the_keeps_its_name(text: str, name: str) -> None:
    assert name in _view(text)

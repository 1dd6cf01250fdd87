"""Filters (session 6, round 2): a vehicle model or a make's slang written alone after an article,
owner or colour is the vehicle, neither a body nor a place ("in the Merc", "a white Vivaro")."""

from __future__ import annotations

import pytest


def _named(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type in ("ORGANISATION", "LOCATION")]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("All three passengers in the Merc claimed whiplash against the same insurer.", "Merc"),
        ("Six workers were dropped at the farm in a white Vivaro FY17 KZE at 0600.", "Vivaro"),
        ("catalytic converters stripped from Priuses overnight, two more in Keighley", "Priuses"),
        ("His brother drove off in his Hilux before officers arrived.", "Hilux"),
    ],
)
def test_a_model_alone_is_no_body_or_place(ex, text: str, word: str) -> None:
    assert word not in _named(ex, text)


def test_a_model_word_in_a_longer_name_is_left(ex) -> None:
    assert "Golf Club" in _named(ex, "Bar staff at the Golf Club were spoken to about the fight.")

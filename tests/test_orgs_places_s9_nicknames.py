"""Organisations (session 9): what witnesses and hasty notes call the chains ("Maccies", "Maccy D's",
"the Spoons") names the business; the everyday word in lower case stays a word."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("I was sat in Maccies by the window when the lads came in shouting.", "Maccies"),
        ("group of 6 youths outside maccies again, one on a scrambler", "maccies"),
        ("We'd been in the Spoons since about seven, it was packed.", "Spoons"),
    ],
)
def test_a_chains_nickname_is_the_business(ex, text: str, org: str) -> None:
    assert org in _orgs(ex, text)


def test_the_everyday_word_stays_a_word(ex) -> None:
    assert _orgs(ex, "knives and spoons recovered from the kitchen drawer") == []

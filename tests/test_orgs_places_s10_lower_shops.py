"""Organisations (session 10): a shop named in lower case by a word or two and its trade in a hasty
note ("at damascus grill", "lotus nails open again", "from cloud 9 vapes") is the shop, while the
same trade words in an everyday phrase ("minor cuts", "fake nails", "illicit vapes", "turkish
barbers") name nothing."""

from __future__ import annotations

import pytest


def _orgs(ex, text: str) -> set[str]:
    return {f.text for f in ex.extract_text(text) if f.type == "ORGANISATION"}


@pytest.mark.parametrize(
    ("text", "shop"),
    [
        # A beat officer's note, a house-to-house log, a PCSO's message, a hasty licensing note.
        ("town centre - lotus nails open again. new girl behind counter, no ppe.", "lotus nails"),
        ("h2h 400-440 re damage. 412 - damascus grill - cam on door, footage dl'd", "damascus grill"),
        ("rasul from cloud 9 vapes also has the barbers next door, cash only", "cloud 9 vapes"),
        ("stopped 2 lads outside golden cuts, both known, nothing found on search", "golden cuts"),
        ("tobacco seized at kabul sweets again, TS informed, owner not present", "kabul sweets"),
        ("his cousin runs albanian cuts on the high st, cash only, no till", "albanian cuts"),
    ],
)
def test_a_lower_case_shop_name_with_its_trade_is_the_shop(ex, text: str, shop: str) -> None:
    assert shop in _orgs(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "ip has minor cuts to his face, refused treatment. she had fake nails on.",
        "seized 40 illicit vapes from the shop. went to turkish barbers on high st after.",
        "he was treated for deep cuts at the hospital, then bought chicken kebabs from the van",
        "she broke two of her nails in the struggle, photos taken of the cuts",
    ],
)
def test_trade_words_in_everyday_phrases_name_no_shop(ex, text: str) -> None:
    assert _orgs(ex, text) == set()

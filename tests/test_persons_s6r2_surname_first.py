"""Session 6 round 2: a SURNAME in capitals written first takes the forename that closes the name
after it, in the forms notes use: after a comma (the guidelines' "SMITH, John"), typed in lower
case ("OKAFOR tunde - driver"), as one initial ("WATTS J - search"), a Scots or Irish capitals
surname with its lower-case prefix ("McCARTHY Dean"), and two capitals halves the rules read apart
("ARREST - OKONKWO TYRONE 04/05/1997"). Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import sorted_person_texts as persons


@pytest.mark.parametrize(
    "text, name",
    [
        ("Stop check Harehills Lane 2215 - OKAFOR tunde - driver of the Golf, no insurance.", "OKAFOR tunde"),
        ("Nominals present: HUGHES, Bethan (24) and her brother.", "HUGHES, Bethan"),
        ("Update - WATTS J - search of the flat found nothing of note.", "WATTS J"),
        ("Following the assault on Dale Street, McCARTHY Dean was arrested at home.", "McCARTHY Dean"),
        ("ARREST - OKONKWO TYRONE 04/05/1997 - wanted on warrant.", "OKONKWO TYRONE"),
        ("Keeper of the van is MacLEOD Ewan (DOB 02/03/1981) of Paisley.", "MacLEOD Ewan"),
    ],
)
def test_a_capitals_surname_takes_the_forename_closing_the_name(ex, text, name):
    assert name in persons(ex, text)


@pytest.mark.parametrize(
    "text, bad",
    [
        ("Words with HUSSAIN, I think he knows more than he says.", "HUSSAIN, I"),
        ("Later PRICE will call back - she is at work.", "PRICE will"),
        ("Spoke to DAVIES, green Astra parked outside.", "DAVIES, green"),
    ],
)
def test_a_word_after_the_surname_is_no_forename(ex, text, bad):
    assert bad not in persons(ex, text)

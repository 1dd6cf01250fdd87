"""Session 4: quoted street names without a naming cue - what is said of the person before or
after the quote, lists of quoted contacts; deal-line names and quoted words stay out. Our wording."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import blocked_spans
from scanassist_core.extract._persons import find_persons


def names(text: str) -> list[str]:
    return [f.text for f in find_persons(text, blocked_spans(text)) if f.type == "PERSON"]


@pytest.mark.parametrize(
    "text, want",
    [
        ('Two pupils say the lad in the car is "KJ" and he pays them.', "KJ"),
        ('She says she owes "Brizz" £300 for the phone.', "Brizz"),
        ('Drill track taunting "B-Locz" from the Broadwater estate.', "B-Locz"),
        ('A youth said that "Tavo" runs everything from the flat.', "Tavo"),
        ('Friends describe him as "Kemz", 19, who buys her alcohol.', "Kemz"),
        ('Track by "Ricco" (believed Ricardo MENDES) names rival groups.', "Ricco"),
        ('Handset contacts include "Moose", "Kyle", "Danny".', "Moose"),
        ('IP STATES THE DRIVER WAS "BAZ" MORTIMER, WHITE MALE.', "BAZ"),
    ],
)
def test_quoted_nickname_in_a_persons_place(text, want):
    assert want in names(text)


@pytest.mark.parametrize(
    "text",
    [
        'The "KB" line has been advertising in Telford.',
        'INTEL SUGGESTS THE "JT" LINE IS BEING RUN INTO GREAT YARMOUTH.',
        'He was told to collect the "food" from the car.',
        'The word "bando" is used for the flat.',
    ],
)
def test_quoted_words_that_are_not_people(text):
    got = names(text)
    assert not any(g in ("KB", "JT", "food", "bando") for g in got)

"""Session 6 round 1: a single capital initial written straight before a surname the rules
found alone belongs to the name ("L FIRTH" already worked; "A HUSSAIN (14)", "H FARAH",
'gave name "J Holt"', a letter signed "K Murphy"). The article "A" counts only before a SURNAME
in capitals. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import sorted_person_texts as persons


@pytest.mark.parametrize(
    "text, name",
    [
        ("Children identified at the address: A MAHMOOD (12), T MAHMOOD (9), both on CP plans.", "A MAHMOOD"),
        ("Agent location, Leicester - H ABDI / M ABDI processing sends for their own family.", "H ABDI"),
        ("Two males refused entry, one gave the name \"D Pearson\" and was abusive to staff.", "D Pearson"),
        ("From: Rob Whitfield\nSubject: parking again\n\nThe van is back across my drive. Please ring me.\nR Whitfield", "R Whitfield"),
    ],
)
def test_an_initial_before_a_found_surname_joins_it(ex, text, name):
    assert name in persons(ex, text)


@pytest.mark.parametrize(
    "text, bad",
    [
        ("A Jones was seen at the door but nobody answered when we knocked.", "A Jones"),
        ("Was it you? I Smith would never say that, she told officers.", "I Smith"),
    ],
)
def test_an_article_or_pronoun_is_no_initial(ex, text, bad):
    assert bad not in persons(ex, text)


@pytest.mark.parametrize(
    "text, letter",
    [
        ("ROWE charged with PWITS CLASS A. MORLEY referred via NRM as a possible victim.", "A"),
        ("Seen in Hyde with Callum B. Tomasz has a new coat and trainers.", "B"),
    ],
)
def test_a_letter_ending_a_sentence_is_no_initial(ex, text, letter):
    assert not any(p.startswith(letter + ".") for p in persons(ex, text))

"""Session 5: a forename that is also a place, month or trade word ("Jordan", "Jun", "Mason",
"Chelsea") is the person where a person's verb follows it or a naming cue comes before it.
Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts as persons


@pytest.mark.parametrize(
    "text, want",
    [
        ("Welfare visit to the flat above the takeaway. Jun says he is paid in food and sleeps in the store room.", "Jun"),
        ("Return interview completed. Chelsea stated she stayed with friends in Hull and was not harmed.", "Chelsea"),
        ("School DSL called back. Mason reported that older boys wait for him at the gate.", "Mason"),
        ("The other male was called Jordan and drove a black Golf.", "Jordan"),
    ],
)
def test_an_ambiguous_forename_with_a_persons_verb_or_cue(ex, text, want):
    assert want in persons(ex, text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Funds were sent to Jordan and Turkey via a money service business.", "Jordan"),
        ("Youths seen outside Chelsea Court again, moved on.", "Chelsea"),
        ("Next review due in Jun after the panel meeting.", "Jun"),
    ],
)
def test_the_place_or_month_stays(ex, text, word):
    assert word not in persons(ex, text)


@pytest.mark.parametrize(
    "text, want, bad",
    [
        ("Mum spoken to at the door. Gave Kayden's number as the only contact she has.", "Kayden", "Gave Kayden"),
        ("Staff at the home were worried. Told Kieran to stay in but he left at 22:00.", "Kieran", "Told Kieran"),
        ("Patrols in the park after dark. Saw Demi with two older males by the skate ramp.", "Demi", "Saw Demi"),
    ],
)
def test_a_verb_opening_the_sentence_is_no_forename(ex, text, want, bad):
    got = persons(ex, text)
    assert want in got and bad not in got, got

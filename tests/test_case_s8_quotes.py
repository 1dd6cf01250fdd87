"""Case-less notes (session 8): a quoted English word is a street name by the slot it fills, and a
writer's scare quotes stay words."""

from __future__ import annotations

import pytest

from _case_helpers import persons as _persons


@pytest.mark.parametrize(
    ("text", "nickname"),
    [
        ('stayed two nights with "dizzy" (desmond isaacs, 19) at his flat', "dizzy"),
        ('an older man she calls "mo" picks her up after school most days', "mo"),
        ('it is reported that the male "uncle" has moved address to the flats', "uncle"),
        ('the tenant says a lad "smudge" comes round most nights with bags', "smudge"),
        ('source says that "trigger" has taken over the phone line since june', "trigger"),
    ],
)
def test_a_quoted_word_in_a_persons_slot_is_a_nickname(ex, text: str, nickname: str) -> None:
    assert nickname in _persons(ex, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('he said he was "borrowing" it and would give it back', "borrowing"),
        ("he was at \"work\" and then went home, mum confirms", "work"),
        ('her "boyfriend" has been texting her all night again', "boyfriend"),
        ('the "boss" was there when we called, no names given', "boss"),
        ('she went to "a party" with her mates and "the lads" from school', "party"),
    ],
)
def test_scare_quotes_after_an_article_or_possessive_stay_words(ex, text: str, word: str) -> None:
    assert not any(word in p for p in _persons(ex, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mum says jordan hasnt been home since friday, phone off", "jordan"),
        ('car seized, no insurance. says reece "borrowed it" and never gave it back', "reece"),
        ("door staff said summer was ok earlier, left with friends", "summer"),
    ],
)
def test_a_word_forename_opening_a_reported_clause_is_a_person(ex, text: str, name: str) -> None:
    assert name in _persons(ex, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("says police were called but nobody came out", "police"),
        ("says the mark was on his face from the fight", "mark"),
        ("she thinks hope was lost for the car, insurance void", "hope"),
    ],
)
def test_an_everyday_word_or_a_determiners_noun_opening_a_reported_clause_stays_a_word(ex, text: str, word: str) -> None:
    assert word not in _persons(ex, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('told her teacher that her older "boyfriend" kai takes her to parties', "boyfriend"),
        ('she has a phone but "uncle" has the passcode and checks it', "uncle"),
    ],
)
def test_a_quoted_relation_is_no_nickname_without_a_word_for_a_person_before_it(ex, text: str, word: str) -> None:
    assert word not in _persons(ex, text)

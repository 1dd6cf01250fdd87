"""Marks and phone numbers spelled out word by word, as radio logs and transcribed voice notes
write them: read only when the words spell the whole of one, keyed as the mark or number."""

from __future__ import annotations

import pytest

from scanassist_core.extract._identifiers import find_identifiers


def _of(text: str, kind: str) -> list[tuple[str, str]]:
    return [(f.text, f.key) for f in find_identifiers(text) if f.type == kind]


@pytest.mark.parametrize(
    ("text", "span", "key"),
    [
        # a transcribed voice note, all lower case
        ("voice note 1432: vrm bravo kilo six six tango yankee uniform seen leaving the estate",
         "bravo kilo six six tango yankee uniform", "BK66TYU"),
        # a radio log in capitals, the digits written as digits
        ("1518 VRM BRAVO KILO 66 TANGO YANKEE UNIFORM SEEN ON A1 NORTHBOUND",
         "BRAVO KILO 66 TANGO YANKEE UNIFORM", "BK66TYU"),
        # an officer's request to control, words capitalised
        ("Control, can I get a PNC check on Victor Alpha One Seven X-ray Romeo Delta please",
         "Victor Alpha One Seven X-ray Romeo Delta", "VA17XRD"),
        # hyphen-joined, as some transcription software writes a spelled word
        ("reg is kilo-x-ray-one-nine-alpha-bravo-charlie", "kilo-x-ray-one-nine-alpha-bravo-charlie", "KX19ABC"),
        # an old prefix mark, said after a registration word
        ("caller gave the reg as alpha one two three bravo charlie delta and hung up",
         "alpha one two three bravo charlie delta", "A123BCD"),
    ],
)
def test_spelled_marks(text: str, span: str, key: str) -> None:
    assert _of(text, "VEHICLE") == [(span, key)]


@pytest.mark.parametrize(
    "text",
    [
        "the car, a golf, sierra hotel one four, couldn't get the rest",  # part of a mark: never completed
        "Alpha team, Bravo team and Charlie team deployed at 0200",
        "call sign Bravo Two Zero attended with Tango One",
        "golf hotel india juliet kilo",  # letters only
        # a prefix-shaped run with no registration word near it: a call sign, not a mark
        "units alpha one two three bravo charlie delta to stand down",
    ],
)
def test_spelled_words_that_are_no_mark(text: str) -> None:
    assert _of(text, "VEHICLE") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("he rang from oh seven seven zero zero nine zero zero one six four last night",
         "oh seven seven zero zero nine zero zero one six four"),
        ("Says ring her on oh seven seven double oh, nine double oh, four five six.",
         "oh seven seven double oh, nine double oh, four five six"),
        ("LANDLINE GIVEN AS ZERO ONE SIX THREE TWO NINE SIX ZERO ZERO ZERO ONE",
         "ZERO ONE SIX THREE TWO NINE SIX ZERO ZERO ZERO ONE"),
    ],
)
def test_spelled_phone_numbers(text: str, span: str) -> None:
    phones = _of(text, "PHONE")
    assert [p[0] for p in phones] == [span]
    digits = "".join(c for c in phones[0][1] if c.isdigit())
    assert digits.startswith("44") and len(digits) == 12


@pytest.mark.parametrize(
    "text",
    [
        "Oh one of them said two or three times to go",
        "nine nine nine call at 2300 from a neighbour",
        # a digit short: never completed by guessing
        "his number is zero seven seven zero zero nine zero zero one two (one digit missing)",
    ],
)
def test_spoken_numbers_that_are_no_phone(text: str) -> None:
    assert _of(text, "PHONE") == []


@pytest.mark.parametrize(
    ("text", "span", "key"),
    [
        # speech-to-text writes the letters singly and the age identifier as one number
        ("mum says he got into a car y d seventeen k p r outside the chippy", "y d seventeen k p r", "YD17KPR"),
        ("stopped a silver corsa k x six nine r t b on the bypass", "k x six nine r t b", "KX69RTB"),
        # two letters heard as one word, then the rest singly
        ("the van was yd twenty one h j k parked up", "yd twenty one h j k", "YD21HJK"),
        # "o" is the letter where the format wants one
        ("reg b o one nine o p k", "b o one nine o p k", "BO19OPK"),
    ],
)
def test_marks_from_speech_to_text(text: str, span: str, key: str) -> None:
    assert _of(text, "VEHICLE") == [(span, key)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("his new number is oh seven seven double oh nine hundred one four two",
         "oh seven seven double oh nine hundred one four two"),
        ("phone oh seven seven oh oh nine oh oh three three one, keeps ringing",
         "oh seven seven oh oh nine oh oh three three one"),
    ],
)
def test_numbers_from_speech_to_text(text: str, span: str) -> None:
    assert [p[0] for p in _of(text, "PHONE")] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "he left at nineteen the next day and was twenty one at the time",
        "aged six or seven at the time, one of the two boys was in year ten",
        "flat b on the one side, c and d are empty",
        "she is in year nine at st marys, says j k and t are her friends",
    ],
)
def test_speech_with_numbers_that_is_no_mark(text: str) -> None:
    assert _of(text, "VEHICLE") == [] and _of(text, "PHONE") == []

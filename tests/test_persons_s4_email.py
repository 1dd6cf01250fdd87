"""Session 4: e-mail updates between staff - the greeting's and the sign-off's names are staff in
role, not subjects; a hasty title before a lower-case full name. Our own wording."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import blocked_spans
from scanassist_core.extract._persons import find_persons
from scanassist_core.extract._pipeline import Extractor

EMAIL = """Subject: update on the flat

Hi Sarge,

Went past the flat today with housing. Tenant is Dorota WISNIEWSKA, she says her nephew Kacper stays most nights.

Cheers
Jo
PCSO 4471"""

EMAIL2 = """Morning Kate,
Spoke to Liam HARGREAVES at the garage, nothing new.

Many thanks,
Hannah"""

CHAT = """L: cheers kyle
M: no worries
L: thanks
M: later"""


def persons(ex: Extractor, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "PERSON"]


def test_greeting_and_sign_off_names_are_not_subjects(ex):
    got = persons(ex, EMAIL)
    assert "Dorota WISNIEWSKA" in got and "Kacper" in got
    assert "Sarge" not in got and "Jo" not in got


def test_greeting_with_a_name_and_a_comma(ex):
    got = persons(ex, EMAIL2)
    assert got == ["Liam HARGREAVES"]


def test_thanks_inside_a_chat_line_keeps_the_name(ex):
    assert "kyle" in persons(ex, CHAT)


def test_hasty_title_then_forename_and_surname():
    text = "car is his mums (mrs carol spalding), she says he borrows it"
    assert "carol spalding" in [f.text for f in find_persons(text, blocked_spans(text))]


def test_note_openers_and_states_are_not_name_words():
    text = "Morning,\nFYI, Kadeem was seen on the M4 in a grey Mercedes."
    assert [f.text for f in find_persons(text, blocked_spans(text))] == ["Kadeem"]
    text = "she was just leaving the party. chloe drunk, taken home by officers"
    assert "chloe" in [f.text for f in find_persons(text, blocked_spans(text))]


def test_initial_a_before_a_dash_and_shouted_warrant_words():
    text = "CCE panel actions 01/10 - Yusuf A - NRM submitted"
    assert "Yusuf A" in [f.text for f in find_persons(text, blocked_spans(text))]
    text = "05:58  FIREARMS WARRANT, 6 HATFIELD HOUSE LANE. MALE ARRESTED ON WARRANT"
    assert [f.text for f in find_persons(text, blocked_spans(text))] == []

"""Session 4 person leads: lower-case names in quoted messages, lower-case nicknames that are English
nouns after an alias cue, contractions typed without the apostrophe, families named as a group.
Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from scanassist_core.extract._filters import blocked_spans
from scanassist_core.extract._persons import find_persons
from scanassist_core.extract._pipeline import Extractor


def names(text: str) -> list[str]:
    return [f.text for f in find_persons(text, blocked_spans(text)) if f.type == "PERSON"]


@pytest.mark.parametrize(
    "text, want",
    [
        ('Screenshots supplied by the victim\'s mother. One message reads "tell kyle he owes me 200 by friday".', "kyle"),
        ('Snapchat from the suspect: "me and jordan will come round ur yard later"', "jordan"),
        ('Text recovered: "meet me at the park at 9, bring the food and tell reece to come"', "reece"),
    ],
)
def test_lower_case_forename_in_a_quoted_message(text, want):
    assert want in names(text)


@pytest.mark.parametrize(
    "text",
    [
        'Her secret to a long life was "a walk every day and a sherry on sundays".',
        'She told officers "i dont want to go to jordan or spain this year" and left.',
        'The sign said "keep the grass clear for the children to play".',
    ],
)
def test_quoted_prose_yields_no_lower_case_name(text):
    assert [n for n in names(text) if n.islower()] == []


@pytest.mark.parametrize(
    "text, want",
    [
        ("same lads seen last week with a male known as fish.", "fish"),
        ("info that a male known as bullet who lives on the estate is selling weed", "bullet"),
        ("youth goes by smiler, runs the line for older males", "smiler"),
    ],
)
def test_lower_case_noun_nickname_after_alias_cue(text, want):
    assert want in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "he is known as dangerous.",
        "the male is known as the boss of the group",
        "she called security and left the shop",
        "lads known as dealers in the area",
    ],
)
def test_alias_cue_before_an_ordinary_word(text):
    assert names(text) == []


def test_contraction_without_apostrophe_is_no_surname():
    got = names("spoke to mum karen who said her son tyler hasnt been home since tues")
    assert "tyler" in got and not any("hasnt" in g for g in got)


def test_family_named_as_a_group_is_not_a_person(ex):
    found = [f.text for f in ex.extract_text(
        "The Armstrong family have been subject of ASB complaints for a year. Mrs Armstrong was spoken to at home.")
        if f.type == "PERSON"]
    assert found == ["Armstrong"]


@pytest.mark.parametrize(
    "text, want",
    [
        ("leeds - harehills. jason north stopped on push bike on roundhay rd, searched nfa.", "jason north"),
        ("support worker danielle foster present throughout. she says he left at 9.", "danielle foster"),
    ],
)
def test_lower_case_surname_that_is_also_a_word_closed_by_a_verb(ex, text, want):
    assert want in [f.text for f in ex.extract_text(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    ["spoke to mum. kyle appears frightened, has lost weight.", "stop check on jayden said nothing, nfa."],
)
def test_verb_after_a_lower_case_forename_stays_out(ex, text):
    assert not any(" " in f.text for f in ex.extract_text(text) if f.type == "PERSON")


@pytest.mark.parametrize(
    "text, want",
    [
        ("vrm checked. associates jermaine brown from derby (prev drugs)", "jermaine brown"),
        ("stop at 0120hrs. toby grimes (27, lakenham) and liam sprake searched", "toby grimes"),
        ("STOP AT 0120HRS. TOBY GRIMES (27, LAKENHAM) WAS THE DRIVER.", "TOBY GRIMES"),
    ],
)
def test_word_surnames_after_a_forename_in_case_less_notes(ex, text, want):
    assert want in [f.text for f in ex.extract_text(text) if f.type == "PERSON"]


def test_word_surname_before_a_noun_is_a_description(ex):
    got = [f.text for f in ex.extract_text("cctv shows kyle brown jacket and grey joggers near the shop") if f.type == "PERSON"]
    assert "kyle brown" not in got


def test_apostrophe_contraction_is_no_surname():
    got = names("mum nia evans called school. cerys didn't come home last night.")
    assert "cerys" in got and not any("didn" in g for g in got)


@pytest.mark.parametrize(
    "text, want",
    [
        ('Jacket with "Groundworks" on back. brother harjit thinks its the same crew', "harjit"),
        ("her cousin kayden reckons the lads are back", "kayden"),
    ],
)
def test_note_verb_after_a_lower_case_forename_is_no_surname(text, want):
    got = names(text)
    assert want in got and not any(g.startswith(want + " ") for g in got)


@pytest.mark.parametrize(
    "text, want",
    [
        ("says he lives in a house in port talbot and has to pay marius £80 a week for a room", "marius"),
        ("feud started over a van dariusz sold to frankie last year", "dariusz"),
    ],
)
def test_plain_lower_case_forename_anywhere_in_a_hasty_note(text, want):
    assert want in names(text)


@pytest.mark.parametrize(
    "text, bad",
    [
        ("she works at marcia's caribbean kitchen on the main road", "marcia"),
        ("seen with big tony again at the park, both drunk", "tony"),
        ("tomasz w back in plymouth?? seen by pcso near the docks", "tomasz"),
    ],
)
def test_plain_forename_rule_leaves_businesses_nicknames_and_initials(text, bad):
    assert bad not in names(text)


def test_lower_case_surname_again_in_a_lower_case_note(ex):
    text = ("call from shop owner re sajid akhtar hanging round outside with lads. "
            "reckons its the akhtar lad again. gave his mobile 07700 900123.")
    got = [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
    assert got.count("akhtar") == 1 and "sajid akhtar" in got


def test_second_spelling_offered_for_a_name(ex):
    got = [f.text for f in ex.extract_text(
        "Caller states someone called Jordan or Jordon is selling drugs from a house on Elm Road.") if f.type == "PERSON"]
    assert "Jordan" in got and "Jordon" in got
    assert not [f for f in ex.extract_text("Either Leeds or Bradford will host the hearing.") if f.type == "PERSON"]

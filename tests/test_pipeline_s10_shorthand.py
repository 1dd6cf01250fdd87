"""Session 10: the writer's shorthand is not part of a subject. A where-word between two places in a
hurried note ("manningham lane nr lister park") separates them; a label opening a place ("poss
monkmoor rd") or a person ("dvr tyrone", "RHI Shannon") is left out. Our own wording."""

from __future__ import annotations

import pytest


def _typed(ex, text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in ex.extract_text(text)]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("group of 6 youths manningham lane nr lister park, dispersed", "manningham lane", "lister park"),
        ("2 lads on bikes seen hillsborough rd opp weston park about 2200", "hillsborough rd", "weston park"),
        ("car dumped canal st near castle park, no keys", "canal st", "castle park"),
    ],
)
def test_a_where_word_between_two_places_separates_them(ex, text, first, second):
    got = _typed(ex, text)
    assert ("LOCATION", first) in got and ("LOCATION", second) in got, got


@pytest.mark.parametrize(
    ("text", "kind", "span"),
    [
        ("poss monkmoor rd, house number not known", "LOCATION", "monkmoor rd"),
        ("dvr tyrone stopped, pass was kyle, both nfa", "PERSON", "tyrone"),
        ("RHI Shannon completed by the CSW on Friday, no disclosures", "PERSON", "Shannon"),
        ("Vehicle stopped. Dvr NOWAK gave a false name at first.", "PERSON", "NOWAK"),
    ],
)
def test_a_label_before_a_subject_is_left_out(ex, text, kind, span):
    assert (kind, span) in _typed(ex, text)


@pytest.mark.parametrize(
    "text",
    [
        "Leah has Insta leah.x.x and older males comment on every post.",
        "Pays for Airbnbs and train tickets for the runners with her own card.",
    ],
)
def test_a_platform_or_app_is_no_person(ex, text):
    got = [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
    assert "Insta" not in got and "Airbnbs" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "shop keeper says a viet man came in twice and paid cash both times",
        "interviewed no comment, rui pending phone download (abe to follow)",
    ],
)
def test_a_people_or_a_process_word_in_a_hasty_note_is_no_subject(ex, text):
    got = [(f.type, f.text) for f in ex.extract_text(text) if f.type in ("PERSON", "ORGANISATION")]
    assert not got, got

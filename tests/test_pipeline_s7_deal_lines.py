"""Session 7: a deal line's name is not a person even unquoted ("the DANNY line"); a person before
"line manager" or a sentence about a phone line still is. Our own wording."""

from __future__ import annotations

import pytest



def persons(ex, text):
    return [f.text for f in ex.extract_text(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    "text, line",
    [
        ("Intel suggests the DANNY line is now run from Hull by two males.", "DANNY"),
        ("runners for the danny line seen at the flats again tonight", "danny"),
        ("He works the Jay line in Barnsley with his cousin.", "Jay"),
        ("Source states the MARCO deal line has moved to a new handset.", "MARCO"),
    ],
)
def test_a_deal_lines_name_is_no_person(ex, text, line):
    assert line not in persons(ex, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Spoke to Sarah, her line manager at the depot, who confirmed the shifts.", "Sarah"),
        ("Sarah line manager confirmed the shifts by phone.", "Sarah"),
        ("Call from Kyle. Line went dead after a minute.", "Kyle"),
    ],
)
def test_a_person_beside_the_word_line_stays(ex, text, name):
    assert name in persons(ex, text)

"""Vehicle marks under a label with a spaced dash instead of a colon: Northern Ireland marks
look like dateless ones and are trusted only where the text says they are vehicles."""

from __future__ import annotations

import pytest

from scanassist_core.extract._identifiers import find_identifiers


def _marks(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "VEHICLE"]


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("Known vehicles - OIW 4521, SJI 8842", ["OIW 4521", "SJI 8842"]),
        ("CARS USED BY SUBJECT – AXZ 1234 / BJZ 5678", ["AXZ 1234", "BJZ 5678"]),
        ("vehicles linked - dez 4521 and liz 7788 (both at the yard)", ["dez 4521", "liz 7788"]),
    ],
)
def test_ni_marks_under_a_dashed_label(text: str, marks: list[str]) -> None:
    assert _marks(text) == marks


@pytest.mark.parametrize(
    "text",
    [
        # a dash that is no label's: the line says nothing about vehicles
        "Associates - LIZ 1990 and KAZ 2004 (years they met)",
        # a hyphenated word is no label's dash
        "Vehicles-wise nothing of note. Met LIZ 1990 later",
    ],
)
def test_no_label_no_ni_mark(text: str) -> None:
    assert _marks(text) == []


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("Vehicles MX19 FAE and m4 dky (private) seen at the unit", ["MX19 FAE", "m4 dky"]),
        ("She said he drives r88 jkt (personalised) now", ["r88 jkt"]),
    ],
)
def test_lower_case_private_mark_with_its_note(text: str, marks: list[str]) -> None:
    assert _marks(text) == marks


@pytest.mark.parametrize(
    "text",
    [
        # mixed-case prose: a lower-case mark is read only with the note, and not when a word ends it
        "He has a4 (private) lessons on Tuesdays",
        "Met at the m4 box (private) near the Depot",
        "Took the a4 bus (private hire) to Leeds",
    ],
)
def test_lower_case_words_before_private_are_no_mark(text: str) -> None:
    assert _marks(text) == []


def test_lower_case_initial_surname_and_year_is_no_ni_mark() -> None:
    note = ("0915 vehicle parks up on mill lane, target meets ic1 male (believed k ali 1994) by the "
            "bookies\n0920 hand to hand seen")
    assert _marks(note) == []
    # capitals, as before
    assert _marks("TARGET MEETS IC1 MALE (BELIEVED K ALI 1994) OUTSIDE THE BOOKIES, VEHICLE STOPS") == []

"""Session 6 round 2: vehicle marks written by different kinds of author.

A partial mark since read whole, a private plate said in the sentence after the mark, and an
initial, surname and year of birth that are no Northern Ireland mark.
"""

from __future__ import annotations

import pandas as pd
import pytest

from scanassist_core.extract import extract_mentions
from scanassist_core.settings import Settings


def _mentions(text: str, kind: str) -> set[str]:
    frame = extract_mentions(pd.DataFrame({"report_id": [1], "text": [text]}), Settings.from_env())
    return set(frame.loc[frame["type"] == kind, "text"])


# --- vehicles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, mark",
    [
        ("H2H 14 - partial VRM now readable: PK17 KFE. Also no 4 recalled a van.", "PK17 KFE"),
        ("CCTV enhanced: part reg later confirmed as YX68 BTU (silver Golf).", "YX68 BTU"),
    ],
)
def test_partial_mark_since_read_whole(text: str, mark: str) -> None:
    assert mark in _mentions(text, "VEHICLE")


def test_partial_mark_still_partial() -> None:
    assert not _mentions("Witness gave partial reg KP17 KF only, no make.", "VEHICLE")


@pytest.mark.parametrize(
    "text, mark",
    [
        ("Keeper check: M88 GPS private plate on retention since March.", "M88 GPS"),
        ("He now drives about with K9 DGS - cherished mark bought online.", "K9 DGS"),
        ("Note that RB 5555 is a private plate held by the director.", "RB 5555"),
    ],
)
def test_private_plate_said_after_the_mark(text: str, mark: str) -> None:
    assert mark in _mentions(text, "VEHICLE")


def test_private_road_is_no_plate() -> None:
    assert not _mentions("Crossed the M62 private road to the yard.", "VEHICLE")


@pytest.mark.parametrize(
    "text",
    [
        "1419 vehicle stops, OKAFOR meets IC1 male (believed J ALI 1991) at the door.",
        "1402 van stops Park Road - DIAS meets IC4 male (poss K ALI 1990) outside the shop",
    ],
)
def test_initial_surname_and_year_of_birth_is_no_ni_mark(text: str) -> None:
    assert not _mentions(text, "VEHICLE")


def test_ni_mark_with_year_like_digits_after_a_make() -> None:
    assert "AIZ 1995" in _mentions("Silver Audi AIZ 1995 seen parked at the yard in Newry.", "VEHICLE")

"""A PNC ID with a wrong check letter and no PNC label is still read straight after the
person's name, as custody handovers and nominal lines write it; never after a reference word
or an operation's name."""

from __future__ import annotations

import pytest

from scanassist_core.extract._identifiers import find_identifiers


def _pnc(text: str) -> list[str]:
    return [f.text for f in find_identifiers(text) if f.type == "PNC_ID"]


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Handover to nights. Cell 2 - Kyle BARNES 11/204518K, arrested burglary dwelling", ["11/204518K"]),
        ("Nominal: OKAFOR Chidi (17/553019W) - no fixed abode", ["17/553019W"]),
        ("Detained: Shannon Marie WELSH, 2012/0087734B, remanded", ["2012/0087734B"]),
    ],
)
def test_pnc_shape_after_a_name(text: str, ids: list[str]) -> None:
    assert _pnc(text) == ids


@pytest.mark.parametrize(
    "text",
    [
        "Op KESTREL 24/123456A update from DS 1552",
        "OPERATION HAWK 23/554190K tasking",
        "Crime 24/123456A linked to the burglary",
        "seen by Marcus 24/123456A",  # a lone forename with nothing after it
    ],
)
def test_no_pnc_after_an_operation_or_reference(text: str) -> None:
    assert _pnc(text) == []

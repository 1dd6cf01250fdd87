"""Organisations (session 6, round 2): premises named "The ..." mid-sentence, found by the kind of
venue written after them in lower case ("at The Dukes Gate pub") or by a word saying where before
them ("fight outside The Griffin,"); the kind of venue stays outside the name."""

from __future__ import annotations

import pytest


def _of(ex, text: str, kind: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == kind]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Source says he showed the pistol to others at The Quarry Gate pub on a Friday night.", "The Quarry Gate"),
        ("Both subjects into The Boars Head hotel 1858, out 2010 with a holdall.", "The Boars Head"),
        ("Workers were housed in hotels (The Larch Court hotel, Ainley Top) and collected daily.", "The Larch Court"),
        ("door staff at The Velvet Moth nightclub say the group were ejected at 0140", "The Velvet Moth"),
    ],
)
def test_the_and_title_words_before_a_lower_case_venue_kind(ex, text: str, org: str) -> None:
    orgs = _of(ex, text, "ORGANISATION")
    assert org in orgs
    assert not any(o.endswith((" pub", " hotel", " nightclub")) for o in orgs)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("0110 fight outside The Kestrel, two females arguing, both sent home.", "The Kestrel"),
        ("Rent is paid in cash to him at The Black Bull in Thirsk every month.", "The Black Bull"),
        ("Group of six drinking at The Old Lamplighter then moving on to town.", "The Old Lamplighter"),
        ("Intel suggests the away group will meet outside The Philatelist before kick off.", "The Philatelist"),
    ],
)
def test_the_and_title_words_after_a_word_saying_where(ex, text: str, org: str) -> None:
    assert org in _of(ex, text, "ORGANISATION")


@pytest.mark.parametrize(
    "text",
    [
        "Doris PEMBERTON (89) lives at The Rowans, 3 Unthank Road, Norwich NR2 2PA with her son.",
        "He moved back to The Netherlands in May and has not returned.",
        "Youths gather most nights at The Crescent near the shops.",
        "The Quarry Gate pub was closed by the council on Friday.",
    ],
)
def test_no_venue_from_a_house_name_a_country_a_street_or_a_sentence_opening(ex, text: str) -> None:
    orgs = _of(ex, text, "ORGANISATION")
    assert not any(o.startswith("The ") for o in orgs)

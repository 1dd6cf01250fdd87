"""Session 8: a note lists two venues with " + "; a model span across it is two names. Our own wording."""

from __future__ import annotations

from scanassist_core.extract._pipeline import _split_at_plus


def test_a_span_across_plus_splits_into_its_parts():
    text = "Visits: Golden Dragon + Lucky Star on Bury Road"
    s = text.index("Golden")
    e = text.index(" on")
    assert [text[a:b].strip() for a, b, _ in _split_at_plus(text, [(s, e, "ORG")])] == ["Golden Dragon", "Lucky Star"]


def test_a_span_without_plus_is_left_whole():
    text = "Marks & Spencer, Bury Road"
    assert _split_at_plus(text, [(0, 15, "ORG")]) == [(0, 15, "ORG")]


def test_both_venues_come_out_of_a_note(ex):
    got = [(f.type, f.text) for f in ex.extract_text("Visited Golden Dragon + Lucky Star on Bury Road, both closed.")]
    assert ("ORGANISATION", "Golden Dragon") in got and ("ORGANISATION", "Lucky Star") in got

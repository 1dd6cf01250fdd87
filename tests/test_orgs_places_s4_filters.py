"""Spans the model reads too long or wrongly: a council with its team, a business 'on' its
street, a place that only describes an accent (text written for these tests)."""

from __future__ import annotations

from scanassist_core.extract._filters import blocked_spans


def _blocked_text(text: str) -> list[str]:
    return [text[s:e] for s, e in blocked_spans(text)]


def test_council_ends_at_council():
    text = "Referral to Bristol City Council First Response today."
    spans = blocked_spans(text)
    gap = text.index(" First")
    assert (gap, gap + 1) in spans
    assert not any(s < text.index(" Council") + 8 and text.index("Bristol") < e for s, e in spans)


def test_business_on_its_street():
    text = "Unit behind Lamb's Patties on Princess Road is used."
    gap = text.index(" on ")
    assert (gap, gap + 3) in blocked_spans(text)
    # A town whose name holds "on" is one place.
    assert blocked_spans("He moved to Stoke on Trent Road last year.") == []


def test_accents_are_no_places():
    assert _blocked_text("One had a London accent and the other a West Country accent.") == ["London", "West Country"]
    assert _blocked_text("Two lads with Scouse accents.") == ["Scouse"]
    assert blocked_spans("He moved to London last year.") == []


def test_two_places_joined_are_two():
    text = "Section 60 in force (area Ilford/Seven Kings) overnight."
    slash = text.index("/")
    assert (slash, slash + 1) in blocked_spans(text)
    text = "He deals between Leeds and Bradford most weeks."
    gap = text.index("and")
    assert (gap, gap + 3) in blocked_spans(text)
    # One place whose name holds "and" stays whole.
    assert blocked_spans("He moved to Telford and Wrekin last year.") == []


def test_business_in_its_town():
    text = "Heard telling associates at the Bull Inn in Shettleston that he would act."
    gap = text.index(" in Shettleston")
    assert (gap, gap + 3) in blocked_spans(text)
    assert blocked_spans("He was born in Barrow in Furness.") == []


def test_spaced_dash_and_force_names():
    text = "SAR - Sterling Forex Bureau, cash deposits."
    dash = text.index(" - ")
    assert (dash, dash + 3) in blocked_spans(text)
    assert "Glos" in _blocked_text("Warrant executed with Glos police and the council.")
    # An ordinary hyphenated name is not split.
    assert blocked_spans("She moved to Stoke-on-Trent with Anne-Marie.") == []


def test_council_then_acronym_team():
    text = "Referral to Sheffield City Council MAST on Monday."
    gap = text.index(" MAST")
    assert (gap, gap + 1) in blocked_spans(text)

"""Descriptions that are not subjects (clothing brands, interpreters' languages, a label word
before a body) and block boundaries (an officer line, the "op" of "CO-OP")."""

from __future__ import annotations


from scanassist_core.extract._filters import blocked_spans


def spans(ex, text):
    return {(f.type, f.text) for f in ex.extract_text(text)}


def blocked(text):
    return [text[s:e] for s, e in blocked_spans(text)]


def test_clothing_brand_in_a_description_is_not_a_place_or_body(ex):
    text = "Suspect wearing a grey Stone Island jacket and black Nike trainers, seen running towards Wigan."
    found = spans(ex, text)
    assert ("LOCATION", "Wigan") in found
    assert not any(t in ("Stone Island", "Nike") for _, t in found)
    assert blocked("She wore Canada Goose when she left.") == ["Canada Goose"]
    # A brand not worn is left to the other rules ("the Nike store in Leeds").
    assert blocked("Shoplifting at the Nike store in Leeds.") == []


def test_interpreter_language_is_not_a_place_or_body(ex):
    text = "Interview in Halifax custody. Kurdish Sorani interpreter used; his brother needed an interpreter (Tigrinya)."
    found = spans(ex, text)
    assert ("LOCATION", "Halifax") in found
    assert not any("Sorani" in t or "Tigrinya" in t for _, t in found)
    assert blocked("He speaks Pashto only.") == ["Pashto"]


def test_label_word_before_a_firm_stays_outside_its_name(ex):
    assert ("ORGANISATION", "Latimer & Co Solicitors") in spans(ex, "Phone call made. Solicitor Latimer & Co Solicitors attended.")
    shouted = "DETAINED AT NORTHALLERTON. SOLICITOR LATIMER & CO SOLICITORS ATTENDED."
    assert ("ORGANISATION", "LATIMER & CO SOLICITORS") in spans(ex, shouted)
    # The firm's own closing word is its name, never blocked as a label.
    # (The space before the branch town after it is a gap between two subjects, not a label.)
    assert [b for b in blocked("Represented by Latimer & Co Solicitors Leeds.") if b.strip()] == []


def test_officer_line_ends_at_the_sentence(ex):
    text = "Arresting officer: DS 4471 HARGREAVES. Solicitor: Pemberton & Co Solicitors. Bail refused."
    assert ("ORGANISATION", "Pemberton & Co Solicitors") in spans(ex, text)
    # An initial's dot does not end the officer's line.
    assert any(b.startswith("Officer: J. Pike") for b in blocked("Officer: J. Pike attended"))


def test_co_op_is_not_an_operation_name(ex):
    text = "MALE SEEN OUTSIDE THE CO-OP ON MILL STREET IN ARMLEY WITH A BLADE."
    assert blocked(text) == []
    found = spans(ex, text)
    assert ("LOCATION", "MILL STREET") in found and ("LOCATION", "ARMLEY") in found
    assert blocked("Intel for Op Bramble: see log.") == ["Op Bramble"]


def test_ampersand_between_two_places_is_two_places(ex):
    text = "Analyst's report: Modern slavery - nail bars, Doncaster & South Yorkshire\n\nSummary: Information from partners."
    found = spans(ex, text)
    for place in ("Doncaster", "South Yorkshire"):
        assert ("LOCATION", place) in found, place
    assert not any("&" in t for _, t in found)
    # A pair that goes on is a body's name: its "&" is not blocked.
    assert "&" not in "".join(blocked("Mortgage with Bradford & Bingley Building Society since 2004."))


def test_street_then_town_is_two_places(ex):
    text = "KX67 OPL silver Yaris stopped Walsall Road Lichfield. Driver gave name as Tom."
    found = spans(ex, text)
    assert ("LOCATION", "Walsall Road") in found and ("LOCATION", "Lichfield") in found
    assert not any(t.endswith("Road Lichfield") for _, t in found)
    # A street named after a town that goes on ("Walsall Road") is not split off.
    assert blocked("Stopped on Stafford Road Walsall Road junction.") == []

"""Power and water companies report meter bypasses at cannabis grows ("Electricity North West
revenue protection", "flagged by SP Energy Networks"): bodies, not the region their name holds.
A note's verb opening its clause stays outside a body ("Frequent Manningham Mills Sports Centre",
"Pending Home Office age assessment")."""

from scanassist_core.extract._filters import blocked_spans
from scanassist_core.extract._orgs_places import find_orgs_places


def found(text: str, kind: str = "ORGANISATION") -> list[str]:
    return [f.text for f in find_orgs_places(text) if f.type == kind]


def test_power_and_water_companies():
    assert "Electricity North West" in found("Electricity North West revenue protection: meter bypass confirmed.")
    assert "Northern Powergrid" in found("212 plants, electricity bypassed (Northern Powergrid attended).")
    assert "Severn Trent" in found("Water abstraction at the unit reported by Severn Trent on 3 June.")


def test_note_verbs_opening_a_clause_are_no_part_of_a_body():
    text = "Associate SHAH (Bradford). Frequent Manningham Mills Sports Centre. Graded 5x5x5."
    assert any(text[s:e] == "Frequent" for s, e in blocked_spans(text))
    text = "IMEIs seized. Pending Home Office age assessment."
    assert any(text[s:e] == "Pending" for s, e in blocked_spans(text))
    assert not any(text[s:e] == "Pending" for text in ["Case is Pending Review."] for s, e in blocked_spans(text))

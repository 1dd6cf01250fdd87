"""Session 8: a quoted name straight after "line" / "deal line" brands a drugs phone, not a person
(the guidelines' deal-line names). Our own wording."""

from __future__ import annotations

import pytest

from scanassist_core.extract._pipeline import Extractor


def persons(ex: Extractor, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "brand", "subject"),
    [
        ('Jermaine OKAFOR uses 07700 900282 (deal line "SMOKE") and frequents the chicken shop.', "SMOKE", "Jermaine OKAFOR"),
        ('Kayleigh ROSS, 15, was given a burner with line "MANNY" by older males.', "MANNY", "Kayleigh ROSS"),
        ("Bulk texts from line: 'TOMMY' advertising white and brown, phone found on Callum REID.", "TOMMY", "Callum REID"),
    ],
)
def test_quoted_name_after_line_is_a_deal_line(ex, text, brand, subject):
    got = persons(ex, text)
    assert subject in got and brand not in got


def test_a_quoted_name_elsewhere_stays_a_person(ex):
    got = persons(ex, 'Her friend "Jade" rang the online line to report it; Jade MORRIS is 16.')
    assert any("Jade" in p for p in got)

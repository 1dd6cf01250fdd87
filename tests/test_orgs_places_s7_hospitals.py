"""Hospitals named by their initials or familiar name ("taken to the LGI", "discharged from qmc",
"nurse at Alder Hey", "at Sunderland Royal"): a body where a word before or after says a hospital
is meant; the same letters elsewhere are a scan, a code or a place."""

import pandas as pd

from scanassist_core.extract._orgs_places import find_orgs_places


def orgs(text: str) -> list[str]:
    return [f.text for f in find_orgs_places(text) if f.type == "ORGANISATION"]


def pipeline(ex, text: str, kind: str) -> list[str]:
    df = ex.extract(pd.DataFrame({"report_id": [1], "text": [text]}))
    return df.loc[df["type"] == kind, "text"].tolist()


def test_initials_after_a_conveyance_word():
    assert "LGI" in orgs("Victim conveyed by YAS to the LGI with a head wound, CT clear.")
    assert "QEHB" in orgs("DP was discharged from QEHB at 0930 and brought straight to custody.")
    assert "UHCW" in orgs("IP (stab wound to thigh) taken UHCW, stable.")


def test_lower_case_initials_in_a_hasty_note():
    assert "jcuh" in orgs("2215 ip taken to jcuh by neas. head injury, drunk. mum informed")
    assert "gri" in orgs("kyle discharged from gri this am, back at his gran's. no complaint made")


def test_initials_before_a_hospital_word():
    assert "RSH" in orgs("Male refused to leave RSH A&E and was abusive to staff.")
    assert "NGH" in orgs("Concern raised by NGH maternity safeguarding midwife re baby due 03/04.")


def test_town_and_royal_is_the_hospital():
    assert "Sunderland Royal" in orgs("Girl (15) at Sunderland Royal again with cuts to her arms, says she fell.")
    assert "royal derby" in orgs("dad rang - kai in royal derby overnight after the fight, wont say who")
    assert "Royal Oldham" in orgs("Paramedics took him to the Royal Oldham where he was treated for burns.")


def test_familiar_names_with_a_medical_word():
    assert "Alder Hey" in orgs("Child (4) admitted to Alder Hey with unexplained bruising, CP medical done.")
    assert "Ninewells" in orgs("His partner works as a nurse at Ninewells and has no convictions.")


def test_same_letters_elsewhere_are_not_hospitals():
    assert "MRI" not in orgs("MRI scan booked for Tuesday; no further injuries noted.")
    assert "MRI" not in orgs("Victim was sent for an MRI at the walk-in centre.")
    assert orgs("Kids hanging about near Daisy Hill estate again, ASB.") == []


def test_hospital_is_not_also_a_place(ex):
    text = "Mother is a nurse at Daisy Hill, not involved. Son seen at Hull Royal with cuts."
    assert "Daisy Hill" in pipeline(ex, text, "ORGANISATION")
    assert "Daisy Hill" not in pipeline(ex, text, "LOCATION")
    assert "Hull" not in pipeline(ex, text, "LOCATION")

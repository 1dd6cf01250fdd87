"""Session 5: scanned forms read back by OCR, where every gap between words is doubled and
punctuation stands apart ("Name :  DALEY ,  Leanne"). Names keep their inner blanks as written;
heading words of the form are no surnames. Examples are our own wording, not evaluation text."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts as persons


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "CHESHIRE   POLICE  -  SAFEGUARDING  CONCERN   FORM\n\nName  of  child :  DALEY ,  Leanne  Marie\n"
            "Concern :  school  report  that  Leanne  is  collected  by  an  older  male  known  as  Reece\n"
            "in  a  white  van .  Mum  Carol  DALEY  aware .",
            ["DALEY ,  Leanne  Marie", "Leanne", "Reece", "Carol  DALEY"],
        ),
        (
            "HM  PRISON  SERVICE   -   SECURITY   INFORMATION   REPORT\n\nPrisoner :  OKAFOR  Emeka   A1234BC\n"
            "Visitor :  Grace  MENSAH  ( partner )\nDetails :  item  passed  during  visit ,  officers  believe\n"
            "MENSAH  brought  it  in  her  sleeve .",
            ["OKAFOR  Emeka", "Grace  MENSAH", "MENSAH"],
        ),
        (
            "TRADING   STANDARDS   -   PARTNER   INTELLIGENCE   SUBMISSION\n\nBusiness :  car  wash ,  Station  Road\n"
            "Details :  manager  gave  name  as  Florin  RADU ,  workers  say  the  boss  is  called\n"
            "Dorin .  Keeper  of  van  on  site  :  RADU ,  F .",
            ["Florin  RADU", "Dorin"],
        ),
    ],
)
def test_names_on_an_ocr_spaced_form(ex, text, want):
    got = persons(ex, text)
    for w in want:
        assert w in got, (w, got)
    for heading in ("POLICE", "CONCERN", "FORM", "SECURITY", "REPORT", "PARTNER", "SUBMISSION", "INFORMATION"):
        assert heading not in got


def test_a_column_table_keeps_its_cells(ex):
    # A pasted table is laid out with runs of blanks too, but its cells hold single-spaced
    # words and no punctuation stands apart: each cell stays its own mention.
    text = ("Nominals linked to the address:\nBARNES  Tyler  12/03/2001  Stoke\nHOLT  Jade  05/06/1999  Hanley\n")
    got = persons(ex, text)
    assert "BARNES" in got and "Tyler" in got
    assert "BARNES  Tyler" not in got

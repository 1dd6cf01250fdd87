"""Session 8: a sign-off typed after the last sentence on its line, and a greeting line that runs
on after a dash - the writer and reader are staff in role, not subjects. Our own wording."""

from __future__ import annotations

import pytest

from scanassist_core.extract._pipeline import Extractor


def persons(ex: Extractor, text: str) -> list[str]:
    return [f.text for f in ex.extract_text(text) if f.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "subject", "writer"),
    [
        ("Male seen with Kyle BRENNAN at the address again on Friday. Is he in custody? Thanks, Hannah", "Kyle BRENNAN", "Hannah"),
        ("Spoke to Jordan SMITH about the stolen bike, no further. Regards, Fiona", "Jordan SMITH", "Fiona"),
        ("Intel suggests Marcus DALEY is dealing from the flat. Cheers, Jo", "Marcus DALEY", "Jo"),
        ("Hi Kate - quick handover for the burglary job, Tyrone BECKFORD still outstanding.", "Tyrone BECKFORD", "Kate"),
    ],
)
def test_mid_line_sign_off_and_dash_greeting_are_staff(ex, text, subject, writer):
    got = persons(ex, text)
    assert subject in got
    assert not any(writer in p for p in got)


def test_thanks_inside_a_sentence_keeps_the_name(ex):
    got = persons(ex, "Thanks to Dean MOORE for the lift, he drove the Golf to Leeds.")
    assert "Dean MOORE" in got


@pytest.mark.parametrize(
    "text",
    [
        "Kyle BRENNAN seen at the flat again.\nCheers,\nDawn (Analyst, Intel Unit)",
        "Kyle BRENNAN seen at the flat again.\nMany thanks\nPriya (Youth Offending Team)\n",
    ],
)
def test_sign_off_name_with_a_bracketed_role_is_staff(ex, text):
    got = persons(ex, text)
    assert "Kyle BRENNAN" in got and not any(w in " ".join(got) for w in ("Dawn", "Priya"))


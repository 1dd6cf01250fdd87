"""Session 10: a professional who signs a referral or minutes with the agency or role straight after the
name is staff acting in role, not a subject, whether the rules or the model read the name ("Kind
regards / Mrs P. Okoro, DSL"); people named in the body stay. Our own wording."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "subject", "writer"),
    [
        ("Casey was collected by an older male in a grey Golf.\nKind regards\nMrs P. Okoro, DSL, Hillside Academy",
         "Casey", "P. Okoro"),
        ("Present: T. Ferreira (CSC), DC Lowe, Leah's mum.\nLeah says Tyrone paid for her nails.", "Tyrone", "T. Ferreira"),
        ("Noise and visitors at all hours, Kyle is never in.\nRegards\nBev (Tenancy Team)", "Kyle", "Bev"),
    ],
)
def test_a_writer_signing_with_a_role_is_not_a_subject(ex, text, subject, writer):
    got = [f.text for f in ex.extract_text(text) if f.type == "PERSON"]
    assert subject in got and writer not in got, got

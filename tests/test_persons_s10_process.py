"""Session 10 (request of the case-less helper): process acronyms that are also given names, typed
in lower case in hasty and case-less notes - "rui" (released under investigation), "abe" (achieving
best evidence) - are no names alone, nor is a name closed by a record word ("sid log", "cad ref").
As written in capitals (RUI, ABE) they were never names. Examples are our own wording."""

from __future__ import annotations

import pytest

from _case_helpers import person_texts


@pytest.mark.parametrize(
    "text, word",
    [
        ("interviewed 1400 no comment. nawaz: rui. his flat at 26 mill lane searched nil.", "rui"),
        ("bailed/rui pending forensics on the phone, van returned to owner", "rui"),
        ("abe summary: she says the older lad took her phone and her bank card", "abe"),
        ("sid log - grading b/2/1 - subject seen in govan with two males", "sid log"),
    ],
)
def test_process_word_is_no_name(ex, text, word):
    assert word not in [p.lower() for p in person_texts(ex, text)]
